// The VM's disks for `verify: install`: one blank disk per disk of the host
// config, attached so that the device path the host config names exists in
// the VM and leads to that disk, each sized from its partitions. Pure.
//
// What a path becomes in a q35 VM (systemd's udev path_id and
// 60-persistent-storage.rules name the links; the kernel names the disks):
// - /dev/sdX: SATA disks on the ICH9 AHCI controller, lettered in port order
//   (the CD-ROM is sr0 and takes no letter);
// - /dev/vdX: virtio-blk disks, lettered in PCI slot order;
// - /dev/disk/by-path/pci-0000:00:1f.2-ata-N and ...-ata-N.0: AHCI port N-1
//   (QEMU bus ide.N-1; udev's port_no is 1-based);
// - /dev/disk/by-path/pci-0000:00:SS.0 (and the older virtio-pci-...): the
//   virtio-blk disk at PCI slot SS;
// - /dev/disk/by-id/ata-QEMU_HARDDISK_<serial>, /dev/disk/by-id/virtio-<serial>:
//   a SATA or virtio disk with that serial.
// Anything else has no VM equivalent here and is refused before the build.
import { isMapping } from '../context/mapping.js';
import { GiB, MiB, parseSize } from './size.js';

/** Ports of the ICH9 AHCI controller (QEMU buses ide.0 to ide.5). */
export const SATA_PORTS = 6;
/** PCI slots on bus 0 a disk or the NIC may take: 00 is the host bridge, 1f the ICH9 functions (AHCI is 1f.2). */
const PCI_SLOTS = Array.from({ length: 0x1e }, (_, i) => i + 1);
/** The slot the NIC takes unless a disk needs it (then the next free one). */
const NIC_SLOT = 0x02;
/** Where /dev/vdX disks go unless a pinned slot comes first. */
const FIRST_VIRTIO_SLOT = 0x10;
/** The AHCI controller's PCI address, as udev writes it. */
export const AHCI_PCI = '0000:00:1f.2';

/** Partition table overhead: 1 MiB before the first partition (alignment) and 1 MiB for the backup GPT. */
const GPT_OVERHEAD = 2 * MiB;
/** Room given to a disk with a `grow` partition, beyond its fixed partitions. */
export const GROW_ROOM = 8 * GiB;
/** A disk the host config describes without partitions (RAID members, adopted disks) still needs some room. */
const MIN_DISK = 1 * GiB;
/** Disks added only so that /dev/sdX or /dev/vdX letters line up. */
const FILLER_SIZE = 64 * MiB;

export type Bus = 'sata' | 'virtio';

export interface VmDisk {
  /** The host config's disk id; for a filler, `filler-<name>`. */
  id: string;
  /** The path the host config names (undefined for a filler). */
  device?: string;
  bus: Bus;
  /** AHCI port (sata) or PCI slot (virtio). */
  position: number;
  serial?: string;
  bytes: number;
  filler: boolean;
}

export interface DiskPlan {
  disks: VmDisk[];
  /** The AHCI port of the CD-ROM: the lowest one no disk takes. */
  cdromPort: number;
  /** PCI slot of the virtio NIC. */
  nicSlot: number;
}

/** A disk the VM cannot provide, at its place in the host config (a JSON pointer). */
export interface DiskProblem {
  pointer: string;
  message: string;
}

// ------------------------------------------------------------------ sizes

/** What a disk needs: its fixed partitions, the GPT, and room for `grow`. */
export function requiredBytes(partitions: readonly unknown[]): { bytes: number; grow: boolean; bad?: { index: number; size: unknown } } {
  let fixed = 0;
  let grow = false;
  for (const [index, p] of partitions.entries()) {
    const size = parseSize(isMapping(p) ? p.size : undefined);
    if (size === undefined) return { bytes: 0, grow, bad: { index, size: isMapping(p) ? p.size : undefined } };
    if (size === 'grow') grow = true;
    else fixed += size;
  }
  if (partitions.length === 0) return { bytes: MIN_DISK, grow };
  const bytes = fixed + GPT_OVERHEAD + (grow ? GROW_ROOM : 0);
  return { bytes: Math.ceil(bytes / MiB) * MiB, grow };
}

// ------------------------------------------------------------------ device paths

/** A device path, as far as the VM can provide it. */
export type DeviceRef =
  | { kind: 'sd'; index: number }
  | { kind: 'vd'; index: number }
  | { kind: 'ata-path'; port: number }
  | { kind: 'pci-path'; slot: number }
  | { kind: 'ata-id'; serial: string }
  | { kind: 'virtio-id'; serial: string };

/** Serials QEMU and udev both keep as they are (ATA and virtio serials hold 20 bytes). */
const SERIAL = '([A-Za-z0-9._-]{1,20})';

const SUPPORTED = [
  '/dev/sdX (SATA)',
  '/dev/vdX (virtio)',
  `/dev/disk/by-path/pci-${AHCI_PCI}-ata-N[.0] (SATA port N, 1 to ${SATA_PORTS})`,
  '/dev/disk/by-path/pci-0000:00:SS.0 (virtio at PCI slot SS, 01 to 1e)',
  '/dev/disk/by-id/ata-QEMU_HARDDISK_<serial>',
  '/dev/disk/by-id/virtio-<serial>',
].join(', ');

/** What a host config's `device` path is in the VM, or why it cannot be. */
export function parseDevice(device: string): DeviceRef | { problem: string } {
  let m: RegExpExecArray | null;
  if ((m = /^\/dev\/sd([a-z])$/.exec(device))) {
    const index = (m[1] ?? 'a').charCodeAt(0) - 97;
    if (index >= SATA_PORTS - 1)
      return { problem: `the VM has ${SATA_PORTS} SATA ports, one of them for the installer's CD-ROM: /dev/sda to /dev/sde` };
    return { kind: 'sd', index };
  }
  if ((m = /^\/dev\/vd([a-z])$/.exec(device))) return { kind: 'vd', index: (m[1] ?? 'a').charCodeAt(0) - 97 };
  if ((m = new RegExp(`^/dev/disk/by-path/pci-${AHCI_PCI.replace(/\./g, '\\.')}-ata-(\\d+)(?:\\.(\\d+))?$`).exec(device))) {
    const n = Number(m[1]);
    if (m[2] !== undefined && m[2] !== '0')
      return { problem: `target ${m[2]} is behind a SATA port multiplier, which the VM does not have (use ...-ata-${n}.0 or ...-ata-${n})` };
    if (n < 1 || n > SATA_PORTS) return { problem: `the VM's AHCI controller has ports 1 to ${SATA_PORTS} (ata-1 to ata-${SATA_PORTS})` };
    return { kind: 'ata-path', port: n - 1 };
  }
  if ((m = /^\/dev\/disk\/by-path\/(?:virtio-)?pci-0000:00:([0-9a-f]{2})\.0$/.exec(device))) {
    const slot = parseInt(m[1] ?? '', 16);
    if (!PCI_SLOTS.includes(slot)) return { problem: 'a virtio disk can take PCI slots 01 to 1e on bus 00 (00 is the host bridge, 1f the chipset)' };
    return { kind: 'pci-path', slot };
  }
  if ((m = new RegExp(`^/dev/disk/by-id/ata-QEMU_HARDDISK_${SERIAL}$`).exec(device))) return { kind: 'ata-id', serial: m[1] ?? '' };
  if ((m = new RegExp(`^/dev/disk/by-id/virtio-${SERIAL}$`).exec(device))) return { kind: 'virtio-id', serial: m[1] ?? '' };
  return { problem: `it is not a path the VM can provide; the VM provides ${SUPPORTED}` };
}

// ------------------------------------------------------------------ placement

interface Wanted {
  id: string;
  device: string;
  pointer: string;
  ref: DeviceRef;
  bytes: number;
}

/**
 * Fills positions (ascending) so that each lettered disk gets its letter:
 * pinned disks keep their position; at a free position, the next lettered
 * disk goes there when its letter is the next one, else a serial disk (or a
 * filler, when no pinned disk comes later to take the letter) consumes the
 * letter; the remaining serial disks take the highest free positions.
 * Returns problems instead when the letters cannot line up.
 */
function place(
  bus: Bus,
  positions: readonly number[],
  pinned: Map<number, Wanted>,
  lettered: Wanted[],
  serials: Wanted[],
  allowed: (position: number) => boolean,
): { disks: VmDisk[]; problems: DiskProblem[] } {
  const disks: VmDisk[] = [];
  const problems: DiskProblem[] = [];
  const queue = [...lettered].sort((a, b) => letterOf(a) - letterOf(b));
  const floating = [...serials];
  const name = (i: number) => `/dev/${bus === 'sata' ? 'sd' : 'vd'}${String.fromCharCode(97 + i)}`;
  const asDisk = (w: Wanted, position: number): VmDisk => ({
    id: w.id,
    device: w.device,
    bus,
    position,
    ...('serial' in w.ref ? { serial: w.ref.serial } : {}),
    bytes: w.bytes,
    filler: false,
  });
  let letter = 0;
  const used = new Set<number>();
  for (const [i, position] of positions.entries()) {
    const fixed = pinned.get(position);
    const next = queue[0];
    if (fixed) {
      if (next && letterOf(next) === letter) {
        problems.push({ pointer: next.pointer, message: `${next.device} would be the same disk as ${fixed.device} in the VM` });
        queue.shift();
      }
      disks.push(asDisk(fixed, position));
      used.add(position);
      letter++;
      continue;
    }
    if (!next || !allowed(position)) continue;
    const laterPinned = positions.slice(i + 1).some((p) => pinned.has(p));
    if (letterOf(next) === letter) {
      queue.shift();
      disks.push(asDisk(next, position));
    } else if (floating.length > 0) {
      disks.push(asDisk(floating.shift()!, position));
    } else if (laterPinned) {
      continue; // the pinned disk further on takes this letter
    } else {
      disks.push({ id: `filler-${name(letter).slice(5)}`, bus, position, bytes: FILLER_SIZE, filler: true });
    }
    used.add(position);
    letter++;
  }
  for (const w of queue)
    problems.push({
      pointer: w.pointer,
      message: `${w.device} cannot be given its letter: there are not enough free ${bus === 'sata' ? 'SATA ports' : 'PCI slots'}`,
    });
  // The rest go to the highest free positions, after every lettered disk, so they shift no letter.
  for (const w of floating) {
    const position = [...positions].reverse().find((p) => !used.has(p) && !pinned.has(p));
    if (position === undefined) {
      problems.push({ pointer: w.pointer, message: `${w.device}: no free ${bus === 'sata' ? 'SATA port' : 'PCI slot'} is left for it` });
      continue;
    }
    used.add(position);
    disks.push(asDisk(w, position));
  }
  return { disks: disks.sort((a, b) => a.position - b.position), problems };
}

function letterOf(w: Wanted): number {
  return w.ref.kind === 'sd' || w.ref.kind === 'vd' ? w.ref.index : -1;
}

/**
 * The VM's disks for a parsed host config (`storage.disks`), each at least
 * `diskBytes` when given (verify-disk-size), or the problems that make the
 * host config impossible to install in the VM.
 */
export function planDisks(hostConfig: unknown, diskBytes?: number): { plan: DiskPlan; problems: DiskProblem[] } {
  const problems: DiskProblem[] = [];
  const storage = isMapping(hostConfig) ? hostConfig.storage : undefined;
  const list = isMapping(storage) && Array.isArray(storage.disks) ? (storage.disks as unknown[]) : [];
  const empty: DiskPlan = { disks: [], cdromPort: 0, nicSlot: NIC_SLOT };
  if (list.length === 0) {
    return {
      plan: empty,
      problems: [{ pointer: '/storage/disks', message: 'lists no disk: `verify: install` needs the disks Trident installs onto' }],
    };
  }

  const wanted: Wanted[] = [];
  const seen = new Map<string, string>();
  for (const [i, d] of list.entries()) {
    const pointer = `/storage/disks/${i}/device`;
    const id = isMapping(d) && typeof d.id === 'string' ? d.id : `disk${i}`;
    const device = isMapping(d) && typeof d.device === 'string' ? d.device : undefined;
    if (device === undefined) {
      problems.push({ pointer, message: 'has no device path for the VM to provide' });
      continue;
    }
    const ref = parseDevice(device);
    if ('problem' in ref) {
      problems.push({ pointer, message: `${device}: ${ref.problem}` });
      continue;
    }
    const partitions = isMapping(d) && Array.isArray(d.partitions) ? (d.partitions as unknown[]) : [];
    const need = requiredBytes(partitions);
    if (need.bad) {
      problems.push({
        pointer: `/storage/disks/${i}/partitions/${need.bad.index}/size`,
        message: `size ${JSON.stringify(need.bad.size)} is not one Trident reads (grow, bytes, or a number with K, M, G or T)`,
      });
      continue;
    }
    if (diskBytes !== undefined && diskBytes < need.bytes - (need.grow ? GROW_ROOM : 0)) {
      problems.push({
        pointer,
        message: `disk '${id}' needs at least ${need.bytes - (need.grow ? GROW_ROOM : 0)} bytes for its partitions; verify-disk-size gives ${diskBytes}`,
      });
      continue;
    }
    const key = identity(ref);
    const other = seen.get(key);
    if (other !== undefined) {
      problems.push({ pointer, message: `${device} names the same VM disk as ${other}` });
      continue;
    }
    seen.set(key, device);
    wanted.push({ id, device, pointer, ref, bytes: diskBytes ?? need.bytes });
  }

  const sataPinned = new Map<number, Wanted>();
  const virtioPinned = new Map<number, Wanted>();
  for (const w of wanted) {
    if (w.ref.kind === 'ata-path') sataPinned.set(w.ref.port, w);
    if (w.ref.kind === 'pci-path') virtioPinned.set(w.ref.slot, w);
  }
  const sata = place(
    'sata',
    Array.from({ length: SATA_PORTS }, (_, i) => i),
    sataPinned,
    wanted.filter((w) => w.ref.kind === 'sd'),
    wanted.filter((w) => w.ref.kind === 'ata-id'),
    () => true,
  );
  const lettered = wanted.filter((w) => w.ref.kind === 'vd');
  // /dev/vdX disks start at FIRST_VIRTIO_SLOT, unless a pinned slot below it would take their letters.
  const virtio = place(
    'virtio',
    PCI_SLOTS,
    virtioPinned,
    lettered,
    wanted.filter((w) => w.ref.kind === 'virtio-id'),
    (slot) => slot >= FIRST_VIRTIO_SLOT || [...virtioPinned.keys()].some((p) => p > slot),
  );
  problems.push(...sata.problems, ...virtio.problems);

  const disks = [...sata.disks, ...virtio.disks];
  const taken = new Set(sata.disks.map((d) => d.position));
  const cdromPort = Array.from({ length: SATA_PORTS }, (_, i) => i).find((p) => !taken.has(p));
  if (cdromPort === undefined && problems.length === 0) {
    problems.push({ pointer: '/storage/disks', message: `uses all ${SATA_PORTS} SATA ports; the installer's CD-ROM needs one` });
  }
  const slots = new Set(virtio.disks.map((d) => d.position));
  const nicSlot = PCI_SLOTS.find((s) => s >= NIC_SLOT && !slots.has(s)) ?? NIC_SLOT;
  const plan: DiskPlan = { disks, cdromPort: cdromPort ?? 0, nicSlot };

  // The placement is only right if the kernel and udev would name each disk as the host config does.
  if (problems.length === 0) {
    const paths = devicePaths(plan);
    for (const w of wanted) {
      if (paths.get(w.device) !== w.id)
        problems.push({ pointer: w.pointer, message: `${w.device} cannot be made to lead to disk '${w.id}' in the VM` });
    }
  }
  return { plan, problems };
}

/** Two refs that are the same VM disk share this key. */
function identity(ref: DeviceRef): string {
  switch (ref.kind) {
    case 'ata-path':
      return `sata-port-${ref.port}`;
    case 'pci-path':
      return `pci-slot-${ref.slot}`;
    default:
      return JSON.stringify(ref);
  }
}

/**
 * The device paths that exist in the VM, each with the id of its disk: what
 * the kernel and udev make of the plan. Pure; planDisks checks its placement
 * against it, and the tests check it against a real kernel.
 */
export function devicePaths(plan: DiskPlan): Map<string, string> {
  const paths = new Map<string, string>();
  const hex = (n: number) => n.toString(16).padStart(2, '0');
  const sata = plan.disks.filter((d) => d.bus === 'sata').sort((a, b) => a.position - b.position);
  for (const [i, d] of sata.entries()) {
    paths.set(`/dev/sd${String.fromCharCode(97 + i)}`, d.id);
    paths.set(`/dev/disk/by-path/pci-${AHCI_PCI}-ata-${d.position + 1}`, d.id);
    paths.set(`/dev/disk/by-path/pci-${AHCI_PCI}-ata-${d.position + 1}.0`, d.id);
    if (d.serial) paths.set(`/dev/disk/by-id/ata-QEMU_HARDDISK_${d.serial}`, d.id);
  }
  const virtio = plan.disks.filter((d) => d.bus === 'virtio').sort((a, b) => a.position - b.position);
  for (const [i, d] of virtio.entries()) {
    paths.set(`/dev/vd${String.fromCharCode(97 + i)}`, d.id);
    paths.set(`/dev/disk/by-path/pci-0000:00:${hex(d.position)}.0`, d.id);
    paths.set(`/dev/disk/by-path/virtio-pci-0000:00:${hex(d.position)}.0`, d.id);
    if (d.serial) paths.set(`/dev/disk/by-id/virtio-${d.serial}`, d.id);
  }
  return paths;
}
