// The OS customization steps after packages, and the live ISO, as Image
// Customizer v0.18.0 does them (microsoft/azure-linux-image-tools):
// - order (docs/imagecustomizer/api/configuration.md "Operation ordering"):
//   hostname, users, additionalDirs, additionalFiles, services, ..., grub
//   (hard-reset / extraCommandLine), SELinux mode, ..., postCustomization
//   scripts, ..., finalizeCustomization scripts, then the ISO media files;
// - hostname → /etc/hostname (customizehostname.go); services via
//   `systemctl enable|disable` in the image chroot (customizeservices.go);
//   scripts run chrooted with /bin/sh (or `interpreter`), `path` scripts from
//   the config directory mounted at /_imageconfigs, `content` ones from a
//   temporary file in /tmp (runscripts.go);
// - SELinux: a mode other than disabled needs /etc/selinux/config
//   (customizeselinux.go, "please ensure an SELinux policy is installed");
// - the ISO (liveosisoimages.go, liveosisobuilder.go, liveosisogrub.go,
//   internal/isogenerator/isogenerator.go): squashfs-tools, tar,
//   device-mapper and curl must be installed; SELinux (as the image has it)
//   is refused with iso.initramfsType full-os, and with the bootstrap
//   initramfs needs dracut >= 102-11 and selinux-policy >= 2.20240226-9
//   (liveosisoutils.go; else an error when requested, silently disabled when
//   from the base image); liveos/rootfs.img = squashfs of the OS;
//   boot/vmlinuz-<kver>, boot/initramfs-<kver>.img (the bootstrap initramfs);
//   boot/grub2/grub.cfg with `search --label CDROM --set root` and
//   root=live:LABEL=CDROM plus the live arguments, then
//   iso.kernelCommandLine.extraCommandLine; boot/grub2/efiboot.img (El Torito
//   EFI); azl-image-customizer/saved-configs.yaml; iso.additionalFiles as
//   plain files at their destinations; written with
//   `mkisofs -R -l -D -J -joliet-long -o OUT -V CDROM -eltorito-alt-boot
//   -e boot/grub2/efiboot.img -no-emul-boot STAGING` (xorriso's mkisofs
//   emulation here).
// Stand-in parts: the kernel, its modules, busybox, Node 24 and the systemd
// stand-in come from this image (/usr/lib/ic-standin/baseos) as the base OS's
// own files; the bootstrap initramfs is a busybox script playing dracut's
// dmsquash-live (standins/liveos/dmsquash-live-init.sh); the squashfs is
// zstd level 1 (the real tool uses mksquashfs's default gzip) for speed.
'use strict';

const fs = require('node:fs');
const path = require('node:path');
const zlib = require('node:zlib');
const { randomBytes } = require('node:crypto');
const { Fatal, run, inRoot, writeInRoot, copyTreeInto, chrootRun, symlinkInRoot } = require('./rootfs.cjs');
const { rpmvercmp } = require('./evr.cjs');

const BASEOS = '/usr/lib/ic-standin/baseos';
const LIVE_ARGS =
  'rd.shell rd.live.image rd.live.dir=liveos rd.live.squashimg=rootfs.img rd.live.overlay=1 rd.live.overlay.overlayfs rd.live.overlay.nouserconfirmprompt';
const HARD_RESET_ARGS = 'rd.auto=1 net.ifnames=0 lockdown=integrity';

/** The base OS's own files (stand-in): busybox, Node 24, the systemd stand-in, kernel modules. */
function addBaseOsFiles(root) {
  copyTreeInto(root, path.join(BASEOS, 'rootfs'), '/');
}

function kernelVersion() {
  return fs.readFileSync(path.join(BASEOS, 'kver'), 'utf8').trim();
}

// ---------------------------------------------------------------- OS steps

function setHostname(root, hostname, log) {
  if (!hostname) return;
  log('info', `Setting hostname (${hostname})`);
  writeInRoot(root, '/etc/hostname', hostname);
}

function addUsers(root, users, log) {
  for (const u of users || []) {
    log('info', `Adding/updating user (${u.name})`);
    const passwd = inRoot(root, '/etc/passwd');
    const text = fs.existsSync(passwd) ? fs.readFileSync(passwd, 'utf8') : '';
    if (!text.split('\n').some((l) => l.startsWith(`${u.name}:`))) {
      const uid = u.uid !== undefined ? u.uid : 1000 + text.split('\n').filter(Boolean).length;
      fs.writeFileSync(passwd, `${text}${u.name}:x:${uid}:${uid}::/home/${u.name}:/bin/sh\n`);
    }
  }
}

function copyAdditionalDirs(root, dirs, configDir, log) {
  for (const d of dirs || []) {
    const src = path.isAbsolute(d.source) ? d.source : path.join(configDir, d.source);
    log('info', `Copying additional directory (${d.source}) to (${d.destination})`);
    fs.mkdirSync(inRoot(root, d.destination), { recursive: true });
    copyTreeInto(root, src, d.destination);
  }
}

function perms(p) {
  return p === undefined ? undefined : parseInt(String(p), 8);
}

function copyAdditionalFiles(root, files, log) {
  for (const f of files) {
    log('info', `Copying: ${f.destination}`);
    const data = f.source !== undefined ? fs.readFileSync(f.source) : f.content;
    writeInRoot(
      root,
      `/${String(f.destination).replace(/^\/+/, '')}`,
      data,
      perms(f.permissions) ?? (f.source !== undefined ? fs.statSync(f.source).mode & 0o7777 : 0o644),
    );
  }
}

function customizeServices(root, services, log) {
  for (const [verb, names] of [
    ['enable', (services && services.enable) || []],
    ['disable', (services && services.disable) || []],
  ]) {
    for (const name of names) {
      log('info', `${verb === 'enable' ? 'Enabling' : 'Disabling'} service (${name})`);
      const r = chrootRun(root, ['/usr/bin/systemctl', verb, name]);
      for (const line of `${r.stdout}${r.stderr}`.split('\n').filter(Boolean)) log('debug', line);
      if (r.status !== 0) throw new Fatal(`failed to ${verb} service (service='${name}'):\n${(r.stderr || '').trim().split('\n').pop()}`);
    }
  }
}

function writeSelinuxMode(root, mode, log) {
  if (!mode) return;
  const cfg = inRoot(root, '/etc/selinux/config');
  if (mode !== 'disabled' && !fs.existsSync(cfg))
    throw new Fatal(
      `failed to set SELinux mode:\nSELinux policy is missing: please ensure an SELinux policy is installed: the 'selinux-policy' package provides the default policy`,
    );
  log('info', `Setting SELinux mode (${mode})`);
  if (fs.existsSync(cfg)) {
    const text = fs.readFileSync(cfg, 'utf8');
    const value = mode === 'force-enforcing' ? 'enforcing' : mode;
    fs.writeFileSync(cfg, /^SELINUX=.*$/m.test(text) ? text.replace(/^SELINUX=.*$/m, `SELINUX=${value}`) : `SELINUX=${value}\n${text}`);
  }
}

/**
 * runscripts.go (runUserScripts, runUserScript, createScriptLogName): the
 * config's folder bind-mounted read-only at /_imageconfigs for every script of
 * the list; a `content` script written to the image's /tmp;
 * `<interpreter, or /bin/sh> <script> <arguments...>` in a chroot, in /; the
 * script's output logged at debug level; a failure ends the build with the
 * script's last line of standard error in the error
 * (internal/shell/execbuilder.go, ErrorStderrLines(1)), logged as fatal by
 * imagecustomizer/main.go after "image customization failed:".
 */
function runScripts(root, kind, scripts, configDir, log) {
  if (!scripts || scripts.length === 0) return;
  log('info', `Running ${kind} scripts`);
  for (const [i, s] of scripts.entries()) {
    const name = s.name && s.path ? `${s.name}(${s.path})` : s.name || s.path || `${kind}[${i}]`;
    log('info', `Running script (${name})`);
    const binds = [{ host: configDir, inRoot: '/_imageconfigs', readOnly: true }];
    let scriptPath;
    let temp;
    if (s.path !== undefined) {
      scriptPath = path.posix.join('/_imageconfigs', s.path);
    } else {
      scriptPath = `/tmp/${kind}${randomBytes(4).toString('hex')}`;
      temp = writeInRoot(root, scriptPath, s.content, 0o600);
    }
    const env = Object.fromEntries(Object.entries(s.environmentVariables || {}).map(([k, v]) => [k, String(v)]));
    const r = chrootRun(root, [s.interpreter || '/bin/sh', scriptPath, ...(s.arguments || []).map(String)], { env, binds });
    if (temp) fs.rmSync(temp, { force: true });
    for (const line of `${r.stdout}${r.stderr}`.split('\n').filter(Boolean)) log('debug', line);
    if (r.status !== 0) {
      const last = (r.stderr || '')
        .split('\n')
        .filter((l) => l.trim() !== '')
        .pop();
      throw new Fatal(`image customization failed:\nscript execution failed (script='${name}'):\n${last ? `${last}\n` : ''}exit status ${r.status}`);
    }
  }
}

// ---------------------------------------------------------------- kernel command line and SELinux

/** The `linux` line arguments of the image's grub.cfg (without root=). */
function baseKernelArgs(root) {
  const cfg = inRoot(root, '/boot/grub2/grub.cfg');
  const text = fs.existsSync(cfg) ? fs.readFileSync(cfg, 'utf8') : '';
  const m = /^\s*linux\s+\S+\s*(.*)$/m.exec(text);
  return (m ? m[1] : '').split(/\s+/).filter((a) => a && !a.startsWith('root='));
}

/** GetSELinuxMode (bootcustomizer.go, grubcfgutils.go): the kernel arguments first, then /etc/selinux/config. */
function imageSelinuxMode(root, args) {
  const has = (a) => args.includes(a);
  if (!(has('security=selinux') && has('selinux=1'))) return 'disabled';
  if (has('enforcing=1')) return 'force-enforcing';
  const cfg = inRoot(root, '/etc/selinux/config');
  const m = fs.existsSync(cfg) ? /^SELINUX=(\w+)/m.exec(fs.readFileSync(cfg, 'utf8')) : undefined;
  return m ? m[1] : 'disabled';
}

function selinuxArgs(mode) {
  if (!mode || mode === 'disabled') return [];
  return mode === 'force-enforcing' ? ['security=selinux', 'selinux=1', 'enforcing=1'] : ['security=selinux', 'selinux=1'];
}

/** The OS kernel arguments after the bootloader and SELinux steps. */
function osKernelArgs(root, os) {
  const extra = ((os.kernelCommandLine || {}).extraCommandLine || []).flatMap((a) => String(a).split(/\s+/)).filter(Boolean);
  const base = baseKernelArgs(root);
  const selinuxFromImage = imageSelinuxMode(root, base);
  const mode = (os.selinux && os.selinux.mode) || selinuxFromImage;
  const withoutSelinux = (args) => args.filter((a) => !/^(security|selinux|enforcing)=/.test(a));
  const hardReset = os.bootloader && os.bootloader.resetType === 'hard-reset';
  const args = hardReset
    ? [...HARD_RESET_ARGS.split(' '), ...selinuxArgs(mode), ...extra]
    : [...withoutSelinux(base), ...selinuxArgs(mode), ...extra];
  return { args, mode, requested: os.selinux && os.selinux.mode };
}

// ---------------------------------------------------------------- the ISO

function installed(db, name) {
  return db.find((r) => r.name === name || (r.provides || []).some((p) => p.name === name));
}

/** verifyNoLiveOsSelinuxBlockers (liveosisoutils.go minimum versions). */
function selinuxBlocker(db) {
  const dracut = installed(db, 'dracut');
  const relNum = (r) => Number(/^(\d+)/.exec(r.release || '')?.[1] || 0);
  if (dracut && (rpmvercmp(dracut.version, '102') < 0 || (rpmvercmp(dracut.version, '102') === 0 && relNum(dracut) < 11)))
    return `dracut package version (${dracut.version}-${dracut.release}) is lower than the minimum required (102-11.azl3)`;
  const policy = db.find((r) => r.name === 'selinux-policy');
  if (policy && (rpmvercmp(policy.version, '2.20240226') < 0 || (rpmvercmp(policy.version, '2.20240226') === 0 && relNum(policy) < 9)))
    return `selinux-policy package version (${policy.version}-${policy.release}) is lower than the minimum required (2.20240226-9.azl3)`;
  return undefined;
}

/** A newc cpio archive of entries [{ name, mode, data?, rdev? }]. */
function cpioNewc(entries) {
  const parts = [];
  let ino = 1;
  const hex = (n) => n.toString(16).padStart(8, '0');
  const push = (name, mode, data, rmaj = 0, rmin = 0) => {
    const nameBuf = Buffer.from(`${name}\0`);
    const header = '070701' + [ino++, mode, 0, 0, 1, 0, data.length, 0, 0, rmaj, rmin, nameBuf.length, 0].map(hex).join('');
    parts.push(Buffer.from(header, 'latin1'), nameBuf);
    const pad1 = (4 - ((110 + nameBuf.length) % 4)) % 4;
    parts.push(Buffer.alloc(pad1), data, Buffer.alloc((4 - (data.length % 4)) % 4));
  };
  for (const e of entries) push(e.name, e.mode, e.data || Buffer.alloc(0), e.rmaj, e.rmin);
  push('TRAILER!!!', 0, Buffer.alloc(0));
  return Buffer.concat(parts);
}

/** The bootstrap initramfs (stand-in for the dracut one, see the header). */
function bootstrapInitramfs(out) {
  const kver = kernelVersion();
  const entries = [];
  const dir = (name) => entries.push({ name, mode: 0o040755 });
  for (const d of ['bin', 'dev', 'proc', 'sys', 'run', 'sysroot', 'etc', 'lib', 'lib/modules']) dir(d);
  entries.push({ name: 'dev/console', mode: 0o020600, rmaj: 5, rmin: 1 });
  entries.push({ name: 'bin/busybox', mode: 0o100755, data: fs.readFileSync(path.join(BASEOS, 'initramfs', 'busybox')) });
  for (const a of fs
    .readFileSync(path.join(BASEOS, 'initramfs', 'applets'), 'utf8')
    .split('\n')
    .filter(Boolean))
    if (a !== 'busybox') entries.push({ name: `bin/${a}`, mode: 0o120777, data: Buffer.from('busybox') });
  const order = [];
  for (const rel of fs
    .readFileSync(path.join(BASEOS, 'initramfs', 'modules'), 'utf8')
    .split('\n')
    .filter(Boolean)) {
    const base = path.basename(rel);
    order.push(base);
    entries.push({
      name: `lib/modules/${base}`,
      mode: 0o100644,
      data: fs.readFileSync(path.join(BASEOS, 'rootfs', 'usr', rel.replace(/^lib\//, 'lib/'))),
    });
  }
  entries.push({ name: 'etc/initrd-modules', mode: 0o100644, data: Buffer.from(order.join('\n') + '\n') });
  entries.push({ name: 'init', mode: 0o100755, data: fs.readFileSync(path.join(BASEOS, 'initramfs', 'init')) });
  fs.writeFileSync(out, zlib.gzipSync(cpioNewc(entries), { level: 1 }));
  return kver;
}

function buildIso({ root, buildDir, output, config, isoFiles, db, kernelArgs, log }) {
  const iso = config.iso || {};
  const requiredRpms = ['squashfs-tools', 'tar', 'device-mapper', 'curl'];
  for (const r of requiredRpms) {
    if (!db.some((x) => x.name === r))
      throw new Fatal(`package (${r}) is not installed:\nthe following packages must be installed to generate an iso: [${requiredRpms.join(' ')}]`);
  }
  const initramfsType = iso.initramfsType || 'bootstrap';
  let args = kernelArgs.args;
  const imageMode = imageSelinuxMode(root, args);
  if (imageMode !== 'disabled' && initramfsType === 'full-os') throw new Fatal('selinux is not supported for full OS initramfs image');
  if (imageMode !== 'disabled') {
    const blocker = selinuxBlocker(db);
    if (blocker) {
      if (kernelArgs.requested && kernelArgs.requested !== 'disabled')
        throw new Fatal(`SELinux cannot be enabled due to older dracut and selinux-policy package versions:\n${blocker}`);
      log('info', `SELinux disabled due to older dracut and selinux-policy package versions:\n${blocker}`);
      args = [...args.filter((a) => !/^(security|selinux|enforcing)=/.test(a)), 'selinux=0'];
    }
  }
  if (initramfsType === 'full-os') throw new Fatal('stand-in: iso.initramfsType full-os is not modelled (bootstrap only)');

  log('info', 'Creating the live OS ISO');
  const staging = fs.mkdtempSync(path.join(buildDir, 'iso-staging-'));
  fs.mkdirSync(path.join(staging, 'liveos'), { recursive: true });
  fs.mkdirSync(path.join(staging, 'boot', 'grub2'), { recursive: true });
  log('info', 'Creating squashfs');
  const sq = run('mksquashfs', [
    root,
    path.join(staging, 'liveos', 'rootfs.img'),
    '-noappend',
    '-quiet',
    '-comp',
    'zstd',
    '-Xcompression-level',
    '1',
    '-xattrs',
  ]);
  if (sq.status !== 0) throw new Fatal(`failed to create squashfs:\n${(sq.stderr || sq.stdout || '').trim()}`);
  const kver = bootstrapInitramfs(path.join(staging, 'boot', `initramfs-${kernelVersion()}.img`));
  fs.copyFileSync(path.join(BASEOS, 'boot', 'vmlinuz'), path.join(staging, 'boot', `vmlinuz-${kver}`));
  fs.copyFileSync(path.join(BASEOS, 'efiboot.img'), path.join(staging, 'boot', 'grub2', 'efiboot.img'));
  const isoExtra = ((iso.kernelCommandLine || {}).extraCommandLine || []).flatMap((a) => String(a).split(/\s+/)).filter(Boolean);
  const cmdline = ['root=live:LABEL=CDROM', 'ro', ...args, ...LIVE_ARGS.split(' '), ...isoExtra].join(' ');
  fs.writeFileSync(
    path.join(staging, 'boot', 'grub2', 'grub.cfg'),
    `set timeout=0\nset default=0\nsearch --label CDROM --set root\nmenuentry "Azure Linux" {\n  linux /boot/vmlinuz-${kver} ${cmdline}\n  initrd /boot/initramfs-${kver}.img\n}\n`,
  );
  const saved = require('yaml').stringify({
    iso: { kernelCommandLine: { extraCommandLine: isoExtra } },
    os: {
      requestedSelinuxMode: kernelArgs.requested || '',
      kernelCommandLine: args,
      dracutPackageInfo: (() => {
        const d = installed(db, 'dracut');
        return d ? { version: d.version, release: d.release } : null;
      })(),
    },
  });
  fs.mkdirSync(path.join(staging, 'azl-image-customizer'));
  fs.writeFileSync(path.join(staging, 'azl-image-customizer', 'saved-configs.yaml'), saved);
  log('info', 'Stage config-defined additional files');
  // As the real tool: each iso.additionalFiles entry is copied (or, for
  // `content`, written) into the staging folder at its destination, and mkisofs
  // makes the ISO of that folder, so the file is on the media as a plain,
  // uncompressed, byte-identical file (an isopatch placeholder stays
  // findable). liveosisoimages.go, stageLiveOSFiles: "Stage config-defined
  // additional files" → safechroot.AddFilesToDestination(stagingDir, filesToCopy...)
  // (internal/safechroot/safechroot.go, copyFile / writeFile).
  for (const f of isoFiles) {
    const target = path.join(staging, String(f.destination).replace(/^\/+/, ''));
    fs.mkdirSync(path.dirname(target), { recursive: true });
    if (f.source !== undefined) fs.copyFileSync(f.source, target);
    else fs.writeFileSync(target, f.content);
    if (f.permissions !== undefined) fs.chmodSync(target, perms(f.permissions));
  }
  const args2 = [
    '-as',
    'mkisofs',
    '-R',
    '-l',
    '-D',
    '-J',
    '-joliet-long',
    '-o',
    output,
    '-V',
    'CDROM',
    '-eltorito-alt-boot',
    '-e',
    'boot/grub2/efiboot.img',
    '-no-emul-boot',
    staging,
  ];
  log('debug', `mkisofs ${args2.slice(2).join(' ')}`);
  const x = run('/usr/bin/xorriso', args2);
  for (const line of `${x.stdout}${x.stderr}`.split('\n').filter(Boolean)) log('debug', `xorriso: ${line}`);
  if (x.status !== 0)
    throw new Fatal(`failed to create the ISO (mkisofs exit ${x.status}): ${(x.stderr || '').trim().split('\n').slice(-3).join(' | ')}`);
  fs.rmSync(staging, { recursive: true, force: true });
  return { cmdline, kver };
}

module.exports = {
  addBaseOsFiles,
  setHostname,
  addUsers,
  copyAdditionalDirs,
  copyAdditionalFiles,
  customizeServices,
  writeSelinuxMode,
  runScripts,
  osKernelArgs,
  buildIso,
  symlinkInRoot,
};
