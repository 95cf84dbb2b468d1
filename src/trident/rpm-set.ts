// Trident's RPMs as a set: each file with what its header says (never its
// file name), and the set checked on its own, before any config is looked
// at: no source packages, the right architecture, one build of each package,
// and Trident's packages all of one version-release. Pure.
import path from 'node:path';
import { PLATFORMS, type Platform } from '../context/platform.js';
import type { RpmHeader } from './rpm-header.js';

/** An RPM file and its header. */
export interface RpmFile extends RpmHeader {
  file: string;
}

export interface RpmSet {
  /** The flat directory that is mounted as --rpm-source, or undefined for the distro's packages. */
  dir?: string;
  packages: RpmFile[];
  /** [epoch:]version-release of the `trident` package, or '' when none was given. */
  tridentVersion: string;
}

/** [epoch:]version-release, as rpm prints it. */
export function evrOf(rpm: Pick<RpmHeader, 'epoch' | 'version' | 'release'>): string {
  return `${rpm.epoch ? `${rpm.epoch}:` : ''}${rpm.version}-${rpm.release}`;
}

/** name-[epoch:]version-release.arch, what the header says the file is. */
export function describeRpm(rpm: RpmFile): string {
  return `${rpm.name}-${evrOf(rpm)}.${rpm.arch}`;
}

/** The problems of the set itself, as sentences; empty when all is well. */
export function checkRpmSet(packages: readonly RpmFile[], platform: Platform): string[] {
  const problems: string[] = [];
  const source = packages.filter((p) => p.sourceRpm === undefined);
  if (source.length > 0) {
    problems.push(
      `${source.map((p) => path.basename(p.file)).join(', ')} ${source.length > 1 ? 'are source packages' : 'is a source package'} (its header names no source RPM); give the binary RPMs.`,
    );
  }
  const rpmArch = PLATFORMS[platform].rpm;
  const wrongArch = packages.filter((p) => p.sourceRpm !== undefined && p.arch !== 'noarch' && p.arch !== rpmArch);
  if (wrongArch.length > 0) {
    problems.push(
      `platform is ${platform} (${rpmArch}) but these RPMs are built for another architecture: ${wrongArch.map((p) => `${path.basename(p.file)} (${p.arch})`).join(', ')}.`,
    );
  }
  const byName = new Map<string, RpmFile[]>();
  for (const p of packages) byName.set(p.name, [...(byName.get(p.name) ?? []), p]);
  for (const [name, same] of byName) {
    if (same.length > 1)
      problems.push(
        `more than one ${name} RPM was found: ${same.map((p) => `${path.basename(p.file)} (${describeRpm(p)})`).join(', ')}; give one build.`,
      );
  }
  const trident = byName.get('trident')?.[0];
  if (trident) {
    const mixed = packages.filter((p) => p.name.startsWith('trident-') && evrOf(p) !== evrOf(trident));
    if (mixed.length > 0) {
      problems.push(
        `trident is ${evrOf(trident)} but ${mixed.map((p) => `${p.name} is ${evrOf(p)}`).join(', ')}; Trident's packages require each other at the same version-release: give one build.`,
      );
    }
  }
  return problems;
}

/** [epoch:]version-release of the trident package, from its header; '' without one. */
export function tridentVersionOf(packages: readonly RpmFile[]): string {
  const trident = packages.find((p) => p.name === 'trident');
  return trident ? evrOf(trident) : '';
}
