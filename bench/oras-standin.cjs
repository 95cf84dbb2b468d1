// The `oras` inside the bench's release tarball: the dist tests' stand-in
// (test/dist/standins/standin.cjs: logs the call, writes the files), then for
// `pull` a base image of a realistic-but-small size (random, so the cache
// cannot compress it away), the whole call lasting $STANDIN_DURATION's fixed
// time. Appends the bytes the pull wrote to $BENCH_PULL_LOG.
'use strict';
const { spawnSync } = require('node:child_process');
const { randomFillSync } = require('node:crypto');
const fs = require('node:fs');
const path = require('node:path');

const STANDIN = path.join(__dirname, '..', 'test', 'dist', 'standins', 'standin.cjs');
const argv = process.argv.slice(2);
// A fixed duration (STANDIN_DURATION) counts from this process's start to the end of its pull's
// writing below, so it is kept here rather than by the stand-in this starts.
const duration = (process.env.STANDIN_DURATION ?? '')
  .split(',')
  .map((entry) => [entry.slice(0, entry.lastIndexOf(':')), Number(entry.slice(entry.lastIndexOf(':') + 1))])
  .find(([call]) => call === `oras:${argv[0]}`)?.[1];
const { STANDIN_DURATION: _, ...env } = process.env;
const result = spawnSync(process.execPath, [STANDIN, 'oras', ...argv], { stdio: 'inherit', env });
if (result.status !== 0) process.exit(result.status ?? 1);

if (argv[0] === 'pull') {
  const out = argv[argv.indexOf('--output') + 1];
  const size = Number(process.env.BENCH_BASE_IMAGE_BYTES ?? 64 * 1024 * 1024);
  const fd = fs.openSync(path.join(out, 'image.vhdx'), 'w');
  const chunk = randomFillSync(Buffer.alloc(1024 * 1024));
  chunk.write('vhdxfile', 'latin1');
  for (let written = 0; written < size; written += chunk.length) {
    fs.writeSync(fd, chunk, 0, Math.min(chunk.length, size - written));
    randomFillSync(chunk);
  }
  fs.closeSync(fd);
  const bytes = fs.readdirSync(out).reduce((sum, f) => sum + fs.statSync(path.join(out, f)).size, 0);
  if (process.env.BENCH_PULL_LOG) fs.appendFileSync(process.env.BENCH_PULL_LOG, `${bytes}\n`);
}
if (duration !== undefined) {
  const left = duration * 1000 - (Date.now() - performance.timeOrigin);
  if (left > 0) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, left);
  else if (process.env.STANDIN_OVERRUN_LOG)
    fs.appendFileSync(process.env.STANDIN_OVERRUN_LOG, JSON.stringify({ tool: 'oras', sub: argv[0], overMs: Math.round(-left) }) + '\n');
}
