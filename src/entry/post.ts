// The post step (dist/post/index.js): runs at the end of the job even when it failed
// or was cancelled, and removes what the main step left (run/leftovers.ts).
import { postCleanUp } from '../run/leftovers.js';
import { processes } from '../tools/exec.js';
import { workflowCommands } from './workflow-commands.js';

const commands = workflowCommands();
await postCleanUp((name) => commands.getState(name), processes(process.env), { info: commands.info, warning: (line) => commands.warning(line) });
