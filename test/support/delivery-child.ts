// The ISO's delivery as main.ts runs it (Check ISO, then Upload artifact), in a
// process of its own so that it can run as another user than the test: on
// hosted runners the job runs as an ordinary user while the container writes
// the ISO as root. Run by test/support/delivery.ts (startDelivery), which
// starts this file with Node 24 as that user and plays the container.
//
// Protocol on stdio: this process makes the run's work folder (as main does),
// prints `READY <folder Image Customizer writes the ISO to>`, and waits for a
// line on stdin (the ISO is there by then). It then goes on as main.ts does
// after Image Customizer, printing `UPLOAD` as the upload starts, and prints
// `RESULT <json>`: what they returned, and what this process read and wrote
// meanwhile by the kernel's count (/proc/self/io: rchar, wchar), per stage; or
// the error a stage failed with.
import { registerHooks } from 'node:module';
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';

// src/ imports its siblings as './x.js' (tsc's convention); Node runs them as .ts.
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

const { recordingRuntime } = await import('./runner.js');
const { readContext, runContext } = await import('../../src/context/run-context.js');
const { LeftoverTracker } = await import('../../src/run/leftovers.js');
const { Stages } = await import('../../src/run/stages.js');
const { processes } = await import('../../src/tools/exec.js');
const { deliver, freeAfterCustomizer, freeSpace } = await import('../../src/stages/deliver.js');
const { publish } = await import('../../src/stages/publish.js');

export interface IoCount {
  /** Bytes this process passed through read-like calls (read, pread, sendfile, copy_file_range, sockets included). */
  rchar: number;
  /** Bytes it passed through write-like calls. */
  wchar: number;
}

export type DeliveryReport =
  | {
      iso: { path: string; size: number; sha256: string };
      artifactDigest: string;
      /** What each stage read and wrote. */
      io: Record<'check' | 'upload', IoCount>;
      ms: Record<'check' | 'upload', number>;
      uid: number;
      /** What the stages logged, in order. */
      lines: string[];
    }
  | { error: string; uid: number; lines: string[] };

function io(): IoCount {
  const text = readFileSync('/proc/self/io', 'utf8');
  const field = (name: string) => Number(new RegExp(`^${name}: (\\d+)$`, 'm').exec(text)?.[1] ?? NaN);
  return { rchar: field('rchar'), wchar: field('wchar') };
}

const delta = (a: IoCount, b: IoCount): IoCount => ({ rchar: b.rchar - a.rchar, wchar: b.wchar - a.wchar });

const env = Object.fromEntries(Object.entries(process.env).filter((e): e is [string, string] => e[1] !== undefined));
const rt = recordingRuntime(env);
const exec = processes(rt.env);
const stages = new Stages(rt.console);
const leftovers = new LeftoverTracker((name, value) => rt.saveState(name, value));
const ctx = runContext(readContext(rt, exec), rt.tempDir, { leftovers, stages });

process.stdout.write(`READY ${ctx.work.output}\n`);
const lines = createInterface({ input: process.stdin });
await new Promise<void>((resolve) => lines.once('line', () => resolve()));
lines.close();

// The artifact client is loaded before counting (the upload would load it lazily), so that only the ISO's bytes count.
await import('@actions/artifact');

const t0 = performance.now();
const before = io();
let report: DeliveryReport;
try {
  // As main.ts goes on once Image Customizer has ended.
  stages.background('Free the build folders', freeAfterCustomizer(ctx));
  const iso = await stages.run('Check ISO', ctx, deliver);
  const afterCheck = io();
  const t1 = performance.now();
  process.stdout.write('UPLOAD\n');
  const published = await stages.run('Upload artifact', ctx, publish(iso));
  const afterUpload = io();
  const t2 = performance.now();
  await stages.settle();
  await freeSpace(ctx);
  report = {
    iso,
    artifactDigest: published.artifact?.digest ?? '',
    io: { check: delta(before, afterCheck), upload: delta(afterCheck, afterUpload) },
    ms: { check: t1 - t0, upload: t2 - t1 },
    uid: process.getuid?.() ?? -1,
    lines: rt.lines,
  };
} catch (error) {
  report = { error: error instanceof Error ? error.message : String(error), uid: process.getuid?.() ?? -1, lines: rt.lines };
}
process.stdout.write(`RESULT ${JSON.stringify(report)}\n`);
