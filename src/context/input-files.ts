// The inputs that name files, checked before anything long starts: each
// exists and is readable, can be mounted into a container, the output would
// overwrite nothing, extra-config names no host file but its package lists
// (read here, copied beside the generated config later), and the COSI is sound.
// The file calls are synchronous: each takes microseconds, where an async one is
// a round trip to libuv's thread pool and node:fs/promises loads a dozen of
// Node's modules (docs/benchmarks.md).
import { accessSync, closeSync, constants, openSync, readSync, rmSync, statSync, type Stats } from 'node:fs';
import { lstatIfAny, statIfAny } from './lookup.js';
import path from 'node:path';
import { fileReferences } from '../customizer/config.js';
import { unmountablePath } from '../customizer/argv.js';
import { bootOverrideProblems, kernelArgumentProblems, ownedPathProblems, ownedPaths } from '../customizer/owned.js';
import { readPackageLists, splitPackageLists, type PackageListFile } from '../customizer/package-lists.js';
import { checkCosi, readCosi, type CosiInfo } from '../trident/cosi.js';
import { formatProblems, indent, problemLines } from '../trident/problems.js';
import { errorMessage, InputError } from './errors.js';
import type { InputName, Inputs } from './input-types.js';
import { readInputText } from './limits.js';
import { parseYamlMapping } from './yaml.js';
import { randomHex } from '../tools/random.js';

/** What `file` is, once it is there, readable and of the kind asked for. */
function mustRead(input: InputName, file: string, kind: 'file' | 'directory' | 'either'): Stats {
  let info;
  try {
    info = statSync(file);
    accessSync(file, constants.R_OK);
  } catch {
    throw new InputError(input, `${file} does not exist or cannot be read; check the path (relative paths start at the workspace).`);
  }
  if (kind === 'file' && !info.isFile()) throw new InputError(input, `${file} is not a file.`);
  if (kind === 'directory' && !info.isDirectory()) throw new InputError(input, `${file} is not a directory.`);
  // A FIFO, socket or device would block or never end when read.
  if (kind === 'either' && !info.isFile() && !info.isDirectory()) throw new InputError(input, `${file} is neither a file nor a folder.`);
  return info;
}

/** output's folder must be there, and be a folder (a file of that name says so, not that nothing is there). */
function mustHaveFolder(output: string): void {
  const folder = path.dirname(output);
  try {
    mustRead('output', folder, 'directory');
  } catch {
    const there = statIfAny(folder);
    throw new InputError(
      'output',
      there && !there.isDirectory()
        ? `${folder} is a file, not a folder, so ${path.basename(output)} cannot be made in it; choose another output.`
        : `the folder ${folder} does not exist; create it first or choose another output.`,
    );
  }
}

/** trident-rpms: a folder, or a gzip-compressed tarball (what make bin/trident-rpms.tar.gz writes). */
function checkRpmSource(file: string): void {
  if (mustRead('trident-rpms', file, 'either').isDirectory()) return;
  const head = Buffer.alloc(2);
  const fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK); // a FIFO does not block the open
  try {
    readSync(fd, head, 0, 2, 0);
  } finally {
    closeSync(fd);
  }
  if (!/\.(tar\.gz|tgz)$/i.test(file) || head[0] !== 0x1f || head[1] !== 0x8b) {
    throw new InputError(
      'trident-rpms',
      `${file} is neither a folder nor a .tar.gz of RPMs (such as bin/trident-rpms.tar.gz from make); give one of those.`,
    );
  }
}

/** The longest file name Linux filesystems take (NAME_MAX, ext4/xfs/btrfs/tmpfs). */
const NAME_MAX = 255;

/**
 * What would fail only when the ISO is delivered, after the whole build: a
 * name the filesystem cannot hold (with the suffix of the temporary copy
 * beside it), a folder that cannot be written (read-only, no permission). The
 * folder is probed by creating and removing a file of a name nobody uses.
 */
function checkOutputWritable(output: string): void {
  const name = path.basename(output);
  const longest = Buffer.byteLength(`${name}${partialSuffix()}`);
  if (longest > NAME_MAX)
    throw new InputError(
      'output',
      `its file name is ${Buffer.byteLength(name)} bytes; with the suffix of the temporary copy (${partialSuffix()}) it must fit the filesystem's ${NAME_MAX}. Choose a shorter name.`,
    );
  const probe = path.join(path.dirname(output), `.trident-iso-probe-${process.pid}-${randomHex(4)}`);
  try {
    closeSync(openSync(probe, 'wx'));
  } catch (error) {
    throw new InputError(
      'output',
      `the folder ${path.dirname(output)} cannot be written (${(error as NodeJS.ErrnoException).code ?? errorMessage(error)}); the ISO could not be delivered there after the build. Choose a writable folder.`,
    );
  }
  rmSync(probe, { force: true });
}

/** The suffix of the temporary copy the ISO gets beside `output` when it crosses filesystems (stages/deliver.ts). */
export function partialSuffix(pid: number = process.pid): string {
  return `.partial-${pid}`;
}

export interface InputFiles {
  cosi?: CosiInfo;
  extraConfig?: Record<string, unknown>;
  /** The package-list files extra-config names (os.packages.installLists, ...), read. */
  extraConfigLists?: PackageListFile[];
}

/**
 * Patch mode's files: the host config, prebuilt RPMs, the ISO (when it is a
 * file) and the output, which must not exist (unless the ISO is patched in
 * place, which only the CLI asks for) in a folder that does. Throws InputError.
 */
export function checkPatchFiles(inputs: Inputs, inPlace: boolean): { isoBytes?: number } {
  if (inputs.hostConfig) mustRead('host-config', inputs.hostConfig, 'file');
  if (inputs.rpms.kind === 'prebuilt') checkRpmSource(inputs.rpms.path);
  let isoBytes: number | undefined;
  if (inputs.patch?.kind === 'file') {
    isoBytes = mustRead('patch-iso', inputs.patch.path, 'file').size;
  }
  if (!inPlace) {
    const existing = statIfAny(inputs.output);
    if (existing)
      throw new InputError(
        'output',
        `${inputs.output} already exists; the action never overwrites a file (nor the ISO it patches). Choose another output.`,
      );
    mustHaveFolder(inputs.output);
  }
  return isoBytes === undefined ? {} : { isoBytes };
}

/** Checks every file input; returns the COSI read and extra-config parsed. Throws InputError. */
export async function checkInputFiles(inputs: Inputs, log: (line: string) => void, workspace: string): Promise<InputFiles> {
  if (inputs.hostConfig) mustRead('host-config', inputs.hostConfig, 'file');
  if (inputs.config) mustRead('config', inputs.config, 'file');
  if (inputs.cosi) mustRead('cosi', inputs.cosi, 'file');
  if (inputs.rpms.kind === 'prebuilt') checkRpmSource(inputs.rpms.path);
  if (inputs.rpms.kind === 'build') {
    const { checkout } = inputs.rpms;
    mustRead('trident-source', checkout, 'directory');
    try {
      mustRead('trident-source', path.join(checkout, 'Makefile'), 'file');
    } catch {
      throw new InputError('trident-source', `${checkout} has no Makefile; give the root of a Trident checkout.`);
    }
  }
  if (inputs.baseImage.kind === 'file') mustRead('base-image-file', inputs.baseImage.path, 'file');

  // Paths that are mounted into the container must be expressible as -v host:container.
  for (const [input, file] of [
    ['cosi', inputs.cosi],
    ['base-image-file', inputs.baseImage.kind === 'file' ? inputs.baseImage.path : undefined],
    ['config', inputs.config],
  ] as const) {
    if (file && unmountablePath(file))
      throw new InputError(input, `${file} contains ':', which a container mount cannot express; rename or move it.`);
  }

  // Never overwrite: the output must not exist yet (lstat: a dangling symlink is a name that exists), and its folder must.
  const existing = lstatIfAny(inputs.output);
  if (existing)
    throw new InputError(
      'output',
      `${inputs.output} already exists${existing.isSymbolicLink() ? ' (a symbolic link)' : ''}; the action never overwrites a file. Remove it first or choose another output.`,
    );
  mustHaveFolder(inputs.output);
  checkOutputWritable(inputs.output);

  const result: InputFiles = {};
  if (inputs.extraConfig?.kind === 'file') {
    mustRead('extra-config', inputs.extraConfig.path, 'file');
    result.extraConfig = parseYamlMapping(
      readInputText('extra-config', inputs.extraConfig.path, 'extraConfig'),
      'extra-config',
      inputs.extraConfig.path,
    );
  } else if (inputs.extraConfig) {
    result.extraConfig = parseYamlMapping(inputs.extraConfig.text, 'extra-config');
  }

  if (result.extraConfig) {
    // Relative to the extra-config file's folder, or to the workspace for inline YAML.
    const base = inputs.extraConfig?.kind === 'file' ? path.dirname(inputs.extraConfig.path) : workspace;
    const { lists, problems } = readPackageLists(splitPackageLists(result.extraConfig).refs, base);
    if (problems.length > 0)
      throw new InputError(
        'extra-config',
        `names package lists that cannot be used:\n${problemLines(problems.map((p) => `  ${p.path}: ${p.message}`))}`,
      );
    if (lists.length > 0) result.extraConfigLists = lists;
  }

  if (result.extraConfig) {
    // The ISO carries one host config, the checked one, which Trident's own units read at boot; extra-config's kernel arguments get kernel-command-line's check.
    const owned = ownedPathProblems(
      result.extraConfig,
      ownedPaths({ cosiDestination: inputs.cosi ? inputs.cosiDestination : undefined, patchable: inputs.placeholderSize !== undefined }),
    );
    const problems = [...owned, ...bootOverrideProblems(result.extraConfig), ...kernelArgumentProblems(result.extraConfig)];
    if (problems.length > 0)
      throw new InputError('extra-config', `cannot be used:\n${problemLines(problems.map((p) => `  ${p.pointer}: ${p.message}`))}`);
  }

  const references = fileReferences(result.extraConfig);
  if (references.length > 0) {
    throw new InputError(
      'extra-config',
      `names files at ${references.join(', ')}, which the generated config cannot bring into the build (only host-config, cosi and the RPMs are mounted). Use inline content (os.additionalFiles[].content, scripts[].content), or give a complete config with its files as \`config\`.`,
    );
  }

  if (inputs.cosi) {
    const file = inputs.cosi;
    const cosi = await readCosi(file).catch((error: unknown) => {
      throw new InputError('cosi', `${file} is not a COSI file: ${errorMessage(error)}`);
    });
    const problems = await checkCosi(cosi, inputs.platform);
    if (problems.length > 0) {
      throw new InputError('cosi', `${file} is not usable:\n${indent(formatProblems(problems, path.basename(file)))}`);
    }
    log(`COSI ${path.basename(file)}: ${cosi.size} bytes, metadata.json SHA-384 ${cosi.metadataSha384}`);
    result.cosi = cosi;
  }
  return result;
}
