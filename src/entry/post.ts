// The post step (dist/post/index.js): runs at the end of the job even when it failed
// or was cancelled, and removes what the main step left (run/leftovers.ts).
import { CANCEL_SIGNALS } from '../run/cancel.js';
import { postCleanUp } from '../run/cleanup.js';
import { processes } from '../tools/exec.js';
import { workflowCommands } from './workflow-commands.js';

const commands = workflowCommands();
// A job cancelled while this runs signals it too; ended there, it would leave the container and the work folder
// it was removing. The clean-up is short (it waits a few seconds at most), so it finishes first.
for (const signal of CANCEL_SIGNALS) process.on(signal, () => commands.info(`Received ${signal}: finishing the clean-up first.`));
await postCleanUp(
  (name) => commands.getState(name),
  () => processes(process.env),
  { info: commands.info, warning: (line) => commands.warning(line) },
);
