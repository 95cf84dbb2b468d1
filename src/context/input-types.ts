// The data that flows through the action: inputs → plan → stage results → outputs.

export type Platform = 'linux/amd64' | 'linux/arm64';
export type ContainerEngine = 'docker' | 'podman';
/** Image Customizer's os.selinux.mode values. */
export const SELINUX_MODES = ['disabled', 'permissive', 'enforcing', 'force-enforcing'] as const;
export type SelinuxMode = (typeof SELINUX_MODES)[number];
export type LogLevel = 'panic' | 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace';
export type HostConfigImage = 'auto' | 'keep';

/** Where the Trident RPMs come from. */
export type RpmSource = { kind: 'build'; checkout: string } | { kind: 'prebuilt'; path: string } | { kind: 'distro' };

/** Where the base image comes from. */
export type BaseImageSource = { kind: 'oci'; ref: string } | { kind: 'file'; path: string };

export type ExtraConfig = { kind: 'inline'; value: Record<string, unknown> } | { kind: 'file'; path: string };

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
  /** Merged over the generated config: inline YAML (parsed) or a file read in preflight. */
  extraConfig?: ExtraConfig;
  hostname: string;
  packages: string[];
  services: string[];
  kernelCommandLine: string[];
  selinuxMode: SelinuxMode;
  output: string;
  upload: boolean;
  archive: boolean;
  artifactName: string;
  retentionDays?: number;
  containerEngine: ContainerEngine;
  logLevel: LogLevel;
  validateOnly: boolean;
  cache: boolean;
  registryCredentials?: Credentials;
  imageCustomizerCredentials?: Credentials;
}

/** Outputs of the action, as set on the step. */
export interface Outputs {
  'iso-path': string;
  'iso-sha256': string;
  'iso-size': string;
  'config-path': string;
  'host-config-path': string;
  'base-image-digest': string;
  'trident-version': string;
  'artifact-id': string;
  'artifact-url': string;
  'artifact-digest': string;
}
