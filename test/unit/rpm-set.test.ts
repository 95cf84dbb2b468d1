// The RPM set: files found, their headers read (never their names), gathered
// flat, and the set checked. Real RPMs built by rpmbuild (test/support/rpmbuild.cjs).
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { processes } from '../../src/tools/exec.js';
import { checkRpmSet, describeRpm, tridentVersionOf } from '../../src/trident/rpm-set.js';
import { askRpmCache, cleanCommit, findRpms, getRpms, readRpms, RpmSourceError, type RpmCache } from '../../src/trident/rpm-sources.js';
import { buildSourceRpm, cachedTridentRpms } from '../support/rpmbuild.cjs';

const exec = processes(process.env);

const V = '0.27.0-dev.2026080799.v95639188c.azl3';
const X86 = ['trident', 'trident-provisioning', 'trident-service', 'trident-install-service', 'trident-static-pcrlock-files', 'trident-acl-agent'];

/** A tree shaped like Trident's bin/RPMS, of real RPMs, plus a file that is not one. */
function rpmTree(root: string, options = {}): void {
  for (const file of cachedTridentRpms(options)) {
    const arch = path.basename(path.dirname(file));
    mkdirSync(path.join(root, 'RPMS', arch), { recursive: true });
    copyFileSync(file, path.join(root, 'RPMS', arch, path.basename(file)));
  }
  writeFileSync(path.join(root, 'RPMS', 'README'), 'not an rpm');
}

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(path.join(tmpdir(), 'rpms-test-'));
});

describe('findRpms and getRpms', () => {
  it('finds x86_64 and noarch RPMs recursively, reads their headers and gathers them flat, copies not moves', async () => {
    const src = path.join(tmp, 'dir-src');
    rpmTree(src);
    expect((await findRpms(src)).map((f) => path.basename(f))).toHaveLength(7);
    const target = path.join(tmp, 'dir-target');
    const lines: string[] = [];
    const set = await getRpms({ kind: 'prebuilt', path: src }, { exec, target, scratch: path.join(tmp, 'scratch1'), onLine: (l) => lines.push(l) });
    expect(readdirSync(target).sort()).toEqual(
      cachedTridentRpms()
        .map((f) => path.basename(f))
        .sort(),
    );
    expect(set.dir).toBe(target);
    expect(set.tridentVersion).toBe(V);
    expect(set.packages.map((p) => p.name).sort()).toEqual([...X86, 'trident-selinux'].sort());
    expect(set.packages.every((p) => p.file.startsWith(target))).toBe(true);
    expect(set.packages.find((p) => p.name === 'trident-selinux')).toMatchObject({
      arch: 'noarch',
      version: '0.27.0',
      release: V.slice('0.27.0-'.length),
    });
    expect(lines).toContain(`  trident-selinux-${V}.noarch.rpm: trident-selinux-${V}.noarch`);
    expect(readdirSync(path.join(src, 'RPMS', 'x86_64'))).toHaveLength(6); // the user's files are still there
    expect(checkRpmSet(set.packages, 'linux/amd64')).toEqual([]);
  });

  it('counts a link to an RPM as the RPM (a folder of links to the build output)', async () => {
    const src = path.join(tmp, 'dir-real');
    rpmTree(src);
    const links = path.join(tmp, 'dir-links');
    mkdirSync(links);
    for (const file of await findRpms(src)) symlinkSync(file, path.join(links, path.basename(file)));
    expect((await findRpms(links)).map((f) => path.basename(f))).toEqual((await findRpms(src)).map((f) => path.basename(f)).sort());
  });

  it('reads them where they are without a target (validate-only)', async () => {
    const src = path.join(tmp, 'in-place');
    rpmTree(src);
    const set = await getRpms({ kind: 'prebuilt', path: src }, { exec, scratch: path.join(tmp, 'scratch-ip'), onLine: () => undefined });
    expect(set.dir).toBeUndefined();
    expect(set.packages.every((p) => p.file.startsWith(src))).toBe(true);
    expect(set.tridentVersion).toBe(V);
  });

  it('judges a file by its header, not its name: a renamed subpackage is not taken for trident', async () => {
    const src = path.join(tmp, 'renamed');
    mkdirSync(src);
    const provisioning = cachedTridentRpms().find((f) => path.basename(f).startsWith('trident-provisioning-'))!;
    copyFileSync(provisioning, path.join(src, 'trident-1.0.0-1.azl3.x86_64.rpm'));
    const set = await getRpms(
      { kind: 'prebuilt', path: src },
      { exec, target: path.join(tmp, 'renamed-t'), scratch: path.join(tmp, 's-r'), onLine: () => undefined },
    );
    expect(set.packages.map(describeRpm)).toEqual([`trident-provisioning-${V}.x86_64`]);
    // No trident RPM, whatever a file is called: no version to report.
    expect(set.tridentVersion).toBe('');
  });

  it('refuses a file that is not an RPM, naming it', async () => {
    const src = path.join(tmp, 'fake');
    mkdirSync(src);
    writeFileSync(path.join(src, `trident-${V}.x86_64.rpm`), 'trident payload');
    const failure = getRpms(
      { kind: 'prebuilt', path: src },
      { exec, target: path.join(tmp, 'fake-t'), scratch: path.join(tmp, 's-f'), onLine: () => undefined },
    );
    await expect(failure).rejects.toThrow(RpmSourceError);
    await expect(failure).rejects.toThrow(
      new RegExp(`trident-${V.replaceAll('.', '\\.')}\\.x86_64\\.rpm is not a usable RPM: too short to be an RPM file`),
    );
  });

  it('unpacks a .tar.gz and gathers what it holds', async () => {
    const src = path.join(tmp, 'tar-src');
    rpmTree(src);
    const tarball = path.join(tmp, 'trident-rpms.tar.gz');
    execFileSync('tar', ['-czf', tarball, '-C', src, 'RPMS']);
    const target = path.join(tmp, 'tar-target');
    const set = await getRpms({ kind: 'prebuilt', path: tarball }, { exec, target, scratch: path.join(tmp, 'scratch2'), onLine: () => undefined });
    expect(set.packages.map((p) => p.name).sort()).toEqual([...X86, 'trident-selinux'].sort());
  });

  it('runs make bin/trident-rpms.tar.gz in a checkout and uses its tarball', async () => {
    const checkout = path.join(tmp, 'checkout');
    mkdirSync(checkout);
    rpmTree(path.join(checkout, 'stage'));
    writeFileSync(path.join(checkout, 'Makefile'), 'bin/trident-rpms.tar.gz:\n\tmkdir -p bin\n\ttar -czf $@ -C stage RPMS\n');
    const lines: string[] = [];
    const set = await getRpms(
      { kind: 'build', checkout },
      { exec, target: path.join(tmp, 'make-target'), scratch: path.join(tmp, 'scratch3'), onLine: (l) => lines.push(l) },
    );
    expect(set.tridentVersion).toBe(V);
    expect(lines.some((l) => l.includes('tar -czf bin/trident-rpms.tar.gz'))).toBe(true);
  });

  it('fails when make fails, with its output', async () => {
    const checkout = path.join(tmp, 'broken');
    mkdirSync(checkout);
    writeFileSync(path.join(checkout, 'Makefile'), 'bin/trident-rpms.tar.gz:\n\t@echo cargo: error[E0425] && false\n');
    await expect(
      getRpms({ kind: 'build', checkout }, { exec, target: path.join(tmp, 't4'), scratch: path.join(tmp, 's4'), onLine: () => undefined }),
    ).rejects.toThrow(/make exited with code 2[\s\S]*E0425/);
  });

  it('fails when no RPM is found (the stage names the input: test/behaviour)', async () => {
    const empty = path.join(tmp, 'empty');
    mkdirSync(empty);
    const failure = getRpms(
      { kind: 'prebuilt', path: empty },
      { exec, target: path.join(tmp, 't5'), scratch: path.join(tmp, 's5'), onLine: () => undefined },
    );
    await expect(failure).rejects.toThrow(RpmSourceError);
    await expect(failure).rejects.toThrow(/^no \.rpm files were found in /);
  });
});

describe('checkRpmSet', () => {
  let all: Awaited<ReturnType<typeof readRpms>>;
  beforeAll(async () => {
    all = await readRpms(cachedTridentRpms());
  });

  it('accepts one build of x86_64 and noarch packages for linux/amd64', () => {
    expect(checkRpmSet(all, 'linux/amd64')).toEqual([]);
  });

  it('rejects RPMs for another architecture, by their header', async () => {
    expect(checkRpmSet(all, 'linux/arm64').join(' ')).toMatch(
      /platform is linux\/arm64 \(aarch64\) but these RPMs are built for another architecture: trident-0\.27\.0.*\(x86_64\)/,
    );
    const arm = await readRpms(cachedTridentRpms({ arch: 'aarch64' }));
    expect(checkRpmSet(arm, 'linux/arm64')).toEqual([]);
  });

  it('rejects a source package, whatever it is called', async () => {
    const dir = path.join(tmp, 'srpm');
    const source = buildSourceRpm(dir)!;
    const renamed = path.join(dir, 'trident-0.27.0-1.x86_64.rpm');
    copyFileSync(source, renamed);
    expect(checkRpmSet(await readRpms([renamed]), 'linux/amd64').join(' ')).toMatch(/trident-0\.27\.0-1\.x86_64\.rpm is a source package/);
  });

  it('rejects two builds of one package and Trident packages of another version-release', async () => {
    const older = await readRpms(cachedTridentRpms({ release: '1.azl3' }));
    const twoTridents = [...all, older.find((p) => p.name === 'trident')!];
    expect(checkRpmSet(twoTridents, 'linux/amd64').join(' ')).toMatch(/more than one trident RPM was found/);
    const mixed = [...all.filter((p) => p.name !== 'trident-selinux'), older.find((p) => p.name === 'trident-selinux')!];
    expect(checkRpmSet(mixed, 'linux/amd64').join(' ')).toMatch(
      /trident is 0\.27\.0-dev\S* but trident-selinux is 0\.27\.0-1\.azl3.*same version-release/,
    );
  });

  it('reads the Trident version from the trident RPM only, with its epoch', async () => {
    expect(tridentVersionOf(all)).toBe(V);
    expect(tridentVersionOf(all.filter((p) => p.name !== 'trident'))).toBe('');
    expect(tridentVersionOf(await readRpms(cachedTridentRpms({ epoch: 2, release: '1', packages: ['trident'] })))).toBe('2:0.27.0-1');
  });
});

describe('cleanCommit (what RPMs built from a checkout are cached by)', () => {
  const git = (dir: string, ...args: string[]) =>
    execFileSync('git', ['-C', dir, '-c', 'user.name=t', '-c', 'user.email=t@example.invalid', '-c', 'commit.gpgsign=false', ...args], {
      encoding: 'utf8',
    }).trim();

  it('gives the commit of a clean checkout, and none when the tree is dirty or not git', async () => {
    const repo = path.join(tmp, 'repo');
    mkdirSync(repo);
    git(repo, 'init', '-q');
    writeFileSync(path.join(repo, 'Makefile'), 'all:\n');
    git(repo, 'add', '-A');
    git(repo, 'commit', '-q', '-m', 'x');
    expect(await cleanCommit(exec, repo)).toEqual({ commit: git(repo, 'rev-parse', 'HEAD'), reason: 'clean' });
    writeFileSync(path.join(repo, 'Makefile'), 'all:\n\techo changed\n');
    expect(await cleanCommit(exec, repo)).toEqual({ reason: 'the checkout has uncommitted changes' });
    const plain = path.join(tmp, 'plain');
    mkdirSync(plain);
    expect(await cleanCommit(exec, plain)).toEqual({ reason: 'not a git checkout' });
  });

  it("leaves the checkout's index as it is (git status refreshes it otherwise)", async () => {
    const repo = path.join(tmp, 'repo-index');
    mkdirSync(repo);
    git(repo, 'init', '-q');
    writeFileSync(path.join(repo, 'Makefile'), 'all:\n');
    git(repo, 'add', '-A');
    git(repo, 'commit', '-q', '-m', 'x');
    // A newer mtime, same content: a plain `git status` rewrites the index with the new stat data.
    const later = new Date(Date.now() + 60_000);
    utimesSync(path.join(repo, 'Makefile'), later, later);
    const index = readFileSync(path.join(repo, '.git', 'index'));
    expect(await cleanCommit(exec, repo)).toMatchObject({ reason: 'clean' });
    expect(readFileSync(path.join(repo, '.git', 'index')).equals(index)).toBe(true);
  });

  it('the cache asked ahead: a known miss runs make without asking again, a hit restores', async () => {
    const checkout = path.join(tmp, 'ahead');
    mkdirSync(checkout);
    rpmTree(path.join(checkout, 'stage'));
    writeFileSync(path.join(checkout, 'Makefile'), 'bin/trident-rpms.tar.gz:\n\tmkdir -p bin\n\ttar -czf $@ -C stage RPMS\n');
    writeFileSync(path.join(checkout, '.gitignore'), 'bin/\n');
    git(checkout, 'init', '-q');
    git(checkout, 'add', '-A');
    git(checkout, 'commit', '-q', '-m', 'x');
    const commit = git(checkout, 'rev-parse', 'HEAD');
    const asked: string[] = [];
    const cache = (held: boolean): RpmCache => ({
      dir: path.join(tmp, `ahead-cache-${held}`),
      key: (c) => `rpms-${c}`,
      lookup: (_dir, key) => (asked.push(`lookup ${key}`), Promise.resolve(held)),
      restore: (dir, key) => {
        asked.push(`restore ${key}`);
        rpmTree(dir);
        return Promise.resolve(true);
      },
      save: (_dir, key) => (asked.push(`save ${key}`), Promise.resolve()),
    });

    const miss = cache(false);
    const answer = await askRpmCache(exec, checkout, miss, true);
    expect(answer).toEqual({ commit, reason: 'clean', key: `rpms-${commit}`, cached: false });
    const lines: string[] = [];
    const built = await getRpms(
      { kind: 'build', checkout },
      {
        exec,
        target: path.join(tmp, 'ahead-t1'),
        scratch: path.join(tmp, 'ahead-s1'),
        onLine: (l) => lines.push(l),
        cache: miss,
        cacheAnswer: Promise.resolve(answer),
      },
    );
    expect(built.tridentVersion).toBe(V);
    expect(asked).toEqual([`lookup rpms-${commit}`, `save rpms-${commit}`]);
    expect(lines).toContain(`Cache miss: rpms-${commit}`);
    expect(lines.some((l) => l.includes('tar -czf bin/trident-rpms.tar.gz'))).toBe(true);

    asked.length = 0;
    const hit = cache(true);
    const held = await askRpmCache(exec, checkout, hit, true);
    const restored: string[] = [];
    const set = await getRpms(
      { kind: 'build', checkout },
      {
        exec,
        target: path.join(tmp, 'ahead-t2'),
        scratch: path.join(tmp, 'ahead-s2'),
        onLine: (l) => restored.push(l),
        cache: hit,
        cacheAnswer: Promise.resolve(held),
      },
    );
    expect(set.tridentVersion).toBe(V);
    expect(asked).toEqual([`lookup rpms-${commit}`, `restore rpms-${commit}`]);
    expect(restored).toContain(`RPMs of commit ${commit} restored from the cache: make is not run.`);
    expect(restored.some((l) => l.includes('tar -czf'))).toBe(false);
  });
});
