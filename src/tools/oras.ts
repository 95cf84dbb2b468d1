// oras: installed through the tool cache (pinned checksum), then used to
// resolve and pull the base image. Credentials go on stdin into a private
// registry config, never into argv. A registry's refusal comes back as a
// RegistryError; the base image stage says which input it concerns.
import path from 'node:path';
import type { Credentials, OrasSpec } from '../context/input-types.js';
import type { Platform } from '../context/platform.js';
import { abortable } from './abortable.js';
import { versionAtLeast, whichOnPath } from './build-tools.js';
import { CommandError, type Exec } from './exec.js';
import { sha256File } from './hash.js';
import { orasPlatform, pinnedAsset } from './oras-releases.js';
import { MIN_ORAS } from './oras-versions.js';
import { seedRegistryConfig } from './registry-auth.js';
import { orasArgv } from './argv.js';
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

/** The version `oras version` prints ("Version:        1.3.0", oras cmd/oras/root/version.go), or undefined. Pure. */
export function parseOrasVersion(text: string): string | undefined {
  return /^Version:\s+v?(\d+\.\d+\.\d+)/m.exec(text)?.[1];
}

/** Whether the action works with this oras: MIN_ORAS up to the next major version. Pure. */
export function supportedOras(version: string): boolean {
  return versionAtLeast(version, MIN_ORAS) && !versionAtLeast(version, '2.0.0');
}

/**
 * oras on PATH, when its version is supported (on a developer's machine it is
 * used rather than downloading one); undefined otherwise, saying why in `log`.
 */
export async function orasOnPath(
  exec: Exec,
  pathVariable: string,
  log: (line: string) => void,
  signal?: AbortSignal,
): Promise<OrasInstall | undefined> {
  const bin = await whichOnPath('oras', pathVariable);
  if (!bin) return undefined;
  const result = await exec.run([bin, 'version'], { captureStdout: true, ...(signal ? { signal } : {}) }).catch(() => undefined);
  const version = result?.exitCode === 0 ? parseOrasVersion(result.stdout) : undefined;
  if (!version || !supportedOras(version)) {
    log(
      `oras on PATH (${bin}) is ${version ? `version ${version}` : 'of an unknown version'}; the action supports ${MIN_ORAS} up to 2.0.0, so it installs its own.`,
    );
    return undefined;
  }
  log(`Using oras ${version} from PATH: ${bin}`);
  return { bin, version, downloaded: false };
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

/** What a reference resolves to. */
export interface ManifestDescriptor {
  mediaType: string;
  digest: string;
  size: number;
}

/**
 * Manifest media types that list one manifest per platform, so that a pull
 * must choose with --platform (opencontainers/image-spec specs-go/v1/mediatype.go;
 * oras-go v2.6.0 internal/docker/mediatype.go). Image Customizer's own
 * container/run.sh (v0.18.0) pulls older single-arch minimal-os tags without it.
 */
export const INDEX_MEDIA_TYPES = ['application/vnd.oci.image.index.v1+json', 'application/vnd.docker.distribution.manifest.list.v2+json'] as const;

export function isIndex(mediaType: string): boolean {
  return INDEX_MEDIA_TYPES.some((t) => t === mediaType);
}

/** The descriptor `oras manifest fetch --descriptor` prints (one JSON object), checked. Pure. */
export function parseDescriptor(text: string): ManifestDescriptor {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new Error(`oras manifest fetch --descriptor printed '${text.slice(0, 200)}', not a descriptor`);
  }
  const d = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
  const { mediaType, digest, size } = d;
  if (
    typeof mediaType !== 'string' ||
    !/^[\w.+-]+\/[\w.+-]+$/.test(mediaType) ||
    typeof digest !== 'string' ||
    !/^sha256:[a-f0-9]{64}$/.test(digest) ||
    typeof size !== 'number'
  ) {
    throw new Error(`oras manifest fetch --descriptor printed '${text.slice(0, 200)}', not a manifest descriptor`);
  }
  return { mediaType, digest, size };
}

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

/** What ref names now (an index for multi-platform images, else one manifest), without downloading anything but its descriptor. */
export async function orasDescriptor(oras: Oras, ref: string): Promise<ManifestDescriptor> {
  const result = await retryTransient(
    'oras manifest fetch',
    () => oras.exec.runChecked(orasArgv.descriptor(oras.bin, ref, oras.registryConfig), options(oras, { captureStdout: true })),
    { policy: oras.retry, log: oras.onLine, signal: oras.signal },
  ).catch((error: unknown) => {
    throw registryError(error, ref);
  });
  return parseDescriptor(result.stdout.trim());
}

/** Pulls ref (pinned by digest), choosing `platform` from an index; errors name `asGiven`, the reference the user wrote. */
export async function orasPull(oras: Oras, ref: string, platform: Platform | undefined, outDir: string, asGiven = ref): Promise<void> {
  await retryTransient('oras pull', () => oras.exec.runChecked(orasArgv.pull(oras.bin, ref, platform, outDir, oras.registryConfig), options(oras)), {
    policy: oras.retry,
    log: oras.onLine,
    signal: oras.signal,
  }).catch((error: unknown) => {
    throw registryError(error, asGiven);
  });
}
