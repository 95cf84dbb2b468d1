// A cancelled job sends SIGINT, then SIGTERM: stop the container (it is named)
// and remove the work directory before the runner kills the process.
import { cleanUp, remember, type Leftovers } from './leftovers.js';
import { stopAll } from '../tools/exec.js';
import type { Runtime } from '../runtime.js';

/**
 * Watches what main saves for the post step (its leftovers), and on SIGINT or
 * SIGTERM stops every process, cleans up and exits with 130. Returns the
 * leftovers, which the CLI (it has no post step) cleans up itself.
 */
export function onCancel(rt: Runtime): Leftovers {
  const left: Leftovers = {};
  const save = rt.saveState.bind(rt);
  rt.saveState = (name, value) => {
    remember(left, name, value);
    save(name, value);
  };
  let cancelling = false;
  const handler = (signal: NodeJS.Signals) => {
    if (cancelling) return;
    cancelling = true;
    rt.console.warning(`Received ${signal}: stopping the build and cleaning up.`);
    // Stop make and the pulls first, so nothing writes into what cleanup removes.
    void stopAll()
      .then(() => cleanUp(left, rt.console.info))
      .finally(() => process.exit(130));
  };
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, handler);
  return left;
}
