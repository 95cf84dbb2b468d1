// The QEMU command lines and the report of a verification: pure functions.
import { describe, expect, it } from 'vitest';
import { chooseAccelerator, keptDiskName } from '../../src/stages/verify-plan.js';
import { planDisks } from '../../src/verify/disks.js';
import { diskCreateArgv, optionValue, qemuArgv, type VmSpec } from '../../src/verify/qemu-argv.js';
import { phaseSeconds, verifyMarkdown, VerifyError, type VerifyReport } from '../../src/verify/report.js';

const { plan } = planDisks({
  storage: {
    disks: [
      { id: 'os', device: '/dev/disk/by-path/pci-0000:00:1f.2-ata-2.0', partitions: [{ id: 'esp', size: '64M' }] },
      { id: 'data', device: '/dev/vda', partitions: [{ id: 'd', size: 'grow' }] },
    ],
  },
});

const spec: VmSpec = {
  qemu: '/usr/bin/qemu-system-x86_64',
  name: 'trident-iso-vm-1234',
  accelerator: 'tcg',
  memoryMiB: 4096,
  cpus: 2,
  firmwareCode: '/usr/share/OVMF/OVMF_CODE_4M.fd',
  firmwareVars: '/work/verify/OVMF_VARS.fd',
  serialLog: '/ws/installer.serial.log',
  iso: '/ws/installer.iso',
  plan,
  diskFiles: new Map([
    ['os', '/work/verify/0-os.qcow2'],
    ['data', '/work/verify/1-data.qcow2'],
  ]),
  noReboot: true,
};

describe('qemuArgv', () => {
  it('the installer run: q35, OVMF code read-only and a variable store of its own, the serial log appended to, the CD first, the disks where the plan put them', () => {
    expect(qemuArgv(spec)).toEqual([
      '/usr/bin/qemu-system-x86_64',
      '-name',
      'trident-iso-vm-1234',
      '-machine',
      'q35',
      '-accel',
      'tcg',
      '-cpu',
      'max',
      '-smp',
      '2',
      '-m',
      '4096',
      '-nodefaults',
      '-no-user-config',
      '-display',
      'none',
      '-drive',
      'if=pflash,format=raw,unit=0,readonly=on,file=/usr/share/OVMF/OVMF_CODE_4M.fd',
      '-drive',
      'if=pflash,format=raw,unit=1,file=/work/verify/OVMF_VARS.fd',
      '-chardev',
      'file,id=serial0,path=/ws/installer.serial.log,append=on',
      '-serial',
      'chardev:serial0',
      '-netdev',
      'user,id=net0',
      '-device',
      'virtio-net-pci,netdev=net0,addr=0x02',
      '-drive',
      'if=none,id=cdrom,media=cdrom,readonly=on,format=raw,file=/ws/installer.iso',
      '-device',
      'ide-cd,drive=cdrom,bus=ide.0,bootindex=0',
      '-drive',
      'if=none,id=disk0,format=qcow2,discard=unmap,detect-zeroes=unmap,file=/work/verify/0-os.qcow2',
      '-device',
      'ide-hd,drive=disk0,bus=ide.1,bootindex=1',
      '-drive',
      'if=none,id=disk1,format=qcow2,discard=unmap,detect-zeroes=unmap,file=/work/verify/1-data.qcow2',
      '-device',
      'virtio-blk-pci,drive=disk1,addr=0x10,bootindex=2',
      '-no-reboot',
    ]);
  });

  it('the first boot: no CD, reboots allowed; KVM uses the host CPU', () => {
    const { iso: _iso, ...withoutIso } = spec;
    const argv = qemuArgv({ ...withoutIso, noReboot: false, accelerator: 'kvm' });
    expect(argv.join(' ')).not.toMatch(/cdrom|-no-reboot/);
    expect(argv.slice(5, 9)).toEqual(['-accel', 'kvm', '-cpu', 'host']);
    expect(argv).toContain('ide-hd,drive=disk0,bus=ide.1,bootindex=1');
  });

  it('doubles commas in paths (QEMU option syntax) and keeps each path one argument', () => {
    expect(optionValue('/a,b/c,,d')).toBe('/a,,b/c,,,,d');
    const argv = qemuArgv({ ...spec, iso: '/ws/my,iso.iso', serialLog: '/ws/log, 1.txt' });
    expect(argv).toContain('if=none,id=cdrom,media=cdrom,readonly=on,format=raw,file=/ws/my,,iso.iso');
    expect(argv).toContain('file,id=serial0,path=/ws/log,, 1.txt,append=on');
  });

  it('gives serials to the disks that need them', () => {
    const serial = planDisks({ storage: { disks: [{ id: 'a', device: '/dev/disk/by-id/virtio-DATA1' }] } }).plan;
    const argv = qemuArgv({ ...spec, plan: serial, diskFiles: new Map([['a', '/w/a.qcow2']]) });
    expect(argv).toContain('virtio-blk-pci,drive=disk0,addr=0x1e,serial=DATA1,bootindex=1');
  });

  it('refuses a plan disk without a file', () => {
    expect(() => qemuArgv({ ...spec, diskFiles: new Map() })).toThrow(/no disk file for 'os'/);
  });

  it('qemu-img creates a qcow2 of the planned size', () => {
    expect(diskCreateArgv('qemu-img', '/w/0-os.qcow2', 1024)).toEqual(['qemu-img', 'create', '-q', '-f', 'qcow2', '/w/0-os.qcow2', '1024']);
  });
});

describe('chooseAccelerator and the kept disks', () => {
  it('auto: KVM with TCG to fall back on when /dev/kvm opens, else TCG; kvm and tcg as asked', () => {
    expect(chooseAccelerator('auto', true)).toEqual({ first: 'kvm', fallback: true });
    expect(chooseAccelerator('auto', false)).toEqual({ first: 'tcg', fallback: false });
    expect(chooseAccelerator('kvm', false)).toEqual({ first: 'kvm', fallback: false });
    expect(chooseAccelerator('tcg', true)).toEqual({ first: 'tcg', fallback: false });
  });

  it('names kept disks after their ids, safely', () => {
    expect(keptDiskName('os')).toBe('os.qcow2');
    expect(keptDiskName('../etc/x:y')).toBe('.._etc_x_y.qcow2');
  });
});

describe('the report of a verification', () => {
  const failed: VerifyReport = {
    mode: 'install',
    result: 'failed',
    phases: [
      { name: 'boot', seconds: 31.2, outcome: 'passed' },
      { name: 'install', seconds: 4.5, outcome: 'failed' },
    ],
    reason: 'the serial console showed a failure during the installation: "Trident failed due to invalid input" (verify-failure-pattern)',
    serialLog: '/ws/installer.serial.log',
    tail: ['Starting trident-install.service', 'Trident failed due to invalid input', 'a ``` fence'],
    accelerator: 'tcg',
    keptDisks: [],
  };

  it('the error: why, the mode, the serial log and its last lines', () => {
    const error = new VerifyError(failed);
    expect(error.phase).toBe('install');
    expect(error.message).toBe(
      [
        'the serial console showed a failure during the installation: "Trident failed due to invalid input" (verify-failure-pattern) (verify: install)',
        'Last lines of the serial log (/ws/installer.serial.log):',
        'Starting trident-install.service',
        'Trident failed due to invalid input',
        'a ``` fence',
      ].join('\n'),
    );
  });

  it('the summary: the phases with their times, the reason, the tail (a fence in it cannot end the block)', () => {
    const md = verifyMarkdown(failed);
    expect(md).toContain('### Verified in a VM: install **failed**');
    expect(md).toContain('| boot | 31.2 s | passed |');
    expect(md).toContain('| install | 4.5 s | **failed** |');
    expect(md).toContain('TCG (no KVM: slow)');
    expect(md).toContain("a ''' fence");
    expect(md.match(/```/g)).toHaveLength(2);
    const { reason: _reason, ...withoutReason } = failed;
    const passed = verifyMarkdown({ ...withoutReason, result: 'passed', accelerator: 'kvm' });
    expect(passed).not.toContain('Last lines');
    expect(passed).toContain('KVM;');
  });

  it('phase seconds for the outputs, empty for a phase that did not run', () => {
    expect(phaseSeconds(failed, 'boot')).toBe('31.2');
    expect(phaseSeconds(failed, 'first boot')).toBe('');
    expect(phaseSeconds(undefined, 'boot')).toBe('');
  });
});
