// Image Customizer stand-in: runs inside a container image that the e2e suite
// builds offline (lib/imagecustomizer-image.ts). It models the real tool
// (microsoft/azure-linux-image-tools, toolkit/tools/; the version from
// IC_STANDIN_VERSION, set per image tag) as the action uses it:
// - the command line for its version and the container's needs (privileged,
//   /dev as devtmpfs, loop devices, every path present), the config checked
//   against the real schema of its version plus the rules the schema lacks;
// - the base image converted to raw with qemu-img and read (rootfs.cjs);
// - packages resolved like tdnf over the base image's repos and --rpm-source
//   (packages.cjs, tdnf.cjs), unpacked into the image;
// - the OS steps in the documented order and a bootable live ISO built as the
//   real one builds it (liveos.cjs).
// Each module names the upstream files it models. Bundled with @vercel/ncc
// into one file (ajv + yaml inside).
'use strict';

const fs = require('node:fs');
const path = require('node:path');
const { createHash } = require('node:crypto');
const { spawnSync } = require('node:child_process');
const YAML = require('yaml');
const Ajv2020 = require('ajv/dist/2020').default;
const { Fatal, openBaseImage } = require('./rootfs.cjs');
const { customizePackages, readPackageList, readDb } = require('./packages.cjs');
const liveos = require('./liveos.cjs');

const schemas = {
  '0.18.0': require('../../../../src/data/schemas/imagecustomizer-v0.18.0.schema.json'),
  '1.6.0': require('../../../../src/data/schemas/imagecustomizer-v1.6.0.schema.json'),
};

const VERSION = process.env.IC_STANDIN_VERSION || '0.18.0';

// ---------------------------------------------------------------- logging (logrus text format, filtered by --log-level)

const LEVEL_RANK = { panic: 0, fatal: 1, error: 2, warn: 3, info: 4, debug: 5, trace: 6 };
let logLevel = 'info';

function log(level, msg) {
  if (LEVEL_RANK[level] > LEVEL_RANK[logLevel]) return;
  const time = new Date().toISOString();
  process.stderr.write(`time="${time}" level=${level} msg=${JSON.stringify(msg)}\n`);
}

function parseVersion(v) {
  const m = /^(\d+)\.(\d+)\.(\d+)/.exec(v);
  if (!m) throw new Error(`bad version ${v}`);
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}

function atLeast(v) {
  const a = parseVersion(VERSION);
  const b = parseVersion(v);
  for (let i = 0; i < 3; i++) {
    if (a[i] !== b[i]) return a[i] > b[i];
  }
  return true;
}

// ---------------------------------------------------------------- flags (kong-like)

const LOG_LEVELS = ['panic', 'fatal', 'error', 'warn', 'info', 'debug', 'trace'];

/** Flags of `imagecustomizer [customize]`, with the version that brought each. */
const FLAGS = {
  'log-level': { kind: 'string', enum: LOG_LEVELS },
  'log-file': { kind: 'string' },
  'log-color': { kind: 'string', enum: ['always', 'auto', 'never'] },
  'log-format': { kind: 'string', since: '1.3.0', enum: ['text', 'json'] },
  'disable-telemetry': { kind: 'bool', since: '0.16.0' },
  'build-dir': { kind: 'string', required: true },
  'config-file': { kind: 'string', required: true },
  'image-file': { kind: 'string' },
  image: { kind: 'string', since: '1.1.0' },
  'image-cache-dir': { kind: 'string', since: '1.1.0' },
  'output-image-file': { kind: 'string' },
  'output-path': { kind: 'string', since: '0.16.0', aliasOf: 'output-image-file' },
  'output-image-format': {
    kind: 'string',
    enum: ['vhd', 'vhd-fixed', 'vhdx', 'qcow2', 'raw', 'iso', 'cosi', 'pxe-dir', 'pxe-tar'],
  },
  'rpm-source': { kind: 'repeat' },
  'disable-base-image-rpm-repos': { kind: 'bool' },
  'package-snapshot-time': { kind: 'string' },
};

function usageError(message) {
  process.stderr.write(`imagecustomizer: error: ${message}\n`);
  process.exit(80);
}

function parseArgs(argv) {
  const args = [...argv];
  // `customize` is the default subcommand from v0.13.0 (Kong: `default:"withargs"`, imagecustomizer/main.go).
  if (args[0] === 'customize') {
    if (!atLeast('0.13.0')) usageError(`unexpected argument customize`);
    args.shift();
  }
  const values = { 'rpm-source': [] };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (!arg.startsWith('--')) usageError(`unexpected argument ${arg}`);
    let name = arg.slice(2);
    let value;
    const eq = name.indexOf('=');
    if (eq >= 0) {
      value = name.slice(eq + 1);
      name = name.slice(0, eq);
    }
    const spec = FLAGS[name];
    if (!spec || (spec.since && !atLeast(spec.since))) usageError(`unknown flag --${name}`);
    if (spec.kind === 'bool') {
      if (value !== undefined && !['true', 'false'].includes(value)) usageError(`--${name}: invalid bool value ${value}`);
      values[name] = value !== 'false';
      continue;
    }
    if (value === undefined) {
      value = args[++i];
      if (value === undefined || value.startsWith('--'))
        usageError(`--${name}: expected string value but got ${value === undefined ? 'EOL' : JSON.stringify(value)}`);
    }
    if (spec.enum && !spec.enum.includes(value)) {
      usageError(`--${name}: must be one of ${spec.enum.map((e) => JSON.stringify(e)).join(',')} but got ${JSON.stringify(value)}`);
    }
    const key = spec.aliasOf || name;
    if (spec.kind === 'repeat') values[key].push(value);
    else {
      if (values[key] !== undefined) usageError(`--${name} given more than once`);
      values[key] = value;
    }
  }
  const missing = Object.entries(FLAGS)
    .filter(([name, spec]) => spec.required && values[name] === undefined)
    .map(([name]) => `--${name}=STRING`);
  if (missing.length) usageError(`missing flags: ${missing.join(', ')}`);
  return values;
}

// ---------------------------------------------------------------- environment checks

function mountInfo() {
  return fs
    .readFileSync('/proc/self/mountinfo', 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      const [pre, post] = line.split(' - ');
      const f = pre.split(' ');
      const g = (post || '').split(' ');
      return { root: f[3], mountPoint: f[4], options: f[5], fsType: g[0] };
    });
}

function mountOf(p) {
  // The last mount whose mount point is the longest prefix of p.
  let best;
  for (const m of mountInfo()) {
    if (p === m.mountPoint || p.startsWith(m.mountPoint.endsWith('/') ? m.mountPoint : m.mountPoint + '/')) {
      if (!best || m.mountPoint.length >= best.mountPoint.length) best = m;
    }
  }
  return best;
}

function checkPrivileges() {
  const status = fs.readFileSync('/proc/self/status', 'utf8');
  const capEff = BigInt('0x' + (/CapEff:\s*([0-9a-f]+)/.exec(status) || [0, '0'])[1]);
  const CAP_SYS_ADMIN = 21n;
  if (!(capEff & (1n << CAP_SYS_ADMIN))) {
    throw new Fatal('missing CAP_SYS_ADMIN: Image Customizer must run in a privileged container (--privileged)');
  }
  const dev = mountOf('/dev');
  if (!dev || dev.fsType !== 'devtmpfs') {
    throw new Fatal(
      `/dev is ${dev ? dev.fsType : 'not mounted'}, not devtmpfs: loop device partitions will not appear. ` +
        (atLeast('1.5.0') ? 'The entry point should have mounted devtmpfs.' : `Image Customizer ${VERSION} needs the host's /dev: add -v /dev:/dev`),
    );
  }
  try {
    const fd = fs.openSync('/dev/loop-control', 'r+');
    fs.closeSync(fd);
  } catch (e) {
    throw new Fatal(`cannot open /dev/loop-control: ${e.message}`);
  }
}

/** The action must mount just what the build needs, never the host's root filesystem. */
function checkNoHostRoot() {
  const diskFs = new Set(['ext4', 'ext3', 'ext2', 'xfs', 'btrfs', 'f2fs', 'zfs']);
  for (const m of mountInfo()) {
    if (m.root === '/' && diskFs.has(m.fsType) && m.mountPoint !== '/') {
      throw new Fatal(`the host's whole filesystem is mounted at ${m.mountPoint}: mount just what the build needs`);
    }
  }
}

function busybox(args) {
  return spawnSync('/bin/busybox', args, { encoding: 'utf8' });
}

/** Attaches a small raw disk in the build dir to a loop device, then detaches it. */
function exerciseLoopDevice(buildDir) {
  const raw = path.join(buildDir, 'standin-disk.raw');
  fs.writeFileSync(raw, Buffer.alloc(1024 * 1024));
  let attached;
  for (let attempt = 0; attempt < 5 && !attached; attempt++) {
    const free = busybox(['losetup', '-f']);
    const dev = free.stdout.trim();
    if (free.status !== 0 || !dev) throw new Fatal(`no free loop device: ${free.stderr.trim()}`);
    const r = busybox(['losetup', dev, raw]);
    if (r.status === 0) attached = dev;
  }
  if (!attached) throw new Fatal('failed to attach a loop device to the raw disk');
  log('debug', `Attached ${raw} to ${attached}`);
  const d = busybox(['losetup', '-d', attached]);
  if (d.status !== 0) throw new Fatal(`failed to detach ${attached}: ${d.stderr.trim()}`);
  fs.rmSync(raw);
}

// ---------------------------------------------------------------- config

/** YAML-only fields (json:"-" in imagecustomizerapi/packages.go): the schema lacks them, the tool reads them. */
const YAML_ONLY_PACKAGE_LISTS = ['installLists', 'removeLists', 'updateLists'];

/** govalidator.IsDNSName without '_' (imagecustomizerapi/os.go): fully qualified names are valid. */
function validHostname(h) {
  if (typeof h !== 'string' || h === '' || h.replace(/\./g, '').length > 255) return false;
  if (/^\d+\.\d+\.\d+\.\d+$/.test(h) || h.includes(':')) return false;
  if (h.includes('_')) return false;
  return /^([a-zA-Z0-9_]{1}[a-zA-Z0-9_-]{0,62}){1}(\.[a-zA-Z0-9_]{1}[a-zA-Z0-9_-]{0,62})*[._]?$/.test(h);
}

function validateConfig(config, configFile) {
  const schemaVersion = atLeast('1.0.0') ? '1.6.0' : '0.18.0';
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  const validate = ajv.compile(schemas[schemaVersion]);
  const forSchema = structuredClone(config);
  const pk = forSchema.os && forSchema.os.packages;
  if (pk && typeof pk === 'object') for (const k of YAML_ONLY_PACKAGE_LISTS) delete pk[k];
  if (!validate(forSchema)) {
    const errs = validate.errors
      .slice(0, 10)
      .map((e) => `${e.instancePath || '/'} ${e.message}${e.params && e.params.additionalProperty ? ` (${e.params.additionalProperty})` : ''}`);
    throw new Fatal(`invalid config file (${configFile}) against the v${schemaVersion} schema:\n  ${errs.join('\n  ')}`);
  }
  const os = config.os || {};
  const mode = os.selinux && os.selinux.mode;
  if (mode !== undefined && !['disabled', 'permissive', 'enforcing', 'force-enforcing'].includes(mode)) {
    throw new Fatal(`invalid config file: invalid os.selinux.mode value (${mode})`);
  }
  if (os.hostname !== undefined && !validHostname(os.hostname)) {
    throw new Fatal(`invalid config file: invalid hostname (${os.hostname})`);
  }
  if ((config.iso || {}).initramfsType === 'full-os' && mode && mode !== 'disabled') {
    throw new Fatal('invalid config file: selinux cannot be enabled with iso.initramfsType full-os');
  }
}

function resolveFromConfig(configDir, p) {
  return path.isAbsolute(p) ? p : path.join(configDir, p);
}

function requireFile(what, p, kind = 'file') {
  let st;
  try {
    st = fs.statSync(p);
  } catch (e) {
    throw new Fatal(`failed to stat ${what} (${p}): ${e.code === 'ENOENT' ? 'no such file or directory' : e.message}`);
  }
  if (kind === 'file' && !st.isFile()) throw new Fatal(`${what} (${p}) is not a file`);
  if (kind === 'dir' && !st.isDirectory()) throw new Fatal(`${what} (${p}) is not a directory`);
  fs.accessSync(p, fs.constants.R_OK);
  return st;
}

function checkAdditionalFiles(list, configDir, where) {
  const out = [];
  for (const [i, f] of (list || []).entries()) {
    // additionalfile.go: the destination must only be non-empty (a relative one is taken from the root).
    if (!f.destination) throw new Fatal(`invalid config file: ${where}[${i}]: destination path must not be empty`);
    if ((f.source === undefined) === (f.content === undefined)) {
      throw new Fatal(`invalid config file: ${where}[${i}] must have exactly one of source and content`);
    }
    if (f.permissions !== undefined && !/^0?[0-7]{3,4}$/.test(String(f.permissions)))
      throw new Fatal(`invalid config file: ${where}[${i}]: invalid permissions value (${f.permissions})`);
    if (f.source !== undefined) {
      const src = resolveFromConfig(configDir, f.source);
      requireFile(`${where}[${i}] source`, src);
      out.push({ source: src, destination: f.destination, permissions: f.permissions });
    } else out.push({ content: f.content, destination: f.destination, permissions: f.permissions });
  }
  return out;
}

// ---------------------------------------------------------------- images

function detectImageFormat(file) {
  const fd = fs.openSync(file, 'r');
  try {
    const head = Buffer.alloc(8);
    fs.readSync(fd, head, 0, 8, 0);
    if (head.toString('latin1') === 'vhdxfile') return 'vhdx';
    if (head.subarray(0, 4).equals(Buffer.from([0x51, 0x46, 0x49, 0xfb]))) return 'qcow2';
    const size = fs.fstatSync(fd).size;
    if (size >= 512) {
      const foot = Buffer.alloc(8);
      fs.readSync(fd, foot, 0, 8, size - 512);
      if (foot.toString('latin1') === 'conectix') return 'vhd';
    }
    return 'raw';
  } finally {
    fs.closeSync(fd);
  }
}

function sha256(file) {
  return createHash('sha256').update(fs.readFileSync(file)).digest('hex');
}

// ---------------------------------------------------------------- main

function main() {
  const argv = process.argv.slice(2);
  const flags = parseArgs(argv);
  logLevel = flags['log-level'] || 'info';
  log('info', `Image Customizer stand-in version: ${VERSION}`);
  log('debug', `argv: ${JSON.stringify(argv)}`);

  checkPrivileges();
  checkNoHostRoot();

  const buildDir = flags['build-dir'];
  fs.mkdirSync(buildDir, { recursive: true });
  fs.accessSync(buildDir, fs.constants.W_OK);

  const configFile = flags['config-file'];
  requireFile('--config-file', configFile);
  const configDir = path.dirname(path.resolve(configFile));
  const configText = fs.readFileSync(configFile, 'utf8');
  const doc = YAML.parseDocument(configText, { uniqueKeys: true });
  if (doc.errors.length) throw new Fatal(`failed to parse config file (${configFile}): ${doc.errors[0].message}`);
  const config = doc.toJS() || {};
  validateConfig(config, configFile);

  // The base image.
  const inputImage =
    flags['image-file'] || (config.input && config.input.image && config.input.image.path && resolveFromConfig(configDir, config.input.image.path));
  if (!inputImage && !flags.image) throw new Fatal('no input image: give --image-file or input.image.path');
  if (!inputImage) throw new Fatal('stand-in: --image (OCI) input is not modelled; give --image-file');
  requireFile('--image-file', inputImage);
  const imageFormat = detectImageFormat(inputImage);
  const ext = path.extname(inputImage).slice(1).toLowerCase();
  if (['vhdx', 'vhd', 'qcow2'].includes(ext) && ext !== imageFormat) {
    throw new Fatal(`--image-file (${inputImage}) is named .${ext} but its content is ${imageFormat}`);
  }
  log('info', `Base image: ${inputImage} (${imageFormat}, sha256 ${sha256(inputImage)})`);

  // Output.
  const output =
    flags['output-image-file'] ||
    (config.output && config.output.image && config.output.image.path && resolveFromConfig(configDir, config.output.image.path));
  const format = flags['output-image-format'] || (config.output && config.output.image && config.output.image.format);
  if (!output) throw new Fatal('no output image path: give --output-image-file');
  if (!format) throw new Fatal('no output image format: give --output-image-format');
  if (format !== 'iso') throw new Fatal(`stand-in: only iso output is modelled, not ${format}`);
  requireFile('the output directory', path.dirname(output), 'dir');
  try {
    fs.accessSync(path.dirname(output), fs.constants.W_OK);
  } catch {
    throw new Fatal(`the output directory (${path.dirname(output)}) is not writable`);
  }

  // Files the config points at, package lists (validatePackageLists merges them, list files first).
  const os = config.os || {};
  const osFiles = checkAdditionalFiles(os.additionalFiles, configDir, 'os.additionalFiles');
  const isoFiles = checkAdditionalFiles((config.iso || {}).additionalFiles, configDir, 'iso.additionalFiles');
  for (const [i, d] of (os.additionalDirs || []).entries())
    requireFile(`os.additionalDirs[${i}] source`, resolveFromConfig(configDir, d.source), 'dir');
  const pk = { ...(os.packages || {}) };
  for (const [lists, inline] of [
    ['installLists', 'install'],
    ['removeLists', 'remove'],
    ['updateLists', 'update'],
  ]) {
    const fromFiles = (pk[lists] || []).flatMap((f) => readPackageList(YAML, resolveFromConfig(configDir, f)));
    pk[inline] = [...fromFiles, ...(pk[inline] || [])];
    delete pk[lists];
  }
  const scripts = config.scripts || {};
  for (const kind of ['postCustomization', 'finalizeCustomization']) {
    for (const [i, s] of (scripts[kind] || []).entries()) {
      if ((s.path === undefined) === (s.content === undefined))
        throw new Fatal(`invalid config file: scripts.${kind}[${i}] must have exactly one of path and content`);
      if (s.path !== undefined) {
        const p = path.resolve(configDir, s.path);
        if (path.isAbsolute(s.path) || (p !== configDir && !p.startsWith(configDir + '/')))
          throw new Fatal(`invalid config file: scripts.${kind}[${i}].path (${s.path}) is not under the config file's directory (${configDir})`);
        requireFile(`scripts.${kind}[${i}].path`, p);
      }
    }
  }
  for (const src of flags['rpm-source']) {
    const st = requireFile('--rpm-source', src, 'any');
    if (st.isFile() && !src.endsWith('.repo')) throw new Fatal(`--rpm-source (${src}) is neither a directory nor a .repo file`);
  }
  log('info', `Config file (${configFile}) is valid`);

  exerciseLoopDevice(buildDir);

  // Customize the OS, in the documented order.
  log('info', 'Customizing OS image');
  const root = fs.mkdtempSync(path.join(buildDir, 'imageroot-'));
  try {
    openBaseImage(inputImage, buildDir, root, log);
    liveos.addBaseOsFiles(root);
    customizePackages(root, pk, { rpmSources: flags['rpm-source'], useBaseRepos: !flags['disable-base-image-rpm-repos'], log });
    liveos.setHostname(root, os.hostname, log);
    liveos.addUsers(root, os.users, log);
    liveos.copyAdditionalDirs(root, os.additionalDirs, configDir, log);
    liveos.copyAdditionalFiles(root, osFiles, log);
    liveos.customizeServices(root, os.services, log);
    const kernelArgs = liveos.osKernelArgs(root, os);
    liveos.writeSelinuxMode(root, os.selinux && os.selinux.mode, log);
    liveos.runScripts(root, 'postCustomization', scripts.postCustomization, configDir, log);
    liveos.runScripts(root, 'finalizeCustomization', scripts.finalizeCustomization, configDir, log);
    const db = readDb(root);
    const trident = db.find((r) => r.name === 'trident');
    log('info', `Installed in the live OS: ${trident ? `trident-${trident.version}-${trident.release} (from ${trident.repo})` : 'no trident'}`);
    const built = liveos.buildIso({ root, buildDir, output, config, configDir, isoFiles, db, kernelArgs, log });
    log('info', `Live OS kernel command line: ${built.cmdline}`);
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
  log('info', `Wrote ${output} (${fs.statSync(output).size} bytes)`);
  log('info', 'Success!');
}

try {
  main();
} catch (e) {
  if (e instanceof Fatal) {
    log('fatal', e.message);
    process.exit(e.code);
  }
  log('fatal', `unexpected error: ${e && e.stack ? e.stack : String(e)}`);
  process.exit(1);
}
