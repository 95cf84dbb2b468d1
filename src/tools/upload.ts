// Uploads the ISO as a workflow artifact. The artifact client (and the Azure
// SDK behind it) is loaded only when an upload happens.
import path from 'node:path';
import { abortable } from './abortable.js';
import type { StepEnv } from './exec.js';
import type { IsoInfo } from './iso.js';
import { findArtifactId } from './results-service.js';

/** node:fs/promises, loaded when this module first touches a file: validate-only loads this module and never does. */
const fs = () => process.getBuiltinModule('node:fs/promises');

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

/** The service refused the name: an artifact of that name is already on the workflow run (HTTP 409). */
export class ArtifactNameTaken extends Error {
  constructor(readonly artifactName: string) {
    super(`an artifact named '${artifactName}' already exists on this workflow run`);
    this.name = 'ArtifactNameTaken';
  }
}

/**
 * The file to upload under `name`: unzipped, an artifact is named after its
 * file, so a differently named file gets a symbolic link of that name in
 * `staging` (the upload reads through it).
 */
async function named(file: string, name: string, archive: boolean, staging: string): Promise<string> {
  if (archive || path.basename(file) === name) return file;
  await fs().mkdir(staging, { recursive: true });
  const link = path.join(staging, name);
  await fs().symlink(file, link);
  return link;
}

/** The service's answer to a taken name ("Received non-retryable error: Failed request: (409) Conflict: ..."), as ArtifactNameTaken. */
function nameTaken(error: unknown, name: string): unknown {
  return error instanceof Error && error.message.includes('(409)') ? new ArtifactNameTaken(name) : error;
}

/**
 * The id of the artifact of this name on the workflow run, or undefined when there is none: asked as
 * the artifact client's getArtifact asks it, without loading the client (tools/results-service.ts), in
 * the process's environment, which the client reads for the upload that follows.
 */
export function findArtifact(name: string, signal?: AbortSignal): Promise<string | undefined> {
  return findArtifactId(process.env, name, signal);
}

/** Deletes the artifact of this name on the workflow run (what upload-artifact's overwrite does first); its id, or undefined when there was none. */
export async function deleteArtifact(name: string): Promise<string | undefined> {
  const { DefaultArtifactClient, ArtifactNotFoundError } = await loadArtifactClient();
  try {
    const deleted = await new DefaultArtifactClient().deleteArtifact(name);
    return String(deleted.id);
  } catch (error) {
    if (error instanceof ArtifactNotFoundError) return undefined;
    throw error;
  }
}

export async function uploadIso(request: UploadRequest, env: StepEnv, staging: string, signal?: AbortSignal): Promise<UploadResult> {
  const { DefaultArtifactClient } = await loadArtifactClient();
  const client = new DefaultArtifactClient();
  const { iso } = request;
  const file = await named(iso.path, request.artifactName, request.archive, staging);
  const upload = client.uploadArtifact(request.artifactName, [file], path.dirname(file), {
    ...(request.retentionDays !== undefined ? { retentionDays: request.retentionDays } : {}),
    // An ISO does not compress; level 0 only spends no CPU on trying.
    compressionLevel: 0,
    skipArchive: !request.archive,
  });
  const result = await abortable(upload, signal).catch((error: unknown) => {
    throw nameTaken(error, request.artifactName);
  });
  if (result.id === undefined) throw new Error('The artifact service returned no artifact id.');
  const digest = (result.digest ?? '').replace(/^sha256:/, '');
  // Unzipped, the uploaded bytes are the ISO: their digest must be its SHA-256.
  if (!request.archive && digest !== iso.sha256) {
    throw new Error(`Upload corrupted: the artifact service received SHA-256 ${digest || '(none)'}, the ISO has ${iso.sha256}.`);
  }
  return { id: String(result.id), url: artifactUrl(env, String(result.id)), digest: digest ? `sha256:${digest}` : '' };
}

/** Uploads one more file (the serial log of verify) as an artifact of its own, under `name`. */
export async function uploadFile(
  file: string,
  o: { archive: boolean; name: string; retentionDays?: number },
  env: StepEnv,
  staging: string,
  signal?: AbortSignal,
): Promise<UploadResult> {
  const { DefaultArtifactClient } = await loadArtifactClient();
  const client = new DefaultArtifactClient();
  const source = await named(file, o.name, o.archive, staging);
  const upload = client.uploadArtifact(o.name, [source], path.dirname(source), {
    ...(o.retentionDays !== undefined ? { retentionDays: o.retentionDays } : {}),
    skipArchive: !o.archive,
  });
  const result = await abortable(upload, signal).catch((error: unknown) => {
    throw nameTaken(error, o.name);
  });
  if (result.id === undefined) throw new Error('The artifact service returned no artifact id.');
  const digest = (result.digest ?? '').replace(/^sha256:/, '');
  return { id: String(result.id), url: artifactUrl(env, String(result.id)), digest: digest ? `sha256:${digest}` : '' };
}
