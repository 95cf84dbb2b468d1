// oras: installed through the tool cache (pinned checksum), then used to
// resolve and pull the base image. Credentials go on stdin into a private
// registry config, never into argv. A registry's refusal comes back as a
// RegistryError; the base image stage says which input it concerns.
import path from 'node:path';
import type { Credentials, OrasSpec } from '../context/input-types.js';
import type { Platform } from '../context/platform.js';
import { abortable } from './abortable.js';
import { CommandError, type Exec } from './exec.js';
import { sha256File } from './hash.js';
import { orasPlatform, pinnedAsset } from './oras-releases.js';
import { seedRegistryConfig } from './registry-auth.js';
import { retryTransient, type RetryPolicy } from './retry.js';

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

/**
 * Finds oras in the tool cache (RUNNER_TOOL_CACHE), or downloads it into
 * `scratch`, verifies it and caches it.
 */
export async function installOras(spec: OrasSpec, o: { scratch: string; log: (line: string) => void; signal?: AbortSignal }): Promise<OrasInstall> {
  const { os, arch } = orasPlatform(process.platform, process.arch);
  const exe = os === 'windows' ? 'oras.exe' : 'oras';
  // Loaded only here: the tool cache client (and its HTTP client) would otherwise weigh on every start.
  const tc = await import('@actions/tool-cache');
  // Cached under Node's arch name (x64, arm64), the tool cache's convention.
  const cached = tc.find('oras', spec.version);
  if (cached) {
    o.log(`oras ${spec.version} found in the tool cache: ${cached}`);
    return { bin: path.join(cached, exe), version: spec.version, downloaded: false };
  }
  const { url, checksum } = orasDownload(spec, os, arch);
  o.log(`Downloading oras ${spec.version} from ${url}`);
  const archive = await abortable(
    tc.downloadTool(url, path.join(o.scratch, `oras-${spec.version}${url.endsWith('.zip') ? '.zip' : '.tar.gz'}`)),
    o.signal,
  );
  const actual = await sha256File(archive);
  if (actual !== checksum.toLowerCase()) {
    throw new Error(
      `oras download failed its checksum: ${url} has SHA-256 ${actual}, expected ${checksum}. ` +
        'Nothing was installed. Check oras-url/oras-checksum, or the mirror serving it.',
    );
  }
  o.log(`SHA-256 verified: ${actual}`);
  const into = path.join(o.scratch, `oras-${spec.version}`);
  const extracted = url.endsWith('.zip') ? await tc.extractZip(archive, into) : await tc.extractTar(archive, into);
  const dir = await tc.cacheDir(extracted, 'oras', spec.version);
  return { bin: path.join(dir, exe), version: spec.version, downloaded: true };
}

export interface Oras {
  bin: string;
  /** A private registry config file (credentials live only there). */
  registryConfig: string;
  exec: Exec;
  retry: RetryPolicy;
  onLine?: (line: string) => void;
  signal?: AbortSignal;
}

/** A registry that refused or did not have what was asked (after retrying transient failures). */
export class RegistryError extends Error {
  constructor(
    /** The reference (or registry, for a login) asked for. */
    readonly ref: string,
    readonly reason: 'refused' | 'not-found' | 'other',
    /** What oras said. */
    readonly output: string,
  ) {
    super(`${ref}: ${output}`);
    this.name = 'RegistryError';
  }
}

function registryError(error: unknown, ref: string): unknown {
  if (!(error instanceof CommandError)) return error;
  const text = error.tail.join('\n');
  const reason = /unauthorized|401|denied|403/i.test(text)
    ? 'refused'
    : /not found|404|manifest unknown|name unknown/i.test(text)
      ? 'not-found'
      : 'other';
  return new RegistryError(ref, reason, text);
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

function options(oras: Oras, extra: { input?: string; captureStdout?: boolean } = {}) {
  return { ...extra, ...(oras.onLine && !extra.captureStdout ? { onLine: oras.onLine } : {}), ...(oras.signal ? { signal: oras.signal } : {}) };
}

export async function orasLogin(oras: Oras, registry: string, credentials: Credentials): Promise<void> {
  await seedRegistryConfig(oras.registryConfig, registry);
  await retryTransient(
    'oras login',
    () =>
      oras.exec.runChecked(
        orasArgv.login(oras.bin, registry, credentials.username, oras.registryConfig),
        options(oras, { input: credentials.password }),
      ),
    { policy: oras.retry, log: oras.onLine, signal: oras.signal },
  ).catch((error: unknown) => {
    throw registryError(error, registry);
  });
}

/** The digest ref names now (an index for multi-platform images), without downloading layers. */
export async function orasResolve(oras: Oras, ref: string): Promise<string> {
  const result = await retryTransient(
    'oras resolve',
    () => oras.exec.runChecked(orasArgv.resolve(oras.bin, ref, oras.registryConfig), options(oras, { captureStdout: true })),
    { policy: oras.retry, log: oras.onLine, signal: oras.signal },
  ).catch((error: unknown) => {
    throw registryError(error, ref);
  });
  const digest = result.stdout.trim().split(/\s+/).pop() ?? '';
  if (!/^sha256:[a-f0-9]{64}$/.test(digest)) throw new Error(`oras resolve printed '${result.stdout.trim()}', not a digest`);
  return digest;
}

/** Pulls ref (pinned by digest); errors name `asGiven`, the reference the user wrote. */
export async function orasPull(oras: Oras, ref: string, platform: Platform, outDir: string, asGiven = ref): Promise<void> {
  await retryTransient('oras pull', () => oras.exec.runChecked(orasArgv.pull(oras.bin, ref, platform, outDir, oras.registryConfig), options(oras)), {
    policy: oras.retry,
    log: oras.onLine,
    signal: oras.signal,
  }).catch((error: unknown) => {
    throw registryError(error, asGiven);
  });
}
