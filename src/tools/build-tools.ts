// What `make bin/trident-rpms.tar.gz` in a Trident checkout needs on the
// runner, checked before the long work where it is cheap to check (a file on
// PATH, a version, a library file). From microsoft/trident:
//   Makefile: target/release/trident is built on the host by cargo with
//     OPENSSL_STATIC=1, OPENSSL_LIB_DIR from `whereis libssl.a` and
//     OPENSSL_INCLUDE_DIR=/usr/include/openssl (a static libssl);
//     version-vars runs python3 scripts/get-version.py and git rev-parse/diff;
//     the RPMs are built by `docker build` FROM mcr.microsoft.com/azurelinux/base/core:3.0,
//     which installs packages with tdnf (network);
//   Cargo.toml: rust-version (1.85.0 at 95639188c); prost-build/tonic-build need protoc;
//   .pipelines/templates/stages/validate_makefile/dev-build.yml: Trident's own CI
//     installs clang on Ubuntu before this target;
//   docs/Development/Building/Dependencies.md: libssl-dev, protobuf-compiler on Ubuntu.
// Network (crates, the base image, tdnf) cannot be checked cheaply: README says it.
import { constants } from 'node:fs';
import path from 'node:path';
import { readTextBounded } from '../context/limits.js';
import type { StepEnv, Exec } from './exec.js';

/** node:fs/promises, loaded when this module first touches a file: validate-only loads this module and never does. */
const fs = () => process.getBuiltinModule('node:fs/promises');

export interface BuildTool {
  /** What is looked for: a command on PATH, or a file. */
  what: string;
  /** The Ubuntu package (or how to get it) that provides it. */
  ubuntu: string;
}

export const BUILD_COMMANDS: readonly BuildTool[] = [
  { what: 'cargo', ubuntu: "Rust through rustup (`rustup toolchain install stable`; Ubuntu's cargo package is older than Trident needs)" },
  { what: 'rustc', ubuntu: 'Rust through rustup (`rustup toolchain install stable`)' },
  { what: 'protoc', ubuntu: 'protobuf-compiler' },
  { what: 'clang', ubuntu: 'clang' },
  { what: 'python3', ubuntu: 'python3' },
  { what: 'git', ubuntu: 'git' },
  { what: 'make', ubuntu: 'make' },
  { what: 'docker', ubuntu: 'docker.io (or Docker CE; hosted Ubuntu runners have it)' },
];

async function exists(file: string, mode = constants.F_OK): Promise<boolean> {
  return fs()
    .access(file, mode)
    .then(
      () => true,
      () => false,
    );
}

/** Whether `name` is an executable file in one of PATH's folders. */
export async function onPath(name: string, pathVariable: string): Promise<boolean> {
  return (await whichOnPath(name, pathVariable)) !== undefined;
}

/** The first executable file `name` in PATH's folders, or undefined. */
export async function whichOnPath(name: string, pathVariable: string): Promise<string | undefined> {
  for (const dir of pathVariable.split(path.delimiter).filter(Boolean)) {
    const file = path.join(dir, name);
    if (await exists(file, constants.X_OK)) return file;
  }
  return undefined;
}

/** Compares dotted versions numerically. Pure. */
export function versionAtLeast(version: string, minimum: string): boolean {
  const a = version.split('.').map(Number);
  const b = minimum.split('.').map(Number);
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return d > 0;
  }
  return true;
}

/** A checkout's small text file, or '' when it cannot be read. */
function textIfAny(file: string): string {
  try {
    return readTextBounded(file, 'checkoutText');
  } catch {
    return '';
  }
}

/** The rust-version a checkout's Cargo.toml asks for (1.85.0 when it says none). */
export function requiredRust(checkout: string): string {
  const text = textIfAny(path.join(checkout, 'Cargo.toml'));
  return /^\s*rust-version\s*=\s*"(\d+(?:\.\d+){0,2})"/m.exec(text)?.[1] ?? '1.85.0';
}

export interface BuildToolsReport {
  /** One sentence per missing prerequisite, naming what provides it. */
  missing: string[];
  /** What was found, for the log. */
  found: string[];
  /** Worth knowing, not wrong. */
  notes: string[];
}

/**
 * The cheap checks, against the step's PATH and files. `whereis` starts at once and `rustc --version` as soon as
 * rustc is found on PATH.
 */
export async function checkBuildTools(exec: Exec, env: StepEnv, checkout: string, signal?: AbortSignal): Promise<BuildToolsReport> {
  const pathVariable = env.PATH ?? '';
  // rustc's version and whereis's answer are asked at once (two processes; neither waits for the other).
  const opts = { captureStdout: true, ...(signal ? { signal } : {}) } as const;
  const whereisRun = exec.run(['whereis', 'libssl.a'], opts).catch(() => undefined);
  const rustRun = onPath('rustc', pathVariable).then((found) =>
    found
      ? exec
          .run(['rustc', '--version'], opts)
          .catch(() => undefined)
          .then((result) => [requiredRust(checkout), result] as const)
      : undefined,
  );
  const onPathNow = await Promise.all(BUILD_COMMANDS.map((tool) => onPath(tool.what, pathVariable)));
  const missing: string[] = [];
  const found: string[] = [];
  for (const [i, tool] of BUILD_COMMANDS.entries()) {
    if (onPathNow[i]) found.push(tool.what);
    else missing.push(`${tool.what} is not on PATH (install ${tool.ubuntu})`);
  }
  const [rust, whereis] = await Promise.all([rustRun, whereisRun]);
  if (rust) {
    const [wanted, result] = rust;
    const version = /^rustc (\d+\.\d+\.\d+)/.exec(result?.stdout ?? '')?.[1];
    if (!version) missing.push('rustc --version says no version (reinstall Rust through rustup)');
    else if (!versionAtLeast(version, wanted))
      missing.push(`rustc is ${version}, but the checkout's Cargo.toml needs rust-version ${wanted} (run \`rustup update stable\`)`);
    else found.push(`rustc ${version} (≥ ${wanted})`);
  }
  // As the Makefile finds it: `whereis libssl.a | cut -d" " -f2`.
  const libssl = whereis?.stdout.trim().split(/\s+/)[1];
  if (!libssl || !(await exists(libssl))) {
    missing.push('`whereis libssl.a` finds no static libssl (install libssl-dev): the Makefile links OpenSSL statically');
  } else found.push(libssl);

  const notes: string[] = [];
  const cargoConfig = textIfAny(path.join(checkout, '.cargo', 'config.toml'));
  if (/^\s*replace-with\s*=\s*"BMP_PublicPackages"/m.test(cargoConfig) && env.OVERRIDE_RUST_FEED !== 'true') {
    notes.push(
      "The checkout's .cargo/config.toml takes crates from Trident's Azure Artifacts feed (BMP_PublicPackages) instead of crates.io; Trident's Makefile switches to crates.io only with OVERRIDE_RUST_FEED=true in the step's environment.",
    );
  }
  return { missing, found, notes };
}
