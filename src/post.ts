// The post step: runs at the end of the job even when it failed or was
// cancelled, and removes the container and the work directory.
import * as core from '@actions/core';
import { cleanUp } from './cleanup.js';
import { STATE } from './state.js';

try {
  await cleanUp(
    {
      workDir: core.getState(STATE.workDir) || undefined,
      container: core.getState(STATE.container) || undefined,
      engine: core.getState(STATE.engine) || undefined,
    },
    core.info,
  );
} catch (error) {
  // Cleanup must never fail the job; say what was left.
  core.warning(`Cleanup was incomplete: ${(error as Error).message}`);
}
