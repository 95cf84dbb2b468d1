// Downloads an ISO uploaded as a workflow artifact, with @actions/artifact
// (loaded only when a download happens): from this workflow run through the
// results service (ACTIONS_RUNTIME_TOKEN), or from another run of the
// repository through the REST API with a token (its findBy path, which
// @actions/github's Octokit serves; through HTTPS_PROXY like every client of
// @actions/http-client). The artifact's digest, when the service has one, is
// checked against what arrived.
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { abortable } from './abortable.js';
import type { StepEnv } from './exec.js';
import { uploadUnavailable } from './upload.js';

export interface ArtifactSpec {
  name: string;
  /** Another run of the repository; undefined: this workflow run. */
  run?: { id: number; token: string };
}

export interface DownloadedArtifact {
  /** The ISO, in `dir`. */
  file: string;
  id: number;
  /** sha256:<hex>, as the service reports it ('' when it has none). */
  digest: string;
}

export type ArtifactProblem = 'unavailable' | 'not-found' | 'denied' | 'content';

/** What went wrong, for the stage to name the input concerned. */
export class ArtifactError extends Error {
  override name = 'ArtifactError';
  constructor(
    readonly problem: ArtifactProblem,
    message: string,
  ) {
    super(message);
  }
}

/** Why a download cannot happen here, or undefined when it can. */
export function downloadUnavailable(spec: ArtifactSpec, env: StepEnv): string | undefined {
  if (spec.run) return /^[^/\s]+\/[^/\s]+$/.test(env.GITHUB_REPOSITORY ?? '') ? undefined : 'GITHUB_REPOSITORY (owner/name) is not set';
  return uploadUnavailable(env);
}

/** The HTTP status of an Octokit RequestError, if it is one. */
function statusOf(error: unknown): number | undefined {
  const status = (error as { status?: unknown } | null)?.status;
  return typeof status === 'number' ? status : undefined;
}

export async function downloadArtifact(spec: ArtifactSpec, dir: string, env: StepEnv, signal?: AbortSignal): Promise<DownloadedArtifact> {
  const unavailable = downloadUnavailable(spec, env);
  if (unavailable) throw new ArtifactError('unavailable', unavailable);
  const { DefaultArtifactClient } = await import('@actions/artifact');
  const client = new DefaultArtifactClient();
  const [owner = '', repo = ''] = (env.GITHUB_REPOSITORY ?? '').split('/');
  const findBy = spec.run ? { findBy: { token: spec.run.token, workflowRunId: spec.run.id, repositoryOwner: owner, repositoryName: repo } } : {};
  const where = spec.run ? `run ${spec.run.id} of ${owner}/${repo}` : 'this workflow run';
  const failed = (what: string) => (error: unknown) => {
    const status = statusOf(error);
    const message = error instanceof Error ? error.message : String(error);
    if (status === 401 || status === 403)
      throw new ArtifactError('denied', `the GitHub API refused to ${what} (HTTP ${status}); the token needs actions: read on ${owner}/${repo}.`);
    if (status === 404 || (error instanceof Error && error.name === 'ArtifactNotFoundError'))
      throw new ArtifactError('not-found', `no artifact '${spec.name}' in ${where} (${message.split('\n')[0] ?? ''}).`);
    throw error;
  };
  const { artifact } = await abortable(client.getArtifact(spec.name, findBy), signal).catch(failed('find the artifact'));
  const digest = artifact.digest ?? '';
  const result = await abortable(
    client.downloadArtifact(artifact.id, { path: dir, ...findBy, ...(digest ? { expectedHash: digest } : {}) }),
    signal,
  ).catch(failed('download the artifact'));
  if (result.digestMismatch)
    throw new ArtifactError(
      'content',
      `artifact '${spec.name}' (${artifact.id}) arrived with another SHA-256 than its digest ${digest}: the download is corrupt.`,
    );
  return { file: await theIso(dir, spec.name), id: artifact.id, digest };
}

/** The one file the artifact held (an unzipped upload is saved under its Content-Disposition name, or 'artifact'), or its one .iso. */
async function theIso(dir: string, name: string): Promise<string> {
  const files: string[] = [];
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) files.push(path.join(entry.parentPath, entry.name));
    if (files.length > 1000) break;
  }
  const isos = files.filter((f) => f.toLowerCase().endsWith('.iso'));
  const chosen = files.length === 1 ? files[0] : isos.length === 1 ? isos[0] : undefined;
  if (!chosen) {
    throw new ArtifactError(
      'content',
      `artifact '${name}' holds ${
        files.length === 0
          ? 'no file'
          : `${files.length} files (${files
              .map((f) => path.relative(dir, f))
              .slice(0, 5)
              .join(', ')}${files.length > 5 ? ', …' : ''})`
      }, not one ISO.`,
    );
  }
  if (!(await stat(chosen)).isFile()) throw new ArtifactError('content', `artifact '${name}': ${path.relative(dir, chosen)} is not a file.`);
  return chosen;
}
