// The oras releases whose asset checksums are pinned (from each release's
// checksums file, as collected by oras-project/setup-oras). A download is
// trusted only when its SHA-256 matches this table or the oras-checksum input.
import releases from '../data/oras-releases.json' with { type: 'json' };

interface Asset {
  checksum: string;
  url: string;
}
type ReleaseTable = Record<string, Record<string, Record<string, Asset>>>;

const TABLE: ReleaseTable = releases;

export const ORAS_VERSIONS: readonly string[] = Object.keys(TABLE);

/** oras's names for the runner's OS and architecture. */
export function orasPlatform(nodePlatform: NodeJS.Platform, nodeArch: string): { os: string; arch: string } {
  const os = nodePlatform === 'win32' ? 'windows' : nodePlatform;
  const arch = { x64: 'amd64', arm64: 'arm64', arm: 'armv7', s390x: 's390x', ppc64: 'ppc64le', riscv64: 'riscv64' }[nodeArch] ?? nodeArch;
  return { os, arch };
}

/** The pinned asset for a version, OS and arch, or undefined when oras publishes none. */
export function pinnedAsset(version: string, os: string, arch: string): Asset | undefined {
  return TABLE[version]?.[os]?.[arch];
}
