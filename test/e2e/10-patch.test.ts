// patchable and patch mode on the e2e suite's ISO: the bundled action builds a
// patchable ISO with the Image Customizer stand-in on the real docker (prebuilt
// RPMs, a local base image, a bootable COSI), then patches it twice with other
// host configs, with no container engine on the step's PATH. Each of the three
// ISOs is read back with the real ISO 9660 readers (xorriso -osirrox, isoinfo),
// byte for byte; the live OS links /etc/trident/config.yaml to the placeholder;
// and one patched ISO is proven with verify: install in the real QEMU/OVMF: the
// installed disk carries the patched host config's hostname, not the built one's.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { filledPlaceholder } from '../../src/iso/placeholder.js';
import { extractWithIsoinfo, extractWithXorriso } from '../support/iso-tools.js';
import { describeRun, NODE24 } from '../support/runner.js';
import { makeBootableCosi } from './fixtures/make-cosi.js';
import { readDisk, readExt4File } from './lib/disk.js';
import { readLiveOs } from './lib/liveos.js';
import { runRecorded } from './lib/recorded.js';
import { e2e, newScenario } from './lib/scenario.js';
import { prepareWorkspace, sha256Of } from './lib/workspace.js';

/** The OS disk on AHCI port 1 by path (where verify attaches it), an ESP and a root filesystem from the COSI. */
function hostConfig(hostname: string): string {
  return YAML.stringify({
    image: { url: 'file:///mnt/trident_cdrom/images/azure-linux.cosi', sha384: 'ignored' },
    storage: {
      disks: [
        {
          id: 'os',
          device: '/dev/disk/by-path/pci-0000:00:1f.2-ata-2.0',
          partitionTableType: 'gpt',
          partitions: [
            { id: 'esp', type: 'esp', size: '64M' },
            { id: 'root', type: 'root', size: 'grow' },
          ],
        },
      ],
      filesystems: [
        { deviceId: 'esp', mountPoint: { path: '/boot/efi', options: 'umask=0077' } },
        { deviceId: 'root', mountPoint: '/' },
      ],
    },
    os: { hostname },
  });
}

describe('patchable build, then patches (e2e: stand-in Image Customizer on docker, real QEMU/OVMF)', () => {
  it('three ISOs from one build, each carrying its own host config; the patches had no container engine; a patched ISO installs its own host config in a VM', async () => {
    const c = e2e();
    const s = newScenario('patch');
    const ws = await prepareWorkspace(s, { prebuilt: true, baseImageFile: true });
    const cosi = await makeBootableCosi(path.join(s.dirs.workspace, 'boot.cosi'), c.boot, { hostname: 'cosi-fixture-host', seed: 'patch' });
    for (const node of ['node-a', 'node-b', 'node-c']) writeFileSync(path.join(s.dirs.workspace, `${node}.yaml`), hostConfig(node));

    const carried: Record<string, Buffer> = {};
    const keep = (name: string) => (outputs: Record<string, string>) => {
      if (outputs['host-config-path']) carried[name] = readFileSync(outputs['host-config-path']);
    };
    const build = await runRecorded(
      s,
      {
        'host-config': 'node-a.yaml',
        cosi: 'boot.cosi',
        'trident-rpms': ws.prebuiltTarball!,
        'base-image-file': ws.baseImageFile!,
        'imagecustomizer-image': c.imageCustomizer.refs['0.18.0'],
        patchable: 'true',
        output: 'a.iso',
        upload: 'false',
      },
      { betweenSteps: keep('node-a') },
    );
    expect(build.main.exitCode, describeRun(build)).toBe(0);
    const a = path.join(s.dirs.workspace, 'a.iso');

    // The live OS reads the host config from the media, through the link the post-customization script made.
    const live = await readLiveOs(a, path.join(s.dir, 'iso-read'));
    expect(live.link('/etc/trident/config.yaml')).toBe('/mnt/trident_cdrom/trident-config.yaml');
    expect(live.link('/mnt/trident_cdrom')).toBe('/run/initramfs/live');
    expect(live.files).toContain('/trident-config.yaml');
    const built = filledPlaceholder(carried['node-a']!, 16384) as Buffer;
    expect(readFileSync(path.join(live.media, 'trident-config.yaml')).equals(built)).toBe(true);
    expect(carried['node-a']!.toString()).toContain(`sha384: ${cosi.metadataSha384}`);

    // The patches: a PATH with QEMU and nothing else (no docker, no podman, no oras).
    const bin = path.join(s.dir, 'patch-bin');
    mkdirSync(bin);
    for (const tool of ['qemu-system-x86_64', 'qemu-img'])
      symlinkSync(execFileSync('sh', ['-c', `command -v ${tool}`], { encoding: 'utf8' }).trim(), path.join(bin, tool));
    const patchEnv = { PATH: `${bin}:${path.dirname(NODE24)}` };
    const pristine = sha256Of(a);
    mkdirSync(path.join(s.dirs.workspace, 'installed'));
    const patched: Record<string, string> = {};
    for (const node of ['node-b', 'node-c']) {
      // node-b is also proven in a VM: Trident installs from the patched ISO.
      const verify = node === 'node-b' ? { verify: 'install', 'verify-memory': '1024', 'verify-disk-dir': 'installed', 'verify-timeout': '12m' } : {};
      const run = await s.run(
        { 'patch-iso': 'a.iso', 'host-config': `${node}.yaml`, output: `${node}.iso`, upload: 'false', ...verify },
        { env: { ...s.env, ...patchEnv }, betweenSteps: keep(node), timeoutMs: 20 * 60_000 },
      );
      expect(run.main.exitCode, describeRun(run)).toBe(0);
      const out = path.join(s.dirs.workspace, `${node}.iso`);
      patched[node] = out;
      expect(run.outputs['iso-sha256']).toBe(sha256Of(out));
      expect(run.main.stdout).not.toMatch(/Image Customizer stand-in|docker|podman/);
      expect(carried[node]!.toString()).toContain(`hostname: ${node}`);
      expect(carried[node]!.toString()).toContain(`sha384: ${cosi.metadataSha384}`);
      expect(sha256Of(a)).toBe(pristine);
      if (node === 'node-b') {
        expect(run.outputs['verify-result']).toBe('passed');
        const disk = path.join(s.dirs.workspace, 'installed', 'os.qcow2');
        mkdirSync(path.join(s.dir, 'disk-read'));
        const layout = await readDisk(disk, path.join(s.dir, 'disk-read'));
        try {
          const root = layout.partitions.find((p) => p.name === 'root');
          expect(await readExt4File(layout, root!, '/etc/hostname')).toBe('node-b\n');
        } finally {
          layout.dispose();
        }
      }
    }

    // Three ISOs, each with its own host config, read back by two readers; the rest of the media as built.
    const isos: [string, string][] = [
      ['node-a', a],
      ['node-b', patched['node-b']!],
      ['node-c', patched['node-c']!],
    ];
    const cosiOnA = extractWithIsoinfo(a, '/images/azure-linux.cosi');
    for (const [node, iso] of isos) {
      const expected = filledPlaceholder(carried[node]!, 16384) as Buffer;
      expect(extractWithXorriso(iso, '/trident-config.yaml').equals(expected), `${node}: xorriso`).toBe(true);
      expect(extractWithIsoinfo(iso, '/trident-config.yaml').equals(expected), `${node}: isoinfo`).toBe(true);
      expect(extractWithIsoinfo(iso, '/images/azure-linux.cosi').equals(cosiOnA), `${node}: the COSI`).toBe(true);
      // The ISO 9660 check: xorriso reads the whole directory tree, and the El Torito boot record is still there.
      const report = execFileSync('xorriso', ['-indev', iso, '-report_el_torito', 'plain'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
      expect(report).toMatch(/El Torito boot img :\s+1\s+UEFI/);
    }
    expect(new Set(isos.map(([, iso]) => sha256Of(iso))).size).toBe(3);
  });
});
