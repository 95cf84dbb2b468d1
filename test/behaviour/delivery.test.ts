// The ISO's delivery (Check ISO, then Upload artifact) as hosted runners run
// it: the job as an ordinary user, the ISO written by Image Customizer's
// container as root, fs.protected_hardlinks=1 (no hard link to another user's
// file). test/support/delivery.ts runs the two stages in a child process as
// `nobody` and writes the ISO as this (root) process, so CI, which runs as
// root, makes that situation itself. What the limits stood for is asserted:
// how often the ISO is read and written (the kernel's count of the child's
// bytes, /proc/<pid>/io), and whether the file at `output` is the one the
// container wrote (moved) or another (copied).
import { chmodSync, chownSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runtimeToken, startResultsService, type ResultsService } from '../e2e/lib/results-service.js';
import { delivered, protectedHardlinks, runDelivery, UNPRIVILEGED, type DeliveryRequest } from '../support/delivery.js';

const ISO_BYTES = 32 * 1024 * 1024;
const isRoot = process.getuid?.() === 0;
/** A filesystem other than the temporary folder's: tmpfs. */
const OTHER_FS = '/dev/shm';

let service: ResultsService;
const scratch = mkdtempSync(path.join(tmpdir(), 'delivery-test-'));
// The child's user must reach its folders inside.
chmodSync(scratch, 0o755);
let runs = 0;

/** The delivery of a fresh root-owned ISO, uploaded to the results service. */
function deliver(o: Omit<DeliveryRequest, 'root' | 'isoBytes' | 'env'> = {}) {
  runs += 1;
  return runDelivery({
    root: mkdtempSync(path.join(scratch, 'run-')),
    isoBytes: ISO_BYTES,
    env: { ACTIONS_RESULTS_URL: service.url, ACTIONS_RUNTIME_TOKEN: runtimeToken(`delivery-${runs}`, 'job') },
    ...o,
  });
}

/** Full passes over the ISO, from a byte count (the upload also reads a few kB of HTTP responses). */
const passes = (bytes: number) => Math.round(bytes / ISO_BYTES);

// Only root can write a root-owned ISO and start a process as another user: as any other user these are skipped (CI runs as root).
describe.runIf(isRoot)('the ISO delivered as an unprivileged user (root-owned ISO, as on hosted runners)', () => {
  beforeAll(async () => {
    // What hosted runners set, and what this test is about; Debian and Ubuntu set it by default.
    expect(protectedHardlinks(), 'fs.protected_hardlinks must be 1 here, as on hosted runners').toBe(true);
    service = await startResultsService();
  }, 60_000);

  afterAll(async () => {
    await service?.stop();
    rmSync(scratch, { recursive: true, force: true });
  });

  it('is moved, not copied: read once to hash it, once to upload it, never written', async () => {
    const d = await deliver({ user: UNPRIVILEGED, buildBytes: ISO_BYTES });
    const report = delivered(d);
    expect(report.uid).toBe(UNPRIVILEGED.uid);
    // The container's file itself is at `output` (root-owned, as it was written).
    expect(d.moved).toBe(true);
    expect(statSync(d.output).uid).toBe(0);
    expect(passes(report.io.check.rchar)).toBe(1);
    expect(report.io.check.wchar).toBeLessThan(ISO_BYTES / 100);
    expect(passes(report.io.upload.rchar)).toBe(1);
    // The hash of that one read is the ISO's, and the upload's digest agrees.
    expect(report.iso.size).toBe(ISO_BYTES);
    expect(report.artifactDigest).toBe(`sha256:${report.iso.sha256}`);
    expect(report.lines.join('\n')).toMatch(/SHA-256 [0-9a-f]{64} \(moved\)/);
    // The disk never held a second ISO: at most the container's build folder and one ISO (plus folders and metadata).
    expect(d.disk.peak).toBeLessThan(2 * ISO_BYTES + ISO_BYTES / 4);
  });

  it('as root too (the container runs as the job user, or a self-hosted runner as root): linked, read twice in all', async () => {
    const d = await deliver();
    const report = delivered(d);
    expect(d.moved).toBe(true);
    expect(passes(report.io.check.rchar) + passes(report.io.upload.rchar)).toBe(2);
    expect(report.io.check.wchar).toBeLessThan(ISO_BYTES / 100);
  });

  it('across filesystems it must be copied: hashed while it is copied, so still read twice in all and written once', async () => {
    const dir = mkdtempSync(path.join(OTHER_FS, 'delivery-test-'));
    try {
      expect(statSync(dir).dev, `${OTHER_FS} must be another filesystem than ${tmpdir()}`).not.toBe(statSync(scratch).dev);
      chownSync(dir, UNPRIVILEGED.uid, UNPRIVILEGED.gid);
      const d = await deliver({ user: UNPRIVILEGED, output: path.join(dir, 'installer.iso') });
      const report = delivered(d);
      expect(d.moved).toBe(false);
      expect(passes(report.io.check.rchar)).toBe(1);
      expect(passes(report.io.check.wchar)).toBe(1);
      expect(passes(report.io.upload.rchar)).toBe(1);
      expect(report.artifactDigest).toBe(`sha256:${report.iso.sha256}`);
      // Nothing but the ISO is left beside it (no partial copy), and it is the user's.
      expect(statSync(d.output).uid).toBe(UNPRIVILEGED.uid);
      expect(readFileSync(d.output).subarray(32769, 32774).toString('latin1')).toBe('CD001');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('never replaces a file that appeared at output meanwhile, and leaves the ISO where it was', async () => {
    const d = await deliver({ user: UNPRIVILEGED, occupyOutput: "the user's own file\n" });
    expect(d.report).toMatchObject({ error: expect.stringMatching(/Input 'output': .* appeared while the ISO was built/) });
    expect(readFileSync(d.output, 'utf8')).toBe("the user's own file\n");
    expect(d.moved).toBe(false);
    expect(statSync(d.written.path).ino).toBe(d.written.ino);
  });
});
