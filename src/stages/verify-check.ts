// The checks of `trident-iso verify`, which proves in the VM an ISO built
// elsewhere: its own module, so that a build's checks and validate-only load
// none of it (nor the VM's plan, QEMU and the ISO reader it needs).
import path from 'node:path';
import { readVerifyInputs } from '../context/inputs.js';
import type { StageLog } from '../run/stages.js';
import type { Runtime } from '../runtime.js';
import { sha256File } from '../tools/hash.js';
import { checkIso, type IsoInfo } from '../tools/iso.js';
import { planVerification, serialLogPath, type VerifyPlan } from './verify-plan.js';

/**
 * `trident-iso verify`: the verify inputs, the host config and the ISO built
 * elsewhere (its serial log goes beside it), checked as the action checks them.
 */
export function checkForVerify(iso: string): (rt: Runtime, log: StageLog) => Promise<{ plan: VerifyPlan; iso: IsoInfo }> {
  return async (rt, log) => {
    const { hostConfig, verify } = readVerifyInputs((name) => rt.getInput(name), { workspace: rt.workspace });
    const file = path.resolve(rt.workspace, iso);
    const info: IsoInfo = await checkIso(file)
      .then(async ({ size }) => ({ path: file, size, sha256: await sha256File(file) }))
      .catch((error: unknown) => {
        throw new Error(
          `--iso ${file}: ${error instanceof Error ? error.message.replace(/^Image Customizer reported success but wrote no ISO at .*/, 'no such file') : String(error)}`,
        );
      });
    log(`ISO ${file}: ${info.size} bytes, SHA-256 ${info.sha256}`);
    const plan = await planVerification(
      verify,
      { ...(hostConfig ? { hostConfig } : {}), hostConfigInput: 'host-config', serialLog: serialLogPath(file), serialLogInput: 'verify' },
      rt.env,
      true,
      log,
    );
    return { plan, iso: info };
  };
}
