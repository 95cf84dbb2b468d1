// Stage 2: the host config the ISO carries and the Image Customizer config,
// written into the work directory and checked against the schema of the
// Image Customizer version in use; what the ISO installs decided (the
// procedure's packages, the tools the host config needs, Trident pinned to
// the RPMs given) or, for a user's config, checked.
// The config's files are small: written and looked at with synchronous calls (an async one is a round trip to
// libuv's thread pool, and node:fs/promises loads a dozen of Node's modules; docs/benchmarks.md).
import { copyFileSync, mkdirSync, realpathSync, writeFileSync, type Stats } from 'node:fs';
import { realpathIfAny, statIfAny } from '../context/lookup.js';
import path from 'node:path';
import { InputError } from '../context/errors.js';
import type { InputName } from '../context/input-types.js';
import type { RunContext } from '../context/run-context.js';
import { isMapping } from '../context/yaml.js';
import { IN_CONTAINER } from '../customizer/argv.js';
import { carriedHostConfig } from '../customizer/carried-host-config.js';
import { buildCustomizerConfig, HOST_CONFIG_DESTINATION, lastConsole, mergeConfig, type CustomizerConfig } from '../customizer/config.js';
import { capacity, filledPlaceholder, PLACEHOLDER_ISO_PATH } from '../iso/placeholder.js';
import { readUserConfig, replaceConfigFile, writeConfigFile } from '../customizer/files.js';
import { isInside, namedFiles } from '../customizer/owned.js';
import { ownedOnIso, ownedOnIsoForUserConfig } from '../customizer/owned-check.js';
import type { OwnedOnIso } from '../iso/owned-check.js';
import { PACKAGE_LIST_KEYS, readPackageLists, splitPackageLists, type PackageListFile } from '../customizer/package-lists.js';
import { checkCustomizerConfig, type ConfigProblem } from '../customizer/schema.js';
import type { Stage, StageLog } from '../run/stages.js';
import { hostConfigTools, toolLine, type ToolNeed } from '../trident/host-config-tools.js';
import { isSerialConsole } from '../verify/patterns.js';
import { hostConfigPlan, writeHostConfigCopy } from '../trident/host-config-copy.js';
import { problemLines } from '../trident/problems.js';
import type { RpmSet } from '../trident/rpm-set.js';
import { packageFilesOnIso } from '../trident/package-files.js';
import { checkLists, pinInstallList, specNames, type PackageList, type PackageProblem } from '../trident/trident-packages.js';
import type { Checked } from './check.js';

export interface PreparedConfig {
  configHostPath: string;
  configContainerPath: string;
  /** Host folder mounted read-only at /config. */
  configDir: string;
  /** The copy the ISO carries ('' without host-config). */
  hostConfigPath: string;
  /** The generated config before Trident is pinned (undefined with a user's `config`). */
  generated?: CustomizerConfig;
  /** Install lists the action cannot rewrite: all of a user's config, extra-config's list files. */
  lists: PackageList[];
  /** patchable: the placeholder file the ISO media carries, filled with the host config. */
  placeholder?: { file: string; size: number; bytes: Buffer };
  /** What the built ISO must hold of what the action wrote (checked from its bytes after the build), and the input that can change it. */
  owned: {
    expected: OwnedOnIso;
    input: 'extra-config' | 'config' | undefined;
    /** false when the check cannot read the live OS (a user config's full-os initramfs). */ readsLiveOs?: boolean;
  };
}

/** The RPM input, named in errors about the RPMs (undefined without one). */
export function rpmInput(ctx: Pick<RunContext, 'inputs'>): InputName | undefined {
  const kind = ctx.inputs.rpms.kind;
  return kind === 'build' ? 'trident-source' : kind === 'prebuilt' ? 'trident-rpms' : undefined;
}

function problemList(problems: readonly ConfigProblem[]): string {
  return problemLines(problems.map((p) => `  ${p.path}: ${p.message}`));
}

/** Throws the package problems, each under the input it concerns. */
function throwPackageProblems(
  ctx: Pick<RunContext, 'inputs'>,
  problems: readonly PackageProblem[],
  listsInput: (p: PackageProblem) => InputName,
): void {
  const first = problems[0];
  if (!first) return;
  const input = first.about === 'rpms' ? (rpmInput(ctx) ?? 'trident-rpms') : listsInput(first);
  const same = problems.filter((p) => (p.about === 'rpms' ? (rpmInput(ctx) ?? 'trident-rpms') : listsInput(p)) === input);
  throw new InputError(
    input,
    same.length === 1
      ? first.message
      : `${same.length} problems with what the ISO would install:\n${problemLines(same.map((p) => `  - ${p.message}`))}`,
  );
}

/**
 * The built ISO's live OS must hold every file of the Trident packages it
 * installs from the RPMs given, as their headers list them (checked from its
 * bytes after the build); a package whose files cannot be checked so is
 * refused now, before Image Customizer runs.
 */
function expectPackageFiles(ctx: Pick<RunContext, 'inputs'>, config: PreparedConfig, set: RpmSet, installed: readonly string[], log: StageLog): void {
  if (config.owned.readsLiveOs === false) return;
  const rpms = set.packages.filter((p) => installed.includes(p.name));
  const { entries, problems } = packageFilesOnIso(rpms);
  if (problems.length > 0) throw new InputError(rpmInput(ctx) ?? 'trident-rpms', problemLines(problems));
  config.owned.expected = { ...config.owned.expected, packageFiles: entries };
  if (entries.length > 0)
    log(
      `The built ISO must hold the ${entries.length} files, links and folders of ${rpms.map((r) => r.name).join(', ')} as their RPM headers list them (checked from its bytes).`,
    );
}

/**
 * Pins Trident in the config to the RPMs given (the generated config, written
 * again if it was written before), or checks that a user's config does.
 */
export function applyRpms(ctx: Pick<RunContext, 'inputs'>, config: PreparedConfig, set: RpmSet, log: StageLog, written: boolean): void {
  if (!config.generated) {
    const { problems, installed } = checkLists(config.lists, set);
    throwPackageProblems(ctx, problems, () => 'config');
    log(
      installed.length > 0
        ? `The config installs ${installed.join(', ')} pinned to the RPMs given (trident ${set.tridentVersion}).`
        : 'The config installs no Trident package: the RPMs given are only offered to tdnf.',
    );
    expectPackageFiles(ctx, config, set, installed, log);
    return;
  }
  const install = config.generated.os?.packages?.install ?? [];
  const pinned = pinInstallList(install, set, config.lists);
  // A spec the user wrote in `packages` is theirs to change; anything else came through extra-config.
  throwPackageProblems(ctx, pinned.problems, (p) => (p.spec && ctx.inputs.packages.includes(p.spec) ? 'packages' : 'extra-config'));
  for (const line of pinned.lines) log(line);
  expectPackageFiles(ctx, config, set, pinned.installed, log);
  const final = { ...config.generated, os: { ...config.generated.os, packages: { ...config.generated.os?.packages, install: pinned.install } } };
  if (written) replaceConfigFile(config.configHostPath, final);
  else writeConfigFile(config.configHostPath, final);
}

/**
 * verify reads the serial console: the live OS's last console= (iso's arguments come after the OS's) must be it.
 * Returns why it is not, or undefined.
 */
function consoleProblem(checked: Checked, config: CustomizerConfig): string | undefined {
  const last = lastConsole(config);
  if (!checked.verify || isSerialConsole(last)) return undefined;
  return `the live OS's last console= is ${last ?? 'missing'}, so systemd's status lines and Trident's forwarded journal do not reach the serial console that verify reads; put console=ttyS0 last (os.kernelCommandLine or iso.kernelCommandLine extraCommandLine).`;
}

/**
 * Only the config's folder is mounted (read-only, at /config): a file it names
 * outside that folder (`../`, an absolute path, a symlink leading out) would
 * be missing inside the container, after the pulls. Refused now, naming it.
 */
function refuseFilesOutside(config: CustomizerConfig, configDir: string): void {
  const realDir = realpathSync(configDir);
  const outside: string[] = [];
  for (const { pointer, file } of namedFiles(config)) {
    const resolved = path.resolve(configDir, file);
    // A missing file inside the folder is refused below; a symlink leading out is outside.
    const real = isInside(configDir, resolved) && !path.isAbsolute(file) ? (realpathIfAny(resolved) ?? realDir) : undefined;
    if (real === undefined || !isInside(realDir, real)) outside.push(`  ${pointer}: '${file}' is outside ${configDir}`);
  }
  if (outside.length > 0)
    throw new InputError(
      'config',
      `names files outside its own folder, the only one Image Customizer gets (mounted read-only):\n${problemLines(outside)}\nMove them into ${configDir} (or below it) and name them relative to the config.`,
    );
  refuseUnusableFiles(config, configDir);
}

/**
 * What the config names must be there and be what Image Customizer reads: a
 * regular file (a folder for additionalDirs). A FIFO would hang it, a device
 * feed it without end, a folder or a missing file fail it after the pulls.
 * Paths under `output` are written, not read, and `input` is given on the
 * command line instead: both left alone.
 */
function refuseUnusableFiles(config: CustomizerConfig, configDir: string): void {
  const unusable: string[] = [];
  for (const { pointer, file } of namedFiles(config)) {
    if (pointer.startsWith('/output/') || pointer.startsWith('/input/')) continue;
    const wantsFolder = /^\/(os|iso)\/additionalDirs\/\d+\/source$/.test(pointer);
    const why = kindProblem(statIfAny(path.resolve(configDir, file)), wantsFolder);
    if (why) unusable.push(`  ${pointer}: '${file}' ${why}`);
  }
  if (unusable.length > 0) throw new InputError('config', `names files Image Customizer cannot use:\n${problemLines(unusable)}`);
}

function kindProblem(found: Stats | undefined, wantsFolder: boolean): string | undefined {
  if (!found) return 'does not exist';
  if (wantsFolder) return found.isDirectory() ? undefined : 'is not a folder';
  if (found.isFile()) return undefined;
  if (found.isDirectory()) return 'is a folder; a file is expected';
  return 'is not a regular file (a FIFO, a device or a socket: Image Customizer would wait on it or read it without end)';
}

/** The tools the host config needs, added to the generated config (one line each, saying why). */
function addTools(needs: readonly ToolNeed[], log: StageLog): string[] {
  for (const need of needs) log(toolLine(need));
  return needs.map((n) => n.package);
}

/** Copies extra-config's package lists beside the generated config and points the merged config at the copies. */
function bringLists(config: CustomizerConfig, lists: readonly PackageListFile[], configDir: string): CustomizerConfig {
  if (lists.length === 0) return config;
  mkdirSync(path.join(configDir, 'package-lists'));
  const packages: Record<string, unknown> = { ...config.os?.packages };
  for (const key of PACKAGE_LIST_KEYS) {
    const mine = lists.filter((l) => l.key === key);
    if (mine.length === 0) continue;
    const copies: string[] = [];
    for (const [i, list] of mine.entries()) {
      const copy = `package-lists/${key}-${i}-${path.basename(list.file)}`;
      copyFileSync(list.file, path.join(configDir, copy));
      copies.push(copy);
    }
    packages[key] = copies;
  }
  return { ...config, os: { ...config.os, packages } };
}

function listsOf(config: CustomizerConfig, files: readonly PackageListFile[], where: (f: PackageListFile) => string): PackageList[] {
  const packages = isMapping(config.os?.packages) ? config.os.packages : {};
  const inline = (key: 'install' | 'update'): PackageList[] => {
    const specs = packages[key];
    return Array.isArray(specs) ? [{ where: `os.packages.${key}`, specs: specs.filter((s): s is string => typeof s === 'string'), action: key }] : [];
  };
  const fromFiles = files
    .filter((f) => f.key !== 'removeLists')
    .map((f): PackageList => ({ where: where(f), specs: f.packages, action: f.key === 'updateLists' ? 'update' : 'install' }));
  return [...inline('install'), ...fromFiles, ...inline('update')];
}

/** The configs, with what the checks read: the COSI's metadata SHA-384, extra-config and its lists; `given` RPMs are pinned now. */
export function writeConfig(checked: Checked, given?: RpmSet): Stage<RunContext, PreparedConfig> {
  return async (ctx, log) => {
    const { inputs, work, features } = ctx;
    // The ISO carries a copy (mounted with the config), never the user's file itself.
    const hostConfigPath = inputs.hostConfig ? path.join(work.config, 'host-config.yaml') : '';
    let hostConfig: unknown;
    // The copy's bytes as written: the placeholder and the check of the built ISO take them from here, not from the file again.
    let hostConfigBytes: Buffer | undefined;
    if (inputs.hostConfig) {
      // Made during the checks' waits when they could (check.ts); its problems are told here, after theirs.
      const copy = await writeHostConfigCopy(inputs.hostConfig, hostConfigPath, hostConfigPlan(inputs, checked), checked.hostConfigCopy);
      hostConfig = copy.value;
      hostConfigBytes = copy.bytes;
      log(
        copy.changed
          ? `Host config copy with image.url and image.sha384 of the COSI: ${hostConfigPath}`
          : `Host config copied as given: ${hostConfigPath}`,
      );
    }

    const invalid = (input: InputName | undefined, problems: readonly ConfigProblem[]): never => {
      const message = `the Image Customizer config is not valid for Image Customizer ${features.version}:\n${problemList(problems)}`;
      // Only what the user wrote can make it invalid: name that input.
      if (input) throw new InputError(input, message);
      throw new Error(`The generated config is invalid (a bug in the action): ${message}`);
    };

    if (inputs.config) {
      const configDir = path.dirname(inputs.config);
      const config = readUserConfig(inputs.config);
      refuseFilesOutside(config, configDir);
      const { lists: files, problems: listProblems } = readPackageLists(splitPackageLists(config).refs, configDir);
      const problems = [...(await checkCustomizerConfig(config, features)), ...listProblems];
      if (problems.length > 0) invalid('config', problems);
      log(`Image Customizer config (${features.schema} schema: valid): ${inputs.config}`);
      const consoleWhy = consoleProblem(checked, config);
      if (consoleWhy) ctx.rt.warning({ message: `verify: ${consoleWhy}` });
      const lists = listsOf(config, files, (f) => `${f.key} file ${f.path}`);
      const carried = checkUserTools(config, configDir, lists, log);
      // full-os puts the live OS in the initramfs, which the check after the build does not read.
      const fullOs = fullOsInitramfs(config);
      if (fullOs && carried)
        ctx.rt.warning({
          message: `config: iso.initramfsType full-os puts the live OS into the initramfs, which the action does not read: the host config it carries is not checked in the built ISO (with the default, bootstrap, it is).`,
        });
      const prepared: PreparedConfig = {
        configHostPath: inputs.config,
        configContainerPath: `${IN_CONTAINER.config}/${path.basename(inputs.config)}`,
        configDir,
        hostConfigPath,
        lists,
        // Its scripts are its own, but the host config it carries is the one the ISO must hold.
        owned: { expected: ownedOnIsoForUserConfig(fullOs ? undefined : carried), input: 'config', readsLiveOs: !fullOs },
      };
      if (given) applyRpms(ctx, prepared, given, log, false);
      return prepared;
    }

    const tools = addTools(hostConfigTools(hostConfig), log);
    const placeholder =
      inputs.placeholderSize !== undefined && hostConfigBytes
        ? writePlaceholder(hostConfigBytes, inputs.placeholderSize, work.config, log)
        : undefined;
    const generated = buildCustomizerConfig({
      hostname: inputs.hostname,
      packages: [...new Set([...tools, ...inputs.packages])],
      services: inputs.services,
      kernelCommandLine: inputs.kernelCommandLine,
      selinuxMode: inputs.selinuxMode,
      ...(inputs.hostConfig ? { hostConfigSource: path.basename(hostConfigPath) } : {}),
      ...(inputs.cosi ? { cosi: { source: `${IN_CONTAINER.cosiDir}/${path.basename(inputs.cosi)}`, destination: inputs.cosiDestination } } : {}),
      ...(placeholder ? { placeholderSource: path.basename(placeholder.file) } : {}),
    });
    const extraLists = checked.extraConfigLists ?? [];
    const merged = checked.extraConfig ? bringLists(mergeConfig(generated, checked.extraConfig), extraLists, work.config) : generated;
    const consoleWhy = consoleProblem(checked, merged);
    if (consoleWhy) throw new InputError('extra-config', consoleWhy);
    if (placeholder) placeholderConflicts(merged);
    const checkedConfig = merged;
    if (fullOsInitramfs(merged))
      throw new InputError(
        'extra-config',
        "sets iso.initramfsType: full-os, which puts the live OS into the initramfs instead of liveos/rootfs.img: the action checks from the built ISO's bytes that the live OS holds the host config it checked, and reads only liveos/rootfs.img (Image Customizer's default, bootstrap). Remove iso.initramfsType.",
      );
    // What the ISO must hold once every script of the config has run: checked from the ISO's bytes after the build.
    const cosiSize = inputs.config ? undefined : checked.cosi?.size;
    const owned = ownedOnIso({
      ...(hostConfigBytes ? { hostConfig: hostConfigBytes } : {}),
      ...(placeholder ? { placeholder: placeholder.bytes } : {}),
      ...(cosiSize !== undefined ? { cosi: { destination: path.posix.normalize(inputs.cosiDestination), size: cosiSize } } : {}),
    });
    const problems = await checkCustomizerConfig(checkedConfig, features);
    if (problems.length > 0) invalid(inputs.extraConfig ? 'extra-config' : undefined, problems);
    const configHostPath = path.join(work.config, 'ic-config.yaml');
    const prepared: PreparedConfig = {
      configHostPath,
      configContainerPath: `${IN_CONTAINER.config}/${path.basename(configHostPath)}`,
      configDir: work.config,
      hostConfigPath,
      generated: checkedConfig,
      ...(placeholder ? { placeholder } : {}),
      owned: { expected: owned, input: inputs.extraConfig ? 'extra-config' : undefined, readsLiveOs: true },
      lists: extraLists
        .filter((f) => f.key !== 'removeLists')
        .map((f): PackageList => ({
          where: `extra-config's ${f.key} file ${f.path}`,
          specs: f.packages,
          action: f.key === 'updateLists' ? 'update' : 'install',
        })),
    };
    if (given) applyRpms(ctx, prepared, given, log, false);
    else if (inputs.rpms.kind === 'build') {
      writeConfigFile(
        configHostPath,
        checkedConfig,
        "Trident's packages are not pinned yet: once `make` has built the RPMs, the action\npins each to their exact version-release before Image Customizer runs.",
      );
      log("Trident's packages are pinned once the RPMs are built.");
    } else writeConfigFile(configHostPath, checkedConfig);
    log(`Image Customizer config (${features.schema} schema: valid): ${configHostPath}`);
    return prepared;
  };
}

/** Whether a config asks for the full-OS initramfs (no liveos/rootfs.img on the ISO: liveosisobuilder.go). */
function fullOsInitramfs(config: CustomizerConfig): boolean {
  return isMapping(config.iso) && config.iso.initramfsType === 'full-os';
}

/** patchable: the host config copy, filled into a placeholder of `size` bytes, written beside the config. */
function writePlaceholder(text: Buffer, size: number, dir: string, log: StageLog): NonNullable<PreparedConfig['placeholder']> {
  const bytes = filledPlaceholder(text, size);
  if (!Buffer.isBuffer(bytes)) {
    throw new InputError(
      'placeholder-size',
      `is ${size} bytes, too small by ${bytes.tooBigBy} bytes for the host config the ISO carries (${text.length} bytes; a placeholder of ${size} bytes holds ${capacity(size)} after its first line). Set it to at least ${size + bytes.tooBigBy}, with room for the host configs you will patch in.`,
    );
  }
  const file = path.join(dir, 'trident-config.yaml');
  writeFileSync(file, bytes, { flag: 'wx' });
  log(
    `patchable: the host config goes on the ISO media at ${PLACEHOLDER_ISO_PATH} (a ${size}-byte isopatch placeholder, ${capacity(size) - text.length} bytes to spare), linked from ${HOST_CONFIG_DESTINATION} in the live OS.`,
  );
  return { file, size, bytes };
}

/** With patchable, /etc/trident/config.yaml is the link to the placeholder, and the placeholder's path on the media is taken. */
function placeholderConflicts(config: CustomizerConfig): void {
  const destinations = (files: unknown): string[] =>
    Array.isArray(files)
      ? files.flatMap((f) => (isMapping(f) && typeof f.destination === 'string' ? [path.posix.normalize(f.destination)] : []))
      : [];
  if (destinations(config.os?.additionalFiles).includes(HOST_CONFIG_DESTINATION)) {
    throw new InputError(
      'extra-config',
      `puts a file at ${HOST_CONFIG_DESTINATION} (os.additionalFiles); with patchable that path is a link to the placeholder on the ISO media (it would make the link fail). Give the host config as host-config only.`,
    );
  }
  if (destinations(config.iso?.additionalFiles).filter((d) => d === PLACEHOLDER_ISO_PATH).length > 1) {
    throw new InputError(
      'extra-config',
      `puts a file at ${PLACEHOLDER_ISO_PATH} on the ISO (iso.additionalFiles), where patchable puts the host config's placeholder; choose another destination.`,
    );
  }
}

/** A user's config must install the tools its host config needs; the config is never changed by the action. Returns the host config's bytes, if it carries one. */
function checkUserTools(config: CustomizerConfig, configDir: string, lists: readonly PackageList[], log: StageLog): Buffer | undefined {
  const carried = carriedHostConfig(config, configDir);
  if (!carried.found) {
    log('The config puts no host config at /etc/trident/config.yaml (os.additionalFiles): the tools a host config needs are not checked.');
    return undefined;
  }
  if ('error' in carried) throw new InputError('config', `the host config at ${carried.where} ${carried.error}.`);
  const installed = new Set(lists.filter((l) => l.action !== 'update').flatMap((l) => l.specs.flatMap(specNames)));
  const needs = hostConfigTools(carried.value);
  const missing = needs.filter((n) => !installed.has(n.package));
  if (missing.length > 0) {
    throw new InputError(
      'config',
      `the host config it carries (${carried.where}) needs packages the config does not install; Trident only Suggests them and tdnf does not install suggestions. Add to os.packages.install:\n${missing
        .map((n) => `  - ${n.package}: for ${n.feature} (host config ${n.path}): ${n.use}`)
        .join('\n')}`,
    );
  }
  for (const need of needs) log(`${toolLine(need)} The config installs it.`);
  return carried.bytes;
}
