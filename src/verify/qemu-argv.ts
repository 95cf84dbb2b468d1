// The QEMU command lines of a verification, built from data. Pure.
//
// The machine is the one Trident's own installer test boots
// (microsoft/trident .pipelines/templates/stages/azl_installer/
// azl-installer-vm-template.xml): q35, UEFI from OVMF_CODE_4M.fd as
// read-only pflash with a writable copy of the variable store per VM (Trident
// sets BootNext there, and the installed OS boots with the same store), the
// ISO as a SATA CD-ROM booted first, the serial console logged to a file.
// -nodefaults leaves only what is listed here, so PCI slots and AHCI ports
// are exactly those the disk plan chose.
import type { DiskPlan, VmDisk } from './disks.js';

export type Accelerator = 'kvm' | 'tcg';

export interface VmSpec {
  qemu: string;
  /** Unique per VM: the post step finds a VM that outlived its step by this name in its command line. */
  name: string;
  accelerator: Accelerator;
  memoryMiB: number;
  cpus: number;
  firmwareCode: string;
  /** This VM's copy of the variable store. */
  firmwareVars: string;
  /** Appended to, so both runs of an install end up in one log. */
  serialLog: string;
  /** The installer ISO as a CD-ROM; absent for the first boot of the installed disks. */
  iso?: string;
  plan: DiskPlan;
  /** The qcow2 file of each disk of the plan, by disk id. */
  diskFiles: ReadonlyMap<string, string>;
  /** The guest's reboot ends QEMU (the installer run: the next run boots the disks without the CD). */
  noReboot: boolean;
}

/** A value inside a QEMU -drive/-chardev option list: commas are doubled. */
export function optionValue(value: string): string {
  return value.replaceAll(',', ',,');
}

function hex(n: number): string {
  return `0x${n.toString(16).padStart(2, '0')}`;
}

function diskArgs(disk: VmDisk, index: number, file: string, bootIndex: number): string[] {
  const drive = `disk${index}`;
  const serial = disk.serial ? `,serial=${disk.serial}` : '';
  const device =
    disk.bus === 'sata'
      ? `ide-hd,drive=${drive},bus=ide.${disk.position}${serial},bootindex=${bootIndex}`
      : `virtio-blk-pci,drive=${drive},addr=${hex(disk.position)}${serial},bootindex=${bootIndex}`;
  // Zeros the installer writes (the empty parts of filesystem images) stay unallocated in the sparse qcow2.
  return ['-drive', `if=none,id=${drive},format=qcow2,discard=unmap,detect-zeroes=unmap,file=${optionValue(file)}`, '-device', device];
}

export function qemuArgv(spec: VmSpec): string[] {
  const argv = [
    spec.qemu,
    '-name',
    optionValue(spec.name),
    '-machine',
    'q35',
    '-accel',
    spec.accelerator,
    // Under KVM the host's CPU; under TCG every feature QEMU emulates (the default qemu64 lacks what current kernels expect).
    '-cpu',
    spec.accelerator === 'kvm' ? 'host' : 'max',
    '-smp',
    String(spec.cpus),
    '-m',
    String(spec.memoryMiB),
    '-nodefaults',
    '-no-user-config',
    '-display',
    'none',
    '-drive',
    `if=pflash,format=raw,unit=0,readonly=on,file=${optionValue(spec.firmwareCode)}`,
    '-drive',
    `if=pflash,format=raw,unit=1,file=${optionValue(spec.firmwareVars)}`,
    '-chardev',
    `file,id=serial0,path=${optionValue(spec.serialLog)},append=on`,
    '-serial',
    'chardev:serial0',
    // A NIC with DHCP (QEMU's user network): the live OS's network-online.target and an http(s) COSI need one.
    '-netdev',
    'user,id=net0',
    '-device',
    `virtio-net-pci,netdev=net0,addr=${hex(spec.plan.nicSlot)}`,
  ];
  if (spec.iso) {
    argv.push(
      '-drive',
      `if=none,id=cdrom,media=cdrom,readonly=on,format=raw,file=${optionValue(spec.iso)}`,
      '-device',
      `ide-cd,drive=cdrom,bus=ide.${spec.plan.cdromPort},bootindex=0`,
    );
  }
  for (const [i, disk] of spec.plan.disks.entries()) {
    const file = spec.diskFiles.get(disk.id);
    if (file === undefined) throw new Error(`no disk file for '${disk.id}'`);
    argv.push(...diskArgs(disk, i, file, i + 1));
  }
  if (spec.noReboot) argv.push('-no-reboot');
  return argv;
}

/** `qemu-img create` of one blank disk. */
export function diskCreateArgv(qemuImg: string, file: string, bytes: number): string[] {
  return [qemuImg, 'create', '-q', '-f', 'qcow2', file, String(bytes)];
}
