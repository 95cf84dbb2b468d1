// Trident's RPMs: built from a checkout, or taken prebuilt from a directory or
// tarball, and gathered flat into one directory (x86_64 and noarch together:
// trident needs trident-selinux at the very same version, which is noarch).
// The user's files are copied, never moved: Image Customizer writes repodata
// into the directory it is given.
import { constants as fsConstants } from 'node:fs';
import { copyFile, mkdir, readdir, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import * as tc from '@actions/tool-cache';
import { run, runChecked } from '../tools/exec.js';
import type { Platform, RpmSource } from '../context/input-types.js';

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

/** Splits `name-version-release.arch.rpm`; undefined when it is not shaped so. Pure. */
export function parseRpmFileName(file: string): RpmFile | undefined {
  const match = /^(.+)-([^-]+)-([^-]+)\.([^.]+)\.rpm$/.exec(path.basename(file));
  if (!match) return undefined;
  const [, name = '', version = '', release = '', arch = ''] = match;
  return { file, name, version, release, arch };
}

const RPM_ARCH: Record<Platform, string> = { 'linux/amd64': 'x86_64', 'linux/arm64': 'aarch64' };

/**
 * Checks the gathered RPMs against what the config installs and the target
 * platform. Returns the problems as sentences; empty when all is well. Pure.
 */
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
  const wrongArch = packages.filter((p) => p.arch !== 'noarch' && p.arch !== RPM_ARCH[platform]);
  if (wrongArch.length > 0) {
    problems.push(
      `platform is ${platform} (${RPM_ARCH[platform]}) but these RPMs are built for another architecture: ${wrongArch.map((p) => path.basename(p.file)).join(', ')}.`,
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

/** Every .rpm below dir (source RPMs excluded), sorted by path. */
export async function findRpms(dir: string): Promise<string[]> {
  const found: string[] = [];
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  for (const entry of entries) {
    if (entry.isFile() && entry.name.endsWith('.rpm') && !entry.name.endsWith('.src.rpm')) {
      found.push(path.join(entry.parentPath, entry.name));
    }
  }
  return found.sort();
}

/** Copies the RPMs flat into target; two different files with one name are an error. */
async function gather(files: readonly string[], target: string, input: string): Promise<RpmFile[]> {
  await mkdir(target, { recursive: true });
  const byName = new Map<string, string>();
  const packages: RpmFile[] = [];
  for (const file of files) {
    const base = path.basename(file);
    const earlier = byName.get(base);
    if (earlier) throw new Error(`Input '${input}': two RPMs are named ${base} (${earlier} and ${file}); keep one.`);
    byName.set(base, file);
    const dest = path.join(target, base);
    // Clone where the filesystem can (instant), copy otherwise.
    await copyFile(file, dest, fsConstants.COPYFILE_FICLONE);
    const parsed = parseRpmFileName(dest);
    if (parsed) packages.push(parsed);
  }
  return packages;
}

/** RPMs built from a checkout are cached by its commit (see cache.ts). */
export interface RpmCache {
  /** A folder whose path is the same in every run (the cache is keyed by paths too). */
  dir: string;
  key(commit: string): string;
  restore(dir: string, key: string): Promise<boolean>;
  save(dir: string, key: string): Promise<void>;
}

export interface GetRpmsOptions {
  /** The empty directory the RPMs are gathered into. */
  target: string;
  /** Scratch space for unpacking a tarball. */
  scratch: string;
  onLine: (line: string) => void;
  signal?: AbortSignal;
  cache?: RpmCache;
}

async function unpack(tarball: string, dir: string): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  await tc.extractTar(tarball, dir);
  return findRpms(dir);
}

/** The checkout's commit when its tree is clean; undefined when dirty or not a git checkout. */
export async function cleanCommit(checkout: string): Promise<{ commit?: string; reason: string }> {
  const head = await run(['git', '-C', checkout, 'rev-parse', '--verify', 'HEAD'], { captureStdout: true }).catch(() => undefined);
  if (!head || head.exitCode !== 0) return { reason: 'not a git checkout' };
  const status = await run(['git', '-C', checkout, 'status', '--porcelain'], { captureStdout: true });
  if (status.exitCode !== 0 || status.stdout.trim() !== '') return { reason: 'the checkout has uncommitted changes' };
  return { commit: head.stdout.trim(), reason: 'clean' };
}

/** make bin/trident-rpms.tar.gz, or the RPMs cached for the same clean commit. */
async function build(checkout: string, o: GetRpmsOptions): Promise<string[]> {
  const { commit, reason } = o.cache ? await cleanCommit(checkout) : { reason: 'cache is off' };
  const key = commit && o.cache ? o.cache.key(commit) : undefined;
  if (o.cache && key) {
    await rm(o.cache.dir, { recursive: true, force: true });
    if (await o.cache.restore(o.cache.dir, key)) {
      o.onLine(`RPMs of commit ${commit} restored from the cache: make is not run.`);
      return findRpms(o.cache.dir);
    }
  } else if (o.cache) {
    o.onLine(`RPMs are not cached: ${reason}.`);
  }
  o.onLine(`Building Trident RPMs: make bin/trident-rpms.tar.gz in ${checkout}`);
  await runChecked(['make', 'bin/trident-rpms.tar.gz'], { cwd: checkout, onLine: o.onLine, signal: o.signal });
  const tarball = path.join(checkout, 'bin', 'trident-rpms.tar.gz');
  if (o.cache && key) {
    const files = await unpack(tarball, o.cache.dir);
    await o.cache.save(o.cache.dir, key);
    return files;
  }
  return unpack(tarball, path.join(o.scratch, 'rpms-unpacked'));
}

/** Gets the RPMs the source names into o.target. */
export async function getRpms(source: RpmSource, o: GetRpmsOptions): Promise<RpmSet> {
  if (source.kind === 'distro') {
    o.onLine('No trident-rpms or trident-source given: Trident is installed from the Azure Linux package repositories.');
    return { packages: [], tridentVersion: '' };
  }
  let files: string[];
  let input: string;
  if (source.kind === 'build') {
    input = 'trident-source';
    files = await build(source.checkout, o);
  } else {
    input = 'trident-rpms';
    const info = await stat(source.path);
    files = info.isDirectory() ? await findRpms(source.path) : await unpack(source.path, path.join(o.scratch, 'rpms-unpacked'));
  }
  if (files.length === 0)
    throw new Error(`Input '${input}': no .rpm files were found in ${source.kind === 'build' ? source.checkout : source.path}.`);
  const packages = await gather(files, o.target, input);
  for (const p of packages) o.onLine(`  ${path.basename(p.file)}`);
  return { dir: o.target, packages, tridentVersion: tridentVersionOf(packages) };
}
