// A small real UEFI installer ISO for the VM tests of `verify` (and the
// benchmark), built the way a UEFI VM boot was first proven on these
// machines: Debian's generic kernel (Ubuntu's on an Ubuntu runner; apt-get
// download + dpkg-deb, never installed: the cloud kernel has no AHCI), busybox-static initramfs
// images, GRUB for x86_64-efi, grub-mkrescue. It is not the ISO the action
// builds (that needs the real Image Customizer, or the e2e suite's stand-in):
// its init plays only what `verify` reads from a live OS on the serial
// console, with the texts of the real one:
//   - systemd starting trident-install.service (the boot pattern), then the
//     live OS's own getty prompt "<live hostname> login: " (which verify must
//     not take for the installed OS's);
//   - Trident installing: each disk of its config is looked up by the device
//     path the host config names (/dev/sdX, /dev/vdX, and the by-path and
//     by-id links, made from sysfs as systemd's udev path_id and
//     60-persistent-storage.rules make them), an "os" disk gets a bootable GPT
//     disk image with the host name on its ESP, a "data" disk a marker at
//     byte 0; a path that does not exist fails as Trident does ("Failed to
//     lookup device"), with its error header, forwarded from the journal;
//   - the reboot (busybox reboot -f: the kernel's "reboot: Restarting system");
// and the installed disk boots to "<hostname> login: ". Variants: fail (an
// installer error), hang (Trident never finishes), poweroff (it powers off
// instead of rebooting).
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  chmodSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

async function sh(argv: string[], cwd?: string): Promise<string> {
  const [file, ...args] = argv;
  if (!file) throw new Error('empty argv');
  try {
    const { stdout } = await run(file, args, {
      cwd,
      maxBuffer: 64 * 1024 * 1024,
      env: { ...process.env, PATH: `${process.env.PATH ?? ''}:/usr/sbin:/sbin` },
    });
    return stdout;
  } catch (error) {
    const e = error as { stderr?: string; message: string };
    throw new Error(`${argv.join(' ')} failed: ${e.stderr ?? e.message}`);
  }
}

/** Kernel modules the initramfs images load, dependencies resolved on the host (busybox insmod does not). */
const MODULES = ['ahci', 'sd_mod', 'sr_mod', 'isofs', 'virtio_pci', 'virtio_blk', 'vfat', 'nls_cp437', 'nls_ascii', 'nls_utf8', 'nls_iso8859-1'];

export interface VmFixture {
  dir: string;
  kver: string;
  /** Builds an installer ISO (cached by its config) and returns its path. */
  iso(config: InstallerConfig): Promise<string>;
}

export type InstallerMode = 'install' | 'fail' | 'hang' | 'poweroff';

export interface InstallerConfig {
  mode: InstallerMode;
  /** The installed OS's host name (os.hostname). */
  hostname: string;
  /** The live OS's host name (the action's `hostname` input). */
  liveHostname?: string;
  /** What Trident installs: each host config disk's id and device path; "os" disks get the bootable image. */
  disks: { id: string; device: string; role: 'os' | 'data' }[];
}

export function cacheDir(): string {
  return process.env.VM_FIXTURE_CACHE ?? path.join(process.env.XDG_CACHE_HOME ?? path.join(os.homedir(), '.cache'), 'trident-iso-action-vm');
}

const COMMON_INIT = `#!/bin/sh
export PATH=/bin
mount -t proc proc /proc; mount -t sysfs sysfs /sys; mount -t devtmpfs devtmpfs /dev
exec </dev/console >/dev/console 2>&1
up() { cut -d" " -f1 /proc/uptime; }
for m in $(cat /etc/modules); do insmod /lib/modules/$m 2>/dev/null; done
waitdev() { i=0; while [ ! -b "$1" ]; do i=$((i+1)); [ $i -gt 300 ] && return 1; usleep 100000; done; }
`;

// The live OS: systemd's lines, then Trident (its journal forwarded to the console, as the action's ISO does).
const INSTALLER_INIT = `${COMMON_INIT}
journal() { echo "[$(up)] trident[312]: $*"; }
fail() {
  journal "Trident failed due to a servicing error"
  journal ""
  journal "Context:"
  journal "    0: $*"
  echo "[FAILED] Failed to start trident-install.service - Trident Provisioning Service."
  echo "See 'systemctl status trident-install.service' for details."
  printf '\\r\\n%s login: ' "$LIVE"
  exec sleep 2147483647
}
echo
echo "Welcome to Stand-in Live OS!"
echo
waitdev /dev/sr0 || { echo "no /dev/sr0"; exec sleep 2147483647; }
mkdir -p /cdrom /target /dev/disk/by-path /dev/disk/by-id
mount -t iso9660 -o ro /dev/sr0 /cdrom || echo "cannot mount the CD"
. /cdrom/installer.conf
# udev's persistent links, from sysfs (systemd src/udev/udev-builtin-path_id.c, rules.d/60-persistent-storage.rules)
i=0; while [ $i -lt 30 ] && [ -z "$(ls /sys/block | grep -E '^(sd|vd)')" ]; do i=$((i+1)); usleep 100000; done
usleep 500000
for b in /sys/block/sd* /sys/block/vd*; do
  [ -e "$b" ] || continue
  name=\${b##*/}
  real=$(readlink -f "$b/device")
  case "$real" in
    */0000:00:1f.2/ata*)
      ata=$(echo "$real" | sed -n 's#.*/0000:00:1f.2/\\(ata[0-9]*\\)/.*#\\1#p')
      port=$(cat /sys/class/ata_port/$ata/port_no 2>/dev/null || echo "\${ata#ata}")
      ln -s /dev/$name /dev/disk/by-path/pci-0000:00:1f.2-ata-$port.0
      ln -s /dev/$name /dev/disk/by-path/pci-0000:00:1f.2-ata-$port
      serial=$(tail -c +5 "$b/device/vpd_pg80" 2>/dev/null | tr -d ' \\000')
      [ -n "$serial" ] && ln -s /dev/$name /dev/disk/by-id/ata-QEMU_HARDDISK_$serial
      ;;
    */virtio*)
      pci=$(echo "$real" | sed -n 's#.*/\\(0000:00:[0-9a-f]*\\.[0-9]\\)/virtio[0-9]*$#\\1#p')
      ln -s /dev/$name /dev/disk/by-path/pci-$pci
      ln -s /dev/$name /dev/disk/by-path/virtio-pci-$pci
      [ -s "$b/serial" ] && ln -s /dev/$name /dev/disk/by-id/virtio-$(cat "$b/serial")
      ;;
  esac
done
echo "         Starting trident-install.service - Trident Provisioning Service..."
printf '\\r\\n%s login: ' "$LIVE"
echo
journal "Trident version: 0.0.0-verify-fixture"
[ "$MODE" = hang ] && exec sleep 2147483647
[ "$MODE" = fail ] && fail "Invalid Host Configuration: the fixture was told to fail"
journal "Starting clean install"
while read -r id device role; do
  [ -n "$id" ] || continue
  dev=$(readlink -f "$device")
  [ -b "$dev" ] || fail "Failed to lookup device '$device'"
  if [ "$role" = os ]; then
    dd if=/cdrom/images/payload.img of="$dev" bs=1M conv=fsync 2>/dev/null || fail "Failed to deploy images to '$device'"
    blockdev --rereadpt "$dev"
    case "$dev" in *[0-9]) p="\${dev}p1" ;; *) p="\${dev}1" ;; esac
    waitdev "$p" || fail "no partition $p"
    mount -t vfat "$p" /target || fail "cannot mount $p"
    echo "$HOSTNAME" > /target/hostname
    umount /target
  else
    echo "trident-iso verify fixture: data disk $id" | dd of="$dev" conv=notrunc,fsync 2>/dev/null
  fi
  journal "Installed disk '$id' at '$device' ($dev)"
done < /cdrom/disks.conf
sync
journal "Staging of clean install succeeded"
echo "[  OK  ] Finished trident-install.service - Trident Provisioning Service."
journal "Rebooting system"
[ "$MODE" = poweroff ] && poweroff -f
reboot -f
`;

// The installed OS: boots from the ESP the installer wrote, prints its host name's prompt.
const TARGET_INIT = `${COMMON_INIT}
echo "Stand-in installed OS: booted from disk (uptime $(up) s)"
mkdir -p /esp
i=0
while [ $i -lt 50 ]; do
  for p in /dev/sd?1 /dev/vd?1; do
    [ -b "$p" ] && mount -t vfat -o ro "$p" /esp 2>/dev/null && [ -f /esp/hostname ] && break 2
    umount /esp 2>/dev/null
  done
  i=$((i+1)); usleep 100000
done
echo
echo "Stand-in OS (installed)"
# agetty prints the host name up to its first dot.
h=$(cat /esp/hostname 2>/dev/null || echo unknown)
printf '\\r\\n%s login: ' "\${h%%.*}"
exec sleep 2147483647
`;

const DISK_GRUB_CFG = `set timeout=0
search --no-floppy --file --set=root /standin-os.id
linux /vmlinuz console=ttyS0 quiet
initrd /initrd.img
boot
`;

const ISO_GRUB_CFG = `set timeout=0
set default=0
menuentry "verify fixture installer" {
  linux /boot/vmlinuz console=ttyS0 quiet
  initrd /boot/initrd.img
}
`;

/**
 * The generic kernel's packages: Debian's linux-image-amd64 depends on
 * linux-image-<kver> (kernel and modules); Ubuntu's linux-image-generic on
 * linux-image-<kver>-generic (the kernel) and linux-modules[-extra]-<kver>-generic.
 */
async function kernelPackages(): Promise<string[]> {
  const depends = async (pkg: string) => (await sh(['apt-cache', 'depends', pkg]).catch(() => '')).split('\n').map((l) => l.trim());
  const debian = (await depends('linux-image-amd64')).map((l) => /^Depends: (linux-image-\d\S*)$/.exec(l)?.[1]).find(Boolean);
  if (debian) return [debian];
  const generic = (await depends('linux-image-generic')).flatMap(
    (l) => /^Depends: (linux-(?:image|modules|modules-extra)-\d\S*-generic)$/.exec(l)?.[1] ?? [],
  );
  const image = generic.find((p) => p.startsWith('linux-image-'));
  if (!image) throw new Error('apt-cache knows neither linux-image-amd64 (Debian) nor linux-image-generic (Ubuntu): run apt-get update');
  const modules = (await depends(image)).flatMap((l) => /^Depends: (linux-modules-\d\S*-generic)$/.exec(l)?.[1] ?? []);
  return [...new Set([...generic, ...modules])];
}

/** The kernel and its modules, unpacked (never installed): its release, and the folder holding lib/modules/<kver>. */
async function kernel(work: string): Promise<{ kver: string; root: string; vmlinuz: string }> {
  const packages = await kernelPackages();
  await sh(['apt-get', 'download', '-q', ...packages], work);
  const unpacked = path.join(work, 'root');
  mkdirSync(unpacked);
  for (const deb of readdirSync(work).filter((f) => f.endsWith('.deb'))) await sh(['dpkg-deb', '-x', path.join(work, deb), unpacked]);
  // /lib/modules (Debian 12, Ubuntu 24.04) or /usr/lib/modules (merged /usr layouts).
  const root = [unpacked, path.join(unpacked, 'usr')].find((r) => existsSync(path.join(r, 'lib', 'modules')));
  if (!root) throw new Error(`${packages.join(', ')} hold no lib/modules`);
  const kver = readdirSync(path.join(root, 'lib', 'modules'))[0];
  if (!kver) throw new Error('the kernel packages hold no lib/modules/<kver>');
  await sh(['depmod', '-b', root, kver]);
  return { kver, root, vmlinuz: path.join(unpacked, 'boot', `vmlinuz-${kver}`) };
}

async function initramfs(out: string, init: string, kernelRoot: string, kver: string): Promise<void> {
  const d = mkdtempSync(path.join(os.tmpdir(), 'vm-initrd-'));
  try {
    for (const sub of ['bin', 'proc', 'sys', 'dev', 'lib/modules', 'etc']) mkdirSync(path.join(d, sub), { recursive: true });
    const busybox = ['/bin/busybox', '/usr/bin/busybox'].find((p) => existsSync(p));
    if (!busybox) throw new Error('busybox not found: install busybox-static');
    copyFileSync(busybox, path.join(d, 'bin', 'busybox'));
    chmodSync(path.join(d, 'bin', 'busybox'), 0o755);
    for (const applet of (await sh([busybox, '--list'])).split('\n').filter(Boolean)) {
      if (applet !== 'busybox') symlinkSync('busybox', path.join(d, 'bin', applet));
    }
    const order: string[] = [];
    for (const m of MODULES) {
      const deps = await sh(['modprobe', '-d', kernelRoot, '-S', kver, '--show-depends', m]);
      for (const line of deps.split('\n')) {
        const ko = /^insmod (\S+)/.exec(line)?.[1];
        // busybox insmod loads plain .ko files: compressed modules (Ubuntu's .ko.zst, .ko.xz) are unpacked first.
        const name = ko ? path.basename(ko).replace(/\.(zst|xz|gz)$/, '') : '';
        if (ko && !order.includes(name)) {
          order.push(name);
          const target = path.join(d, 'lib', 'modules', name);
          const unpack = { '.zst': ['zstd', '-dcq'], '.xz': ['xz', '-dc'], '.gz': ['gzip', '-dc'] }[path.extname(ko)];
          if (unpack)
            writeFileSync(target, (await run(unpack[0] ?? '', [...unpack.slice(1), ko], { encoding: 'buffer', maxBuffer: 64 * 1024 * 1024 })).stdout);
          else copyFileSync(ko, target);
        }
      }
    }
    writeFileSync(path.join(d, 'etc', 'modules'), `${order.join('\n')}\n`);
    writeFileSync(path.join(d, 'init'), init);
    chmodSync(path.join(d, 'init'), 0o755);
    const list = (await sh(['find', '.'], d)).split('\n').filter(Boolean).sort().join('\n');
    const cpio = await withInput('cpio', ['-o', '-H', 'newc', '--quiet', '-R', '0:0'], `${list}\n`, d);
    const { gzipSync } = await import('node:zlib');
    writeFileSync(out, gzipSync(cpio, { level: 6 }));
  } finally {
    rmSync(d, { recursive: true, force: true });
  }
}

/** Runs a program with `input` on its standard input; resolves with its standard output. */
function withInput(file: string, args: string[], input: string, cwd?: string): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const child = execFile(file, args, { cwd, encoding: 'buffer', maxBuffer: 512 * 1024 * 1024 }, (error, stdout) => {
      if (error) reject(new Error(`${file} ${args.join(' ')} failed: ${error.message}`));
      else resolve(stdout);
    });
    child.stdin?.end(input);
  });
}

/** A GPT disk image with one ESP holding GRUB, the kernel and the installed OS's initramfs. */
async function payload(dir: string, vmlinuz: string, targetInitrd: string): Promise<void> {
  const work = mkdtempSync(path.join(os.tmpdir(), 'vm-payload-'));
  try {
    const cfg = path.join(work, 'grub.cfg');
    writeFileSync(cfg, DISK_GRUB_CFG);
    const efi = path.join(work, 'BOOTX64.EFI');
    await sh([
      'grub-mkstandalone',
      '-O',
      'x86_64-efi',
      '-o',
      efi,
      '--install-modules=linux normal search search_fs_file part_gpt fat boot echo configfile',
      '--modules=part_gpt fat',
      '--locales=',
      '--fonts=',
      '--themes=',
      `boot/grub/grub.cfg=${cfg}`,
    ]);
    const img = path.join(dir, 'payload.img');
    writeFileSync(img, '');
    await sh(['truncate', '-s', '48M', img]);
    await withInput('sfdisk', ['-q', img], 'label: gpt\nstart=2048, size=90112, type=C12A7328-F81F-11D2-BA4B-00A0C93EC93B, name="esp"\n');
    const fat = path.join(work, 'esp.fat');
    await sh(['mkfs.vfat', '-n', 'ESP', '-C', fat, String(90112 / 2)]);
    writeFileSync(path.join(work, 'standin-os.id'), 'standin\n');
    await sh(['mmd', '-i', fat, '::/EFI', '::/EFI/BOOT']);
    await sh(['mcopy', '-i', fat, efi, '::/EFI/BOOT/BOOTX64.EFI']);
    await sh(['mcopy', '-i', fat, vmlinuz, '::/vmlinuz']);
    await sh(['mcopy', '-i', fat, targetInitrd, '::/initrd.img']);
    await sh(['mcopy', '-i', fat, path.join(work, 'standin-os.id'), '::/standin-os.id']);
    await sh(['dd', `if=${fat}`, `of=${img}`, 'bs=512', 'seek=2048', 'conv=notrunc', 'status=none']);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

async function build(dir: string): Promise<string> {
  const work = mkdtempSync(path.join(os.tmpdir(), 'vm-kernel-'));
  try {
    const k = await kernel(work);
    const { kver, root } = k;
    mkdirSync(dir, { recursive: true });
    const vmlinuz = path.join(dir, 'vmlinuz');
    copyFileSync(k.vmlinuz, vmlinuz);
    await initramfs(path.join(dir, 'installer.img'), INSTALLER_INIT, root, kver);
    await initramfs(path.join(dir, 'target.img'), TARGET_INIT, root, kver);
    await payload(dir, vmlinuz, path.join(dir, 'target.img'));
    writeFileSync(path.join(dir, 'kver'), kver);
    return kver;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** The kernel, initramfs images and disk payload, built once per recipe (this file) and kernel package, then cached. */
export async function vmFixture(): Promise<VmFixture> {
  const pkg = (await kernelPackages()).join(' ');
  const key = createHash('sha256')
    .update(readFileSync(new URL(import.meta.url)))
    .update(pkg)
    .digest('hex')
    .slice(0, 16);
  const dir = path.join(cacheDir(), `fixture-${key}`);
  if (!existsSync(path.join(dir, 'kver'))) {
    const partial = `${dir}.partial-${process.pid}`;
    rmSync(partial, { recursive: true, force: true });
    try {
      await build(partial);
      rmSync(dir, { recursive: true, force: true });
      renameSync(partial, dir);
    } finally {
      rmSync(partial, { recursive: true, force: true });
    }
  }
  const kver = readFileSync(path.join(dir, 'kver'), 'utf8');
  return {
    dir,
    kver,
    iso: (config) => installerIso(dir, config),
  };
}

async function installerIso(dir: string, config: InstallerConfig): Promise<string> {
  const conf = [`MODE=${config.mode}`, `HOSTNAME=${config.hostname}`, `LIVE=${config.liveHostname ?? 'installer-iso-mos'}`, ''].join('\n');
  const disks = config.disks.map((d) => `${d.id} ${d.device} ${d.role}`).join('\n') + '\n';
  const key = createHash('sha256').update(conf).update(disks).digest('hex').slice(0, 12);
  const iso = path.join(dir, `installer-${key}.iso`);
  if (existsSync(iso)) return iso;
  const tree = mkdtempSync(path.join(os.tmpdir(), 'vm-iso-'));
  try {
    mkdirSync(path.join(tree, 'boot', 'grub'), { recursive: true });
    mkdirSync(path.join(tree, 'images'));
    copyFileSync(path.join(dir, 'vmlinuz'), path.join(tree, 'boot', 'vmlinuz'));
    copyFileSync(path.join(dir, 'installer.img'), path.join(tree, 'boot', 'initrd.img'));
    copyFileSync(path.join(dir, 'payload.img'), path.join(tree, 'images', 'payload.img'));
    writeFileSync(path.join(tree, 'boot', 'grub', 'grub.cfg'), ISO_GRUB_CFG);
    writeFileSync(path.join(tree, 'installer.conf'), conf);
    writeFileSync(path.join(tree, 'disks.conf'), disks);
    const partial = `${iso}.partial-${process.pid}`;
    await sh(['grub-mkrescue', '--locales=', '--fonts=', '--themes=', '-o', partial, tree]);
    renameSync(partial, iso);
    return iso;
  } finally {
    rmSync(tree, { recursive: true, force: true });
  }
}
