// Known defects of the action that the faithful stand-ins expose, as
// `it.fails` tests: each passes while the defect is there and fails once it is
// fixed (then turn it into a plain `it`). The runs before them are plain tests,
// so a broken setup shows as a failure, not as an expected one.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { buildBaseImage } from './lib/base-image.js';
import { readLiveOs, type LiveOs } from './lib/liveos.js';
import { createDisk, plainSerial, runVm, serialTail, type VmResult } from './lib/qemu.js';
import { runRecorded } from './lib/recorded.js';
import { pushBaseImage } from './lib/registry.js';
import { describeRun } from '../support/runner.js';
import { e2e, newScenario } from './lib/scenario.js';
import { tridentVersionRelease, TRIDENT_VERSION } from './lib/trident-checkout.js';
import { prepareWorkspace } from './lib/workspace.js';

let live: LiveOs | undefined;
let boot: VmResult | undefined;

describe('known defects (issue 10, issue 14)', () => {
  it('builds an ISO from prebuilt RPMs over a base image whose repository has a distro Trident of the same version', async () => {
    const c = e2e();
    const s = newScenario('same-version-distro');
    await prepareWorkspace(s, { prebuilt: true });
    const base = await buildBaseImage(path.join(s.dir, 'base.vhdx'), c.tridentProgram, { distroTrident: { version: TRIDENT_VERSION, release: 2 } });
    const { ref } = await pushBaseImage(c.registry, 'e2e/minimal-os-same-version', 'latest', { 'linux/amd64': base.file });
    const run = await runRecorded(s, {
      'host-config': 'host-config.yaml',
      cosi: 'os.cosi',
      'trident-rpms': 'trident-rpms.tar.gz',
      'base-image': ref,
      'oras-url': c.oras.url,
      'oras-checksum': c.oras.sha256,
      'imagecustomizer-image': c.imageCustomizer.refs['0.18.0'],
      upload: 'false',
    });
    const log = describeRun(run);
    expect(run.main.exitCode, log).toBe(0);
    expect(run.outputs['trident-version']).toBe(tridentVersionRelease(c.trident.commit));
    live = await readLiveOs(path.join(s.dirs.workspace, 'installer.iso'), path.join(s.dir, 'iso-read'));
    // One Trident or the other is installed; which one is the defect below.
    expect([tridentVersionRelease(c.trident.commit), `${TRIDENT_VERSION}-2.azl3`]).toContain(live.installed('trident'));
  });

  // Issue 10, defect 1 (fixed): unpinned, tdnf takes the highest EVR and the checkout's release
  // (dev.<date>99...) sorts below the distro's (2.azl3); the action pins name-version-release.
  it('issue 10 (defect 1): the live OS carries the Trident that was built, not the distro one', () => {
    expect(live, 'the build above failed').toBeDefined();
    expect(live?.installed('trident')).toBe(tridentVersionRelease(e2e().trident.commit));
  });

  it("boots the action's ISO for a host config whose disk the VM does not have: Trident fails in the live OS", async () => {
    const c = e2e();
    const s = newScenario('invisible-failure');
    const ws = await prepareWorkspace(s, { prebuilt: true, baseImageFile: true });
    const hc = YAML.parse(readFileSync(ws.hostConfig, 'utf8')) as { storage: { disks: { device: string }[] } };
    hc.storage.disks[0]!.device = '/dev/disk/by-path/pci-0000:00:1f.2-ata-6.0';
    writeFileSync(ws.hostConfig, YAML.stringify(hc));
    const run = await runRecorded(s, {
      'host-config': 'host-config.yaml',
      cosi: 'os.cosi',
      'trident-rpms': 'trident-rpms.tar.gz',
      'base-image-file': 'base.vhdx',
      'imagecustomizer-image': c.imageCustomizer.refs['0.18.0'],
      upload: 'false',
    });
    expect(run.main.exitCode, describeRun(run)).toBe(0);
    const dir = path.join(s.dir, 'vm');
    mkdirSync(dir, { recursive: true });
    boot = await runVm({
      dir,
      name: 'action-iso-missing-disk',
      iso: path.join(s.dirs.workspace, 'installer.iso'),
      disks: [{ file: await createDisk(path.join(dir, 'disk.qcow2'), '1G'), bus: 'sata', port: 1 }],
      until: /installer-iso-mos login: $/,
      timeoutMs: 300_000,
    });
    // The live OS came up and Trident ran (it left the disk alone and the getty prompt followed).
    expect(boot.outcome, serialTail(boot.serial)).toBe('matched');
  });

  // Issue 14 (fixed): the ISO's kernel command line now ends with console=ttyS0 and a journald drop-in
  // forwards Trident's journal to /dev/console, so a failed install shows on the serial console.
  it("issue 14: Trident's failure is visible on the serial console", () => {
    expect(boot, 'the VM above did not run').toBeDefined();
    if (!boot) return;
    const text = plainSerial(boot.serial);
    expect(text).toContain('Trident failed');
  });
});
