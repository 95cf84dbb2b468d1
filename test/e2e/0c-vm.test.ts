// Harness, with real QEMU and OVMF (q35, TCG here): the stand-ins' ISO boots,
// its live OS runs the Trident its packages resolved to, Trident writes the
// disk the host config describes. That the written disk boots, that a by-path
// disk on its port is found and that a failure is visible with the action's
// console settings is proven on ISOs the action built (9a-…, 9c-…); here,
// what those do not show: /dev/sda, a by-path disk on the wrong port, the
// failure hidden without journald forwarding. Everything checked on
// the disk image (sfdisk --json, blkid, debugfs), not by trusting a log; the
// serial console shows what the real live OS would show there, and only that.
// No action here: a failure is the stand-ins' (or this harness's).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { makeBootableCosi, type BootableCosi } from './fixtures/make-cosi.js';
import { buildBaseImage } from './lib/base-image.js';
import { readDisk, readExt4File } from './lib/disk.js';
import { exec, REPO_ROOT } from './lib/proc.js';
import { createDisk, DEFAULT_FAIL_ON, plainSerial, runVm, serialTail, type VmDisk } from './lib/qemu.js';
import { e2e } from './lib/scenario.js';
import { buildStandinIso, configFor, PROCEDURE_PACKAGES, rpmFiles } from './lib/standin-iso.js';
import { tridentVersionRelease, TRIDENT_VERSION } from './lib/trident-checkout.js';

const c = () => e2e();
const ESP_GUID = 'C12A7328-F81F-11D2-BA4B-00A0C93EC93B';
const ROOT_GUID = '4F68BCE3-E8CD-4DB1-96E7-FBCAF984B709';
const LINUX_GUID = '0FC63DAF-8483-4772-8E79-3D69D8477DE4';
/** The data disk: virtio-blk at PCI slot 5 with a serial (by-path pci-0000:00:05.0, by-id virtio-e2e-data). */
const dataDisk = async (dir: string): Promise<VmDisk> => ({
  file: await createDisk(path.join(dir, 'data.qcow2'), '1G'),
  bus: 'virtio',
  slot: 5,
  serial: 'e2e-data',
});

async function expectDataDisk(file: string, dir: string): Promise<void> {
  const layout = await readDisk(file, dir);
  try {
    expect(layout.partitions.map((p) => [p.name, p.type, p.bytes])).toEqual([['data1', LINUX_GUID, 64 * MiB]]);
  } finally {
    layout.dispose();
  }
}
const MiB = 1024 * 1024;
const VM_TIMEOUT = 300_000;
/** The live OS's getty prompt on the serial console (its hostname is the procedure's). */
const LIVE_PROMPT = /installer-iso-mos login: $/;

let scratch = '';
let checkoutRpms: string[] = [];
let base = '';
let cosi: BootableCosi;

/** The OS disk at `device`, and a second (data) disk at `dataDevice` with one 64M partition. */
function hostConfig(device: string, hostname: string, dataDevice?: string): Record<string, unknown> {
  const data = dataDevice
    ? [{ id: 'data', device: dataDevice, partitionTableType: 'gpt', partitions: [{ id: 'data1', type: 'linux-generic', size: '64M' }] }]
    : [];
  return {
    image: { url: 'file:///mnt/trident_cdrom/images/azure-linux.cosi', sha384: cosi.metadataSha384 },
    storage: {
      disks: [
        {
          id: 'os',
          device,
          partitionTableType: 'gpt',
          partitions: [
            { id: 'esp', type: 'esp', size: '64M' },
            { id: 'root', type: 'root', size: 'grow' },
          ],
        },
        ...data,
      ],
      filesystems: [
        { deviceId: 'esp', mountPoint: { path: '/boot/efi', options: 'umask=0077' } },
        { deviceId: 'root', mountPoint: '/' },
      ],
    },
    os: { hostname },
  };
}

/** Builds an ISO for a host config with the procedure's config and these choices. */
async function iso(name: string, hc: Record<string, unknown> | string, o: Parameters<typeof configFor>[0] = {}): Promise<string> {
  const dir = path.join(scratch, name);
  mkdirSync(dir, { recursive: true });
  const hcFile = path.join(dir, 'host-config.yaml');
  writeFileSync(hcFile, typeof hc === 'string' ? hc : YAML.stringify(hc));
  const r = await buildStandinIso({
    dir,
    baseImage: base,
    rpms: checkoutRpms,
    config: configFor({ hostConfigFile: 'host-config.yaml', cosiFile: 'os.cosi', ...o }),
    files: { 'host-config.yaml': hcFile, 'os.cosi': cosi.file },
    logLevel: 'info',
  });
  expect(r.code, r.log).toBe(0);
  return r.iso;
}

const pinned = (vr: string) => PROCEDURE_PACKAGES.map((p) => (p === 'trident-install-service' || p === 'trident-provisioning' ? `${p}-${vr}` : p));

beforeAll(async () => {
  scratch = path.join(c().root, 'harness-vm');
  mkdirSync(scratch, { recursive: true });
  const rpms = path.join(scratch, 'checkout-rpms');
  mkdirSync(rpms);
  await exec(['tar', '-xzf', c().trident.prebuiltTarball, '-C', rpms]);
  checkoutRpms = rpmFiles(path.join(rpms, 'RPMS'));
  // The distro Trident at the checkout's version: unpinned, it wins.
  base = (await buildBaseImage(path.join(scratch, 'base.vhdx'), c().tridentProgram, { distroTrident: { version: TRIDENT_VERSION, release: 2 } }))
    .file;
  cosi = await makeBootableCosi(path.join(scratch, 'os.cosi'), c().boot, { hostname: 'cosi-fixture-host', seed: 'vm-harness' });
});

describe('harness: the stand-ins boot in QEMU/OVMF', () => {
  it('/dev/sda (and a virtio disk by-id): the pinned checkout Trident partitions the disks as the host config asks, writes the images and the hostname', async () => {
    const built = tridentVersionRelease(c().trident.commit);
    const isoFile = await iso('sda', hostConfig('/dev/sda', 'installed-node', '/dev/disk/by-id/virtio-e2e-data'), {
      packages: pinned(built),
      journaldForwardTo: '/dev/ttyS0',
    });
    const dir = path.join(scratch, 'sda-vm');
    const disk = await createDisk(path.join(dir, 'disk.qcow2'), '2G');
    const data = await dataDisk(dir);
    const disks: VmDisk[] = [{ file: disk, bus: 'sata', port: 1 }, data];
    const install = await runVm({
      dir,
      name: 'sda',
      iso: isoFile,
      cdPort: 0,
      disks,
      until: /reboot: Restarting system/,
      failOn: [...DEFAULT_FAIL_ON, /Trident failed/],
      timeoutMs: VM_TIMEOUT,
    });
    const log = plainSerial(install.serial);
    expect(install.outcome, serialTail(install.serial)).toMatch(/matched|exited/);
    expect(log).toContain(`Trident version: ${built}`);
    expect(log).toContain('Staging of clean install succeeded');
    expect(log).toContain('Please remove the installation media when the system reboots');
    expect(log).toMatch(/Reached target reboot\.target/);

    const layout = await readDisk(disk, dir);
    try {
      expect(layout.label).toBe('gpt');
      const [esp, root, ...rest] = layout.partitions;
      expect(rest).toEqual([]);
      expect(esp).toMatchObject({ type: ESP_GUID, name: 'esp', bytes: 64 * MiB, start: 2048 });
      expect(esp?.fs).toMatchObject({ TYPE: 'vfat', UUID: `${cosi.espVolumeId.slice(0, 4)}-${cosi.espVolumeId.slice(4)}` });
      expect(root).toMatchObject({ type: ROOT_GUID, name: 'root' });
      expect(root!.bytes).toBeGreaterThan(1900 * MiB);
      expect(root?.fs).toMatchObject({ TYPE: 'ext4', UUID: cosi.rootFsUuid });
      expect(await readExt4File(layout, root!, '/etc/hostname')).toBe('installed-node\n');
    } finally {
      layout.dispose();
    }
    await expectDataDisk(data.file, dir);
  });

  it('by-path: the distro Trident (unpinned) fails to look up pci-0000:00:1f.2-ata-2.0 when the disk is on AHCI port 2, and leaves it alone', async () => {
    const isoFile = await iso('by-path', hostConfig('/dev/disk/by-path/pci-0000:00:1f.2-ata-2.0', 'by-path-node'), {
      journaldForwardTo: '/dev/ttyS0',
    });
    const dir = path.join(scratch, 'by-path-vm');
    mkdirSync(dir, { recursive: true });
    const other = await createDisk(path.join(dir, 'other.qcow2'), '2G');
    const onPort2 = await runVm({
      dir,
      name: 'by-path-port2',
      iso: isoFile,
      disks: [{ file: other, bus: 'sata', port: 2 }],
      until: LIVE_PROMPT,
      timeoutMs: VM_TIMEOUT,
    });
    const log = plainSerial(onPort2.serial);
    expect(onPort2.outcome, serialTail(onPort2.serial)).toBe('matched');
    expect(log).toContain('Trident failed due to a servicing error');
    expect(log).toContain("Failed to lookup device '/dev/disk/by-path/pci-0000:00:1f.2-ata-2.0'");
    expect(log).toContain('Failed to start trident-install.service - Trident Provisioning Service.');
    const untouched = await readDisk(other, dir);
    expect(untouched.partitions, 'the disk on the wrong port is not written').toEqual([]);
    untouched.dispose();
  });

  it("raid without mdadm, no journald forwarding and ttyS0 not last: nothing of Trident's failure reaches the serial console", async () => {
    const sample = YAML.parse(readFileSync(path.join(REPO_ROOT, 'test', 'fixtures', 'samples', 'host-configs', 'raid.yaml'), 'utf8')) as Record<
      string,
      unknown
    >;
    const hc = { ...sample, image: { url: 'file:///mnt/trident_cdrom/images/azure-linux.cosi', sha384: cosi.metadataSha384 } };
    const disks = async (dir: string): Promise<VmDisk[]> => [
      { file: await createDisk(path.join(dir, 'disk1.qcow2'), '7G'), bus: 'sata', port: 1 },
      { file: await createDisk(path.join(dir, 'disk2.qcow2'), '7G'), bus: 'sata', port: 2 },
    ];

    // No forwarding, and console=ttyS0 console=tty0 (tty0 is /dev/console): the serial console gets the kernel's
    // messages and the getty prompt, nothing of Trident's failure.
    const hidden = await iso('raid-hidden', hc, { kernelArgs: ['rd.info', 'console=ttyS0', 'console=tty0'] });
    const dirB = path.join(scratch, 'raid-hidden-vm');
    mkdirSync(dirB, { recursive: true });
    const b = await runVm({ dir: dirB, name: 'raid-hidden', iso: hidden, disks: await disks(dirB), until: LIVE_PROMPT, timeoutMs: VM_TIMEOUT });
    const logB = plainSerial(b.serial);
    expect(b.outcome, serialTail(b.serial)).toBe('matched');
    expect(logB).toMatch(/Linux version/);
    expect(logB).not.toContain('Trident failed');
    expect(logB).not.toContain('Failed to start trident-install.service');
    expect(logB).not.toContain('Trident version:');
  });
});
