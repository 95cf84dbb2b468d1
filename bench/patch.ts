// npm run bench (part): patching a multi-GiB ISO's host config with the
// bundled CLI (`trident-iso patch`, dist/cli), against copying the same file.
// The ISO is a real ISO 9660 image (xorriso's mkisofs with Image Customizer's
// flags): a placeholder, a COSI, and two large files standing in for
// liveos/rootfs.img and a big COSI. Each figure is the median of RUNS runs:
//   copy       cp --reflink=never (read and write every byte)
//   copy+sync  the same, then sync FILE (fsync: the patch makes its output durable too)
//   patch      trident-iso patch --output (one pass: copy + SHA-256 + read-back)
//   in place   trident-iso patch --in-place (writes the placeholder; hashes the image)
// Prints the ratio of each to the copy. ISO_GIB sets the size (default 3).
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import './ts-imports.ts';
import { tmpdir } from 'node:os';
import path from 'node:path';

const { NODE24, REPO } = await import('../test/support/runner.ts');
const { emptyPlaceholder } = await import('../src/iso/placeholder.ts');

const RUNS = Number(process.env.RUNS ?? 3);
const GIB = Number(process.env.ISO_GIB ?? 3);
const root = mkdtempSync(path.join(tmpdir(), 'trident-iso-bench-patch-'));

const HOST_CONFIG = `image:
  url: https://images.example/azure-linux.cosi
  sha384: ignored
storage:
  disks:
    - id: os
      device: /dev/sda
      partitionTableType: gpt
      partitions:
        - { id: esp, type: esp, size: 64M }
        - { id: root, type: root, size: grow }
  filesystems:
    - { deviceId: esp, mountPoint: /boot/efi }
    - { deviceId: root, mountPoint: / }
os:
  hostname: bench-node
`;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

function timed(argv: string[]): number {
  const started = process.hrtime.bigint();
  const r = spawnSync(argv[0]!, argv.slice(1), { encoding: 'utf8', cwd: root });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (r.status !== 0) throw new Error(`${argv.join(' ')} exited ${r.status}:\n${r.stdout}\n${r.stderr}`);
  return ms;
}

try {
  const staging = path.join(root, 'staging');
  mkdirSync(path.join(staging, 'liveos'), { recursive: true });
  mkdirSync(path.join(staging, 'images'), { recursive: true });
  // Two large files (ISO 9660 files stay under 4 GiB), sparse here, written in full into the ISO.
  writeFileSync(path.join(staging, 'liveos', 'rootfs.img'), '');
  truncateSync(path.join(staging, 'liveos', 'rootfs.img'), Math.floor((GIB / 2) * 2 ** 30));
  writeFileSync(path.join(staging, 'big.bin'), '');
  truncateSync(path.join(staging, 'big.bin'), Math.floor((GIB / 2) * 2 ** 30));
  writeFileSync(path.join(staging, 'trident-config.yaml'), emptyPlaceholder(16384));
  execFileSync(NODE24, [path.join(REPO, 'examples', 'make-cosi.js'), path.join(staging, 'images', 'azure-linux.cosi')]);
  const iso = path.join(root, 'big.iso');
  execFileSync('xorriso', ['-as', 'mkisofs', '-R', '-l', '-D', '-J', '-joliet-long', '-V', 'CDROM', '-o', iso, staging], { stdio: 'ignore' });
  rmSync(staging, { recursive: true, force: true });
  writeFileSync(path.join(root, 'hc.yaml'), HOST_CONFIG);
  const size = statSync(iso).size;
  // Warm the page cache for every contender alike.
  execFileSync('cat', [iso], { stdio: ['ignore', 'ignore', 'inherit'], maxBuffer: 0 });

  const copy: number[] = [];
  const copySync: number[] = [];
  const patch: number[] = [];
  const inPlace: number[] = [];
  const cli = [NODE24, path.join(REPO, 'bin', 'trident-iso.js'), 'patch', '--iso'];
  for (let i = 0; i < RUNS; i++) {
    const out = path.join(root, `out-${i}.iso`);
    copy.push(timed(['cp', '--reflink=never', iso, out]));
    rmSync(out);
    copySync.push(timed(['cp', '--reflink=never', iso, out]) + timed(['sync', out]));
    rmSync(out);
    patch.push(timed([...cli, iso, '--host-config', 'hc.yaml', '--output', out]));
    // In place on the copy just written (the ISO given is never modified).
    inPlace.push(timed([...cli, out, '--host-config', 'hc.yaml', '--in-place']));
    rmSync(out);
  }
  const c = median(copy);
  const cs = median(copySync);
  const p = median(patch);
  const ip = median(inPlace);
  const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
  console.log(`patch bench: ISO ${(size / 2 ** 30).toFixed(2)} GiB, median of ${RUNS} runs`);
  console.log(`  copy (cp --reflink=never)          ${s(c)}`);
  console.log(`  copy, then sync FILE               ${s(cs)}  (${(cs / c).toFixed(2)} × the copy)`);
  console.log(`  trident-iso patch --output         ${s(p)}  (${(p / c).toFixed(2)} × the copy, ${(p / cs).toFixed(2)} × copy+sync)`);
  console.log(`  trident-iso patch --in-place       ${s(ip)}  (${(ip / c).toFixed(2)} × the copy)`);
} finally {
  rmSync(root, { recursive: true, force: true });
}
