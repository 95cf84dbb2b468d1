// Image Customizer stand-in: runs inside a container image that the e2e suite
// builds offline. It enforces the contract of the real tool as the action uses
// it (flags valid for its version, every path it is given exists inside the
// container, a writable RPM directory that holds the RPMs, usable /dev and
// loop devices, a config valid against the real schema), then writes a real
// ISO 9660 image with xorriso holding iso.additionalFiles at their
// destinations, the config, and (for inspection) os.additionalFiles under
// /liveos-files. Bundled with @vercel/ncc into one file (ajv + yaml inside).
//
// Its version comes from IC_STANDIN_VERSION (set per image tag).
// A config with os.hostname `fail-on-purpose` makes it fail with exit code 3.
'use strict';

const fs = require('node:fs');
const path = require('node:path');
const { createHash } = require('node:crypto');
const { spawnSync } = require('node:child_process');
const YAML = require('yaml');
const Ajv2020 = require('ajv/dist/2020').default;

const schemas = {
  '0.18.0': require('../../../../src/data/schemas/imagecustomizer-v0.18.0.schema.json'),
  '1.6.0': require('../../../../src/data/schemas/imagecustomizer-v1.6.0.schema.json'),
};

const VERSION = process.env.IC_STANDIN_VERSION || '0.18.0';
const FAIL_MARKER = 'STANDIN-FAILED-ON-PURPOSE';

// ---------------------------------------------------------------- logging

function log(level, msg) {
  const time = new Date().toISOString();
  process.stderr.write(`time="${time}" level=${level} msg=${JSON.stringify(msg)}\n`);
}

class Fatal extends Error {
  constructor(message, code = 1) {
    super(message);
    this.code = code;
  }
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
  if (args[0] === 'customize') {
    if (!atLeast('1.2.0')) usageError(`unexpected argument customize`);
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

function validateConfig(config, configFile) {
  const schemaVersion = atLeast('1.0.0') ? '1.6.0' : '0.18.0';
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  const validate = ajv.compile(schemas[schemaVersion]);
  if (!validate(config)) {
    const errs = validate.errors
      .slice(0, 10)
      .map((e) => `${e.instancePath || '/'} ${e.message}${e.params && e.params.additionalProperty ? ` (${e.params.additionalProperty})` : ''}`);
    throw new Fatal(`invalid config file (${configFile}) against the v${schemaVersion} schema:\n  ${errs.join('\n  ')}`);
  }
  const os = config.os || {};
  const iso = config.iso || {};
  const mode = os.selinux && os.selinux.mode;
  if (mode !== undefined && !['disabled', 'permissive', 'enforcing', 'force-enforcing'].includes(mode)) {
    throw new Fatal(`invalid config file: invalid os.selinux.mode value (${mode})`);
  }
  if (iso.initramfsType === 'full-os' && mode && mode !== 'disabled') {
    throw new Fatal('invalid config file: selinux cannot be enabled with iso.initramfsType full-os');
  }
  if (os.hostname !== undefined && (typeof os.hostname !== 'string' || !/^[a-zA-Z0-9]([a-zA-Z0-9-]{0,62})$/.test(os.hostname))) {
    throw new Fatal(`invalid config file: invalid hostname (${os.hostname})`);
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
    if (!f.destination || !path.isAbsolute(f.destination))
      throw new Fatal(`invalid config file: ${where}[${i}].destination must be an absolute path`);
    if ((f.source === undefined) === (f.content === undefined)) {
      throw new Fatal(`invalid config file: ${where}[${i}] must have exactly one of source and content`);
    }
    if (f.source !== undefined) {
      const src = resolveFromConfig(configDir, f.source);
      requireFile(`${where}[${i}] source`, src);
      out.push({ source: src, destination: f.destination });
    } else out.push({ content: f.content, destination: f.destination });
  }
  return out;
}

// ---------------------------------------------------------------- images and RPMs

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

/** name-version-release.arch.rpm → parts. */
function parseRpmName(base) {
  const m = /^(.+)-([^-]+)-([^-]+)\.([^.]+)\.rpm$/.exec(base);
  return m ? { name: m[1], version: m[2], release: m[3], arch: m[4], file: base } : undefined;
}

function listRpms(dir) {
  const found = [];
  const walk = (d) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.rpm')) found.push(p);
    }
  };
  walk(dir);
  return found;
}

function checkRpmSources(sources, config, disableBaseRepos) {
  const rpms = [];
  for (const src of sources) {
    const st = requireFile('--rpm-source', src, 'any');
    if (st.isFile()) {
      if (!src.endsWith('.repo')) throw new Fatal(`--rpm-source (${src}) is neither a directory nor a .repo file`);
      continue;
    }
    const files = listRpms(src);
    if (files.length === 0) throw new Fatal(`--rpm-source (${src}) holds no .rpm files`);
    for (const f of files) {
      const lead = Buffer.alloc(4);
      const fd = fs.openSync(f, 'r');
      fs.readSync(fd, lead, 0, 4, 0);
      fs.closeSync(fd);
      if (!lead.equals(Buffer.from([0xed, 0xab, 0xee, 0xdb]))) throw new Fatal(`createrepo_c: ${f} is not an RPM package`);
      const parsed = parseRpmName(path.basename(f));
      if (parsed) rpms.push(parsed);
    }
    // What createrepo_c --update does: write repodata/ into the directory.
    try {
      fs.mkdirSync(path.join(src, 'repodata'), { recursive: true });
      const repomd = `<?xml version="1.0" encoding="UTF-8"?>\n<repomd xmlns="http://linux.duke.edu/metadata/repo"><revision>${Date.now()}</revision><!-- e2e stand-in: ${files.length} packages --></repomd>\n`;
      fs.writeFileSync(path.join(src, 'repodata', 'repomd.xml'), repomd);
    } catch (e) {
      throw new Fatal(
        `createrepo_c --update ${src} failed: ${e.code === 'EROFS' ? 'Read-only file system' : e.message} (the RPM source must be writable)`,
      );
    }
    log('info', `Created RPM repository metadata in ${src} (${files.length} packages)`);
  }

  // Resolve the Trident packages the config installs, as dnf would.
  const pk = (config.os && config.os.packages) || {};
  const wanted = [...(pk.install || []), ...(pk.update || [])];
  const tridentWanted = wanted.filter((n) => /^trident(-|$)/.test(n));
  const local = (name) => rpms.filter((r) => r.name === name);
  const localTrident = rpms.filter((r) => /^trident(-|$)/.test(r.name));
  if (tridentWanted.length > 0 && localTrident.length > 0) {
    const core = local('trident')[0];
    if (!core) throw new Fatal(`dnf: nothing provides trident needed by ${tridentWanted.join(', ')} (not in the RPM sources)`);
    const vr = `${core.version}-${core.release}`;
    for (const name of tridentWanted) {
      const r = local(name).find((x) => `${x.version}-${x.release}` === vr);
      if (!r) throw new Fatal(`dnf: no match for ${name}-${vr} in the RPM sources`);
    }
    const mode = (config.os && config.os.selinux && config.os.selinux.mode) || 'disabled';
    if (mode !== 'disabled' && !local('trident-selinux').some((x) => `${x.version}-${x.release}` === vr)) {
      throw new Fatal(`dnf: nothing provides trident-selinux = ${vr} needed by trident-${vr}.x86_64 (SELinux is ${mode})`);
    }
  } else if (tridentWanted.length > 0 && disableBaseRepos) {
    throw new Fatal(`dnf: no match for ${tridentWanted.join(', ')}: not in the RPM sources and the base image repos are disabled`);
  } else if (tridentWanted.length > 0) {
    log('info', `Installing ${tridentWanted.join(', ')} from the base image's package repositories`);
  }
  return rpms;
}

// ---------------------------------------------------------------- ISO

function stage(root, destination, from) {
  const target = path.join(root, destination);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  if (from.source !== undefined) fs.copyFileSync(from.source, target);
  else fs.writeFileSync(target, from.content);
}

function writeIso(staging, output) {
  const r = spawnSync('/usr/bin/xorriso', ['-as', 'mkisofs', '-quiet', '-R', '-V', 'CDROM', '-o', output, staging], { encoding: 'utf8' });
  for (const line of `${r.stdout}${r.stderr}`.split('\n').filter(Boolean)) log('debug', `xorriso: ${line}`);
  if (r.status !== 0) throw new Fatal(`failed to create the ISO (xorriso exit ${r.status}): ${r.stderr.trim().split('\n').slice(-3).join(' | ')}`);
}

// ---------------------------------------------------------------- main

function main() {
  const argv = process.argv.slice(2);
  const flags = parseArgs(argv);
  log('info', `Image Customizer stand-in version: ${VERSION}`);
  if (flags['log-level'] === 'debug' || flags['log-level'] === 'trace') log('debug', `argv: ${JSON.stringify(argv)}`);

  checkPrivileges();
  checkNoHostRoot();

  const buildDir = flags['build-dir'];
  fs.mkdirSync(buildDir, { recursive: true });
  fs.accessSync(buildDir, fs.constants.W_OK);

  const configFile = flags['config-file'];
  requireFile('--config-file', configFile);
  const configDir = path.dirname(configFile);
  const configText = fs.readFileSync(configFile, 'utf8');
  const doc = YAML.parseDocument(configText, { uniqueKeys: true });
  if (doc.errors.length) throw new Fatal(`failed to parse config file (${configFile}): ${doc.errors[0].message}`);
  const config = doc.toJS() || {};
  validateConfig(config, configFile);
  log('info', `Config file (${configFile}) is valid`);

  // The base image.
  const inputImage =
    flags['image-file'] || (config.input && config.input.image && config.input.image.path && resolveFromConfig(configDir, config.input.image.path));
  if (!inputImage && !flags.image) throw new Fatal('no input image: give --image-file or input.image.path');
  if (inputImage) requireFile('--image-file', inputImage);
  const imageFormat = inputImage ? detectImageFormat(inputImage) : 'oci';
  const ext = inputImage ? path.extname(inputImage).slice(1).toLowerCase() : '';
  if (['vhdx', 'vhd', 'qcow2'].includes(ext) && ext !== imageFormat) {
    throw new Fatal(`--image-file (${inputImage}) is named .${ext} but its content is ${imageFormat}`);
  }
  log('info', `Base image: ${inputImage} (${imageFormat})`);

  // Output.
  const output =
    flags['output-image-file'] ||
    (config.output && config.output.image && config.output.image.path && resolveFromConfig(configDir, config.output.image.path));
  const format = flags['output-image-format'] || (config.output && config.output.image && config.output.image.format);
  if (!output) throw new Fatal('no output image path: give --output-image-file');
  if (!format) throw new Fatal('no output image format: give --output-image-format');
  if (format !== 'iso') throw new Fatal(`this stand-in writes only iso, not ${format}`);
  requireFile('the output directory', path.dirname(output), 'dir');
  try {
    fs.accessSync(path.dirname(output), fs.constants.W_OK);
  } catch {
    throw new Fatal(`the output directory (${path.dirname(output)}) is not writable`);
  }

  // Files the config points at.
  const os = config.os || {};
  const osFiles = checkAdditionalFiles(os.additionalFiles, configDir, 'os.additionalFiles');
  const isoFiles = checkAdditionalFiles((config.iso || {}).additionalFiles, configDir, 'iso.additionalFiles');
  for (const [i, d] of (os.additionalDirs || []).entries())
    requireFile(`os.additionalDirs[${i}] source`, resolveFromConfig(configDir, d.source), 'dir');
  const scripts = config.scripts || {};
  for (const kind of ['postCustomization', 'finalizeCustomization']) {
    for (const [i, s] of (scripts[kind] || []).entries()) {
      if ((s.path === undefined) === (s.content === undefined))
        throw new Fatal(`invalid config file: scripts.${kind}[${i}] must have exactly one of path and content`);
      if (s.path !== undefined) {
        const p = path.resolve(configDir, s.path);
        if (p !== configDir && !p.startsWith(configDir + '/'))
          throw new Fatal(`invalid config file: scripts.${kind}[${i}].path (${s.path}) is not under the config file's directory (${configDir})`);
        requireFile(`scripts.${kind}[${i}].path`, p);
      }
    }
  }

  const rpms = checkRpmSources(flags['rpm-source'], config, Boolean(flags['disable-base-image-rpm-repos']));

  exerciseLoopDevice(buildDir);

  if (os.hostname === 'fail-on-purpose') {
    log('info', 'Customizing OS image');
    log('info', 'Installing packages: ' + ((os.packages && os.packages.install) || []).join(' '));
    log('error', 'stand-in: step 1 of the deliberate failure');
    log('error', 'stand-in: step 2 of the deliberate failure');
    throw new Fatal(`image customization failed: ${FAIL_MARKER} (os.hostname is fail-on-purpose)`, 3);
  }

  // Assemble the ISO contents.
  log('info', 'Creating the live OS ISO');
  const staging = fs.mkdtempSync(path.join(buildDir, 'iso-'));
  for (const f of isoFiles) stage(staging, f.destination, f);
  for (const f of osFiles) stage(staging, path.join('/liveos-files', f.destination), f);
  stage(staging, '/imagecustomizer/config.yaml', { content: configText });
  const manifest = {
    standin: 'imagecustomizer',
    version: VERSION,
    argv,
    baseImage: inputImage ? { path: inputImage, format: imageFormat, sha256: sha256(inputImage) } : { oci: flags.image },
    rpmSources: flags['rpm-source'],
    rpms: rpms.map((r) => r.file).sort(),
    hostname: os.hostname,
    selinuxMode: os.selinux && os.selinux.mode,
    packages: (os.packages && os.packages.install) || [],
    services: (os.services && os.services.enable) || [],
  };
  stage(staging, '/standin-manifest.json', { content: JSON.stringify(manifest, null, 2) + '\n' });
  writeIso(staging, output);
  fs.rmSync(staging, { recursive: true, force: true });
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
