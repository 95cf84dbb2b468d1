// Uploads the ISO as a workflow artifact. The artifact client (and the Azure
// SDK behind it) is loaded only when an upload happens.
import path from 'node:path';
import { abortable } from './abortable.js';
import type { StepEnv } from './exec.js';
import type { IsoInfo } from './iso.js';

export interface UploadRequest {
  iso: IsoInfo;
  archive: boolean;
  artifactName: string;
  retentionDays?: number;
}

export interface UploadResult {
  id: string;
  url: string;
  digest: string;
}

/** Why an upload cannot happen here, or undefined when it can. */
export function uploadUnavailable(env: StepEnv): string | undefined {
  if (!env.ACTIONS_RUNTIME_TOKEN || !env.ACTIONS_RESULTS_URL) {
    return 'not running inside a GitHub Actions job (ACTIONS_RUNTIME_TOKEN / ACTIONS_RESULTS_URL are not set)';
  }
  return undefined;
}

/** The artifact's page, as GitHub shows it. Pure. */
export function artifactUrl(env: StepEnv, id: string): string {
  const server = env.GITHUB_SERVER_URL ?? 'https://github.com';
  return `${server}/${env.GITHUB_REPOSITORY ?? ''}/actions/runs/${env.GITHUB_RUN_ID ?? ''}/artifacts/${id}`;
}

let artifactClient: Promise<typeof import('@actions/artifact')> | undefined;

/** Loads the artifact client (a third of the action's code, the Azure SDK) once; call it early to load it while other work runs. */
export function loadArtifactClient(): Promise<typeof import('@actions/artifact')> {
  artifactClient ??= import('@actions/artifact');
  return artifactClient;
}

export async function uploadIso(request: UploadRequest, env: StepEnv, signal?: AbortSignal): Promise<UploadResult> {
  const { DefaultArtifactClient } = await loadArtifactClient();
  const client = new DefaultArtifactClient();
  const { iso } = request;
  const upload = client.uploadArtifact(request.archive ? request.artifactName : path.basename(iso.path), [iso.path], path.dirname(iso.path), {
    ...(request.retentionDays !== undefined ? { retentionDays: request.retentionDays } : {}),
    // An ISO does not compress; level 0 only spends no CPU on trying.
    compressionLevel: 0,
    skipArchive: !request.archive,
  });
  const result = await abortable(upload, signal);
  if (result.id === undefined) throw new Error('The artifact service returned no artifact id.');
  const digest = (result.digest ?? '').replace(/^sha256:/, '');
  // Unzipped, the uploaded bytes are the ISO: their digest must be its SHA-256.
  if (!request.archive && digest !== iso.sha256) {
    throw new Error(`Upload corrupted: the artifact service received SHA-256 ${digest || '(none)'}, the ISO has ${iso.sha256}.`);
  }
  return { id: String(result.id), url: artifactUrl(env, String(result.id)), digest: digest ? `sha256:${digest}` : '' };
}

/** Uploads one more file (the serial log of verify) as an artifact of its own: unzipped, named after the file; zipped under `name`. */
export async function uploadFile(
  file: string,
  o: { archive: boolean; name: string; retentionDays?: number },
  env: StepEnv,
  signal?: AbortSignal,
): Promise<UploadResult> {
  const { DefaultArtifactClient } = await loadArtifactClient();
  const client = new DefaultArtifactClient();
  const upload = client.uploadArtifact(o.archive ? o.name : path.basename(file), [file], path.dirname(file), {
    ...(o.retentionDays !== undefined ? { retentionDays: o.retentionDays } : {}),
    skipArchive: !o.archive,
  });
  const result = await abortable(upload, signal);
  if (result.id === undefined) throw new Error('The artifact service returned no artifact id.');
  const digest = (result.digest ?? '').replace(/^sha256:/, '');
  return { id: String(result.id), url: artifactUrl(env, String(result.id)), digest: digest ? `sha256:${digest}` : '' };
}
