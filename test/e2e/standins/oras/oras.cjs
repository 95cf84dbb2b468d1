#!/usr/bin/env node
// oras stand-in for the end-to-end suite: no real oras binary can be had on
// these machines. It implements only what the action uses, against a real
// registry over the OCI distribution API, as oras v1.3.0 does
// (oras-project/oras, with oras-project/oras-go v2.6.0):
//   oras version
//   oras resolve REF [--platform P]
//   oras manifest fetch --descriptor REF [--platform P]   (cmd/oras/root/manifest/fetch.go)
//   oras pull REF [--platform P] -o|--output DIR           (cmd/oras/root/pull.go)
//   oras login REGISTRY -u|--username USER (--password-stdin | -p PASS)
//   oras logout REGISTRY
// with --registry-config PATH (else $DOCKER_CONFIG/config.json, else
// ~/.docker/config.json), --plain-http[=BOOL], -d/--debug, -v/--verbose,
// --no-tty, --insecure. Plain HTTP only for `localhost` unless --plain-http
// says otherwise (cmd/oras/internal/option/remote.go isPlainHttp): 127.0.0.1
// gets HTTPS, as with the real tool. --platform on a single manifest works
// only when its config is an image config naming that platform
// (internal/platform/platform.go SelectManifest). Errors mimic oras's:
// "Error: ... unauthorized", "...: not found", exit 1.
'use strict';

const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { createHash } = require('node:crypto');

const VERSION = '__ORAS_VERSION__';

const ACCEPT_MANIFEST = [
  'application/vnd.oci.image.index.v1+json',
  'application/vnd.oci.image.manifest.v1+json',
  'application/vnd.docker.distribution.manifest.list.v2+json',
  'application/vnd.docker.distribution.manifest.v2+json',
  'application/vnd.oci.artifact.manifest.v1+json',
].join(', ');
const INDEX_TYPES = ['application/vnd.oci.image.index.v1+json', 'application/vnd.docker.distribution.manifest.list.v2+json'];
const TITLE = 'org.opencontainers.image.title';

class OrasError extends Error {}

function fail(message) {
  throw new OrasError(message);
}

// ------------------------------------------------------------ argv

const GLOBAL_BOOL = new Set([
  '-d',
  '--debug',
  '-v',
  '--verbose',
  '--no-tty',
  '--insecure',
  '--plain-http',
  '--password-stdin',
  '--allow-path-traversal',
  '--keep-old-files',
  '--full-reference',
  '--descriptor',
  '--pretty',
]);
const WITH_VALUE = new Map([
  ['--platform', 'platform'],
  ['-o', 'output'],
  ['--output', 'output'],
  ['--registry-config', 'registryConfig'],
  ['-u', 'username'],
  ['--username', 'username'],
  ['-p', 'password'],
  ['--password', 'password'],
  ['--format', 'format'],
  ['--concurrency', 'concurrency'],
  ['--media-type', 'mediaTypes'],
]);

function parse(argv) {
  const opts = { positional: [], flags: new Set(), flagsFalse: new Set() };
  for (let i = 0; i < argv.length; i++) {
    let a = argv[i];
    let v;
    // spf13/pflag flag.go parseArgs: "--" terminates the flags; everything after it is an argument.
    if (a === '--') {
      opts.positional.push(...argv.slice(i + 1));
      break;
    }
    if (a.startsWith('--') && a.includes('=')) {
      v = a.slice(a.indexOf('=') + 1);
      a = a.slice(0, a.indexOf('='));
    }
    if (GLOBAL_BOOL.has(a)) {
      // cobra bool flags take --flag or --flag=true|false (a changed flag set to false stays "set").
      if (v !== undefined && v !== 'true' && v !== 'false')
        fail(`invalid argument "${v}" for "${a}" flag: strconv.ParseBool: parsing "${v}": invalid syntax`);
      opts.flags.add(a.replace(/^-+/, ''));
      if (v === 'false') opts.flagsFalse.add(a.replace(/^-+/, ''));
    } else if (WITH_VALUE.has(a)) {
      if (v === undefined) v = argv[++i];
      if (v === undefined) fail(`flag needs an argument: ${a}`);
      opts[WITH_VALUE.get(a)] = v;
    } else if (a.startsWith('-') && a !== '-') fail(`unknown flag: ${a}`);
    else opts.positional.push(a);
  }
  opts.debug = opts.flags.has('debug') || opts.flags.has('d');
  return opts;
}

// ------------------------------------------------------------ references and credentials

function parseRef(ref) {
  const slash = ref.indexOf('/');
  if (slash < 0) fail(`"${ref}": invalid reference: missing registry or repository`);
  const registry = ref.slice(0, slash);
  let rest = ref.slice(slash + 1);
  let reference = 'latest';
  const at = rest.indexOf('@');
  if (at >= 0) {
    reference = rest.slice(at + 1);
    rest = rest.slice(0, at);
    if (!/^sha256:[a-f0-9]{64}$/.test(reference)) fail(`"${ref}": invalid reference: invalid digest "${reference}"`);
  } else {
    const colon = rest.lastIndexOf(':');
    if (colon >= 0) {
      reference = rest.slice(colon + 1);
      rest = rest.slice(0, colon);
    }
  }
  if (!/^[a-z0-9]+([._-][a-z0-9]+)*(\/[a-z0-9]+([._-][a-z0-9]+)*)*$/.test(rest)) fail(`"${ref}": invalid reference: invalid repository "${rest}"`);
  return { registry, repository: rest, reference };
}

function configPath(opts) {
  if (opts.registryConfig) return opts.registryConfig;
  const dir = process.env.DOCKER_CONFIG || path.join(os.homedir(), '.docker');
  return path.join(dir, 'config.json');
}

function readConfig(file) {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (e) {
    if (e.code === 'ENOENT') return {};
    fail(`failed to load the registry config ${file}: ${e.message}`);
  }
}

function credentialsFor(opts, registry) {
  if (opts.username !== undefined && opts.password !== undefined) return { username: opts.username, password: opts.password };
  const auth = ((readConfig(configPath(opts)).auths || {})[registry] || {}).auth;
  if (!auth) return undefined;
  const text = Buffer.from(auth, 'base64').toString('utf8');
  const i = text.indexOf(':');
  return { username: text.slice(0, i), password: text.slice(i + 1) };
}

/**
 * oras v1.3.0 cmd/oras/internal/option/remote.go isPlainHttp: --plain-http,
 * when given (true or false), decides; otherwise plain HTTP only when the
 * registry's host is exactly `localhost`.
 */
function scheme(opts, registry) {
  if (opts.flags.has('plain-http')) return opts.flagsFalse.has('plain-http') ? 'https' : 'http';
  const host = registry.includes(':') ? registry.slice(0, registry.lastIndexOf(':')) : registry;
  return host === 'localhost' ? 'http' : 'https';
}

// ------------------------------------------------------------ HTTP with auth

async function request(ctx, method, urlPath, headers = {}) {
  const url = `${ctx.scheme}://${ctx.registry}${urlPath}`;
  const go = async (auth) => {
    const h = { ...headers };
    if (auth) h.Authorization = auth;
    if (ctx.debug) process.stderr.write(`[debug] ${method} ${url}\n`);
    return fetch(url, { method, headers: h, redirect: 'follow', signal: AbortSignal.timeout(60_000) });
  };
  let res = await go(ctx.auth);
  if (res.status === 401 && !ctx.triedAuth) {
    ctx.triedAuth = true;
    const challenge = res.headers.get('www-authenticate') || '';
    const creds = ctx.credentials;
    if (/^basic/i.test(challenge) && creds) {
      ctx.auth = 'Basic ' + Buffer.from(`${creds.username}:${creds.password}`).toString('base64');
      res = await go(ctx.auth);
    } else if (/^bearer/i.test(challenge)) {
      const params = Object.fromEntries([...challenge.matchAll(/(\w+)="([^"]*)"/g)].map((m) => [m[1], m[2]]));
      if (params.realm) {
        const tokenUrl = new URL(params.realm);
        if (params.service) tokenUrl.searchParams.set('service', params.service);
        if (params.scope) tokenUrl.searchParams.set('scope', params.scope);
        const th = creds ? { Authorization: 'Basic ' + Buffer.from(`${creds.username}:${creds.password}`).toString('base64') } : {};
        const tr = await fetch(tokenUrl, { headers: th, signal: AbortSignal.timeout(30_000) });
        if (tr.ok) {
          const body = await tr.json();
          ctx.auth = `Bearer ${body.token || body.access_token}`;
          res = await go(ctx.auth);
        }
      }
    }
  }
  return res;
}

async function errorFor(res, method, urlPath, ctx, what) {
  const url = `${ctx.scheme}://${ctx.registry}${urlPath}`;
  let detail = '';
  try {
    const body = await res.json();
    const e = (body.errors || [])[0];
    if (e) detail = `${String(e.code || '').toLowerCase()}: ${e.message}`;
  } catch {
    /* not JSON */
  }
  if (res.status === 401) {
    return new OrasError(`failed to ${what}: ${method} "${url}": response status code 401: ${detail || 'unauthorized: authentication required'}`);
  }
  if (res.status === 404) {
    return new OrasError(`failed to ${what}: ${ctx.registry}/${ctx.repository}:${ctx.reference}: not found`);
  }
  return new OrasError(`failed to ${what}: ${method} "${url}": response status code ${res.status}: ${detail || res.statusText}`);
}

function context(opts, ref) {
  const r = parseRef(ref);
  return { ...r, scheme: scheme(opts, r.registry), credentials: credentialsFor(opts, r.registry), debug: opts.debug };
}

async function fetchManifest(ctx, reference, what) {
  const urlPath = `/v2/${ctx.repository}/manifests/${reference}`;
  let res;
  try {
    res = await request(ctx, 'GET', urlPath, { Accept: ACCEPT_MANIFEST });
  } catch (e) {
    fail(`failed to ${what}: Get "${ctx.scheme}://${ctx.registry}${urlPath}": ${e.cause ? e.cause.message : e.message}`);
  }
  if (res.status !== 200) throw await errorFor(res, 'GET', urlPath, ctx, what);
  const body = Buffer.from(await res.arrayBuffer());
  const digest = 'sha256:' + createHash('sha256').update(body).digest('hex');
  if (reference.startsWith('sha256:') && reference !== digest)
    fail(`failed to ${what}: manifest digest mismatch: got ${digest}, expected ${reference}`);
  const manifest = JSON.parse(body.toString('utf8'));
  const mediaType = manifest.mediaType || (res.headers.get('content-type') || '').split(';')[0];
  return { manifest, digest, mediaType, size: body.length };
}

async function fetchBlob(ctx, digest, what) {
  const urlPath = `/v2/${ctx.repository}/blobs/${digest}`;
  const res = await request(ctx, 'GET', urlPath);
  if (res.status !== 200) throw await errorFor(res, 'GET', urlPath, ctx, what);
  const body = Buffer.from(await res.arrayBuffer());
  const actual = 'sha256:' + createHash('sha256').update(body).digest('hex');
  if (actual !== digest) fail(`failed to ${what}: ${digest}: digest mismatch (got ${actual})`);
  return body;
}

const IMAGE_CONFIG = {
  'application/vnd.oci.image.manifest.v1+json': 'application/vnd.oci.image.config.v1+json',
  'application/vnd.docker.distribution.manifest.v2+json': 'application/vnd.docker.container.image.v1+json',
};

/**
 * Resolves ref and, with a platform, selects as oras-go v2.6.0
 * internal/platform/platform.go SelectManifest does: from an index, the first
 * manifest of that platform; a single manifest only when its config is an
 * image config (OCI or Docker) naming that platform.
 */
async function resolveManifest(ctx, platform, what) {
  let m = await fetchManifest(ctx, ctx.reference, what);
  if (!platform) return m;
  const [pos, parch, pvariant] = platform.split('/');
  if (!pos || !parch) fail(`invalid platform "${platform}": expected os/arch[/variant]`);
  if (INDEX_TYPES.includes(m.mediaType)) {
    const match = (m.manifest.manifests || []).find(
      (d) => d.platform && d.platform.os === pos && d.platform.architecture === parch && (!pvariant || d.platform.variant === pvariant),
    );
    if (!match) fail(`${m.digest}: not found: no matching manifest was found in the manifest list`);
    m = await fetchManifest(ctx, match.digest, what);
    return m;
  }
  const expected = IMAGE_CONFIG[m.mediaType];
  if (!expected) fail(`${m.digest}: ${m.mediaType}: unsupported`);
  const config = m.manifest.config || {};
  if (config.mediaType !== expected) fail(`fail to recognize platform from unknown config ${config.mediaType}: expect ${expected}: unsupported`);
  const c = JSON.parse((await fetchBlob(ctx, config.digest, what)).toString('utf8'));
  if (c.os !== pos || c.architecture !== parch || (pvariant && c.variant !== pvariant))
    fail(`${m.digest}: not found: platform in manifest does not match target platform`);
  return m;
}

// ------------------------------------------------------------ commands

async function cmdResolve(opts) {
  const [ref] = opts.positional;
  if (!ref || opts.positional.length !== 1) fail('"oras resolve" requires exactly 1 argument but received ' + opts.positional.length);
  const ctx = context(opts, ref);
  const m = await resolveManifest(ctx, opts.platform, `resolve ${ctx.reference}`);
  process.stdout.write(opts.flags.has('full-reference') ? `${ctx.registry}/${ctx.repository}@${m.digest}\n` : `${m.digest}\n`);
}

/** `oras manifest fetch --descriptor REF`: the descriptor, from a HEAD request, as one JSON line (display/metadata/descriptor/manifest_fetch.go). */
async function cmdManifestFetch(opts) {
  const [ref] = opts.positional;
  if (!ref || opts.positional.length !== 1) fail('"oras manifest fetch" requires exactly 1 argument but received ' + opts.positional.length);
  if (!opts.flags.has('descriptor')) fail('the e2e stand-in models only `oras manifest fetch --descriptor`');
  const ctx = context(opts, ref);
  const what = `find "${ref}"`;
  let m;
  if (opts.platform) m = await resolveManifest(ctx, opts.platform, what);
  else {
    // A HEAD, as oras.Resolve does: the media type comes from Content-Type (the body may omit it).
    const urlPath = `/v2/${ctx.repository}/manifests/${ctx.reference}`;
    let res;
    try {
      res = await request(ctx, 'HEAD', urlPath, { Accept: ACCEPT_MANIFEST });
    } catch (e) {
      fail(`failed to ${what}: Head "${ctx.scheme}://${ctx.registry}${urlPath}": ${e.cause ? e.cause.message : e.message}`);
    }
    if (res.status !== 200) throw await errorFor(res, 'HEAD', urlPath, ctx, what);
    const digest = res.headers.get('docker-content-digest');
    const mediaType = (res.headers.get('content-type') || '').split(';')[0];
    const size = Number(res.headers.get('content-length'));
    if (!digest || !mediaType || !Number.isFinite(size)) fail(`failed to ${what}: the registry's HEAD answer lacks a digest, media type or size`);
    m = { digest, mediaType, size };
  }
  const descriptor = { mediaType: m.mediaType, digest: m.digest, size: m.size };
  process.stdout.write(`${opts.flags.has('pretty') ? JSON.stringify(descriptor, null, 2) : JSON.stringify(descriptor)}\n`);
}

async function cmdPull(opts) {
  const [ref] = opts.positional;
  if (!ref || opts.positional.length !== 1) fail('"oras pull" requires exactly 1 argument but received ' + opts.positional.length);
  const ctx = context(opts, ref);
  const outDir = path.resolve(opts.output || '.');
  const m = await resolveManifest(ctx, opts.platform, `resolve ${ctx.reference}`);
  fs.mkdirSync(outDir, { recursive: true });
  // Without --platform an index is copied whole: every platform's titled files go to the one folder, and
  // oras-go's file store refuses a second file of a name (content/file/file.go: "%s: duplicate name").
  let layers = m.manifest.layers || m.manifest.blobs || [];
  if (INDEX_TYPES.includes(m.mediaType)) {
    layers = [];
    for (const d of m.manifest.manifests || []) layers.push(...((await fetchManifest(ctx, d.digest, `resolve ${d.digest}`)).manifest.layers || []));
    const titles = layers.map((l) => l.annotations && l.annotations[TITLE]).filter(Boolean);
    const twice = titles.find((t, i) => titles.indexOf(t) !== i);
    if (twice) fail(`${twice}: duplicate name`);
  }
  let written = 0;
  for (const layer of layers) {
    const title = layer.annotations && layer.annotations[TITLE];
    if (!title) {
      process.stdout.write(`Skipped pulling layers without file name in "${TITLE}"\n`);
      continue;
    }
    const target = path.resolve(outDir, title);
    if (target !== outDir && !target.startsWith(outDir + path.sep) && !opts.flags.has('allow-path-traversal')) {
      fail(`failed to pull ${title}: path traversal disallowed`);
    }
    process.stdout.write(`Downloading ${layer.digest.slice(7, 19)} ${title}\n`);
    const data = await fetchBlob(ctx, layer.digest, `pull ${title}`);
    if (data.length !== layer.size) fail(`failed to pull ${title}: size mismatch: ${data.length} != ${layer.size}`);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, data);
    process.stdout.write(`Downloaded  ${layer.digest.slice(7, 19)} ${title}\n`);
    written++;
  }
  if (written === 0) process.stdout.write('Downloaded empty artifact\n');
  process.stdout.write(`Pulled [registry] ${ref}\nDigest: ${m.digest}\n`);
}

async function readStdin() {
  const chunks = [];
  for await (const c of process.stdin) chunks.push(c);
  return Buffer.concat(chunks)
    .toString('utf8')
    .replace(/\r?\n$/, '');
}

async function cmdLogin(opts) {
  const [registry] = opts.positional;
  if (!registry || opts.positional.length !== 1) fail('"oras login" requires exactly 1 argument but received ' + opts.positional.length);
  if (opts.flags.has('password-stdin')) {
    if (opts.password !== undefined) fail('--password and --password-stdin cannot be used together');
    opts.password = await readStdin();
  }
  if (!opts.username || opts.password === undefined) fail('username and password required (non-interactive)');
  const ctx = {
    registry,
    repository: '',
    reference: '',
    scheme: scheme(opts, registry),
    credentials: { username: opts.username, password: opts.password },
    debug: opts.debug,
  };
  let res;
  try {
    res = await request(ctx, 'GET', '/v2/');
  } catch (e) {
    fail(`failed to login: Get "${ctx.scheme}://${registry}/v2/": ${e.cause ? e.cause.message : e.message}`);
  }
  if (res.status === 401) fail(`failed to validate the credentials for ${registry}: response status code 401: unauthorized: authentication required`);
  if (res.status !== 200) fail(`failed to validate the credentials for ${registry}: response status code ${res.status}`);
  const file = configPath(opts);
  const config = readConfig(file);
  config.auths = config.auths || {};
  config.auths[registry] = { auth: Buffer.from(`${opts.username}:${opts.password}`).toString('base64') };
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, JSON.stringify(config, null, '\t'), { mode: 0o600 });
  process.stdout.write('Login Succeeded\n');
}

function cmdLogout(opts) {
  const [registry] = opts.positional;
  if (!registry) fail('"oras logout" requires exactly 1 argument but received 0');
  const file = configPath(opts);
  const config = readConfig(file);
  if (config.auths) delete config.auths[registry];
  if (fs.existsSync(file)) fs.writeFileSync(file, JSON.stringify(config, null, '\t'), { mode: 0o600 });
}

function cmdVersion() {
  process.stdout.write(
    `Version:        ${VERSION}\nGo version:     go1.24.0\nOS/Arch:        linux/amd64\nGit commit:     0000000000000000000000000000000000000000\nGit tree state: clean\n`,
  );
}

async function main() {
  const [cmd, ...rest] = process.argv.slice(2);
  if (cmd === 'version') return cmdVersion();
  if (cmd === undefined || cmd === '--help' || cmd === '-h' || cmd === 'help') {
    process.stdout.write('Usage:\n  oras [command]\n\nAvailable Commands: login logout manifest pull resolve version (e2e stand-in)\n');
    return;
  }
  const opts = parse(rest);
  switch (cmd) {
    case 'resolve':
      return cmdResolve(opts);
    case 'pull':
      return cmdPull(opts);
    case 'manifest':
      if (opts.positional[0] !== 'fetch')
        fail(`unknown command "manifest ${opts.positional[0] ?? ''}" for "oras" (the e2e stand-in has only manifest fetch)`);
      opts.positional.shift();
      return cmdManifestFetch(opts);
    case 'login':
      return cmdLogin(opts);
    case 'logout':
      return cmdLogout(opts);
    default:
      fail(`unknown command "${cmd}" for "oras"`);
  }
}

main().then(
  () => process.exit(0),
  (e) => {
    process.stderr.write(`Error: ${e instanceof OrasError ? e.message : e && e.stack ? e.stack : String(e)}\n`);
    process.exit(1);
  },
);
