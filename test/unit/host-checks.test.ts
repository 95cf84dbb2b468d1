import { chmodSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { release, tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { diskProblem, MIN_LIVE_OS_BYTES, outputRoomProblem, requiredDiskBytes } from '../../src/stages/check.js';
import { checkEngine } from '../../src/tools/engine.js';
import { processes } from '../../src/tools/exec.js';
import { missingKernelModules, roomiest } from '../../src/tools/host.js';

const GiB = 1024 ** 3;
const tmp = mkdtempSync(path.join(tmpdir(), 'host-checks-'));

describe('disk', () => {
  it('needs 8 GiB plus the COSI twice', () => {
    expect(requiredDiskBytes(0)).toBe(8 * GiB);
    expect(requiredDiskBytes(GiB)).toBe(10 * GiB);
  });

  it('says the numbers when there is too little', () => {
    expect(diskProblem('/tmp', 2 * GiB, 8 * GiB)).toMatch(/needs about 8\.0 GiB .* but \/tmp has 2\.0 GiB/);
    expect(diskProblem('/tmp', 9 * GiB, 8 * GiB)).toBeUndefined();
  });

  it('issue 11, class 6: an output folder on another filesystem with less room than the smallest ISO (the COSI and a live OS) is refused before the build', () => {
    expect(outputRoomProblem('/mnt/usb', 300 * 1024 ** 2, GiB)).toMatch(
      /the folder \/mnt\/usb is on another filesystem than the work folder and has 300\.0 MiB \(314572800 bytes\) free; the ISO, with the COSI it carries and a live OS, will be at least 1\.3 GiB/,
    );
    expect(outputRoomProblem('/mnt/usb', MIN_LIVE_OS_BYTES - 1, 0)).toMatch(/at least 256\.0 MiB/);
    expect(outputRoomProblem('/mnt/usb', GiB + MIN_LIVE_OS_BYTES, GiB)).toBeUndefined();
  });

  it('picks the writable folder with the most room, skipping what is not there', async () => {
    const best = await roomiest([path.join(tmp, 'missing'), tmp]);
    expect(best.dir).toBe(tmp);
    expect(best.free).toBeGreaterThan(0);
    await expect(roomiest([path.join(tmp, 'missing')])).rejects.toThrow(/none of/);
  });
});

describe('missingKernelModules', () => {
  it('finds modules loaded, built in or installed, and lists the rest', async () => {
    const root = path.join(tmp, 'root');
    mkdirSync(path.join(root, 'sys', 'module', 'loop'), { recursive: true });
    const modules = path.join(root, 'lib', 'modules', release());
    mkdirSync(modules, { recursive: true });
    writeFileSync(path.join(modules, 'modules.builtin'), 'kernel/fs/ext4/ext4.ko\n');
    writeFileSync(path.join(modules, 'modules.dep'), 'kernel/fs/squashfs/squashfs.ko.zst:\n');
    expect(await missingKernelModules(['loop', 'ext4', 'squashfs', 'vfat'], root)).toEqual(['vfat']);
  });
});

describe('checkEngine', () => {
  function engine(name: string, script: string): string {
    const dir = mkdtempSync(path.join(tmp, 'bin-'));
    writeFileSync(path.join(dir, name), `#!/bin/sh\n${script}\n`);
    chmodSync(path.join(dir, name), 0o755);
    return dir;
  }

  /** Only the stand-in on the child PATH: the machine may have a real engine. */
  const withPath = (dir: string) => processes({ PATH: dir });

  it('accepts an engine that answers as root', async () => {
    const dir = engine(
      'docker',
      '[ "$2 $3" = "--format {{json .SecurityOptions}}" ] || exit 9; echo \'["name=apparmor","name=seccomp,profile=builtin"]\'',
    );
    expect(await checkEngine(withPath(dir), 'docker')).toBeUndefined();
  });

  it('rejects a rootless engine', async () => {
    const dir = engine('docker', 'echo \'["name=seccomp,profile=builtin","name=rootless","name=cgroupns"]\'');
    expect(await checkEngine(withPath(dir), 'docker')).toMatch(/rootless/);
  });

  it('rejects an engine that remaps user namespaces', async () => {
    const dir = engine('docker', 'echo \'["name=seccomp,profile=builtin","name=userns"]\'');
    expect(await checkEngine(withPath(dir), 'docker')).toMatch(/userns-remap/);
  });

  it("reads podman's rootless flag", async () => {
    expect(await checkEngine(withPath(engine('podman', '[ "$3" = "{{.Host.Security.Rootless}}" ] || exit 9; echo true')), 'podman')).toMatch(
      /rootless/,
    );
    expect(await checkEngine(withPath(engine('podman', 'echo false')), 'podman')).toBeUndefined();
  });

  it('understands `docker` that is podman (the podman-docker shim)', async () => {
    const shim = (rootless: string) =>
      engine(
        'docker',
        `case "$3" in *SecurityOptions*) echo "Error: template: info:1:7: executing \\"info\\" at <.SecurityOptions>: can't evaluate field SecurityOptions" >&2; exit 125;; esac; echo ${rootless}`,
      );
    expect(await checkEngine(withPath(shim('false')), 'docker')).toBeUndefined();
    expect(await checkEngine(withPath(shim('true')), 'docker')).toMatch(/rootless/);
  });

  it('rejects an engine that does not answer, with its words', async () => {
    const dir = engine('podman', 'echo "Cannot connect to the Podman socket" >&2; exit 125');
    expect(await checkEngine(withPath(dir), 'podman')).toMatch(/podman does not answer .*125.*Cannot connect/);
  });

  it('says when the engine is not installed', async () => {
    expect(await checkEngine(withPath(mkdtempSync(path.join(tmp, 'empty-'))), 'podman')).toMatch(/not installed/);
  });
});
