// Reads every input once, checks its form and turns it into the typed Inputs.
// Pure: the caller passes a getter (core.getInput on a runner, flags in the
// CLI, a map in tests). File existence is checked later, in preflight.
import path from 'node:path';
import { parse as parseYaml, YAMLParseError } from 'yaml';
import { compareVersions } from '../customizer/version.js';
import { ORAS_VERSIONS } from '../tools/oras-releases.js';
import type {
  BaseImageSource,
  ContainerEngine,
  Credentials,
  ExtraConfig,
  HostConfigImage,
  Inputs,
  LogLevel,
  OrasSpec,
  Platform,
  RpmSource,
  SelinuxMode,
} from './input-types.js';
import { SELINUX_MODES } from './input-types.js';

/** Where in a file an input's content is wrong, for an annotation. */
export interface SourceLocation {
  file: string;
  line?: number;
  column?: number;
}

/** An input that is wrong; the message names it and says what to do. */
export class InputError extends Error {
  constructor(
    readonly input: string,
    message: string,
    readonly location?: SourceLocation,
  ) {
    super(`Input '${input}': ${message}`);
    this.name = 'InputError';
  }
}

export type InputGetter = (name: string) => string;

export interface InputContext {
  /** Relative paths resolve from here (GITHUB_WORKSPACE, or the CLI's cwd). */
  workspace: string;
}

const MAX_LENGTH = 4096;
const PLATFORMS = ['linux/amd64', 'linux/arm64'] as const;
const ENGINES = ['docker', 'podman'] as const;
const LOG_LEVELS = ['panic', 'fatal', 'error', 'warn', 'info', 'debug', 'trace'] as const;
const HOST_CONFIG_IMAGE = ['auto', 'keep'] as const;
export const BASE_IMAGE_EXTENSIONS = ['.vhdx', '.vhd', '.qcow2', '.raw', '.img'] as const;

// OCI reference: [registry[:port]/]path[:tag][@sha256:hex] — lower-case path
// components as the distribution spec allows.
const OCI_REF =
  /^(?:[a-zA-Z0-9.-]+(?::[0-9]+)?\/)?[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:\/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*(?::[A-Za-z0-9_][A-Za-z0-9_.-]{0,127})?(?:@sha256:[a-f0-9]{64})?$/;
const PACKAGE_NAME = /^[A-Za-z0-9_][A-Za-z0-9._+-]*$/;
const SERVICE_NAME = /^[A-Za-z0-9_][A-Za-z0-9._@:\\-]*$/;
const HOSTNAME = /^(?=.{1,253}$)[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$/;
// Kernel arguments end up in grub.cfg: allow what kernel parameters use, no quoting or expansion characters.
const KERNEL_ARG = /^[A-Za-z0-9_.,:=/+@%-]+$/;
const ARTIFACT_NAME_FORBIDDEN = /["*:<>?|\\/\r\n]/;
const VERSION = /^\d+\.\d+\.\d+$/;
const MIN_ORAS = '1.2.0';

/** Reads and checks every input. Throws InputError on the first wrong one. */
export function readInputs(get: InputGetter, ctx: InputContext): Inputs {
  const r = new Reader(get, ctx);

  const config = r.path('config');
  const hostConfig = r.path('host-config');
  if (!hostConfig && !config) {
    throw new InputError(
      'host-config',
      'is required: give the path of a Trident host configuration (or a complete Image Customizer config as `config`).',
    );
  }
  const extraConfig = r.extraConfig('extra-config');
  if (config) {
    // These shape the generated config; with the user's own they would be silently ignored.
    for (const name of ['extra-config', 'host-config', 'cosi', 'packages', 'services']) {
      if (r.raw(name))
        throw new InputError(
          name,
          'applies to the generated config only; with `config`, put it in that file instead (os.additionalFiles, iso.additionalFiles, os.packages, os.services).',
        );
    }
  }

  const cosi = r.path('cosi');
  const cosiDestination = r.isoPath('cosi-destination');
  const hostConfigImage = r.oneOf('host-config-image', HOST_CONFIG_IMAGE) as HostConfigImage;

  const rpms = readRpmSource(r);
  const baseImage = readBaseImage(r);
  const platform = r.oneOf('platform', PLATFORMS) as Platform;
  const oras = readOras(r);

  const imageCustomizerImage = r.ociRef('imagecustomizer-image');
  const imageCustomizerVersion = r.optional('imagecustomizer-version', VERSION, 'a version such as 1.6.0') ?? versionFromTag(imageCustomizerImage);

  const hostname = r.matching('hostname', HOSTNAME, 'a host name: letters, digits and hyphens, dot-separated labels of at most 63 characters');
  const packages = r.list('packages', PACKAGE_NAME, 'package names');
  const services = r.list('services', SERVICE_NAME, 'systemd unit names');
  const kernelCommandLine = r.words('kernel-command-line', KERNEL_ARG);
  const selinuxMode = r.oneOf('selinux-mode', SELINUX_MODES) as SelinuxMode;

  const output = r.path('output') ?? path.resolve(ctx.workspace, 'installer.iso');
  if (!output.endsWith('.iso')) throw new InputError('output', `must name an .iso file; got '${path.basename(output)}'.`);

  const artifactName = r.single('artifact-name') || 'installer-iso';
  if (ARTIFACT_NAME_FORBIDDEN.test(artifactName)) {
    throw new InputError('artifact-name', 'must not contain any of " * : < > ? | \\ / or a newline.');
  }

  const upload = r.bool('upload');
  const archive = r.bool('archive');
  // Unzipped, the artifact is named after the file, and artifact names forbid some characters.
  if (upload && !archive && ARTIFACT_NAME_FORBIDDEN.test(path.basename(output))) {
    throw new InputError(
      'output',
      `'${path.basename(output)}' cannot name an artifact (no " * : < > ? | \\ or newline); rename it, or set archive: true.`,
    );
  }

  return {
    ...(hostConfig ? { hostConfig } : {}),
    ...(cosi ? { cosi } : {}),
    cosiDestination,
    hostConfigImage,
    rpms,
    baseImage,
    platform,
    oras,
    imageCustomizerImage,
    ...(imageCustomizerVersion ? { imageCustomizerVersion } : {}),
    ...(config ? { config } : {}),
    ...(extraConfig ? { extraConfig } : {}),
    hostname,
    packages,
    services,
    kernelCommandLine,
    selinuxMode,
    output,
    upload,
    archive,
    artifactName,
    ...optionalNumber('retentionDays', r.integer('retention-days', 1, 90)),
    containerEngine: r.oneOf('container-engine', ENGINES) as ContainerEngine,
    logLevel: r.oneOf('log-level', LOG_LEVELS) as LogLevel,
    validateOnly: r.bool('validate-only'),
    cache: r.bool('cache'),
    ...optionalCredentials('registryCredentials', r.credentials('registry-username', 'registry-password')),
    ...optionalCredentials('imageCustomizerCredentials', r.credentials('imagecustomizer-registry-username', 'imagecustomizer-registry-password')),
  };
}

function optionalNumber<K extends string>(key: K, value: number | undefined): { [P in K]?: number } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: number };
}

function optionalCredentials<K extends string>(key: K, value: Credentials | undefined): { [P in K]?: Credentials } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: Credentials };
}

function readRpmSource(r: Reader): RpmSource {
  const prebuilt = r.path('trident-rpms');
  const checkout = r.path('trident-source');
  if (prebuilt && checkout) {
    throw new InputError('trident-rpms', 'and `trident-source` are exclusive: give prebuilt RPMs or a checkout to build, not both.');
  }
  if (prebuilt) return { kind: 'prebuilt', path: prebuilt };
  if (checkout) return { kind: 'build', checkout };
  return { kind: 'distro' };
}

function readBaseImage(r: Reader): BaseImageSource {
  const file = r.path('base-image-file');
  if (file) {
    if (!BASE_IMAGE_EXTENSIONS.some((ext) => file.toLowerCase().endsWith(ext))) {
      throw new InputError('base-image-file', `must be a disk image ending in ${BASE_IMAGE_EXTENSIONS.join(', ')}; got '${path.basename(file)}'.`);
    }
    return { kind: 'file', path: file };
  }
  return { kind: 'oci', ref: r.ociRef('base-image') };
}

function readOras(r: Reader): OrasSpec {
  const version = r.matching('oras-version', VERSION, 'a version such as 1.3.0');
  const url = r.single('oras-url');
  const checksum = r.single('oras-checksum');
  if (Boolean(url) !== Boolean(checksum)) {
    throw new InputError(
      url ? 'oras-checksum' : 'oras-url',
      'oras-url and oras-checksum go together: give the mirror URL and the SHA-256 of its file, or neither.',
    );
  }
  // `oras resolve`, which the action uses to pin the base image, came with oras 1.2.0.
  if (compareVersions(version, MIN_ORAS) < 0)
    throw new InputError('oras-version', `${version} has no \`oras resolve\`, which the action needs; use ${MIN_ORAS} or later.`);
  if (url) {
    if (!/^https?:\/\/[^\s]+$/.test(url)) throw new InputError('oras-url', `must be an http(s) URL; got '${url}'.`);
    if (!/^[a-fA-F0-9]{64}$/.test(checksum)) throw new InputError('oras-checksum', 'must be a SHA-256: 64 hex digits.');
    return { version, url, checksum: checksum.toLowerCase() };
  }
  if (!ORAS_VERSIONS.includes(version)) {
    throw new InputError(
      'oras-version',
      `${version} has no pinned checksum; use one of ${ORAS_VERSIONS.filter((v) => compareVersions(v, MIN_ORAS) >= 0).join(', ')}, or give oras-url and oras-checksum.`,
    );
  }
  return { version };
}

/** The version in an image reference's tag (`...:1.6.0`, `...:v1.6.0`), if it has one. */
export function versionFromTag(ref: string): string | undefined {
  const withoutDigest = ref.split('@')[0] ?? ref;
  const lastSlash = withoutDigest.lastIndexOf('/');
  const colon = withoutDigest.indexOf(':', lastSlash + 1);
  if (colon < 0) return undefined;
  const match = /^v?(\d+\.\d+\.\d+)/.exec(withoutDigest.slice(colon + 1));
  return match?.[1];
}

/** The typed accessors over the raw getter; each error names its input. */
class Reader {
  constructor(
    private readonly get: InputGetter,
    private readonly ctx: InputContext,
  ) {}

  raw(name: string): string {
    const value = (this.get(name) ?? '').trim();
    if (value.length > MAX_LENGTH) throw new InputError(name, `is ${value.length} characters long; at most ${MAX_LENGTH} are accepted.`);
    // eslint-disable-next-line no-control-regex
    if (/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(value)) throw new InputError(name, 'contains control characters; remove them.');
    return value;
  }

  /** A one-line value: a newline here is always a mistake (or an injection attempt). */
  single(name: string): string {
    const value = this.raw(name);
    if (/[\r\n]/.test(value)) throw new InputError(name, 'must be a single line; it contains a newline.');
    return value;
  }

  path(name: string): string | undefined {
    const value = this.single(name);
    if (!value) return undefined;
    return path.resolve(this.ctx.workspace, value);
  }

  /** An absolute path on the ISO media. */
  isoPath(name: string): string {
    const value = this.single(name);
    if (!value.startsWith('/')) throw new InputError(name, `must be an absolute path on the ISO, such as /images/azure-linux.cosi; got '${value}'.`);
    if (value.split('/').some((part) => part === '..' || part === '.'))
      throw new InputError(name, `must not contain '.' or '..' components; got '${value}'.`);
    if (value.endsWith('/')) throw new InputError(name, `must name a file, not a directory; got '${value}'.`);
    if (!/^[A-Za-z0-9_./+-]+$/.test(value)) throw new InputError(name, `may hold only letters, digits and _ . / + -; got '${value}'.`);
    return value;
  }

  oneOf(name: string, allowed: readonly string[]): string {
    const value = this.single(name);
    if (!allowed.includes(value)) throw new InputError(name, `must be one of ${allowed.join(', ')}; got '${value}'.`);
    return value;
  }

  matching(name: string, pattern: RegExp, what: string): string {
    const value = this.single(name);
    if (!pattern.test(value)) throw new InputError(name, `must be ${what}; got '${value}'.`);
    return value;
  }

  optional(name: string, pattern: RegExp, what: string): string | undefined {
    return this.single(name) === '' ? undefined : this.matching(name, pattern, what);
  }

  ociRef(name: string): string {
    const value = this.single(name);
    if (!value) throw new InputError(name, 'is empty; give an image reference such as registry/repository:tag.');
    if (!OCI_REF.test(value))
      throw new InputError(name, `is not a valid image reference (registry/repository[:tag][@sha256:digest]); got '${value}'.`);
    return value;
  }

  bool(name: string): boolean {
    const value = this.single(name).toLowerCase();
    if (value === 'true') return true;
    if (value === 'false') return false;
    throw new InputError(name, `must be true or false; got '${value}'.`);
  }

  integer(name: string, min: number, max: number): number | undefined {
    const value = this.single(name);
    if (!value) return undefined;
    if (!/^\d+$/.test(value) || Number(value) < min || Number(value) > max) {
      throw new InputError(name, `must be a whole number from ${min} to ${max}; got '${value}'.`);
    }
    return Number(value);
  }

  /** Names separated by newlines, commas or spaces; duplicates dropped. */
  list(name: string, pattern: RegExp, what: string): string[] {
    const items = this.raw(name)
      .split(/[\s,]+/)
      .filter(Boolean);
    for (const item of items) {
      if (!pattern.test(item)) throw new InputError(name, `holds '${item}', which is not valid; list ${what}, one a line.`);
    }
    return [...new Set(items)];
  }

  words(name: string, pattern: RegExp): string[] {
    const words = this.single(name).split(/\s+/).filter(Boolean);
    for (const word of words) {
      if (!pattern.test(word)) throw new InputError(name, `holds '${word}': kernel arguments may use letters, digits and _ . , : = / + @ % - only.`);
    }
    return words;
  }

  extraConfig(name: string): ExtraConfig | undefined {
    const value = this.raw(name);
    if (!value) return undefined;
    // A one-line value ending in .yaml/.yml is a file path; anything else is inline YAML.
    if (!value.includes('\n') && /\.ya?ml$/i.test(value)) return { kind: 'file', path: path.resolve(this.ctx.workspace, value) };
    return { kind: 'inline', value: parseYamlMapping(value, name) };
  }

  credentials(userInput: string, passwordInput: string): Credentials | undefined {
    const username = this.single(userInput);
    const password = this.single(passwordInput);
    if (Boolean(username) !== Boolean(password)) {
      throw new InputError(username ? passwordInput : userInput, `${userInput} and ${passwordInput} go together: give both or neither.`);
    }
    return username ? { username, password } : undefined;
  }
}

/**
 * Parses YAML that must be a mapping (extra-config, a user's Image Customizer
 * config). A syntax error names the input and, for a file, where in it.
 */
export function parseYamlMapping(text: string, input: string, file?: string): Record<string, unknown> {
  const what = file ? `${file} is` : 'is';
  let value: unknown;
  try {
    value = parseYaml(text);
  } catch (error) {
    const pos = error instanceof YAMLParseError ? error.linePos?.[0] : undefined;
    const where = pos ? ` at line ${pos.line}, column ${pos.col}` : '';
    throw new InputError(
      input,
      `${what} not valid YAML${where}: ${(error as Error).message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')}`,
      file ? { file, ...(pos ? { line: pos.line, column: pos.col } : {}) } : undefined,
    );
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new InputError(input, `${what} not a YAML mapping: give keys such as os:, iso:, storage:.`, file ? { file } : undefined);
  }
  return value as Record<string, unknown>;
}
