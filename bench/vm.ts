// npm run bench (second part): the VM phases of `verify`, measured. Boots the
// e2e suite's small real UEFI installer ISO (test/e2e/lib/vm-fixture.ts:
// Debian's kernel, busybox, GRUB; built once and cached) with the committed
// dist/cli (`trident-iso verify`, verify: install, one SATA disk), RUNS times
// (default 3), and prints the seconds of each phase (boot, install, first
// boot) and the accelerator the VM ran with. Nothing is asserted: the tests
// check what the timings stand for; these are the numbers.
// Needs qemu-system-x86, qemu-utils, ovmf, grub-efi-amd64-bin, grub-common,
// mtools, dosfstools, fdisk, cpio and busybox-static (.ci/install-e2e-deps.sh)
// and apt's package lists (the kernel is fetched with apt-get download).
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { registerHooks } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';

registerHooks({
  resolve(specifier, context, next) {
    try {
      return next(specifier, context);
    } catch (error) {
      if (!/^\.\.?\/.*\.js$/.test(specifier)) throw error;
      return next(specifier.replace(/\.js$/, '.ts'), context);
    }
  },
});
const { vmFixture } = await import('../test/e2e/lib/vm-fixture.ts');
const { NODE24, REPO } = await import('../test/support/runner.ts');

const RUNS = Number(process.env.RUNS ?? 3);
const HOST_CONFIG = `storage:
  disks:
    - id: os
      device: /dev/sda
      partitionTableType: gpt
      partitions:
        - { id: esp, type: esp, size: 48M }
  filesystems:
    - deviceId: esp
      mountPoint: /boot/efi
os:
  hostname: bench-node
`;

const root = mkdtempSync(path.join(tmpdir(), 'trident-iso-bench-vm-'));
try {
  const missing = ['qemu-system-x86_64', 'qemu-img', 'grub-mkrescue', 'mcopy', 'sfdisk', 'cpio', 'busybox'].filter(
    (cmd) => spawnSync('sh', ['-c', `command -v ${cmd}`], { env: { PATH: `${process.env.PATH ?? ''}:/usr/sbin:/sbin` } }).status !== 0,
  );
  if (missing.length > 0) throw new Error(`missing ${missing.join(', ')}: run .ci/install-e2e-deps.sh (as root)`);
  const started = Date.now();
  const fixture = await vmFixture();
  const source = await fixture.iso({ mode: 'install', hostname: 'bench-node', disks: [{ id: 'os', device: '/dev/sda', role: 'os' }] });
  console.log(`VM bench: fixture ready in ${((Date.now() - started) / 1000).toFixed(1)} s (kernel ${fixture.kver}); ${RUNS} install runs`);

  const figures: Record<'boot' | 'install' | 'first-boot', number[]> = { boot: [], install: [], 'first-boot': [] };
  for (let i = 1; i <= RUNS; i++) {
    const dir = path.join(root, `run-${i}`);
    spawnSync('mkdir', ['-p', dir]);
    copyFileSync(source, path.join(dir, 'installer.iso'));
    writeFileSync(path.join(dir, 'hc.yaml'), HOST_CONFIG);
    const t = Date.now();
    const cli = spawnSync(
      NODE24,
      [path.join(REPO, 'bin', 'trident-iso.js'), 'verify', '--iso', 'installer.iso', '--host-config', 'hc.yaml', '--verify-memory', '512'],
      { cwd: dir, encoding: 'utf8', timeout: 15 * 60_000 },
    );
    if (cli.status !== 0) throw new Error(`run ${i} failed (exit ${cli.status}):\n${cli.stdout.slice(-3000)}${cli.stderr.slice(-2000)}`);
    const value = (name: string) => Number(new RegExp(`^verify-${name}-seconds: (\\S+)$`, 'm').exec(cli.stdout)?.[1]);
    for (const phase of ['boot', 'install', 'first-boot'] as const) figures[phase].push(value(phase));
    const fellBack = cli.stdout.includes('KVM could not run the VM here');
    const accelerator = fellBack ? 'TCG (KVM failed to start the VM)' : (/Serial console \(also in .*\), (KVM|TCG):/.exec(cli.stdout)?.[1] ?? '?');
    console.log(
      `  run ${i}: boot ${value('boot')} s, install ${value('install')} s, first boot ${value('first-boot')} s; ${accelerator}; step ${((Date.now() - t) / 1000).toFixed(1)} s`,
    );
  }
  const stats = (xs: number[]) => {
    const s = [...xs].sort((a, b) => a - b);
    return `min ${s[0]} s, median ${s[Math.floor((s.length - 1) / 2)]} s, max ${s.at(-1)} s`;
  };
  console.log(`VM phases over ${RUNS} runs:`);
  for (const [phase, xs] of Object.entries(figures)) console.log(`  ${phase.padEnd(10)} ${stats(xs)}`);
} catch (error) {
  console.error(`VM bench failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  rmSync(root, { recursive: true, force: true });
}
