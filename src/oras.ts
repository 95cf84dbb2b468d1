// oras: installed through the tool cache (pinned checksum), then used to
// resolve and pull the base image. Credentials go on stdin into a private
// registry config, never into argv.
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import path from 'node:path';
import * as tc from '@actions/tool-cache';
import { runChecked, CommandError } from './exec.js';
import { orasPlatform, pinnedAsset } from './oras-releases.js';
import { retry, retryBaseMs } from './retry.js';
import type { Credentials, OrasSpec, Platform } from './types.js';

export interface OrasInstall {
  /** Absolute path of the oras executable. */
  bin: string;
  version: string;
  /** False when the tool cache already held it. */
  downloaded: boolean;
}

export interface OrasDownload {
  url: string;
  checksum: string;
}

/** Where to download oras from and the SHA-256 it must have. Pure. */
export function orasDownload(spec: OrasSpec, os: string, arch: string): OrasDownload {
  if (spec.url && spec.checksum) return { url: spec.url, checksum: spec.checksum };
  const asset = pinnedAsset(spec.version, os, arch);
  if (!asset) throw new Error(`oras ${spec.version} has no release for ${os}/${arch}; give oras-url and oras-checksum for a build that runs here.`);
  return { url: asset.url, checksum: asset.checksum };
}

export async function sha256File(file: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/** Finds oras in the tool cache, or downloads, verifies and caches it. */
export async function installOras(spec: OrasSpec, log: (line: string) => void): Promise<OrasInstall> {
  const { os, arch } = orasPlatform(process.platform, process.arch);
  const exe = os === 'windows' ? 'oras.exe' : 'oras';
  // Cached under Node's arch name (x64, arm64), the tool cache's convention.
  const cached = tc.find('oras', spec.version);
  if (cached) {
    log(`oras ${spec.version} found in the tool cache: ${cached}`);
    return { bin: path.join(cached, exe), version: spec.version, downloaded: false };
  }
  const { url, checksum } = orasDownload(spec, os, arch);
  log(`Downloading oras ${spec.version} from ${url}`);
  const archive = await tc.downloadTool(url);
  const actual = await sha256File(archive);
  if (actual !== checksum.toLowerCase()) {
    throw new Error(
      `oras download failed its checksum: ${url} has SHA-256 ${actual}, expected ${checksum}. ` +
        'Nothing was installed. Check oras-url/oras-checksum, or the mirror serving it.',
    );
  }
  log(`SHA-256 verified: ${actual}`);
  const extracted = url.endsWith('.zip') ? await tc.extractZip(archive) : await tc.extractTar(archive);
  const dir = await tc.cacheDir(extracted, 'oras', spec.version);
  return { bin: path.join(dir, exe), version: spec.version, downloaded: true };
}

export interface OrasContext {
  bin: string;
  /** A private registry config file (credentials live only there). */
  registryConfig: string;
  onLine?: (line: string) => void;
  signal?: AbortSignal;
}

function orasError(error: unknown, ref: string): Error {
  if (!(error instanceof CommandError)) return error as Error;
  const text = error.tail.join('\n');
  let hint = 'check the reference and that the registry is reachable';
  if (/unauthorized|401|denied|403/i.test(text))
    hint = 'the registry refused access: give registry-username and registry-password, or check that they are right';
  else if (/not found|404|manifest unknown|name unknown/i.test(text)) hint = 'no such image or tag in the registry: check the repository and tag';
  return new Error(`Input 'base-image': could not get ${ref} (${hint}). oras said:\n${text}`);
}

/** Runs a registry call again on transient failures (5xx, timeouts, resets), not on 4xx. */
function withRetry<T>(ctx: OrasContext, what: string, fn: () => Promise<T>): Promise<T> {
  return retry(fn, {
    attempts: 4,
    baseMs: retryBaseMs(),
    onRetry: (attempt, delay) =>
      ctx.onLine?.(`${what}: attempt ${attempt} failed with a transient error; retrying in ${(delay / 1000).toFixed(1)} s`),
    ...(ctx.signal ? { signal: ctx.signal } : {}),
  });
}

export async function orasLogin(ctx: OrasContext, registry: string, credentials: Credentials): Promise<void> {
  await runChecked([ctx.bin, 'login', registry, '--username', credentials.username, '--password-stdin', '--registry-config', ctx.registryConfig], {
    input: credentials.password,
    onLine: ctx.onLine,
    signal: ctx.signal,
  }).catch((error: unknown) => {
    throw orasError(error, registry);
  });
}

/** The manifest digest of ref, without downloading layers. */
export async function orasResolve(ctx: OrasContext, ref: string, platform: Platform): Promise<string> {
  try {
    const result = await withRetry(ctx, 'oras resolve', () =>
      runChecked([ctx.bin, 'resolve', ref, '--platform', platform, '--registry-config', ctx.registryConfig], { signal: ctx.signal }),
    );
    const digest = result.stdout.trim().split(/\s+/).pop() ?? '';
    if (!/^sha256:[a-f0-9]{64}$/.test(digest)) throw new Error(`oras resolve printed '${result.stdout.trim()}', not a digest`);
    return digest;
  } catch (error) {
    throw orasError(error, ref);
  }
}

export async function orasPull(ctx: OrasContext, ref: string, platform: Platform, outDir: string): Promise<void> {
  await withRetry(ctx, 'oras pull', () =>
    runChecked([ctx.bin, 'pull', ref, '--platform', platform, '--output', outDir, '--registry-config', ctx.registryConfig], {
      onLine: ctx.onLine,
      signal: ctx.signal,
    }),
  ).catch((error: unknown) => {
    throw orasError(error, ref);
  });
}
