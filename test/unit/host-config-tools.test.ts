// The packages a host config needs in the live OS (issue 10, defect 3): read
// from the official samples (test/fixtures/samples/host-configs, copied from
// microsoft/trident) and from small host configs for each feature.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { hostConfigTools, toolLine } from '../../src/trident/host-config-tools.js';

const sample = (name: string): unknown =>
  parse(readFileSync(path.join(import.meta.dirname, '..', 'fixtures', 'samples', 'host-configs', `${name}.yaml`), 'utf8'));
const packages = (value: unknown) => hostConfigTools(value).map((n) => n.package);

describe('hostConfigTools', () => {
  it('RAID, encryption and verity samples need mdadm, cryptsetup + tpm2-tools, veritysetup (and netplan, which they configure)', () => {
    expect(packages(sample('raid'))).toEqual(['netplan', 'mdadm']);
    expect(packages(sample('encryption'))).toEqual(['netplan', 'cryptsetup', 'tpm2-tools']);
    expect(packages(sample('verity'))).toEqual(['netplan', 'veritysetup']);
    expect(packages(sample('advanced'))).toEqual(expect.arrayContaining(['mdadm', 'cryptsetup', 'tpm2-tools', 'veritysetup']));
  });

  it('says which feature, where in the host config, and what Trident runs with it', () => {
    const [, mdadm] = hostConfigTools(sample('raid'));
    expect(mdadm).toEqual({
      package: 'mdadm',
      feature: 'software RAID',
      path: '/storage/raid/software',
      use: 'Trident creates the arrays with mdadm',
    });
    expect(toolLine(mdadm!)).toBe('mdadm: for software RAID (host config /storage/raid/software): Trident creates the arrays with mdadm in the ISO.');
  });

  it('netplan for managementOs.netplan first, else os.netplan; nothing without either', () => {
    expect(hostConfigTools({ managementOs: { netplan: { version: 2 } }, os: { netplan: { version: 2 } } })[0]?.path).toBe('/managementOs/netplan');
    expect(hostConfigTools({ os: { netplan: { version: 2 } } })[0]?.path).toBe('/os/netplan');
    expect(hostConfigTools({ os: { netplan: null, hostname: 'x' } })).toEqual([]);
  });

  it('NTFS: ntfsprogs to create, ntfs-3g to mount; XFS: xfsprogs to create; image filesystems need neither', () => {
    const fs = (...filesystems: unknown[]) => packages({ storage: { filesystems } });
    expect(fs({ deviceId: 'data', source: 'new', type: 'ntfs', mountPoint: '/data' })).toEqual(['ntfsprogs', 'ntfs-3g']);
    expect(fs({ deviceId: 'data', source: 'adopted', type: 'ntfs', mountPoint: '/data' })).toEqual(['ntfs-3g']);
    expect(fs({ deviceId: 'data', source: 'new', type: 'ntfs' })).toEqual(['ntfsprogs']);
    expect(fs({ deviceId: 'data', source: 'new', type: 'xfs', mountPoint: '/srv' })).toEqual(['xfsprogs']);
    expect(fs({ deviceId: 'root', mountPoint: '/' }, { deviceId: 'x', source: 'adopted', type: 'xfs' })).toEqual([]);
  });

  it('nothing for a host config that needs none of them, or is not a mapping', () => {
    expect(packages(sample('simple'))).toEqual(['netplan']);
    expect(packages({ storage: { raid: { software: [] }, verity: [] } })).toEqual([]);
    expect(packages('not a host config')).toEqual([]);
  });
});
