// The oras releases whose asset checksums are pinned (from each release's
// checksums file, as collected by oras-project/setup-oras). A download is
// trusted only when its SHA-256 matches this table or the oras-checksum input.
import releases from '../data/oras-releases.json' with { type: 'json' };
import { PLATFORMS, platformOfNodeArch } from '../context/platform.js';

interface Asset {
  checksum: string;
  url: string;
}
type ReleaseTable = Record<string, Record<string, Record<string, Asset> | undefined> | undefined>;

const TABLE: ReleaseTable = releases;

/** oras's names for the runner's OS and architecture (the platform table's; Node's name for others). */
export function orasPlatform(nodePlatform: NodeJS.Platform, nodeArch: string): { os: string; arch: string } {
  const os = nodePlatform === 'win32' ? 'windows' : nodePlatform;
  const platform = platformOfNodeArch(nodeArch);
  return { os, arch: platform ? PLATFORMS[platform].oras : nodeArch };
}

/** The pinned asset for a version, OS and arch, or undefined when oras publishes none. */
export function pinnedAsset(version: string, os: string, arch: string): Asset | undefined {
  return TABLE[version]?.[os]?.[arch];
}
