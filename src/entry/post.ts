// The post step (dist/post/index.js): runs at the end of the job even when it failed
// or was cancelled, and removes what the main step left (run/leftovers.ts).
import * as core from '@actions/core';
import { postCleanUp } from '../run/leftovers.js';
import { processes } from '../tools/exec.js';

await postCleanUp((name) => core.getState(name), processes(process.env), { info: core.info, warning: (line) => core.warning(line) });
