// The step's outputs, from what the run produced: written in one place, once,
// whether the run finished or stopped part way (a failed step still names
// the config it wrote).
import type { OutputName, Outputs } from '../context/input-types.js';
import type { Runtime } from '../runtime.js';
import type { BaseImage } from '../stages/base-image.js';
import type { PreparedConfig } from '../stages/config.js';
import type { Published } from '../stages/publish.js';
import type { IsoInfo } from '../tools/iso.js';
import type { RpmSet } from '../trident/rpm-set.js';
import { phaseSeconds, type VerifyReport } from '../verify/report.js';

/** What the stages produced so far; main fills it in as they finish. */
export interface Results {
  config?: PreparedConfig;
  rpms?: RpmSet;
  base?: BaseImage;
  iso?: IsoInfo;
  published?: Published;
  verification?: VerifyReport;
  /** Patch mode: the host config the patched ISO carries. */
  patched?: { hostConfigPath: string };
}

/** The outputs of what was produced. Pure. */
export function stepOutputs(r: Results): Partial<Outputs> {
  return {
    ...(r.iso ? { 'iso-path': r.iso.path, 'iso-sha256': r.iso.sha256, 'iso-size': String(r.iso.size) } : {}),
    ...(r.config ? { 'config-path': r.config.configHostPath, 'host-config-path': r.config.hostConfigPath } : {}),
    ...(r.patched ? { 'host-config-path': r.patched.hostConfigPath } : {}),
    ...(r.base ? { 'base-image-digest': r.base.digest } : {}),
    ...(r.rpms ? { 'trident-version': r.rpms.tridentVersion } : {}),
    ...(r.published
      ? {
          'artifact-id': r.published.artifact?.id ?? '',
          'artifact-url': r.published.artifact?.url ?? '',
          'artifact-digest': r.published.artifact?.digest ?? '',
        }
      : {}),
    ...(r.verification
      ? {
          'verify-result': r.verification.result,
          'verify-boot-seconds': phaseSeconds(r.verification, 'boot'),
          'verify-install-seconds': phaseSeconds(r.verification, 'install'),
          'verify-first-boot-seconds': phaseSeconds(r.verification, 'first boot'),
          'verify-serial-log': r.verification.serialLog,
          'verify-disks': r.verification.keptDisks.join('\n'),
        }
      : {}),
  };
}

export function writeOutputs(rt: Pick<Runtime, 'setOutput'>, results: Results): void {
  for (const [name, value] of Object.entries(stepOutputs(results)) as [OutputName, string][]) rt.setOutput(name, value);
}
