// The image being customized, as a directory: the base image converted to
// raw with qemu-img (Image Customizer converts its input to raw in the build
// directory) and read. Stand-in format: the raw disk's bytes are a tar archive
// of the OS (see test/e2e/lib/base-image.ts); the real tool mounts partitions.
// Also: writing into the root without following its symlinks out of it, and
// running commands chrooted into it with the default mounts (/proc, /dev,
// /sys), as safechroot does (internal/safechroot/safechroot.go).
'use strict';

const fs = require('node:fs');
const path = require('node:path');
const { spawnSync } = require('node:child_process');

const BUSYBOX = '/bin/busybox';

class Fatal extends Error {
  constructor(message, code = 1) {
    super(message);
    this.code = code;
  }
}

function run(cmd, args, options = {}) {
  const r = spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, ...options });
  if (r.error) throw new Fatal(`${cmd}: ${r.error.message}`);
  return r;
}

/** qemu-img convert -O raw, then the tar inside it extracted into rootDir. */
function openBaseImage(imageFile, buildDir, rootDir, log) {
  const raw = path.join(buildDir, 'image.raw');
  log('info', `Converting input image to raw (${imageFile})`);
  const conv = run('qemu-img', ['convert', '-O', 'raw', imageFile, raw]);
  if (conv.status !== 0) throw new Fatal(`failed to convert image file to raw format:\n${(conv.stderr || '').trim()}`);
  const head = Buffer.alloc(512);
  const fd = fs.openSync(raw, 'r');
  fs.readSync(fd, head, 0, 512, 0);
  fs.closeSync(fd);
  if (head.toString('latin1', 257, 262) !== 'ustar') {
    throw new Fatal(
      'failed to connect to the image: no filesystem found (stand-in: the base images of the e2e suite hold a tar archive of the OS as their disk contents; see test/e2e/lib/base-image.ts)',
    );
  }
  fs.mkdirSync(rootDir, { recursive: true });
  const tar = run(BUSYBOX, ['tar', '-xf', raw, '-C', rootDir]);
  if (tar.status !== 0) throw new Fatal(`failed to read the image's filesystem: ${(tar.stderr || '').trim()}`);
  fs.rmSync(raw);
}

/** The host path of `p` inside root, resolving symlinks of its parent directories as a chroot would. */
function inRoot(root, p) {
  const parts = p.split('/').filter(Boolean);
  let cur = root;
  for (let i = 0; i < parts.length - 1; i++) {
    let next = path.join(cur, parts[i]);
    for (let hops = 0; hops < 40; hops++) {
      let st;
      try {
        st = fs.lstatSync(next);
      } catch {
        break;
      }
      if (!st.isSymbolicLink()) break;
      const target = fs.readlinkSync(next);
      next = target.startsWith('/') ? path.join(root, target) : path.join(path.dirname(next), target);
      if (!next.startsWith(root)) next = root;
    }
    cur = next;
  }
  return path.join(cur, parts[parts.length - 1] || '');
}

function writeInRoot(root, p, data, mode) {
  const target = inRoot(root, p);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.rmSync(target, { force: true });
  fs.writeFileSync(target, data);
  if (mode !== undefined) fs.chmodSync(target, mode);
  return target;
}

function symlinkInRoot(root, p, target) {
  const at = inRoot(root, p);
  fs.mkdirSync(path.dirname(at), { recursive: true });
  fs.rmSync(at, { force: true, recursive: false });
  fs.symlinkSync(target, at);
}

/** Copies a host directory tree to dest inside root. */
function copyTreeInto(root, src, dest) {
  for (const e of fs.readdirSync(src, { withFileTypes: true })) {
    const from = path.join(src, e.name);
    const to = path.posix.join(dest, e.name);
    if (e.isDirectory()) {
      fs.mkdirSync(inRoot(root, to), { recursive: true });
      copyTreeInto(root, from, to);
    } else if (e.isSymbolicLink()) symlinkInRoot(root, to, fs.readlinkSync(from));
    else writeInRoot(root, to, fs.readFileSync(from), fs.statSync(from).mode & 0o7777);
  }
}

/** Runs argv chrooted into root with /proc, /dev and /sys bind-mounted (and extra binds), as safechroot does. */
function chrootRun(root, argv, { env = {}, binds = [] } = {}) {
  const mounts = [['/proc', 'proc'], ['/dev', 'dev'], ['/sys', 'sys'], ...binds.map((b) => [b.host, b.inRoot.replace(/^\//, '')])];
  const readOnly = new Set(binds.filter((b) => b.readOnly).map((b) => b.inRoot.replace(/^\//, '')));
  const done = [];
  try {
    for (const [host, rel] of mounts) {
      const at = path.join(root, rel);
      fs.mkdirSync(at, { recursive: true });
      const m = run(BUSYBOX, ['mount', '--bind', host, at]);
      if (m.status !== 0) throw new Fatal(`failed to mount ${host} into the chroot: ${(m.stderr || '').trim()}`);
      done.push(at);
      // runscripts.go mounts the config's folder MS_BIND|MS_RDONLY.
      if (readOnly.has(rel)) {
        const ro = run(BUSYBOX, ['mount', '-o', 'remount,bind,ro', at]);
        if (ro.status !== 0) throw new Fatal(`failed to make ${at} read-only: ${(ro.stderr || '').trim()}`);
      }
    }
    return run(BUSYBOX, ['chroot', root, ...argv], {
      env: { PATH: '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin', ...env },
      cwd: '/',
    });
  } finally {
    for (const at of done.reverse()) {
      const u = run(BUSYBOX, ['umount', at]);
      if (u.status !== 0) run(BUSYBOX, ['umount', '-l', at]);
    }
    // The bind targets made for this run: removed only when empty (never a still-mounted directory's contents).
    for (const b of binds) {
      try {
        fs.rmdirSync(path.join(root, b.inRoot));
      } catch {
        // not empty or gone
      }
    }
  }
}

module.exports = { Fatal, run, openBaseImage, inRoot, writeInRoot, symlinkInRoot, copyTreeInto, chrootRun, BUSYBOX };
