#!/usr/bin/node
// systemd stand-in for the live OS of the Image Customizer stand-in's ISO:
// /usr/lib/systemd/systemd (PID 1, via /usr/sbin/init) and /usr/bin/systemctl
// (enable/disable offline in a chroot, reboot/poweroff at run time). It runs
// what the installed RPMs ship as systemd would run it, so that what reaches
// the serial console is what would reach it on the real live OS:
// - status lines ("[  OK  ] Finished ...", "[FAILED] Failed to start ...",
//   "See 'systemctl status ...' for details.") go to /dev/console, which the
//   kernel maps to the LAST console= of the command line
//   (Documentation/admin-guide/serial-console.rst);
// - services' output goes to the journal only (DefaultStandardOutput=journal;
//   JOURNAL_STREAM names the stream, as systemd sets it), and reaches a console
//   only when journald forwards it: ForwardToConsole=yes, TTYPath= (default
//   /dev/console), MaxLevelConsole= (default info), from journald.conf and its
//   drop-ins, or systemd.journald.forward_to_console=1 on the kernel command
//   line (systemd man journald.conf(5); src/journal/journald-console.c's
//   "[ seconds] identifier[pid]: message" lines);
// - units: /etc/systemd/system, /run/systemd/system, /usr/lib/systemd/system
//   with <unit>.d/*.conf drop-ins; `systemctl enable` links per [Install]
//   WantedBy=; the boot starts what multi-user.target and network.target want
//   (network.target is reached on Azure Linux, where systemd-networkd is
//   enabled), ordered by After=/Before=; Condition*= checked ("... was skipped
//   because of an unmet condition check"); ExecStart= with a bare name
//   searched in /usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin;
//   Type=oneshot waited for; Restart=on-failure with RestartSec= and
//   StartLimitBurst=;
// - udev: /dev/disk/by-path, by-id, by-uuid and by-label links, named as
//   systemd's src/udev/udev-builtin-path_id.c and rules.d/60-persistent-storage.rules
//   name them (SATA: pci-<pci>-ata-<port_no>.<target> and the compat
//   pci-<pci>-ata-<port_no>; virtio-blk: pci-<pci>; by-id ata-<model>_<serial>
//   and virtio-<serial>), made once at boot;
// - after the boot transaction, a getty prompt "<hostname> login: " (agetty
//   prints the hostname up to its first dot) on each active console
//   (/sys/class/tty/console/active; systemd-getty-generator).
// - shutdown (systemctl reboot/poweroff): services get SIGTERM; a oneshot still
//   starting (Trident waiting for the reboot it asked for) ends its canceled
//   start job silently and prints "Stopped ..." (no "Failed to start").
// Not modelled: sockets, timers, D-Bus, cgroups, re-running udev after Trident
// repartitions, stopping services in order at shutdown.
'use strict';

const fs = require('node:fs');
const path = require('node:path');
const cp = require('node:child_process');

const UNIT_DIRS = ['/etc/systemd/system', '/run/systemd/system', '/usr/local/lib/systemd/system', '/usr/lib/systemd/system'];
const EXEC_SEARCH_PATH = ['/usr/local/sbin', '/usr/local/bin', '/usr/sbin', '/usr/bin'];
const SERVICE_PATH = EXEC_SEARCH_PATH.join(':');
const BOOT_TARGETS = ['network.target', 'multi-user.target'];
const BUSYBOX = '/usr/bin/busybox';

// ------------------------------------------------------------------ unit files

/** Parses a unit file into { section: { key: [values] } } (an empty assignment resets the list). */
function parseUnitText(text, into = {}) {
  let section;
  let pending = '';
  for (const raw of text.split('\n')) {
    let line = pending + raw.trim();
    pending = '';
    if (line.endsWith('\\')) {
      pending = line.slice(0, -1) + ' ';
      continue;
    }
    if (!line || line.startsWith('#') || line.startsWith(';')) continue;
    const sec = /^\[(.+)\]$/.exec(line);
    if (sec) {
      section = into[sec[1]] = into[sec[1]] || {};
      continue;
    }
    if (!section) continue;
    const eq = line.indexOf('=');
    if (eq < 0) continue;
    const key = line.slice(0, eq).trim();
    const value = line.slice(eq + 1).trim();
    if (value === '') section[key] = [];
    else (section[key] = section[key] || []).push(value);
  }
  return into;
}

function unitFile(root, name) {
  for (const dir of UNIT_DIRS) {
    const p = path.join(root, dir, name);
    if (fs.existsSync(p)) return p;
  }
  return undefined;
}

/** The unit with its drop-ins applied, or undefined. */
function loadUnit(root, name) {
  const file = unitFile(root, name);
  if (!file) return undefined;
  const unit = parseUnitText(fs.readFileSync(file, 'utf8'));
  const dropins = new Map();
  for (const dir of [...UNIT_DIRS].reverse()) {
    const d = path.join(root, dir, `${name}.d`);
    let entries = [];
    try {
      entries = fs.readdirSync(d).filter((f) => f.endsWith('.conf'));
    } catch {
      continue;
    }
    for (const f of entries) dropins.set(f, path.join(d, f));
  }
  for (const f of [...dropins.keys()].sort()) {
    try {
      parseUnitText(fs.readFileSync(dropins.get(f), 'utf8'), unit);
    } catch {
      // a dangling drop-in symlink is ignored
    }
  }
  unit.name = name;
  return unit;
}

const get = (unit, section, key, dflt) => {
  const v = unit[section] && unit[section][key];
  return v && v.length ? v[v.length - 1] : dflt;
};
const list = (unit, section, key) => ((unit[section] && unit[section][key]) || []).flatMap((v) => v.split(/\s+/)).filter(Boolean);

/** systemctl enable/disable (offline): the [Install] WantedBy=/RequiredBy= links under /etc/systemd/system. */
function enableUnit(root, name, enable) {
  const unit = loadUnit(root, name);
  if (!unit) {
    process.stderr.write(`Failed to ${enable ? 'enable' : 'disable'} unit: Unit file ${name} does not exist.\n`);
    return 1;
  }
  const file = unitFile(root, name);
  const targets = [...list(unit, 'Install', 'WantedBy').map((t) => `${t}.wants`), ...list(unit, 'Install', 'RequiredBy').map((t) => `${t}.requires`)];
  if (targets.length === 0 && enable) {
    process.stderr.write(
      `The unit files have no installation config (WantedBy=, RequiredBy=, Also=,\nAlias= settings in the [Install] section, and DefaultInstance= for template\nunits). This means they are not meant to be enabled or disabled using systemctl.\n`,
    );
    return 0;
  }
  for (const t of targets) {
    const dir = path.join(root, '/etc/systemd/system', t);
    const link = path.join(dir, name);
    if (enable) {
      fs.mkdirSync(dir, { recursive: true });
      if (!fs.lstatSync(link, { throwIfNoEntry: false })) {
        const target = `/${path.relative(root, file)}`;
        fs.symlinkSync(target, link);
        process.stdout.write(`Created symlink ${path.join('/etc/systemd/system', t, name)} → ${target}.\n`);
      }
    } else if (fs.lstatSync(link, { throwIfNoEntry: false })) {
      fs.rmSync(link);
      process.stdout.write(`Removed "${path.join('/etc/systemd/system', t, name)}".\n`);
    }
  }
  return 0;
}

function isEnabled(root, name) {
  const unit = loadUnit(root, name);
  if (!unit) return undefined;
  const targets = [...list(unit, 'Install', 'WantedBy').map((t) => `${t}.wants`), ...list(unit, 'Install', 'RequiredBy').map((t) => `${t}.requires`)];
  if (targets.length === 0) return 'static';
  return targets.some((t) => fs.lstatSync(path.join(root, '/etc/systemd/system', t, name), { throwIfNoEntry: false })) ? 'enabled' : 'disabled';
}

// ------------------------------------------------------------------ systemctl

function systemctl(argv) {
  const args = argv.filter((a) => !a.startsWith('--') || a === '--now');
  const rootArg = argv.find((a) => a.startsWith('--root='));
  const root = rootArg ? rootArg.slice(7) : '/';
  const [cmd, ...names] = args;
  const unitName = (n) => (n.includes('.') ? n : `${n}.service`);
  switch (cmd) {
    case 'enable':
    case 'disable': {
      let rc = 0;
      for (const n of names) rc = enableUnit(root, unitName(n), cmd === 'enable') || rc;
      return rc;
    }
    case 'is-enabled': {
      const state = isEnabled(root, unitName(names[0] || ''));
      if (!state) {
        process.stderr.write(`Failed to get unit file state for ${unitName(names[0] || '')}: No such file or directory\n`);
        return 1;
      }
      process.stdout.write(`${state}\n`);
      return state === 'disabled' ? 1 : 0;
    }
    case 'daemon-reload':
      return 0;
    case 'reboot':
    case 'poweroff':
    case 'halt':
      if (!isPid1Running()) {
        process.stderr.write("System has not been booted with systemd as init system (PID 1). Can't operate.\n");
        return 1;
      }
      process.kill(1, cmd === 'reboot' ? 'SIGINT' : 'SIGUSR2');
      return 0;
    default:
      process.stderr.write(`systemctl (e2e stand-in): '${argv.join(' ')}' is not modelled\n`);
      return 1;
  }
}

/** sd_booted(): systemd creates /run/systemd/system at boot. */
function isPid1Running() {
  return fs.existsSync('/run/systemd/system');
}

// ------------------------------------------------------------------ PID 1

const COLOR = { ok: '\x1b[0;32m', fail: '\x1b[0;1;31m', reset: '\x1b[0m', bold: '\x1b[1m' };
let consoleFd;

function consoleWrite(text) {
  try {
    if (consoleFd === undefined) consoleFd = fs.openSync('/dev/console', fs.constants.O_WRONLY | fs.constants.O_NOCTTY);
    fs.writeSync(consoleFd, text.replace(/\n/g, '\r\n'));
  } catch {
    // no console: nothing to show it on
  }
}
const ok = (text) => consoleWrite(`[${COLOR.ok}  OK  ${COLOR.reset}] ${text}\n`);
const failed = (text) => consoleWrite(`[${COLOR.fail}FAILED${COLOR.reset}] ${text}\n`);

function bb(args, options = {}) {
  return cp.spawnSync(BUSYBOX, args, { encoding: 'utf8', ...options });
}

function readFile(p, dflt = '') {
  try {
    return fs.readFileSync(p, 'utf8');
  } catch {
    return dflt;
  }
}

function monotonic() {
  return Number(process.hrtime.bigint() / 1000n) / 1e6;
}

// ---------------------------------------------------------------- journal

const journal = {
  forward: false,
  ttyPath: '/dev/console',
  maxLevel: 6,
  file: '/run/log/journal/standin-journal.log',
  hostname: 'localhost',
};
const LEVELS = { emerg: 0, alert: 1, crit: 2, err: 3, warning: 4, notice: 5, info: 6, debug: 7 };
const truthy = (v) => /^(1|yes|true|on)$/i.test(String(v).trim());

function loadJournaldConfig(cmdline) {
  const files = ['/etc/systemd/journald.conf'];
  const dropins = new Map();
  for (const dir of [
    '/usr/lib/systemd/journald.conf.d',
    '/usr/local/lib/systemd/journald.conf.d',
    '/run/systemd/journald.conf.d',
    '/etc/systemd/journald.conf.d',
  ]) {
    let entries = [];
    try {
      entries = fs.readdirSync(dir).filter((f) => f.endsWith('.conf'));
    } catch {
      continue;
    }
    for (const f of entries) dropins.set(f, path.join(dir, f));
  }
  for (const f of [...dropins.keys()].sort()) files.push(dropins.get(f));
  const conf = {};
  for (const f of files) parseUnitText(readFile(f), conf);
  const j = conf.Journal || {};
  const last = (k) => (j[k] && j[k].length ? j[k][j[k].length - 1] : undefined);
  if (last('ForwardToConsole') !== undefined) journal.forward = truthy(last('ForwardToConsole'));
  if (last('TTYPath')) journal.ttyPath = last('TTYPath');
  const lvl = last('MaxLevelConsole');
  if (lvl !== undefined) journal.maxLevel = /^\d$/.test(lvl) ? Number(lvl) : (LEVELS[lvl] ?? 6);
  const kernelForward = /(?:^|\s)systemd\.journald\.forward_to_console(?:=(\S+))?/.exec(cmdline);
  if (kernelForward) journal.forward = kernelForward[1] === undefined || truthy(kernelForward[1]);
}

function journalWrite(priority, ident, pid, message) {
  const stamp = new Date().toISOString();
  try {
    fs.appendFileSync(journal.file, `${stamp} ${journal.hostname} ${ident}[${pid}]: <${priority}> ${message}\n`);
  } catch {
    // journal directory missing: nothing to keep it in
  }
  if (journal.forward && priority <= journal.maxLevel) {
    const t = monotonic();
    const line = `[${t.toFixed(6).padStart(12)}] ${ident}[${pid}]: ${message}\n`.replace(/\n/g, '\r\n');
    try {
      const fd = fs.openSync(journal.ttyPath, fs.constants.O_WRONLY | fs.constants.O_NOCTTY);
      fs.writeSync(fd, line);
      fs.closeSync(fd);
    } catch {
      // TTYPath does not exist
    }
  }
}
const sysLog = (priority, message) => journalWrite(priority, 'systemd', 1, message);

/** A journal stream for a service: a file under /run/systemd/journal/streams, tailed into the journal. */
class Stream {
  constructor(unit, ident) {
    fs.mkdirSync('/run/systemd/journal/streams', { recursive: true });
    this.path = `/run/systemd/journal/streams/${unit}-${Date.now()}`;
    this.fd = fs.openSync(this.path, 'a');
    const st = fs.fstatSync(this.fd, { bigint: true });
    this.id = `${st.dev}:${st.ino}`;
    this.ident = ident;
    this.pos = 0;
    this.partial = '';
    this.pid = 0;
  }
  drain(final = false) {
    let text;
    try {
      const size = fs.statSync(this.path).size;
      if (size <= this.pos) {
        if (final && this.partial) this.emit(this.partial);
        return;
      }
      const buf = Buffer.alloc(size - this.pos);
      const rfd = fs.openSync(this.path, 'r');
      fs.readSync(rfd, buf, 0, buf.length, this.pos);
      fs.closeSync(rfd);
      this.pos = size;
      text = this.partial + buf.toString('utf8');
    } catch {
      return;
    }
    const lines = text.split('\n');
    this.partial = lines.pop();
    for (const l of lines) this.emit(l);
    if (final && this.partial) {
      this.emit(this.partial);
      this.partial = '';
    }
  }
  emit(line) {
    // SyslogLevelPrefix=yes: a leading <N> sets the priority; SyslogLevel=info otherwise.
    const m = /^<([0-7])>(.*)$/s.exec(line);
    journalWrite(m ? Number(m[1]) : 6, this.ident, this.pid, m ? m[2] : line);
  }
}

// ---------------------------------------------------------------- udev

/** UUID and label of an ext2/3/4, FAT or ISO 9660 filesystem (the superblock fields blkid reads). */
function probeFilesystem(dev) {
  let fd;
  try {
    fd = fs.openSync(dev, 'r');
    const b = Buffer.alloc(34816);
    const n = fs.readSync(fd, b, 0, b.length, 0);
    if (n >= 2048 && b.readUInt16LE(1024 + 56) === 0xef53) {
      const u = b.subarray(1024 + 104, 1024 + 120).toString('hex');
      return {
        uuid: `${u.slice(0, 8)}-${u.slice(8, 12)}-${u.slice(12, 16)}-${u.slice(16, 20)}-${u.slice(20)}`,
        label: b.toString('latin1', 1024 + 120, 1024 + 136).replace(/\0.*$/s, ''),
      };
    }
    if (n >= 34816 && b.toString('latin1', 32769, 32774) === 'CD001') return { label: b.toString('latin1', 32808, 32840).trim() };
    if (n >= 512 && b[510] === 0x55 && b[511] === 0xaa && (b.toString('latin1', 82, 87) === 'FAT32' || b.toString('latin1', 54, 57) === 'FAT')) {
      const fat32 = b.toString('latin1', 82, 87) === 'FAT32';
      const id = b
        .readUInt32LE(fat32 ? 0x43 : 0x27)
        .toString(16)
        .toUpperCase()
        .padStart(8, '0');
      const label = b.toString('latin1', fat32 ? 0x47 : 0x2b, (fat32 ? 0x47 : 0x2b) + 11).trim();
      return { uuid: `${id.slice(0, 4)}-${id.slice(4)}`, label: label === 'NO NAME' ? '' : label };
    }
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
  return undefined;
}

function udevLinks() {
  const made = [];
  const link = (dir, name, dev) => {
    const d = `/dev/disk/${dir}`;
    fs.mkdirSync(d, { recursive: true });
    const p = path.join(d, name);
    try {
      fs.rmSync(p, { force: true });
      fs.symlinkSync(`../../${dev}`, p);
      made.push(p);
    } catch {
      // a duplicate name: the first one wins
    }
  };
  let blocks = [];
  try {
    blocks = fs.readdirSync('/sys/class/block');
  } catch {
    return made;
  }
  for (const dev of blocks.sort()) {
    const sys = fs.realpathSync(`/sys/class/block/${dev}`);
    const isPart = fs.existsSync(path.join(sys, 'partition'));
    const disk = isPart ? path.basename(path.dirname(sys)) : dev;
    const diskSys = isPart ? path.dirname(sys) : sys;
    const suffix = isPart ? `-part${readFile(path.join(sys, 'partition')).trim()}` : '';
    // path_id: the PCI device, then the ATA port (handle_scsi_ata) or nothing for virtio.
    const parts = diskSys.split('/');
    const pciIdx = parts
      .map((p, i) => (/^[0-9a-f]{4}:[0-9a-f]{2}:[0-9a-f]{2}\.[0-9a-f]$/.test(p) ? i : -1))
      .filter((i) => i >= 0)
      .pop();
    if (pciIdx !== undefined) {
      const pci = `pci-${parts[pciIdx]}`;
      const ata = parts.find((p) => /^ata\d+$/.test(p));
      const scsi = parts.find((p) => /^\d+:\d+:\d+:\d+$/.test(p));
      if (ata && scsi) {
        const portNo = readFile(`/sys/class/ata_port/${ata}/port_no`).trim() || ata.slice(3);
        const target = scsi.split(':')[2];
        link('by-path', `${pci}-ata-${portNo}.${target}${suffix}`, dev);
        link('by-path', `${pci}-ata-${portNo}${suffix}`, dev);
      } else if (parts.some((p) => /^virtio\d+$/.test(p))) {
        link('by-path', `${pci}${suffix}`, dev);
        link('by-path', `virtio-${pci}${suffix}`, dev);
      }
    }
    // by-id: ata-<model>_<serial> (ata_id), virtio-<serial>.
    if (/^sd[a-z]+$/.test(disk) || /^sr\d+$/.test(disk)) {
      const model = readFile(path.join(diskSys, 'device', 'model'))
        .trim()
        .replace(/\s+/g, '_');
      let serial = '';
      try {
        const vpd = fs.readFileSync(path.join(diskSys, 'device', 'vpd_pg80'));
        serial = vpd
          .subarray(4, 4 + vpd[3])
          .toString('latin1')
          .trim()
          .replace(/\s+/g, '_');
      } catch {
        serial = '';
      }
      if (model && serial) link('by-id', `ata-${model}_${serial}${suffix}`, dev);
    } else if (/^vd[a-z]+$/.test(disk)) {
      const serial = readFile(path.join(diskSys, 'serial')).trim();
      if (serial) link('by-id', `virtio-${serial}${suffix}`, dev);
    }
    // by-uuid / by-label from the filesystem's superblock (blkid's ID_FS_UUID / ID_FS_LABEL).
    const fsid = probeFilesystem(`/dev/${dev}`);
    if (fsid && fsid.uuid) link('by-uuid', fsid.uuid, dev);
    if (fsid && fsid.label) link('by-label', fsid.label.replace(/\//g, '\\x2f').replace(/ /g, '\\x20'), dev);
  }
  return made;
}

// ---------------------------------------------------------------- services

const children = new Set();
const streams = new Set();

function splitCommand(line) {
  const out = [];
  const re = /"((?:[^"\\]|\\.)*)"|'([^']*)'|(\S+)/g;
  let m;
  while ((m = re.exec(line))) out.push(m[1] !== undefined ? m[1].replace(/\\(.)/g, '$1') : m[2] !== undefined ? m[2] : m[3]);
  return out;
}

function resolveExec(word) {
  if (word.startsWith('/')) return fs.existsSync(word) ? word : undefined;
  for (const d of EXEC_SEARCH_PATH) if (fs.existsSync(path.join(d, word))) return path.join(d, word);
  return undefined;
}

function conditionsMet(unit, cmdline) {
  const u = unit.Unit || {};
  for (const [key, values] of Object.entries(u)) {
    if (!key.startsWith('Condition')) continue;
    for (const raw of values) {
      const neg = raw.startsWith('!');
      const v = neg ? raw.slice(1) : raw;
      let res;
      if (key === 'ConditionPathExists') res = fs.existsSync(v);
      else if (key === 'ConditionPathIsDirectory') res = fs.existsSync(v) && fs.statSync(v).isDirectory();
      else if (key === 'ConditionFileNotEmpty') res = fs.existsSync(v) && fs.statSync(v).size > 0;
      else if (key === 'ConditionKernelCommandLine') res = cmdline.split(/\s+/).some((w) => w === v || w.startsWith(`${v}=`));
      else continue;
      if (res === neg) return `${key}=${raw}`;
    }
  }
  return undefined;
}

function describe(unit) {
  const d = get(unit, 'Unit', 'Description');
  return d ? `${unit.name} - ${d}` : unit.name;
}

function parseSeconds(v, dflt) {
  if (v === undefined) return dflt;
  const m = /^(\d+(?:\.\d+)?)\s*(ms|s|min|m)?$/.exec(v.trim());
  if (!m) return dflt;
  const n = Number(m[1]);
  return m[2] === 'ms' ? n / 1000 : m[2] === 'min' || m[2] === 'm' ? n * 60 : n;
}

/** Runs ExecStart= once; resolves with the exit code (or a spawn failure's 203). */
function runOnce(unit) {
  return new Promise((resolve) => {
    const execs = (unit.Service && unit.Service.ExecStart) || [];
    const line = execs[execs.length - 1];
    if (!line) {
      sysLog(3, `${unit.name}: Service has no ExecStart=, ExecStop=, or SuccessAction=. Refusing.`);
      resolve({ code: 1, ignore: false });
      return;
    }
    let cmd = line;
    let ignore = false;
    while (/^[-@+!:]/.test(cmd)) {
      if (cmd[0] === '-') ignore = true;
      cmd = cmd.slice(1);
    }
    const argv = splitCommand(cmd);
    const exe = resolveExec(argv[0]);
    if (!exe) {
      sysLog(3, `${unit.name}: Unable to locate executable '${argv[0]}': No such file or directory`);
      sysLog(3, `${unit.name}: Failed at step EXEC spawning ${argv[0]}: No such file or directory`);
      resolve({ code: 203, ignore });
      return;
    }
    const env = { PATH: SERVICE_PATH, LANG: 'C.UTF-8', INVOCATION_ID: require('node:crypto').randomBytes(16).toString('hex') };
    for (const e of list(unit, 'Service', 'Environment')) {
      const eq = e.indexOf('=');
      if (eq > 0) env[e.slice(0, eq)] = e.slice(eq + 1).replace(/^"|"$/g, '');
    }
    const out = get(unit, 'Service', 'StandardOutput', 'journal');
    const ident = get(unit, 'Service', 'SyslogIdentifier', path.basename(exe));
    let stdio;
    let stream;
    if (out === 'journal' || out === 'journal+console' || out === 'kmsg' || out === 'kmsg+console') {
      stream = new Stream(unit.name, ident);
      env.JOURNAL_STREAM = stream.id;
      stdio = ['ignore', stream.fd, stream.fd];
    } else if (out === 'tty' || out === 'console') {
      const tty = out === 'tty' ? get(unit, 'Service', 'TTYPath', '/dev/console') : '/dev/console';
      const fd = fs.openSync(tty, fs.constants.O_WRONLY | fs.constants.O_NOCTTY);
      stdio = ['ignore', fd, fd];
    } else stdio = ['ignore', 'ignore', 'ignore'];
    const child = cp.spawn(exe, argv.slice(1), { env, stdio, argv0: argv[0] });
    children.add(child);
    if (stream) {
      stream.pid = child.pid;
      streams.add(stream);
    }
    const timer = stream ? setInterval(() => stream.drain(), 200) : undefined;
    child.on('error', () => undefined);
    child.on('exit', (code, signal) => {
      children.delete(child);
      if (timer) clearInterval(timer);
      if (stream) {
        stream.drain(true);
        streams.delete(stream);
        fs.closeSync(stream.fd);
      }
      resolve({ code: code === null ? 128 + (signal ? 15 : 0) : code, signal, ignore });
    });
  });
}

/** How systemd logs a main process's end (src/core/service.c service_sigchld_event; signal names as signal_to_string). */
function exitText(r) {
  if (r.signal) return `code=killed, status=${require('node:os').constants.signals[r.signal] ?? 15}/${r.signal.replace(/^SIG/, '')}`;
  return `code=exited, status=${r.code}/${r.code === 0 ? 'SUCCESS' : r.code === 2 ? 'INVALIDARGUMENT' : 'FAILURE'}`;
}

/** Starts a unit (a service, or a target), once. Resolves when its start job is done: 'done' | 'failed' | 'skipped' | 'canceled'. */
const jobs = new Map();
function start(root, name, cmdline) {
  if (jobs.has(name)) return jobs.get(name);
  const job = (async () => {
    const unit = loadUnit(root, name);
    if (!unit) {
      if (!name.endsWith('.target')) sysLog(4, `Unit ${name} not found.`);
      return 'done';
    }
    if (name.endsWith('.target')) return 'done';
    const unmet = conditionsMet(unit, cmdline);
    if (unmet) {
      sysLog(6, `${describe(unit)} was skipped because of an unmet condition check (${unmet}).`);
      return 'skipped';
    }
    const type = get(unit, 'Service', 'Type', 'simple');
    consoleWrite(`         Starting ${describe(unit)}...\n`);
    sysLog(6, `Starting ${describe(unit)}...`);
    if (type !== 'oneshot') {
      runOnce(unit).then((r) => {
        if (r.code !== 0) {
          sysLog(5, `${unit.name}: Main process exited, code=exited, status=${r.code}`);
          failed(`${describe(unit)} exited with status ${r.code}.`);
        }
      });
      ok(`Started ${describe(unit)}.`);
      sysLog(6, `Started ${describe(unit)}.`);
      return 'done';
    }
    const restart = get(unit, 'Service', 'Restart', 'no');
    const burst = Number(get(unit, 'Unit', 'StartLimitBurst', '5'));
    const delay = parseSeconds(get(unit, 'Service', 'RestartSec'), 0.1);
    const first = await runOnce(unit);
    if (shuttingDown) {
      // The shutdown's stop job replaced this start job (src/core/transaction.c cancels the conflicting
      // job): a canceled start job prints nothing (src/core/job.c, job_done_message_format has no
      // JOB_CANCELED message), the stop job prints "Stopped ...". A oneshot's main process killed by
      // SIGTERM is not a clean exit (src/shared/exit-status.c is_clean_exit, EXIT_CLEAN_COMMAND): the
      // unit's result is 'signal', in the journal only.
      sysLog(5, `${unit.name}: Main process exited, ${exitText(first)}`);
      if (first.code !== 0) sysLog(4, `${unit.name}: Failed with result '${first.signal ? 'signal' : 'exit-code'}'.`);
      ok(`Stopped ${describe(unit)}.`);
      return 'canceled';
    }
    const report = (r) => {
      if (r.code === 0 || r.ignore) {
        ok(`Finished ${describe(unit)}.`);
        sysLog(6, `Finished ${describe(unit)}.`);
        return true;
      }
      sysLog(5, `${unit.name}: Main process exited, ${exitText(r)}`);
      sysLog(4, `${unit.name}: Failed with result '${r.signal ? 'signal' : 'exit-code'}'.`);
      failed(`Failed to start ${describe(unit)}.`);
      consoleWrite(`See 'systemctl status ${unit.name}' for details.\n`);
      sysLog(3, `Failed to start ${describe(unit)}.`);
      return false;
    };
    if (report(first)) return 'done';
    if (restart === 'on-failure' || restart === 'always') {
      // The start job has failed; restarts are new jobs that dependents do not wait for.
      (async () => {
        for (let attempt = 1; attempt < burst; attempt++) {
          await new Promise((r) => setTimeout(r, delay * 1000));
          sysLog(6, `${unit.name}: Scheduled restart job, restart counter is at ${attempt}.`);
          consoleWrite(`         Starting ${describe(unit)}...\n`);
          if (report(await runOnce(unit))) return;
        }
        sysLog(4, `${unit.name}: Start request repeated too quickly.`);
        failed(`Failed to start ${describe(unit)}.`);
      })();
    }
    return 'failed';
  })();
  jobs.set(name, job);
  return job;
}

/** The units the boot pulls in: what the boot targets want (their .wants links and Wants=/Requires=), recursively. */
function bootUnits(root) {
  const seen = new Set();
  const visit = (name) => {
    if (seen.has(name)) return;
    seen.add(name);
    for (const dir of UNIT_DIRS) {
      for (const kind of ['wants', 'requires']) {
        let entries = [];
        try {
          entries = fs.readdirSync(path.join(root, dir, `${name}.${kind}`));
        } catch {
          continue;
        }
        for (const e of entries) visit(e);
      }
    }
    const unit = loadUnit(root, name);
    if (unit) for (const dep of [...list(unit, 'Unit', 'Wants'), ...list(unit, 'Unit', 'Requires')]) visit(dep);
  };
  for (const t of BOOT_TARGETS) visit(t);
  return [...seen].filter((n) => n.endsWith('.service'));
}

/** Starts the units in After=/Before= order; each waits for the start jobs of those it is ordered after. */
async function bootTransaction(root, names, cmdline) {
  const units = new Map(names.map((n) => [n, loadUnit(root, n)]).filter(([, u]) => u));
  const after = new Map([...units.keys()].map((n) => [n, new Set()]));
  for (const [n, u] of units) {
    for (const a of list(u, 'Unit', 'After')) if (after.has(a)) after.get(n).add(a);
    for (const b of list(u, 'Unit', 'Before')) if (after.has(b)) after.get(b).add(n);
  }
  const done = new Map();
  const run = (n, stack = new Set()) => {
    if (done.has(n)) return done.get(n);
    const p = (async () => {
      for (const dep of after.get(n)) if (!stack.has(dep)) await run(dep, new Set([...stack, n]));
      return start(root, n, cmdline);
    })();
    done.set(n, p);
    return p;
  };
  for (const n of [...units.keys()].sort()) await run(n);
}

function shortHostname() {
  const h = readFile('/etc/hostname').trim() || 'localhost';
  return { full: h, short: h.split('.')[0] };
}

function gettys(prettyName) {
  const active = readFile('/sys/class/tty/console/active').trim().split(/\s+/).filter(Boolean);
  const { short } = shortHostname();
  const ttys = [];
  for (const c of active) {
    if (/^tty\d+$/.test(c)) ttys.push({ dev: '/dev/tty1', unit: 'getty@tty1.service - Getty on tty1' });
    else ttys.push({ dev: `/dev/${c}`, unit: `serial-getty@${c}.service - Serial Getty on ${c}` });
  }
  for (const t of ttys) ok(`Started ${t.unit}.`);
  ok('Reached target getty.target - Login Prompts.');
  ok('Reached target multi-user.target - Multi-User System.');
  for (const t of ttys) {
    try {
      const fd = fs.openSync(t.dev, fs.constants.O_WRONLY | fs.constants.O_NOCTTY);
      fs.writeSync(fd, `\r\n${prettyName} (${path.basename(t.dev)})\r\n\r\n${short} login: `);
      fs.closeSync(fd);
    } catch {
      // no such tty
    }
  }
}

let shuttingDown = false;

/** The reboot/poweroff job: services get SIGTERM and up to a few seconds to exit (their last lines reach the journal). */
async function shutdown(kind) {
  if (shuttingDown) return;
  shuttingDown = true;
  await new Promise((r) => setTimeout(r, 300));
  for (const st of streams) st.drain();
  ok('Stopped target multi-user.target - Multi-User System.');
  for (const c of children) {
    try {
      c.kill('SIGTERM');
    } catch {
      // gone
    }
  }
  for (let i = 0; i < 30 && children.size > 0; i++) await new Promise((r) => setTimeout(r, 100));
  for (const st of streams) st.drain(true);
  ok(`Reached target ${kind === 'reboot' ? 'reboot.target - System Reboot' : 'poweroff.target - System Power Off'}.`);
  bb(['sync']);
  bb([kind === 'reboot' ? 'reboot' : 'poweroff', '-f']);
}

async function pid1() {
  process.on('SIGINT', () => shutdown('reboot'));
  process.on('SIGUSR2', () => shutdown('poweroff'));
  process.on('SIGTERM', () => undefined);
  process.on('uncaughtException', (e) => consoleWrite(`systemd stand-in: ${e && e.stack ? e.stack : e}\n`));
  for (const [fstype, dir] of [
    ['proc', '/proc'],
    ['sysfs', '/sys'],
    ['devtmpfs', '/dev'],
    ['tmpfs', '/run'],
  ]) {
    if (!fs.existsSync(path.join(dir, fstype === 'proc' ? 'self' : fstype === 'sysfs' ? 'kernel' : '.'))) bb(['mount', '-t', fstype, fstype, dir]);
  }
  fs.mkdirSync('/run/log/journal', { recursive: true });
  fs.mkdirSync('/run/systemd/system', { recursive: true });
  const cmdline = readFile('/proc/cmdline').trim();
  const os = Object.fromEntries(
    readFile('/etc/os-release')
      .split('\n')
      .map((l) => /^(\w+)=(.*)$/.exec(l))
      .filter(Boolean)
      .map((m) => [m[1], m[2].replace(/^"|"$/g, '')]),
  );
  const pretty = os.PRETTY_NAME || 'Linux';
  consoleWrite(`\nWelcome to \x1b[${os.ANSI_COLOR || '1'}m${pretty}\x1b[0m!\n\n`);
  const { full } = shortHostname();
  journal.hostname = full;
  bb(['hostname', full]);
  ok(`Set hostname to <${full}>.`);
  loadJournaldConfig(cmdline);
  ok('Started systemd-journald.service - Journal Service.');
  sysLog(
    6,
    `systemd stand-in running as PID 1; journald ForwardToConsole=${journal.forward ? 'yes' : 'no'} TTYPath=${journal.ttyPath} MaxLevelConsole=${journal.maxLevel}`,
  );
  udevLinks();
  ok('Finished systemd-udev-trigger.service - Coldplug All udev Devices.');
  ok('Finished systemd-udev-settle.service - Wait for udev To Complete Device Initialization.');
  await bootTransaction('/', bootUnits('/'), cmdline);
  ok('Reached target network.target - Network.');
  gettys(pretty);
  setInterval(() => undefined, 1 << 30);
}

const invokedAs = path.basename(process.argv[1] || '');
if (process.pid === 1) {
  pid1().catch((e) => consoleWrite(`systemd stand-in: ${e && e.stack ? e.stack : e}\n`));
} else if (invokedAs === 'reboot' || invokedAs === 'poweroff' || invokedAs === 'halt') {
  process.exitCode = systemctl([invokedAs === 'reboot' ? 'reboot' : 'poweroff']);
} else {
  process.exitCode = systemctl(process.argv.slice(2));
}
