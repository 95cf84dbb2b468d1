// The two architectures the action builds for, with every spelling of each
// in one table (as mkosi's Architecture does): the OCI platform users write,
// Node's process.arch on a runner that can build it (no cross builds), the RPM
// arch, the COSI metadata's osArch (uname -m and the aliases the COSI schema
// allows), the arch of oras's release assets, the runner to suggest, and the
// form used in cache keys.

export const PLATFORM_NAMES = ['linux/amd64', 'linux/arm64'] as const;
export type Platform = (typeof PLATFORM_NAMES)[number];

export interface Spellings {
  /** process.arch of a runner that builds for it. */
  node: string;
  /** The arch of RPM file names (name-version-release.<arch>.rpm). */
  rpm: string;
  /** COSI metadata.json osArch values, lower-cased. */
  cosi: readonly string[];
  /** oras release assets: oras_<version>_linux_<arch>.tar.gz. */
  oras: string;
  /** How to say which runner builds it. */
  runner: string;
  /** In cache keys, where '/' is not wanted. */
  key: string;
}

export const PLATFORMS: Readonly<Record<Platform, Spellings>> = {
  'linux/amd64': { node: 'x64', rpm: 'x86_64', cosi: ['x86_64', 'x64', 'amd64'], oras: 'amd64', runner: 'an x64 runner', key: 'linux-amd64' },
  'linux/arm64': {
    node: 'arm64',
    rpm: 'aarch64',
    cosi: ['aarch64', 'arm64'],
    oras: 'arm64',
    runner: 'an arm64 runner (e.g. ubuntu-24.04-arm)',
    key: 'linux-arm64',
  },
};

function find(match: (s: Spellings) => boolean): Platform | undefined {
  return PLATFORM_NAMES.find((p) => match(PLATFORMS[p]));
}

/** The platform a runner of this process.arch builds for. */
export function platformOfNodeArch(arch: string): Platform | undefined {
  return find((s) => s.node === arch);
}

/** The platform a COSI's osArch names. */
export function platformOfCosiArch(osArch: string): Platform | undefined {
  return find((s) => s.cosi.includes(osArch.toLowerCase()));
}

/** The runner can build only for its own architecture: why not, or undefined when it can. */
export function platformMismatch(platform: Platform, nodeArch: string): string | undefined {
  const host = platformOfNodeArch(nodeArch);
  if (host === platform) return undefined;
  return `platform is ${platform} but this runner is ${host ?? nodeArch}; Image Customizer cannot build for another architecture. Use ${PLATFORMS[platform].runner} or set platform: ${host ?? 'linux/amd64'}.`;
}
