// Trident's RPMs as a set of files: their names read, and the set checked
// against what the config installs and the target platform (trident needs
// trident-selinux at the very same version, which is noarch). Pure.
import path from 'node:path';
import { PLATFORMS, type Platform } from '../context/platform.js';

export interface RpmFile {
  file: string;
  name: string;
  version: string;
  release: string;
  arch: string;
}

export interface RpmSet {
  /** The flat directory that is mounted as --rpm-source, or undefined for the distro's packages. */
  dir?: string;
  packages: RpmFile[];
  /** version-release of the `trident` package, or '' when none was given. */
  tridentVersion: string;
}

/** Splits `name-version-release.arch.rpm`; undefined when it is not shaped so. */
export function parseRpmFileName(file: string): RpmFile | undefined {
  const match = /^(.+)-([^-]+)-([^-]+)\.([^.]+)\.rpm$/.exec(path.basename(file));
  if (!match) return undefined;
  const [, name = '', version = '', release = '', arch = ''] = match;
  return { file, name, version, release, arch };
}

/** The problems of the gathered RPMs for what the config installs and the platform, as sentences; empty when all is well. */
export function checkRpms(packages: readonly RpmFile[], required: readonly string[], platform: Platform): string[] {
  const problems: string[] = [];
  const names = new Set(packages.map((p) => p.name));
  const missing = required.filter((name) => !names.has(name));
  if (missing.length > 0) {
    problems.push(
      `the RPMs lack ${missing.join(', ')}, which the ISO installs (found: ${[...names].sort().join(', ') || 'none'}). ` +
        'Give every RPM that `make bin/trident-rpms.tar.gz` builds, x86_64/aarch64 and noarch alike.',
    );
  }
  const rpmArch = PLATFORMS[platform].rpm;
  const wrongArch = packages.filter((p) => p.arch !== 'noarch' && p.arch !== rpmArch);
  if (wrongArch.length > 0) {
    problems.push(
      `platform is ${platform} (${rpmArch}) but these RPMs are built for another architecture: ${wrongArch.map((p) => path.basename(p.file)).join(', ')}.`,
    );
  }
  const trident = packages.filter((p) => p.name === 'trident');
  const selinux = packages.find((p) => p.name === 'trident-selinux');
  const first = trident[0];
  if (first && selinux && `${first.version}-${first.release}` !== `${selinux.version}-${selinux.release}`) {
    problems.push(
      `trident is ${first.version}-${first.release} but trident-selinux is ${selinux.version}-${selinux.release}; trident requires the same version-release.`,
    );
  }
  if (trident.length > 1)
    problems.push(`more than one trident RPM was found: ${trident.map((p) => path.basename(p.file)).join(', ')}; give one build.`);
  return problems;
}

/** version-release of the trident package, from its file name. */
export function tridentVersionOf(packages: readonly RpmFile[]): string {
  const trident = packages.find((p) => p.name === 'trident');
  return trident ? `${trident.version}-${trident.release}` : '';
}
