// Where Trident's RPMs come from: built from a checkout with
// `make bin/trident-rpms.tar.gz` (or restored from the cache for the same clean
// commit), or taken prebuilt from a folder or tarball; each file's header is
// read (what it is comes from there, not from its name); then they are
// gathered flat into one folder (x86_64 and noarch together). The user's
// files are copied, never moved: Image Customizer writes repodata into the
// folder it is given.
import { constants as fsConstants } from 'node:fs';
import path from 'node:path';
import type { RpmSource } from '../context/input-types.js';
import type { Exec } from '../tools/exec.js';
import { readRpmHeader, RpmHeaderError } from './rpm-header.js';
import { describeRpm, tridentVersionOf, type RpmFile, type RpmSet } from './rpm-set.js';

/** node:fs/promises, loaded when this module first touches a file: validate-only loads this module and never does. */
const fs = () => process.getBuiltinModule('node:fs/promises');

/** The RPMs given cannot be used as they are (two files of one name, none at all). */
export class RpmSourceError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RpmSourceError';
  }
}

/** More than this many .rpm files is not a set of Trident's RPMs (and would only cost time to read). */
export const MAX_RPMS = 1000;

/** Every .rpm below dir (source RPMs by name excluded; the header tells the renamed ones), sorted by path. */
export async function findRpms(dir: string): Promise<string[]> {
  const found: string[] = [];
  const entries = await fs().readdir(dir, { recursive: true, withFileTypes: true });
  for (const entry of entries) {
    if (!entry.name.endsWith('.rpm') || entry.name.endsWith('.src.rpm') || entry.isDirectory()) continue;
    const file = path.join(entry.parentPath, entry.name);
    // A link to an RPM counts as the RPM; anything else by that name (a pipe, a device, a dangling link) would be
    // read as one or skipped unseen: it is named instead.
    const regular =
      entry.isFile() ||
      (entry.isSymbolicLink() &&
        (
          await fs()
            .stat(file)
            .catch(() => undefined)
        )?.isFile() === true);
    if (!regular)
      throw new RpmSourceError(`${file} is named like an RPM but is not a regular file (nor a link to one); remove it or put the RPM there.`);
    found.push(file);
    if (found.length > MAX_RPMS) throw new RpmSourceError(`${dir} holds more than ${MAX_RPMS} .rpm files; give the folder of Trident's RPMs.`);
  }
  return found.sort();
}

/** The header of every file; a file that is not an RPM is an error naming it. */
export async function readRpms(files: readonly string[]): Promise<RpmFile[]> {
  const packages: RpmFile[] = [];
  for (const file of files) {
    const header = await readRpmHeader(file).catch((error: unknown) => {
      if (error instanceof RpmHeaderError) throw new RpmSourceError(`${file} is not a usable RPM: ${error.message}.`);
      throw error;
    });
    packages.push({ file, ...header });
  }
  return packages;
}

/** Copies the RPMs flat into target; two different files with one name are an error. */
export async function gatherRpms(packages: readonly RpmFile[], target: string): Promise<RpmFile[]> {
  await fs().mkdir(target, { recursive: true });
  const byName = new Map<string, string>();
  const gathered: RpmFile[] = [];
  for (const rpm of packages) {
    const base = path.basename(rpm.file);
    const earlier = byName.get(base);
    if (earlier) throw new RpmSourceError(`two RPMs are named ${base} (${earlier} and ${rpm.file}); keep one.`);
    byName.set(base, rpm.file);
    const dest = path.join(target, base);
    // Clone where the filesystem can (instant), copy otherwise.
    await fs().copyFile(rpm.file, dest, fsConstants.COPYFILE_FICLONE);
    gathered.push({ ...rpm, file: dest });
  }
  return gathered;
}

/** RPMs built from a checkout are cached by its commit (tools/cache.ts). */
export interface RpmCache {
  /** A folder whose path is the same in every run (the cache is keyed by paths too). */
  dir: string;
  key(commit: string): string;
  restore(dir: string, key: string): Promise<boolean>;
  /** Whether the cache holds key, without downloading it (false when it cannot say). */
  lookup(dir: string, key: string): Promise<boolean>;
  save(dir: string, key: string): Promise<void>;
  /** Called once make has started, when its RPMs will be saved: what the save needs can load meanwhile. */
  prepareSave?(): void;
}

/** What the cache knows of a checkout's RPMs: its clean commit and key, and (when asked ahead) whether they are cached. */
export interface RpmCacheAnswer {
  commit?: string;
  /** Why there is no commit (dirty, not a git checkout), or 'clean'. */
  reason: string;
  key?: string;
  /** Known only when asked ahead (askRpmCache with lookup); undefined: restore() decides. */
  cached?: boolean;
}

export interface GetRpmsOptions {
  exec: Exec;
  /** The empty directory the RPMs are gathered into; without one they are only read. */
  target?: string;
  /** Scratch space for unpacking a tarball. */
  scratch: string;
  onLine: (line: string) => void;
  signal?: AbortSignal;
  cache?: RpmCache;
  /** The cache's answer for the checkout, asked ahead (askRpmCache) while other work ran. */
  cacheAnswer?: Promise<RpmCacheAnswer>;
}

async function unpack(exec: Exec, tarball: string, dir: string): Promise<string[]> {
  await fs().mkdir(dir, { recursive: true });
  await exec.runChecked(['tar', '-xzf', tarball, '-C', dir]);
  return findRpms(dir);
}

/** The checkout's commit when its tree is clean; undefined when dirty or not a git checkout. */
export async function cleanCommit(exec: Exec, checkout: string): Promise<{ commit?: string; reason: string }> {
  // Both at once: each is a process start, and this is on the way to make.
  const [head, status] = await Promise.all([
    exec.run(['git', '-C', checkout, 'rev-parse', '--verify', 'HEAD'], { captureStdout: true }).catch(() => undefined),
    // --no-optional-locks: status does not refresh (write) the index of the user's checkout.
    exec.run(['git', '--no-optional-locks', '-C', checkout, 'status', '--porcelain'], { captureStdout: true }).catch(() => undefined),
  ]);
  if (head?.exitCode !== 0) return { reason: 'not a git checkout' };
  if (status?.exitCode !== 0 || status.stdout.trim() !== '') return { reason: 'the checkout has uncommitted changes' };
  return { commit: head.stdout.trim(), reason: 'clean' };
}

/**
 * The checkout's clean commit and its cache key; with lookup, also whether the
 * cache holds its RPMs (asked without downloading). Starts no process but git.
 */
export async function askRpmCache(exec: Exec, checkout: string, cache: RpmCache, lookup = false): Promise<RpmCacheAnswer> {
  const { commit, reason } = await cleanCommit(exec, checkout);
  if (!commit) return { reason };
  const key = cache.key(commit);
  const cached = lookup ? await cache.lookup(cache.dir, key) : undefined;
  return { commit, reason, key, ...(cached === undefined ? {} : { cached }) };
}

/** make bin/trident-rpms.tar.gz, or the RPMs cached for the same clean commit. */
async function build(checkout: string, o: GetRpmsOptions): Promise<string[]> {
  const answer: RpmCacheAnswer = o.cache ? await (o.cacheAnswer ?? askRpmCache(o.exec, checkout, o.cache)) : { reason: 'cache is off' };
  const { commit, key } = answer;
  // The cache's folder is emptied before RPMs go into it; on a miss known ahead, while make runs, so that
  // make starts in the stage's first step, before the other stages' work takes this thread.
  let emptied: Promise<void> | undefined;
  if (o.cache && key) {
    emptied = fs().rm(o.cache.dir, { recursive: true, force: true });
    // A miss known ahead: make starts at once, without asking the cache again.
    if (answer.cached === false) {
      o.onLine(`Cache miss: ${key}`);
      // Handled at once: a make that fails leaves it unread.
      emptied.catch(() => undefined);
    } else {
      await emptied;
      if (await o.cache.restore(o.cache.dir, key)) {
        o.onLine(`RPMs of commit ${commit} restored from the cache: make is not run.`);
        return findRpms(o.cache.dir);
      }
    }
  } else if (o.cache) {
    o.onLine(`RPMs are not cached: ${answer.reason}.`);
  }
  o.onLine(`Building Trident RPMs: make bin/trident-rpms.tar.gz in ${checkout}`);
  const making = o.exec.runChecked(['make', 'bin/trident-rpms.tar.gz'], {
    cwd: checkout,
    onLine: o.onLine,
    ...(o.signal ? { signal: o.signal } : {}),
  });
  if (o.cache && key) o.cache.prepareSave?.();
  await making;
  const tarball = path.join(checkout, 'bin', 'trident-rpms.tar.gz');
  if (o.cache && key) {
    await emptied;
    const files = await unpack(o.exec, tarball, o.cache.dir);
    await o.cache.save(o.cache.dir, key);
    return files;
  }
  return unpack(o.exec, tarball, path.join(o.scratch, 'rpms-unpacked'));
}

/**
 * Gets the RPMs the source names and reads their headers; with a target,
 * gathers them flat into it (without one, as validate-only does, they are
 * read where they are). Throws RpmSourceError when they cannot be used.
 */
export async function getRpms(source: Exclude<RpmSource, { kind: 'distro' }>, o: GetRpmsOptions): Promise<RpmSet> {
  let files: string[];
  if (source.kind === 'build') {
    files = await build(source.checkout, o);
  } else {
    const info = await fs().stat(source.path);
    files = info.isDirectory() ? await findRpms(source.path) : await unpack(o.exec, source.path, path.join(o.scratch, 'rpms-unpacked'));
  }
  if (files.length === 0) throw new RpmSourceError(`no .rpm files were found in ${source.kind === 'build' ? source.checkout : source.path}.`);
  const read = await readRpms(files);
  const packages = o.target ? await gatherRpms(read, o.target) : read;
  for (const p of packages) o.onLine(`  ${path.basename(p.file)}: ${describeRpm(p)}`);
  return { ...(o.target ? { dir: o.target } : {}), packages, tridentVersion: tridentVersionOf(packages) };
}
