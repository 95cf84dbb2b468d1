// npm run bench:image-cache (root; starts its own dockerd and registry): would a
// warm run be faster restoring the Image Customizer image from the Actions cache
// (docker save → @actions/cache's tar + zstd → download → unpack → docker load)
// than pulling it from its registry? Both over the same link, simulated at a
// hosted runner's rates by a throttle on loopback (one token bucket per link,
// shared by all its connections, on the bytes towards the runner).
//
// The real image cannot be pulled here, so the image is shaped like it
// (microsoft/azure-linux-image-tools, toolkit/tools/imagecustomizer/container/
// imagecustomizer.Dockerfile: base/core:3.0, one `tdnf install` layer, one COPY
// of the tool): three layers of this machine's libraries and programs, which
// compress about as binaries do. The registry is Debian's docker-registry
// (distribution), pulled from by a real dockerd; the cache archive is made and
// unpacked with the commands @actions/cache runs (tar --posix with zstdmt
// --long=30), and served over HTTP as a cache service's blob store would.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { createHash } from 'node:crypto';
import {
  copyFileSync,
  createReadStream,
  createWriteStream,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import http from 'node:http';
import './ts-imports.ts';
import net from 'node:net';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { median, mib } from './measure.ts';

const { startDocker } = await import('../test/e2e/lib/engines.ts');
const { startRegistry } = await import('../test/e2e/lib/registry.ts');

const MiB = 1024 * 1024;
/** The layers: base/core, the tdnf install of Image Customizer's tools, the tool itself (MiB of files, and where they come from). */
const LAYERS = [
  { name: 'base', mib: 80, from: '/usr/share' },
  { name: 'tools', mib: 350, from: '/usr/lib/x86_64-linux-gnu' },
  { name: 'imagecustomizer', mib: 60, from: '/usr/bin' },
];
/** Link rates, MB/s (10^6 bytes), the same for the registry and the cache: a slow link, a middling one, 1 Gbit/s. */
const RATES = [25, 60, 125];
const ROUNDS = 2;

const root = path.join(tmpdir(), `image-cache-bench-${process.pid}`);
mkdirSync(root, { recursive: true });
// Asynchronous: the throttles run in this process's event loop.
const execFileAsync = promisify(execFile);
const run = async (argv: string[], env: NodeJS.ProcessEnv = process.env) =>
  (await execFileAsync(argv[0] ?? '', argv.slice(1), { env, maxBuffer: 1 << 26 })).stdout;
const timed = <T>(fn: () => T | Promise<T>) =>
  (async () => {
    const t = performance.now();
    await fn();
    return (performance.now() - t) / 1000;
  })();

/** Copies regular files from `from` into `to` until `bytes` are there; each content once (a package set holds few identical files). */
const copied = new Set<string>();
function fill(from: string, to: string, bytes: number): void {
  let left = bytes;
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      if (left <= 0) return;
      const p = path.join(dir, name);
      let info;
      try {
        info = lstatSync(p);
      } catch {
        continue;
      }
      if (info.isDirectory()) walk(p);
      else if (info.isFile() && info.size > 0) {
        let digest;
        try {
          digest = createHash('sha256').update(readFileSync(p)).digest('hex');
        } catch {
          continue; // unreadable
        }
        if (copied.has(digest)) continue;
        copied.add(digest);
        const target = path.join(to, path.relative(from, p));
        mkdirSync(path.dirname(target), { recursive: true });
        copyFileSync(p, target);
        left -= info.size;
      }
    }
  };
  walk(from);
}

/** A TCP proxy to `port` that lets `rate` bytes/s through towards the client, all connections together. */
async function throttle(port: number, rate: number) {
  let nextFree = performance.now();
  const server = net.createServer((client) => {
    const upstream = net.connect(port, '127.0.0.1');
    client.pipe(upstream);
    upstream.on('data', (chunk: Buffer) => {
      const now = performance.now();
      nextFree = Math.max(nextFree, now) + (chunk.length / rate) * 1000;
      client.write(chunk);
      const wait = nextFree - now;
      if (wait > 1) {
        upstream.pause();
        setTimeout(() => upstream.resume(), wait);
      }
    });
    upstream.on('end', () => client.end());
    const close = () => (client.destroy(), upstream.destroy());
    upstream.on('error', close);
    client.on('error', close);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { port: (server.address() as AddressInfo).port, stop: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

const docker = await startDocker({ reuse: false });
const registry = await startRegistry();
const env = { ...process.env, ...docker.env };
const servers: { stop(): Promise<void> }[] = [];
try {
  // The image, pushed to the registry.
  const context = path.join(root, 'context');
  for (const layer of LAYERS) fill(layer.from, path.join(context, layer.name), layer.mib * MiB);
  writeFileSync(path.join(context, 'Dockerfile'), `FROM scratch\n${LAYERS.map((l) => `COPY ${l.name} /${l.name}\n`).join('')}`);
  const image = `${registry.host}/imagecustomizer:bench`;
  await run(['docker', 'build', '-q', '-t', image, context], env);
  await run(['docker', 'push', '-q', image], env);
  const uncompressed = Number(await run(['docker', 'image', 'inspect', '--format', '{{.Size}}', image], env));
  const manifest = (await (
    await fetch(`http://${registry.host}/v2/imagecustomizer/manifests/bench`, {
      headers: { Accept: 'application/vnd.docker.distribution.manifest.v2+json, application/vnd.oci.image.manifest.v1+json' },
    })
  ).json()) as { layers: { size: number }[] };
  const compressed = manifest.layers.reduce((sum, l) => sum + l.size, 0);

  // The cache entry, as the action would make it: docker save, then @actions/cache's archive of that folder.
  const saved = path.join(root, 'saved');
  mkdirSync(saved);
  const saveSeconds = await timed(async () => {
    await run(['docker', 'save', '-o', path.join(saved, 'image.tar'), image], env);
    await run(['tar', '--posix', '-cf', path.join(root, 'cache.tzst'), '--use-compress-program', 'zstdmt --long=30', '-P', '-C', saved, 'image.tar']);
  });
  const archiveBytes = statSync(path.join(root, 'cache.tzst')).size;
  rmSync(saved, { recursive: true });
  const blobs = http.createServer((_req, res) => {
    res.writeHead(200, { 'Content-Length': archiveBytes });
    createReadStream(path.join(root, 'cache.tzst')).pipe(res);
  });
  await new Promise<void>((resolve) => blobs.listen(0, '127.0.0.1', resolve));
  servers.push({ stop: () => new Promise<void>((resolve) => blobs.close(() => resolve())) });

  const forget = async () => {
    await run(['docker', 'rmi', '-f', image], env);
    await run(['docker', 'image', 'prune', '-f'], env);
  };
  const results: { rate: number; pull: number[]; restore: number[]; download: number[]; unpack: number[]; load: number[] }[] = [];
  for (const rate of RATES) {
    const bytesPerSecond = rate * 1e6;
    const [toRegistry, toBlobs] = await Promise.all([
      throttle(Number(registry.host.split(':')[1]), bytesPerSecond),
      throttle((blobs.address() as AddressInfo).port, bytesPerSecond),
    ]);
    servers.push(toRegistry, toBlobs);
    const r = { rate, pull: [] as number[], restore: [] as number[], download: [] as number[], unpack: [] as number[], load: [] as number[] };
    for (let i = 0; i < ROUNDS; i++) {
      await forget();
      r.pull.push(await timed(() => run(['docker', 'pull', '-q', `127.0.0.1:${toRegistry.port}/imagecustomizer:bench`], env)));
      await run(['docker', 'rmi', '-f', `127.0.0.1:${toRegistry.port}/imagecustomizer:bench`], env);
      await forget();
      const restored = path.join(root, 'restored');
      rmSync(restored, { recursive: true, force: true });
      mkdirSync(restored);
      const archive = path.join(root, 'download.tzst');
      const download = await timed(
        () =>
          new Promise<void>((resolve, reject) => {
            http
              .get(`http://127.0.0.1:${toBlobs.port}/cache`, (res) => void pipeline(res, createWriteStream(archive)).then(resolve, reject))
              .on('error', reject);
          }),
      );
      const unpack = await timed(() => run(['tar', '-xf', archive, '-P', '-C', restored, '--use-compress-program', 'unzstd --long=30']));
      const load = await timed(() => run(['docker', 'load', '-q', '-i', path.join(restored, 'image.tar')], env));
      r.download.push(download);
      r.unpack.push(unpack);
      r.load.push(load);
      r.restore.push(download + unpack + load);
      rmSync(archive);
    }
    results.push(r);
  }

  const s = (x: number) => `${x.toFixed(1)} s`;
  console.log('Image Customizer image: registry pull or Actions cache restore (npm run bench:image-cache)');
  console.log(
    `  image shaped like Image Customizer's: ${LAYERS.map((l) => `${l.name} ${l.mib} MiB`).join(', ')}; ${mib(uncompressed)} unpacked, ${mib(compressed)} in the registry (gzip layers), ${mib(archiveBytes)} as a cache archive (docker save + tar + zstd --long=30)`,
  );
  console.log(`  making the cache entry (docker save + compression, before its upload): ${s(saveSeconds)}; median of ${ROUNDS} rounds below`);
  console.log(`  ${'link'.padEnd(12)}${'docker pull'.padStart(14)}${'cache restore'.padStart(16)}${'  = download + unpack + docker load'}`);
  for (const r of results) {
    console.log(
      `  ${`${r.rate} MB/s`.padEnd(12)}${s(median(r.pull)).padStart(14)}${s(median(r.restore)).padStart(16)}    ${s(median(r.download))} + ${s(median(r.unpack))} + ${s(median(r.load))}   ${median(r.pull) <= median(r.restore) ? 'the pull wins' : 'the cache wins'}`,
    );
  }
} finally {
  for (const s of servers) await s.stop();
  await registry.stop();
  await docker.stop();
  rmSync(root, { recursive: true, force: true });
}
process.exit();
