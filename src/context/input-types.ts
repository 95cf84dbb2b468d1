// The vocabulary of the action's inputs and outputs: every name action.yml
// declares, each enumeration as a const list with the type made from it, and
// the typed Inputs that readInputs (inputs.ts) turns the raw values into.
import type { Platform } from './platform.js';

/** Every input of action.yml, in its order (test/meta checks they match). */
export const INPUT_NAMES = [
  'host-config',
  'cosi',
  'cosi-destination',
  'host-config-image',
  'trident-rpms',
  'trident-source',
  'base-image',
  'base-image-file',
  'platform',
  'oras-version',
  'oras-url',
  'oras-checksum',
  'imagecustomizer-image',
  'imagecustomizer-version',
  'config',
  'extra-config',
  'hostname',
  'packages',
  'services',
  'kernel-command-line',
  'selinux-mode',
  'output',
  'upload',
  'archive',
  'artifact-name',
  'overwrite',
  'retention-days',
  'verify',
  'verify-timeout',
  'verify-boot-pattern',
  'verify-login-pattern',
  'verify-failure-pattern',
  'verify-memory',
  'verify-cpus',
  'verify-disk-size',
  'verify-accelerator',
  'verify-disk-dir',
  'container-engine',
  'log-level',
  'validate-only',
  'cache',
  'registry-username',
  'registry-password',
  'imagecustomizer-registry-username',
  'imagecustomizer-registry-password',
] as const;
export type InputName = (typeof INPUT_NAMES)[number];

/** Every output of action.yml, in its order. */
export const OUTPUT_NAMES = [
  'iso-path',
  'iso-sha256',
  'iso-size',
  'config-path',
  'host-config-path',
  'base-image-digest',
  'trident-version',
  'artifact-id',
  'artifact-url',
  'artifact-digest',
  'verify-result',
  'verify-boot-seconds',
  'verify-install-seconds',
  'verify-first-boot-seconds',
  'verify-serial-log',
  'verify-disks',
] as const;
export type OutputName = (typeof OUTPUT_NAMES)[number];
export type Outputs = Record<OutputName, string>;

export const CONTAINER_ENGINES = ['docker', 'podman'] as const;
export type ContainerEngine = (typeof CONTAINER_ENGINES)[number];

/** Image Customizer's os.selinux.mode values. */
export const SELINUX_MODES = ['disabled', 'permissive', 'enforcing', 'force-enforcing'] as const;
export type SelinuxMode = (typeof SELINUX_MODES)[number];

/** Image Customizer's --log-level values. */
export const LOG_LEVELS = ['panic', 'fatal', 'error', 'warn', 'info', 'debug', 'trace'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/** host-config-image: write a copy pointing at the COSI (auto), or require the file to match already (keep). */
export const HOST_CONFIG_IMAGE_MODES = ['auto', 'keep'] as const;
export type HostConfigImage = (typeof HOST_CONFIG_IMAGE_MODES)[number];

/** verify: how far the ISO is proven in a VM. */
export const VERIFY_MODES = ['none', 'boot', 'install'] as const;
export type VerifyMode = Exclude<(typeof VERIFY_MODES)[number], 'none'>;

/** verify-accelerator: KVM when /dev/kvm works (auto), or one of them. */
export const VERIFY_ACCELERATORS = ['auto', 'kvm', 'tcg'] as const;
export type VerifyAccelerator = (typeof VERIFY_ACCELERATORS)[number];

/** The verification of the ISO in a VM (verify is not none). */
export interface VerifyOptions {
  mode: VerifyMode;
  /** For all phases together. */
  timeoutSeconds: number;
  /** Regular expressions on the serial console's clean lines. */
  bootPattern: string;
  /** May hold {hostname}. */
  loginPattern: string;
  failurePattern: string;
  memoryMiB: number;
  cpus: number;
  /** Every disk's size (verify-disk-size); undefined: each from its partitions. */
  diskBytes?: number;
  accelerator: VerifyAccelerator;
  /** Where the installed disks are kept after a passed install (verify-disk-dir). */
  diskDir?: string;
}

/** Disk image files a base image may be, by extension. */
export const BASE_IMAGE_EXTENSIONS = ['.vhdx', '.vhd', '.qcow2', '.raw', '.img'] as const;

/** Where the Trident RPMs come from. */
export type RpmSource = { kind: 'build'; checkout: string } | { kind: 'prebuilt'; path: string } | { kind: 'distro' };

/** Where the base image comes from. */
export type BaseImageSource = { kind: 'oci'; ref: string } | { kind: 'file'; path: string };

/** Inline YAML (parsed with the file inputs, by the check stage: reading the inputs needs no YAML parser), or a file. */
export type ExtraConfig = { kind: 'inline'; text: string } | { kind: 'file'; path: string };

export interface Credentials {
  username: string;
  password: string;
}

export interface OrasSpec {
  version: string;
  /** Mirror URL and its SHA-256: both or neither. */
  url?: string;
  checksum?: string;
}

/** Every action input, read once, checked and typed. Paths are absolute. */
export interface Inputs {
  hostConfig?: string;
  cosi?: string;
  cosiDestination: string;
  hostConfigImage: HostConfigImage;
  rpms: RpmSource;
  baseImage: BaseImageSource;
  platform: Platform;
  oras: OrasSpec;
  imageCustomizerImage: string;
  /** From the image tag or the imagecustomizer-version input; undefined when neither says. */
  imageCustomizerVersion?: string;
  /** A complete user config used instead of the generated one. */
  config?: string;
  /** Merged over the generated config: inline YAML (parsed) or a file read by the checks. */
  extraConfig?: ExtraConfig;
  hostname: string;
  packages: string[];
  services: string[];
  kernelCommandLine: string[];
  selinuxMode: SelinuxMode;
  output: string;
  upload: boolean;
  archive: boolean;
  /** Given, or one per platform made from `output`: legs of a matrix over platforms do not collide. */
  artifactName: string;
  /** Replace an artifact of the same name on the workflow run (deleted before the upload). */
  overwrite: boolean;
  retentionDays?: number;
  /** Undefined when verify is none. */
  verify?: VerifyOptions;
  containerEngine: ContainerEngine;
  logLevel: LogLevel;
  validateOnly: boolean;
  cache: boolean;
  registryCredentials?: Credentials;
  imageCustomizerCredentials?: Credentials;
}

/** A kernel argument (kernel-command-line, extra-config's extraCommandLine): it ends up in grub.cfg, so what kernel parameters use and no quoting or expansion characters. */
export const KERNEL_ARG = /^[A-Za-z0-9_.,:=/+@%-]+$/;
