// The VM's disks for verify: install, from the host config: where each disk
// goes so that the path the host config names leads to it, and its size.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { devicePaths, GROW_ROOM, parseDevice, planDisks, type DiskPlan } from '../../src/verify/disks.js';
import { parseSize } from '../../src/verify/size.js';
import { REPO } from '../support/runner.js';

const MiB = 1024 ** 2;
const GiB = 1024 ** 3;
const SAMPLES = path.join(REPO, 'test', 'fixtures', 'samples', 'host-configs');

/** A host config whose disks have these devices, each with one 1 GiB partition. */
function hostConfig(...devices: string[]): unknown {
  return { storage: { disks: devices.map((device, i) => ({ id: `d${i}`, device, partitions: [{ id: `p${i}`, size: '1G' }] })) } };
}

/** Every disk the host config names leads to that disk in the VM, no two disks share a place, the CD-ROM has a port of its own. */
function expectConsistent(plan: DiskPlan, devices: string[]): void {
  const paths = devicePaths(plan);
  devices.forEach((device, i) => expect(paths.get(device), device).toBe(`d${i}`));
  const places = plan.disks.map((d) => `${d.bus}:${d.position}`);
  expect(new Set(places).size).toBe(places.length);
  expect(plan.disks.filter((d) => d.bus === 'sata').map((d) => d.position)).not.toContain(plan.cdromPort);
  expect(plan.disks.filter((d) => d.bus === 'virtio').map((d) => d.position)).not.toContain(plan.nicSlot);
}

describe('parseSize (as Trident reads partition sizes)', () => {
  it('reads K, M, G and T as powers of 1024, bytes, and grow', () => {
    expect(parseSize('64M')).toBe(64 * MiB);
    expect(parseSize('8G')).toBe(8 * GiB);
    expect(parseSize('1T')).toBe(1024 * GiB);
    expect(parseSize('512K')).toBe(512 * 1024);
    expect(parseSize(4096)).toBe(4096);
    expect(parseSize('4096')).toBe(4096);
    expect(parseSize('grow')).toBe('grow');
  });

  it('refuses what Trident does not read', () => {
    for (const bad of ['8GB', '8 GiB', '1.5G', 'g', '', '-1', 0, null, undefined, '8g']) expect(parseSize(bad), String(bad)).toBeUndefined();
  });
});

describe('planDisks: the official host config samples', () => {
  const samples = readdirSync(SAMPLES).filter((f) => f.endsWith('.yaml'));
  const load = (name: string): unknown => parse(readFileSync(path.join(SAMPLES, name), 'utf8'));

  it('covers every sample', () => {
    expect(samples.sort()).toEqual([
      'advanced.yaml',
      'azl-installer-templated.yaml',
      'base.yaml',
      'basic.yaml',
      'encryption.yaml',
      'raid-mirrored.yaml',
      'raid.yaml',
      'simple.yaml',
      'verity.yaml',
    ]);
  });

  it.each(['base.yaml', 'basic.yaml', 'simple.yaml', 'verity.yaml'])('%s: its one disk on AHCI port 2 (ide.1), the CD-ROM on port 1', (name) => {
    const { plan, problems } = planDisks(load(name));
    expect(problems).toEqual([]);
    expect(plan.disks).toEqual([
      expect.objectContaining({ bus: 'sata', position: 1, filler: false, device: '/dev/disk/by-path/pci-0000:00:1f.2-ata-2.0' }),
    ]);
    expect(plan.cdromPort).toBe(0);
    expect(devicePaths(plan).get('/dev/disk/by-path/pci-0000:00:1f.2-ata-2.0')).toBe(plan.disks[0]?.id);
  });

  it.each(['advanced.yaml', 'encryption.yaml', 'raid.yaml', 'raid-mirrored.yaml'])('%s: two disks on ports 2 and 3, the CD-ROM on port 1', (name) => {
    const { plan, problems } = planDisks(load(name));
    expect(problems).toEqual([]);
    expect(plan.disks.map((d) => [d.bus, d.position, d.device])).toEqual([
      ['sata', 1, '/dev/disk/by-path/pci-0000:00:1f.2-ata-2'],
      ['sata', 2, '/dev/disk/by-path/pci-0000:00:1f.2-ata-3'],
    ]);
    expect(plan.cdromPort).toBe(0);
  });

  it('simple.yaml: the disk is as large as its partitions and the GPT (64M + 8G + 2 MiB)', () => {
    expect(planDisks(load('simple.yaml')).plan.disks[0]?.bytes).toBe(64 * MiB + 8 * GiB + 2 * MiB);
  });

  it('advanced.yaml: each disk holds its 16 fixed partitions', () => {
    const fixed = 64 * MiB + 2 * 512 * MiB + 2 * 4 * GiB + 2 * 400 * MiB + 2 * GiB + 3 * 128 * MiB + 3 * GiB;
    expect(planDisks(load('advanced.yaml')).plan.disks.map((d) => d.bytes)).toEqual([fixed + 2 * MiB, fixed + 2 * MiB]);
  });

  it('azl-installer-templated.yaml: an unrendered template is refused, naming the path and what the VM provides', () => {
    const { problems } = planDisks(load('azl-installer-templated.yaml'));
    expect(problems).toEqual([
      {
        pointer: '/storage/disks/0/device',
        message: expect.stringMatching(/^\{\{ \.DiskPath \}\}: it is not a path the VM can provide; the VM provides \/dev\/sdX/),
      },
    ]);
  });
});

describe('planDisks: device paths', () => {
  it('/dev/sda: the first SATA port, the CD-ROM after it', () => {
    const { plan, problems } = planDisks(hostConfig('/dev/sda'));
    expect(problems).toEqual([]);
    expect(plan.disks.map((d) => [d.id, d.bus, d.position])).toEqual([['d0', 'sata', 0]]);
    expect(plan.cdromPort).toBe(1);
  });

  it('/dev/sdb alone: a small filler disk is sda', () => {
    const { plan, problems } = planDisks(hostConfig('/dev/sdb'));
    expect(problems).toEqual([]);
    expect(plan.disks.map((d) => [d.id, d.position, d.filler])).toEqual([
      ['filler-sda', 0, true],
      ['d0', 1, false],
    ]);
    expect(plan.disks[0]?.bytes).toBe(64 * MiB);
    expectConsistent(plan, ['/dev/sdb']);
  });

  it('/dev/vda and /dev/vdb: virtio-blk at PCI slots 10 and 11, in letter order whatever the host config order', () => {
    const { plan, problems } = planDisks(hostConfig('/dev/vdb', '/dev/vda'));
    expect(problems).toEqual([]);
    expect(plan.disks.map((d) => [d.id, d.bus, d.position])).toEqual([
      ['d1', 'virtio', 0x10],
      ['d0', 'virtio', 0x11],
    ]);
    expectConsistent(plan, ['/dev/vdb', '/dev/vda']);
  });

  it('virtio by-path pins the slot (also the older virtio-pci- name); the NIC moves off it', () => {
    const { plan, problems } = planDisks(hostConfig('/dev/disk/by-path/pci-0000:00:02.0', '/dev/disk/by-path/virtio-pci-0000:00:1e.0'));
    expect(problems).toEqual([]);
    expect(plan.disks.map((d) => d.position)).toEqual([0x02, 0x1e]);
    expect(plan.nicSlot).toBe(0x03);
  });

  it('by-id serials: the disk gets that serial', () => {
    const devices = ['/dev/disk/by-id/ata-QEMU_HARDDISK_OS-DISK-1', '/dev/disk/by-id/virtio-data_2'];
    const { plan, problems } = planDisks(hostConfig(...devices));
    expect(problems).toEqual([]);
    expect(plan.disks.map((d) => [d.bus, d.serial])).toEqual([
      ['sata', 'OS-DISK-1'],
      ['virtio', 'data_2'],
    ]);
    expectConsistent(plan, devices);
  });

  it('mixes letters, by-path and by-id so that every letter still lands', () => {
    const devices = [
      '/dev/sdb',
      '/dev/disk/by-path/pci-0000:00:1f.2-ata-4.0',
      '/dev/disk/by-id/ata-QEMU_HARDDISK_X1',
      '/dev/vda',
      '/dev/disk/by-path/pci-0000:00:05.0',
    ];
    const { plan, problems } = planDisks(hostConfig(...devices));
    expect(problems).toEqual([]);
    expectConsistent(plan, devices);
  });

  it('any combination of up to three paths is placed consistently or refused with a reason', () => {
    const pool = [
      '/dev/sda',
      '/dev/sdb',
      '/dev/sdd',
      '/dev/vda',
      '/dev/vdc',
      '/dev/disk/by-path/pci-0000:00:1f.2-ata-1',
      '/dev/disk/by-path/pci-0000:00:1f.2-ata-2.0',
      '/dev/disk/by-path/pci-0000:00:1f.2-ata-6',
      '/dev/disk/by-path/pci-0000:00:03.0',
      '/dev/disk/by-path/pci-0000:00:11.0',
      '/dev/disk/by-id/ata-QEMU_HARDDISK_S1',
      '/dev/disk/by-id/virtio-V1',
    ];
    let placed = 0;
    for (const a of pool)
      for (const b of pool)
        for (const c of pool) {
          const devices = [...new Set([a, b, c])];
          const { plan, problems } = planDisks(hostConfig(...devices));
          if (problems.length > 0) {
            for (const p of problems) expect(p.message.length).toBeGreaterThan(10);
            continue;
          }
          placed++;
          expectConsistent(plan, devices);
        }
    // Most combinations fit; the refused ones are those where two names are the same disk.
    expect(placed).toBeGreaterThan(1000);
  });

  it('refuses two paths that are the same VM disk', () => {
    expect(planDisks(hostConfig('/dev/disk/by-path/pci-0000:00:1f.2-ata-1', '/dev/sda')).problems).toEqual([
      { pointer: '/storage/disks/1/device', message: '/dev/sda would be the same disk as /dev/disk/by-path/pci-0000:00:1f.2-ata-1 in the VM' },
    ]);
    expect(planDisks(hostConfig('/dev/disk/by-path/pci-0000:00:1f.2-ata-2', '/dev/disk/by-path/pci-0000:00:1f.2-ata-2.0')).problems).toEqual([
      { pointer: '/storage/disks/1/device', message: expect.stringMatching(/names the same VM disk as/) },
    ]);
  });

  it('refuses what the VM cannot have: a seventh SATA disk, sdf, a port multiplier, another PCI bus, NVMe', () => {
    const six = ['/dev/sda', '/dev/sdb', '/dev/sdc', '/dev/sdd', '/dev/sde', '/dev/disk/by-path/pci-0000:00:1f.2-ata-6'];
    expect(planDisks(hostConfig(...six)).problems.map((p) => p.message)).toEqual([expect.stringMatching(/CD-ROM needs one/)]);
    for (const [device, why] of [
      ['/dev/sdf', /\/dev\/sda to \/dev\/sde/],
      ['/dev/disk/by-path/pci-0000:00:1f.2-ata-2.1', /port multiplier/],
      ['/dev/disk/by-path/pci-0000:00:1f.2-ata-0', /ports 1 to 6/],
      ['/dev/disk/by-path/pci-0000:00:1f.0', /slots 01 to 1e/],
      ['/dev/disk/by-path/pci-0000:00:1f.0-ata-1', /not a path the VM can provide/],
      ['/dev/disk/by-path/pci-0000:00:00.0', /slots 01 to 1e/],
      ['/dev/disk/by-path/pci-0000:03:00.0', /not a path the VM can provide/],
      ['/dev/nvme0n1', /not a path the VM can provide/],
      ['/dev/disk/by-id/wwn-0x5000c500a1b2c3d4', /not a path the VM can provide/],
      ['/dev/disk/by-id/virtio-a-serial-longer-than-20', /not a path the VM can provide/],
      ['sda', /not a path the VM can provide/],
    ] as const) {
      expect(parseDevice(device), device).toEqual({ problem: expect.stringMatching(why) });
      expect(planDisks(hostConfig(device)).problems[0]?.pointer, device).toBe('/storage/disks/0/device');
    }
  });

  it('refuses a host config without disks, and a disk without a device', () => {
    expect(planDisks({ os: {} }).problems).toEqual([{ pointer: '/storage/disks', message: expect.stringMatching(/lists no disk/) }]);
    expect(planDisks({ storage: { disks: [{ id: 'x' }] } }).problems).toEqual([
      { pointer: '/storage/disks/0/device', message: expect.stringMatching(/no device/) },
    ]);
  });
});

describe('planDisks: sizes', () => {
  const withPartitions = (...sizes: unknown[]) => ({
    storage: { disks: [{ id: 'os', device: '/dev/sda', partitions: sizes.map((size, i) => ({ id: `p${i}`, size })) }] },
  });

  it('adds room for a grow partition', () => {
    expect(planDisks(withPartitions('64M', 'grow')).plan.disks[0]?.bytes).toBe(64 * MiB + 2 * MiB + GROW_ROOM);
  });

  it('rounds up to whole MiB, and gives a disk without partitions 1 GiB', () => {
    expect(planDisks(withPartitions(4096)).plan.disks[0]?.bytes).toBe(3 * MiB);
    expect(planDisks({ storage: { disks: [{ id: 'raw', device: '/dev/sda' }] } }).plan.disks[0]?.bytes).toBe(GiB);
  });

  it('verify-disk-size sets every disk, and must hold the fixed partitions', () => {
    expect(planDisks(withPartitions('64M', 'grow'), 16 * GiB).plan.disks[0]?.bytes).toBe(16 * GiB);
    expect(planDisks(withPartitions('64M', '8G'), 4 * GiB).problems).toEqual([
      {
        pointer: '/storage/disks/0/device',
        message: expect.stringMatching(/needs at least 8659140608 bytes for its partitions; verify-disk-size gives 4294967296/),
      },
    ]);
  });

  it('points at a size it cannot read', () => {
    expect(planDisks(withPartitions('64M', '8 GB')).problems).toEqual([
      { pointer: '/storage/disks/0/partitions/1/size', message: 'size "8 GB" is not one Trident reads (grow, bytes, or a number with K, M, G or T)' },
    ]);
  });
});
