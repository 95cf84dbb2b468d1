// The trident-source prerequisites checked before the build (issue 10,
// defect 9), against a PATH of the toolchain stand-ins
// (test/dist/standins/toolchain) with one thing taken away at a time.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { BUILD_COMMANDS, checkBuildTools, versionAtLeast } from '../../src/tools/build-tools.js';
import { processes } from '../../src/tools/exec.js';
import { NODE24 } from '../support/runner.js';
import { STANDINS, TOOLCHAIN } from '../support/standins.js';

let root: string;
let checkout: string;

/** A PATH folder with the stand-ins of every tool but `without`. */
function pathWithout(...without: string[]): string {
  const dir = mkdtempSync(path.join(root, 'bin-'));
  for (const [name, folder] of [...readdirSync(TOOLCHAIN).map((n) => [n, TOOLCHAIN] as const), ['make', STANDINS], ['docker', STANDINS]] as const) {
    if (!without.includes(name) && name !== 'libssl.a') symlinkSync(path.join(folder, name), path.join(dir, name));
  }
  // What the stand-ins' wrappers use and git, nothing else of the system's (python3 and docker may be there).
  for (const tool of ['dirname', 'readlink', 'awk', 'timeout', 'git'])
    symlinkSync(execFileSync('sh', ['-c', `command -v ${tool}`], { encoding: 'utf8' }).trim(), path.join(dir, tool));
  return `${dir}:${path.dirname(NODE24)}`;
}

function check(env: Record<string, string>) {
  const full = { STANDIN_LOG: path.join(root, 'calls.jsonl'), ...env };
  return checkBuildTools(processes(full), full, checkout);
}

beforeAll(() => {
  root = mkdtempSync(path.join(tmpdir(), 'build-tools-'));
  checkout = path.join(root, 'trident');
  mkdirSync(path.join(checkout, '.cargo'), { recursive: true });
  writeFileSync(path.join(checkout, 'Cargo.toml'), '[workspace.package]\nversion = "0.27.0"\nrust-version = "1.85.0"\n');
});

describe('checkBuildTools', () => {
  it('finds the whole toolchain: commands on PATH, rustc new enough, a static libssl', async () => {
    const report = await check({ PATH: pathWithout() });
    expect(report.missing).toEqual([]);
    expect(report.found).toEqual([...BUILD_COMMANDS.map((t) => t.what), 'rustc 1.86.0 (≥ 1.85.0)', path.join(TOOLCHAIN, 'libssl.a')]);
  });

  it.each([
    ['protoc', /^protoc is not on PATH \(install protobuf-compiler\)$/],
    ['clang', /^clang is not on PATH \(install clang\)$/],
    ['python3', /^python3 is not on PATH \(install python3\)$/],
    ['cargo', /^cargo is not on PATH \(install Rust through rustup/],
    ['docker', /^docker is not on PATH \(install docker\.io/],
  ])('names a missing %s and the Ubuntu package that provides it', async (tool, message) => {
    const { missing } = await check({ PATH: pathWithout(tool) });
    expect(missing).toEqual([expect.stringMatching(message)]);
  });

  it("compares rustc with the checkout's rust-version", async () => {
    const { missing } = await check({ PATH: pathWithout(), STANDIN_RUSTC_VERSION: '1.84.1' });
    expect(missing).toEqual(["rustc is 1.84.1, but the checkout's Cargo.toml needs rust-version 1.85.0 (run `rustup update stable`)"]);
  });

  it('finds libssl.a as the Makefile does, with whereis', async () => {
    const { missing } = await check({ PATH: pathWithout(), STANDIN_NO_LIBSSL: '1' });
    expect(missing).toEqual([expect.stringMatching(/^`whereis libssl\.a` finds no static libssl \(install libssl-dev\)/)]);
  });

  it("notes the cargo feed the checkout's .cargo/config.toml uses unless OVERRIDE_RUST_FEED=true", async () => {
    writeFileSync(path.join(checkout, '.cargo', 'config.toml'), '[source.crates-io]\nreplace-with = "BMP_PublicPackages"\n');
    expect((await check({ PATH: pathWithout() })).notes).toEqual([expect.stringMatching(/OVERRIDE_RUST_FEED=true/)]);
    expect((await check({ PATH: pathWithout(), OVERRIDE_RUST_FEED: 'true' })).notes).toEqual([]);
  });

  it('versionAtLeast compares numerically', () => {
    expect(versionAtLeast('1.85.0', '1.85.0')).toBe(true);
    expect(versionAtLeast('1.100.0', '1.85')).toBe(true);
    expect(versionAtLeast('1.9.0', '1.85.0')).toBe(false);
  });
});
