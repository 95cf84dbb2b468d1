// Step 6: the artifact upload and the job summary.
import path from 'node:path';
import type { BaseImage } from './base-image.js';
import type { IsoInfo } from '../tools/iso.js';
import { summaryMarkdown } from '../run/report.js';
import type { RpmSet } from '../trident/rpms.js';
import type { StageRecord } from '../run/stages.js';
import { uploadIso, uploadUnavailable, type UploadResult } from '../tools/upload.js';
import type { RunContext } from '../context/run-context.js';
import { basePullDir } from './fetch.js';
import { pullArgv, registryOf } from '../tools/engine.js';
import { orasArgv, pinnedRef } from '../tools/oras.js';

export async function upload({ inputs, rt }: RunContext, iso: IsoInfo, log: (line: string) => void): Promise<UploadResult | undefined> {
  if (!inputs.upload) {
    log('upload is false: the ISO is not uploaded.');
    return undefined;
  }
  const unavailable = uploadUnavailable(rt.env);
  if (unavailable) {
    rt.warning({ message: `The ISO was not uploaded: ${unavailable}. It is at ${iso.path}.` });
    return undefined;
  }
  const result = await uploadIso(
    { iso, archive: inputs.archive, artifactName: inputs.artifactName, ...(inputs.retentionDays ? { retentionDays: inputs.retentionDays } : {}) },
    rt.env,
  );
  log(`Uploaded artifact ${result.id} (${result.digest}): ${result.url}`);
  return result;
}

export function summary(
  { inputs, features, versionKnown }: RunContext,
  iso: IsoInfo,
  base: BaseImage,
  rpms: RpmSet,
  artifact: UploadResult | undefined,
  records: readonly StageRecord[],
): string {
  return summaryMarkdown(
    {
      isoName: path.basename(iso.path),
      size: iso.size,
      sha256: iso.sha256,
      baseImage: inputs.baseImage.kind === 'oci' ? inputs.baseImage.ref : path.basename(inputs.baseImage.path),
      baseImageDigest: base.digest,
      imageCustomizerImage: inputs.imageCustomizerImage,
      imageCustomizerVersion: versionKnown ? features.version : `assumed ${features.version}`,
      tridentVersion: rpms.tridentVersion,
      artifactUrl: artifact?.url ?? '',
      artifactName: inputs.archive ? inputs.artifactName : path.basename(iso.path),
    },
    records,
  );
}

/** validate-only: the commands a full run would start, from the same argv builders the run uses. */
export function planLines(ctx: RunContext, containerArgv: readonly string[]): string[] {
  const { inputs, work } = ctx;
  const registryConfig = path.join(work.auth, 'oras-config.json');
  const lines: string[][] = [];
  if (inputs.rpms.kind === 'build') lines.push(['make', 'bin/trident-rpms.tar.gz', `# in ${inputs.rpms.checkout}`]);
  if (inputs.baseImage.kind === 'oci') {
    const { ref } = inputs.baseImage;
    if (inputs.registryCredentials) lines.push(orasArgv.login('oras', registryOf(ref), inputs.registryCredentials.username, registryConfig));
    lines.push(orasArgv.resolve('oras', ref, registryConfig));
    lines.push(orasArgv.pull('oras', pinnedRef(ref, '<resolved digest>'), inputs.platform, basePullDir(ctx), registryConfig));
  }
  const pulls = pullArgv({
    engine: inputs.containerEngine,
    image: inputs.imageCustomizerImage,
    platform: inputs.platform,
    ...(inputs.imageCustomizerCredentials ? { authDir: work.auth, username: inputs.imageCustomizerCredentials.username } : {}),
  });
  if (pulls.login) lines.push(pulls.login);
  lines.push(pulls.pull, [...containerArgv]);
  return ['Every input is valid. Without validate-only the action would run:', ...lines.map((argv) => `  ${argv.join(' ')}`)];
}
