// A gzip-compressed cpio "newc" archive (the initramfs format the kernel
// unpacks, Documentation/driver-api/early-userspace/buffer-format.rst),
// written without cpio(1) so that device nodes need no mknod on the host.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

export type CpioEntry =
  | { name: string; kind: 'dir' }
  | { name: string; kind: 'file'; data: Buffer; mode?: number }
  | { name: string; kind: 'symlink'; target: string }
  | { name: string; kind: 'chardev'; major: number; minor: number };

function hex(n: number): string {
  return n.toString(16).padStart(8, '0');
}

export function cpioNewc(entries: readonly CpioEntry[]): Buffer {
  const parts: Buffer[] = [];
  let ino = 1;
  const push = (name: string, mode: number, data: Buffer, rmaj = 0, rmin = 0) => {
    const nameBuf = Buffer.from(`${name}\0`);
    const header = '070701' + [ino++, mode, 0, 0, 1, 0, data.length, 0, 0, rmaj, rmin, nameBuf.length, 0].map(hex).join('');
    parts.push(
      Buffer.from(header, 'latin1'),
      nameBuf,
      Buffer.alloc((4 - ((110 + nameBuf.length) % 4)) % 4),
      data,
      Buffer.alloc((4 - (data.length % 4)) % 4),
    );
  };
  for (const e of entries) {
    if (e.kind === 'dir') push(e.name, 0o040755, Buffer.alloc(0));
    else if (e.kind === 'file') push(e.name, 0o100000 | (e.mode ?? 0o644), e.data);
    else if (e.kind === 'symlink') push(e.name, 0o120777, Buffer.from(e.target));
    else push(e.name, 0o020600, Buffer.alloc(0), e.major, e.minor);
  }
  push('TRAILER!!!', 0, Buffer.alloc(0));
  return Buffer.concat(parts);
}

/** A busybox initramfs: /init, busybox with the applets, the modules (load order in /etc/initrd-modules). */
export function busyboxInitramfs(o: {
  init: string;
  busybox: string;
  applets: readonly string[];
  modules: { name: string; file: string }[];
}): Buffer {
  const entries: CpioEntry[] = ['bin', 'dev', 'proc', 'sys', 'run', 'mnt', 'etc', 'lib', 'lib/modules'].map((name) => ({
    name,
    kind: 'dir' as const,
  }));
  entries.push({ name: 'dev/console', kind: 'chardev', major: 5, minor: 1 });
  entries.push({ name: 'bin/busybox', kind: 'file', data: readFileSync(o.busybox), mode: 0o755 });
  for (const a of o.applets) entries.push({ name: `bin/${a}`, kind: 'symlink', target: 'busybox' });
  for (const m of o.modules) entries.push({ name: `lib/modules/${m.name}`, kind: 'file', data: readFileSync(m.file) });
  entries.push({ name: 'etc/initrd-modules', kind: 'file', data: Buffer.from(o.modules.map((m) => m.name).join('\n') + '\n') });
  entries.push({ name: 'init', kind: 'file', data: readFileSync(o.init), mode: 0o755 });
  return gzipSync(cpioNewc(entries), { level: 1 });
}
