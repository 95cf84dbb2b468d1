// The post step: runs at the end of the job even when it failed or was
// cancelled, and removes the container and the work directory.
import * as core from '@actions/core';
import { cleanUp, remember, type Leftovers } from '../run/leftovers.js';
import { STATE } from '../run/state.js';

try {
  const left: Leftovers = {};
  for (const name of Object.values(STATE)) remember(left, name, core.getState(name));
  await cleanUp(left, core.info);
} catch (error) {
  // Cleanup must never fail the job; say what was left.
  core.warning(`Cleanup was incomplete: ${(error as Error).message}`);
}
