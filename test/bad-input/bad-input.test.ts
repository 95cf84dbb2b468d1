// The bad-input suite: every way an input can be wrong, run in process
// through the runner emulator (main() with a recording Runtime) with the
// stand-in tools of test/dist/standins on the child PATH. Each case must fail
// the step with an `::error` annotation that names the input, before anything
// long starts: the only calls a stand-in may see are the probes that only look
// (the engine's `info`, `rustc --version`, `whereis libssl.a`: started while
// the files are checked): no container run, no pull, no login, no make, no
// oras at all. Values carrying shell syntax must stay data: a canary file
// that the syntax would create is never there.
import { createHash } from 'node:crypto';
import { execFileSync, spawn } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACTION_INPUTS } from '../support/action-defaults.js';
import { NODE24, REPO, runAction, type RunnerDirs, type StepAnnotation } from '../support/runner.js';
import { cachedTridentRpms, type TridentRpmOptions } from '../support/rpmbuild.cjs';
import { readCalls, standinRunner, subcommand, type Call } from '../support/standins.js';
import { sha256Tree } from '../support/tree.js';
import { writeTinyCosi } from '../support/cosi.js';
import { paxRecords, writeTar, type FixtureEntry } from '../trident/tar-fixture.js';

/** Placeholder for the case's canary path in input values and files. */
const CANARY = '{CANARY}';

/** A call that only looks (the checks' probes), not one that starts long work. */
function isProbe(call: Call): boolean {
  const probe = [call.tool, ...call.argv].join(' ');
  return subcommand(call) === 'info' || probe === 'rustc --version' || probe === 'whereis libssl.a';
}

// A small valid host config; the cases below change one thing in it. Line numbers matter for the location checks.
const HOST_CONFIG = `image:
  url: https://images.example.com/azure-linux.cosi
  sha384: ignored
storage:
  disks:
    - id: os
      device: /dev/sda
      partitionTableType: gpt
      partitions:
        - id: esp
          type: esp
          size: 64M
        - id: root
          type: root
          size: 8G
  filesystems:
    - deviceId: esp
      mountPoint:
        path: /boot/efi
        options: umask=0077
    - deviceId: root
      mountPoint: /
os:
  hostname: trident-example
`;

/** HOST_CONFIG with one line (1-based) replaced by `lines`. */
function hostConfigWith(line: number, ...lines: string[]): string {
  const all = HOST_CONFIG.split('\n');
  all.splice(line - 1, 1, ...lines);
  return all.join('\n');
}

/** A minimal Image Customizer config for the `config` input. */
const IC_CONFIG = `iso:
  kernelCommandLine:
    extraCommandLine: [rd.info]
os:
  hostname: installer
`;

interface Expected {
  /**
   * What names the input: `Input '<name>'`, as the annotation's title or at
   * the start of a line of its message (a problem found while a stage runs is
   * titled after the stage); or `host-config: <pointer>`, the title of a host
   * config problem.
   */
  title: string;
  /** Text the same annotation's message holds. */
  message?: RegExp;
  /** For YAML syntax errors: the annotation points at the file, line and column. */
  at?: { file: string; line: number; col: number };
  /** At most this many `::error` annotations (problem lists are capped). */
  maxErrors?: number;
}

interface Case {
  name: string;
  /** Inputs over the defaults of action.yml; CANARY is replaced by the case's canary path. */
  inputs: Record<string, string>;
  /** Files to write in the workspace before the run (relative path → content); CANARY is replaced too. */
  files?: Record<string, string | Buffer>;
  /** Fixture files (made once, in FIXTURES) copied into the workspace: workspace name → fixture name. */
  copy?: Record<string, string>;
  /** The step's environment over the stand-ins'. */
  env?: Record<string, string>;
  /** Symbolic links to make in the workspace: name → target. */
  links?: Record<string, string>;
  /** Named pipes (FIFOs) to make in the workspace: reading one waits for a writer that never comes. */
  fifos?: string[];
  expect: Expected;
}

const VALID = { 'host-config': 'host-config.yaml' };
const WITH_COSI = { 'host-config': 'host-config.yaml', cosi: 'os.cosi' };
const SHA = 'a'.repeat(64);
const MIRROR = 'https://mirror.example/oras_1.3.0_linux_amd64.tar.gz';
const input = (name: string, message?: RegExp): Expected => ({ title: `Input '${name}'`, ...(message ? { message } : {}) });

/** Shell syntax that, were it ever run by a shell, would create the canary. No payload is destructive. */
const PAYLOADS = [`$(touch ${CANARY})`, `\`touch ${CANARY}\``, `;touch ${CANARY};`, `|touch ${CANARY}`, `&&touch ${CANARY}`, `>${CANARY}`];

/**
 * A plausible value for every input, to which the injection cases append
 * their payload; plus what else the case needs and which input the error
 * must name (a credential given half names its missing other half).
 */
const PLAUSIBLE: Record<string, { value: string; with?: Record<string, string>; names?: string }> = {
  'host-config': { value: 'host-config.yaml' },
  cosi: { value: 'os.cosi' },
  'cosi-destination': { value: '/images/azure-linux.cosi' },
  'host-config-image': { value: 'auto' },
  patchable: { value: 'true' },
  'placeholder-size': { value: '16384', with: { patchable: 'true' } },
  // Patch mode refuses cosi (it shapes a build): these cases leave it out.
  'patch-iso': { value: 'installer.iso', with: { cosi: '' } },
  'patch-iso-run-id': { value: '123', with: { cosi: '', 'patch-iso': 'artifact:installer.iso' } },
  // A token may hold any character (it is never shell text): it is read and kept, and the case ends on the missing host-config.
  'github-token': {
    value: 'ghs_token',
    with: { cosi: '', 'host-config': '', 'patch-iso': 'artifact:installer.iso', 'patch-iso-run-id': '123' },
    names: 'host-config',
  },
  'trident-rpms': { value: 'rpms' },
  'trident-source': { value: 'trident' },
  'base-image': { value: 'mcr.microsoft.com/azurelinux/3.0/image/minimal-os:latest' },
  'base-image-file': { value: 'base.vhdx' },
  platform: { value: 'linux/amd64' },
  'oras-version': { value: '1.3.0' },
  'oras-url': { value: MIRROR, with: { 'oras-checksum': SHA } },
  'oras-checksum': { value: SHA, with: { 'oras-url': MIRROR } },
  'imagecustomizer-image': { value: 'mcr.microsoft.com/azurelinux/imagecustomizer:0.18.0' },
  'imagecustomizer-version': { value: '0.18.0' },
  // With config, host-config and cosi are refused (they shape the generated config only).
  config: { value: 'ic-config.yaml', with: { 'host-config': '', cosi: '' } },
  'extra-config': { value: 'os: {hostname: x}' },
  hostname: { value: 'installer-iso-mos' },
  packages: { value: 'openssh-server' },
  services: { value: 'sshd' },
  'kernel-command-line': { value: 'console=ttyS0' },
  'selinux-mode': { value: 'enforcing' },
  output: { value: 'installer.iso' },
  upload: { value: 'true' },
  archive: { value: 'false' },
  'artifact-name': { value: 'installer.iso' },
  overwrite: { value: 'false' },
  'retention-days': { value: '7' },
  verify: { value: 'none' },
  'verify-timeout': { value: '30m' },
  // A pattern may hold any character (a regular expression, never shell text): it is read, compiled and
  // accepted, and the case ends the step with a verify-disk-dir that verify: boot refuses.
  'verify-boot-pattern': { value: 'Starting trident', with: { verify: 'boot', 'verify-disk-dir': 'disks' }, names: 'verify-disk-dir' },
  'verify-login-pattern': { value: '{hostname} login:', with: { verify: 'boot', 'verify-disk-dir': 'disks' }, names: 'verify-disk-dir' },
  'verify-failure-pattern': { value: 'Trident failed', with: { verify: 'boot', 'verify-disk-dir': 'disks' }, names: 'verify-disk-dir' },
  'verify-memory': { value: '4G' },
  'verify-cpus': { value: '2' },
  'verify-disk-size': { value: '16G' },
  'verify-accelerator': { value: 'auto' },
  'verify-disk-dir': { value: 'disks', with: { verify: 'install' } },
  'container-engine': { value: 'docker' },
  'log-level': { value: 'info' },
  'validate-only': { value: 'false' },
  cache: { value: 'true' },
  // A username or password may hold any character (it is never shell text):
  // the injection case gives it alone, which the error pins on the other half.
  'registry-username': { value: 'robot', names: 'registry-password' },
  'registry-password': { value: 'token', names: 'registry-username' },
  'imagecustomizer-registry-username': { value: 'robot', names: 'imagecustomizer-registry-password' },
  'imagecustomizer-registry-password': { value: 'token', names: 'imagecustomizer-registry-username' },
};

function injectionCases(): Case[] {
  const cases: Case[] = [];
  Object.entries(PLAUSIBLE).forEach(([name, p], i) => {
    const payload = PAYLOADS[i % PAYLOADS.length] ?? PAYLOADS[0]!;
    cases.push({
      name: `shell syntax in ${name}: ${p.value}${payload}`,
      inputs: { ...WITH_COSI, ...p.with, [name]: `${p.value}${payload}` },
      files: { 'ic-config.yaml': IC_CONFIG },
      expect: input(p.names ?? name),
    });
    // A newline is how a value smuggles a second command (or a second workflow command) in.
    cases.push({
      name: `newline in ${name}`,
      inputs: { ...WITH_COSI, ...p.with, [name]: `${p.value}\ntouch ${CANARY}` },
      files: { 'ic-config.yaml': IC_CONFIG },
      expect: input(name),
    });
  });
  return cases;
}

/** Real RPMs (rpmbuild) as workspace files under rpms/RPMS/<arch>/, for the `files` of a case. */
function rpmFiles(options: TridentRpmOptions = {}): Record<string, Buffer> {
  return Object.fromEntries(
    cachedTridentRpms(options).map((f) => [`rpms/RPMS/${path.basename(path.dirname(f))}/${path.basename(f)}`, readFileSync(f)]),
  );
}
const PINNED = '0.27.0-dev.2026080799.v95639188c.azl3';

/** `count` mapping keys, one a line, under `prefix` (indented by `indent`). */
const manyKeys = (count: number, indent = '') => Array.from({ length: count }, (_, i) => `${indent}k${i}: 1`).join('\n');

/**
 * Issue 11 (hardening, round two). Each case's name starts with the class of
 * defect it belongs to, as the issue lists them:
 *   class 1 parsers of untrusted bytes reject malformed fields and have caps;
 *   class 2 file inputs capped by kind, reported problems capped;
 *   class 3 values reaching the log/outputs escaped or refused, argv options;
 *   class 4 one host config on the ISO, extra-config checked like the inputs, config's files;
 *   class 5 COSI entries;
 *   class 6 late failures checked before the build.
 */
function ISSUE_11_CASES(): Case[] {
  const KiB = 1024;
  return [
    // --- class 1: parsers of untrusted bytes
    {
      name: 'class 1: a host config of 25 000 keys (the yaml duplicate-key check is quadratic): refused by its node count',
      inputs: VALID,
      files: { 'host-config.yaml': `${HOST_CONFIG}${manyKeys(25_000)}\n` },
      expect: { title: 'host-config: Trident host configuration', message: /more than 20000 YAML nodes/ },
    },
    {
      name: 'class 1: a host config whose aliases expand a billion times',
      inputs: VALID,
      files: {
        'host-config.yaml': `${HOST_CONFIG}a: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\ne: [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]\n`,
      },
      expect: { title: 'host-config: Trident host configuration', message: /[Aa]lias/ },
    },
    {
      name: 'class 1: a duplicate key far down a large extra-config mapping is still found',
      inputs: { ...VALID, 'extra-config': 'extra.yaml' },
      files: { 'extra.yaml': `os:\n  hostname: a\nscripts:\n${manyKeys(2_000, '  ')}\n  k7: again\n` },
      expect: { title: "Input 'extra-config'", message: /unique/, at: { file: 'extra.yaml', line: 2004, col: 3 } },
    },
    // --- class 2: file inputs capped by kind, problems capped
    {
      name: 'class 2: a host config larger than 256 KiB: refused from its size, naming the limit',
      inputs: VALID,
      files: { 'host-config.yaml': `${HOST_CONFIG}#${'x'.repeat(300 * KiB)}\n` },
      expect: input('host-config', /is \d+ bytes; a host configuration may be at most 262144 bytes \(256 KiB\)/),
    },
    {
      name: 'class 2: an Image Customizer config larger than 256 KiB',
      inputs: { config: 'ic-config.yaml' },
      files: { 'ic-config.yaml': `${IC_CONFIG}#${'x'.repeat(300 * KiB)}\n` },
      expect: input('config', /an Image Customizer config may be at most 262144 bytes/),
    },
    {
      name: 'class 2: an extra-config file larger than 64 KiB',
      inputs: { ...VALID, 'extra-config': 'extra.yaml' },
      files: { 'extra.yaml': `os:\n  hostname: a\n#${'x'.repeat(70 * KiB)}\n` },
      expect: input('extra-config', /an extra-config file may be at most 65536 bytes \(64 KiB\)/),
    },
    {
      name: 'class 2: a package list file larger than 256 KiB',
      inputs: { ...VALID, 'extra-config': 'os:\n  packages:\n    installLists: [big.yaml]' },
      files: { 'big.yaml': `packages: [vim]\n#${'x'.repeat(300 * KiB)}\n` },
      expect: input('extra-config', /a package list file may be at most 262144 bytes/),
    },
    {
      name: 'class 2: a host config with 500 unknown keys: 20 annotations and a count, not 500',
      inputs: VALID,
      files: { 'host-config.yaml': `${HOST_CONFIG}${manyKeys(500)}\n` },
      expect: { title: "Input 'host-config'", message: /and 480 more problems \(only the first 20 are listed\)/, maxErrors: 21 },
    },
    // --- class 3: values that reach argv or the log
    {
      name: "class 3: a base-image starting with '-' (oras would read it as an option)",
      inputs: { ...VALID, 'base-image': '-oattacker.example/minimal-os:latest' },
      expect: input('base-image', /not a valid image reference/),
    },
    {
      name: "class 3: an imagecustomizer-image starting with '-'",
      inputs: { ...VALID, 'imagecustomizer-image': '--privileged.example/imagecustomizer:1.6.0' },
      expect: input('imagecustomizer-image', /not a valid image reference/),
    },
    {
      name: 'class 3: an output path with a C1 control character (NEL)',
      inputs: { ...VALID, output: 'installer\u0085.iso' },
      expect: input('output', /control characters/),
    },
    {
      name: 'class 3: an output path with a bidirectional override (U+202E shows x\u202eosi.iso as xosi.iso backwards)',
      inputs: { ...VALID, output: 'installer-\u202eosi.iso' },
      expect: input('output', /bidirectional control character/),
    },
    {
      name: 'class 3: an artifact-name with a bidirectional isolate (U+2066)',
      inputs: { ...VALID, 'artifact-name': 'installer\u2066.iso' },
      expect: input('artifact-name', /bidirectional control character/),
    },
    {
      name: 'class 3: a hostname with a C1 control character (CSI)',
      inputs: { ...VALID, hostname: 'installer\u009b31m' },
      expect: input('hostname', /control characters/),
    },
    // --- class 5: COSI entries
    {
      name: 'class 5: a COSI whose image entry is a symbolic link',
      inputs: WITH_COSI,
      copy: { 'os.cosi': 'symlink.cosi' },
      expect: input('cosi', /entry "images\/root\.rawzst" is a symbolic link; every entry of a COSI must be a regular file/),
    },
    {
      name: 'class 5: a COSI with two metadata.json entries (only the first was checked and hashed)',
      inputs: WITH_COSI,
      copy: { 'os.cosi': 'two-metadata.cosi' },
      expect: input('cosi', /entry "metadata\.json" appears twice/),
    },
    {
      name: "class 5: a COSI whose metadata names an image path with '..'",
      inputs: WITH_COSI,
      copy: { 'os.cosi': 'dotdot.cosi' },
      expect: input('cosi', /names "images\/\.\.\/images\/root\.rawzst", which holds '\.\.'/),
    },
    {
      name: "class 5: a COSI whose pax header names 'metadata.json' then a decoy (Trident's tar reader takes the first)",
      inputs: WITH_COSI,
      copy: { 'os.cosi': 'pax-path-twice.cosi' },
      expect: input('cosi', /malformed pax extended header: its record at byte \d+ key 'path' appears again/),
    },
    {
      name: "class 5: a COSI whose metadata.json repeats osArch (JSON.parse keeps the last, Trident's serde refuses it)",
      inputs: WITH_COSI,
      copy: { 'os.cosi': 'repeated-key.cosi' },
      expect: input('cosi', /holds the key "osArch" twice/),
    },
    {
      name: "class 5: a COSI with a pax global header named metadata.json (Trident's tar reader lists it as the metadata)",
      inputs: WITH_COSI,
      copy: { 'os.cosi': 'global-header.cosi' },
      expect: input('cosi', /entry "metadata\.json" is a pax global header/),
    },
    // --- class 6: what would fail only after the build, checked before it
    {
      name: 'class 6: output is a dangling symbolic link (stat said it did not exist)',
      inputs: { ...VALID, output: 'installer.iso' },
      links: { 'installer.iso': 'nowhere/installer.iso' },
      expect: input('output', /installer\.iso already exists \(a symbolic link\)/),
    },
    {
      name: 'class 6: an output name longer than the filesystem allows (with the temporary copy suffix)',
      inputs: { ...VALID, output: `${'a'.repeat(240)}.iso` },
      expect: input('output', /its file name is 244 bytes; with the suffix of the temporary copy .* must fit the filesystem's 255/),
    },
    {
      name: 'class 6: an output whose folder is a file: says so, not that the folder does not exist',
      inputs: { ...VALID, output: 'build/installer.iso' },
      files: { build: 'a file' },
      expect: input('output', /build is a file, not a folder, so installer\.iso cannot be made in it/),
    },
    {
      name: 'class 6: an output folder that cannot be written (read access alone was checked)',
      inputs: { ...VALID, output: '/proc/installer.iso' },
      expect: input('output', /the folder \/proc cannot be written \(E[A-Z]+\)/),
    },
    // --- class 4: one host config on the ISO, extra-config checked as the inputs are, the config's own files
    {
      name: 'class 4: extra-config adds a second /etc/trident/config.yaml with inline content',
      inputs: {
        ...VALID,
        'extra-config':
          'os:\n  additionalFiles:\n    - content: "image: {url: https://evil.example/os.cosi}"\n      destination: /etc/trident/config.yaml',
      },
      expect: input('extra-config', /\/os\/additionalFiles\/0\/destination: writes \/etc\/trident\/config\.yaml, which the action writes itself/),
    },
    {
      name: 'class 4: extra-config writes the host config under a spelling that normalises to it',
      inputs: { ...VALID, 'extra-config': 'os:\n  additionalFiles:\n    - content: "x"\n      destination: //etc/./trident//config.yaml/' },
      expect: input('extra-config', /writes \/etc\/trident\/config\.yaml/),
    },
    {
      name: 'class 4: extra-config copies a folder over /etc/trident',
      inputs: { ...VALID, 'extra-config': 'os:\n  additionalDirs:\n    - source: trident\n      destination: /etc/trident' },
      expect: input('extra-config', /copies a folder over \/etc\/trident, which holds \/etc\/trident\/config\.yaml/),
    },
    {
      name: 'class 4: extra-config puts another file where the COSI goes on the ISO',
      inputs: { ...WITH_COSI, 'extra-config': 'iso:\n  additionalFiles:\n    - content: "x"\n      destination: /images/azure-linux.cosi' },
      expect: input('extra-config', /\/iso\/additionalFiles\/0\/destination: writes \/images\/azure-linux\.cosi.*the COSI/),
    },
    {
      name: 'class 4: extra-config overwrites the journal drop-in the action writes',
      inputs: {
        ...VALID,
        'extra-config': 'os:\n  additionalFiles:\n    - content: "x"\n      destination: /etc/systemd/journald.conf.d/50-trident-iso-console.conf',
      },
      expect: input('extra-config', /the journal on the console/),
    },
    {
      name: 'class 4: extra-config adds a drop-in for trident-install.service (another config at boot)',
      inputs: {
        ...VALID,
        'extra-config':
          'os:\n  additionalFiles:\n    - content: "[Service]\\nExecStart=\\nExecStart=trident install /tmp/x.yaml\\n"\n      destination: /etc/systemd/system/trident-install.service.d/override.conf',
      },
      expect: input(
        'extra-config',
        /\/os\/additionalFiles\/0\/destination: writes \/etc\/systemd\/system\/trident-install\.service\.d\/override\.conf, where systemd/,
      ),
    },
    {
      name: 'class 4: extra-config mounts an overlay over /etc/trident (hides the host config at boot)',
      inputs: {
        ...VALID,
        'extra-config':
          'os:\n  overlays:\n    - lowerDirs: [/var/lower]\n      upperDir: /var/upper\n      workDir: /var/work\n      mountPoint: /etc/trident',
      },
      expect: input('extra-config', /\/os\/overlays\/0\/mountPoint: mounts an overlay at \/etc\/trident, over \/etc\/trident\/config\.yaml/),
    },
    {
      name: "class 4: extra-config asks for the full-OS initramfs (no liveos/rootfs.img: the built ISO's live OS could not be checked)",
      inputs: { ...VALID, 'extra-config': 'iso:\n  initramfsType: full-os' },
      expect: input('extra-config', /sets iso\.initramfsType: full-os, which puts the live OS into the initramfs/),
    },
    {
      name: 'class 4: extra-config kernel argument with quotes that make one entry several',
      inputs: { ...VALID, 'extra-config': 'os:\n  kernelCommandLine:\n    extraCommandLine: [\'rd.info" init=/bin/sh "x\']' },
      expect: input('extra-config', /\/os\/kernelCommandLine\/extraCommandLine\/0: holds 'rd\.info"': kernel arguments may use/),
    },
    {
      name: 'class 4: extra-config iso kernel command line with shell expansion',
      inputs: { ...VALID, 'extra-config': `iso:\n  kernelCommandLine:\n    extraCommandLine: "console=ttyS0 $(touch ${CANARY})"` },
      expect: input('extra-config', /\/iso\/kernelCommandLine\/extraCommandLine: holds '\$\(touch'/),
    },
    {
      name: 'class 4: extra-config kernel arguments two to a list item',
      inputs: { ...VALID, 'extra-config': 'os:\n  kernelCommandLine:\n    extraCommandLine: ["rd.info quiet"]' },
      expect: input('extra-config', /holds 2 arguments in one entry; give one argument per list item/),
    },
    {
      name: "class 4: a config naming a file outside its folder (../, as Trident's samples do)",
      inputs: { config: 'iso/ic-config.yaml' },
      files: {
        'iso/ic-config.yaml': `${IC_CONFIG}  additionalFiles:\n    - source: ../host-config.yaml\n      destination: /etc/trident/config.yaml\n`,
      },
      expect: input('config', /\/os\/additionalFiles\/0\/source: '\.\.\/host-config\.yaml' is outside .*iso/),
    },
    {
      name: "class 6: a cosi-destination among Image Customizer's own boot files on the ISO (/liveos/rootfs.img)",
      inputs: { ...WITH_COSI, 'cosi-destination': '/liveos/rootfs.img' },
      expect: input('cosi-destination', /is under \/liveos, where Image Customizer puts the ISO's own boot files/),
    },
    {
      name: "class 6: a cosi-destination under /EFI/BOOT (any case: the firmware's loader)",
      inputs: { ...WITH_COSI, 'cosi-destination': '/EFI/BOOT/os.cosi' },
      expect: input('cosi-destination', /is under \/efi/),
    },
    {
      name: 'class 1: the host config a config carries is a FIFO (opening it waited for a writer forever): refused, not a hang',
      inputs: { config: 'ic-config.yaml' },
      files: { 'ic-config.yaml': `${IC_CONFIG}  additionalFiles:\n    - source: hc-pipe.yaml\n      destination: /etc/trident/config.yaml\n` },
      fifos: ['hc-pipe.yaml'],
      expect: input('config', /'hc-pipe\.yaml' is not a regular file/),
    },
    {
      name: 'class 1: trident-rpms is a FIFO named .tar.gz: refused naming the input, not a hang or a bare ESPIPE',
      inputs: { ...VALID, 'trident-rpms': 'rpms.tar.gz' },
      fifos: ['rpms.tar.gz'],
      expect: input('trident-rpms', /is neither a file nor a folder/),
    },
    {
      name: 'class 4: extra-config writes below /mnt/trident_cdrom, the link Trident reads the ISO media through',
      inputs: {
        ...WITH_COSI,
        'extra-config': 'os:\n  additionalFiles:\n    - content: "x"\n      destination: /mnt/trident_cdrom/images/azure-linux.cosi',
      },
      expect: input(
        'extra-config',
        /writes \/mnt\/trident_cdrom\/images\/azure-linux\.cosi, below \/mnt\/trident_cdrom, which the action writes itself/,
      ),
    },
    {
      name: "class 4: extra-config replaces the ISO's grub.cfg (Image Customizer copies additional files over its own), booting a live OS from elsewhere",
      inputs: {
        ...VALID,
        'extra-config':
          'iso:\n  additionalFiles:\n    - content: "menuentry x { linux /boot/vmlinuz root=live:http://evil.example/rootfs.img }"\n      destination: /EFI/BOOT/grub.cfg',
      },
      expect: input(
        'extra-config',
        /\/iso\/additionalFiles\/0\/destination: writes \/EFI\/BOOT\/grub\.cfg, under \/efi, where Image Customizer puts the ISO's own boot files/,
      ),
    },
    {
      name: 'class 4: extra-config writes a file where a folder of the host config goes (/etc/trident)',
      inputs: { ...VALID, 'extra-config': 'os:\n  additionalFiles:\n    - content: "x"\n      destination: /etc/trident/' },
      expect: input('extra-config', /writes a file at \/etc\/trident, a folder of \/etc\/trident\/config\.yaml/),
    },
    {
      name: "class 4: with patchable, extra-config writes the placeholder's path on the ISO in another spelling",
      inputs: {
        ...VALID,
        patchable: 'true',
        'extra-config':
          'iso:\n  additionalFiles:\n    - content: "image: {url: https://evil.example/os.cosi}"\n      destination: //trident-config.yaml/',
      },
      expect: input('extra-config', /writes \/trident-config\.yaml, which the action writes itself \(the host config's placeholder with patchable\)/),
    },
    {
      name: 'class 2: a config naming a script that is a FIFO (Image Customizer would wait on it for ever)',
      inputs: { config: 'ic-config.yaml' },
      files: { 'ic-config.yaml': `${IC_CONFIG}scripts:\n  postCustomization:\n    - path: hang.sh\n` },
      fifos: ['hang.sh'],
      expect: input('config', /\/scripts\/postCustomization\/0\/path: 'hang\.sh' is not a regular file/),
    },
    {
      name: 'class 2: a config naming a folder as an additional file (Image Customizer fails after the pulls)',
      inputs: { config: 'ic-config.yaml' },
      files: { 'ic-config.yaml': `${IC_CONFIG}  additionalFiles:\n    - source: keys\n      destination: /etc/keys\n`, 'keys/a.pub': 'x' },
      expect: input('config', /\/os\/additionalFiles\/0\/source: 'keys' is a folder; a file is expected/),
    },
    {
      name: 'class 4: a config naming a script by an absolute path',
      inputs: { config: 'ic-config.yaml' },
      files: { 'ic-config.yaml': `${IC_CONFIG}scripts:\n  postCustomization:\n    - path: /etc/passwd\n` },
      expect: input('config', /\/scripts\/postCustomization\/0\/path: '\/etc\/passwd' is outside/),
    },
  ];
}
const WITH_RPMS = { ...VALID, 'trident-rpms': 'rpms' };

const CASES: Case[] = [
  // --- missing or empty where a value is needed
  { name: 'neither host-config nor config', inputs: {}, expect: input('host-config', /is required/) },
  { name: 'host-config of blanks only', inputs: { 'host-config': '   ' }, expect: input('host-config', /is required/) },
  { name: 'empty base-image', inputs: { ...VALID, 'base-image': '' }, expect: input('base-image', /is empty/) },
  { name: 'empty imagecustomizer-image', inputs: { ...VALID, 'imagecustomizer-image': '' }, expect: input('imagecustomizer-image', /is empty/) },
  { name: 'empty cosi-destination', inputs: { ...WITH_COSI, 'cosi-destination': '' }, expect: input('cosi-destination', /absolute path/) },
  { name: 'empty platform', inputs: { ...VALID, platform: '' }, expect: input('platform', /must be one of/) },
  { name: 'empty oras-version', inputs: { ...VALID, 'oras-version': '' }, expect: input('oras-version') },
  { name: 'empty hostname', inputs: { ...VALID, hostname: '' }, expect: input('hostname') },
  { name: 'empty container-engine', inputs: { ...VALID, 'container-engine': '' }, expect: input('container-engine', /must be one of/) },
  { name: 'empty selinux-mode', inputs: { ...VALID, 'selinux-mode': '' }, expect: input('selinux-mode', /must be one of/) },
  { name: 'empty log-level', inputs: { ...VALID, 'log-level': '' }, expect: input('log-level', /must be one of/) },
  { name: 'empty host-config-image', inputs: { ...VALID, 'host-config-image': '' }, expect: input('host-config-image', /must be one of/) },
  { name: 'empty upload', inputs: { ...VALID, upload: '' }, expect: input('upload', /true or false/) },

  // --- wrong type
  { name: "upload 'yes'", inputs: { ...VALID, upload: 'yes' }, expect: input('upload', /must be true or false; got 'yes'/) },
  { name: "archive '1'", inputs: { ...VALID, archive: '1' }, expect: input('archive', /true or false/) },
  { name: "overwrite 'yes'", inputs: { ...VALID, overwrite: 'yes' }, expect: input('overwrite', /true or false/) },
  {
    name: 'an unzipped artifact-name without .iso',
    inputs: { ...VALID, 'artifact-name': 'my-iso' },
    expect: input('artifact-name', /must end in \.iso/),
  },
  { name: "validate-only 'on'", inputs: { ...VALID, 'validate-only': 'on' }, expect: input('validate-only', /true or false/) },
  { name: "cache 'enabled'", inputs: { ...VALID, cache: 'enabled' }, expect: input('cache', /true or false/) },
  { name: "retention-days 'abc'", inputs: { ...VALID, 'retention-days': 'abc' }, expect: input('retention-days', /1 to 90; got 'abc'/) },
  { name: 'retention-days 0', inputs: { ...VALID, 'retention-days': '0' }, expect: input('retention-days', /1 to 90/) },
  { name: 'retention-days 91', inputs: { ...VALID, 'retention-days': '91' }, expect: input('retention-days', /1 to 90/) },
  { name: 'retention-days -1', inputs: { ...VALID, 'retention-days': '-1' }, expect: input('retention-days', /1 to 90/) },
  { name: 'retention-days 7.5', inputs: { ...VALID, 'retention-days': '7.5' }, expect: input('retention-days', /1 to 90/) },

  // --- enumerations and forms
  {
    name: 'platform linux/386',
    inputs: { ...VALID, platform: 'linux/386' },
    expect: input('platform', /linux\/amd64, linux\/arm64; got 'linux\/386'/),
  },
  { name: 'platform amd64 (no os)', inputs: { ...VALID, platform: 'amd64' }, expect: input('platform', /must be one of/) },
  { name: 'container-engine nerdctl', inputs: { ...VALID, 'container-engine': 'nerdctl' }, expect: input('container-engine', /docker, podman/) },
  {
    name: 'selinux-mode Enforcing (case matters)',
    inputs: { ...VALID, 'selinux-mode': 'Enforcing' },
    expect: input('selinux-mode', /got 'Enforcing'/),
  },
  {
    name: 'log-level verbose',
    inputs: { ...VALID, 'log-level': 'verbose' },
    expect: input('log-level', /panic, fatal, error, warn, info, debug, trace/),
  },
  { name: 'host-config-image replace', inputs: { ...VALID, 'host-config-image': 'replace' }, expect: input('host-config-image', /auto, keep/) },
  { name: 'oras-version 1.3 (not x.y.z)', inputs: { ...VALID, 'oras-version': '1.3' }, expect: input('oras-version', /a version such as/) },
  {
    name: 'oras-version without a pinned checksum',
    inputs: { ...VALID, 'oras-version': '9.9.9' },
    expect: input('oras-version', /no pinned checksum/),
  },
  { name: 'imagecustomizer-version latest', inputs: { ...VALID, 'imagecustomizer-version': 'latest' }, expect: input('imagecustomizer-version') },
  { name: 'base-image with spaces', inputs: { ...VALID, 'base-image': 'not an image' }, expect: input('base-image', /not a valid image reference/) },
  {
    name: 'base-image with a short digest',
    inputs: { ...VALID, 'base-image': 'mcr.microsoft.com/azurelinux/3.0/image/minimal-os@sha256:abc' },
    expect: input('base-image', /not a valid image reference/),
  },
  {
    name: 'imagecustomizer-image in upper case',
    inputs: { ...VALID, 'imagecustomizer-image': 'Example/IC:1.6.0' },
    expect: input('imagecustomizer-image'),
  },
  { name: 'hostname with _ and !', inputs: { ...VALID, hostname: 'bad_host!' }, expect: input('hostname', /host name/) },
  { name: 'hostname label of 64 characters', inputs: { ...VALID, hostname: 'a'.repeat(64) }, expect: input('hostname') },
  { name: 'a package name with a slash', inputs: { ...VALID, packages: 'vim, bad/pkg' }, expect: input('packages', /'bad\/pkg'/) },
  { name: 'a service name with quotes', inputs: { ...VALID, services: 'sshd "evil"' }, expect: input('services') },
  { name: 'kernel argument with quotes', inputs: { ...VALID, 'kernel-command-line': 'quiet init="/bin/sh"' }, expect: input('kernel-command-line') },
  { name: 'artifact-name with a colon', inputs: { ...VALID, 'artifact-name': 'iso:1' }, expect: input('artifact-name') },
  {
    name: 'oras-url with ftp://',
    inputs: { ...VALID, 'oras-url': 'ftp://mirror/oras.tar.gz', 'oras-checksum': SHA },
    expect: input('oras-url', /http\(s\) URL/),
  },
  {
    name: 'oras-checksum not hex',
    inputs: { ...VALID, 'oras-url': MIRROR, 'oras-checksum': 'xyz' },
    expect: input('oras-checksum', /64 hex digits/),
  },
  {
    name: 'base-image-file that is not a disk image',
    inputs: { ...VALID, 'base-image-file': 'disk.iso' },
    expect: input('base-image-file', /\.vhdx/),
  },
  { name: 'a control character in hostname', inputs: { ...VALID, hostname: 'host\u001b[31m' }, expect: input('hostname', /control characters/) },
  { name: 'a control byte in packages', inputs: { ...VALID, packages: 'vim\u0001' }, expect: input('packages', /control characters/) },

  // --- malformed YAML: annotated at file, line and column
  {
    name: 'host-config: a nested mapping in a compact one',
    inputs: VALID,
    files: { 'host-config.yaml': hostConfigWith(3, '    sha384: ignored') },
    expect: { title: 'host-config: Trident host configuration', message: /Nested mappings/, at: { file: 'host-config.yaml', line: 2, col: 8 } },
  },
  {
    name: 'host-config: a tab as indentation',
    inputs: VALID,
    files: { 'host-config.yaml': hostConfigWith(24, '\thostname: trident-example') },
    expect: { title: 'host-config: Trident host configuration', message: /Tabs/, at: { file: 'host-config.yaml', line: 24, col: 1 } },
  },
  {
    name: 'host-config: a duplicate key',
    inputs: VALID,
    files: { 'host-config.yaml': `${HOST_CONFIG}os:\n  hostname: again\n` },
    expect: { title: 'host-config: Trident host configuration', message: /unique/, at: { file: 'host-config.yaml', line: 25, col: 1 } },
  },
  {
    name: 'host-config: an unclosed quote',
    inputs: VALID,
    files: { 'host-config.yaml': hostConfigWith(2, '  url: "file:///mnt/trident_cdrom/images/azure-linux.cosi') },
    // The quoted scalar runs on to the end of the file, where YAML notices.
    expect: { title: 'host-config: Trident host configuration', message: /closing/, at: { file: 'host-config.yaml', line: 25, col: 1 } },
  },
  {
    name: 'host-config in a sub-folder: the annotation has its workspace path',
    inputs: { 'host-config': 'deploy/host-config.yaml' },
    files: { 'deploy/host-config.yaml': 'storage: [unclosed\nos: {}\n' },
    expect: { title: 'host-config: Trident host configuration', at: { file: 'deploy/host-config.yaml', line: 2, col: 1 } },
  },
  {
    name: 'extra-config: inline YAML that does not parse',
    inputs: { ...VALID, 'extra-config': 'os: {hostname: x' },
    expect: input('extra-config', /not valid YAML at line/),
  },
  { name: 'extra-config: a list, not a mapping', inputs: { ...VALID, 'extra-config': '- a\n- b' }, expect: input('extra-config', /mapping/) },
  {
    name: 'extra-config: a file that does not parse',
    inputs: { ...VALID, 'extra-config': 'extra.yaml' },
    files: { 'extra.yaml': 'os:\n  hostname: [x\n' },
    expect: input('extra-config', /not valid YAML/),
  },
  {
    name: 'config: a file that does not parse',
    inputs: { config: 'ic-config.yaml' },
    files: { 'ic-config.yaml': 'os:\n\thostname: x\n' },
    expect: input('config', /not valid YAML at line 2, column 1/),
  },

  // --- host config schema violations, each reported with its path
  {
    name: 'host-config: an unknown top-level key',
    inputs: VALID,
    files: { 'host-config.yaml': `${HOST_CONFIG}hostnmae: x\n` },
    expect: { title: 'host-config: /hostnmae', message: /unknown top-level key/, at: { file: 'host-config.yaml', line: 25, col: 1 } },
  },
  {
    name: 'host-config: an unknown nested key',
    inputs: VALID,
    files: { 'host-config.yaml': hostConfigWith(24, '  hostnmae: trident-example') },
    expect: { title: 'host-config: /os/hostnmae', message: /hostnmae/ },
  },
  {
    name: 'host-config: a string where a list goes',
    inputs: VALID,
    files: { 'host-config.yaml': 'storage:\n  disks: sda\n' },
    expect: { title: 'host-config: /storage/disks' },
  },
  {
    name: 'host-config: a bad enumeration value',
    inputs: VALID,
    files: { 'host-config.yaml': hostConfigWith(8, '      partitionTableType: msdos') },
    expect: { title: 'host-config: /storage/disks/0/partitionTableType' },
  },
  {
    name: 'host-config: image.url without a scheme',
    inputs: VALID,
    files: { 'host-config.yaml': hostConfigWith(2, '  url: /images/azure-linux.cosi') },
    expect: {
      title: 'host-config: /image/url',
      message: /needs a scheme.*file:\/\/\/mnt\/trident_cdrom\/images\/azure-linux\.cosi/,
      at: { file: 'host-config.yaml', line: 2, col: 8 },
    },
  },
  {
    name: 'host-config: image.url with a scheme Trident does not read',
    inputs: VALID,
    files: { 'host-config.yaml': hostConfigWith(2, '  url: ftp://example.com/os.cosi') },
    expect: { title: 'host-config: /image/url', message: /ftp:\/\// },
  },
  {
    name: 'host-config: image.sha384 too short',
    inputs: VALID,
    files: { 'host-config.yaml': hostConfigWith(3, '  sha384: abc123') },
    expect: { title: 'host-config: /image/sha384', message: /96 hex digits/ },
  },
  {
    name: 'host-config: image.sha384 read as a number',
    inputs: VALID,
    files: { 'host-config.yaml': hostConfigWith(3, `  sha384: ${'1'.repeat(96)}`) },
    expect: { title: 'host-config: /image/sha384', message: /quoted/ },
  },
  {
    name: 'host-config: an empty file',
    inputs: VALID,
    files: { 'host-config.yaml': '' },
    expect: { title: 'host-config: Trident host configuration', message: /mapping/ },
  },
  {
    name: 'host-config: a list',
    inputs: VALID,
    files: { 'host-config.yaml': '- storage\n- os\n' },
    expect: { title: 'host-config: Trident host configuration', message: /mapping/ },
  },

  // --- host-config-image keep with a COSI: the file must already match, and the error says what to write
  {
    name: 'host-config-image keep with another image.url',
    inputs: { ...WITH_COSI, 'host-config-image': 'keep' },
    files: { 'host-config.yaml': hostConfigWith(2, '  url: file:///mnt/trident_cdrom/images/other.cosi') },
    expect: { title: 'host-config: /image/url', message: /the ISO carries the COSI at file:\/\/\/mnt\/trident_cdrom\/images\/azure-linux\.cosi/ },
  },
  {
    name: 'host-config-image keep with another image.sha384',
    inputs: { ...WITH_COSI, 'host-config-image': 'keep' },
    files: { 'host-config.yaml': hostConfigWith(3, `  sha384: ${'f'.repeat(96)}`) },
    // The right value: the SHA-384 of the fixture COSI's metadata.json (filled in by beforeAll).
    expect: { title: 'host-config: /image/sha384', message: /metadata\.json has SHA-384 COSI_SHA384/ },
  },
  {
    name: 'host-config-image keep with a cosi-destination the url does not name',
    inputs: { ...WITH_COSI, 'host-config-image': 'keep', 'cosi-destination': '/images/os.cosi' },
    expect: { title: 'host-config: /image/url', message: /file:\/\/\/mnt\/trident_cdrom\/images\/os\.cosi/ },
  },

  // --- the host config points at a COSI on the ISO, but the ISO carries none (issue 10, defect 7)
  {
    name: 'host-config image.url on the ISO without a cosi',
    inputs: VALID,
    files: { 'host-config.yaml': hostConfigWith(2, '  url: file:///mnt/trident_cdrom/images/azure-linux.cosi') },
    expect: { title: 'host-config: /image/url', message: /is on the ISO, but no `cosi` input is given, so the ISO carries no COSI/ },
  },
  {
    name: 'host-config image.url under /run/initramfs/live without a cosi',
    inputs: VALID,
    files: { 'host-config.yaml': hostConfigWith(2, '  url: file:///run/initramfs/live/images/os.cosi') },
    expect: { title: 'host-config: /image/url', message: /no `cosi` input is given/ },
  },

  // --- Trident's RPMs and what the ISO installs (issue 10): found before any pull
  {
    name: 'trident-rpms: a file that only looks like an RPM',
    inputs: WITH_RPMS,
    files: { ...rpmFiles(), 'rpms/RPMS/x86_64/trident-0.27.0-1.azl3.x86_64.rpm': 'trident' },
    expect: input('trident-rpms', /trident-0\.27\.0-1\.azl3\.x86_64\.rpm is not a usable RPM: too short to be an RPM file/),
  },
  {
    name: 'class 1: trident-rpms holds a FIFO named .rpm: refused naming it, not read (a hang) nor skipped unseen',
    inputs: WITH_RPMS,
    files: rpmFiles(),
    fifos: ['rpms/RPMS/x86_64/extra-1.0-1.x86_64.rpm'],
    expect: input('trident-rpms', /extra-1\.0-1\.x86_64\.rpm is named like an RPM but is not a regular file/),
  },
  {
    name: 'class 1: trident-rpms holds a dangling link named .rpm: refused naming it, not skipped unseen',
    inputs: WITH_RPMS,
    files: rpmFiles(),
    links: { 'rpms/RPMS/x86_64/gone-1.0-1.x86_64.rpm': '/nonexistent/gone.rpm' },
    expect: input('trident-rpms', /gone-1\.0-1\.x86_64\.rpm is named like an RPM but is not a regular file/),
  },
  {
    name: 'trident-rpms: aarch64 RPMs for linux/amd64',
    inputs: WITH_RPMS,
    files: rpmFiles({ arch: 'aarch64' }),
    expect: input('trident-rpms', /platform is linux\/amd64 \(x86_64\) but these RPMs are built for another architecture/),
  },
  {
    name: "trident-rpms whose file digests are MD5: refused before the build (the check of the built ISO compares Trident's files by SHA-256)",
    inputs: WITH_RPMS,
    files: rpmFiles({ fileDigestAlgorithm: 1 }),
    expect: input('trident-rpms', /trident-0\.27\.0-.*\.x86_64 lists its files' digests with algorithm 1 \(MD5\)/),
  },
  {
    name: 'trident-rpms: no trident-selinux while selinux-policy is installed (selinux-mode disabled)',
    inputs: { ...WITH_RPMS, 'selinux-mode': 'disabled' },
    files: rpmFiles({ packages: ['trident', 'trident-install-service', 'trident-provisioning'] }),
    expect: input('trident-rpms', /the RPMs lack trident-selinux \(trident requires it when selinux-policy-targeted is installed/),
  },
  {
    name: 'config: a Trident package not pinned to the RPMs given',
    inputs: { config: 'ic-config.yaml', 'trident-rpms': 'rpms' },
    files: { ...rpmFiles(), 'ic-config.yaml': `os:\n  packages:\n    install: [trident-${PINNED}, trident-provisioning]\n` },
    expect: input('config', new RegExp(`installs 'trident-provisioning'.*Write 'trident-provisioning-${PINNED.replaceAll('.', '\\.')}'`)),
  },
  {
    name: 'config: its host config needs mdadm, which it does not install',
    inputs: { config: 'ic-config.yaml' },
    files: {
      'raid.yaml': readFileSync(path.join(REPO, 'test', 'fixtures', 'samples', 'host-configs', 'raid.yaml')),
      'ic-config.yaml':
        'os:\n  packages:\n    install: [netplan]\n  additionalFiles:\n    - source: raid.yaml\n      destination: /etc/trident/config.yaml\n',
    },
    expect: input('config', /- mdadm: for software RAID \(host config \/storage\/raid\/software\)/),
  },
  {
    name: 'config: an installLists file that does not exist',
    inputs: { config: 'ic-config.yaml' },
    files: { 'ic-config.yaml': 'os:\n  packages:\n    installLists: [lists/missing.yaml]\n' },
    expect: input('config', /\/os\/packages\/installLists\/0: 'lists\/missing\.yaml' does not exist/),
  },
  {
    name: 'config: an installLists file with another key than packages',
    inputs: { config: 'ic-config.yaml' },
    files: { 'ic-config.yaml': 'os:\n  packages:\n    installLists: [lists/tools.yaml]\n', 'lists/tools.yaml': 'pakages: [jq]\n' },
    expect: input('config', /'lists\/tools\.yaml' has unknown key 'pakages'/),
  },
  {
    name: 'extra-config: an installLists file outside its folder',
    inputs: { ...VALID, 'extra-config': 'deploy/extra.yaml' },
    files: { 'deploy/extra.yaml': 'os:\n  packages:\n    installLists: [../lists.yaml]\n', 'lists.yaml': 'packages: [jq]\n' },
    expect: input('extra-config', /'\.\.\/lists\.yaml' is outside .*deploy; only that folder is available/),
  },

  // --- COSI problems
  {
    name: 'cosi: not a tar archive',
    inputs: WITH_COSI,
    files: { 'os.cosi': 'hello, I am not a tar\n'.repeat(40) },
    expect: input('cosi', /not a tar archive/),
  },
  { name: 'cosi: an empty file', inputs: WITH_COSI, files: { 'os.cosi': '' }, expect: input('cosi', /empty/) },
  { name: 'cosi: compressed with gzip', inputs: WITH_COSI, copy: { 'os.cosi': 'gzip.cosi' }, expect: input('cosi', /uncompressed/) },
  {
    name: 'cosi: cosi-marker is not the first entry',
    inputs: WITH_COSI,
    copy: { 'os.cosi': 'marker-second.cosi' },
    expect: input('cosi', /first entry is "metadata\.json", not "cosi-marker"/),
  },
  {
    name: 'cosi: aarch64 for platform linux/amd64',
    inputs: WITH_COSI,
    copy: { 'os.cosi': 'aarch64.cosi' },
    expect: input('cosi', /\/osArch.*platform is linux\/amd64/),
  },
  { name: 'cosi: no metadata.json', inputs: WITH_COSI, copy: { 'os.cosi': 'no-metadata.cosi' }, expect: input('cosi', /no metadata\.json/) },
  { name: 'cosi: metadata.json is not JSON', inputs: WITH_COSI, copy: { 'os.cosi': 'bad-json.cosi' }, expect: input('cosi', /not valid JSON/) },

  // --- files that are not there
  {
    name: 'host-config that does not exist',
    inputs: { 'host-config': 'missing.yaml' },
    expect: input('host-config', /missing\.yaml does not exist/),
  },
  {
    name: 'host-config that is a folder',
    inputs: { 'host-config': 'folder' },
    files: { 'folder/x': '' },
    expect: input('host-config', /is not a file/),
  },
  { name: 'cosi that does not exist', inputs: { ...VALID, cosi: 'missing.cosi' }, expect: input('cosi', /does not exist/) },
  { name: 'trident-rpms that does not exist', inputs: { ...VALID, 'trident-rpms': 'missing-rpms' }, expect: input('trident-rpms', /does not exist/) },
  {
    name: 'trident-source that does not exist',
    inputs: { ...VALID, 'trident-source': 'no-checkout' },
    expect: input('trident-source', /does not exist/),
  },
  {
    name: 'trident-source without a Makefile',
    inputs: { ...VALID, 'trident-source': 'trident' },
    files: { 'trident/README.md': 'x' },
    expect: input('trident-source', /no Makefile/),
  },
  {
    name: 'base-image-file that does not exist',
    inputs: { ...VALID, 'base-image-file': 'missing.vhdx' },
    expect: input('base-image-file', /does not exist/),
  },
  { name: 'config that does not exist', inputs: { config: 'missing-config.yaml' }, expect: input('config', /does not exist/) },
  {
    name: 'extra-config file that does not exist',
    inputs: { ...VALID, 'extra-config': 'missing-extra.yaml' },
    expect: input('extra-config', /does not exist/),
  },
  {
    name: 'output in a folder that does not exist',
    inputs: { ...VALID, output: 'no/such/folder/installer.iso' },
    expect: input('output', /does not exist/),
  },
  {
    name: "a cosi path with ':' (no mount can express it)",
    inputs: { ...VALID, cosi: 'a:b.cosi' },
    copy: { 'a:b.cosi': 'valid.cosi' },
    expect: input('cosi', /':'/),
  },

  // --- destinations on the ISO: absolute, no '..'
  {
    name: 'cosi-destination climbing out with ..',
    inputs: { ...WITH_COSI, 'cosi-destination': '/images/../../etc/shadow' },
    expect: input('cosi-destination', /'\.\.'/),
  },
  {
    name: 'cosi-destination relative',
    inputs: { ...WITH_COSI, 'cosi-destination': 'images/os.cosi' },
    expect: input('cosi-destination', /absolute/),
  },
  { name: 'cosi-destination with ./', inputs: { ...WITH_COSI, 'cosi-destination': '/images/./os.cosi' }, expect: input('cosi-destination') },
  {
    name: 'cosi-destination naming a folder',
    inputs: { ...WITH_COSI, 'cosi-destination': '/images/' },
    expect: input('cosi-destination', /not a directory/),
  },
  { name: 'cosi-destination with a space', inputs: { ...WITH_COSI, 'cosi-destination': '/images/my os.cosi' }, expect: input('cosi-destination') },

  // --- oversized values
  {
    name: 'hostname of 5000 characters',
    inputs: { ...VALID, hostname: 'h'.repeat(5000) },
    expect: input('hostname', /5000 characters long; at most 4096/),
  },
  {
    name: 'extra-config of 5000 characters',
    inputs: { ...VALID, 'extra-config': `os:\n  hostname: ${'x'.repeat(5000)}` },
    expect: input('extra-config', /at most 4096/),
  },
  {
    name: 'packages of 4097 characters',
    inputs: { ...VALID, packages: 'vim '.repeat(1025).slice(0, 4097) },
    expect: input('packages', /4097 characters/),
  },
  {
    name: 'base-image of 4100 characters',
    inputs: { ...VALID, 'base-image': `mcr.microsoft.com/${'a'.repeat(4082)}` },
    expect: input('base-image', /at most 4096/),
  },
  {
    name: 'registry-password of 10000 characters',
    inputs: { ...VALID, 'registry-username': 'u', 'registry-password': 'p'.repeat(10000) },
    expect: input('registry-password', /at most 4096/),
  },

  // --- inputs that go together or exclude each other
  { name: 'oras-url without oras-checksum', inputs: { ...VALID, 'oras-url': MIRROR }, expect: input('oras-checksum', /go together/) },
  { name: 'oras-checksum without oras-url', inputs: { ...VALID, 'oras-checksum': SHA }, expect: input('oras-url', /go together/) },
  {
    name: 'both trident-rpms and trident-source',
    inputs: { ...VALID, 'trident-rpms': 'rpms', 'trident-source': 'trident' },
    expect: input('trident-rpms', /exclusive/),
  },
  {
    name: 'extra-config together with config',
    inputs: { config: 'ic-config.yaml', 'extra-config': 'os: {hostname: x}' },
    expect: input('extra-config', /with `config`/),
  },
  {
    name: 'registry-username without its password',
    inputs: { ...VALID, 'registry-username': 'robot' },
    expect: input('registry-password', /give both or neither/),
  },
  {
    name: 'registry-password without its username',
    inputs: { ...VALID, 'registry-password': 'secret' },
    expect: input('registry-username', /give both or neither/),
  },
  {
    name: 'imagecustomizer-registry-username without its password',
    inputs: { ...VALID, 'imagecustomizer-registry-username': 'robot' },
    expect: input('imagecustomizer-registry-password', /give both or neither/),
  },
  {
    name: 'imagecustomizer-registry-password without its username',
    inputs: { ...VALID, 'imagecustomizer-registry-password': 'secret' },
    expect: input('imagecustomizer-registry-username', /give both or neither/),
  },

  // --- the Image Customizer config, generated or given
  {
    name: 'extra-config with an unknown key (inline)',
    inputs: { ...VALID, 'extra-config': 'os:\n  hostnmae: x' },
    expect: input('extra-config', /\/os\/hostnmae: unknown key/),
  },
  {
    name: 'extra-config with an unknown key (file)',
    inputs: { ...VALID, 'extra-config': 'extra.yml' },
    files: { 'extra.yml': 'iso:\n  kernelCommandLine:\n    extraComandLine: [quiet]\n' },
    expect: input('extra-config', /\/iso\/kernelCommandLine\/extraComandLine: unknown key/),
  },
  {
    name: 'extra-config with a bad SELinux mode',
    inputs: { ...VALID, 'extra-config': 'os: {selinux: {mode: sometimes}}' },
    expect: input('extra-config', /\/os\/selinux\/mode/),
  },
  {
    name: 'config with an unknown key',
    inputs: { config: 'ic-config.yaml' },
    files: { 'ic-config.yaml': `${IC_CONFIG}unknownKey: 1\n` },
    expect: input('config', /\/unknownKey: unknown key/),
  },

  // --- the output
  {
    name: 'output that already exists (left as it is)',
    inputs: { ...VALID, output: 'installer.iso' },
    files: { 'installer.iso': Buffer.from([0, 1, 2, 3, 255]) },
    expect: input('output', /already exists/),
  },
  { name: 'output not ending in .iso', inputs: { ...VALID, output: 'installer.img' }, expect: input('output', /\.iso file; got 'installer\.img'/) },
  {
    name: 'output naming an existing folder',
    inputs: { ...VALID, output: 'out.iso' },
    files: { 'out.iso/keep': 'x' },
    expect: input('output', /already exists/),
  },

  // --- verify: the VM's inputs, the disks it can provide, what it needs on the machine
  { name: 'verify yes', inputs: { ...VALID, verify: 'yes' }, expect: input('verify', /none, boot, install; got 'yes'/) },
  { name: 'verify-timeout 10 minutes', inputs: { ...VALID, 'verify-timeout': '10 minutes' }, expect: input('verify-timeout', /90s, 30m or 2h/) },
  { name: 'verify-timeout 0s', inputs: { ...VALID, 'verify-timeout': '0s' }, expect: input('verify-timeout', /from 1s to 24h/) },
  { name: 'verify-timeout 25h', inputs: { ...VALID, 'verify-timeout': '25h' }, expect: input('verify-timeout', /from 1s to 24h/) },
  {
    name: 'verify-boot-pattern that is no regular expression',
    inputs: { ...VALID, 'verify-boot-pattern': 'Starting (trident' },
    expect: input('verify-boot-pattern', /not a valid regular expression/),
  },
  {
    name: 'verify-login-pattern that is no regular expression once {hostname} is filled in',
    inputs: { ...VALID, 'verify-login-pattern': '{hostname} login: [' },
    expect: input('verify-login-pattern', /not a valid regular expression/),
  },
  {
    name: 'verify-failure-pattern with a lone *',
    inputs: { ...VALID, 'verify-failure-pattern': '*failed' },
    expect: input('verify-failure-pattern'),
  },
  { name: 'verify-memory 4T', inputs: { ...VALID, 'verify-memory': '4T' }, expect: input('verify-memory', /MiB/) },
  { name: 'verify-memory 64M', inputs: { ...VALID, 'verify-memory': '64M' }, expect: input('verify-memory', /from 128M/) },
  { name: 'verify-cpus 0', inputs: { ...VALID, 'verify-cpus': '0' }, expect: input('verify-cpus', /1 to 64/) },
  { name: 'verify-disk-size 16GB', inputs: { ...VALID, 'verify-disk-size': '16GB' }, expect: input('verify-disk-size', /K, M, G or T/) },
  { name: 'verify-accelerator hvf', inputs: { ...VALID, 'verify-accelerator': 'hvf' }, expect: input('verify-accelerator', /auto, kvm, tcg/) },
  {
    name: 'verify-disk-dir with verify: boot',
    inputs: { ...VALID, verify: 'boot', 'verify-disk-dir': 'disks' },
    expect: input('verify-disk-dir', /with verify: boot there are none/),
  },
  {
    name: 'verify with platform linux/arm64',
    inputs: { ...VALID, verify: 'boot', platform: 'linux/arm64' },
    expect: input('verify', /linux\/amd64 only/),
  },
  {
    name: 'verify with the serial console not last among the consoles',
    inputs: { ...VALID, verify: 'boot', 'kernel-command-line': 'rd.info console=ttyS0 console=tty0' },
    expect: input('kernel-command-line', /end its console= arguments with console=ttyS0/),
  },
  {
    name: 'verify with extra-config appending a console after the serial one',
    inputs: { ...VALID, verify: 'boot', 'extra-config': 'os:\n  kernelCommandLine:\n    extraCommandLine: [console=tty1]' },
    expect: input('extra-config', /last console= is console=tty1/),
  },
  {
    name: 'verify: install with a disk path the VM cannot provide: refused at its line',
    inputs: { ...VALID, verify: 'install' },
    files: { 'host-config.yaml': hostConfigWith(7, '      device: /dev/nvme0n1') },
    expect: {
      title: "Input 'host-config'",
      message: /\/storage\/disks\/0\/device: \/dev\/nvme0n1: it is not a path the VM can provide/,
      at: { file: 'host-config.yaml', line: 7, col: 15 },
    },
  },
  {
    name: 'verify: install with a by-path on a port the VM does not have',
    inputs: { ...VALID, verify: 'install' },
    files: { 'host-config.yaml': hostConfigWith(7, '      device: /dev/disk/by-path/pci-0000:00:1f.2-ata-7.0') },
    expect: { title: "Input 'host-config'", message: /ata-7\.0: the VM's AHCI controller has ports 1 to 6/ },
  },
  {
    name: 'verify: install with a partition size the VM cannot size',
    inputs: { ...VALID, verify: 'install' },
    files: { 'host-config.yaml': hostConfigWith(15, '          size: 8 GB') },
    expect: { title: "Input 'host-config'", message: /\/storage\/disks\/0\/partitions\/1\/size: size "8 GB" is not one Trident reads/ },
  },
  {
    name: 'verify-disk-size smaller than the partitions',
    inputs: { ...VALID, verify: 'install', 'verify-disk-size': '1G' },
    expect: { title: "Input 'host-config'", message: /verify-disk-size gives 1073741824/ },
  },
  {
    name: 'verify: install with config whose os.additionalFiles hold no host config',
    inputs: { config: 'ic-config.yaml', verify: 'install' },
    files: { 'ic-config.yaml': IC_CONFIG },
    expect: input('config', /verify: install needs one/),
  },
  {
    name: 'verify whose serial log would overwrite a file (left as it is)',
    inputs: { ...VALID, verify: 'boot' },
    files: { 'installer.serial.log': 'an earlier log\n' },
    expect: input('output', /installer\.serial\.log, which already exists/),
  },
  {
    name: 'verify-disk-dir that already holds a disk of that name (left as it is)',
    inputs: { ...VALID, verify: 'install', 'verify-disk-dir': 'disks' },
    files: { 'disks/os.qcow2': 'not mine to overwrite' },
    expect: input('verify-disk-dir', /os\.qcow2 already exists/),
  },
  {
    name: 'verify-disk-dir that does not exist',
    inputs: { ...VALID, verify: 'install', 'verify-disk-dir': 'no/such/folder' },
    expect: input('verify-disk-dir', /does not exist/),
  },
  {
    name: 'verify without the firmware on this machine: says how to install it',
    inputs: { ...VALID, verify: 'boot' },
    env: { OVMF_CODE: '/nonexistent/OVMF_CODE_4M.fd', OVMF_VARS: '/nonexistent/OVMF_VARS_4M.fd' },
    expect: input('verify', /OVMF_CODE='\/nonexistent\/OVMF_CODE_4M\.fd'.*sudo apt-get install -y qemu-system-x86 qemu-utils ovmf/s),
  },

  ...injectionCases(),
  ...ISSUE_11_CASES(),
];

let root: string;
/** Made once and copied into each workspace. */
let fixtures: string;
let cosiSha384: string;

beforeAll(async () => {
  root = mkdtempSync(path.join(tmpdir(), 'bad-input-'));
  fixtures = path.join(root, 'fixtures');
  mkdirSync(fixtures);
  const makeCosi = (file: string, ...args: string[]) => writeTinyCosi(path.join(fixtures, file), args);
  makeCosi('valid.cosi');
  makeCosi('aarch64.cosi', '--arch', 'aarch64');
  const unpacked = path.join(fixtures, 'unpacked');
  mkdirSync(unpacked);
  execFileSync('tar', ['-xf', path.join(fixtures, 'valid.cosi'), '-C', unpacked]);
  const images = readdirSync(path.join(unpacked, 'images')).map((f) => `images/${f}`);
  const tar = (file: string, ...entries: string[]) =>
    execFileSync('tar', ['--format=ustar', '-cf', path.join(fixtures, file), '-C', unpacked, ...entries]);
  tar('marker-second.cosi', 'metadata.json', 'cosi-marker', ...images);
  tar('no-metadata.cosi', 'cosi-marker', ...images);
  // Issue 11, class 5: a symlink among the images, a second metadata.json after the first, an image path with '..'.
  const linked = path.join(fixtures, 'linked');
  execFileSync('cp', ['-r', unpacked, linked]);
  rmSync(path.join(linked, 'images', 'root.rawzst'));
  execFileSync('ln', ['-s', '/etc/shadow', path.join(linked, 'images', 'root.rawzst')]);
  execFileSync('tar', ['--format=ustar', '-cf', path.join(fixtures, 'symlink.cosi'), '-C', linked, 'cosi-marker', 'metadata.json', ...images]);
  tar('two-metadata.cosi', 'cosi-marker', 'metadata.json', ...images);
  const second = path.join(fixtures, 'second');
  mkdirSync(second);
  writeFileSync(
    path.join(second, 'metadata.json'),
    readFileSync(path.join(unpacked, 'metadata.json'), 'utf8').replace('"osArch"', '"unchecked": 1, "osArch"'),
  );
  execFileSync('tar', ['--format=ustar', '-rf', path.join(fixtures, 'two-metadata.cosi'), '-C', second, 'metadata.json']);
  const dotted = path.join(fixtures, 'dotted');
  execFileSync('cp', ['-r', unpacked, dotted]);
  const metadataText = readFileSync(path.join(dotted, 'metadata.json'), 'utf8');
  writeFileSync(path.join(dotted, 'metadata.json'), metadataText.replace('"images/root.rawzst"', '"images/../images/root.rawzst"'));
  execFileSync('tar', ['--format=ustar', '-cf', path.join(fixtures, 'dotdot.cosi'), '-C', dotted, 'cosi-marker', 'metadata.json', ...images]);
  // Issue 11, class 5 (round two): archives Trident's tar reader (the Rust tar crate) reads with another metadata.json
  // than the one checked and hashed: a pax header naming `path` twice (it takes the first), a pax global header.
  const asEntries = (...names: string[]): FixtureEntry[] => names.map((name) => ({ name, data: readFileSync(path.join(unpacked, name)) }));
  const unchecked = readFileSync(path.join(unpacked, 'metadata.json'), 'utf8').replace('"osArch"', '"unchecked": 1, "osArch"');
  await writeTar(path.join(fixtures, 'pax-path-twice.cosi'), [
    ...asEntries('cosi-marker'),
    { name: 'PaxHeaders/decoy', type: 'x', data: paxRecords({ path: 'metadata.json' }) + paxRecords({ path: 'decoy.json' }) },
    { name: 'decoy.json', data: unchecked },
    ...asEntries('metadata.json', ...images),
  ]);
  await writeTar(path.join(fixtures, 'repeated-key.cosi'), [
    ...asEntries('cosi-marker'),
    { name: 'metadata.json', data: readFileSync(path.join(unpacked, 'metadata.json'), 'utf8').replace('"osArch"', '"osArch": "aarch64", "osArch"') },
    ...asEntries(...images),
  ]);
  await writeTar(path.join(fixtures, 'global-header.cosi'), [
    ...asEntries('cosi-marker'),
    { name: 'metadata.json', type: 'g', data: unchecked },
    ...asEntries('metadata.json', ...images),
  ]);
  writeFileSync(path.join(unpacked, 'metadata.json'), '{"version": "1.2", ');
  tar('bad-json.cosi', 'cosi-marker', 'metadata.json', ...images);
  execFileSync('sh', ['-c', `gzip -c "${path.join(fixtures, 'valid.cosi')}" > "${path.join(fixtures, 'gzip.cosi')}"`]);
  cosiSha384 = createHash('sha384')
    .update(execFileSync('tar', ['-xOf', path.join(fixtures, 'valid.cosi'), 'metadata.json']))
    .digest('hex');
});

afterAll(() => {
  if (root) rmSync(root, { recursive: true, force: true });
});

/** A workspace with a valid host config, COSI, Image Customizer config, RPM folder and base image, then the case's files. */
function prepare(c: Case, index: number): { dirs: RunnerDirs; env: Record<string, string>; log: string; canary: string } {
  const { dirs, env, log } = standinRunner(path.join(root, `case-${index}`));
  // Outside every folder the action is given, so only a shell could make it.
  const canary = path.join(tmpdir(), `trident-iso-bad-input-${process.pid}-${index}-pwned`);
  const fill = (s: string) => s.replaceAll(CANARY, canary);
  const ws = dirs.workspace;
  writeFileSync(path.join(ws, 'host-config.yaml'), HOST_CONFIG);
  copyFileSync(path.join(fixtures, 'valid.cosi'), path.join(ws, 'os.cosi'));
  mkdirSync(path.join(ws, 'rpms'));
  writeFileSync(path.join(ws, 'base.vhdx'), 'vhdxfile');
  for (const [name, fixture] of Object.entries(c.copy ?? {})) copyFileSync(path.join(fixtures, fixture), path.join(ws, name));
  const inWorkspace = (name: string) => {
    mkdirSync(path.dirname(path.join(ws, name)), { recursive: true });
    return path.join(ws, name);
  };
  for (const [name, target] of Object.entries(c.links ?? {})) symlinkSync(target, inWorkspace(name));
  for (const name of c.fifos ?? []) execFileSync('mkfifo', [inWorkspace(name)]);
  for (const [name, content] of Object.entries(c.files ?? {})) {
    mkdirSync(path.dirname(path.join(ws, name)), { recursive: true });
    writeFileSync(path.join(ws, name), typeof content === 'string' ? fill(content) : content);
  }
  return { dirs, env, log, canary };
}

describe.concurrent('bad inputs fail before anything long starts, naming the input', () => {
  it.each(CASES.map((c, i) => ({ ...c, index: i })))('$name', async (c) => {
    const { dirs, env, log, canary } = prepare(c, c.index);
    const inputs = Object.fromEntries(Object.entries(c.inputs).map(([k, v]) => [k, v.replaceAll(CANARY, canary)]));
    const before = sha256Tree(dirs.workspace);

    const result = await runAction(dirs, { inputs, env: { ...env, ...c.env }, post: false });
    const output = result.main.stdout + result.main.stderr;

    expect(result.main.exitCode, output).not.toBe(0);
    const expected = { ...c.expect, message: c.expect.message && new RegExp(c.expect.message.source.replace('COSI_SHA384', cosiSha384), 's') };
    const named = result.main.errors.filter(
      (a: StepAnnotation) => a.title === expected.title || a.message.split('\n').some((l) => l.includes(`${expected.title}:`)),
    );
    expect(named, `no ::error titled ${expected.title} in:\n${output}`).not.toEqual([]);
    if (expected.message) expect(named.map((a) => a.message).join('\n'), output).toMatch(expected.message);
    if (expected.maxErrors !== undefined) expect(result.main.errors.length, output).toBeLessThanOrEqual(expected.maxErrors);
    if (expected.at) expect(named).toContainEqual(expect.objectContaining({ file: expected.at.file, line: expected.at.line, col: expected.at.col }));

    // Nothing long started: the probes that only look are the only calls any tool saw.
    const long = readCalls(log).filter((call) => !isProbe(call));
    expect(long, output).toEqual([]);
    expect(result.outputs['iso-path']).toBeUndefined();

    // The workspace is as it was: the user's files unchanged (an existing output too), nothing written.
    expect(sha256Tree(dirs.workspace)).toEqual(before);
    for (const [name, target] of Object.entries(c.links ?? {})) expect(readlinkSync(path.join(dirs.workspace, name))).toBe(target);
    expect(readdirSync(dirs.workspace).filter((f) => f.startsWith('.trident-iso-probe-'))).toEqual([]);
    expect(existsSync(canary), `${canary} was created: a value reached a shell`).toBe(false);
  });
});

describe('the probes', () => {
  it('start while the files are checked: a checkout without a Makefile is told after they ran, and nothing else ran', async () => {
    const c = CASES.find((x) => x.name === 'trident-source without a Makefile');
    if (!c) throw new Error('the case is gone');
    // A folder of its own (the cases, the verbatim-credentials run and the CLI's take the numbers below).
    const { dirs, env, log } = prepare(c, CASES.length + 1000);
    const result = await runAction(dirs, { inputs: c.inputs, env, post: false });
    expect(result.main.errors.map((e) => e.title)).toEqual(["Input 'trident-source'"]);
    expect(
      readCalls(log)
        .map((call) => [call.tool, ...call.argv].join(' '))
        .sort(),
    ).toEqual(['docker info --format {{json .SecurityOptions}}', 'rustc --version', 'whereis libssl.a']);
  });
});

describe('the table', () => {
  it('has at least 45 cases, and shell syntax and a newline for every input of action.yml', () => {
    const injected = new Set(
      CASES.filter((c) => c.name.startsWith('shell syntax in ')).map((c) => c.name.slice('shell syntax in '.length).split(':')[0]),
    );
    const newline = new Set(CASES.filter((c) => c.name.startsWith('newline in ')).map((c) => c.name.slice('newline in '.length)));
    expect([...injected].sort()).toEqual([...ACTION_INPUTS].sort());
    expect([...newline].sort()).toEqual([...ACTION_INPUTS].sort());
    expect(new Set(CASES.map((c) => c.name)).size).toBe(CASES.length);
    expect(CASES.length).toBeGreaterThanOrEqual(45);
    console.log(
      `bad-input suite: ${CASES.length} cases (${CASES.length - injected.size - newline.size} kinds of bad value, ${injected.size + newline.size} injections)`,
    );
  });
});

// Values that may legitimately hold shell syntax (a password may hold anything)
// are accepted, and they reach the tools as argv elements or on stdin, as data.
describe('accepted values with shell syntax stay data', () => {
  it('credentials with $(...), backquotes, ; and | go verbatim to --password-stdin, never to a shell or a log', async () => {
    const c: Case = { name: 'verbatim credentials', inputs: {}, expect: input('none') };
    const { dirs, env, log, canary } = prepare(c, CASES.length);
    const user = `robot$(touch ${canary})`;
    const password = `p4ss\`touch ${canary}\`;touch ${canary}|cat`;
    const result = await runAction(dirs, {
      inputs: {
        ...WITH_COSI,
        'registry-username': user,
        'registry-password': password,
        'imagecustomizer-registry-username': user,
        'imagecustomizer-registry-password': password,
        'artifact-name': `iso$(id)`,
        upload: 'false',
      },
      env,
    });
    expect(result.main.exitCode, result.main.stdout + result.main.stderr).toBe(0);
    const calls = readCalls(log);
    const logins = calls.filter((call) => subcommand(call) === 'login');
    expect(logins.map((l) => l.tool).sort()).toEqual(['docker', 'oras']);
    for (const login of logins) {
      expect(login.argv).toContain(user);
      expect(login.argv).toContain('--password-stdin');
      expect(login.stdin).toBe(password);
    }
    // The password is in no argv and in no log line.
    expect(calls.flatMap((call) => call.argv).some((a) => a.includes('p4ss'))).toBe(false);
    // (The add-mask command itself is how the runner learns to hide it.)
    const logLines = result.main.stdout.split('\n').filter((l) => !l.startsWith('::add-mask::'));
    expect(logLines.filter((l) => l.includes('p4ss'))).toEqual([]);
    expect(result.main.masks).toContain(password);
    expect(existsSync(canary)).toBe(false);
    expect(statSync(path.join(dirs.workspace, 'installer.iso')).size).toBeGreaterThan(0);
  });
});

// Issue 11, class 7 (secrets): the CLI's password forms (bin/trident-iso.js on
// Node 24, as a developer runs it). A password given two ways, or an empty or
// multi-line standard input, is refused before anything runs (exit 2, naming
// the flag or variable); the flag form works, with the warning --help gives.
describe('issue 11, class 7 (secrets): the CLI refuses ambiguous or empty passwords before anything runs', () => {
  let cases = 0;
  const cliCase = async (args: string[], extraEnv: Record<string, string>, stdin: string) => {
    const index = ++cases;
    const c: Case = { name: `cli ${index}`, inputs: {}, expect: input('none') };
    const { dirs, env, log } = prepare(c, CASES.length + 1 + index);
    const plain = Object.fromEntries(Object.entries(env).filter(([name]) => !/^(GITHUB_|ACTIONS_|RUNNER_(?!TOOL_CACHE))/.test(name)));
    const before = sha256Tree(dirs.workspace);
    const r = await new Promise<{ code: number; stdout: string; stderr: string }>((resolve, reject) => {
      const child = spawn(NODE24, [path.join(REPO, 'bin', 'trident-iso.js'), '--host-config', 'host-config.yaml', '--cosi', 'os.cosi', ...args], {
        cwd: dirs.workspace,
        env: { ...plain, HOME: dirs.home, TMPDIR: dirs.tmpdir, ...extraEnv },
      });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (b: Buffer) => (stdout += b.toString()));
      child.stderr.on('data', (b: Buffer) => (stderr += b.toString()));
      child.on('error', reject);
      child.on('close', (code) => resolve({ code: code ?? 1, stdout, stderr }));
      child.stdin.end(stdin);
    });
    return { ...r, calls: readCalls(log), unchanged: JSON.stringify(sha256Tree(dirs.workspace)) === JSON.stringify(before) };
  };
  const SECRET = 'pw-Qx81';

  it.concurrent.each([
    {
      name: 'a password as a flag and on standard input',
      args: ['--registry-username', 'u', '--registry-password', SECRET, '--registry-password-stdin'],
      env: {},
      stdin: `${SECRET}\n`,
      message: /registry-password is given 2 times \(--registry-password-stdin, --registry-password\); give it one way only/,
    },
    {
      name: 'a password in TRIDENT_ISO_REGISTRY_PASSWORD and on standard input',
      args: ['--registry-username', 'u', '--registry-password-stdin'],
      env: { TRIDENT_ISO_REGISTRY_PASSWORD: SECRET },
      stdin: `${SECRET}\n`,
      message: /registry-password is given 2 times \(--registry-password-stdin, TRIDENT_ISO_REGISTRY_PASSWORD\)/,
    },
    {
      name: 'a password in TRIDENT_ISO_IMAGECUSTOMIZER_REGISTRY_PASSWORD and as a flag',
      args: ['--imagecustomizer-registry-username', 'u', '--imagecustomizer-registry-password', SECRET],
      env: { TRIDENT_ISO_IMAGECUSTOMIZER_REGISTRY_PASSWORD: SECRET },
      stdin: '',
      message:
        /imagecustomizer-registry-password is given 2 times \(TRIDENT_ISO_IMAGECUSTOMIZER_REGISTRY_PASSWORD, --imagecustomizer-registry-password\)/,
    },
    {
      name: '--registry-password-stdin with nothing on standard input',
      args: ['--registry-username', 'u', '--registry-password-stdin'],
      env: {},
      stdin: '',
      message: /--registry-password-stdin: standard input is empty/,
    },
    {
      name: '--registry-password-stdin with two lines on standard input',
      args: ['--registry-username', 'u', '--registry-password-stdin'],
      env: {},
      stdin: `${SECRET}\nsecond line\n`,
      message: /--registry-password-stdin: standard input holds more than one line/,
    },
    {
      name: 'a 40 KB file piped into --registry-password-stdin (read up to its cap, not whole)',
      args: ['--registry-username', 'u', '--registry-password-stdin'],
      env: {},
      stdin: `${SECRET}${'x'.repeat(40_000)}`,
      message: /--registry-password-stdin: standard input holds more than 16386 bytes; give the password alone, on one line/,
    },
    {
      name: 'two passwords on standard input',
      args: ['--registry-password-stdin', '--imagecustomizer-registry-password-stdin'],
      env: {},
      stdin: `${SECRET}\n`,
      message: /only one password can come from standard input/,
    },
  ])('$name: exit 2, named, no tool ran, the password not echoed', async ({ args, env: extraEnv, stdin, message }) => {
    const r = await cliCase(args, extraEnv, stdin);
    expect(r.code, r.stdout + r.stderr).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stdout + r.stderr).not.toContain(SECRET);
    expect(r.calls).toEqual([]);
    expect(r.unchanged).toBe(true);
  });

  it('the flag form still works (validate-only), with the warning --help announces, and is not echoed', async () => {
    const r = await cliCase(['--registry-username', 'u', '--registry-password', SECRET, '--validate-only'], {}, '');
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(r.stderr).toContain(
      'warning: --registry-password on the command line is visible to every user of this machine (ps); use TRIDENT_ISO_REGISTRY_PASSWORD or --registry-password-stdin.',
    );
    expect(r.stdout + r.stderr).not.toContain(SECRET);
    expect(r.calls.map((c) => subcommand(c))).not.toContain('login');
  });
});
