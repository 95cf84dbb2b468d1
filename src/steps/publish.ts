// Step 6: the artifact upload and the job summary.
import path from 'node:path';
import type { BaseImage } from '../base-image.js';
import type { IsoInfo } from '../iso.js';
import { summaryMarkdown } from '../report.js';
import type { RpmSet } from '../rpms.js';
import type { StageRecord } from '../stages.js';
import { uploadIso, uploadUnavailable, type UploadResult } from '../upload.js';
import type { RunContext } from './context.js';
import { basePullDir } from './fetch.js';

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

/** validate-only: the exact commands a full run would start. */
export function planLines(ctx: RunContext, argv: readonly string[]): string[] {
  const { inputs } = ctx;
  return [
    'Every input is valid. Without validate-only the action would run:',
    ...(inputs.rpms.kind === 'build' ? [`  (in ${inputs.rpms.checkout}) make bin/trident-rpms.tar.gz`] : []),
    ...(inputs.baseImage.kind === 'oci' ? [`  oras pull ${inputs.baseImage.ref} --platform ${inputs.platform} --output ${basePullDir(ctx)}`] : []),
    `  ${inputs.containerEngine} pull --platform ${inputs.platform} ${inputs.imageCustomizerImage}`,
    `  ${argv.join(' ')}`,
  ];
}
