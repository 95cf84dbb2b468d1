// A real OCI registry (Debian's docker-registry, distribution 2.8) on
// 127.0.0.1, loaded with an artifact shaped like Azure Linux minimal-os, and a
// small loopback proxy in front of it that counts requests and answers 401
// (Basic challenge) for repositories under `private/` unless the right
// credentials come with the request. Both are addressed as `localhost`: oras
// uses plain HTTP by default for that name only (oras-project/oras v1.3.0
// cmd/oras/internal/option/remote.go), and docker and podman treat it as a
// loopback (insecure) registry too.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { exec, freePort, makeTempDir, removeTempDir, startDaemon, waitFor } from './proc.js';

export const MT = {
  index: 'application/vnd.oci.image.index.v1+json',
  manifest: 'application/vnd.oci.image.manifest.v1+json',
  config: 'application/vnd.oci.image.config.v1+json',
} as const;

export interface Registry {
  /** host:port of the registry itself. */
  host: string;
  /** host:port of the counting/auth proxy in front of it. */
  proxyHost: string;
  /** Requests the proxy has seen so far (all paths). */
  proxyRequests(): { method: string; path: string; status: number }[];
  stop(): Promise<void>;
}

/** Not counted or forwarded: the JSON list of requests the proxy has seen. */
export const STATS_PATH = '/__e2e/requests';

export const PRIVATE_USER = 'e2e-user';
export const PRIVATE_PASSWORD = 'e2e-secret-password';

export async function startRegistry(): Promise<Registry> {
  const dir = makeTempDir('e2e-registry-');
  const port = await freePort();
  const config = path.join(dir, 'config.yml');
  writeFileSync(
    config,
    `version: 0.1
log:
  level: warn
  accesslog:
    disabled: true
storage:
  filesystem:
    rootdirectory: ${path.join(dir, 'data')}
  delete:
    enabled: true
http:
  addr: 127.0.0.1:${port}
  secret: e2e-not-a-secret
`,
  );
  const daemon = startDaemon('docker-registry', ['docker-registry', 'serve', config], path.join(dir, 'registry.log'));
  const host = `localhost:${port}`;
  await waitFor('docker-registry', async () => (await fetch(`http://${host}/v2/`)).status === 200, 30_000, 200);

  // The proxy: counts, and guards private/ with Basic auth.
  const seen: { method: string; path: string; status: number }[] = [];
  const expectedAuth = 'Basic ' + Buffer.from(`${PRIVATE_USER}:${PRIVATE_PASSWORD}`).toString('base64');
  const proxy = http.createServer((req, res) => {
    const url = req.url ?? '/';
    if (url === STATS_PATH) {
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify(seen));
      return;
    }
    const entry = { method: req.method ?? 'GET', path: url, status: 0 };
    if (seen.length < 10_000) seen.push(entry);
    // private/ and the /v2/ ping need the credentials; wrong ones fail anywhere (so a login check fails).
    const auth = req.headers.authorization;
    const wrongAuth = auth !== undefined && auth.startsWith('Basic ') && auth !== expectedAuth;
    if (wrongAuth || (/^\/v2\/(private\/|$)/.test(url) && auth !== expectedAuth)) {
      entry.status = 401;
      res.writeHead(401, {
        'Content-Type': 'application/json',
        'WWW-Authenticate': 'Basic realm="e2e-registry"',
        'Docker-Distribution-Api-Version': 'registry/2.0',
      });
      res.end(JSON.stringify({ errors: [{ code: 'UNAUTHORIZED', message: 'authentication required', detail: null }] }));
      return;
    }
    const upstream = http.request({ host: '127.0.0.1', port, method: req.method, path: url, headers: req.headers, timeout: 60_000 }, (up) => {
      entry.status = up.statusCode ?? 0;
      res.writeHead(up.statusCode ?? 502, up.headers);
      up.pipe(res);
    });
    upstream.on('error', (e) => {
      entry.status = 502;
      res.writeHead(502);
      res.end(String(e));
    });
    req.pipe(upstream);
  });
  const proxyPort = await freePort();
  await new Promise<void>((resolve) => proxy.listen(proxyPort, '127.0.0.1', resolve));

  return {
    host,
    proxyHost: `localhost:${proxyPort}`,
    proxyRequests: () => [...seen],
    async stop() {
      proxy.closeAllConnections();
      await new Promise<void>((resolve) => proxy.close(() => resolve()));
      await daemon.stop();
      removeTempDir(dir);
    },
  };
}

// ------------------------------------------------------------------ pushing over plain HTTP

export interface Descriptor {
  mediaType: string;
  digest: string;
  size: number;
  annotations?: Record<string, string>;
  platform?: { architecture: string; os: string };
}

export function sha256(data: Buffer | string): string {
  return 'sha256:' + createHash('sha256').update(data).digest('hex');
}

export async function pushBlob(host: string, repo: string, data: Buffer): Promise<string> {
  const digest = sha256(data);
  const head = await fetch(`http://${host}/v2/${repo}/blobs/${digest}`, { method: 'HEAD' });
  if (head.status === 200) return digest;
  const start = await fetch(`http://${host}/v2/${repo}/blobs/uploads/`, { method: 'POST' });
  if (start.status !== 202) throw new Error(`blob upload start: ${start.status} ${await start.text()}`);
  const location = start.headers.get('location');
  if (!location) throw new Error('blob upload: no Location');
  const url = new URL(location, `http://${host}`);
  url.searchParams.set('digest', digest);
  const put = await fetch(url, { method: 'PUT', body: data, headers: { 'Content-Type': 'application/octet-stream' } });
  if (put.status !== 201) throw new Error(`blob upload: ${put.status} ${await put.text()}`);
  return digest;
}

export async function putManifest(host: string, repo: string, reference: string, mediaType: string, body: string): Promise<string> {
  const r = await fetch(`http://${host}/v2/${repo}/manifests/${reference}`, { method: 'PUT', body, headers: { 'Content-Type': mediaType } });
  if (r.status !== 201) throw new Error(`manifest put ${repo}:${reference}: ${r.status} ${await r.text()}`);
  return sha256(body);
}

/**
 * Pushes one manifest (no index) with titled layers and a config of
 * `configMediaType`: the shape of older, single-arch minimal-os tags, whose
 * config names no platform. Returns the manifest's digest.
 */
export async function pushSingleArtifact(
  host: string,
  repo: string,
  tag: string,
  files: Record<string, Buffer>,
  configMediaType = 'application/vnd.microsoft.azurelinux.image.config.v1+json',
): Promise<string> {
  const configBody = Buffer.from('{}');
  const config: Descriptor = { mediaType: configMediaType, digest: await pushBlob(host, repo, configBody), size: configBody.length };
  const layers: Descriptor[] = [];
  for (const [title, data] of Object.entries(files)) {
    layers.push({
      mediaType: 'application/octet-stream',
      digest: await pushBlob(host, repo, data),
      size: data.length,
      annotations: { 'org.opencontainers.image.title': title },
    });
  }
  const manifest = JSON.stringify({ schemaVersion: 2, mediaType: MT.manifest, config, layers });
  return putManifest(host, repo, tag, MT.manifest, manifest);
}

export interface PushedArtifact {
  /** Digest of the image index the tag points at. */
  indexDigest: string;
  /** Digest of each platform's manifest, by "os/arch". */
  manifestDigests: Record<string, string>;
  /** Files of each platform's manifest, by "os/arch", by title. */
  files: Record<string, Record<string, Buffer>>;
}

/**
 * Pushes an image index whose platform manifests each carry titled layers, the
 * shape of mcr.microsoft.com/azurelinux/3.0/image/minimal-os.
 */
export async function pushPlatformArtifact(
  host: string,
  repo: string,
  tag: string,
  platforms: Record<string, Record<string, Buffer>>,
): Promise<PushedArtifact> {
  const manifests: Descriptor[] = [];
  const manifestDigests: Record<string, string> = {};
  for (const [platform, files] of Object.entries(platforms)) {
    const [os = 'linux', architecture = 'amd64'] = platform.split('/');
    const configBody = Buffer.from(JSON.stringify({ architecture, os }));
    const config: Descriptor = { mediaType: MT.config, digest: await pushBlob(host, repo, configBody), size: configBody.length };
    const layers: Descriptor[] = [];
    for (const [title, data] of Object.entries(files)) {
      const mediaType = title.endsWith('.vhdx')
        ? 'application/vnd.microsoft.azurelinux.image.vhdx'
        : title.endsWith('.sig')
          ? 'application/vnd.microsoft.azurelinux.signature'
          : 'application/spdx+json';
      layers.push({
        mediaType,
        digest: await pushBlob(host, repo, data),
        size: data.length,
        annotations: { 'org.opencontainers.image.title': title },
      });
    }
    const manifest = JSON.stringify({
      schemaVersion: 2,
      mediaType: MT.manifest,
      config,
      layers,
      annotations: { 'org.opencontainers.image.created': '2026-01-01T00:00:00Z' },
    });
    const digest = await putManifest(host, repo, sha256(manifest), MT.manifest, manifest);
    manifestDigests[platform] = digest;
    manifests.push({ mediaType: MT.manifest, digest, size: Buffer.byteLength(manifest), platform: { architecture, os } });
  }
  const index = JSON.stringify({ schemaVersion: 2, mediaType: MT.index, manifests });
  const indexDigest = await putManifest(host, repo, tag, MT.index, index);
  return { indexDigest, manifestDigests, files: platforms };
}

/** A small real VHDX (qemu-img create -f vhdx). */
export async function makeVhdx(dir: string, name: string, size = '8M'): Promise<Buffer> {
  const file = path.join(dir, name);
  await exec(['qemu-img', 'create', '-q', '-f', 'vhdx', file, size]);
  return readFileSync(file);
}

export interface MinimalOsFiles extends Record<string, Buffer> {
  'image.vhdx': Buffer;
  'image.vhdx.spdx.json': Buffer;
  'image.vhdx.spdx.json.sig': Buffer;
}

/** The three files of minimal-os for one platform, around a base image (lib/base-image.ts). */
export function minimalOsFiles(vhdx: Buffer, arch: string): MinimalOsFiles {
  const spdx = Buffer.from(
    JSON.stringify(
      {
        spdxVersion: 'SPDX-2.3',
        dataLicense: 'CC0-1.0',
        SPDXID: 'SPDXRef-DOCUMENT',
        name: `azurelinux-minimal-os-${arch}-e2e`,
        documentNamespace: `https://example.invalid/e2e/${arch}`,
        creationInfo: { created: '2026-01-01T00:00:00Z', creators: ['Tool: trident-iso-action-e2e'] },
        packages: [],
      },
      null,
      2,
    ),
  );
  const sig = Buffer.from(`e2e signature placeholder for ${sha256(spdx)}\n`);
  return { 'image.vhdx': vhdx, 'image.vhdx.spdx.json': spdx, 'image.vhdx.spdx.json.sig': sig };
}

export { removeTempDir };

/**
 * Pushes base images (lib/base-image.ts) as a minimal-os-shaped artifact: an
 * index with one manifest per platform given. Returns the reference through
 * the counting proxy (what base-image inputs name).
 */
export async function pushBaseImage(
  registry: { host: string; proxyHost: string },
  repo: string,
  tag: string,
  images: { 'linux/amd64'?: string; 'linux/arm64'?: string },
): Promise<{ ref: string; pushed: PushedArtifact }> {
  const platforms: Record<string, Record<string, Buffer>> = {};
  for (const [platform, file] of Object.entries(images)) {
    if (file) platforms[platform] = minimalOsFiles(readFileSync(file), platform.split('/')[1] ?? 'amd64');
  }
  const pushed = await pushPlatformArtifact(registry.host, repo, tag, platforms);
  return { ref: `${registry.proxyHost}/${repo}:${tag}`, pushed };
}
