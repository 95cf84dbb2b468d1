// oras: installed through the tool cache (pinned checksum), then used to
// resolve and pull the base image. Credentials go on stdin into a private
// registry config, never into argv.
import path from 'node:path';
import * as tc from '@actions/tool-cache';
import { runChecked, CommandError } from './exec.js';
import { sha256File } from './hash.js';
import { InputError } from '../context/inputs.js';
import { orasPlatform, pinnedAsset } from './oras-releases.js';
import { seedRegistryConfig } from './registry-auth.js';
import { retry, retryBaseMs } from './retry.js';
import type { Credentials, OrasSpec, Platform } from '../context/input-types.js';

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
  return new InputError('base-image', `could not get ${ref} (${hint}). oras said:\n${text}`);
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

/** The argv of each oras call; pure, so validate-only can print exactly what would run. */
export const orasArgv = {
  login: (bin: string, registry: string, username: string, registryConfig: string) => [
    bin,
    'login',
    registry,
    '--username',
    username,
    '--password-stdin',
    '--registry-config',
    registryConfig,
  ],
  resolve: (bin: string, ref: string, registryConfig: string) => [bin, 'resolve', ref, '--registry-config', registryConfig],
  pull: (bin: string, ref: string, platform: Platform, outDir: string, registryConfig: string) => [
    bin,
    'pull',
    ref,
    '--platform',
    platform,
    '--output',
    outDir,
    '--registry-config',
    registryConfig,
  ],
};

/** ref by digest (registry/repository@sha256:...), so that what is pulled is what was resolved. Pure. */
export function pinnedRef(ref: string, digest: string): string {
  const withoutDigest = ref.split('@')[0] ?? ref;
  const lastSlash = withoutDigest.lastIndexOf('/');
  const colon = withoutDigest.indexOf(':', lastSlash + 1);
  return `${colon < 0 ? withoutDigest : withoutDigest.slice(0, colon)}@${digest}`;
}

export async function orasLogin(ctx: OrasContext, registry: string, credentials: Credentials): Promise<void> {
  await seedRegistryConfig(ctx.registryConfig, registry);
  await runChecked(orasArgv.login(ctx.bin, registry, credentials.username, ctx.registryConfig), {
    input: credentials.password,
    onLine: ctx.onLine,
    signal: ctx.signal,
  }).catch((error: unknown) => {
    throw orasError(error, registry);
  });
}

/** The digest ref names now (an index for multi-platform images), without downloading layers. */
export async function orasResolve(ctx: OrasContext, ref: string): Promise<string> {
  try {
    const result = await withRetry(ctx, 'oras resolve', () =>
      runChecked(orasArgv.resolve(ctx.bin, ref, ctx.registryConfig), { signal: ctx.signal, captureStdout: true }),
    );
    const digest = result.stdout.trim().split(/\s+/).pop() ?? '';
    if (!/^sha256:[a-f0-9]{64}$/.test(digest)) throw new Error(`oras resolve printed '${result.stdout.trim()}', not a digest`);
    return digest;
  } catch (error) {
    throw orasError(error, ref);
  }
}

/** Pulls ref (pinned by digest); errors name `asGiven`, the reference the user wrote. */
export async function orasPull(ctx: OrasContext, ref: string, platform: Platform, outDir: string, asGiven = ref): Promise<void> {
  await withRetry(ctx, 'oras pull', () =>
    runChecked(orasArgv.pull(ctx.bin, ref, platform, outDir, ctx.registryConfig), { onLine: ctx.onLine, signal: ctx.signal }),
  ).catch((error: unknown) => {
    throw orasError(error, asGiven);
  });
}
