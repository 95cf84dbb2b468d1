import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { processes } from '../../src/tools/exec.js';
import { checkRpms, parseRpmFileName, tridentVersionOf } from '../../src/trident/rpm-set.js';
import { cleanCommit, findRpms, getRpms, RpmSourceError } from '../../src/trident/rpm-sources.js';

const exec = processes(process.env);

const V = '0.27.0-dev.2026080799.v95639188c.azl3';
const X86 = ['trident', 'trident-provisioning', 'trident-service', 'trident-install-service', 'trident-static-pcrlock-files', 'trident-acl-agent'];
const REQUIRED = ['trident-install-service', 'trident-provisioning', 'trident', 'trident-selinux'];

function rpmName(name: string, arch: string, version = V): string {
  const [ver, ...rel] = version.split('-');
  return `${name}-${ver}-${rel.join('-')}.${arch}.rpm`;
}

/** A tree shaped like Trident's bin/RPMS (file names matter here; e2e builds real RPMs). */
function rpmTree(root: string): void {
  mkdirSync(path.join(root, 'RPMS', 'x86_64'), { recursive: true });
  mkdirSync(path.join(root, 'RPMS', 'noarch'), { recursive: true });
  for (const name of X86) writeFileSync(path.join(root, 'RPMS', 'x86_64', rpmName(name, 'x86_64')), name);
  writeFileSync(path.join(root, 'RPMS', 'noarch', rpmName('trident-selinux', 'noarch')), 'selinux');
  writeFileSync(path.join(root, 'RPMS', 'README'), 'not an rpm');
}

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(path.join(tmpdir(), 'rpms-test-'));
});

describe('parseRpmFileName', () => {
  it("splits Trident's file names", () => {
    expect(parseRpmFileName('/x/trident-0.27.0-dev.2026080799.v95639188c.azl3.x86_64.rpm')).toEqual({
      file: '/x/trident-0.27.0-dev.2026080799.v95639188c.azl3.x86_64.rpm',
      name: 'trident',
      version: '0.27.0',
      release: 'dev.2026080799.v95639188c.azl3',
      arch: 'x86_64',
    });
    expect(parseRpmFileName('trident-static-pcrlock-files-0.27.0-1.azl3.noarch.rpm')?.name).toBe('trident-static-pcrlock-files');
    expect(parseRpmFileName('notes.txt')).toBeUndefined();
  });
});

describe('findRpms and getRpms', () => {
  it('finds x86_64 and noarch RPMs recursively and gathers them flat, copies not moves', async () => {
    const src = path.join(tmp, 'dir-src');
    rpmTree(src);
    expect((await findRpms(src)).map((f) => path.basename(f))).toHaveLength(7);
    const target = path.join(tmp, 'dir-target');
    const set = await getRpms({ kind: 'prebuilt', path: src }, { exec, target, scratch: path.join(tmp, 'scratch1'), onLine: () => undefined });
    expect(readdirSync(target).sort()).toEqual([...X86.map((n) => rpmName(n, 'x86_64')), rpmName('trident-selinux', 'noarch')].sort());
    expect(set.dir).toBe(target);
    expect(set.tridentVersion).toBe(V);
    expect(readdirSync(path.join(src, 'RPMS', 'x86_64'))).toHaveLength(6); // the user's files are still there
    expect(checkRpms(set.packages, REQUIRED, 'linux/amd64')).toEqual([]);
  });

  it('unpacks a .tar.gz and gathers what it holds', async () => {
    const src = path.join(tmp, 'tar-src');
    rpmTree(src);
    const tarball = path.join(tmp, 'trident-rpms.tar.gz');
    execFileSync('tar', ['-czf', tarball, '-C', src, 'RPMS']);
    const target = path.join(tmp, 'tar-target');
    const set = await getRpms({ kind: 'prebuilt', path: tarball }, { exec, target, scratch: path.join(tmp, 'scratch2'), onLine: () => undefined });
    expect(set.packages.map((p) => p.name).sort()).toEqual([...X86, 'trident-selinux'].sort());
    expect(readFileSync(path.join(target, rpmName('trident-selinux', 'noarch')), 'utf8')).toBe('selinux');
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

describe('checkRpms', () => {
  const all = [...X86.map((n) => parseRpmFileName(rpmName(n, 'x86_64'))!), parseRpmFileName(rpmName('trident-selinux', 'noarch'))!];

  it('lists what the config installs but the RPMs lack (the procedure passed only x86_64)', () => {
    const onlyX86 = all.filter((p) => p.arch === 'x86_64');
    expect(checkRpms(onlyX86, REQUIRED, 'linux/amd64')).toEqual([expect.stringMatching(/lack trident-selinux/)]);
  });

  it('rejects RPMs for another architecture', () => {
    expect(checkRpms(all, REQUIRED, 'linux/arm64').join(' ')).toMatch(/platform is linux\/arm64 \(aarch64\)/);
  });

  it('rejects a trident-selinux of another version', () => {
    const mixed = [...all.filter((p) => p.name !== 'trident-selinux'), parseRpmFileName(rpmName('trident-selinux', 'noarch', '0.26.1-1.azl3'))!];
    expect(checkRpms(mixed, REQUIRED, 'linux/amd64').join(' ')).toMatch(/same version-release/);
  });

  it('reads the Trident version from the trident RPM only', () => {
    expect(tridentVersionOf(all)).toBe(V);
    expect(tridentVersionOf(all.filter((p) => p.name !== 'trident'))).toBe('');
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
});
