// Reads every input once, checks its form and turns it into the typed Inputs.
// Pure: the caller passes a getter (core.getInput on a runner, flags in the
// CLI, a map in tests). Files are checked later, by the check stage.
import path from 'node:path';
import { customizerMediaDir } from '../customizer/media.js';
import { compareVersions } from '../customizer/version.js';
import { MIN_ORAS, ORAS_VERSIONS } from '../tools/oras-versions.js';
import { InputError } from './errors.js';
import { BIDI_CONTROL } from './escape.js';
import {
  BASE_IMAGE_EXTENSIONS,
  CONTAINER_ENGINES,
  HOST_CONFIG_IMAGE_MODES,
  LOG_LEVELS,
  SELINUX_MODES,
  type BaseImageSource,
  type Credentials,
  type ExtraConfig,
  type InputName,
  type Inputs,
  type OrasSpec,
  type PatchSource,
  type RpmSource,
  type VerifyOptions,
  VERIFY_ACCELERATORS,
  VERIFY_MODES,
} from './input-types.js';
import { KERNEL_ARG } from './input-types.js';
import { isImageRef, tagVersion } from './oci-ref.js';
import { PLATFORM_NAMES, PLATFORMS, type Platform } from './platform.js';
import { parseSize } from '../verify/size.js';
import { DEFAULT_PLACEHOLDER_SIZE, MAX_PLACEHOLDER_SIZE, MIN_PLACEHOLDER_SIZE, PLACEHOLDER_ISO_PATH } from '../iso/placeholder.js';
import {
  compilePattern,
  DEFAULT_BOOT_PATTERN,
  DEFAULT_FAILURE_PATTERN,
  DEFAULT_LOGIN_PATTERN,
  isSerialConsole,
  loginPattern,
} from '../verify/patterns.js';

export type InputGetter = (name: InputName) => string;

export interface InputContext {
  /** Relative paths resolve from here (GITHUB_WORKSPACE, or the CLI's cwd). */
  workspace: string;
}

const MAX_LENGTH = 4096;
const PACKAGE_NAME = /^[A-Za-z0-9_][A-Za-z0-9._+-]*$/;
const SERVICE_NAME = /^[A-Za-z0-9_][A-Za-z0-9._@:\\-]*$/;
const HOSTNAME = /^(?=.{1,253}$)[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$/;
const ARTIFACT_NAME_FORBIDDEN = /["*:<>?|\\/\r\n]/;
const VERSION = /^\d+\.\d+\.\d+$/;
/** These shape the generated config; with the user's own config they would be silently ignored. */
const GENERATED_CONFIG_ONLY = ['extra-config', 'host-config', 'cosi', 'packages', 'services'] as const;
/** These only shape a build (empty by default); in patch mode they would be silently ignored. */
const BUILD_ONLY = [
  'config',
  'extra-config',
  'cosi',
  'trident-source',
  'base-image-file',
  'packages',
  'services',
  'imagecustomizer-version',
  'oras-url',
  'oras-checksum',
  'registry-username',
  'registry-password',
  'imagecustomizer-registry-username',
  'imagecustomizer-registry-password',
] as const;
const RUN_ID = /^[1-9]\d{0,15}$/;
const ARTIFACT_PREFIX = 'artifact:';

/** Reads and checks every input. Throws InputError on the first wrong one. */
export function readInputs(get: InputGetter, ctx: InputContext): Inputs {
  const r = new Reader(get, ctx);

  const patch = readPatchSource(r);
  const config = r.path('config');
  const hostConfig = r.path('host-config');
  if (patch) {
    for (const name of BUILD_ONLY) {
      if (r.raw(name))
        throw new InputError(
          name,
          'shapes a build, and patch-iso patches an ISO built before: only its host config changes. Remove it, or build instead.',
        );
    }
    if (!hostConfig) throw new InputError('host-config', 'is required with patch-iso: give the host config to put into the ISO.');
  }
  if (!hostConfig && !config) {
    throw new InputError(
      'host-config',
      'is required: give the path of a Trident host configuration (or a complete Image Customizer config as `config`).',
    );
  }
  const extraConfig = r.extraConfig('extra-config');
  if (config) {
    for (const name of GENERATED_CONFIG_ONLY) {
      if (r.raw(name))
        throw new InputError(
          name,
          'applies to the generated config only; with `config`, put it in that file instead (os.additionalFiles, iso.additionalFiles, os.packages, os.services).',
        );
    }
  }

  const cosi = r.path('cosi');
  const cosiDestination = r.isoPath('cosi-destination');
  refuseCustomizerMediaPath(cosiDestination);
  const hostConfigImage = r.oneOf('host-config-image', HOST_CONFIG_IMAGE_MODES);
  const placeholderSize = readPlaceholder(r, { patch: patch !== undefined, config: config !== undefined, cosiDestination });

  const rpms = readRpmSource(r);
  const baseImage = readBaseImage(r);
  const platform = r.oneOf('platform', PLATFORM_NAMES);
  const oras = readOras(r);

  const imageCustomizerImage = r.imageRef('imagecustomizer-image');
  const imageCustomizerVersion = r.optional('imagecustomizer-version', VERSION, 'a version such as 1.6.0') ?? tagVersion(imageCustomizerImage);

  const hostname = r.matching('hostname', HOSTNAME, 'a host name: letters, digits and hyphens, dot-separated labels of at most 63 characters');
  const packages = r.list('packages', PACKAGE_NAME, 'package names');
  const services = r.list('services', SERVICE_NAME, 'systemd unit names');
  const kernelCommandLine = r.words('kernel-command-line', KERNEL_ARG);
  const selinuxMode = r.oneOf('selinux-mode', SELINUX_MODES);

  const output = r.path('output') ?? path.resolve(ctx.workspace, 'installer.iso');
  if (!output.endsWith('.iso')) throw new InputError('output', `must name an .iso file; got '${path.basename(output)}'.`);

  const upload = r.bool('upload');
  const archive = r.bool('archive');
  const overwrite = r.bool('overwrite');
  const givenName = r.single('artifact-name');
  const artifactName = givenName || defaultArtifactName(output, platform, archive);
  if (ARTIFACT_NAME_FORBIDDEN.test(artifactName)) {
    throw givenName
      ? new InputError('artifact-name', 'must not contain any of " * : < > ? | \\ / or a newline.')
      : new InputError(
          'output',
          `'${path.basename(output)}' cannot name an artifact (no " * : < > ? | \\ or newline); rename it, or set artifact-name.`,
        );
  }
  // Unzipped, the artifact is the ISO itself, downloaded under the artifact's name.
  if (upload && !archive && !artifactName.endsWith('.iso')) {
    throw new InputError('artifact-name', `names the downloaded ISO file when archive is false, so it must end in .iso; got '${artifactName}'.`);
  }
  const retentionDays = r.integer('retention-days', 1, 90);
  const verify = readVerify(r);
  if (verify) {
    if (platform !== 'linux/amd64')
      throw new InputError('verify', `boots the ISO in an x86_64 VM (QEMU with OVMF), so it works for platform linux/amd64 only; got ${platform}.`);
    // With the generated config the action knows the live OS's consoles: the serial port must be /dev/console.
    if (!config && !patch) {
      if (!isSerialConsole(kernelCommandLine.filter((word) => word.startsWith('console=')).at(-1))) {
        throw new InputError(
          'kernel-command-line',
          `must end its console= arguments with console=ttyS0 for verify: ${verify.mode} (the verification reads the serial console, and the last console= is /dev/console, where systemd and the forwarded journal write); for example 'rd.info console=tty0 console=ttyS0'.`,
        );
      }
    }
  }
  const containerEngine = r.oneOf('container-engine', CONTAINER_ENGINES);
  const logLevel = r.oneOf('log-level', LOG_LEVELS);
  const validateOnly = r.bool('validate-only');
  const cache = r.bool('cache');
  const registryCredentials = r.credentials('registry-username', 'registry-password');
  const imageCustomizerCredentials = r.credentials('imagecustomizer-registry-username', 'imagecustomizer-registry-password');

  return {
    ...(hostConfig ? { hostConfig } : {}),
    ...(cosi ? { cosi } : {}),
    cosiDestination,
    hostConfigImage,
    ...(placeholderSize === undefined ? {} : { placeholderSize }),
    ...(patch ? { patch } : {}),
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
    overwrite,
    ...(retentionDays === undefined ? {} : { retentionDays }),
    ...(verify ? { verify } : {}),
    containerEngine,
    logLevel,
    validateOnly,
    cache,
    ...(registryCredentials ? { registryCredentials } : {}),
    ...(imageCustomizerCredentials ? { imageCustomizerCredentials } : {}),
  };
}

/**
 * The artifact's name when artifact-name is empty: output's name with the
 * architecture, so the legs of a matrix over platforms upload side by side
 * (installer.iso → installer-amd64.iso; zipped, installer-amd64). Pure.
 */
export function defaultArtifactName(output: string, platform: Platform, archive: boolean): string {
  const stem = path.basename(output).replace(/\.iso$/, '');
  return `${stem}-${PLATFORMS[platform].oras}${archive ? '' : '.iso'}`;
}

/** The inputs of `trident-iso verify`, which checks an ISO built elsewhere: the host config and the verify-* inputs. */
export function readVerifyInputs(get: InputGetter, ctx: InputContext): { hostConfig?: string; verify: VerifyOptions } {
  const r = new Reader(get, ctx);
  const hostConfig = r.path('host-config');
  const verify = readVerify(r);
  if (!verify) throw new InputError('verify', 'is none: give boot or install.');
  if (verify.mode === 'install' && !hostConfig) {
    throw new InputError('host-config', 'is required with verify: install: the VM gets the disks it names (give the host config the ISO carries).');
  }
  return { ...(hostConfig ? { hostConfig } : {}), verify };
}

/** patch-iso and the inputs that go with it; undefined when building. */
function readPatchSource(r: Reader): PatchSource | undefined {
  const value = r.single('patch-iso');
  const runId = r.single('patch-iso-run-id');
  if (!value) {
    if (runId) throw new InputError('patch-iso-run-id', 'goes with patch-iso: artifact:<name>, which is empty.');
    return undefined;
  }
  if (!value.startsWith(ARTIFACT_PREFIX)) {
    if (runId)
      throw new InputError(
        'patch-iso-run-id',
        `names the run of an artifact, but patch-iso is a file ('${value}'); write patch-iso: artifact:<name>.`,
      );
    return { kind: 'file', path: r.path('patch-iso')! };
  }
  const name = value.slice(ARTIFACT_PREFIX.length).trim();
  if (!name)
    throw new InputError('patch-iso', 'names no artifact: write artifact:<name>, the name the ISO was uploaded under (installer.iso by default).');
  if (ARTIFACT_NAME_FORBIDDEN.test(name))
    throw new InputError('patch-iso', `'${name}' is not an artifact name: it may not contain " * : < > ? | \\ / or a newline.`);
  if (!runId) return { kind: 'artifact', name };
  if (!RUN_ID.test(runId)) throw new InputError('patch-iso-run-id', `must be a workflow run ID (digits, such as github.run_id); got '${runId}'.`);
  const token = r.single('github-token');
  if (!token || token.includes('${{'))
    throw new InputError(
      'github-token',
      `is empty, and reading an artifact of run ${runId} needs a token with actions: read (the default is the job's github.token).`,
    );
  return { kind: 'artifact', name, run: { id: Number(runId), token } };
}

/** patchable and placeholder-size: the size of the placeholder, or undefined when the ISO is not patchable. */
function readPlaceholder(r: Reader, o: { patch: boolean; config: boolean; cosiDestination: string }): number | undefined {
  const patchable = r.bool('patchable');
  const size = r.integer('placeholder-size', MIN_PLACEHOLDER_SIZE, MAX_PLACEHOLDER_SIZE) ?? DEFAULT_PLACEHOLDER_SIZE;
  if (o.patch) {
    if (patchable) throw new InputError('patchable', 'shapes a build; with patch-iso the ISO given already has its placeholder. Remove it.');
    if (size !== DEFAULT_PLACEHOLDER_SIZE)
      throw new InputError('placeholder-size', "shapes a build; with patch-iso the placeholder's size is the one the ISO was built with. Remove it.");
    return undefined;
  }
  if (!patchable) return undefined;
  if (o.config)
    throw new InputError(
      'patchable',
      'applies to the generated config; with `config`, put the placeholder into your config yourself (README: "Patch an ISO\'s host config").',
    );
  if (o.cosiDestination === PLACEHOLDER_ISO_PATH)
    throw new InputError('cosi-destination', `is ${PLACEHOLDER_ISO_PATH}, where patchable puts the host config's placeholder; choose another path.`);
  return size;
}

/** Where Image Customizer puts the ISO's own files (customizer/owned.ts), a COSI would replace or sit among them. */
function refuseCustomizerMediaPath(destination: string): void {
  const taken = customizerMediaDir(destination);
  if (taken)
    throw new InputError(
      'cosi-destination',
      `is under ${taken}, where Image Customizer puts the ISO's own boot files; choose a path of its own, such as /images/${path.posix.basename(destination)}.`,
    );
}

const DURATION = /^(\d+)\s*(s|m|h)?$/;
const DURATION_UNIT: Record<string, number> = { '': 1, s: 1, m: 60, h: 3600 };
const MEMORY = /^(\d+)\s*([MG]?)$/;

function readVerify(r: Reader): VerifyOptions | undefined {
  const mode = r.oneOf('verify', VERIFY_MODES);
  const timeout = DURATION.exec(r.single('verify-timeout') || '30m');
  const timeoutSeconds = timeout ? Number(timeout[1]) * (DURATION_UNIT[timeout[2] ?? ''] ?? 1) : 0;
  if (!timeout || timeoutSeconds < 1 || timeoutSeconds > 24 * 3600)
    throw new InputError(
      'verify-timeout',
      `must be a duration from 1s to 24h, such as 90s, 30m or 2h (a bare number is seconds); got '${r.single('verify-timeout')}'.`,
    );

  const bootPattern = r.pattern('verify-boot-pattern', DEFAULT_BOOT_PATTERN);
  const login = r.pattern('verify-login-pattern', DEFAULT_LOGIN_PATTERN, (p) => loginPattern(p, 'host'));
  const failurePattern = r.pattern('verify-failure-pattern', DEFAULT_FAILURE_PATTERN);

  const memory = MEMORY.exec(r.single('verify-memory') || '4G');
  const memoryMiB = memory ? Number(memory[1]) * (memory[2] === 'G' ? 1024 : 1) : 0;
  if (!memory || memoryMiB < 128 || memoryMiB > 1024 * 1024)
    throw new InputError(
      'verify-memory',
      `must be the VM's memory in MiB, or with M or G (such as 4096, 4096M or 4G), from 128M; got '${r.single('verify-memory')}'.`,
    );
  const cpus = r.integer('verify-cpus', 1, 64) ?? 2;

  const sizeText = r.single('verify-disk-size');
  let diskBytes: number | undefined;
  if (sizeText) {
    const size = parseSize(sizeText);
    if (typeof size !== 'number')
      throw new InputError(
        'verify-disk-size',
        `must be a size as Trident writes them (bytes, or a number with K, M, G or T, such as 16G); got '${sizeText}'.`,
      );
    diskBytes = size;
  }
  const accelerator = r.oneOf('verify-accelerator', VERIFY_ACCELERATORS);
  const diskDir = r.path('verify-disk-dir');
  if (mode === 'none') return undefined;
  if (diskDir && mode !== 'install')
    throw new InputError('verify-disk-dir', `keeps the disks of verify: install; with verify: ${mode} there are none.`);
  return {
    mode,
    timeoutSeconds,
    bootPattern,
    loginPattern: login,
    failurePattern,
    memoryMiB,
    cpus,
    ...(diskBytes === undefined ? {} : { diskBytes }),
    accelerator,
    ...(diskDir ? { diskDir } : {}),
  };
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
  return { kind: 'oci', ref: r.imageRef('base-image') };
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
  // The oldest oras the action supports (it uses `manifest fetch --descriptor` and `pull [--platform]`).
  if (compareVersions(version, MIN_ORAS) < 0)
    throw new InputError('oras-version', `${version} is older than ${MIN_ORAS}, the oldest oras the action supports; use ${MIN_ORAS} or later.`);
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

/** Secrets a user types as they are: any character may be in one. */
const CREDENTIALS: ReadonlySet<InputName> = new Set<InputName>([
  'registry-username',
  'registry-password',
  'imagecustomizer-registry-username',
  'imagecustomizer-registry-password',
  'github-token',
]);

/** The typed accessors over the raw getter; each error names its input. */
class Reader {
  constructor(
    private readonly get: InputGetter,
    private readonly ctx: InputContext,
  ) {}

  raw(name: InputName): string {
    const value = this.get(name).trim();
    if (value.length > MAX_LENGTH) throw new InputError(name, `is ${value.length} characters long; at most ${MAX_LENGTH} are accepted.`);
    // C0 but tab and line ends (multi-line inputs have them; each input checks its own lines), DEL, C1, Unicode line separators.
    // eslint-disable-next-line no-control-regex
    if (/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u2028\u2029]/.test(value))
      throw new InputError(name, 'contains control characters (C0, DEL or C1); remove them.');
    // A bidirectional override makes a value read as another one (a name shown backwards); a credential may hold anything.
    if (!CREDENTIALS.has(name) && BIDI_CONTROL.test(value))
      throw new InputError(
        name,
        'contains a bidirectional control character (U+202A to U+202E, U+2066 to U+2069), which makes it read as another value; remove it.',
      );
    return value;
  }

  /** A one-line value: a newline here is always a mistake (or an injection attempt). */
  single(name: InputName): string {
    const value = this.raw(name);
    if (/[\r\n]/.test(value)) throw new InputError(name, 'must be a single line; it contains a newline.');
    return value;
  }

  path(name: InputName): string | undefined {
    const value = this.single(name);
    if (!value) return undefined;
    return path.resolve(this.ctx.workspace, value);
  }

  /** An absolute path on the ISO media. */
  isoPath(name: InputName): string {
    const value = this.single(name);
    if (!value.startsWith('/')) throw new InputError(name, `must be an absolute path on the ISO, such as /images/azure-linux.cosi; got '${value}'.`);
    if (value.split('/').some((part) => part === '..' || part === '.'))
      throw new InputError(name, `must not contain '.' or '..' components; got '${value}'.`);
    if (value.endsWith('/')) throw new InputError(name, `must name a file, not a directory; got '${value}'.`);
    if (!/^[A-Za-z0-9_./+-]+$/.test(value)) throw new InputError(name, `may hold only letters, digits and _ . / + -; got '${value}'.`);
    return value;
  }

  oneOf<T extends string>(name: InputName, allowed: readonly T[]): T {
    const value = this.single(name);
    const found = allowed.find((a) => a === value);
    if (found === undefined) throw new InputError(name, `must be one of ${allowed.join(', ')}; got '${value}'.`);
    return found;
  }

  matching(name: InputName, pattern: RegExp, what: string): string {
    const value = this.single(name);
    if (!pattern.test(value)) throw new InputError(name, `must be ${what}; got '${value}'.`);
    return value;
  }

  optional(name: InputName, pattern: RegExp, what: string): string | undefined {
    return this.single(name) === '' ? undefined : this.matching(name, pattern, what);
  }

  imageRef(name: InputName): string {
    const value = this.single(name);
    if (!value) throw new InputError(name, 'is empty; give an image reference such as registry/repository:tag.');
    if (!isImageRef(value)) throw new InputError(name, `is not a valid image reference (registry/repository[:tag][@sha256:digest]); got '${value}'.`);
    return value;
  }

  bool(name: InputName): boolean {
    const value = this.single(name).toLowerCase();
    if (value === 'true') return true;
    if (value === 'false') return false;
    throw new InputError(name, `must be true or false; got '${value}'.`);
  }

  /** A regular expression (empty: the default); `compiled` turns it into what is compiled (the login pattern's {hostname}). */
  pattern(name: InputName, fallback: string, compiled: (p: string) => string = (p) => p): string {
    const value = this.single(name) || fallback;
    const regex = compilePattern(compiled(value));
    if ('problem' in regex) throw new InputError(name, `is not a valid regular expression (JavaScript syntax): ${regex.problem}.`);
    return value;
  }

  integer(name: InputName, min: number, max: number): number | undefined {
    const value = this.single(name);
    if (!value) return undefined;
    if (!/^\d+$/.test(value) || Number(value) < min || Number(value) > max) {
      throw new InputError(name, `must be a whole number from ${min} to ${max}; got '${value}'.`);
    }
    return Number(value);
  }

  /** Names separated by newlines, commas or spaces; duplicates dropped. */
  list(name: InputName, pattern: RegExp, what: string): string[] {
    const items = this.raw(name)
      .split(/[\s,]+/)
      .filter(Boolean);
    for (const item of items) {
      if (!pattern.test(item)) throw new InputError(name, `holds '${item}', which is not valid; list ${what}, one a line.`);
    }
    return [...new Set(items)];
  }

  words(name: InputName, pattern: RegExp): string[] {
    const words = this.single(name).split(/\s+/).filter(Boolean);
    for (const word of words) {
      if (!pattern.test(word)) throw new InputError(name, `holds '${word}': kernel arguments may use letters, digits and _ . , : = / + @ % - only.`);
    }
    return words;
  }

  extraConfig(name: InputName): ExtraConfig | undefined {
    const value = this.raw(name);
    if (!value) return undefined;
    // A one-line value ending in .yaml/.yml is a file path; anything else is inline YAML.
    if (!value.includes('\n') && /\.ya?ml$/i.test(value)) return { kind: 'file', path: path.resolve(this.ctx.workspace, value) };
    return { kind: 'inline', text: value };
  }

  credentials(userInput: InputName, passwordInput: InputName): Credentials | undefined {
    const username = this.single(userInput);
    const password = this.single(passwordInput);
    if (Boolean(username) !== Boolean(password)) {
      throw new InputError(username ? passwordInput : userInput, `${userInput} and ${passwordInput} go together: give both or neither.`);
    }
    return username ? { username, password } : undefined;
  }
}
