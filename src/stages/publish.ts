// Stage 6: the artifact upload, and the job summary of a finished run.
import path from 'node:path';
import type { RunContext } from '../context/run-context.js';
import { summaryMarkdown } from '../run/report.js';
import type { Stage, StageRecord } from '../run/stages.js';
import type { IsoInfo } from '../tools/iso.js';
import {
  ArtifactNameTaken,
  deleteArtifact,
  loadArtifactClient,
  uploadFile,
  uploadIso,
  uploadUnavailable,
  type UploadResult,
} from '../tools/upload.js';
import { InputError } from '../context/errors.js';
import { serialLogArtifactName, takenNameAdvice } from './artifact-names.js';
import type { RpmSet } from '../trident/rpm-set.js';
import type { VerifyReport } from '../verify/report.js';
import type { BaseImage } from './base-image.js';
import { describeSource, type PatchTarget } from './patch.js';

export interface Published {
  /** The artifact, or undefined when nothing was uploaded (upload: false, or no artifact service here). */
  artifact?: UploadResult;
  /** The serial log of verify, as an artifact of its own. */
  serialLog?: UploadResult;
}

/**
 * Loads the upload's client when there will be an upload. Loading compiles a
 * third of the action's code on the spot: call it once Image Customizer's
 * container has started, so that this happens while it runs.
 */
export function prepareUpload({ inputs, rt }: RunContext): void {
  if (inputs.upload && !uploadUnavailable(rt.env)) loadArtifactClient().catch(() => undefined);
}

/** The ISO, and with verify its serial log (present even when the verification failed). */
export function publish(iso: IsoInfo, serialLog?: string): Stage<RunContext, Published> {
  return async ({ inputs, rt, work }, log, signal) => {
    if (!inputs.upload) {
      log(`upload is false: the ISO${serialLog ? ' and the serial log are' : ' is'} not uploaded.`);
      return {};
    }
    const unavailable = uploadUnavailable(rt.env);
    if (unavailable) {
      rt.warning({
        message: `The ISO was not uploaded: ${unavailable}. It is at ${iso.path}${serialLog ? `, its serial log at ${serialLog}` : ''}.`,
      });
      return {};
    }
    const staging = path.join(work.root, 'artifact');
    const retention = inputs.retentionDays ? { retentionDays: inputs.retentionDays } : {};
    const replaceable = async (name: string) => {
      if (!inputs.overwrite) return;
      const deleted = await deleteArtifact(name);
      if (deleted !== undefined) log(`overwrite: deleted artifact '${name}' (${deleted}) of this workflow run.`);
    };
    const taken = (error: unknown): never => {
      if (error instanceof ArtifactNameTaken) {
        throw new InputError('artifact-name', `${takenNameAdvice(error.artifactName)} The ISO is at ${iso.path}.`);
      }
      throw error;
    };
    let uploadedLog: UploadResult | undefined;
    if (serialLog) {
      const name = serialLogArtifactName(inputs);
      await replaceable(name);
      uploadedLog = await uploadFile(serialLog, { archive: inputs.archive, name, ...retention }, rt.env, staging, signal).catch(taken);
      log(`Uploaded the serial log as artifact ${uploadedLog.id}: ${uploadedLog.url}`);
    }
    await replaceable(inputs.artifactName);
    const artifact = await uploadIso(
      { iso, archive: inputs.archive, artifactName: inputs.artifactName, ...retention },
      rt.env,
      staging,
      signal,
    ).catch(taken);
    log(`Uploaded artifact '${inputs.artifactName}' ${artifact.id} (${artifact.digest}): ${artifact.url}`);
    return { artifact, ...(uploadedLog ? { serialLog: uploadedLog } : {}) };
  };
}

/** The job summary of a finished run. Pure. */
export function summary(
  { inputs, features, versionKnown }: RunContext,
  made: { iso: IsoInfo; base: BaseImage; rpms: RpmSet; published: Published; verification?: VerifyReport },
  records: readonly StageRecord[],
): string {
  return summaryMarkdown(
    {
      isoName: path.basename(made.iso.path),
      size: made.iso.size,
      sha256: made.iso.sha256,
      baseImage: inputs.baseImage.kind === 'oci' ? inputs.baseImage.ref : path.basename(inputs.baseImage.path),
      baseImageDigest: made.base.digest,
      imageCustomizerImage: inputs.imageCustomizerImage,
      imageCustomizerVersion: versionKnown ? features.version : `assumed ${features.version}`,
      tridentVersion: made.rpms.tridentVersion,
      artifactUrl: made.published.artifact?.url ?? '',
      artifactName: inputs.artifactName,
      ...(made.verification ? { verification: made.verification } : {}),
    },
    records,
  );
}

/** The job summary of a patch: the same table, the build's rows replaced by what the ISO was patched from. Pure. */
export function patchSummary(
  { inputs }: RunContext,
  made: { iso: IsoInfo; from: PatchTarget; published: Published; rpms?: RpmSet; verification?: VerifyReport },
  records: readonly StageRecord[],
): string {
  return summaryMarkdown(
    {
      isoName: path.basename(made.iso.path),
      size: made.iso.size,
      sha256: made.iso.sha256,
      baseImage: '',
      baseImageDigest: '',
      imageCustomizerImage: '',
      imageCustomizerVersion: '',
      tridentVersion: made.rpms?.tridentVersion ?? '',
      artifactUrl: made.published.artifact?.url ?? '',
      artifactName: inputs.archive ? inputs.artifactName : path.basename(made.iso.path),
      patchedFrom: {
        name: inputs.patch ? describeSource(inputs.patch) : '',
        ...(made.from.source.digest ? { digest: made.from.source.digest } : {}),
        placeholder: made.from.iso.placeholder.file.path,
      },
      ...(made.verification ? { verification: made.verification } : {}),
    },
    records,
  );
}
