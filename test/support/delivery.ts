// Runs the ISO's delivery (test/support/delivery-child.ts: Check ISO, then
// Upload artifact) in a child process as a given user, and plays Image
// Customizer's container for it: the ISO is written by this process, so when
// this process is root and the child is not, the ISO is root-owned in a folder
// the child owns, as on a hosted runner (the job runs as `runner`, the
// container as root, and fs.protected_hardlinks=1 forbids linking another
// user's file). The test and the benchmark start it as root.
import { spawn } from 'node:child_process';
import {
  chmodSync,
  chownSync,
  closeSync,
  copyFileSync,
  existsSync,
  lstatSync,
  openSync,
  readdirSync,
  readFileSync,
  statSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { randomFillSync } from 'node:crypto';
import path from 'node:path';
import { createInterface } from 'node:readline';
import type { DeliveryReport } from './delivery-child.js';
import { inputEnv, NODE24, REPO, runnerDirs, runnerEnv } from './runner.js';

export type { DeliveryReport, IoCount } from './delivery-child.js';

/** The user the job runs as when it is not root: `nobody`, present on every Linux. */
export const UNPRIVILEGED = { uid: 65534, gid: 65534 };

/** fs.protected_hardlinks: 1 (as on hosted runners) forbids hard links to files of another user one may not write. */
export function protectedHardlinks(): boolean {
  return readFileSync('/proc/sys/fs/protected_hardlinks', 'utf8').trim() === '1';
}

/** What the container writes: `bytes` of data that looks like an ISO 9660 image (its signature at sector 16). */
export function writeIsoLike(file: string, bytes: number): void {
  const MiB = 1 << 20;
  const chunk = Buffer.alloc(MiB);
  const fd = openSync(file, 'wx', 0o644);
  try {
    for (let offset = 0; offset < bytes; offset += MiB) {
      randomFillSync(chunk);
      if (offset === 0) {
        chunk[32768] = 1;
        chunk.write('CD001', 32769, 'latin1');
      }
      writeSync(fd, chunk, 0, Math.min(MiB, bytes - offset));
    }
  } finally {
    closeSync(fd);
  }
}

export interface DeliveryRequest {
  /** A folder this process made (it is opened to the child's user). */
  root: string;
  /** The user the child runs as; absent: this process's user. */
  user?: { uid: number; gid: number };
  isoBytes: number;
  /** Where the ISO goes (the `output` input): relative to the workspace, or absolute. */
  output?: string;
  /** Something of the user's that appears at `output` while the ISO is built. */
  occupyOutput?: string;
  /** What the container leaves in its build folder besides the ISO (a file of this size). */
  buildBytes?: number;
  /** The step's environment beyond the runner's: the results service (ACTIONS_RESULTS_URL, ACTIONS_RUNTIME_TOKEN). */
  env?: Record<string, string>;
  inputs?: Record<string, string>;
}

export interface Delivery {
  /** What the delivery did, or the error it failed with. */
  report: DeliveryReport;
  /** The ISO as the container wrote it: its inode, to tell a move from a copy. */
  written: { path: string; ino: number };
  /** The `output` path. */
  output: string;
  /** Whether the file at `output` is the one the container wrote (moved or linked), not a copy. */
  moved: boolean;
  /** Disk held by the run (its work folder, `output` and anything beside it), sampled every 10 ms from the ISO's arrival: the most, and when the upload started. */
  disk: { peak: number; atUpload: number };
}

/** Bytes allocated to a file, or to everything under a folder; a file linked twice (`seen`) counts once. */
function allocated(p: string, seen = new Set<string>()): number {
  try {
    const info = lstatSync(p);
    const id = `${info.dev}:${info.ino}`;
    if (seen.has(id)) return 0;
    seen.add(id);
    if (!info.isDirectory()) return info.blocks * 512;
    return readdirSync(p).reduce((sum, name) => sum + allocated(path.join(p, name), seen), info.blocks * 512);
  } catch {
    return 0; // removed meanwhile
  }
}

/** Runs the delivery as request.user; rejects with the child's output when it crashes. */
export async function runDelivery(request: DeliveryRequest): Promise<Delivery> {
  const dirs = runnerDirs(request.root, { toolCache: path.join(request.root, 'toolcache') });
  const user = request.user ?? { uid: process.getuid?.() ?? 0, gid: process.getgid?.() ?? 0 };
  if (request.user) {
    chmodSync(request.root, 0o755);
    for (const dir of [dirs.workspace, dirs.temp, dirs.home, dirs.tmpdir, dirs.files, dirs.toolCache]) chownSync(dir, user.uid, user.gid);
  }
  copyFileSync(path.join(REPO, 'test', 'fixtures', 'samples', 'host-configs', 'simple.yaml'), path.join(dirs.workspace, 'hc.yaml'));
  const output = path.resolve(dirs.workspace, request.output ?? 'installer.iso');
  const env = {
    ...runnerEnv(dirs, request.env),
    ...inputEnv({ 'host-config': 'hc.yaml', output, ...request.inputs }),
  };
  const child = spawn(NODE24, ['--experimental-transform-types', '--no-warnings', path.join(import.meta.dirname, 'delivery-child.ts')], {
    env,
    cwd: dirs.workspace,
    stdio: ['pipe', 'pipe', 'pipe'],
    ...(request.user ? { uid: user.uid, gid: user.gid } : {}),
  });
  let stdout = '';
  let stderr = '';
  child.stderr.on('data', (c: Buffer) => (stderr += c.toString('utf8')));
  const exited = new Promise<number>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolve(code ?? 1));
  });
  let written: Delivery['written'] | undefined;
  let report: DeliveryReport | undefined;
  const disk = { peak: 0, atUpload: 0 };
  let held = () => 0;
  const sampler = setInterval(() => (disk.peak = Math.max(disk.peak, held())), 10);
  for await (const line of createInterface({ input: child.stdout })) {
    stdout += `${line}\n`;
    if (line.startsWith('READY ')) {
      // What Image Customizer's container does: write the ISO (and its build leftovers) into the folders it was given, as this process's user.
      const outputDir = line.slice('READY '.length);
      const file = path.join(outputDir, path.basename(output));
      writeIsoLike(file, request.isoBytes);
      if (request.buildBytes) writeIsoLike(path.join(path.dirname(outputDir), 'build', 'image.raw'), request.buildBytes);
      written = { path: file, ino: statSync(file).ino };
      const work = path.dirname(outputDir);
      held = () => {
        const seen = new Set<string>();
        return (
          allocated(work, seen) +
          readdirSync(path.dirname(output))
            .filter((n) => n.startsWith(path.basename(output)))
            .reduce((sum, n) => sum + allocated(path.join(path.dirname(output), n), seen), 0)
        );
      };
      disk.peak = held();
      if (request.occupyOutput !== undefined) {
        writeFileSync(output, request.occupyOutput);
        chownSync(output, user.uid, user.gid);
      }
      child.stdin.end('go\n');
    } else if (line === 'UPLOAD') {
      disk.atUpload = held();
      disk.peak = Math.max(disk.peak, disk.atUpload);
    } else if (line.startsWith('RESULT ')) {
      report = JSON.parse(line.slice('RESULT '.length)) as DeliveryReport;
    }
  }
  const code = await exited;
  clearInterval(sampler);
  if (code !== 0 || !report || !written) throw new Error(`the delivery exited with ${code}:\n${stdout.slice(-4000)}\n${stderr.slice(-4000)}`);
  const ino = existsSync(output) ? statSync(output).ino : -1;
  return { report, written, output, moved: ino === written.ino, disk };
}

/** The report of a delivery that succeeded; throws with the error otherwise. */
export function delivered(d: Delivery): Exclude<DeliveryReport, { error: string }> {
  if ('error' in d.report) throw new Error(`the delivery failed: ${d.report.error}\n${d.report.lines.join('\n')}`);
  return d.report;
}
