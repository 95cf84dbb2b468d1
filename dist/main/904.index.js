export const id = 904;
export const ids = [904];
export const modules = {

/***/ 81904:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  askRpmCacheAhead: () => (/* reexport */ askRpmCacheAhead),
  baseImage: () => (/* reexport */ baseImage),
  check: () => (/* reexport */ check),
  checkAndDeliver: () => (/* reexport */ checkAndDeliver),
  checkForVerify: () => (/* reexport */ checkForVerify),
  checkPatch: () => (/* reexport */ checkPatch),
  checkPatchHostConfig: () => (/* reexport */ checkPatchHostConfig),
  checkPlaceholder: () => (/* reexport */ checkPlaceholder),
  customize: () => (/* reexport */ customize),
  customizerImage: () => (/* reexport */ customizerImage),
  fetchIso: () => (/* reexport */ fetchIso),
  freeAfterCustomizer: () => (/* reexport */ freeAfterCustomizer),
  freeSpace: () => (/* reexport */ freeSpace),
  patchSummary: () => (/* reexport */ patchSummary),
  plan: () => (/* reexport */ plan),
  prepareUpload: () => (/* reexport */ prepareUpload),
  publish: () => (/* reexport */ publish),
  readGivenRpms: () => (/* reexport */ readGivenRpms),
  readPatchIso: () => (/* reexport */ readPatchIso),
  summary: () => (/* reexport */ summary),
  tridentRpms: () => (/* reexport */ tridentRpms),
  validateOnlySummary: () => (/* reexport */ validateOnlySummary),
  verifyInVm: () => (/* reexport */ verifyInVm),
  writeConfig: () => (/* reexport */ writeConfig),
  writePatch: () => (/* reexport */ writePatch)
});

// UNUSED EXPORTS: deliver

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./build/context/errors.js
var errors = __webpack_require__(31997);
// EXTERNAL MODULE: ./build/context/input-types.js
var input_types = __webpack_require__(12116);
// EXTERNAL MODULE: ./build/context/oci-ref.js
var oci_ref = __webpack_require__(81393);
// EXTERNAL MODULE: ./build/context/platform.js
var context_platform = __webpack_require__(63713);
// EXTERNAL MODULE: ./build/tools/abortable.js
var abortable = __webpack_require__(10054);
// EXTERNAL MODULE: ./node_modules/@actions/http-client/lib/proxy.js
var lib_proxy = __webpack_require__(19783);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./build/tools/retry.js
var retry = __webpack_require__(29030);
;// CONCATENATED MODULE: ./build/tools/results-service.js
// The two questions the run asks the Actions results service before its long
// work: is an artifact name taken on this workflow run, and does the cache
// hold a key. Each is one Twirp (JSON over HTTP) request; @actions/artifact
// and @actions/cache would ask them too, but loading either client compiles
// the Azure SDK behind them (about 5 MB of bundled code), which is what the
// checks spent most of their time on. The restore, save and upload stay with
// those clients; test/unit/results-service.test.ts sends the clients' own
// lookups and these to one recording server and requires equal requests, so
// a toolkit upgrade that changes the protocol fails there.
//
// Modelled on actions/toolkit:
//   packages/artifact/src/internal/find/get-artifact.ts (getArtifactInternal: ListArtifacts by name, the newest)
//   packages/artifact/src/internal/shared/util.ts (getBackendIdsFromToken: the ids in the token's scp claim)
//   packages/artifact/src/internal/shared/artifact-twirp-client.ts and
//   packages/cache/src/internal/shared/cacheTwirpClient.ts (the POST, its headers, retries and error text)
//   packages/cache/src/cache.ts (restoreCacheV2 with lookupOnly: GetCacheEntryDownloadURL)
//   packages/cache/src/internal/cacheUtils.ts (getCacheVersion, getCompressionMethod)
//   packages/cache/src/internal/config.ts (isGhes, getCacheServiceVersion, isCacheReadable)
// and the proxy is chosen by @actions/http-client's own getProxyUrl (HTTPS_PROXY, HTTP_PROXY,
// NO_PROXY, loopback never proxied), as the clients choose it.



const ARTIFACT_SERVICE = 'github.actions.results.api.v1.ArtifactService';
const CACHE_SERVICE = 'github.actions.results.api.v1.CacheService';
/** packages/cache/src/internal/constants.ts: part of every cache version. */
const CACHE_VERSION_SALT = '1.0';
const RETRY_5XX = [500, 502, 503, 504];
const ARTIFACT_RETRIES = { attempts: 5, firstDelayMs: 3000, multiplier: 1.5, statuses: [...RETRY_5XX, 429] };
const CACHE_RETRIES = { attempts: 5, firstDelayMs: 3000, multiplier: 1.5, statuses: RETRY_5XX };
/** Connection errors the clients do not retry (NetworkError in both packages' src/internal/shared/errors.ts). */
const NETWORK_ERRORS = new Set(['ECONNRESET', 'ENOTFOUND', 'ETIMEDOUT', 'ECONNREFUSED', 'EHOSTUNREACH']);
/** The workflow run's and job's ids on the results service, from the runtime token's `Actions.Results:<run>:<job>` scope. Pure. */
function backendIds(token) {
    const invalid = new Error('Failed to get backend IDs: The provided JWT token is invalid and/or missing claims');
    let scp;
    try {
        const payload = token.split('.')[1] ?? '';
        scp = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')).scp;
    }
    catch {
        throw invalid;
    }
    if (typeof scp !== 'string' || !scp)
        throw invalid;
    for (const scope of scp.split(' ')) {
        const parts = scope.split(':');
        if (parts[0] !== 'Actions.Results')
            continue;
        const [, run, job] = parts;
        if (parts.length !== 3 || run === undefined || job === undefined)
            throw invalid;
        return { run, job };
    }
    throw invalid;
}
/** Whether the server is GitHub Enterprise Server (no cache service v2 there). Pure. */
function isGhes(env) {
    // An empty GITHUB_SERVER_URL counts as unset, as in the client.
    const server = [env.GITHUB_SERVER_URL, 'https://github.com'].find(Boolean) ?? '';
    const host = new URL(server).hostname.trimEnd().toUpperCase();
    return !(host === 'GITHUB.COM' || host.endsWith('.GHE.COM') || host.endsWith('.LOCALHOST'));
}
/** Which cache service @actions/cache talks to: v2 (Twirp on the results service) or v1 (the older REST service). Pure. */
function cacheServiceVersion(env) {
    return !isGhes(env) && env.ACTIONS_CACHE_SERVICE_V2 ? 'v2' : 'v1';
}
/** Whether the runner's cache mode lets the job read the cache (unset or unknown modes do). Pure. */
function cacheReadable(env) {
    const mode = (env.ACTIONS_CACHE_MODE ?? '').trim().toLowerCase();
    return !['none', 'write-only'].includes(mode);
}
/** The cache entry's version: what else, besides the key, an entry must match (its paths and compression). Pure. */
function cacheVersion(paths, compression) {
    const components = [...paths, compression, ...(process.platform === 'win32' ? ['windows-only'] : []), CACHE_VERSION_SALT];
    return (0,external_node_crypto_.createHash)('sha256').update(components.join('|')).digest('hex');
}
let compression;
/** zstd when `zstd --quiet --version` says anything (whatever its exit code), else gzip; asked once. */
function compressionMethod(exec) {
    compression ??= exec
        .run(['zstd', '--quiet', '--version'], { captureStdout: true })
        .then((r) => (r.stdout.trim() !== '' || r.tail.join('').trim() !== '' ? 'zstd-without-long' : 'gzip'))
        .catch(() => 'gzip');
    return compression;
}
class TwirpError extends Error {
    status;
    constructor(message, status) {
        super(message);
        this.status = status;
        this.name = 'TwirpError';
    }
}
/** A CONNECT tunnel to target through the proxy, with the proxy URL's credentials. */
async function tunnel(proxy, target, signal) {
    const http = proxy.protocol === 'https:' ? await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 44708, 19)) : await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 37067, 19));
    const authority = `${target.hostname}:${target.port || (target.protocol === 'https:' ? '443' : '80')}`;
    // getProxyUrl's URL gives the credentials decoded.
    const auth = proxy.username || proxy.password
        ? { 'Proxy-Authorization': `Basic ${Buffer.from(`${proxy.username}:${proxy.password}`).toString('base64')}` }
        : {};
    return new Promise((resolve, reject) => {
        const request = http.request({
            host: proxy.hostname,
            port: proxy.port || (proxy.protocol === 'https:' ? 443 : 80),
            method: 'CONNECT',
            path: authority,
            headers: { host: authority, ...auth },
            agent: false,
            ...(signal ? { signal } : {}),
        });
        request.once('connect', (response, socket) => {
            if (response.statusCode === 200)
                return resolve(socket);
            socket.destroy();
            reject(new TwirpError(`the proxy ${proxy.host} refused to connect to ${authority} (${response.statusCode ?? 0})`));
        });
        request.once('error', reject);
        request.end();
    });
}
/** One POST of a JSON body, through the proxy the environment names; the reply's status and text. */
async function post(url, headers, body, signal) {
    const secure = url.protocol === 'https:';
    const proxy = (0,lib_proxy/* getProxyUrl */.s)(url);
    const socket = proxy?.hostname ? await tunnel(proxy, url, signal) : undefined;
    const client = secure ? await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 44708, 19)) : await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 37067, 19));
    const tls = socket && secure ? await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 41692, 19)) : undefined;
    return new Promise((resolve, reject) => {
        const request = client.request(url, {
            method: 'POST',
            headers: { ...headers, 'Content-Length': String(Buffer.byteLength(body)) },
            // The tunnel's connection, or a fresh one (agent: false); an agent would ignore createConnection.
            ...(socket ? { createConnection: () => (tls ? tls.connect({ socket, servername: url.hostname }) : socket) } : { agent: false }),
            ...(signal ? { signal } : {}),
        }, (response) => {
            const chunks = [];
            response.on('data', (c) => chunks.push(c));
            response.once('error', reject);
            response.once('end', () => resolve({ status: response.statusCode ?? 0, statusText: response.statusMessage ?? '', body: Buffer.concat(chunks).toString('utf8') }));
        });
        request.once('error', reject);
        request.end(body);
    });
}
/** The delay before attempt `attempt + 1`: the first fixed, then growing by the multiplier, with jitter. Pure but for Math.random. */
function retryDelayMs(attempt, r) {
    if (attempt === 0)
        return r.firstDelayMs;
    const min = r.firstDelayMs * r.multiplier ** attempt;
    return Math.trunc(min + Math.random() * (min * r.multiplier - min));
}
/** A Twirp call to the results service, retried as the toolkit's clients retry it; the reply's JSON. */
async function twirp(call) {
    const { env, service, method, retries } = call;
    const token = env.ACTIONS_RUNTIME_TOKEN;
    if (!token)
        throw new TwirpError('Unable to get the ACTIONS_RUNTIME_TOKEN env variable');
    const url = new URL(`/twirp/${service}/${method}`, new URL(env.ACTIONS_RESULTS_URL ?? '').origin);
    const headers = { 'Content-Type': 'application/json', 'User-Agent': call.userAgent, Authorization: `Bearer ${token}` };
    const body = JSON.stringify(call.request);
    let problem = '';
    for (let attempt = 0; attempt < retries.attempts; attempt++) {
        let retryable;
        try {
            const reply = await post(url, headers, body, call.signal);
            const json = JSON.parse(reply.body);
            if (reply.status >= 200 && reply.status < 300)
                return json;
            const msg = typeof json === 'object' && json !== null && 'msg' in json && typeof json.msg === 'string' ? `: ${json.msg}` : '';
            problem = `Failed request: (${reply.status}) ${reply.statusText}${msg}`;
            retryable = retries.statuses.includes(reply.status);
        }
        catch (error) {
            if (call.signal?.aborted)
                throw error;
            const code = error.code;
            if (typeof code === 'string' && NETWORK_ERRORS.has(code))
                throw new TwirpError(`Failed to ${method}: Unable to make request: ${code}`);
            retryable = true;
            problem = error instanceof Error ? error.message : String(error);
        }
        if (!retryable)
            throw new TwirpError(`Failed to ${method}: Received non-retryable error: ${problem}`);
        if (attempt + 1 === retries.attempts)
            break;
        const delay = retryDelayMs(attempt, retries);
        call.onRetry?.(`Attempt ${attempt + 1} of ${retries.attempts} failed with error: ${problem}. Retrying request in ${delay} ms...`);
        await (0,retry/* pause */.v7)(delay, call.signal);
    }
    throw new TwirpError(`Failed to ${method}: Failed to make request after ${retries.attempts} attempts: ${problem}`);
}
/** Who asks (the clients send their package's name and version; the service reads nothing else from it). */
const USER_AGENT = 'trident-iso-action';
/** The id of the newest artifact of this name on the workflow run, or undefined when there is none. */
async function findArtifactId(env, name, signal) {
    // As the client: GitHub Enterprise Server has no artifact service of this kind (packages/artifact/src/internal/client.ts).
    if (isGhes(env))
        throw new TwirpError('@actions/artifact v2.0.0+, upload-artifact@v4+ and download-artifact@v4+ are not currently supported on GHES.');
    const { run, job } = backendIds(env.ACTIONS_RUNTIME_TOKEN ?? '');
    const reply = await twirp({
        env,
        service: ARTIFACT_SERVICE,
        method: 'ListArtifacts',
        request: { workflow_run_backend_id: run, workflow_job_run_backend_id: job, name_filter: name },
        userAgent: USER_AGENT,
        retries: ARTIFACT_RETRIES,
        ...(signal ? { signal } : {}),
    });
    const artifacts = typeof reply === 'object' && reply !== null && 'artifacts' in reply && Array.isArray(reply.artifacts) ? reply.artifacts : [];
    const ids = artifacts
        .map((a) => (typeof a === 'object' && a !== null && 'database_id' in a ? String(a.database_id) : ''))
        .filter((id) => /^\d+$/.test(id));
    if (ids.length === 0)
        return undefined;
    return ids.reduce((newest, id) => (BigInt(id) > BigInt(newest) ? id : newest));
}
/**
 * The key the cache service matches for `key` and the paths (only an exact key: no restore keys), or
 * undefined on a miss; nothing is downloaded. Cache service v2 only (cacheServiceVersion).
 */
async function findCacheEntry(env, entry, signal) {
    const reply = await twirp({
        env,
        service: CACHE_SERVICE,
        method: 'GetCacheEntryDownloadURL',
        request: { key: entry.key, version: cacheVersion(entry.paths, entry.compression) },
        userAgent: USER_AGENT,
        retries: CACHE_RETRIES,
        ...(signal ? { signal } : {}),
    });
    if (typeof reply !== 'object' || reply === null || !('ok' in reply) || reply.ok !== true)
        return undefined;
    return 'matched_key' in reply && typeof reply.matched_key === 'string' ? reply.matched_key : undefined;
}

;// CONCATENATED MODULE: ./build/tools/cache.js
// The Actions cache, for work that gives the same result every time: the base
// image (keyed by its manifest digest) and RPMs built from a clean commit.
// The cache is an optimisation: when its service fails or is absent, the
// build warns and carries on. Whether the cache holds a key is asked without
// the client (tools/results-service.ts: one request, no Azure SDK to compile);
// the client is loaded only for what downloads or uploads.




/** Cache keys, from what determines the content exactly. Pure. */
const cacheKeys = {
    baseImage: (platform, digest) => `trident-iso-base-image-${context_platform/* PLATFORMS */.P4[platform].key}-${digest.replace(':', '-')}`,
    rpms: (platform, commit) => `trident-iso-rpms-${context_platform/* PLATFORMS */.P4[platform].key}-${commit}`,
};
let cacheClient;
/** Loads the cache client (with the Azure SDK's blob client) once; call it while the run waits on processes, to have it loaded when a save comes. */
function loadCacheClient() {
    cacheClient ??= Promise.all(/* import() */[__webpack_require__.e(838), __webpack_require__.e(271), __webpack_require__.e(88), __webpack_require__.e(142)]).then(__webpack_require__.bind(__webpack_require__, 60142));
    return cacheClient;
}
async function client() {
    const cache = await loadCacheClient();
    return cache.isFeatureAvailable() ? cache : undefined;
}
/** A read of the cache: its failure is warned about and gives `otherwise`. Never throws, except when cancelled. */
async function reading(log, signal, otherwise, read) {
    try {
        return await read();
    }
    catch (error) {
        if (signal?.aborted)
            throw error;
        log.warning(`The cache could not be read (${(0,errors/* errorMessage */.g)(error)}); carrying on without it.`);
        return otherwise;
    }
}
/**
 * What the cache service says of `key` for dir, asked as @actions/cache asks it: with cache service v2
 * by one request without the client (nothing downloaded); with v1 (GitHub Enterprise Server) by the
 * client itself (restoreCache with lookupOnly). The environment is the process's, which the client
 * reads: the lookup and the restore that follows it agree. Never throws, except when cancelled.
 */
async function ask(dir, key, log, exec, signal) {
    const env = process.env;
    return reading(log, signal, 'error', async () => {
        if (cacheServiceVersion(env) === 'v1') {
            const cache = await client();
            if (!cache)
                return 'unavailable';
            const hit = await (0,abortable/* abortable */.ZC)(cache.restoreCache([dir], key, undefined, { lookupOnly: true }), signal);
            return hit === key ? 'hit' : 'miss';
        }
        if (!env.ACTIONS_RESULTS_URL)
            return 'unavailable';
        // The runner's cache mode may forbid reading: the client then restores nothing, a miss.
        if (!cacheReadable(env))
            return 'miss';
        const matched = await findCacheEntry(env, { paths: [dir], key, compression: await compressionMethod(exec) }, signal);
        return matched === key ? 'hit' : 'miss';
    });
}
/** Restores dir from the cache; true on an exact hit. Asks first (tools/results-service.ts), so a miss loads no client. Never throws, except when cancelled. */
async function restore(dir, key, log, exec, signal) {
    const said = await ask(dir, key, log, exec, signal);
    if (said === 'unavailable')
        log.info('The Actions cache service is not available here: nothing is restored.');
    if (said !== 'hit') {
        if (said === 'miss')
            log.info(`Cache miss: ${key}`);
        return false;
    }
    return reading(log, signal, false, async () => {
        const cache = await client();
        const restored = cache ? await (0,abortable/* abortable */.ZC)(cache.restoreCache([dir], key), signal) : undefined;
        log.info(restored === key ? `Cache hit: ${key}` : `Cache miss: ${key}`);
        return restored === key;
    });
}
/**
 * Whether the cache holds `key` for dir, asked without downloading anything.
 * false also when it cannot say (no service, an error, warned about as
 * restore() warns): the caller then does the work. Never throws, except when cancelled.
 */
async function lookup(dir, key, log, exec, signal) {
    return (await ask(dir, key, log, exec, signal)) === 'hit';
}
/** Saves dir under key. Never throws, except when cancelled. */
async function save(dir, key, log, signal) {
    try {
        const cache = await client();
        if (!cache)
            return;
        // saveCache does not throw when the service refuses the entry (another job is saving the key, a
        // write denied, a failed finalize): it says so itself and returns -1.
        const id = await (0,abortable/* abortable */.ZC)(cache.saveCache([dir], key), signal);
        if (id === -1)
            log.info(`${dir} was not cached as ${key} (the cache service did not take it, as said above); the next run will do this work again.`);
        else
            log.info(`Cached ${dir} as ${key}`);
    }
    catch (error) {
        if (signal?.aborted)
            throw error;
        log.warning(`The cache could not be written (${(0,errors/* errorMessage */.g)(error)}); the next run will do this work again.`);
    }
}

;// CONCATENATED MODULE: ./build/tools/hash.js
// SHA-256 of a file (ISOs, base images), read through two reused buffers, the
// next part read while the last is hashed: memory stays at those buffers
// whatever the file's size, and no chunk is allocated per read (a read stream
// allocates one per chunk, which the garbage collector then has to catch up
// with). copySha256 hashes while it copies, so a copy costs one read of the
// file, not two.


const BUFFER_BYTES = 1 << 20;
/** Reads the whole file, handing each filled part to `use`; the next part is read meanwhile, into the other buffer. */
async function eachChunk(handle, use) {
    let free = Buffer.allocUnsafe(BUFFER_BYTES);
    let reading = handle.read(Buffer.allocUnsafe(BUFFER_BYTES), 0, BUFFER_BYTES, null);
    for (;;) {
        const { bytesRead, buffer } = await reading;
        if (bytesRead === 0)
            return;
        reading = handle.read(free, 0, BUFFER_BYTES, null);
        free = buffer;
        // A failure here leaves that read pending: let it end before the file is closed.
        await Promise.resolve(use(buffer.subarray(0, bytesRead))).catch(async (error) => {
            await reading.catch(() => undefined);
            throw error;
        });
    }
}
async function withFile(file, use) {
    // O_NONBLOCK: a FIFO does not block the open.
    const handle = await (0,promises_.open)(file, promises_.constants.O_RDONLY | promises_.constants.O_NONBLOCK);
    try {
        return await use(handle);
    }
    finally {
        await handle.close();
    }
}
function sha256File(file) {
    const hash = (0,external_node_crypto_.createHash)('sha256');
    return withFile(file, async (handle) => {
        await eachChunk(handle, (chunk) => void hash.update(chunk));
        return hash.digest('hex');
    });
}
/**
 * Copies `from` to `to`, which must not exist (it is created exclusively), and
 * returns the SHA-256 of what it copied. A copy that fails (a full disk) is removed.
 */
function copySha256(from, to, onCreated = () => undefined) {
    const hash = (0,external_node_crypto_.createHash)('sha256');
    return withFile(from, async (source) => {
        const target = await (0,promises_.open)(to, 'wx');
        // Before a byte is written: the caller records the name, so a cancelled copy is found and removed.
        onCreated();
        try {
            await eachChunk(source, async (chunk) => {
                hash.update(chunk);
                let written = 0;
                while (written < chunk.length)
                    written += (await target.write(chunk, written, chunk.length - written)).bytesWritten;
            });
            await target.close();
        }
        catch (error) {
            await target.close().catch(() => undefined);
            await (0,promises_.rm)(to, { force: true });
            throw error;
        }
        return hash.digest('hex');
    });
}

// EXTERNAL MODULE: ./build/context/limits.js
var limits = __webpack_require__(76754);
;// CONCATENATED MODULE: ./build/tools/build-tools.js
// What `make bin/trident-rpms.tar.gz` in a Trident checkout needs on the
// runner, checked before the long work where it is cheap to check (a file on
// PATH, a version, a library file). From microsoft/trident:
//   Makefile: target/release/trident is built on the host by cargo with
//     OPENSSL_STATIC=1, OPENSSL_LIB_DIR from `whereis libssl.a` and
//     OPENSSL_INCLUDE_DIR=/usr/include/openssl (a static libssl);
//     version-vars runs python3 scripts/get-version.py and git rev-parse/diff;
//     the RPMs are built by `docker build` FROM mcr.microsoft.com/azurelinux/base/core:3.0,
//     which installs packages with tdnf (network);
//   Cargo.toml: rust-version (1.85.0 at 95639188c); prost-build/tonic-build need protoc;
//   .pipelines/templates/stages/validate_makefile/dev-build.yml: Trident's own CI
//     installs clang on Ubuntu before this target;
//   docs/Development/Building/Dependencies.md: libssl-dev, protobuf-compiler on Ubuntu.
// Network (crates, the base image, tdnf) cannot be checked cheaply: README says it.



const BUILD_COMMANDS = [
    { what: 'cargo', ubuntu: "Rust through rustup (`rustup toolchain install stable`; Ubuntu's cargo package is older than Trident needs)" },
    { what: 'rustc', ubuntu: 'Rust through rustup (`rustup toolchain install stable`)' },
    { what: 'protoc', ubuntu: 'protobuf-compiler' },
    { what: 'clang', ubuntu: 'clang' },
    { what: 'python3', ubuntu: 'python3' },
    { what: 'git', ubuntu: 'git' },
    { what: 'make', ubuntu: 'make' },
    { what: 'docker', ubuntu: 'docker.io (or Docker CE; hosted Ubuntu runners have it)' },
];
async function exists(file, mode = promises_.constants.F_OK) {
    return (0,promises_.access)(file, mode).then(() => true, () => false);
}
/** Whether `name` is an executable file in one of PATH's folders. */
async function onPath(name, pathVariable) {
    return (await whichOnPath(name, pathVariable)) !== undefined;
}
/** The first executable file `name` in PATH's folders, or undefined. */
async function whichOnPath(name, pathVariable) {
    for (const dir of pathVariable.split(external_node_path_.delimiter).filter(Boolean)) {
        const file = external_node_path_.join(dir, name);
        if (await exists(file, promises_.constants.X_OK))
            return file;
    }
    return undefined;
}
/** Compares dotted versions numerically. Pure. */
function versionAtLeast(version, minimum) {
    const a = version.split('.').map(Number);
    const b = minimum.split('.').map(Number);
    for (let i = 0; i < Math.max(a.length, b.length); i++) {
        const d = (a[i] ?? 0) - (b[i] ?? 0);
        if (d !== 0)
            return d > 0;
    }
    return true;
}
/** The rust-version a checkout's Cargo.toml asks for (1.85.0 when it says none). */
async function requiredRust(checkout) {
    const text = await (0,limits/* readTextBounded */.LW)(external_node_path_.join(checkout, 'Cargo.toml'), 'checkoutText').catch(() => '');
    return /^\s*rust-version\s*=\s*"(\d+(?:\.\d+){0,2})"/m.exec(text)?.[1] ?? '1.85.0';
}
/**
 * The cheap checks, against the step's PATH and files. `whereis` starts at once and `rustc --version` as soon as
 * rustc is found; onStarted is called when both have started (or are known not to start).
 */
async function checkBuildTools(exec, env, checkout, signal, onStarted) {
    const pathVariable = env.PATH ?? '';
    // rustc's version and whereis's answer are asked at once (two processes; neither waits for the other).
    const opts = { captureStdout: true, ...(signal ? { signal } : {}) };
    const whereisRun = exec.run(['whereis', 'libssl.a'], opts).catch(() => undefined);
    const rustRun = onPath('rustc', pathVariable).then((found) => {
        const asked = found ? Promise.all([requiredRust(checkout), exec.run(['rustc', '--version'], opts).catch(() => undefined)]) : undefined;
        onStarted?.();
        return asked;
    });
    const onPathNow = await Promise.all(BUILD_COMMANDS.map((tool) => onPath(tool.what, pathVariable)));
    const missing = [];
    const found = [];
    for (const [i, tool] of BUILD_COMMANDS.entries()) {
        if (onPathNow[i])
            found.push(tool.what);
        else
            missing.push(`${tool.what} is not on PATH (install ${tool.ubuntu})`);
    }
    const [rust, whereis] = await Promise.all([rustRun, whereisRun]);
    if (rust) {
        const [wanted, result] = rust;
        const version = /^rustc (\d+\.\d+\.\d+)/.exec(result?.stdout ?? '')?.[1];
        if (!version)
            missing.push('rustc --version says no version (reinstall Rust through rustup)');
        else if (!versionAtLeast(version, wanted))
            missing.push(`rustc is ${version}, but the checkout's Cargo.toml needs rust-version ${wanted} (run \`rustup update stable\`)`);
        else
            found.push(`rustc ${version} (≥ ${wanted})`);
    }
    // As the Makefile finds it: `whereis libssl.a | cut -d" " -f2`.
    const libssl = whereis?.stdout.trim().split(/\s+/)[1];
    if (!libssl || !(await exists(libssl))) {
        missing.push('`whereis libssl.a` finds no static libssl (install libssl-dev): the Makefile links OpenSSL statically');
    }
    else
        found.push(libssl);
    const notes = [];
    const cargoConfig = await (0,limits/* readTextBounded */.LW)(external_node_path_.join(checkout, '.cargo', 'config.toml'), 'checkoutText').catch(() => '');
    if (/^\s*replace-with\s*=\s*"BMP_PublicPackages"/m.test(cargoConfig) && env.OVERRIDE_RUST_FEED !== 'true') {
        notes.push("The checkout's .cargo/config.toml takes crates from Trident's Azure Artifacts feed (BMP_PublicPackages) instead of crates.io; Trident's Makefile switches to crates.io only with OVERRIDE_RUST_FEED=true in the step's environment.");
    }
    return { missing, found, notes };
}

// EXTERNAL MODULE: ./build/tools/exec.js
var exec = __webpack_require__(57639);
;// CONCATENATED MODULE: ./build/data/oras-releases.json
const oras_releases_namespaceObject = /*#__PURE__*/JSON.parse('{"1.0.0":{"darwin":{"amd64":{"checksum":"3bce1a83fb518c7bc0afac685601835e5234daa88b3074aafecf768ec80229fe","url":"https://github.com/oras-project/oras/releases/download/v1.0.0/oras_1.0.0_darwin_amd64.tar.gz"},"arm64":{"checksum":"0168a0b8289c202b9dcd57fb4fa3638610245fd5574032e18b1196a20e4100d1","url":"https://github.com/oras-project/oras/releases/download/v1.0.0/oras_1.0.0_darwin_arm64.tar.gz"}},"linux":{"amd64":{"checksum":"8533c9ea1e5a0d5eb1dfc5094c0e8ef106d15462f8a119077548f88937ed2133","url":"https://github.com/oras-project/oras/releases/download/v1.0.0/oras_1.0.0_linux_amd64.tar.gz"},"arm64":{"checksum":"332ba74c043ed590ab0fb61656e6d274243e915cb150d48be4ad64ed591dcc84","url":"https://github.com/oras-project/oras/releases/download/v1.0.0/oras_1.0.0_linux_arm64.tar.gz"},"armv7":{"checksum":"c626893bed0aa26eb37113e11c1bc34552fa213f26af85ef14100a366e6c7c06","url":"https://github.com/oras-project/oras/releases/download/v1.0.0/oras_1.0.0_linux_armv7.tar.gz"},"s390x":{"checksum":"2339f972cbbaa7dc4fed0795c2c37a6124ee524c6e0ed62919c3a0097dd57442","url":"https://github.com/oras-project/oras/releases/download/v1.0.0/oras_1.0.0_linux_s390x.tar.gz"}},"windows":{"amd64":{"checksum":"e47e91fbc72cfe4e5c89321ebc5af953bcafa8a9ecdb0b4fbd53fd136578e03e","url":"https://github.com/oras-project/oras/releases/download/v1.0.0/oras_1.0.0_windows_amd64.zip"}}},"1.0.1":{"darwin":{"amd64":{"checksum":"34f11536dc191f9ad4288649f97ef69b478548f891c932c9732307f064ed3331","url":"https://github.com/oras-project/oras/releases/download/v1.0.1/oras_1.0.1_darwin_amd64.tar.gz"},"arm64":{"checksum":"faa0181799f0e0295d7df188441a1f8869da78a50da4cf7fb03cf35dc746b178","url":"https://github.com/oras-project/oras/releases/download/v1.0.1/oras_1.0.1_darwin_arm64.tar.gz"}},"linux":{"amd64":{"checksum":"6b51b87360d373dd3c19b91d2627d2efd320513380a878b6f06702f72fe8c5ab","url":"https://github.com/oras-project/oras/releases/download/v1.0.1/oras_1.0.1_linux_amd64.tar.gz"},"arm64":{"checksum":"ae1884ae17b7ae7ce694c63d51a52ab0dac1f2c0ca384163455c1e96c5663db0","url":"https://github.com/oras-project/oras/releases/download/v1.0.1/oras_1.0.1_linux_arm64.tar.gz"},"armv7":{"checksum":"f31bc8eab3ed2f368056df3eb5761f40d90dfbd8272bec58d83961f41ebbf3fb","url":"https://github.com/oras-project/oras/releases/download/v1.0.1/oras_1.0.1_linux_armv7.tar.gz"},"s390x":{"checksum":"2a63313a99dd45c448c022a303941e1f5b47b8fdf3493c593b026de384a284b6","url":"https://github.com/oras-project/oras/releases/download/v1.0.1/oras_1.0.1_linux_s390x.tar.gz"}},"windows":{"amd64":{"checksum":"0b9c50eda7aa384d435b31710264d08c77a5e83ee6560ee6e13ca46a6acec1ba","url":"https://github.com/oras-project/oras/releases/download/v1.0.1/oras_1.0.1_windows_amd64.zip"}}},"1.1.0":{"darwin":{"amd64":{"checksum":"f8ac5dea53dd9331cf080f1025f0612e7b07c5af864a4fd609f97d8946508e45","url":"https://github.com/oras-project/oras/releases/download/v1.1.0/oras_1.1.0_darwin_amd64.tar.gz"},"arm64":{"checksum":"d52d3140b0bb9f7d7e31dcbf2a513f971413769c11f7d7a5599e76cc98e45007","url":"https://github.com/oras-project/oras/releases/download/v1.1.0/oras_1.1.0_darwin_arm64.tar.gz"}},"linux":{"amd64":{"checksum":"e09e85323b24ccc8209a1506f142e3d481e6e809018537c6b3db979c891e6ad7","url":"https://github.com/oras-project/oras/releases/download/v1.1.0/oras_1.1.0_linux_amd64.tar.gz"},"arm64":{"checksum":"e450b081f67f6fda2f16b7046075c67c9a53f3fda92fd20ecc59873b10477ab4","url":"https://github.com/oras-project/oras/releases/download/v1.1.0/oras_1.1.0_linux_arm64.tar.gz"},"armv7":{"checksum":"def86e7f787f8deee50bb57d1c155201099f36aa0c6700d3b525e69ddf8ae49b","url":"https://github.com/oras-project/oras/releases/download/v1.1.0/oras_1.1.0_linux_armv7.tar.gz"},"s390x":{"checksum":"067600d61d5d7c23f7bd184cff168ad558d48bed99f6735615bce0e1068b1d77","url":"https://github.com/oras-project/oras/releases/download/v1.1.0/oras_1.1.0_linux_s390x.tar.gz"}},"windows":{"amd64":{"checksum":"2ac83631181d888445e50784a5f760f7f9d97fba3c089e79b68580c496fe68cf","url":"https://github.com/oras-project/oras/releases/download/v1.1.0/oras_1.1.0_windows_amd64.zip"}}},"1.2.0":{"darwin":{"amd64":{"checksum":"58a8494f5bce778e21d89d90c82e05bd128e7bb9d84dd190d154f8afdbf30541","url":"https://github.com/oras-project/oras/releases/download/v1.2.0/oras_1.2.0_darwin_amd64.tar.gz"},"arm64":{"checksum":"fea801b0e02c5342e749ef2860e1faebae03e93ae50e33ed40d227e089cf9435","url":"https://github.com/oras-project/oras/releases/download/v1.2.0/oras_1.2.0_darwin_arm64.tar.gz"}},"freebsd":{"amd64":{"checksum":"73d3a292dce1f0985df084ff50b38ab2deacbcb01902ceebc008d5bea2f2dee9","url":"https://github.com/oras-project/oras/releases/download/v1.2.0/oras_1.2.0_freebsd_amd64.tar.gz"}},"linux":{"amd64":{"checksum":"5b3f1cbb86d869eee68120b9b45b9be983f3738442f87ee5f06b00edd0bab336","url":"https://github.com/oras-project/oras/releases/download/v1.2.0/oras_1.2.0_linux_amd64.tar.gz"},"arm64":{"checksum":"27df680a39fc2fcedc549cb737891623bc696c9a92a03fd341e9356a35836bae","url":"https://github.com/oras-project/oras/releases/download/v1.2.0/oras_1.2.0_linux_arm64.tar.gz"},"armv7":{"checksum":"054685703cb0c66e51f8143e3bbd3976e217d3d595f0593db43b6dd451e43329","url":"https://github.com/oras-project/oras/releases/download/v1.2.0/oras_1.2.0_linux_armv7.tar.gz"},"ppc64le":{"checksum":"af5ee50434c7263b1460978af83e7690570e8999678fae9db6c5dbb38467fed5","url":"https://github.com/oras-project/oras/releases/download/v1.2.0/oras_1.2.0_linux_ppc64le.tar.gz"},"riscv64":{"checksum":"42c7e5f35b72492dd3ee7c68edad0c0da939b39e6ead7f682329015b283e96f8","url":"https://github.com/oras-project/oras/releases/download/v1.2.0/oras_1.2.0_linux_riscv64.tar.gz"},"s390x":{"checksum":"69d2e842e592f4d990b33d58ff3c298c4e4c0921dd54ad9e65e3b6dd9427a750","url":"https://github.com/oras-project/oras/releases/download/v1.2.0/oras_1.2.0_linux_s390x.tar.gz"}},"windows":{"amd64":{"checksum":"f110b42a20bd4728fb0428d36ee6ed10de58cd986bba8e95ecc4f0272cb017ba","url":"https://github.com/oras-project/oras/releases/download/v1.2.0/oras_1.2.0_windows_amd64.zip"}}},"1.2.1":{"darwin":{"amd64":{"checksum":"54095db9a4cb0f37bf7ac5afbed0ff167215195ad07b6d9318b69c5a8944b19d","url":"https://github.com/oras-project/oras/releases/download/v1.2.1/oras_1.2.1_darwin_amd64.tar.gz"},"arm64":{"checksum":"e3489c1946cb98c21992e09f2ec37974ad3856bb88b798682975fce7960f08fe","url":"https://github.com/oras-project/oras/releases/download/v1.2.1/oras_1.2.1_darwin_arm64.tar.gz"}},"freebsd":{"amd64":{"checksum":"778f92a8d678b45a3fc70234573cf6b48f50744111f2c4c615fd9962b41481e7","url":"https://github.com/oras-project/oras/releases/download/v1.2.1/oras_1.2.1_freebsd_amd64.tar.gz"}},"linux":{"amd64":{"checksum":"4180b940409ab801ada54cdb793dd7372be2a5cb25b6522490409d5d4b0e3dde","url":"https://github.com/oras-project/oras/releases/download/v1.2.1/oras_1.2.1_linux_amd64.tar.gz"},"arm64":{"checksum":"65f9197e9eacda769b1f2f447e2c4004a8f3f772855c2c987d5111e8302cbbed","url":"https://github.com/oras-project/oras/releases/download/v1.2.1/oras_1.2.1_linux_arm64.tar.gz"},"armv7":{"checksum":"fe833e216c72f98d1426da3b0dd136328a578c92a6cd10987374bc5680c0a0a4","url":"https://github.com/oras-project/oras/releases/download/v1.2.1/oras_1.2.1_linux_armv7.tar.gz"},"ppc64le":{"checksum":"cbfc9b4c847becb0dc5b6f30b3bf55884a1090f5deb6894ba5183f6e916e17e2","url":"https://github.com/oras-project/oras/releases/download/v1.2.1/oras_1.2.1_linux_ppc64le.tar.gz"},"riscv64":{"checksum":"960067eaf16034eb8ac2f843775e53bae37b7585d55132e283fb3402a3cea68a","url":"https://github.com/oras-project/oras/releases/download/v1.2.1/oras_1.2.1_linux_riscv64.tar.gz"},"s390x":{"checksum":"dc3b6a4c3290c60de8c57ff63fef7a5689cd8e2df39026f2937cc25fd95dfbc4","url":"https://github.com/oras-project/oras/releases/download/v1.2.1/oras_1.2.1_linux_s390x.tar.gz"}},"windows":{"amd64":{"checksum":"e072dac29eb4a4b62520b52193e028420c159e5ec192f28bfebfb11f81c7d6d8","url":"https://github.com/oras-project/oras/releases/download/v1.2.1/oras_1.2.1_windows_amd64.zip"}}},"1.2.2":{"darwin":{"amd64":{"checksum":"e953c3c5580a317ba30871ee77f39a37e5bcb030edf01c5e9a83ebddcec7cf8a","url":"https://github.com/oras-project/oras/releases/download/v1.2.2/oras_1.2.2_darwin_amd64.tar.gz"},"arm64":{"checksum":"fcac22adaf1cfe7854738859d0f4705d1cd75a23edaef5ee2e9aba66cfff2315","url":"https://github.com/oras-project/oras/releases/download/v1.2.2/oras_1.2.2_darwin_arm64.tar.gz"}},"freebsd":{"amd64":{"checksum":"a0570a5119cb054f6d3716dd9771a2216e15bc38953293be4703059cada113e3","url":"https://github.com/oras-project/oras/releases/download/v1.2.2/oras_1.2.2_freebsd_amd64.tar.gz"}},"linux":{"amd64":{"checksum":"bff970346470e5ef888e9f2c0bf7f8ee47283f5a45207d6e7a037da1fb0eae0d","url":"https://github.com/oras-project/oras/releases/download/v1.2.2/oras_1.2.2_linux_amd64.tar.gz"},"arm64":{"checksum":"edd7195cbb8ba56c29ede413eefa10c8026201d63326017cd315841b4063aa56","url":"https://github.com/oras-project/oras/releases/download/v1.2.2/oras_1.2.2_linux_arm64.tar.gz"},"armv7":{"checksum":"df2e87741cdb703f77930a10202d4425775e69c6b925ce0cab3a2a992fa6a446","url":"https://github.com/oras-project/oras/releases/download/v1.2.2/oras_1.2.2_linux_armv7.tar.gz"},"ppc64le":{"checksum":"d7554f1d96061ba8c4ea8c930b01f7f47a336b20b52ac442f5dbcab88c3793cf","url":"https://github.com/oras-project/oras/releases/download/v1.2.2/oras_1.2.2_linux_ppc64le.tar.gz"},"riscv64":{"checksum":"dbebe747bb5f9c8382d7cdd2fb81edf48aa5d03401364252172f32caddd449eb","url":"https://github.com/oras-project/oras/releases/download/v1.2.2/oras_1.2.2_linux_riscv64.tar.gz"},"s390x":{"checksum":"9d72dcd93264729c9dbee91b6841fdfe1fa85ec6c9303108a889bdd6816383ee","url":"https://github.com/oras-project/oras/releases/download/v1.2.2/oras_1.2.2_linux_s390x.tar.gz"}},"windows":{"amd64":{"checksum":"25110d69d220bf55469a14c243f759305737dac6672fb47b4af4e43b000f55f5","url":"https://github.com/oras-project/oras/releases/download/v1.2.2/oras_1.2.2_windows_amd64.zip"}}},"1.2.3":{"darwin":{"amd64":{"checksum":"29d8b684dadd9b08614fe9023a5ac8ff0ef1bef1c9795ad8076e3215eb207724","url":"https://github.com/oras-project/oras/releases/download/v1.2.3/oras_1.2.3_darwin_amd64.tar.gz"},"arm64":{"checksum":"ca4188a0c690536d34baf2a4c3507b3fcc11a06979aeec6da3560a0c4d944a6a","url":"https://github.com/oras-project/oras/releases/download/v1.2.3/oras_1.2.3_darwin_arm64.tar.gz"}},"freebsd":{"amd64":{"checksum":"0cd77c9340578e4ef86533d5603498fe006f6b962d619612d49769aa01fe90e3","url":"https://github.com/oras-project/oras/releases/download/v1.2.3/oras_1.2.3_freebsd_amd64.tar.gz"}},"linux":{"amd64":{"checksum":"b4efc97a91f471f323f193ea4b4d63d8ff443ca3aab514151a30751330852827","url":"https://github.com/oras-project/oras/releases/download/v1.2.3/oras_1.2.3_linux_amd64.tar.gz"},"arm64":{"checksum":"90e24e234dc6dffe73365533db66fd14449d2c9ae77381081596bf92f40f6b82","url":"https://github.com/oras-project/oras/releases/download/v1.2.3/oras_1.2.3_linux_arm64.tar.gz"},"armv7":{"checksum":"f5d32565d714fdddc4f06fd8c00e9cc5719398ccb918a5d64a54b5531da4f893","url":"https://github.com/oras-project/oras/releases/download/v1.2.3/oras_1.2.3_linux_armv7.tar.gz"},"ppc64le":{"checksum":"6362e6df98961906c55fbbaf789610c575a8cd4c72a0e18a41561b36fd4352ef","url":"https://github.com/oras-project/oras/releases/download/v1.2.3/oras_1.2.3_linux_ppc64le.tar.gz"},"riscv64":{"checksum":"a1f2a861b5e5e295925dcdeb226a3e097e92b48c87a00c5cbbdffc6288597b37","url":"https://github.com/oras-project/oras/releases/download/v1.2.3/oras_1.2.3_linux_riscv64.tar.gz"},"s390x":{"checksum":"7993b9247c49e7aa3f107568c33c37d6bcae87018651a6def8278ea7c2c7a3a8","url":"https://github.com/oras-project/oras/releases/download/v1.2.3/oras_1.2.3_linux_s390x.tar.gz"}},"windows":{"amd64":{"checksum":"8fe890f5c6c89b06fb138839e533a112e0fc026a25b2c8c1b042b32455a56947","url":"https://github.com/oras-project/oras/releases/download/v1.2.3/oras_1.2.3_windows_amd64.zip"}}},"1.3.0":{"darwin":{"amd64":{"checksum":"82c33f7da8430ea7fa7e7bdf7721be0a0d0481e5ccb2472ea438490d5e8641a9","url":"https://github.com/oras-project/oras/releases/download/v1.3.0/oras_1.3.0_darwin_amd64.tar.gz"},"arm64":{"checksum":"e10c6552c02d5a7c7eaf7170d3b6f7f094b675a98a1e0edf4d4478a909447245","url":"https://github.com/oras-project/oras/releases/download/v1.3.0/oras_1.3.0_darwin_arm64.tar.gz"}},"freebsd":{"amd64":{"checksum":"3e885e8c78d61cf9ab57597ebc1a5c7a985ca8578c3ed5a87842c5411610c7f5","url":"https://github.com/oras-project/oras/releases/download/v1.3.0/oras_1.3.0_freebsd_amd64.tar.gz"}},"linux":{"amd64":{"checksum":"6cdc692f929100feb08aa8de584d02f7bcc30ec7d88bc2adc2054d782db57c64","url":"https://github.com/oras-project/oras/releases/download/v1.3.0/oras_1.3.0_linux_amd64.tar.gz"},"arm64":{"checksum":"7649738b48fde10542bcc8b0e9b460ba83936c75fb5be01ee6d4443764a14352","url":"https://github.com/oras-project/oras/releases/download/v1.3.0/oras_1.3.0_linux_arm64.tar.gz"},"armv7":{"checksum":"adba63f14b3356601bdb4c286f0373270e2bc4e10e59b836c1796d11c48b4ace","url":"https://github.com/oras-project/oras/releases/download/v1.3.0/oras_1.3.0_linux_armv7.tar.gz"},"loong64":{"checksum":"0da4a220de5431909cd7fed725c1741191df7b33d7eefd6f26dfd2a189b05596","url":"https://github.com/oras-project/oras/releases/download/v1.3.0/oras_1.3.0_linux_loong64.tar.gz"},"ppc64le":{"checksum":"3eb1c038c6a7a85eaeaf34bca187375e9de624c43019d2a722e474de3237a90e","url":"https://github.com/oras-project/oras/releases/download/v1.3.0/oras_1.3.0_linux_ppc64le.tar.gz"},"riscv64":{"checksum":"87bbd09d34b5bac85fec2c39251b979097c32b7a6f1e645e04f5fa8f899701a1","url":"https://github.com/oras-project/oras/releases/download/v1.3.0/oras_1.3.0_linux_riscv64.tar.gz"},"s390x":{"checksum":"4eb036537a0fbbe1f75faed99272ca579ad4e6eb583e903ac647749dcf53898a","url":"https://github.com/oras-project/oras/releases/download/v1.3.0/oras_1.3.0_linux_s390x.tar.gz"}},"windows":{"amd64":{"checksum":"b050e93aa0dc7a79a61fa8e4074dfa302c41d4af01b634fe393c5dd687536aee","url":"https://github.com/oras-project/oras/releases/download/v1.3.0/oras_1.3.0_windows_amd64.zip"}}},"1.3.1":{"darwin":{"amd64":{"checksum":"22b7d8947d32280283c2e1a2fabc59d3b3c3b3056ec070dabdfe016fda532e52","url":"https://github.com/oras-project/oras/releases/download/v1.3.1/oras_1.3.1_darwin_amd64.tar.gz"},"arm64":{"checksum":"d545a238f4c8be6dfae6c3d0ff5b09720c5588641d4a5180fb87c38a64500cc4","url":"https://github.com/oras-project/oras/releases/download/v1.3.1/oras_1.3.1_darwin_arm64.tar.gz"}},"freebsd":{"amd64":{"checksum":"2d383403fbe0e7160652671455bd5d23a97e6cf0c355c618b233a1ac7aa05c2d","url":"https://github.com/oras-project/oras/releases/download/v1.3.1/oras_1.3.1_freebsd_amd64.tar.gz"}},"linux":{"amd64":{"checksum":"d52c4af76ce6a3ceb8579e51fb751a43ac051cca67f965f973a0b0e897a2bb86","url":"https://github.com/oras-project/oras/releases/download/v1.3.1/oras_1.3.1_linux_amd64.tar.gz"},"arm64":{"checksum":"79946ad57d732836f9242f903f476b6fa484c451d659f121bce54d931ab2a044","url":"https://github.com/oras-project/oras/releases/download/v1.3.1/oras_1.3.1_linux_arm64.tar.gz"},"armv7":{"checksum":"2974eac27ce587c5ffdc3f2ddc2e1af4ea57c3e7d0ec12b64e3879edf9d7dfb7","url":"https://github.com/oras-project/oras/releases/download/v1.3.1/oras_1.3.1_linux_armv7.tar.gz"},"loong64":{"checksum":"8467e1bb87d01495283993dec1c1fe8962b3c5119afe6346dc8176da99746547","url":"https://github.com/oras-project/oras/releases/download/v1.3.1/oras_1.3.1_linux_loong64.tar.gz"},"ppc64le":{"checksum":"6e11f06d52475fcf6be0ee140f69957a5b069c90fcd1e7a514f7df2d88144ca8","url":"https://github.com/oras-project/oras/releases/download/v1.3.1/oras_1.3.1_linux_ppc64le.tar.gz"},"riscv64":{"checksum":"f49cacaca1ceea3af51965918420f772947dce57319435cb170206567f2991b6","url":"https://github.com/oras-project/oras/releases/download/v1.3.1/oras_1.3.1_linux_riscv64.tar.gz"},"s390x":{"checksum":"4372e53aef199dd3a8c2bd4298c4934e8802189803ff3b961c9a001598e6cbba","url":"https://github.com/oras-project/oras/releases/download/v1.3.1/oras_1.3.1_linux_s390x.tar.gz"}},"windows":{"amd64":{"checksum":"8cf69e46f966e592ad36261c05b8f59c02125743b7261c03f6badc3919b40cb0","url":"https://github.com/oras-project/oras/releases/download/v1.3.1/oras_1.3.1_windows_amd64.zip"}}},"1.3.2":{"darwin":{"amd64":{"checksum":"2621f6b252b222f6fbf4e114d2fcaa0cec6b632624ffaf73143f66e4e0994f86","url":"https://github.com/oras-project/oras/releases/download/v1.3.2/oras_1.3.2_darwin_amd64.tar.gz"},"arm64":{"checksum":"7929f792cf272268412375ecad6f0fb3c20f164368d5b57966e67ad6d36eca53","url":"https://github.com/oras-project/oras/releases/download/v1.3.2/oras_1.3.2_darwin_arm64.tar.gz"}},"freebsd":{"amd64":{"checksum":"3481583cc330d51f1e576df84f1efc3c3630c1f88314fbac76e27ce4d3097dd9","url":"https://github.com/oras-project/oras/releases/download/v1.3.2/oras_1.3.2_freebsd_amd64.tar.gz"}},"linux":{"amd64":{"checksum":"9229ccc6d17bb282039ad4a69abb16dcb887a5bce567c075d731d9b3c7ad8eaf","url":"https://github.com/oras-project/oras/releases/download/v1.3.2/oras_1.3.2_linux_amd64.tar.gz"},"arm64":{"checksum":"8db4a223bd6034deff198e791ea7cb3af0840df25b7e9f370e2f1f3fd20d389b","url":"https://github.com/oras-project/oras/releases/download/v1.3.2/oras_1.3.2_linux_arm64.tar.gz"},"armv7":{"checksum":"96b5414b5651da65a61e4f81f340b96f17d3755d54b5c3f879b2bb20eed83f00","url":"https://github.com/oras-project/oras/releases/download/v1.3.2/oras_1.3.2_linux_armv7.tar.gz"},"loong64":{"checksum":"d1b2170991779b4fba8f4b2f0c17562b15307925ee703d259bbe24846f5072bf","url":"https://github.com/oras-project/oras/releases/download/v1.3.2/oras_1.3.2_linux_loong64.tar.gz"},"ppc64le":{"checksum":"e9904853815a265091a2a7cee76b934a099e04b5c11a7ebc53d93009b3d15cb2","url":"https://github.com/oras-project/oras/releases/download/v1.3.2/oras_1.3.2_linux_ppc64le.tar.gz"},"riscv64":{"checksum":"4b0c72c1d2795d14d8e038687574e56dee22a9f0e3a0dd2746baccedfa6425ff","url":"https://github.com/oras-project/oras/releases/download/v1.3.2/oras_1.3.2_linux_riscv64.tar.gz"},"s390x":{"checksum":"98aad2e81f9ccd1d68a148623a3eac3a301383d21fb7ab33b49835fc96157e9e","url":"https://github.com/oras-project/oras/releases/download/v1.3.2/oras_1.3.2_linux_s390x.tar.gz"}},"windows":{"amd64":{"checksum":"c896f26245f11e6385d52010bb0a65a4e500e1f3244680a6556ed05462fa1c0d","url":"https://github.com/oras-project/oras/releases/download/v1.3.2/oras_1.3.2_windows_amd64.zip"}}}}');
;// CONCATENATED MODULE: ./build/tools/oras-releases.js
// The oras releases whose asset checksums are pinned (from each release's
// checksums file, as collected by oras-project/setup-oras). A download is
// trusted only when its SHA-256 matches this table or the oras-checksum input.


const TABLE = oras_releases_namespaceObject;
/** oras's names for the runner's OS and architecture (the platform table's; Node's name for others). */
function orasPlatform(nodePlatform, nodeArch) {
    const os = nodePlatform === 'win32' ? 'windows' : nodePlatform;
    const platform = (0,context_platform/* platformOfNodeArch */.$S)(nodeArch);
    return { os, arch: platform ? context_platform/* PLATFORMS */.P4[platform].oras : nodeArch };
}
/** The pinned asset for a version, OS and arch, or undefined when oras publishes none. */
function pinnedAsset(version, os, arch) {
    return TABLE[version]?.[os]?.[arch];
}

// EXTERNAL MODULE: ./build/tools/oras-versions.js + 1 modules
var oras_versions = __webpack_require__(71916);
// EXTERNAL MODULE: ./build/tools/registry-auth.js
var registry_auth = __webpack_require__(91308);
;// CONCATENATED MODULE: ./build/tools/oras.js
// oras: installed through the tool cache (pinned checksum), then used to
// resolve and pull the base image. Credentials go on stdin into a private
// registry config, never into argv. A registry's refusal comes back as a
// RegistryError; the base image stage says which input it concerns.









/** Where to download oras from and the SHA-256 it must have. Pure. */
function orasDownload(spec, os, arch) {
    if (spec.url && spec.checksum)
        return { url: spec.url, checksum: spec.checksum };
    const asset = pinnedAsset(spec.version, os, arch);
    if (!asset)
        throw new Error(`oras ${spec.version} has no release for ${os}/${arch}; give oras-url and oras-checksum for a build that runs here.`);
    return { url: asset.url, checksum: asset.checksum };
}
/**
 * Finds oras in the tool cache (RUNNER_TOOL_CACHE), or downloads it into
 * `scratch`, verifies it and caches it.
 */
async function installOras(spec, o) {
    const { os, arch } = orasPlatform(process.platform, process.arch);
    const exe = os === 'windows' ? 'oras.exe' : 'oras';
    // Loaded only here: the tool cache client (and its HTTP client) would otherwise weigh on every start.
    const tc = await Promise.all(/* import() */[__webpack_require__.e(838), __webpack_require__.e(88), __webpack_require__.e(805)]).then(__webpack_require__.bind(__webpack_require__, 59805));
    // Cached under Node's arch name (x64, arm64), the tool cache's convention.
    const cached = tc.find('oras', spec.version);
    if (cached) {
        o.log(`oras ${spec.version} found in the tool cache: ${cached}`);
        return { bin: external_node_path_.join(cached, exe), version: spec.version, downloaded: false };
    }
    const { url, checksum } = orasDownload(spec, os, arch);
    o.log(`Downloading oras ${spec.version} from ${url}`);
    const archive = await (0,abortable/* abortable */.ZC)(tc.downloadTool(url, external_node_path_.join(o.scratch, `oras-${spec.version}${url.endsWith('.zip') ? '.zip' : '.tar.gz'}`)), o.signal);
    const actual = await sha256File(archive);
    if (actual !== checksum.toLowerCase()) {
        throw new Error(`oras download failed its checksum: ${url} has SHA-256 ${actual}, expected ${checksum}. ` +
            'Nothing was installed. Check oras-url/oras-checksum, or the mirror serving it.');
    }
    o.log(`SHA-256 verified: ${actual}`);
    const into = external_node_path_.join(o.scratch, `oras-${spec.version}`);
    const extracted = url.endsWith('.zip') ? await tc.extractZip(archive, into) : await tc.extractTar(archive, into);
    const dir = await tc.cacheDir(extracted, 'oras', spec.version);
    return { bin: external_node_path_.join(dir, exe), version: spec.version, downloaded: true };
}
/** The version `oras version` prints ("Version:        1.3.0", oras cmd/oras/root/version.go), or undefined. Pure. */
function parseOrasVersion(text) {
    return /^Version:\s+v?(\d+\.\d+\.\d+)/m.exec(text)?.[1];
}
/** Whether the action works with this oras: MIN_ORAS up to the next major version. Pure. */
function supportedOras(version) {
    return versionAtLeast(version, oras_versions/* MIN_ORAS */.B) && !versionAtLeast(version, '2.0.0');
}
/**
 * oras on PATH, when its version is supported (on a developer's machine it is
 * used rather than downloading one); undefined otherwise, saying why in `log`.
 */
async function orasOnPath(exec, pathVariable, log, signal) {
    const bin = await whichOnPath('oras', pathVariable);
    if (!bin)
        return undefined;
    const result = await exec.run([bin, 'version'], { captureStdout: true, ...(signal ? { signal } : {}) }).catch(() => undefined);
    const version = result?.exitCode === 0 ? parseOrasVersion(result.stdout) : undefined;
    if (!version || !supportedOras(version)) {
        log(`oras on PATH (${bin}) is ${version ? `version ${version}` : 'of an unknown version'}; the action supports ${oras_versions/* MIN_ORAS */.B} up to 2.0.0, so it installs its own.`);
        return undefined;
    }
    log(`Using oras ${version} from PATH: ${bin}`);
    return { bin, version, downloaded: false };
}
/** A registry that refused or did not have what was asked (after retrying transient failures). */
class RegistryError extends Error {
    ref;
    reason;
    output;
    constructor(
    /** The reference (or registry, for a login) asked for. */
    ref, reason, 
    /** What oras said. */
    output) {
        super(`${ref}: ${output}`);
        this.ref = ref;
        this.reason = reason;
        this.output = output;
        this.name = 'RegistryError';
    }
}
function registryError(error, ref) {
    if (!(error instanceof exec.CommandError))
        return error;
    const text = error.tail.join('\n');
    const reason = /unauthorized|401|denied|403/i.test(text)
        ? 'refused'
        : /not found|404|manifest unknown|name unknown/i.test(text)
            ? 'not-found'
            : 'other';
    return new RegistryError(ref, reason, text);
}
/** The argv of each oras call; pure, so validate-only can print exactly what would run. */
const orasArgv = {
    login: (bin, registry, username, registryConfig) => [
        bin,
        'login',
        registry,
        '--username',
        username,
        '--password-stdin',
        '--registry-config',
        registryConfig,
    ],
    /** The manifest's descriptor (HEAD only): digest and media type (oras v1.3.0 cmd/oras/root/manifest/fetch.go). */
    descriptor: (bin, ref, registryConfig) => [
        bin,
        'manifest',
        'fetch',
        '--descriptor',
        '--registry-config',
        registryConfig,
        // `--` ends the options (cobra, spf13/pflag flag.go): a reference is never read as one.
        '--',
        ref,
    ],
    /** With a platform only for an image index: on a single manifest oras fails (oras-go v2.6.0 internal/platform/platform.go SelectManifest). */
    pull: (bin, ref, platform, outDir, registryConfig) => [
        bin,
        'pull',
        ...(platform ? ['--platform', platform] : []),
        '--output',
        outDir,
        '--registry-config',
        registryConfig,
        '--',
        ref,
    ],
};
/**
 * Manifest media types that list one manifest per platform, so that a pull
 * must choose with --platform (opencontainers/image-spec specs-go/v1/mediatype.go;
 * oras-go v2.6.0 internal/docker/mediatype.go). Image Customizer's own
 * container/run.sh (v0.18.0) pulls older single-arch minimal-os tags without it.
 */
const INDEX_MEDIA_TYPES = ['application/vnd.oci.image.index.v1+json', 'application/vnd.docker.distribution.manifest.list.v2+json'];
function isIndex(mediaType) {
    return INDEX_MEDIA_TYPES.some((t) => t === mediaType);
}
/** The descriptor `oras manifest fetch --descriptor` prints (one JSON object), checked. Pure. */
function parseDescriptor(text) {
    let value;
    try {
        value = JSON.parse(text);
    }
    catch {
        throw new Error(`oras manifest fetch --descriptor printed '${text.slice(0, 200)}', not a descriptor`);
    }
    const d = (typeof value === 'object' && value !== null ? value : {});
    const { mediaType, digest, size } = d;
    if (typeof mediaType !== 'string' ||
        !/^[\w.+-]+\/[\w.+-]+$/.test(mediaType) ||
        typeof digest !== 'string' ||
        !/^sha256:[a-f0-9]{64}$/.test(digest) ||
        typeof size !== 'number') {
        throw new Error(`oras manifest fetch --descriptor printed '${text.slice(0, 200)}', not a manifest descriptor`);
    }
    return { mediaType, digest, size };
}
function options(oras, extra = {}) {
    return { ...extra, ...(oras.onLine && !extra.captureStdout ? { onLine: oras.onLine } : {}), ...(oras.signal ? { signal: oras.signal } : {}) };
}
async function orasLogin(oras, registry, credentials) {
    await (0,registry_auth/* seedRegistryConfig */.f)(oras.registryConfig, registry);
    await (0,retry/* retryTransient */.jh)('oras login', () => oras.exec.runChecked(orasArgv.login(oras.bin, registry, credentials.username, oras.registryConfig), options(oras, { input: credentials.password })), { policy: oras.retry, log: oras.onLine, signal: oras.signal }).catch((error) => {
        throw registryError(error, registry);
    });
}
/** What ref names now (an index for multi-platform images, else one manifest), without downloading anything but its descriptor. */
async function orasDescriptor(oras, ref) {
    const result = await (0,retry/* retryTransient */.jh)('oras manifest fetch', () => oras.exec.runChecked(orasArgv.descriptor(oras.bin, ref, oras.registryConfig), options(oras, { captureStdout: true })), { policy: oras.retry, log: oras.onLine, signal: oras.signal }).catch((error) => {
        throw registryError(error, ref);
    });
    return parseDescriptor(result.stdout.trim());
}
/** Pulls ref (pinned by digest), choosing `platform` from an index; errors name `asGiven`, the reference the user wrote. */
async function orasPull(oras, ref, platform, outDir, asGiven = ref) {
    await (0,retry/* retryTransient */.jh)('oras pull', () => oras.exec.runChecked(orasArgv.pull(oras.bin, ref, platform, outDir, oras.registryConfig), options(oras)), {
        policy: oras.retry,
        log: oras.onLine,
        signal: oras.signal,
    }).catch((error) => {
        throw registryError(error, asGiven);
    });
}

;// CONCATENATED MODULE: ./build/stages/base-image.js
// Stage 3b (beside the RPMs and the Image Customizer image): oras from the
// tool cache, then the Azure Linux base image from the Actions cache or the
// registry (resolved first, pulled by that digest, with --platform only when
// it is an image index), or a local file. A pull that the cache can keep is
// saved in the background, beside Image Customizer.








/** Picks the disk image among pulled files by its extension. Pure. */
function pickDiskImage(files) {
    for (const ext of input_types/* BASE_IMAGE_EXTENSIONS */.TH) {
        const hit = files.find((f) => f.toLowerCase().endsWith(ext));
        if (hit)
            return hit;
    }
    return undefined;
}
/** Where the base image is pulled: with the cache on, a path that is the same in every run. */
function basePullDir(ctx) {
    return ctx.cache ? external_node_path_.join(ctx.cacheRoot, 'base-image') : ctx.work.base;
}
/** What a registry's refusal means for the base-image input. */
function baseImageError(error) {
    if (!(error instanceof RegistryError))
        return error;
    const hint = error.reason === 'refused'
        ? 'the registry refused access: give registry-username and registry-password, or check that they are right'
        : error.reason === 'not-found'
            ? 'no such image or tag in the registry: check the repository and tag'
            : 'check the reference and that the registry is reachable';
    return new errors/* InputError */.d('base-image', `could not get ${error.ref} (${hint}). oras said:\n${error.output}`);
}
async function baseImage(ctx, log, signal) {
    const { inputs, work, rt } = ctx;
    const source = inputs.baseImage;
    if (inputs.cache && !ctx.cache)
        log('The Actions cache service is not available here (not in a workflow job): the base image is not cached.');
    if (source.kind === 'file')
        return { file: source.path, digest: `sha256:${await sha256File(source.path)}` };
    // oras-url names a build to use; otherwise the CLI takes a supported oras already on PATH.
    const local = rt.preferToolsOnPath && !inputs.oras.url ? await orasOnPath(ctx.exec, rt.env.PATH ?? '', log, signal) : undefined;
    const installed = local ?? (await installOras(inputs.oras, { scratch: work.scratch, log, signal }));
    rt.addPath(external_node_path_.dirname(installed.bin));
    const oras = {
        bin: installed.bin,
        registryConfig: external_node_path_.join(work.auth, 'oras-config.json'),
        exec: ctx.exec,
        retry: ctx.retry,
        onLine: log,
        signal,
    };
    try {
        if (inputs.registryCredentials)
            await orasLogin(oras, (0,oci_ref/* registryOf */.Fv)(source.ref), inputs.registryCredentials);
        const { digest, mediaType } = await orasDescriptor(oras, source.ref);
        const index = isIndex(mediaType);
        log(`${source.ref} resolves to ${digest} (${mediaType}: ${index ? `an image index, pulled for ${inputs.platform}` : 'one manifest, pulled without --platform'})`);
        const pullDir = basePullDir(ctx);
        await (0,promises_.rm)(pullDir, { recursive: true, force: true });
        await (0,promises_.mkdir)(pullDir, { recursive: true });
        const key = cacheKeys.baseImage(inputs.platform, digest);
        const warning = (line) => rt.warning({ message: line });
        if (ctx.cache && (await restore(pullDir, key, { info: log, warning }, ctx.exec, signal))) {
            log('Base image restored from the cache: nothing pulled.');
        }
        else {
            // By digest: what is pulled (and cached under that digest) is what was resolved, even if the tag moves meanwhile.
            const pulling = orasPull(oras, (0,oci_ref/* pinnedRef */.I1)(source.ref, digest), index ? inputs.platform : undefined, pullDir, source.ref);
            // The pull has started: the save's client compiles while it runs, not when it ends.
            if (ctx.cache)
                loadCacheClient().catch(() => undefined);
            await pulling;
            // The save outlives this stage (it runs beside Image Customizer): it logs directly.
            if (ctx.cache)
                ctx.background('Save base image to the cache', (s) => save(pullDir, key, { info: (line) => rt.console.info(line), warning }, s));
        }
        const files = await (0,promises_.readdir)(pullDir);
        const image = pickDiskImage(files);
        if (!image) {
            throw new errors/* InputError */.d('base-image', `${source.ref} holds no disk image (${input_types/* BASE_IMAGE_EXTENSIONS */.TH.join(', ')}); it has ${files.join(', ') || 'no files'}.`);
        }
        return { file: external_node_path_.join(pullDir, image), digest };
    }
    catch (error) {
        throw baseImageError(error);
    }
}

;// CONCATENATED MODULE: ./build/context/mapping.js
// Whether parsed data is a mapping, apart from the YAML reader: modules that
// only ask this (the input readers among them) do not load the yaml package.
/** A YAML mapping (a JSON object): not null, not a list. */
function mapping_isMapping(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}

// EXTERNAL MODULE: ./build/iso/placeholder.js
var placeholder = __webpack_require__(71879);
;// CONCATENATED MODULE: ./build/customizer/config.js


/** The packages the procedure installs in the live OS. */
const PROCEDURE_PACKAGES = [
    'netplan',
    'trident-install-service',
    'trident-provisioning',
    'vim',
    'curl',
    'device-mapper',
    'squashfs-tools',
    'tar',
    'selinux-policy',
];
const PROCEDURE_SERVICES = ['trident-install.service', 'trident-network.service'];
/** Trident reads its host configuration from here in the live OS. */
const HOST_CONFIG_DESTINATION = '/etc/trident/config.yaml';
/**
 * A journald drop-in that forwards the journal to /dev/console. Run as
 * trident-install.service, Trident logs to the journal only
 * (microsoft/trident crates/trident/src/main.rs, setup_logging), so without
 * it nothing of Trident's progress or errors reaches a console. With the
 * default kernel command line (console=ttyS0 last) /dev/console is the
 * serial port: a serial console (and `verify`) sees what Trident does.
 */
const JOURNAL_TO_CONSOLE = {
    content: [
        '# trident-iso-action: show the journal (Trident logs only there) on /dev/console,',
        '# the last console= of the kernel command line (the serial port by default).',
        '[Journal]',
        'ForwardToConsole=yes',
        'TTYPath=/dev/console',
        'MaxLevelConsole=info',
        '',
    ].join('\n'),
    destination: '/etc/systemd/journald.conf.d/50-trident-iso-console.conf',
};
/** The ISO is mounted at /run/initramfs/live; Trident's docs use /mnt/trident_cdrom, a link the config's script makes. */
const CDROM_LINK = '/mnt/trident_cdrom';
const CDROM_LINK_TARGET = '/run/initramfs/live';
const CDROM_LINK_SCRIPT = `# Use more intuitive path for the ISO mount\nln -s ${CDROM_LINK_TARGET} ${CDROM_LINK}\n`;
/**
 * patchable: Trident reads its host config from the placeholder on the ISO
 * media, through the link above, as Trident's own installer ISO does
 * (microsoft/trident tests/images/trident-installer/base/post-install.sh). It
 * runs after os.additionalFiles (Image Customizer's operation order), so no
 * additional file may take /etc/trident/config.yaml (the config stage refuses one).
 */
const HOST_CONFIG_LINK_SCRIPT = [
    '# The host config is read from the ISO media (patchable), where it can be patched',
    'mkdir -p /etc/trident',
    `ln -s -T ${CDROM_LINK}${placeholder/* PLACEHOLDER_ISO_PATH */.Aw} ${HOST_CONFIG_DESTINATION}`,
    '',
].join('\n');
/** The procedure's config, with the inputs' values. Pure. */
function buildCustomizerConfig(p) {
    const isoFiles = [
        ...(p.cosi ? [{ source: p.cosi.source, destination: p.cosi.destination }] : []),
        ...(p.placeholderSource ? [{ source: p.placeholderSource, destination: placeholder/* PLACEHOLDER_ISO_PATH */.Aw }] : []),
    ];
    return {
        storage: {
            bootType: 'efi',
            disks: [
                {
                    partitionTableType: 'gpt',
                    maxSize: '4G',
                    partitions: [
                        { id: 'esp', type: 'esp', size: '8M' },
                        { id: 'rootfs', size: 'grow' },
                    ],
                },
            ],
            filesystems: [
                { deviceId: 'esp', type: 'fat32', mountPoint: { path: '/boot/efi', options: 'umask=0077' } },
                { deviceId: 'rootfs', type: 'ext4', mountPoint: { path: '/' } },
            ],
        },
        os: {
            hostname: p.hostname,
            bootloader: { resetType: 'hard-reset' },
            selinux: { mode: p.selinuxMode },
            kernelCommandLine: { extraCommandLine: [...p.kernelCommandLine] },
            packages: { install: union(PROCEDURE_PACKAGES, p.packages) },
            services: { enable: union(PROCEDURE_SERVICES, p.services) },
            additionalFiles: [
                ...(p.hostConfigSource && !p.placeholderSource ? [{ source: p.hostConfigSource, destination: HOST_CONFIG_DESTINATION }] : []),
                JOURNAL_TO_CONSOLE,
            ],
        },
        scripts: { postCustomization: [{ content: CDROM_LINK_SCRIPT }, ...(p.placeholderSource ? [{ content: HOST_CONFIG_LINK_SCRIPT }] : [])] },
        ...(isoFiles.length > 0 ? { iso: { additionalFiles: isoFiles } } : {}),
    };
}
/** Appends without duplicates, keeping the first list's order. */
function union(first, second) {
    return [...new Set([...first, ...second])];
}
/**
 * Deep merge of `extra` over `base`: mappings merge key by key, lists append
 * the items not already present (compared by value), scalars replace. Pure.
 */
function mergeConfig(base, extra) {
    const out = { ...base };
    for (const [key, value] of Object.entries(extra)) {
        const current = out[key];
        if (mapping_isMapping(current) && mapping_isMapping(value))
            out[key] = mergeConfig(current, value);
        else if (Array.isArray(current) && Array.isArray(value))
            out[key] = appendUnique(current, value);
        else
            out[key] = value;
    }
    return out;
}
function appendUnique(current, extra) {
    const seen = new Set(current.map((item) => JSON.stringify(item)));
    const out = [...current];
    for (const item of extra) {
        const key = JSON.stringify(item);
        if (!seen.has(key)) {
            seen.add(key);
            out.push(item);
        }
    }
    return out;
}
/** Keys whose string value names a file on the host, wherever they appear (Image Customizer 0.18 to 1.6). */
const FILE_KEYS = new Set(['source', 'sshPublicKeyPaths', 'selinuxPolicyPath']);
/** `path` names a file only under these top-level sections (elsewhere it is a mount point in the image). */
const PATH_SECTIONS = ['/scripts/', '/baseConfigs/', '/input/', '/output/'];
/**
 * The places where extra-config names a file on the host, as JSON pointers.
 * The generated config lives in a temporary folder and only the inputs are
 * mounted, so such a file would not be found by Image Customizer. Pure.
 */
function fileReferences(value, pointer = '') {
    if (Array.isArray(value))
        return value.flatMap((item, i) => fileReferences(item, `${pointer}/${i}`));
    if (!mapping_isMapping(value))
        return [];
    // A password given as a file: { type: plain-text-file | hashed-file, value: <path> }.
    const passwordFile = typeof value.type === 'string' && value.type.endsWith('-file') && typeof value.value === 'string';
    return Object.entries(value).flatMap(([key, child]) => {
        const here = `${pointer}/${key}`;
        const names = (FILE_KEYS.has(key) && (typeof child === 'string' || Array.isArray(child))) ||
            (key === 'path' &&
                typeof child === 'string' &&
                PATH_SECTIONS.some((section) => pointer.startsWith(section) || `${pointer}/`.startsWith(section))) ||
            (key === 'value' && passwordFile);
        return names ? [here] : fileReferences(child, here);
    });
}
/**
 * The live OS's last console= argument: Image Customizer appends
 * iso.kernelCommandLine's arguments after the OS's own (liveosisogrub.go,
 * updateGrubCfgForLiveOS), and the last console= is /dev/console. Pure.
 */
function lastConsole(config) {
    const words = (section) => {
        if (!mapping_isMapping(section) || !mapping_isMapping(section.kernelCommandLine))
            return [];
        const extra = section.kernelCommandLine.extraCommandLine;
        return Array.isArray(extra) ? extra.filter((w) => typeof w === 'string') : typeof extra === 'string' ? extra.split(/\s+/) : [];
    };
    return [...words(config.os), ...words(config.iso)].filter((w) => w.startsWith('console=')).at(-1);
}

;// CONCATENATED MODULE: ./build/customizer/argv.js
/** Where things appear inside the container. */
const IN_CONTAINER = {
    config: '/config',
    cosiDir: '/inputs/cosi',
    baseDir: '/inputs/base',
    rpms: '/rpms',
    build: '/build',
    output: '/output',
};
/** The full argv of `<engine> run ...` for Image Customizer. */
function containerArgv(spec) {
    const argv = [spec.engine, 'run', '--rm', '--privileged', '--name', spec.name, '--platform', spec.platform];
    // Image Customizer needs the host's loop devices; before 1.5 it relies on the host /dev.
    if (spec.features.needsDevMount)
        argv.push('-v', '/dev:/dev');
    for (const m of spec.mounts)
        argv.push('-v', `${m.host}:${m.container}${m.readOnly ? ':ro' : ''}`);
    // `--` ends the engine's options (docker and podman parse with cobra/pflag): the image is never read as one.
    argv.push('--', spec.image);
    if (spec.features.needsCommandArgument)
        argv.push('imagecustomizer');
    argv.push('--log-level', spec.logLevel);
    argv.push('--build-dir', IN_CONTAINER.build);
    argv.push('--image-file', spec.imageFile);
    argv.push('--config-file', spec.configFile);
    if (spec.rpmSource)
        argv.push('--rpm-source', spec.rpmSource);
    argv.push('--output-image-file', spec.outputFile);
    argv.push('--output-image-format', 'iso');
    // The action never sends telemetry on the user's behalf.
    if (spec.features.hasDisableTelemetry)
        argv.push('--disable-telemetry');
    return argv;
}
/** A host path that `-v host:container[:ro]` cannot express. */
function unmountablePath(hostPath) {
    return hostPath.includes(':');
}

// EXTERNAL MODULE: ./build/customizer/media.js
var customizer_media = __webpack_require__(3246);
;// CONCATENATED MODULE: ./build/customizer/owned.js
// What extra-config may not do to the ISO the action builds, and what a
// user's own config may not name. The ISO carries exactly one host config,
// the one the action checked: so no other entry may write to a path the
// action owns (the host config, the journal drop-in, the /mnt/trident_cdrom
// link Trident reads the ISO media through, the COSI and the patchable
// placeholder on the media), in any form Image Customizer reads
// (os.additionalFiles and iso.additionalFiles, with content or a source;
// os.additionalDirs), nor to a folder of one (a file there makes the owned
// path impossible to write) nor below one (through the link, or under a file),
// nor, on the media, among Image Customizer's own boot files. Kernel arguments
// from extra-config get the check the kernel-command-line input gets. Pure.






/** A destination as Image Customizer writes it: `//etc/./trident/config.yaml/` is /etc/trident/config.yaml. */
function normalDestination(destination) {
    const normal = external_node_path_.posix.normalize(`/${destination}`);
    return normal.length > 1 ? normal.replace(/\/+$/, '') : normal;
}
/** The paths in the live OS (os) and on the ISO media (iso) that the action writes. */
function ownedPaths(o = {}) {
    return {
        os: [HOST_CONFIG_DESTINATION, JOURNAL_TO_CONSOLE.destination, CDROM_LINK],
        iso: [...(o.cosiDestination ? [normalDestination(o.cosiDestination)] : []), ...(o.patchable ? [placeholder/* PLACEHOLDER_ISO_PATH */.Aw] : [])],
    };
}
/**
 * Where the live OS's systemd would read another definition of Trident's
 * units, and where another `trident` would be found first. trident-install.service
 * runs `trident install`, which reads /etc/trident/config.yaml (microsoft/trident
 * packaging/systemd/trident-install.service); the RPM puts the units in
 * /usr/lib/systemd/system (packaging/rpm/trident.spec, %{_unitdir}). systemd
 * (>= 255, which Trident requires) reads, before that folder, a unit of the
 * same name or drop-ins (`<unit>.d/`, the prefix `trident-.service.d/`, and
 * `service.d/` for every service) from the folders below (systemd.unit(5),
 * "Unit File Load Path"); /run is a tmpfs at boot, so the image's /run is
 * never read. A command without a path in ExecStart is looked up in
 * /usr/local/sbin, /usr/local/bin, /usr/sbin, /usr/bin (systemd.service(5),
 * "Command lines"). None of these may exist in the live OS (an empty folder is
 * fine); the package's own unit and /usr/bin/trident are Trident's.
 */
function bootOverridePaths() {
    const early = ['/etc/systemd/system.control', '/etc/systemd/system', '/etc/systemd/system.attached', '/usr/local/lib/systemd/system'];
    const paths = [];
    for (const dir of early)
        paths.push(...PROCEDURE_SERVICES.flatMap((unit) => [`${dir}/${unit}`, `${dir}/${unit}.d`]), `${dir}/trident-.service.d`, `${dir}/service.d`);
    paths.push(...PROCEDURE_SERVICES.map((unit) => `/usr/lib/systemd/system/${unit}.d`), '/usr/lib/systemd/system/trident-.service.d');
    paths.push('/usr/local/sbin/trident', '/usr/local/bin/trident', '/usr/sbin/trident');
    return paths;
}
/** Live OS paths an overlay may not cover: what the action writes, the ISO's mount the link leads to, and where boot overrides would be. */
function overlayProtected() {
    return [HOST_CONFIG_DESTINATION, JOURNAL_TO_CONSOLE.destination, CDROM_LINK, CDROM_LINK_TARGET, ...bootOverridePaths()];
}
/** `p` is the folder `dir` or a path inside it (live OS and media paths, POSIX). */
function within(dir, p) {
    return p === dir || p.startsWith(dir === '/' ? '/' : `${dir}/`);
}
/** `inner` is below `outer` (a path inside the folder `outer`, not the folder itself). */
function isBelow(outer, inner) {
    return inner !== outer && within(outer, inner);
}
/**
 * extra-config entries that would, at boot, make Trident read another config
 * or hide what the action wrote: a file where systemd reads another definition
 * of Trident's units or another `trident` (bootOverridePaths), and an
 * os.overlays mount over any of those or over a path the action writes.
 */
function bootOverrideProblems(extra) {
    const problems = [];
    const overrides = bootOverridePaths();
    for (const key of ['additionalFiles', 'additionalDirs']) {
        listAt(extra, 'os', key).forEach((entry, i) => {
            if (!mapping_isMapping(entry) || typeof entry.destination !== 'string')
                return;
            const destination = normalDestination(entry.destination);
            const hit = overrides.find((p) => within(p, destination));
            if (hit)
                problems.push({
                    pointer: `/os/${key}/${i}/destination`,
                    message: `writes ${destination}, where systemd or the live OS would find another definition of Trident's units or another trident (${hit}); the installer runs Trident's own units with the host config the action checked`,
                });
        });
    }
    listAt(extra, 'os', 'overlays').forEach((entry, i) => {
        if (!mapping_isMapping(entry) || typeof entry.mountPoint !== 'string')
            return;
        const mountPoint = normalDestination(entry.mountPoint);
        const covered = overlayProtected().filter((p) => within(mountPoint, p) || within(p, mountPoint));
        if (covered.length > 0)
            problems.push({
                pointer: `/os/overlays/${i}/mountPoint`,
                message: `mounts an overlay at ${mountPoint}, over ${covered.slice(0, 3).join(', ')}${covered.length > 3 ? ', …' : ''}: at boot it would hide what the action wrote or change which config Trident reads; mount it elsewhere`,
            });
    });
    return problems;
}
function listAt(config, section, key) {
    const holder = config[section];
    if (!mapping_isMapping(holder))
        return [];
    const list = holder[key];
    return Array.isArray(list) ? list : [];
}
/** Entries of extra-config that would write where the action writes, over a folder of it, or below it. */
function ownedPathProblems(extra, owned) {
    const problems = [];
    for (const section of ['os', 'iso']) {
        const mine = owned[section];
        for (const key of ['additionalFiles', 'additionalDirs']) {
            listAt(extra, section, key).forEach((entry, i) => {
                if (!mapping_isMapping(entry) || typeof entry.destination !== 'string')
                    return;
                const destination = normalDestination(entry.destination);
                const pointer = `/${section}/${key}/${i}/destination`;
                const media = section === 'iso' ? (0,customizer_media/* customizerMediaDir */.T)(destination) : undefined;
                const message = media
                    ? `writes ${destination}, under ${media}, where Image Customizer puts the ISO's own boot files and live OS and copies additional files over them; choose another destination`
                    : clash(key, destination, mine);
                if (message)
                    problems.push({ pointer, message });
            });
        }
    }
    return problems;
}
/** Why writing `destination` (a file, or a folder copied) touches a path the action owns, or undefined. */
function clash(key, destination, mine) {
    const same = mine.find((p) => p === destination);
    if (same && key === 'additionalFiles')
        return `writes ${destination}, which the action writes itself (${describe(destination)}); the ISO carries exactly one, the one the action checked`;
    const covered = mine.filter((p) => within(destination, p));
    if (covered.length > 0) {
        return key === 'additionalDirs'
            ? `copies a folder over ${destination}, which holds ${covered.join(', ')}, written by the action itself; give the files one by one elsewhere`
            : `writes a file at ${destination}, a folder of ${covered.join(', ')}, which the action writes itself (${describe(covered[0] ?? '')}); choose another destination`;
    }
    const over = mine.find((p) => isBelow(p, destination));
    if (over)
        return `writes ${destination}, below ${over}, which the action writes itself (${describe(over)}); what is there is the action's, choose another destination`;
    return undefined;
}
function describe(destination) {
    if (destination === HOST_CONFIG_DESTINATION)
        return 'the host config Trident reads: give it as host-config';
    if (destination === JOURNAL_TO_CONSOLE.destination)
        return 'the journal on the console';
    if (destination === CDROM_LINK)
        return 'the link to the ISO media, through which Trident reads the COSI';
    if (destination === placeholder/* PLACEHOLDER_ISO_PATH */.Aw)
        return "the host config's placeholder with patchable";
    return 'the COSI, from the cosi input';
}
/** extra-config's kernel arguments (os and iso extraCommandLine, a list or a string), each checked as kernel-command-line's words are. */
function kernelArgumentProblems(extra) {
    const problems = [];
    for (const section of ['os', 'iso']) {
        const holder = extra[section];
        if (!mapping_isMapping(holder) || !mapping_isMapping(holder.kernelCommandLine))
            continue;
        const pointer = `/${section}/kernelCommandLine/extraCommandLine`;
        const value = holder.kernelCommandLine.extraCommandLine;
        const items = Array.isArray(value)
            ? value.map((v, i) => [`${pointer}/${i}`, v])
            : value === undefined
                ? []
                : [[pointer, value]];
        for (const [at, item] of items) {
            if (typeof item !== 'string')
                continue; // the schema check says what type it must be
            const words = item.split(/\s+/).filter(Boolean);
            const bad = words.find((w) => !input_types/* KERNEL_ARG */.$q.test(w));
            if (bad !== undefined)
                problems.push({ pointer: at, message: `holds '${bad}': kernel arguments may use letters, digits and _ . , : = / + @ % - only` });
            else if (Array.isArray(value) && words.length !== 1)
                problems.push({ pointer: at, message: `holds ${words.length} arguments in one entry; give one argument per list item` });
        }
    }
    return problems;
}
/** Every file a config names on the host (fileReferences), with the path as written. */
function namedFiles(config) {
    const out = [];
    for (const pointer of fileReferences(config)) {
        const value = valueAt(config, pointer);
        for (const file of Array.isArray(value) ? value : [value])
            if (typeof file === 'string')
                out.push({ pointer, file });
    }
    return out;
}
/** Whether `file` (absolute) is `dir` or inside it. */
function isInside(dir, file) {
    return file === dir || file.startsWith(dir.endsWith(external_node_path_.sep) ? dir : `${dir}${external_node_path_.sep}`);
}
function valueAt(value, pointer) {
    let here = value;
    for (const segment of pointer.split('/').slice(1)) {
        const key = segment.replaceAll('~1', '/').replaceAll('~0', '~');
        here = Array.isArray(here) ? here[Number(key)] : mapping_isMapping(here) ? here[key] : undefined;
    }
    return here;
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
;// CONCATENATED MODULE: ./build/context/yaml.js
// YAML a user wrote (a config file, inline extra-config, a host config),
// read with the yaml package: mappings checked as mappings, syntax errors
// reported by their reason and their position, each said once.
//
// Every YAML document a user gave goes through boundedDocument: the yaml
// package's own duplicate-key check is quadratic in a mapping's size (256 KiB
// of keys took 22 s), so documents are parsed without it, then one linear
// walk counts the nodes (capped) and finds duplicate keys; aliases expanded
// into data are capped too. With the file size caps (limits.ts) that bounds
// the time any YAML input costs.




/** Parses YAML text with the caps above; the problem's position is 1-based. Pure. */
function boundedDocument(text, lineCounter) {
    const doc = (0,dist/* parseDocument */.Tp)(text, { uniqueKeys: false, prettyErrors: true, ...(lineCounter ? { lineCounter } : {}) });
    const first = doc.errors[0];
    if (first)
        return { problem: yaml_yamlErrorParts(first) };
    let nodes = 0;
    let problem;
    (0,dist/* visit */.YR)(doc, (_key, node) => {
        if (++nodes > limits/* COUNT_LIMITS */.f5.yamlNodes) {
            problem = { reason: `more than ${limits/* COUNT_LIMITS */.f5.yamlNodes} YAML nodes, far more than this kind of file holds` };
            return dist/* visit */.YR.BREAK;
        }
        if ((0,dist/* isMap */.jh)(node)) {
            const seen = new Set();
            for (const pair of node.items) {
                if (!(0,dist/* isScalar */.jn)(pair.key))
                    continue;
                const key = `${typeof pair.key.value}:${String(pair.key.value)}`;
                if (seen.has(key)) {
                    problem = { reason: 'Map keys must be unique', ...(pair.key.range ? { offset: pair.key.range[0] } : {}) };
                    return dist/* visit */.YR.BREAK;
                }
                seen.add(key);
            }
        }
        return undefined;
    });
    if (!problem)
        return { doc };
    const pos = problem.offset !== undefined ? lineCounter?.linePos(problem.offset) : undefined;
    return { problem: { reason: problem.reason, ...(pos ? { line: pos.line, column: pos.col } : {}) } };
}
/** The data of a bounded document (aliases expanded at most COUNT_LIMITS.yamlAliases times); throws on a refused one. */
function parseBoundedYaml(text) {
    const parsed = boundedDocument(text);
    if (parsed.problem)
        throw new Error(parsed.problem.reason);
    return parsed.doc.toJS({ maxAliasCount: limits/* COUNT_LIMITS */.f5.yamlAliases });
}

/** A YAML error's reason (its first line, without the position the yaml package appends to it) and its 1-based position. */
function yaml_yamlErrorParts(error) {
    const reason = (error.message.split('\n')[0] ?? error.message).replace(/ at line \d+, column \d+:?$/, '');
    const pos = error.linePos?.[0];
    return pos ? { reason, line: pos.line, column: pos.col } : { reason };
}
/**
 * Parses YAML that must be a mapping (extra-config, a user's Image Customizer
 * config). A syntax error names the input and, for a file, where in it.
 */
function parseYamlMapping(text, input, file) {
    const what = file ? `${file} is` : 'is';
    const refuse = (reason, line, column) => {
        const where = line === undefined ? '' : ` at line ${line}, column ${column ?? 1}`;
        throw new errors/* InputError */.d(input, `${what} not valid YAML${where}: ${reason}`, file ? { file, ...(line === undefined ? {} : { line }), ...(column === undefined ? {} : { column }) } : undefined);
    };
    const parsed = boundedDocument(text, new dist/* LineCounter */.HN());
    if (parsed.problem)
        return refuse(parsed.problem.reason, parsed.problem.line, parsed.problem.column);
    let value;
    try {
        value = parsed.doc.toJS({ maxAliasCount: limits/* COUNT_LIMITS */.f5.yamlAliases });
    }
    catch (error) {
        return refuse((0,errors/* errorMessage */.g)(error).split('\n')[0] ?? '');
    }
    if (!mapping_isMapping(value)) {
        throw new errors/* InputError */.d(input, `${what} not a YAML mapping: give keys such as os:, iso:, storage:.`, file ? { file } : undefined);
    }
    return value;
}

;// CONCATENATED MODULE: ./build/customizer/package-lists.js
// os.packages.installLists, removeLists and updateLists: fields Image
// Customizer reads from YAML only (`json:"-"` in
// toolkit/tools/imagecustomizerapi/packages.go, v0.18.0 and v1.6.0 alike), so
// its schema.json lacks them although the tool accepts them. Each names files
// of the form `packages: [name, ...]`, decoded strictly (imagecustomizerapi/
// packagelist.go, utils.go: KnownFields), relative to the config's folder
// (internal/file/file.go GetAbsPathWithBase). The schema checks the config
// without them; this module checks them and reads their files.





const PACKAGE_LIST_KEYS = ['installLists', 'removeLists', 'updateLists'];
/** The config without the YAML-only fields (for the schema), the lists they name, and what is malformed about them. Pure. */
function splitPackageLists(config) {
    const os = config.os;
    if (!mapping_isMapping(os) || !mapping_isMapping(os.packages))
        return { rest: config, refs: [], problems: [] };
    const packages = { ...os.packages };
    const refs = [];
    const problems = [];
    for (const key of PACKAGE_LIST_KEYS) {
        if (!(key in packages))
            continue;
        const value = packages[key];
        delete packages[key];
        const at = `/os/packages/${key}`;
        if (value === null)
            continue;
        if (!Array.isArray(value)) {
            problems.push({ path: at, message: 'must be a list of file paths' });
            continue;
        }
        value.forEach((item, i) => {
            if (typeof item === 'string' && item.trim() !== '')
                refs.push({ key, path: item, pointer: `${at}/${i}` });
            else
                problems.push({ path: `${at}/${i}`, message: 'must be a file path' });
        });
    }
    return { rest: { ...config, os: { ...os, packages } }, refs, problems };
}
/** The packages of a list file's text, or what is wrong with it (never its content: it may not be a list at all). Pure. */
function parsePackageList(text) {
    let value;
    try {
        value = parseBoundedYaml(text);
    }
    catch (error) {
        return { error: `is not valid YAML (${(0,errors/* errorMessage */.g)(error).split('\n')[0] ?? ''})` };
    }
    if (!mapping_isMapping(value))
        return { error: 'must be a YAML mapping with one key, `packages:`, a list of package names' };
    const unknown = Object.keys(value).filter((k) => k !== 'packages');
    if (unknown.length > 0)
        return { error: `has unknown key ${unknown.map((k) => `'${k.slice(0, 40)}'`).join(', ')} (Image Customizer reads only \`packages:\`)` };
    const packages = value.packages ?? [];
    if (!Array.isArray(packages))
        return { error: '`packages:` must be a list of package names' };
    const names = [];
    for (const item of packages) {
        if (typeof item !== 'string' && typeof item !== 'number')
            return { error: '`packages:` must list package names only' };
        names.push(String(item));
    }
    return { packages: names };
}
/**
 * Reads each list file. `base` is the folder relative paths start from, and
 * every file must lie inside it (for `config`, the one folder mounted into
 * the container). Returns the lists read and the problems found.
 */
async function readPackageLists(refs, base) {
    const lists = [];
    const problems = [];
    const realBase = await (0,promises_.realpath)(base);
    for (const ref of refs) {
        const file = external_node_path_.resolve(base, ref.path);
        const at = (message) => problems.push({ path: ref.pointer, message: `'${ref.path}' ${message}` });
        const real = await (0,promises_.realpath)(file).catch(() => undefined);
        if (!real || !(await (0,promises_.stat)(real)).isFile()) {
            at(`does not exist or is not a file (relative paths start at ${base})`);
            continue;
        }
        if (real !== realBase && !real.startsWith(`${realBase}${external_node_path_.sep}`)) {
            at(`is outside ${base}; only that folder is available to Image Customizer: move the list into it`);
            continue;
        }
        let text;
        try {
            text = await (0,limits/* readTextBounded */.LW)(real, 'packageList');
        }
        catch (error) {
            at((0,errors/* errorMessage */.g)(error));
            continue;
        }
        const parsed = parsePackageList(text);
        if ('error' in parsed)
            at(parsed.error);
        else
            lists.push({ ...ref, file: real, packages: parsed.packages });
    }
    return { lists, problems };
}

;// CONCATENATED MODULE: ./build/iso/source.js
// Random access to bytes: a file, a buffer, or a slice of either. The ISO
// 9660 reader and the COSI reader read through this, so a COSI can be read
// where it lies inside an ISO without copying it out.

/** Reads exactly `length` bytes from a file handle unless the file ends first. */
async function readAt(handle, position, length) {
    const buffer = Buffer.alloc(length);
    let filled = 0;
    while (filled < length) {
        const { bytesRead } = await handle.read(buffer, filled, length - filled, position + filled);
        if (bytesRead === 0)
            break;
        filled += bytesRead;
    }
    return buffer.subarray(0, filled);
}
/** A file opened for reading; close it when done. */
async function openFileSource(file) {
    // O_NONBLOCK: a FIFO given as the ISO does not block the open (reading it then fails instead of waiting).
    const handle = await (0,promises_.open)(file, promises_.constants.O_RDONLY | promises_.constants.O_NONBLOCK);
    try {
        const { size } = await handle.stat();
        return {
            size,
            read: (position, length) => readAt(handle, position, clamp(position, length, size)),
            close: () => handle.close(),
        };
    }
    catch (error) {
        await handle.close();
        throw error;
    }
}
function bufferSource(buffer) {
    return {
        size: buffer.length,
        read: (position, length) => Promise.resolve(buffer.subarray(position, position + clamp(position, length, buffer.length))),
    };
}
/** `size` bytes of `source` from `offset`, as a source of its own. */
function sliceSource(source, offset, size) {
    if (offset < 0 || size < 0 || offset + size > source.size)
        throw new RangeError(`slice ${offset}+${size} is outside a source of ${source.size} bytes`);
    return { size, read: (position, length) => source.read(offset + position, clamp(position, length, size)) };
}
function clamp(position, length, size) {
    if (position < 0 || length < 0)
        throw new RangeError(`read of ${length} bytes at ${position}`);
    return Math.max(0, Math.min(length, size - position));
}

;// CONCATENATED MODULE: ./build/data/schemas/cosi-metadata-v1.2.schema.json
const cosi_metadata_v1_2_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://raw.githubusercontent.com/microsoft/trident/main/docs/Reference/Composable-OS-Image/cosi-metadata-v1.2.schema.json","title":"COSI Metadata (v1.2)","description":"JSON Schema for the `metadata.json` file of a Composable OS Image (COSI), COSI Specification revision 1.2. Derived from docs/Reference/Composable-OS-Image.md. Per the spec, readers MUST ignore unknown fields, so this schema does not forbid additional properties.","type":"object","required":["version","osArch","osRelease","images","disk","osPackages","bootloader","compression"],"properties":{"version":{"description":"The version of the metadata schema, in MAJOR.MINOR form. This schema targets revision 1.2.","type":"string","const":"1.2"},"osArch":{"description":"The architecture of the OS, using the names reported by `uname -m`. Case-insensitive; common aliases are accepted.","type":"string","pattern":"^(?:[Xx]86_64|[Xx]64|[Aa][Mm][Dd]64|[Aa][Rr][Mm]64|[Aa][Aa][Rr][Cc][Hh]64)$"},"osRelease":{"description":"The contents of `/etc/os-release` verbatim.","type":"string"},"images":{"description":"Filesystem metadata for each filesystem in the image.","type":"array","items":{"$ref":"#/$defs/Filesystem"}},"disk":{"description":"Original disk metadata.","$ref":"#/$defs/Disk"},"osPackages":{"description":"The list of packages installed in the OS.","type":"array","items":{"$ref":"#/$defs/OsPackage"}},"bootloader":{"description":"Information about the bootloader used by the OS.","$ref":"#/$defs/Bootloader"},"id":{"description":"A unique identifier for the COSI file (UUID, case-insensitive).","type":"string","pattern":"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"},"compression":{"description":"Compression metadata for the COSI file.","$ref":"#/$defs/Compression"}},"$defs":{"ImageFile":{"type":"object","required":["path","compressedSize","uncompressedSize","sha384"],"properties":{"path":{"description":"Path of the compressed image file inside the tar file. MUST start with `images/`.","type":"string","pattern":"^images/.+"},"compressedSize":{"description":"Size of the compressed image in bytes.","type":"integer","minimum":0},"uncompressedSize":{"description":"Size of the raw uncompressed image in bytes.","type":"integer","minimum":0},"sha384":{"description":"SHA-384 hash of the compressed image (96 hex characters, case-insensitive).","type":"string","pattern":"^[0-9a-fA-F]{96}$"}}},"VerityConfig":{"type":"object","required":["image","roothash"],"properties":{"image":{"description":"Details of the hash partition image file in the tar file.","$ref":"#/$defs/ImageFile"},"roothash":{"description":"Verity root hash.","type":"string"}}},"Filesystem":{"type":"object","required":["image","mountPoint","fsType","fsUuid","partType"],"properties":{"image":{"description":"Details of the image file in the tar file.","$ref":"#/$defs/ImageFile"},"mountPoint":{"description":"The mount point of the filesystem.","type":"string"},"fsType":{"description":"The filesystem type, using the name recognized by the kernel (e.g. `ext4`, `vfat`).","type":"string","minLength":1},"fsUuid":{"description":"The UUID of the filesystem. Can be a proper UUID or a filesystem-specific identifier (e.g. a FAT volume serial such as `C3D4-250D`). MUST be unique across all filesystems.","type":"string","minLength":1},"partType":{"description":"The GPT partition type, as a UUID (case-insensitive). The ESP MUST be `c12a7328-f81f-11d2-ba4b-00a0c93ec93b`. Defaults to Generic Linux Data `0fc63daf-8483-4772-8e79-3d69d8477de4` when the type cannot be determined.","type":"string","pattern":"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"},"verity":{"description":"The verity metadata of the filesystem. MUST be specified if the OS opens this filesystem with dm-verity; otherwise omitted or null.","oneOf":[{"$ref":"#/$defs/VerityConfig"},{"type":"null"}]}}},"Disk":{"type":"object","required":["size","type","lbaSize"],"properties":{"size":{"description":"Size of the original disk in bytes. MUST be a multiple of `lbaSize`.","type":"integer","minimum":0},"type":{"description":"Partitioning type of the original disk. Currently only `gpt` is supported.","type":"string","enum":["gpt"]},"lbaSize":{"description":"The size of a logical block address (LBA) in bytes. Must be 512 or 4096.","type":"integer","enum":[512,4096]},"gptRegions":{"description":"Regions in the GPT disk, ordered by increasing start LBA (primary-gpt first). Required when `type` == `gpt`.","type":"array","minItems":1,"prefixItems":[{"allOf":[{"$ref":"#/$defs/GptDiskRegion"},{"properties":{"type":{"const":"primary-gpt"}},"required":["type"]}]}],"items":{"$ref":"#/$defs/GptDiskRegion"},"contains":{"properties":{"type":{"const":"primary-gpt"}},"required":["type"]},"minContains":1,"maxContains":1}},"if":{"properties":{"type":{"const":"gpt"}},"required":["type"]},"then":{"required":["gptRegions"]}},"GptDiskRegion":{"type":"object","required":["image","type"],"properties":{"image":{"description":"Details of the image file in the tar file.","$ref":"#/$defs/ImageFile"},"type":{"description":"The type of region this image represents.","type":"string","enum":["primary-gpt","partition"]},"number":{"description":"The partition\'s GPT entry index (1-based). Required when `type` == `partition`.","type":"integer","minimum":1}},"if":{"properties":{"type":{"const":"partition"}},"required":["type"]},"then":{"required":["number"]}},"OsPackage":{"type":"object","required":["name","version","release","arch"],"properties":{"name":{"description":"The name of the package.","type":"string"},"version":{"description":"The version of the package installed.","type":"string"},"release":{"description":"The release of the package.","type":"string"},"arch":{"description":"The architecture of the package, as reported by RPM\'s `%{ARCH}` (e.g. `x86_64` or `aarch64` for architecture-specific packages, or `noarch` for architecture-independent packages).","type":"string"}}},"Bootloader":{"type":"object","required":["type"],"properties":{"type":{"description":"The type of the bootloader.","type":"string","enum":["systemd-boot","grub"]},"systemdBoot":{"description":"systemd-boot configuration. Required when `type` == `systemd-boot`; otherwise omitted or null.","oneOf":[{"$ref":"#/$defs/SystemDBoot"},{"type":"null"}]}},"if":{"properties":{"type":{"const":"systemd-boot"}},"required":["type"]},"then":{"required":["systemdBoot"],"properties":{"systemdBoot":{"$ref":"#/$defs/SystemDBoot"}}},"else":{"properties":{"systemdBoot":{"type":"null"}}}},"SystemDBoot":{"type":"object","required":["entries"],"properties":{"entries":{"description":"The contents of the `loader/entries/*.conf` files in the systemd-boot EFI partition.","type":"array","minItems":1,"items":{"$ref":"#/$defs/SystemDBootEntry"}}}},"SystemDBootEntry":{"type":"object","required":["type","path","cmdline","kernel"],"properties":{"type":{"description":"The type of the entry.","type":"string","enum":["uki-standalone","uki-config","config"]},"path":{"description":"Absolute path (from the root FS) to the UKI or config.","type":"string"},"cmdline":{"description":"The kernel command line.","type":"string"},"kernel":{"description":"Kernel release as a string.","type":"string"}}},"Compression":{"type":"object","required":["maxWindowLog"],"properties":{"maxWindowLog":{"description":"The maximum zstd `windowLog` (the power-of-2 exponent, not the window size in bytes) used across all images in the COSI file.","type":"integer","minimum":0}}}}}');
;// CONCATENATED MODULE: ./build/data/validators/cosi-metadata.js
// GENERATED by scripts/compile-schemas.ts (npm run schemas) from a COSI's metadata.json (cosi-metadata-v1.2.schema.json, its $refs inlined), with Ajv's standalone code. Do not edit.

function ucs2length(s) {
  let n = 0;
  for (const _ of s) n++;
  return n;
}

const schema31 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://raw.githubusercontent.com/microsoft/trident/main/docs/Reference/Composable-OS-Image/cosi-metadata-v1.2.schema.json","title":"COSI Metadata (v1.2)","description":"JSON Schema for the `metadata.json` file of a Composable OS Image (COSI), COSI Specification revision 1.2. Derived from docs/Reference/Composable-OS-Image.md. Per the spec, readers MUST ignore unknown fields, so this schema does not forbid additional properties.","type":"object","required":["version","osArch","osRelease","images","disk","osPackages","bootloader","compression"],"properties":{"version":{"description":"The version of the metadata schema, in MAJOR.MINOR form. This schema targets revision 1.2.","type":"string","const":"1.2"},"osArch":{"description":"The architecture of the OS, using the names reported by `uname -m`. Case-insensitive; common aliases are accepted.","type":"string","pattern":"^(?:[Xx]86_64|[Xx]64|[Aa][Mm][Dd]64|[Aa][Rr][Mm]64|[Aa][Aa][Rr][Cc][Hh]64)$"},"osRelease":{"description":"The contents of `/etc/os-release` verbatim.","type":"string"},"images":{"description":"Filesystem metadata for each filesystem in the image.","type":"array","items":{"type":"object","required":["image","mountPoint","fsType","fsUuid","partType"],"properties":{"image":{"type":"object","required":["path","compressedSize","uncompressedSize","sha384"],"properties":{"path":{"description":"Path of the compressed image file inside the tar file. MUST start with `images/`.","type":"string","pattern":"^images/.+"},"compressedSize":{"description":"Size of the compressed image in bytes.","type":"integer","minimum":0},"uncompressedSize":{"description":"Size of the raw uncompressed image in bytes.","type":"integer","minimum":0},"sha384":{"description":"SHA-384 hash of the compressed image (96 hex characters, case-insensitive).","type":"string","pattern":"^[0-9a-fA-F]{96}$"}},"description":"Details of the image file in the tar file."},"mountPoint":{"description":"The mount point of the filesystem.","type":"string"},"fsType":{"description":"The filesystem type, using the name recognized by the kernel (e.g. `ext4`, `vfat`).","type":"string","minLength":1},"fsUuid":{"description":"The UUID of the filesystem. Can be a proper UUID or a filesystem-specific identifier (e.g. a FAT volume serial such as `C3D4-250D`). MUST be unique across all filesystems.","type":"string","minLength":1},"partType":{"description":"The GPT partition type, as a UUID (case-insensitive). The ESP MUST be `c12a7328-f81f-11d2-ba4b-00a0c93ec93b`. Defaults to Generic Linux Data `0fc63daf-8483-4772-8e79-3d69d8477de4` when the type cannot be determined.","type":"string","pattern":"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"},"verity":{"description":"The verity metadata of the filesystem. MUST be specified if the OS opens this filesystem with dm-verity; otherwise omitted or null.","oneOf":[{"type":"object","required":["image","roothash"],"properties":{"image":{"type":"object","required":["path","compressedSize","uncompressedSize","sha384"],"properties":{"path":{"description":"Path of the compressed image file inside the tar file. MUST start with `images/`.","type":"string","pattern":"^images/.+"},"compressedSize":{"description":"Size of the compressed image in bytes.","type":"integer","minimum":0},"uncompressedSize":{"description":"Size of the raw uncompressed image in bytes.","type":"integer","minimum":0},"sha384":{"description":"SHA-384 hash of the compressed image (96 hex characters, case-insensitive).","type":"string","pattern":"^[0-9a-fA-F]{96}$"}},"description":"Details of the hash partition image file in the tar file."},"roothash":{"description":"Verity root hash.","type":"string"}}},{"type":"null"}]}}}},"disk":{"type":"object","required":["size","type","lbaSize"],"properties":{"size":{"description":"Size of the original disk in bytes. MUST be a multiple of `lbaSize`.","type":"integer","minimum":0},"type":{"description":"Partitioning type of the original disk. Currently only `gpt` is supported.","type":"string","enum":["gpt"]},"lbaSize":{"description":"The size of a logical block address (LBA) in bytes. Must be 512 or 4096.","type":"integer","enum":[512,4096]},"gptRegions":{"description":"Regions in the GPT disk, ordered by increasing start LBA (primary-gpt first). Required when `type` == `gpt`.","type":"array","minItems":1,"prefixItems":[{"allOf":[{"type":"object","required":["image","type"],"properties":{"image":{"type":"object","required":["path","compressedSize","uncompressedSize","sha384"],"properties":{"path":{"description":"Path of the compressed image file inside the tar file. MUST start with `images/`.","type":"string","pattern":"^images/.+"},"compressedSize":{"description":"Size of the compressed image in bytes.","type":"integer","minimum":0},"uncompressedSize":{"description":"Size of the raw uncompressed image in bytes.","type":"integer","minimum":0},"sha384":{"description":"SHA-384 hash of the compressed image (96 hex characters, case-insensitive).","type":"string","pattern":"^[0-9a-fA-F]{96}$"}},"description":"Details of the image file in the tar file."},"type":{"description":"The type of region this image represents.","type":"string","enum":["primary-gpt","partition"]},"number":{"description":"The partition's GPT entry index (1-based). Required when `type` == `partition`.","type":"integer","minimum":1}},"if":{"properties":{"type":{"const":"partition"}},"required":["type"]},"then":{"required":["number"]}},{"properties":{"type":{"const":"primary-gpt"}},"required":["type"]}]}],"items":{"type":"object","required":["image","type"],"properties":{"image":{"type":"object","required":["path","compressedSize","uncompressedSize","sha384"],"properties":{"path":{"description":"Path of the compressed image file inside the tar file. MUST start with `images/`.","type":"string","pattern":"^images/.+"},"compressedSize":{"description":"Size of the compressed image in bytes.","type":"integer","minimum":0},"uncompressedSize":{"description":"Size of the raw uncompressed image in bytes.","type":"integer","minimum":0},"sha384":{"description":"SHA-384 hash of the compressed image (96 hex characters, case-insensitive).","type":"string","pattern":"^[0-9a-fA-F]{96}$"}},"description":"Details of the image file in the tar file."},"type":{"description":"The type of region this image represents.","type":"string","enum":["primary-gpt","partition"]},"number":{"description":"The partition's GPT entry index (1-based). Required when `type` == `partition`.","type":"integer","minimum":1}},"if":{"properties":{"type":{"const":"partition"}},"required":["type"]},"then":{"required":["number"]}},"contains":{"properties":{"type":{"const":"primary-gpt"}},"required":["type"]},"minContains":1,"maxContains":1}},"if":{"properties":{"type":{"const":"gpt"}},"required":["type"]},"then":{"required":["gptRegions"]},"description":"Original disk metadata."},"osPackages":{"description":"The list of packages installed in the OS.","type":"array","items":{"type":"object","required":["name","version","release","arch"],"properties":{"name":{"description":"The name of the package.","type":"string"},"version":{"description":"The version of the package installed.","type":"string"},"release":{"description":"The release of the package.","type":"string"},"arch":{"description":"The architecture of the package, as reported by RPM's `%{ARCH}` (e.g. `x86_64` or `aarch64` for architecture-specific packages, or `noarch` for architecture-independent packages).","type":"string"}}}},"bootloader":{"type":"object","required":["type"],"properties":{"type":{"description":"The type of the bootloader.","type":"string","enum":["systemd-boot","grub"]},"systemdBoot":{"description":"systemd-boot configuration. Required when `type` == `systemd-boot`; otherwise omitted or null.","oneOf":[{"type":"object","required":["entries"],"properties":{"entries":{"description":"The contents of the `loader/entries/*.conf` files in the systemd-boot EFI partition.","type":"array","minItems":1,"items":{"type":"object","required":["type","path","cmdline","kernel"],"properties":{"type":{"description":"The type of the entry.","type":"string","enum":["uki-standalone","uki-config","config"]},"path":{"description":"Absolute path (from the root FS) to the UKI or config.","type":"string"},"cmdline":{"description":"The kernel command line.","type":"string"},"kernel":{"description":"Kernel release as a string.","type":"string"}}}}}},{"type":"null"}]}},"if":{"properties":{"type":{"const":"systemd-boot"}},"required":["type"]},"then":{"required":["systemdBoot"],"properties":{"systemdBoot":{"type":"object","required":["entries"],"properties":{"entries":{"description":"The contents of the `loader/entries/*.conf` files in the systemd-boot EFI partition.","type":"array","minItems":1,"items":{"type":"object","required":["type","path","cmdline","kernel"],"properties":{"type":{"description":"The type of the entry.","type":"string","enum":["uki-standalone","uki-config","config"]},"path":{"description":"Absolute path (from the root FS) to the UKI or config.","type":"string"},"cmdline":{"description":"The kernel command line.","type":"string"},"kernel":{"description":"Kernel release as a string.","type":"string"}}}}}}}},"else":{"properties":{"systemdBoot":{"type":"null"}}},"description":"Information about the bootloader used by the OS."},"id":{"description":"A unique identifier for the COSI file (UUID, case-insensitive).","type":"string","pattern":"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"},"compression":{"type":"object","required":["maxWindowLog"],"properties":{"maxWindowLog":{"description":"The maximum zstd `windowLog` (the power-of-2 exponent, not the window size in bytes) used across all images in the COSI file.","type":"integer","minimum":0}},"description":"Compression metadata for the COSI file."}}};const pattern4 = new RegExp("^(?:[Xx]86_64|[Xx]64|[Aa][Mm][Dd]64|[Aa][Rr][Mm]64|[Aa][Aa][Rr][Cc][Hh]64)$", "u");const pattern5 = new RegExp("^images/.+", "u");const pattern6 = new RegExp("^[0-9a-fA-F]{96}$", "u");const pattern7 = new RegExp("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$", "u");const func1 = ucs2length;function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){/*# sourceURL="https://raw.githubusercontent.com/microsoft/trident/main/docs/Reference/Composable-OS-Image/cosi-metadata-v1.2.schema.json" */;let vErrors = null;let errors = 0;const evaluated0 = validate20.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}if(data && typeof data == "object" && !Array.isArray(data)){if(data.version === undefined){const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "version"},message:"must have required property '"+"version"+"'"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if(data.osArch === undefined){const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "osArch"},message:"must have required property '"+"osArch"+"'"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}if(data.osRelease === undefined){const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "osRelease"},message:"must have required property '"+"osRelease"+"'"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}if(data.images === undefined){const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "images"},message:"must have required property '"+"images"+"'"};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}if(data.disk === undefined){const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "disk"},message:"must have required property '"+"disk"+"'"};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}if(data.osPackages === undefined){const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "osPackages"},message:"must have required property '"+"osPackages"+"'"};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}if(data.bootloader === undefined){const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "bootloader"},message:"must have required property '"+"bootloader"+"'"};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}if(data.compression === undefined){const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "compression"},message:"must have required property '"+"compression"+"'"};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}if(data.version !== undefined){let data0 = data.version;if(typeof data0 !== "string"){const err8 = {instancePath:instancePath+"/version",schemaPath:"#/properties/version/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}if("1.2" !== data0){const err9 = {instancePath:instancePath+"/version",schemaPath:"#/properties/version/const",keyword:"const",params:{allowedValue: "1.2"},message:"must be equal to constant"};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}if(data.osArch !== undefined){let data1 = data.osArch;if(typeof data1 === "string"){if(!pattern4.test(data1)){const err10 = {instancePath:instancePath+"/osArch",schemaPath:"#/properties/osArch/pattern",keyword:"pattern",params:{pattern: "^(?:[Xx]86_64|[Xx]64|[Aa][Mm][Dd]64|[Aa][Rr][Mm]64|[Aa][Aa][Rr][Cc][Hh]64)$"},message:"must match pattern \""+"^(?:[Xx]86_64|[Xx]64|[Aa][Mm][Dd]64|[Aa][Rr][Mm]64|[Aa][Aa][Rr][Cc][Hh]64)$"+"\""};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}else {const err11 = {instancePath:instancePath+"/osArch",schemaPath:"#/properties/osArch/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}if(data.osRelease !== undefined){if(typeof data.osRelease !== "string"){const err12 = {instancePath:instancePath+"/osRelease",schemaPath:"#/properties/osRelease/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}if(data.images !== undefined){let data3 = data.images;if(Array.isArray(data3)){const len0 = data3.length;for(let i0=0; i0<len0; i0++){let data4 = data3[i0];if(data4 && typeof data4 == "object" && !Array.isArray(data4)){if(data4.image === undefined){const err13 = {instancePath:instancePath+"/images/" + i0,schemaPath:"#/properties/images/items/required",keyword:"required",params:{missingProperty: "image"},message:"must have required property '"+"image"+"'"};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}if(data4.mountPoint === undefined){const err14 = {instancePath:instancePath+"/images/" + i0,schemaPath:"#/properties/images/items/required",keyword:"required",params:{missingProperty: "mountPoint"},message:"must have required property '"+"mountPoint"+"'"};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}if(data4.fsType === undefined){const err15 = {instancePath:instancePath+"/images/" + i0,schemaPath:"#/properties/images/items/required",keyword:"required",params:{missingProperty: "fsType"},message:"must have required property '"+"fsType"+"'"};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}if(data4.fsUuid === undefined){const err16 = {instancePath:instancePath+"/images/" + i0,schemaPath:"#/properties/images/items/required",keyword:"required",params:{missingProperty: "fsUuid"},message:"must have required property '"+"fsUuid"+"'"};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}if(data4.partType === undefined){const err17 = {instancePath:instancePath+"/images/" + i0,schemaPath:"#/properties/images/items/required",keyword:"required",params:{missingProperty: "partType"},message:"must have required property '"+"partType"+"'"};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}if(data4.image !== undefined){let data5 = data4.image;if(data5 && typeof data5 == "object" && !Array.isArray(data5)){if(data5.path === undefined){const err18 = {instancePath:instancePath+"/images/" + i0+"/image",schemaPath:"#/properties/images/items/properties/image/required",keyword:"required",params:{missingProperty: "path"},message:"must have required property '"+"path"+"'"};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}if(data5.compressedSize === undefined){const err19 = {instancePath:instancePath+"/images/" + i0+"/image",schemaPath:"#/properties/images/items/properties/image/required",keyword:"required",params:{missingProperty: "compressedSize"},message:"must have required property '"+"compressedSize"+"'"};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}if(data5.uncompressedSize === undefined){const err20 = {instancePath:instancePath+"/images/" + i0+"/image",schemaPath:"#/properties/images/items/properties/image/required",keyword:"required",params:{missingProperty: "uncompressedSize"},message:"must have required property '"+"uncompressedSize"+"'"};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}if(data5.sha384 === undefined){const err21 = {instancePath:instancePath+"/images/" + i0+"/image",schemaPath:"#/properties/images/items/properties/image/required",keyword:"required",params:{missingProperty: "sha384"},message:"must have required property '"+"sha384"+"'"};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}if(data5.path !== undefined){let data6 = data5.path;if(typeof data6 === "string"){if(!pattern5.test(data6)){const err22 = {instancePath:instancePath+"/images/" + i0+"/image/path",schemaPath:"#/properties/images/items/properties/image/properties/path/pattern",keyword:"pattern",params:{pattern: "^images/.+"},message:"must match pattern \""+"^images/.+"+"\""};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}}else {const err23 = {instancePath:instancePath+"/images/" + i0+"/image/path",schemaPath:"#/properties/images/items/properties/image/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err23];}else {vErrors.push(err23);}errors++;}}if(data5.compressedSize !== undefined){let data7 = data5.compressedSize;if(!(((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7))) && (isFinite(data7)))){const err24 = {instancePath:instancePath+"/images/" + i0+"/image/compressedSize",schemaPath:"#/properties/images/items/properties/image/properties/compressedSize/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err24];}else {vErrors.push(err24);}errors++;}if((typeof data7 == "number") && (isFinite(data7))){if(data7 < 0 || isNaN(data7)){const err25 = {instancePath:instancePath+"/images/" + i0+"/image/compressedSize",schemaPath:"#/properties/images/items/properties/image/properties/compressedSize/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};if(vErrors === null){vErrors = [err25];}else {vErrors.push(err25);}errors++;}}}if(data5.uncompressedSize !== undefined){let data8 = data5.uncompressedSize;if(!(((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8))) && (isFinite(data8)))){const err26 = {instancePath:instancePath+"/images/" + i0+"/image/uncompressedSize",schemaPath:"#/properties/images/items/properties/image/properties/uncompressedSize/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err26];}else {vErrors.push(err26);}errors++;}if((typeof data8 == "number") && (isFinite(data8))){if(data8 < 0 || isNaN(data8)){const err27 = {instancePath:instancePath+"/images/" + i0+"/image/uncompressedSize",schemaPath:"#/properties/images/items/properties/image/properties/uncompressedSize/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};if(vErrors === null){vErrors = [err27];}else {vErrors.push(err27);}errors++;}}}if(data5.sha384 !== undefined){let data9 = data5.sha384;if(typeof data9 === "string"){if(!pattern6.test(data9)){const err28 = {instancePath:instancePath+"/images/" + i0+"/image/sha384",schemaPath:"#/properties/images/items/properties/image/properties/sha384/pattern",keyword:"pattern",params:{pattern: "^[0-9a-fA-F]{96}$"},message:"must match pattern \""+"^[0-9a-fA-F]{96}$"+"\""};if(vErrors === null){vErrors = [err28];}else {vErrors.push(err28);}errors++;}}else {const err29 = {instancePath:instancePath+"/images/" + i0+"/image/sha384",schemaPath:"#/properties/images/items/properties/image/properties/sha384/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err29];}else {vErrors.push(err29);}errors++;}}}else {const err30 = {instancePath:instancePath+"/images/" + i0+"/image",schemaPath:"#/properties/images/items/properties/image/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err30];}else {vErrors.push(err30);}errors++;}}if(data4.mountPoint !== undefined){if(typeof data4.mountPoint !== "string"){const err31 = {instancePath:instancePath+"/images/" + i0+"/mountPoint",schemaPath:"#/properties/images/items/properties/mountPoint/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err31];}else {vErrors.push(err31);}errors++;}}if(data4.fsType !== undefined){let data11 = data4.fsType;if(typeof data11 === "string"){if(func1(data11) < 1){const err32 = {instancePath:instancePath+"/images/" + i0+"/fsType",schemaPath:"#/properties/images/items/properties/fsType/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};if(vErrors === null){vErrors = [err32];}else {vErrors.push(err32);}errors++;}}else {const err33 = {instancePath:instancePath+"/images/" + i0+"/fsType",schemaPath:"#/properties/images/items/properties/fsType/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err33];}else {vErrors.push(err33);}errors++;}}if(data4.fsUuid !== undefined){let data12 = data4.fsUuid;if(typeof data12 === "string"){if(func1(data12) < 1){const err34 = {instancePath:instancePath+"/images/" + i0+"/fsUuid",schemaPath:"#/properties/images/items/properties/fsUuid/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};if(vErrors === null){vErrors = [err34];}else {vErrors.push(err34);}errors++;}}else {const err35 = {instancePath:instancePath+"/images/" + i0+"/fsUuid",schemaPath:"#/properties/images/items/properties/fsUuid/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err35];}else {vErrors.push(err35);}errors++;}}if(data4.partType !== undefined){let data13 = data4.partType;if(typeof data13 === "string"){if(!pattern7.test(data13)){const err36 = {instancePath:instancePath+"/images/" + i0+"/partType",schemaPath:"#/properties/images/items/properties/partType/pattern",keyword:"pattern",params:{pattern: "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"},message:"must match pattern \""+"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"+"\""};if(vErrors === null){vErrors = [err36];}else {vErrors.push(err36);}errors++;}}else {const err37 = {instancePath:instancePath+"/images/" + i0+"/partType",schemaPath:"#/properties/images/items/properties/partType/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err37];}else {vErrors.push(err37);}errors++;}}if(data4.verity !== undefined){let data14 = data4.verity;const _errs30 = errors;let valid5 = false;let passing0 = null;const _errs31 = errors;if(data14 && typeof data14 == "object" && !Array.isArray(data14)){if(data14.image === undefined){const err38 = {instancePath:instancePath+"/images/" + i0+"/verity",schemaPath:"#/properties/images/items/properties/verity/oneOf/0/required",keyword:"required",params:{missingProperty: "image"},message:"must have required property '"+"image"+"'"};if(vErrors === null){vErrors = [err38];}else {vErrors.push(err38);}errors++;}if(data14.roothash === undefined){const err39 = {instancePath:instancePath+"/images/" + i0+"/verity",schemaPath:"#/properties/images/items/properties/verity/oneOf/0/required",keyword:"required",params:{missingProperty: "roothash"},message:"must have required property '"+"roothash"+"'"};if(vErrors === null){vErrors = [err39];}else {vErrors.push(err39);}errors++;}if(data14.image !== undefined){let data15 = data14.image;if(data15 && typeof data15 == "object" && !Array.isArray(data15)){if(data15.path === undefined){const err40 = {instancePath:instancePath+"/images/" + i0+"/verity/image",schemaPath:"#/properties/images/items/properties/verity/oneOf/0/properties/image/required",keyword:"required",params:{missingProperty: "path"},message:"must have required property '"+"path"+"'"};if(vErrors === null){vErrors = [err40];}else {vErrors.push(err40);}errors++;}if(data15.compressedSize === undefined){const err41 = {instancePath:instancePath+"/images/" + i0+"/verity/image",schemaPath:"#/properties/images/items/properties/verity/oneOf/0/properties/image/required",keyword:"required",params:{missingProperty: "compressedSize"},message:"must have required property '"+"compressedSize"+"'"};if(vErrors === null){vErrors = [err41];}else {vErrors.push(err41);}errors++;}if(data15.uncompressedSize === undefined){const err42 = {instancePath:instancePath+"/images/" + i0+"/verity/image",schemaPath:"#/properties/images/items/properties/verity/oneOf/0/properties/image/required",keyword:"required",params:{missingProperty: "uncompressedSize"},message:"must have required property '"+"uncompressedSize"+"'"};if(vErrors === null){vErrors = [err42];}else {vErrors.push(err42);}errors++;}if(data15.sha384 === undefined){const err43 = {instancePath:instancePath+"/images/" + i0+"/verity/image",schemaPath:"#/properties/images/items/properties/verity/oneOf/0/properties/image/required",keyword:"required",params:{missingProperty: "sha384"},message:"must have required property '"+"sha384"+"'"};if(vErrors === null){vErrors = [err43];}else {vErrors.push(err43);}errors++;}if(data15.path !== undefined){let data16 = data15.path;if(typeof data16 === "string"){if(!pattern5.test(data16)){const err44 = {instancePath:instancePath+"/images/" + i0+"/verity/image/path",schemaPath:"#/properties/images/items/properties/verity/oneOf/0/properties/image/properties/path/pattern",keyword:"pattern",params:{pattern: "^images/.+"},message:"must match pattern \""+"^images/.+"+"\""};if(vErrors === null){vErrors = [err44];}else {vErrors.push(err44);}errors++;}}else {const err45 = {instancePath:instancePath+"/images/" + i0+"/verity/image/path",schemaPath:"#/properties/images/items/properties/verity/oneOf/0/properties/image/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err45];}else {vErrors.push(err45);}errors++;}}if(data15.compressedSize !== undefined){let data17 = data15.compressedSize;if(!(((typeof data17 == "number") && (!(data17 % 1) && !isNaN(data17))) && (isFinite(data17)))){const err46 = {instancePath:instancePath+"/images/" + i0+"/verity/image/compressedSize",schemaPath:"#/properties/images/items/properties/verity/oneOf/0/properties/image/properties/compressedSize/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err46];}else {vErrors.push(err46);}errors++;}if((typeof data17 == "number") && (isFinite(data17))){if(data17 < 0 || isNaN(data17)){const err47 = {instancePath:instancePath+"/images/" + i0+"/verity/image/compressedSize",schemaPath:"#/properties/images/items/properties/verity/oneOf/0/properties/image/properties/compressedSize/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};if(vErrors === null){vErrors = [err47];}else {vErrors.push(err47);}errors++;}}}if(data15.uncompressedSize !== undefined){let data18 = data15.uncompressedSize;if(!(((typeof data18 == "number") && (!(data18 % 1) && !isNaN(data18))) && (isFinite(data18)))){const err48 = {instancePath:instancePath+"/images/" + i0+"/verity/image/uncompressedSize",schemaPath:"#/properties/images/items/properties/verity/oneOf/0/properties/image/properties/uncompressedSize/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err48];}else {vErrors.push(err48);}errors++;}if((typeof data18 == "number") && (isFinite(data18))){if(data18 < 0 || isNaN(data18)){const err49 = {instancePath:instancePath+"/images/" + i0+"/verity/image/uncompressedSize",schemaPath:"#/properties/images/items/properties/verity/oneOf/0/properties/image/properties/uncompressedSize/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};if(vErrors === null){vErrors = [err49];}else {vErrors.push(err49);}errors++;}}}if(data15.sha384 !== undefined){let data19 = data15.sha384;if(typeof data19 === "string"){if(!pattern6.test(data19)){const err50 = {instancePath:instancePath+"/images/" + i0+"/verity/image/sha384",schemaPath:"#/properties/images/items/properties/verity/oneOf/0/properties/image/properties/sha384/pattern",keyword:"pattern",params:{pattern: "^[0-9a-fA-F]{96}$"},message:"must match pattern \""+"^[0-9a-fA-F]{96}$"+"\""};if(vErrors === null){vErrors = [err50];}else {vErrors.push(err50);}errors++;}}else {const err51 = {instancePath:instancePath+"/images/" + i0+"/verity/image/sha384",schemaPath:"#/properties/images/items/properties/verity/oneOf/0/properties/image/properties/sha384/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err51];}else {vErrors.push(err51);}errors++;}}}else {const err52 = {instancePath:instancePath+"/images/" + i0+"/verity/image",schemaPath:"#/properties/images/items/properties/verity/oneOf/0/properties/image/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err52];}else {vErrors.push(err52);}errors++;}}if(data14.roothash !== undefined){if(typeof data14.roothash !== "string"){const err53 = {instancePath:instancePath+"/images/" + i0+"/verity/roothash",schemaPath:"#/properties/images/items/properties/verity/oneOf/0/properties/roothash/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err53];}else {vErrors.push(err53);}errors++;}}}else {const err54 = {instancePath:instancePath+"/images/" + i0+"/verity",schemaPath:"#/properties/images/items/properties/verity/oneOf/0/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err54];}else {vErrors.push(err54);}errors++;}var _valid0 = _errs31 === errors;if(_valid0){valid5 = true;passing0 = 0;var props0 = {};props0.image = true;props0.roothash = true;}const _errs45 = errors;if(data14 !== null){const err55 = {instancePath:instancePath+"/images/" + i0+"/verity",schemaPath:"#/properties/images/items/properties/verity/oneOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};if(vErrors === null){vErrors = [err55];}else {vErrors.push(err55);}errors++;}var _valid0 = _errs45 === errors;if(_valid0 && valid5){valid5 = false;passing0 = [passing0, 1];}else {if(_valid0){valid5 = true;passing0 = 1;}}if(!valid5){const err56 = {instancePath:instancePath+"/images/" + i0+"/verity",schemaPath:"#/properties/images/items/properties/verity/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};if(vErrors === null){vErrors = [err56];}else {vErrors.push(err56);}errors++;}else {errors = _errs30;if(vErrors !== null){if(_errs30){vErrors.length = _errs30;}else {vErrors = null;}}}}}else {const err57 = {instancePath:instancePath+"/images/" + i0,schemaPath:"#/properties/images/items/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err57];}else {vErrors.push(err57);}errors++;}}}else {const err58 = {instancePath:instancePath+"/images",schemaPath:"#/properties/images/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err58];}else {vErrors.push(err58);}errors++;}}if(data.disk !== undefined){let data21 = data.disk;const _errs49 = errors;let valid8 = true;const _errs50 = errors;if(data21 && typeof data21 == "object" && !Array.isArray(data21)){let missing0;if((data21.type === undefined) && (missing0 = "type")){const err59 = {};if(vErrors === null){vErrors = [err59];}else {vErrors.push(err59);}errors++;}else {if(data21.type !== undefined){if("gpt" !== data21.type){const err60 = {};if(vErrors === null){vErrors = [err60];}else {vErrors.push(err60);}errors++;}}}}var _valid1 = _errs50 === errors;errors = _errs49;if(vErrors !== null){if(_errs49){vErrors.length = _errs49;}else {vErrors = null;}}if(_valid1){const _errs52 = errors;if(data21 && typeof data21 == "object" && !Array.isArray(data21)){if(data21.gptRegions === undefined){const err61 = {instancePath:instancePath+"/disk",schemaPath:"#/properties/disk/then/required",keyword:"required",params:{missingProperty: "gptRegions"},message:"must have required property '"+"gptRegions"+"'"};if(vErrors === null){vErrors = [err61];}else {vErrors.push(err61);}errors++;}}var _valid1 = _errs52 === errors;valid8 = _valid1;}if(!valid8){const err62 = {instancePath:instancePath+"/disk",schemaPath:"#/properties/disk/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};if(vErrors === null){vErrors = [err62];}else {vErrors.push(err62);}errors++;}if(data21 && typeof data21 == "object" && !Array.isArray(data21)){if(data21.size === undefined){const err63 = {instancePath:instancePath+"/disk",schemaPath:"#/properties/disk/required",keyword:"required",params:{missingProperty: "size"},message:"must have required property '"+"size"+"'"};if(vErrors === null){vErrors = [err63];}else {vErrors.push(err63);}errors++;}if(data21.type === undefined){const err64 = {instancePath:instancePath+"/disk",schemaPath:"#/properties/disk/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};if(vErrors === null){vErrors = [err64];}else {vErrors.push(err64);}errors++;}if(data21.lbaSize === undefined){const err65 = {instancePath:instancePath+"/disk",schemaPath:"#/properties/disk/required",keyword:"required",params:{missingProperty: "lbaSize"},message:"must have required property '"+"lbaSize"+"'"};if(vErrors === null){vErrors = [err65];}else {vErrors.push(err65);}errors++;}if(data21.size !== undefined){let data23 = data21.size;if(!(((typeof data23 == "number") && (!(data23 % 1) && !isNaN(data23))) && (isFinite(data23)))){const err66 = {instancePath:instancePath+"/disk/size",schemaPath:"#/properties/disk/properties/size/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err66];}else {vErrors.push(err66);}errors++;}if((typeof data23 == "number") && (isFinite(data23))){if(data23 < 0 || isNaN(data23)){const err67 = {instancePath:instancePath+"/disk/size",schemaPath:"#/properties/disk/properties/size/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};if(vErrors === null){vErrors = [err67];}else {vErrors.push(err67);}errors++;}}}if(data21.type !== undefined){let data24 = data21.type;if(typeof data24 !== "string"){const err68 = {instancePath:instancePath+"/disk/type",schemaPath:"#/properties/disk/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err68];}else {vErrors.push(err68);}errors++;}if(!(data24 === "gpt")){const err69 = {instancePath:instancePath+"/disk/type",schemaPath:"#/properties/disk/properties/type/enum",keyword:"enum",params:{allowedValues: schema31.properties.disk.properties.type.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err69];}else {vErrors.push(err69);}errors++;}}if(data21.lbaSize !== undefined){let data25 = data21.lbaSize;if(!(((typeof data25 == "number") && (!(data25 % 1) && !isNaN(data25))) && (isFinite(data25)))){const err70 = {instancePath:instancePath+"/disk/lbaSize",schemaPath:"#/properties/disk/properties/lbaSize/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err70];}else {vErrors.push(err70);}errors++;}if(!((data25 === 512) || (data25 === 4096))){const err71 = {instancePath:instancePath+"/disk/lbaSize",schemaPath:"#/properties/disk/properties/lbaSize/enum",keyword:"enum",params:{allowedValues: schema31.properties.disk.properties.lbaSize.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err71];}else {vErrors.push(err71);}errors++;}}if(data21.gptRegions !== undefined){let data26 = data21.gptRegions;if(Array.isArray(data26)){if(data26.length < 1){const err72 = {instancePath:instancePath+"/disk/gptRegions",schemaPath:"#/properties/disk/properties/gptRegions/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};if(vErrors === null){vErrors = [err72];}else {vErrors.push(err72);}errors++;}const len1 = data26.length;if(len1 > 0){let data27 = data26[0];const _errs64 = errors;let valid13 = true;const _errs65 = errors;if(data27 && typeof data27 == "object" && !Array.isArray(data27)){let missing1;if((data27.type === undefined) && (missing1 = "type")){const err73 = {};if(vErrors === null){vErrors = [err73];}else {vErrors.push(err73);}errors++;}else {if(data27.type !== undefined){if("partition" !== data27.type){const err74 = {};if(vErrors === null){vErrors = [err74];}else {vErrors.push(err74);}errors++;}}}}var _valid2 = _errs65 === errors;errors = _errs64;if(vErrors !== null){if(_errs64){vErrors.length = _errs64;}else {vErrors = null;}}if(_valid2){const _errs67 = errors;if(data27 && typeof data27 == "object" && !Array.isArray(data27)){if(data27.number === undefined){const err75 = {instancePath:instancePath+"/disk/gptRegions/0",schemaPath:"#/properties/disk/properties/gptRegions/prefixItems/0/allOf/0/then/required",keyword:"required",params:{missingProperty: "number"},message:"must have required property '"+"number"+"'"};if(vErrors === null){vErrors = [err75];}else {vErrors.push(err75);}errors++;}}var _valid2 = _errs67 === errors;valid13 = _valid2;}if(!valid13){const err76 = {instancePath:instancePath+"/disk/gptRegions/0",schemaPath:"#/properties/disk/properties/gptRegions/prefixItems/0/allOf/0/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};if(vErrors === null){vErrors = [err76];}else {vErrors.push(err76);}errors++;}if(data27 && typeof data27 == "object" && !Array.isArray(data27)){if(data27.image === undefined){const err77 = {instancePath:instancePath+"/disk/gptRegions/0",schemaPath:"#/properties/disk/properties/gptRegions/prefixItems/0/allOf/0/required",keyword:"required",params:{missingProperty: "image"},message:"must have required property '"+"image"+"'"};if(vErrors === null){vErrors = [err77];}else {vErrors.push(err77);}errors++;}if(data27.type === undefined){const err78 = {instancePath:instancePath+"/disk/gptRegions/0",schemaPath:"#/properties/disk/properties/gptRegions/prefixItems/0/allOf/0/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};if(vErrors === null){vErrors = [err78];}else {vErrors.push(err78);}errors++;}if(data27.image !== undefined){let data29 = data27.image;if(data29 && typeof data29 == "object" && !Array.isArray(data29)){if(data29.path === undefined){const err79 = {instancePath:instancePath+"/disk/gptRegions/0/image",schemaPath:"#/properties/disk/properties/gptRegions/prefixItems/0/allOf/0/properties/image/required",keyword:"required",params:{missingProperty: "path"},message:"must have required property '"+"path"+"'"};if(vErrors === null){vErrors = [err79];}else {vErrors.push(err79);}errors++;}if(data29.compressedSize === undefined){const err80 = {instancePath:instancePath+"/disk/gptRegions/0/image",schemaPath:"#/properties/disk/properties/gptRegions/prefixItems/0/allOf/0/properties/image/required",keyword:"required",params:{missingProperty: "compressedSize"},message:"must have required property '"+"compressedSize"+"'"};if(vErrors === null){vErrors = [err80];}else {vErrors.push(err80);}errors++;}if(data29.uncompressedSize === undefined){const err81 = {instancePath:instancePath+"/disk/gptRegions/0/image",schemaPath:"#/properties/disk/properties/gptRegions/prefixItems/0/allOf/0/properties/image/required",keyword:"required",params:{missingProperty: "uncompressedSize"},message:"must have required property '"+"uncompressedSize"+"'"};if(vErrors === null){vErrors = [err81];}else {vErrors.push(err81);}errors++;}if(data29.sha384 === undefined){const err82 = {instancePath:instancePath+"/disk/gptRegions/0/image",schemaPath:"#/properties/disk/properties/gptRegions/prefixItems/0/allOf/0/properties/image/required",keyword:"required",params:{missingProperty: "sha384"},message:"must have required property '"+"sha384"+"'"};if(vErrors === null){vErrors = [err82];}else {vErrors.push(err82);}errors++;}if(data29.path !== undefined){let data30 = data29.path;if(typeof data30 === "string"){if(!pattern5.test(data30)){const err83 = {instancePath:instancePath+"/disk/gptRegions/0/image/path",schemaPath:"#/properties/disk/properties/gptRegions/prefixItems/0/allOf/0/properties/image/properties/path/pattern",keyword:"pattern",params:{pattern: "^images/.+"},message:"must match pattern \""+"^images/.+"+"\""};if(vErrors === null){vErrors = [err83];}else {vErrors.push(err83);}errors++;}}else {const err84 = {instancePath:instancePath+"/disk/gptRegions/0/image/path",schemaPath:"#/properties/disk/properties/gptRegions/prefixItems/0/allOf/0/properties/image/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err84];}else {vErrors.push(err84);}errors++;}}if(data29.compressedSize !== undefined){let data31 = data29.compressedSize;if(!(((typeof data31 == "number") && (!(data31 % 1) && !isNaN(data31))) && (isFinite(data31)))){const err85 = {instancePath:instancePath+"/disk/gptRegions/0/image/compressedSize",schemaPath:"#/properties/disk/properties/gptRegions/prefixItems/0/allOf/0/properties/image/properties/compressedSize/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err85];}else {vErrors.push(err85);}errors++;}if((typeof data31 == "number") && (isFinite(data31))){if(data31 < 0 || isNaN(data31)){const err86 = {instancePath:instancePath+"/disk/gptRegions/0/image/compressedSize",schemaPath:"#/properties/disk/properties/gptRegions/prefixItems/0/allOf/0/properties/image/properties/compressedSize/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};if(vErrors === null){vErrors = [err86];}else {vErrors.push(err86);}errors++;}}}if(data29.uncompressedSize !== undefined){let data32 = data29.uncompressedSize;if(!(((typeof data32 == "number") && (!(data32 % 1) && !isNaN(data32))) && (isFinite(data32)))){const err87 = {instancePath:instancePath+"/disk/gptRegions/0/image/uncompressedSize",schemaPath:"#/properties/disk/properties/gptRegions/prefixItems/0/allOf/0/properties/image/properties/uncompressedSize/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err87];}else {vErrors.push(err87);}errors++;}if((typeof data32 == "number") && (isFinite(data32))){if(data32 < 0 || isNaN(data32)){const err88 = {instancePath:instancePath+"/disk/gptRegions/0/image/uncompressedSize",schemaPath:"#/properties/disk/properties/gptRegions/prefixItems/0/allOf/0/properties/image/properties/uncompressedSize/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};if(vErrors === null){vErrors = [err88];}else {vErrors.push(err88);}errors++;}}}if(data29.sha384 !== undefined){let data33 = data29.sha384;if(typeof data33 === "string"){if(!pattern6.test(data33)){const err89 = {instancePath:instancePath+"/disk/gptRegions/0/image/sha384",schemaPath:"#/properties/disk/properties/gptRegions/prefixItems/0/allOf/0/properties/image/properties/sha384/pattern",keyword:"pattern",params:{pattern: "^[0-9a-fA-F]{96}$"},message:"must match pattern \""+"^[0-9a-fA-F]{96}$"+"\""};if(vErrors === null){vErrors = [err89];}else {vErrors.push(err89);}errors++;}}else {const err90 = {instancePath:instancePath+"/disk/gptRegions/0/image/sha384",schemaPath:"#/properties/disk/properties/gptRegions/prefixItems/0/allOf/0/properties/image/properties/sha384/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err90];}else {vErrors.push(err90);}errors++;}}}else {const err91 = {instancePath:instancePath+"/disk/gptRegions/0/image",schemaPath:"#/properties/disk/properties/gptRegions/prefixItems/0/allOf/0/properties/image/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err91];}else {vErrors.push(err91);}errors++;}}if(data27.type !== undefined){let data34 = data27.type;if(typeof data34 !== "string"){const err92 = {instancePath:instancePath+"/disk/gptRegions/0/type",schemaPath:"#/properties/disk/properties/gptRegions/prefixItems/0/allOf/0/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err92];}else {vErrors.push(err92);}errors++;}if(!((data34 === "primary-gpt") || (data34 === "partition"))){const err93 = {instancePath:instancePath+"/disk/gptRegions/0/type",schemaPath:"#/properties/disk/properties/gptRegions/prefixItems/0/allOf/0/properties/type/enum",keyword:"enum",params:{allowedValues: schema31.properties.disk.properties.gptRegions.prefixItems[0].allOf[0].properties.type.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err93];}else {vErrors.push(err93);}errors++;}}if(data27.number !== undefined){let data35 = data27.number;if(!(((typeof data35 == "number") && (!(data35 % 1) && !isNaN(data35))) && (isFinite(data35)))){const err94 = {instancePath:instancePath+"/disk/gptRegions/0/number",schemaPath:"#/properties/disk/properties/gptRegions/prefixItems/0/allOf/0/properties/number/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err94];}else {vErrors.push(err94);}errors++;}if((typeof data35 == "number") && (isFinite(data35))){if(data35 < 1 || isNaN(data35)){const err95 = {instancePath:instancePath+"/disk/gptRegions/0/number",schemaPath:"#/properties/disk/properties/gptRegions/prefixItems/0/allOf/0/properties/number/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};if(vErrors === null){vErrors = [err95];}else {vErrors.push(err95);}errors++;}}}}else {const err96 = {instancePath:instancePath+"/disk/gptRegions/0",schemaPath:"#/properties/disk/properties/gptRegions/prefixItems/0/allOf/0/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err96];}else {vErrors.push(err96);}errors++;}if(data27 && typeof data27 == "object" && !Array.isArray(data27)){if(data27.type === undefined){const err97 = {instancePath:instancePath+"/disk/gptRegions/0",schemaPath:"#/properties/disk/properties/gptRegions/prefixItems/0/allOf/1/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};if(vErrors === null){vErrors = [err97];}else {vErrors.push(err97);}errors++;}if(data27.type !== undefined){if("primary-gpt" !== data27.type){const err98 = {instancePath:instancePath+"/disk/gptRegions/0/type",schemaPath:"#/properties/disk/properties/gptRegions/prefixItems/0/allOf/1/properties/type/const",keyword:"const",params:{allowedValue: "primary-gpt"},message:"must be equal to constant"};if(vErrors === null){vErrors = [err98];}else {vErrors.push(err98);}errors++;}}}}const len2 = data26.length;var valid18 = len2 <= 1;if(!valid18){for(let i1=1; i1<len2; i1++){let data37 = data26[i1];const _errs84 = errors;const _errs86 = errors;let valid19 = true;const _errs87 = errors;if(data37 && typeof data37 == "object" && !Array.isArray(data37)){let missing2;if((data37.type === undefined) && (missing2 = "type")){const err99 = {};if(vErrors === null){vErrors = [err99];}else {vErrors.push(err99);}errors++;}else {if(data37.type !== undefined){if("partition" !== data37.type){const err100 = {};if(vErrors === null){vErrors = [err100];}else {vErrors.push(err100);}errors++;}}}}var _valid3 = _errs87 === errors;errors = _errs86;if(vErrors !== null){if(_errs86){vErrors.length = _errs86;}else {vErrors = null;}}if(_valid3){const _errs89 = errors;if(data37 && typeof data37 == "object" && !Array.isArray(data37)){if(data37.number === undefined){const err101 = {instancePath:instancePath+"/disk/gptRegions/" + i1,schemaPath:"#/properties/disk/properties/gptRegions/items/then/required",keyword:"required",params:{missingProperty: "number"},message:"must have required property '"+"number"+"'"};if(vErrors === null){vErrors = [err101];}else {vErrors.push(err101);}errors++;}}var _valid3 = _errs89 === errors;valid19 = _valid3;}if(!valid19){const err102 = {instancePath:instancePath+"/disk/gptRegions/" + i1,schemaPath:"#/properties/disk/properties/gptRegions/items/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};if(vErrors === null){vErrors = [err102];}else {vErrors.push(err102);}errors++;}if(data37 && typeof data37 == "object" && !Array.isArray(data37)){if(data37.image === undefined){const err103 = {instancePath:instancePath+"/disk/gptRegions/" + i1,schemaPath:"#/properties/disk/properties/gptRegions/items/required",keyword:"required",params:{missingProperty: "image"},message:"must have required property '"+"image"+"'"};if(vErrors === null){vErrors = [err103];}else {vErrors.push(err103);}errors++;}if(data37.type === undefined){const err104 = {instancePath:instancePath+"/disk/gptRegions/" + i1,schemaPath:"#/properties/disk/properties/gptRegions/items/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};if(vErrors === null){vErrors = [err104];}else {vErrors.push(err104);}errors++;}if(data37.image !== undefined){let data39 = data37.image;if(data39 && typeof data39 == "object" && !Array.isArray(data39)){if(data39.path === undefined){const err105 = {instancePath:instancePath+"/disk/gptRegions/" + i1+"/image",schemaPath:"#/properties/disk/properties/gptRegions/items/properties/image/required",keyword:"required",params:{missingProperty: "path"},message:"must have required property '"+"path"+"'"};if(vErrors === null){vErrors = [err105];}else {vErrors.push(err105);}errors++;}if(data39.compressedSize === undefined){const err106 = {instancePath:instancePath+"/disk/gptRegions/" + i1+"/image",schemaPath:"#/properties/disk/properties/gptRegions/items/properties/image/required",keyword:"required",params:{missingProperty: "compressedSize"},message:"must have required property '"+"compressedSize"+"'"};if(vErrors === null){vErrors = [err106];}else {vErrors.push(err106);}errors++;}if(data39.uncompressedSize === undefined){const err107 = {instancePath:instancePath+"/disk/gptRegions/" + i1+"/image",schemaPath:"#/properties/disk/properties/gptRegions/items/properties/image/required",keyword:"required",params:{missingProperty: "uncompressedSize"},message:"must have required property '"+"uncompressedSize"+"'"};if(vErrors === null){vErrors = [err107];}else {vErrors.push(err107);}errors++;}if(data39.sha384 === undefined){const err108 = {instancePath:instancePath+"/disk/gptRegions/" + i1+"/image",schemaPath:"#/properties/disk/properties/gptRegions/items/properties/image/required",keyword:"required",params:{missingProperty: "sha384"},message:"must have required property '"+"sha384"+"'"};if(vErrors === null){vErrors = [err108];}else {vErrors.push(err108);}errors++;}if(data39.path !== undefined){let data40 = data39.path;if(typeof data40 === "string"){if(!pattern5.test(data40)){const err109 = {instancePath:instancePath+"/disk/gptRegions/" + i1+"/image/path",schemaPath:"#/properties/disk/properties/gptRegions/items/properties/image/properties/path/pattern",keyword:"pattern",params:{pattern: "^images/.+"},message:"must match pattern \""+"^images/.+"+"\""};if(vErrors === null){vErrors = [err109];}else {vErrors.push(err109);}errors++;}}else {const err110 = {instancePath:instancePath+"/disk/gptRegions/" + i1+"/image/path",schemaPath:"#/properties/disk/properties/gptRegions/items/properties/image/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err110];}else {vErrors.push(err110);}errors++;}}if(data39.compressedSize !== undefined){let data41 = data39.compressedSize;if(!(((typeof data41 == "number") && (!(data41 % 1) && !isNaN(data41))) && (isFinite(data41)))){const err111 = {instancePath:instancePath+"/disk/gptRegions/" + i1+"/image/compressedSize",schemaPath:"#/properties/disk/properties/gptRegions/items/properties/image/properties/compressedSize/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err111];}else {vErrors.push(err111);}errors++;}if((typeof data41 == "number") && (isFinite(data41))){if(data41 < 0 || isNaN(data41)){const err112 = {instancePath:instancePath+"/disk/gptRegions/" + i1+"/image/compressedSize",schemaPath:"#/properties/disk/properties/gptRegions/items/properties/image/properties/compressedSize/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};if(vErrors === null){vErrors = [err112];}else {vErrors.push(err112);}errors++;}}}if(data39.uncompressedSize !== undefined){let data42 = data39.uncompressedSize;if(!(((typeof data42 == "number") && (!(data42 % 1) && !isNaN(data42))) && (isFinite(data42)))){const err113 = {instancePath:instancePath+"/disk/gptRegions/" + i1+"/image/uncompressedSize",schemaPath:"#/properties/disk/properties/gptRegions/items/properties/image/properties/uncompressedSize/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err113];}else {vErrors.push(err113);}errors++;}if((typeof data42 == "number") && (isFinite(data42))){if(data42 < 0 || isNaN(data42)){const err114 = {instancePath:instancePath+"/disk/gptRegions/" + i1+"/image/uncompressedSize",schemaPath:"#/properties/disk/properties/gptRegions/items/properties/image/properties/uncompressedSize/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};if(vErrors === null){vErrors = [err114];}else {vErrors.push(err114);}errors++;}}}if(data39.sha384 !== undefined){let data43 = data39.sha384;if(typeof data43 === "string"){if(!pattern6.test(data43)){const err115 = {instancePath:instancePath+"/disk/gptRegions/" + i1+"/image/sha384",schemaPath:"#/properties/disk/properties/gptRegions/items/properties/image/properties/sha384/pattern",keyword:"pattern",params:{pattern: "^[0-9a-fA-F]{96}$"},message:"must match pattern \""+"^[0-9a-fA-F]{96}$"+"\""};if(vErrors === null){vErrors = [err115];}else {vErrors.push(err115);}errors++;}}else {const err116 = {instancePath:instancePath+"/disk/gptRegions/" + i1+"/image/sha384",schemaPath:"#/properties/disk/properties/gptRegions/items/properties/image/properties/sha384/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err116];}else {vErrors.push(err116);}errors++;}}}else {const err117 = {instancePath:instancePath+"/disk/gptRegions/" + i1+"/image",schemaPath:"#/properties/disk/properties/gptRegions/items/properties/image/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err117];}else {vErrors.push(err117);}errors++;}}if(data37.type !== undefined){let data44 = data37.type;if(typeof data44 !== "string"){const err118 = {instancePath:instancePath+"/disk/gptRegions/" + i1+"/type",schemaPath:"#/properties/disk/properties/gptRegions/items/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err118];}else {vErrors.push(err118);}errors++;}if(!((data44 === "primary-gpt") || (data44 === "partition"))){const err119 = {instancePath:instancePath+"/disk/gptRegions/" + i1+"/type",schemaPath:"#/properties/disk/properties/gptRegions/items/properties/type/enum",keyword:"enum",params:{allowedValues: schema31.properties.disk.properties.gptRegions.items.properties.type.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err119];}else {vErrors.push(err119);}errors++;}}if(data37.number !== undefined){let data45 = data37.number;if(!(((typeof data45 == "number") && (!(data45 % 1) && !isNaN(data45))) && (isFinite(data45)))){const err120 = {instancePath:instancePath+"/disk/gptRegions/" + i1+"/number",schemaPath:"#/properties/disk/properties/gptRegions/items/properties/number/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err120];}else {vErrors.push(err120);}errors++;}if((typeof data45 == "number") && (isFinite(data45))){if(data45 < 1 || isNaN(data45)){const err121 = {instancePath:instancePath+"/disk/gptRegions/" + i1+"/number",schemaPath:"#/properties/disk/properties/gptRegions/items/properties/number/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};if(vErrors === null){vErrors = [err121];}else {vErrors.push(err121);}errors++;}}}}else {const err122 = {instancePath:instancePath+"/disk/gptRegions/" + i1,schemaPath:"#/properties/disk/properties/gptRegions/items/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err122];}else {vErrors.push(err122);}errors++;}var valid18 = _errs84 === errors;}}const _errs104 = errors;const len3 = data26.length;let valid23 = false;let count0 = 0;for(let i2=0; i2<len3; i2++){let data46 = data26[i2];const _errs105 = errors;if(data46 && typeof data46 == "object" && !Array.isArray(data46)){if(data46.type === undefined){const err123 = {instancePath:instancePath+"/disk/gptRegions/" + i2,schemaPath:"#/properties/disk/properties/gptRegions/contains/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};if(vErrors === null){vErrors = [err123];}else {vErrors.push(err123);}errors++;}if(data46.type !== undefined){if("primary-gpt" !== data46.type){const err124 = {instancePath:instancePath+"/disk/gptRegions/" + i2+"/type",schemaPath:"#/properties/disk/properties/gptRegions/contains/properties/type/const",keyword:"const",params:{allowedValue: "primary-gpt"},message:"must be equal to constant"};if(vErrors === null){vErrors = [err124];}else {vErrors.push(err124);}errors++;}}}var _valid4 = _errs105 === errors;if(_valid4){count0++;if(count0 > 1){valid23 = false;break;}valid23 = true;}}if(!valid23){const err125 = {instancePath:instancePath+"/disk/gptRegions",schemaPath:"#/properties/disk/properties/gptRegions/contains",keyword:"contains",params:{minContains: 1, maxContains: 1},message:"must contain at least 1 and no more than 1 valid item(s)"};if(vErrors === null){vErrors = [err125];}else {vErrors.push(err125);}errors++;}else {errors = _errs104;if(vErrors !== null){if(_errs104){vErrors.length = _errs104;}else {vErrors = null;}}}}else {const err126 = {instancePath:instancePath+"/disk/gptRegions",schemaPath:"#/properties/disk/properties/gptRegions/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err126];}else {vErrors.push(err126);}errors++;}}}else {const err127 = {instancePath:instancePath+"/disk",schemaPath:"#/properties/disk/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err127];}else {vErrors.push(err127);}errors++;}}if(data.osPackages !== undefined){let data48 = data.osPackages;if(Array.isArray(data48)){const len4 = data48.length;for(let i3=0; i3<len4; i3++){let data49 = data48[i3];if(data49 && typeof data49 == "object" && !Array.isArray(data49)){if(data49.name === undefined){const err128 = {instancePath:instancePath+"/osPackages/" + i3,schemaPath:"#/properties/osPackages/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};if(vErrors === null){vErrors = [err128];}else {vErrors.push(err128);}errors++;}if(data49.version === undefined){const err129 = {instancePath:instancePath+"/osPackages/" + i3,schemaPath:"#/properties/osPackages/items/required",keyword:"required",params:{missingProperty: "version"},message:"must have required property '"+"version"+"'"};if(vErrors === null){vErrors = [err129];}else {vErrors.push(err129);}errors++;}if(data49.release === undefined){const err130 = {instancePath:instancePath+"/osPackages/" + i3,schemaPath:"#/properties/osPackages/items/required",keyword:"required",params:{missingProperty: "release"},message:"must have required property '"+"release"+"'"};if(vErrors === null){vErrors = [err130];}else {vErrors.push(err130);}errors++;}if(data49.arch === undefined){const err131 = {instancePath:instancePath+"/osPackages/" + i3,schemaPath:"#/properties/osPackages/items/required",keyword:"required",params:{missingProperty: "arch"},message:"must have required property '"+"arch"+"'"};if(vErrors === null){vErrors = [err131];}else {vErrors.push(err131);}errors++;}if(data49.name !== undefined){if(typeof data49.name !== "string"){const err132 = {instancePath:instancePath+"/osPackages/" + i3+"/name",schemaPath:"#/properties/osPackages/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err132];}else {vErrors.push(err132);}errors++;}}if(data49.version !== undefined){if(typeof data49.version !== "string"){const err133 = {instancePath:instancePath+"/osPackages/" + i3+"/version",schemaPath:"#/properties/osPackages/items/properties/version/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err133];}else {vErrors.push(err133);}errors++;}}if(data49.release !== undefined){if(typeof data49.release !== "string"){const err134 = {instancePath:instancePath+"/osPackages/" + i3+"/release",schemaPath:"#/properties/osPackages/items/properties/release/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err134];}else {vErrors.push(err134);}errors++;}}if(data49.arch !== undefined){if(typeof data49.arch !== "string"){const err135 = {instancePath:instancePath+"/osPackages/" + i3+"/arch",schemaPath:"#/properties/osPackages/items/properties/arch/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err135];}else {vErrors.push(err135);}errors++;}}}else {const err136 = {instancePath:instancePath+"/osPackages/" + i3,schemaPath:"#/properties/osPackages/items/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err136];}else {vErrors.push(err136);}errors++;}}}else {const err137 = {instancePath:instancePath+"/osPackages",schemaPath:"#/properties/osPackages/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err137];}else {vErrors.push(err137);}errors++;}}if(data.bootloader !== undefined){let data54 = data.bootloader;const _errs121 = errors;let valid28 = true;const _errs122 = errors;if(data54 && typeof data54 == "object" && !Array.isArray(data54)){let missing3;if((data54.type === undefined) && (missing3 = "type")){const err138 = {};if(vErrors === null){vErrors = [err138];}else {vErrors.push(err138);}errors++;}else {if(data54.type !== undefined){if("systemd-boot" !== data54.type){const err139 = {};if(vErrors === null){vErrors = [err139];}else {vErrors.push(err139);}errors++;}}}}var _valid5 = _errs122 === errors;errors = _errs121;if(vErrors !== null){if(_errs121){vErrors.length = _errs121;}else {vErrors = null;}}let ifClause0;if(_valid5){const _errs124 = errors;if(data54 && typeof data54 == "object" && !Array.isArray(data54)){if(data54.systemdBoot === undefined){const err140 = {instancePath:instancePath+"/bootloader",schemaPath:"#/properties/bootloader/then/required",keyword:"required",params:{missingProperty: "systemdBoot"},message:"must have required property '"+"systemdBoot"+"'"};if(vErrors === null){vErrors = [err140];}else {vErrors.push(err140);}errors++;}if(data54.systemdBoot !== undefined){let data56 = data54.systemdBoot;if(data56 && typeof data56 == "object" && !Array.isArray(data56)){if(data56.entries === undefined){const err141 = {instancePath:instancePath+"/bootloader/systemdBoot",schemaPath:"#/properties/bootloader/then/properties/systemdBoot/required",keyword:"required",params:{missingProperty: "entries"},message:"must have required property '"+"entries"+"'"};if(vErrors === null){vErrors = [err141];}else {vErrors.push(err141);}errors++;}if(data56.entries !== undefined){let data57 = data56.entries;if(Array.isArray(data57)){if(data57.length < 1){const err142 = {instancePath:instancePath+"/bootloader/systemdBoot/entries",schemaPath:"#/properties/bootloader/then/properties/systemdBoot/properties/entries/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};if(vErrors === null){vErrors = [err142];}else {vErrors.push(err142);}errors++;}const len5 = data57.length;for(let i4=0; i4<len5; i4++){let data58 = data57[i4];if(data58 && typeof data58 == "object" && !Array.isArray(data58)){if(data58.type === undefined){const err143 = {instancePath:instancePath+"/bootloader/systemdBoot/entries/" + i4,schemaPath:"#/properties/bootloader/then/properties/systemdBoot/properties/entries/items/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};if(vErrors === null){vErrors = [err143];}else {vErrors.push(err143);}errors++;}if(data58.path === undefined){const err144 = {instancePath:instancePath+"/bootloader/systemdBoot/entries/" + i4,schemaPath:"#/properties/bootloader/then/properties/systemdBoot/properties/entries/items/required",keyword:"required",params:{missingProperty: "path"},message:"must have required property '"+"path"+"'"};if(vErrors === null){vErrors = [err144];}else {vErrors.push(err144);}errors++;}if(data58.cmdline === undefined){const err145 = {instancePath:instancePath+"/bootloader/systemdBoot/entries/" + i4,schemaPath:"#/properties/bootloader/then/properties/systemdBoot/properties/entries/items/required",keyword:"required",params:{missingProperty: "cmdline"},message:"must have required property '"+"cmdline"+"'"};if(vErrors === null){vErrors = [err145];}else {vErrors.push(err145);}errors++;}if(data58.kernel === undefined){const err146 = {instancePath:instancePath+"/bootloader/systemdBoot/entries/" + i4,schemaPath:"#/properties/bootloader/then/properties/systemdBoot/properties/entries/items/required",keyword:"required",params:{missingProperty: "kernel"},message:"must have required property '"+"kernel"+"'"};if(vErrors === null){vErrors = [err146];}else {vErrors.push(err146);}errors++;}if(data58.type !== undefined){let data59 = data58.type;if(typeof data59 !== "string"){const err147 = {instancePath:instancePath+"/bootloader/systemdBoot/entries/" + i4+"/type",schemaPath:"#/properties/bootloader/then/properties/systemdBoot/properties/entries/items/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err147];}else {vErrors.push(err147);}errors++;}if(!(((data59 === "uki-standalone") || (data59 === "uki-config")) || (data59 === "config"))){const err148 = {instancePath:instancePath+"/bootloader/systemdBoot/entries/" + i4+"/type",schemaPath:"#/properties/bootloader/then/properties/systemdBoot/properties/entries/items/properties/type/enum",keyword:"enum",params:{allowedValues: schema31.properties.bootloader.then.properties.systemdBoot.properties.entries.items.properties.type.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err148];}else {vErrors.push(err148);}errors++;}}if(data58.path !== undefined){if(typeof data58.path !== "string"){const err149 = {instancePath:instancePath+"/bootloader/systemdBoot/entries/" + i4+"/path",schemaPath:"#/properties/bootloader/then/properties/systemdBoot/properties/entries/items/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err149];}else {vErrors.push(err149);}errors++;}}if(data58.cmdline !== undefined){if(typeof data58.cmdline !== "string"){const err150 = {instancePath:instancePath+"/bootloader/systemdBoot/entries/" + i4+"/cmdline",schemaPath:"#/properties/bootloader/then/properties/systemdBoot/properties/entries/items/properties/cmdline/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err150];}else {vErrors.push(err150);}errors++;}}if(data58.kernel !== undefined){if(typeof data58.kernel !== "string"){const err151 = {instancePath:instancePath+"/bootloader/systemdBoot/entries/" + i4+"/kernel",schemaPath:"#/properties/bootloader/then/properties/systemdBoot/properties/entries/items/properties/kernel/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err151];}else {vErrors.push(err151);}errors++;}}}else {const err152 = {instancePath:instancePath+"/bootloader/systemdBoot/entries/" + i4,schemaPath:"#/properties/bootloader/then/properties/systemdBoot/properties/entries/items/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err152];}else {vErrors.push(err152);}errors++;}}}else {const err153 = {instancePath:instancePath+"/bootloader/systemdBoot/entries",schemaPath:"#/properties/bootloader/then/properties/systemdBoot/properties/entries/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err153];}else {vErrors.push(err153);}errors++;}}}else {const err154 = {instancePath:instancePath+"/bootloader/systemdBoot",schemaPath:"#/properties/bootloader/then/properties/systemdBoot/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err154];}else {vErrors.push(err154);}errors++;}}}var _valid5 = _errs124 === errors;valid28 = _valid5;if(valid28){var props1 = {};props1.systemdBoot = true;props1.type = true;}ifClause0 = "then";}else {const _errs139 = errors;if(data54 && typeof data54 == "object" && !Array.isArray(data54)){if(data54.systemdBoot !== undefined){if(data54.systemdBoot !== null){const err155 = {instancePath:instancePath+"/bootloader/systemdBoot",schemaPath:"#/properties/bootloader/else/properties/systemdBoot/type",keyword:"type",params:{type: "null"},message:"must be null"};if(vErrors === null){vErrors = [err155];}else {vErrors.push(err155);}errors++;}}}var _valid5 = _errs139 === errors;valid28 = _valid5;if(valid28){if(props1 !== true){props1 = props1 || {};props1.systemdBoot = true;}}ifClause0 = "else";}if(!valid28){const err156 = {instancePath:instancePath+"/bootloader",schemaPath:"#/properties/bootloader/if",keyword:"if",params:{failingKeyword: ifClause0},message:"must match \""+ifClause0+"\" schema"};if(vErrors === null){vErrors = [err156];}else {vErrors.push(err156);}errors++;}if(data54 && typeof data54 == "object" && !Array.isArray(data54)){if(data54.type === undefined){const err157 = {instancePath:instancePath+"/bootloader",schemaPath:"#/properties/bootloader/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};if(vErrors === null){vErrors = [err157];}else {vErrors.push(err157);}errors++;}if(props1 !== true){props1 = props1 || {};props1.type = true;props1.systemdBoot = true;}if(data54.type !== undefined){let data64 = data54.type;if(typeof data64 !== "string"){const err158 = {instancePath:instancePath+"/bootloader/type",schemaPath:"#/properties/bootloader/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err158];}else {vErrors.push(err158);}errors++;}if(!((data64 === "systemd-boot") || (data64 === "grub"))){const err159 = {instancePath:instancePath+"/bootloader/type",schemaPath:"#/properties/bootloader/properties/type/enum",keyword:"enum",params:{allowedValues: schema31.properties.bootloader.properties.type.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err159];}else {vErrors.push(err159);}errors++;}}if(data54.systemdBoot !== undefined){let data65 = data54.systemdBoot;const _errs145 = errors;let valid37 = false;let passing1 = null;const _errs146 = errors;if(data65 && typeof data65 == "object" && !Array.isArray(data65)){if(data65.entries === undefined){const err160 = {instancePath:instancePath+"/bootloader/systemdBoot",schemaPath:"#/properties/bootloader/properties/systemdBoot/oneOf/0/required",keyword:"required",params:{missingProperty: "entries"},message:"must have required property '"+"entries"+"'"};if(vErrors === null){vErrors = [err160];}else {vErrors.push(err160);}errors++;}if(data65.entries !== undefined){let data66 = data65.entries;if(Array.isArray(data66)){if(data66.length < 1){const err161 = {instancePath:instancePath+"/bootloader/systemdBoot/entries",schemaPath:"#/properties/bootloader/properties/systemdBoot/oneOf/0/properties/entries/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};if(vErrors === null){vErrors = [err161];}else {vErrors.push(err161);}errors++;}const len6 = data66.length;for(let i5=0; i5<len6; i5++){let data67 = data66[i5];if(data67 && typeof data67 == "object" && !Array.isArray(data67)){if(data67.type === undefined){const err162 = {instancePath:instancePath+"/bootloader/systemdBoot/entries/" + i5,schemaPath:"#/properties/bootloader/properties/systemdBoot/oneOf/0/properties/entries/items/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};if(vErrors === null){vErrors = [err162];}else {vErrors.push(err162);}errors++;}if(data67.path === undefined){const err163 = {instancePath:instancePath+"/bootloader/systemdBoot/entries/" + i5,schemaPath:"#/properties/bootloader/properties/systemdBoot/oneOf/0/properties/entries/items/required",keyword:"required",params:{missingProperty: "path"},message:"must have required property '"+"path"+"'"};if(vErrors === null){vErrors = [err163];}else {vErrors.push(err163);}errors++;}if(data67.cmdline === undefined){const err164 = {instancePath:instancePath+"/bootloader/systemdBoot/entries/" + i5,schemaPath:"#/properties/bootloader/properties/systemdBoot/oneOf/0/properties/entries/items/required",keyword:"required",params:{missingProperty: "cmdline"},message:"must have required property '"+"cmdline"+"'"};if(vErrors === null){vErrors = [err164];}else {vErrors.push(err164);}errors++;}if(data67.kernel === undefined){const err165 = {instancePath:instancePath+"/bootloader/systemdBoot/entries/" + i5,schemaPath:"#/properties/bootloader/properties/systemdBoot/oneOf/0/properties/entries/items/required",keyword:"required",params:{missingProperty: "kernel"},message:"must have required property '"+"kernel"+"'"};if(vErrors === null){vErrors = [err165];}else {vErrors.push(err165);}errors++;}if(data67.type !== undefined){let data68 = data67.type;if(typeof data68 !== "string"){const err166 = {instancePath:instancePath+"/bootloader/systemdBoot/entries/" + i5+"/type",schemaPath:"#/properties/bootloader/properties/systemdBoot/oneOf/0/properties/entries/items/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err166];}else {vErrors.push(err166);}errors++;}if(!(((data68 === "uki-standalone") || (data68 === "uki-config")) || (data68 === "config"))){const err167 = {instancePath:instancePath+"/bootloader/systemdBoot/entries/" + i5+"/type",schemaPath:"#/properties/bootloader/properties/systemdBoot/oneOf/0/properties/entries/items/properties/type/enum",keyword:"enum",params:{allowedValues: schema31.properties.bootloader.properties.systemdBoot.oneOf[0].properties.entries.items.properties.type.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err167];}else {vErrors.push(err167);}errors++;}}if(data67.path !== undefined){if(typeof data67.path !== "string"){const err168 = {instancePath:instancePath+"/bootloader/systemdBoot/entries/" + i5+"/path",schemaPath:"#/properties/bootloader/properties/systemdBoot/oneOf/0/properties/entries/items/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err168];}else {vErrors.push(err168);}errors++;}}if(data67.cmdline !== undefined){if(typeof data67.cmdline !== "string"){const err169 = {instancePath:instancePath+"/bootloader/systemdBoot/entries/" + i5+"/cmdline",schemaPath:"#/properties/bootloader/properties/systemdBoot/oneOf/0/properties/entries/items/properties/cmdline/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err169];}else {vErrors.push(err169);}errors++;}}if(data67.kernel !== undefined){if(typeof data67.kernel !== "string"){const err170 = {instancePath:instancePath+"/bootloader/systemdBoot/entries/" + i5+"/kernel",schemaPath:"#/properties/bootloader/properties/systemdBoot/oneOf/0/properties/entries/items/properties/kernel/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err170];}else {vErrors.push(err170);}errors++;}}}else {const err171 = {instancePath:instancePath+"/bootloader/systemdBoot/entries/" + i5,schemaPath:"#/properties/bootloader/properties/systemdBoot/oneOf/0/properties/entries/items/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err171];}else {vErrors.push(err171);}errors++;}}}else {const err172 = {instancePath:instancePath+"/bootloader/systemdBoot/entries",schemaPath:"#/properties/bootloader/properties/systemdBoot/oneOf/0/properties/entries/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err172];}else {vErrors.push(err172);}errors++;}}}else {const err173 = {instancePath:instancePath+"/bootloader/systemdBoot",schemaPath:"#/properties/bootloader/properties/systemdBoot/oneOf/0/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err173];}else {vErrors.push(err173);}errors++;}var _valid6 = _errs146 === errors;if(_valid6){valid37 = true;passing1 = 0;var props2 = {};props2.entries = true;}const _errs160 = errors;if(data65 !== null){const err174 = {instancePath:instancePath+"/bootloader/systemdBoot",schemaPath:"#/properties/bootloader/properties/systemdBoot/oneOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};if(vErrors === null){vErrors = [err174];}else {vErrors.push(err174);}errors++;}var _valid6 = _errs160 === errors;if(_valid6 && valid37){valid37 = false;passing1 = [passing1, 1];}else {if(_valid6){valid37 = true;passing1 = 1;}}if(!valid37){const err175 = {instancePath:instancePath+"/bootloader/systemdBoot",schemaPath:"#/properties/bootloader/properties/systemdBoot/oneOf",keyword:"oneOf",params:{passingSchemas: passing1},message:"must match exactly one schema in oneOf"};if(vErrors === null){vErrors = [err175];}else {vErrors.push(err175);}errors++;}else {errors = _errs145;if(vErrors !== null){if(_errs145){vErrors.length = _errs145;}else {vErrors = null;}}}}}else {const err176 = {instancePath:instancePath+"/bootloader",schemaPath:"#/properties/bootloader/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err176];}else {vErrors.push(err176);}errors++;}}if(data.id !== undefined){let data72 = data.id;if(typeof data72 === "string"){if(!pattern7.test(data72)){const err177 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/pattern",keyword:"pattern",params:{pattern: "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"},message:"must match pattern \""+"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"+"\""};if(vErrors === null){vErrors = [err177];}else {vErrors.push(err177);}errors++;}}else {const err178 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err178];}else {vErrors.push(err178);}errors++;}}if(data.compression !== undefined){let data73 = data.compression;if(data73 && typeof data73 == "object" && !Array.isArray(data73)){if(data73.maxWindowLog === undefined){const err179 = {instancePath:instancePath+"/compression",schemaPath:"#/properties/compression/required",keyword:"required",params:{missingProperty: "maxWindowLog"},message:"must have required property '"+"maxWindowLog"+"'"};if(vErrors === null){vErrors = [err179];}else {vErrors.push(err179);}errors++;}if(data73.maxWindowLog !== undefined){let data74 = data73.maxWindowLog;if(!(((typeof data74 == "number") && (!(data74 % 1) && !isNaN(data74))) && (isFinite(data74)))){const err180 = {instancePath:instancePath+"/compression/maxWindowLog",schemaPath:"#/properties/compression/properties/maxWindowLog/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err180];}else {vErrors.push(err180);}errors++;}if((typeof data74 == "number") && (isFinite(data74))){if(data74 < 0 || isNaN(data74)){const err181 = {instancePath:instancePath+"/compression/maxWindowLog",schemaPath:"#/properties/compression/properties/maxWindowLog/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};if(vErrors === null){vErrors = [err181];}else {vErrors.push(err181);}errors++;}}}}else {const err182 = {instancePath:instancePath+"/compression",schemaPath:"#/properties/compression/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err182];}else {vErrors.push(err182);}errors++;}}}else {const err183 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err183];}else {vErrors.push(err183);}errors++;}validate20.errors = vErrors;return errors === 0;}validate20.evaluated = {"props":{"version":true,"osArch":true,"osRelease":true,"images":true,"disk":true,"osPackages":true,"bootloader":true,"id":true,"compression":true},"dynamicProps":false,"dynamicItems":false};

const validate = validate20;

// EXTERNAL MODULE: ./build/trident/problems.js
var trident_problems = __webpack_require__(94823);
;// CONCATENATED MODULE: ./build/trident/json-keys.js
// A repeated key in a JSON object. JSON.parse keeps the last value; serde (as
// Trident reads a COSI's metadata.json into its structs, microsoft/trident
// crates/trident/src/osimage/cosi/metadata.rs) refuses a repeated field. So
// a metadata.json with one is read differently by the two: found here, on
// text JSON.parse accepted, in one linear pass. Pure.

/** The first repeated key (decoded, so "os\u0041rch" repeats "osArch") with the JSON pointer of its object; undefined when none. */
function repeatedJsonKey(text) {
    const frames = [];
    for (let i = 0; i < text.length; i++) {
        const c = text[i];
        const top = frames.at(-1);
        if (c === '"') {
            let end = i + 1;
            while (end < text.length && text[end] !== '"')
                end += text[end] === '\\' ? 2 : 1;
            if (top?.kind === 'object' && top.expectKey) {
                const key = JSON.parse(text.slice(i, end + 1));
                if (top.keys.has(key))
                    return { pointer: pointerOf(frames.slice(0, -1)), key };
                top.keys.add(key);
                top.at = key;
                top.expectKey = false;
            }
            i = end;
        }
        else if (c === '{' || c === '[') {
            frames.push({ kind: c === '{' ? 'object' : 'array', keys: new Set(), at: '0', expectKey: c === '{' });
        }
        else if (c === '}' || c === ']') {
            frames.pop();
        }
        else if (c === ',' && top) {
            if (top.kind === 'object')
                top.expectKey = true;
            else
                top.at = String(Number(top.at) + 1);
        }
    }
    return undefined;
}
function pointerOf(frames) {
    return frames.reduce((pointer, f) => (0,trident_problems/* pointerJoin */.wQ)(pointer, f.at), '');
}

;// CONCATENATED MODULE: ./build/trident/schema-tools.js
// Helpers shared by the host-config and COSI checks: pure schema rewrites, and
// turning Ajv's raw error list into one readable message per JSON pointer.
//
// Ajv reports every failed branch of a oneOf/anyOf, which for a nullable enum
// yields a dozen lines about one value. The rewrite below inlines every $ref,
// so each error's schemaPath is a path through one tree and the errors of a
// combinator's branches can be told apart by prefix; then each failed
// combinator is replaced by either one "must be A, B or C" message (when every
// branch failed on the value itself) or the errors of the branch that came
// closest (when some branch matched the value's shape).


/** Keywords whose values are data, not subschemas: never rewrite inside them. */
const DATA_KEYWORDS = new Set(['enum', 'const', 'default', 'examples']);
/**
 * Rebuilds a schema bottom-up, applying `visit` to every schema object after
 * its children were rebuilt. The input is never modified.
 */
function mapSchema(node, visit) {
    if (Array.isArray(node))
        return node.map((item) => mapSchema(item, visit));
    if (!mapping_isMapping(node))
        return node;
    const rebuilt = {};
    for (const [key, child] of Object.entries(node)) {
        if (DATA_KEYWORDS.has(key))
            rebuilt[key] = structuredClone(child);
        else if (SCHEMA_MAP_KEYWORDS.has(key) && mapping_isMapping(child))
            rebuilt[key] = mapValues(child, (s) => mapSchema(s, visit));
        else
            rebuilt[key] = mapSchema(child, visit);
    }
    return visit(rebuilt);
}
/** Keywords whose value maps names to subschemas: the map itself is not a schema. */
const SCHEMA_MAP_KEYWORDS = new Set(['properties', 'patternProperties', 'definitions', '$defs', 'dependentSchemas']);
function mapValues(map, fn) {
    return Object.fromEntries(Object.entries(map).map(([k, v]) => [k, fn(v)]));
}
/** Resolves a JSON pointer (`#/a/b` or `/a/b`, as Ajv writes schemaPath) inside `root`. */
function resolvePointer(root, pointer) {
    const bare = pointer.startsWith('#') ? pointer.slice(1) : pointer;
    let current = root;
    for (const raw of (0,trident_problems/* pointerSegments */.cP)(bare)) {
        const segment = decodeURIComponent(raw);
        if (Array.isArray(current))
            current = current[Number(segment)];
        else if (mapping_isMapping(current))
            current = current[segment];
        else
            return undefined;
    }
    return current;
}
/** Annotation keywords that may sit next to a $ref without changing what it validates. */
const ANNOTATIONS = new Set(['description', 'title', 'default', 'examples', '$comment']);
/**
 * Replaces every local `$ref` by a copy of its target and drops the
 * definitions, so that Ajv's schemaPath always describes the path through the
 * tree. Throws on a recursive schema, which cannot be inlined.
 */
function inlineRefs(root) {
    const inline = (node, stack) => {
        if (Array.isArray(node))
            return node.map((item) => inline(item, stack));
        if (!mapping_isMapping(node))
            return node;
        const out = {};
        for (const [key, child] of Object.entries(node)) {
            if (key !== '$ref')
                out[key] = DATA_KEYWORDS.has(key) ? child : inline(child, stack);
        }
        const ref = node.$ref;
        if (typeof ref !== 'string')
            return out;
        if (!ref.startsWith('#'))
            throw new Error(`cannot inline the non-local $ref ${ref}`);
        if (stack.includes(ref))
            throw new Error(`cannot inline the recursive $ref ${ref}`);
        const target = inline(resolvePointer(root, ref), [...stack, ref]);
        if (!mapping_isMapping(target))
            throw new Error(`$ref ${ref} does not resolve to a schema`);
        return mergeRefTarget(out, target);
    };
    const { definitions: _d, $defs: _e, ...rest } = root;
    return inline(rest, []);
}
/** The schema without its annotations (they validate nothing): what a validator that only says yes or no needs. Pure. */
function withoutAnnotations(root) {
    const stripped = mapSchema(root, (node) => Object.fromEntries(Object.entries(node).filter(([key]) => !ANNOTATIONS.has(key))));
    if (!isMapping(stripped))
        throw new Error('schema is not an object');
    return stripped;
}
/** A $ref with only annotations beside it becomes its target; other siblings keep their meaning via allOf. */
function mergeRefTarget(siblings, target) {
    const onlyAnnotations = Object.keys(siblings).every((k) => ANNOTATIONS.has(k));
    if (onlyAnnotations)
        return { ...target, ...siblings };
    const allOf = Array.isArray(siblings.allOf) ? siblings.allOf : [];
    return { ...siblings, allOf: [...allOf, target] };
}
/** Every `format` name used anywhere in a schema. */
function schema_tools_collectFormats(node, found = new Set()) {
    if (Array.isArray(node))
        node.forEach((item) => schema_tools_collectFormats(item, found));
    else if (isMapping(node)) {
        for (const [key, child] of Object.entries(node)) {
            if (key === 'format' && typeof child === 'string')
                found.add(child);
            else if (!DATA_KEYWORDS.has(key))
                schema_tools_collectFormats(child, found);
        }
    }
    return found;
}
/** Keywords that judge the value itself rather than something inside it. */
const LEAF_KEYWORDS = new Set([
    'type',
    'enum',
    'const',
    'format',
    'pattern',
    'minimum',
    'maximum',
    'exclusiveMinimum',
    'exclusiveMaximum',
    'minLength',
    'maxLength',
    'multipleOf',
    'alternatives',
]);
/** Turns Ajv's errors (from a schema made by inlineRefs) into one message per path. */
function explainErrors(errors, schema) {
    const issues = errors
        .filter((e) => e.keyword !== 'if') // always accompanied by the then/else errors that say what is wrong
        .map(toIssue);
    return mergeByPath(resolveCombinators(dropContainsNoise(issues), schema).map((i) => describeIssue(i, schema)));
}
/** A failed `contains` lists every item that did not match; its own error already says what is missing. */
function dropContainsNoise(issues) {
    const contains = issues.filter((i) => i.keyword === 'contains');
    return issues.filter((i) => !contains.some((c) => i !== c && isUnder(i, c)));
}
function toIssue(error) {
    return {
        instancePath: error.instancePath,
        schemaPath: error.schemaPath,
        keyword: error.keyword,
        params: { ...error.params },
        message: error.message ?? error.keyword,
    };
}
function isFailedCombinator(issue) {
    return issue.keyword === 'oneOf' || issue.keyword === 'anyOf';
}
/** Innermost combinators first, so an outer one sees its branches already summarised. */
function resolveCombinators(issues, schema) {
    const combinators = issues.filter(isFailedCombinator).sort((a, b) => b.schemaPath.length - a.schemaPath.length);
    let current = issues;
    for (const combinator of combinators) {
        if (current.includes(combinator))
            current = resolveCombinator(current, combinator, schema);
    }
    return current;
}
function isUnder(issue, combinator) {
    const p = combinator.instancePath;
    const sameValue = issue.instancePath === p || issue.instancePath.startsWith(`${p}/`);
    return sameValue && issue.schemaPath.startsWith(`${combinator.schemaPath}/`);
}
function resolveCombinator(issues, combinator, schema) {
    const inside = issues.filter((i) => i !== combinator && isUnder(i, combinator));
    const rest = issues.filter((i) => i !== combinator && !isUnder(i, combinator));
    return [...rest, ...replaceCombinator(combinator, inside, schema)];
}
function replaceCombinator(combinator, inside, schema) {
    const keys = requiredOnlyAlternatives(resolvePointer(schema, combinator.schemaPath));
    if (keys) {
        const quantity = combinator.keyword === 'oneOf' ? 'exactly one' : 'at least one';
        return [{ ...combinator, message: `must have ${quantity} of the keys ${joinOr(keys.map(quote))}` }];
    }
    const passing = combinator.params.passingSchemas;
    if (Array.isArray(passing)) {
        return [{ ...combinator, message: `matches more than one of its alternatives (${passing.join(', ')}); it must match exactly one` }];
    }
    const branches = groupByBranch(inside, combinator.schemaPath);
    const isLeaf = (i) => i.instancePath === combinator.instancePath && LEAF_KEYWORDS.has(i.keyword);
    const shapeMatches = branches.filter((b) => !b.every(isLeaf));
    if (shapeMatches.length === 0) {
        const alternatives = [...new Set(branches.flatMap(describeBranch))];
        return [{ ...combinator, keyword: 'alternatives', alternatives }];
    }
    // The branch with the fewest complaints is the one the user most likely meant.
    return shapeMatches.reduce((best, b) => (b.length < best.length ? b : best));
}
/** Alternatives such as `oneOf: [{required: [content]}, {required: [path]}]`: the keys, else undefined. */
function requiredOnlyAlternatives(branches) {
    if (!Array.isArray(branches) || branches.length === 0)
        return undefined;
    const keys = [];
    for (const branch of branches) {
        if (!mapping_isMapping(branch) || Object.keys(branch).join() !== 'required')
            return undefined;
        const required = branch.required;
        if (!Array.isArray(required) || required.length !== 1 || typeof required[0] !== 'string')
            return undefined;
        keys.push(required[0]);
    }
    return keys;
}
function groupByBranch(inside, combinatorPath) {
    const groups = new Map();
    for (const issue of inside) {
        const branch = issue.schemaPath.slice(combinatorPath.length + 1).split('/')[0] ?? '';
        groups.set(branch, [...(groups.get(branch) ?? []), issue]);
    }
    return [...groups.values()];
}
/** What one failed branch wanted the value to be, as words for "must be …". */
function describeBranch(issues) {
    const find = (keyword) => issues.find((i) => i.keyword === keyword);
    const enumIssue = find('enum');
    if (enumIssue && Array.isArray(enumIssue.params.allowedValues))
        return enumIssue.params.allowedValues.map(quote);
    const constIssue = find('const');
    if (constIssue)
        return [quote(constIssue.params.allowedValue)];
    const nested = find('alternatives');
    if (nested?.alternatives)
        return nested.alternatives;
    const format = find('format');
    if (format)
        return [formatWords(format.params.format)];
    const pattern = find('pattern');
    if (pattern)
        return [`a string matching ${String(pattern.params.pattern)}`];
    const type = find('type');
    if (type)
        return [typeWords(type.params.type)];
    const limit = issues.find((i) => typeof i.params.comparison === 'string');
    if (limit)
        return [`a number ${String(limit.params.comparison)} ${String(limit.params.limit)}`];
    return issues.map((i) => i.message.replace(/^must (be )?/, ''));
}
function describeIssue(issue, schema) {
    const at = (message) => ({ path: issue.instancePath, message, atKey: false });
    switch (issue.keyword) {
        case 'additionalProperties':
            return unknownKeyProblem(issue, schema);
        case 'required':
            return at(`missing required key ${quote(issue.params.missingProperty)}`);
        case 'type':
            return at(`must be ${typeWords(issue.params.type)}`);
        case 'enum':
            return at(`must be ${joinOr(asArray(issue.params.allowedValues).map(quote))}`);
        case 'const':
            return at(`must be ${quote(issue.params.allowedValue)}`);
        case 'format':
            return at(`must be ${formatWords(issue.params.format)}`);
        case 'alternatives':
            return at(`must be ${joinOr(issue.alternatives ?? [])}`);
        default:
            return at(issue.message);
    }
}
function unknownKeyProblem(issue, schema) {
    const key = String(issue.params.additionalProperty);
    const parent = resolvePointer(schema, issue.schemaPath.replace(/\/additionalProperties$/, ''));
    const allowed = mapping_isMapping(parent) && mapping_isMapping(parent.properties) ? Object.keys(parent.properties) : [];
    const hint = allowed.length > 0 ? ` (allowed here: ${allowed.join(', ')})` : '';
    return { path: (0,trident_problems/* pointerJoin */.wQ)(issue.instancePath, key), message: `unknown key ${quote(key)}${hint}`, atKey: true };
}
/** One problem per path: distinct messages joined. */
function mergeByPath(problems) {
    const byPath = new Map();
    for (const p of problems) {
        const seen = byPath.get(p.path);
        if (!seen)
            byPath.set(p.path, { ...p });
        else if (!seen.message.split('; ').includes(p.message))
            seen.message = `${seen.message}; ${p.message}`;
    }
    return [...byPath.values()];
}
/** Quoted as written: some format names are regular expressions, which JSON escaping would double. */
function formatWords(format) {
    return `a string in format "${String(format)}"`;
}
function asArray(value) {
    return Array.isArray(value) ? value : [value];
}
function typeWords(type) {
    return joinOr(String(type).split(','));
}
function quote(value) {
    return JSON.stringify(value) ?? String(value);
}
/** `a`, `a or b`, `a, b or c`. */
function joinOr(words) {
    if (words.length <= 1)
        return words[0] ?? '';
    return `${words.slice(0, -1).join(', ')} or ${words[words.length - 1]}`;
}

;// CONCATENATED MODULE: ./build/trident/tar.js
// Just enough of the tar format to list an archive's entries from their
// 512-byte headers: ustar (with its name prefix), GNU (long names, base-256
// sizes) and pax extended headers (path and size overrides). Pure functions
// over buffers; cosi.ts does the reading.
//
// Trident reads a COSI with the Rust `tar` crate (alexcrichton/tar-rs,
// src/archive.rs `next_entry`, src/entry.rs `path_bytes`, src/pax.rs,
// src/header.rs), and a COSI must mean the same to both readers: where the
// two could differ, this reader refuses rather than guesses. So a header is
// ustar or GNU (the crate reads extension headers only in those, and a ustar
// name prefix only with version "00"), a number is octal digits (or base-256),
// a name is UTF-8 without NUL, and a pax header is records that both a
// length walk and a newline split read alike, each key once.
const BLOCK = 512;
class TarFormatError extends Error {
}
/** Entry types whose data is a file's content (as opposed to metadata for the next entry). */
function isFileType(type) {
    return type === '0' || type === '\0' || type === '7';
}
/** Two of these end an archive. */
function isZeroBlock(block) {
    return block.every((b) => b === 0);
}
/** The bytes an entry's data occupies, padded to whole blocks. */
function paddedSize(size) {
    return Math.ceil(size / BLOCK) * BLOCK;
}
/** Parses one header block; throws TarFormatError when it is not one (bad checksum or fields). */
function parseTarHeader(block) {
    if (block.length !== BLOCK)
        throw new TarFormatError(`a tar header is ${BLOCK} bytes, got ${block.length}`);
    const stored = parseNumber(block, 148, 8);
    if (stored === undefined || stored !== headerChecksum(block))
        throw new TarFormatError('header checksum does not match');
    const size = parseNumber(block, 124, 12);
    if (size === undefined)
        throw new TarFormatError('header size field is not a number');
    const type = String.fromCharCode(block[156] ?? 0);
    const dialect = dialectOf(block);
    return { name: headerName(block, dialect), size, type, dialect };
}
/** Sum of the header bytes with the checksum field counted as spaces (POSIX). */
function headerChecksum(block) {
    let sum = 0;
    for (let i = 0; i < BLOCK; i++)
        sum += i >= 148 && i < 156 ? 0x20 : (block[i] ?? 0);
    return sum;
}
/** tar-rs src/header.rs is_ustar / is_gnu: magic and version together. */
function dialectOf(block) {
    const magic = Buffer.from(block.subarray(257, 265)).toString('latin1');
    if (magic === 'ustar\u000000')
        return 'ustar';
    if (magic === 'ustar  \u0000')
        return 'gnu';
    return 'other';
}
/** POSIX ustar splits long names into prefix + name; GNU uses that area for other fields. */
function headerName(block, dialect) {
    const name = cString(block, 0, 100);
    const prefix = dialect === 'ustar' ? cString(block, 345, 155) : '';
    return prefix ? `${prefix}/${name}` : name;
}
/** Octal ASCII (digits, spaces around them), or GNU base-256 (high bit of the first byte set) for values octal cannot hold. */
function parseNumber(block, offset, length) {
    const first = block[offset] ?? 0;
    if (first & 0x80) {
        let value = first & 0x7f;
        for (let i = 1; i < length; i++)
            value = value * 256 + (block[offset + i] ?? 0);
        return Number.isSafeInteger(value) ? value : undefined;
    }
    // An empty field is no number (tar-rs refuses it too), not 0.
    const text = cString(block, offset, length).replace(/^ +| +$/g, '');
    return /^[0-7]+$/.test(text) ? parseInt(text, 8) : undefined;
}
const UTF8 = new TextDecoder('utf-8', { fatal: true });
/** A NUL-terminated (or field-filling) string; bytes that are not UTF-8 are an error (they would decode to look-alikes). */
function cString(bytes, offset, length) {
    const field = bytes.subarray(offset, offset + length);
    const end = field.indexOf(0);
    return decodeName(end === -1 ? field : field.subarray(0, end));
}
function decodeName(bytes) {
    try {
        return UTF8.decode(bytes);
    }
    catch {
        throw new TarFormatError(`a name is not valid UTF-8 (${JSON.stringify(Buffer.from(bytes).toString('latin1'))})`);
    }
}
/**
 * A GNU long name ('L') entry's data: the name and at most one NUL, last.
 * tar-rs drops one trailing NUL and keeps the rest, so a NUL inside would
 * make a name this reader would otherwise cut short.
 */
function parseLongName(data) {
    const body = data.length > 0 && data[data.length - 1] === 0 ? data.subarray(0, data.length - 1) : data;
    if (body.includes(0))
        throw new TarFormatError('a GNU long name holds a NUL before its end');
    return decodeName(body);
}
/**
 * The `path` and `size` records of a pax extended header (`<len> <key>=<value>\n`
 * each). tar-rs splits the data at newlines and takes the first `path`/`size`;
 * a walk by length would read a value holding a newline differently, so every
 * record must end at its newline and hold no other, the records must fill the
 * data exactly, a key may appear once, and `size` must be decimal digits.
 */
function parsePax(data) {
    const out = {};
    const keys = new Set();
    let offset = 0;
    while (offset < data.length) {
        const space = data.indexOf(0x20, offset);
        const digits = space === -1 ? '' : Buffer.from(data.subarray(offset, space)).toString('latin1');
        const length = /^[1-9][0-9]{0,8}$/.test(digits) ? Number(digits) : NaN;
        const end = offset + length;
        if (!Number.isInteger(length) || end > data.length || data[end - 1] !== 0x0a)
            throw malformedPax(offset, 'its length does not end at a newline');
        const record = data.subarray(space + 1, end - 1);
        if (record.includes(0x0a))
            throw malformedPax(offset, 'holds a newline before its end');
        const eq = record.indexOf(0x3d);
        if (eq <= 0)
            throw malformedPax(offset, 'has no key=value');
        const key = decodeName(record.subarray(0, eq));
        if (keys.has(key))
            throw malformedPax(offset, `key '${key}' appears again (tar readers differ on which one counts)`);
        keys.add(key);
        const value = record.subarray(eq + 1);
        if (key === 'path')
            out.path = decodeName(value);
        if (key === 'size')
            out.size = paxSize(Buffer.from(value).toString('latin1'), offset);
        offset = end;
    }
    return out;
}
function paxSize(value, offset) {
    const size = /^[0-9]{1,16}$/.test(value) ? Number(value) : NaN;
    if (!Number.isSafeInteger(size))
        throw malformedPax(offset, `size '${value}' is not decimal digits`);
    return size;
}
function malformedPax(offset, why) {
    return new TarFormatError(`malformed pax extended header: its record at byte ${offset} ${why}`);
}

;// CONCATENATED MODULE: ./build/trident/cosi.js
// COSI (Composable OS Image): an uncompressed tar holding `cosi-marker`
// (empty, first), `metadata.json`, then `images/*`. COSIs are gigabytes, so
// reading walks the tar headers and reads only metadata.json's content.











const MARKER = 'cosi-marker';
const METADATA = 'metadata.json';
/** ISO 9660 stores a file's size in 32 bits: 4 GiB - 1 is the largest file an ISO can hold. */
const MAX_ISO_FILE_SIZE = 2 ** 32 - 1;
/** Bounds that no real COSI comes near; they keep a hostile file from costing memory. */
const MAX_ENTRIES = 10_000;
const MAX_METADATA_BYTES = limits/* FILE_LIMITS */.SK.cosiMetadata.bytes;
const MAX_EXTENDED_HEADER_BYTES = 1024 * 1024;
/** Reads a COSI's entry list and metadata.json. Throws on a file that is not a complete tar. */
async function readCosi(file) {
    const source = await openFileSource(file);
    try {
        return await readCosiFrom(source);
    }
    finally {
        await source.close();
    }
}
/** The same, from bytes anywhere: a COSI file, or the COSI's extent inside an ISO. */
function readCosiFrom(source) {
    return walkCosi(source);
}
async function walkCosi(handle) {
    const { size } = handle;
    if (size === 0)
        throw new Error('the file is empty; a COSI is a tar archive');
    const entries = [];
    let metadata;
    let pending = {};
    const seen = new Set();
    let offset = 0;
    while (offset < size) {
        const block = await cosi_readAt(handle, offset, Math.min(BLOCK, size - offset));
        if (block.length < BLOCK)
            throw truncated(`a header at byte ${offset} is cut short`);
        if (isZeroBlock(block))
            break;
        const header = parseHeaderAt(block, offset);
        // tar-rs reads 'L' and 'x' only in ustar or GNU headers (any other is an entry of its own, named by the
        // header), and a ustar name prefix only with version "00": refuse what it would read otherwise.
        if (header.dialect === 'other') {
            throw new Error(`the tar header at byte ${offset} is neither POSIX ustar nor GNU (its magic and version); a COSI is written in ustar, pax or GNU format`);
        }
        const entrySize = pending.size ?? header.size;
        const dataStart = offset + BLOCK;
        if (dataStart + entrySize > size) {
            throw truncated(`entry ${quote(pending.path ?? header.name)} needs ${entrySize} bytes from byte ${dataStart}, but the file ends at byte ${size}`);
        }
        if (header.type === 'L' || header.type === 'x') {
            // tar-rs refuses two of a kind and, given both, takes the long name over the pax path: one per entry.
            if (pending.from) {
                throw new Error(`the entry after byte ${pending.from.offset} has two extended headers (${kindOf(pending.from.type)} and ${kindOf(header.type)}); tar readers disagree on which names it`);
            }
            const data = await readData(handle, dataStart, entrySize);
            const fields = extensionField(() => (header.type === 'L' ? { path: parseLongName(data) } : parsePax(data)), offset);
            pending = { ...fields, from: { type: header.type, offset } };
        }
        else {
            const name = normalizeName(pending.path ?? header.name);
            if (entries.length >= MAX_ENTRIES)
                throw new Error(`more than ${MAX_ENTRIES} entries: not a COSI`);
            // What Trident reads by name must be what was checked: one regular file per normalised name.
            // A pax global header ('g') or a GNU long link name ('K') is no exception: tar-rs lists the first as an entry.
            if (!isFileType(header.type))
                throw new Error(`entry ${quote(name)} is ${entryKind(header.type)}; every entry of a COSI must be a regular file`);
            const why = nameProblem(name);
            if (why)
                throw new Error(`entry ${quote(name)} ${why}; entry names must be normalised relative paths`);
            if (seen.has(name))
                throw new Error(`entry ${quote(name)} appears twice; only one would be checked and hashed`);
            seen.add(name);
            entries.push(name);
            if (name === METADATA)
                metadata = await readMetadata(handle, dataStart, entrySize);
            pending = {};
        }
        offset = dataStart + paddedSize(entrySize);
    }
    if (pending.from)
        throw new Error(`the ${kindOf(pending.from.type)} at byte ${pending.from.offset} describes no entry: the archive ends after it`);
    return cosiInfo(size, entries, metadata);
}
function kindOf(type) {
    return type === 'L' ? 'a GNU long name' : 'a pax extended header';
}
/** A malformed extension header is an error at its offset. */
function extensionField(parse, offset) {
    try {
        return parse();
    }
    catch (err) {
        if (err instanceof TarFormatError)
            throw new Error(`corrupt tar header at byte ${offset}: ${err.message}`);
        throw err;
    }
}
function parseHeaderAt(block, offset) {
    try {
        return parseTarHeader(block);
    }
    catch (err) {
        if (!(err instanceof TarFormatError))
            throw err;
        if (offset === 0)
            throw new Error(`not a tar archive (${err.message})${compressionHint(block)}; a COSI is an uncompressed tar`);
        throw new Error(`corrupt tar header at byte ${offset}: ${err.message}`);
    }
}
/** Compressed COSIs are a likely mistake: name the compression when the magic bytes show it. */
function compressionHint(block) {
    if (block[0] === 0x28 && block[1] === 0xb5 && block[2] === 0x2f && block[3] === 0xfd)
        return ': it is zstd-compressed';
    if (block[0] === 0x1f && block[1] === 0x8b)
        return ': it is gzip-compressed';
    if (block.subarray(0, 3).toString('latin1') === 'BZh')
        return ': it is bzip2-compressed';
    if (block[0] === 0xfd && block.subarray(1, 6).toString('latin1') === '7zXZ\0')
        return ': it is xz-compressed';
    return '';
}
function truncated(detail) {
    return new Error(`truncated tar archive: ${detail}`);
}
/** What a tar typeflag makes an entry, for a message. */
function entryKind(type) {
    const kinds = {
        '1': 'a hard link',
        '2': 'a symbolic link',
        '3': 'a character device',
        '4': 'a block device',
        '5': 'a directory',
        '6': 'a FIFO',
        g: 'a pax global header (Trident would list it as an entry)',
        K: 'a GNU long link name (for a link)',
        S: 'a GNU sparse file',
    };
    return kinds[type] ?? `of tar type ${JSON.stringify(type)}`;
}
/** Why a path is not a normalised relative one (absolute, `.`/`..`/empty segments, a trailing slash, a backslash, a control character), or undefined. */
function nameProblem(name) {
    if (name === '')
        return 'has an empty name';
    if (name.startsWith('/'))
        return 'is an absolute path';
    // eslint-disable-next-line no-control-regex
    if (/[\u0000-\u001f\u007f\\]/.test(name))
        return 'holds a control character or a backslash';
    const segments = name.split('/');
    if (segments.includes('..'))
        return "holds '..'";
    if (segments.some((s) => s === '' || s === '.'))
        return "holds an empty or '.' segment";
    return undefined;
}
/** Trident strips a leading `./` (tar -C dir . writes one), so the names compare as Trident sees them. */
function normalizeName(name) {
    return name.startsWith('./') && name.length > 2 ? name.slice(2) : name;
}
async function readMetadata(handle, position, size) {
    if (size > MAX_METADATA_BYTES)
        throw new Error(`metadata.json is ${size} bytes, more than the ${MAX_METADATA_BYTES} this reader accepts`);
    const bytes = await cosi_readAt(handle, position, size);
    return { text: bytes.toString('utf8'), sha384: (0,external_node_crypto_.createHash)('sha384').update(bytes).digest('hex') };
}
async function readData(handle, position, size) {
    if (size > MAX_EXTENDED_HEADER_BYTES)
        throw new Error(`an extended tar header of ${size} bytes at byte ${position - BLOCK} is implausibly large`);
    return cosi_readAt(handle, position, size);
}
/** Reads exactly `length` bytes unless the source ends first. */
function cosi_readAt(source, position, length) {
    return source.read(position, length);
}
function cosiInfo(size, entries, metadata) {
    return {
        size,
        entries,
        firstEntry: entries[0] ?? '',
        metadataText: metadata?.text ?? '',
        metadataSha384: metadata?.sha384 ?? '',
        metadata: metadata ? parseJson(metadata.text) : undefined,
    };
}
function parseJson(text) {
    try {
        return JSON.parse(text);
    }
    catch {
        return undefined;
    }
}
/** Everything that keeps this COSI from going on an ISO for `platform`. */
function checkCosi(info, platform) {
    return [...structureProblems(info), ...sizeProblems(info), ...metadataProblems(info, platform)];
}
function structureProblems(info) {
    if (info.entries.length === 0)
        return [{ path: '', message: `the tar archive is empty; a COSI starts with the entry ${quote(MARKER)}` }];
    if (info.firstEntry === MARKER)
        return [];
    const where = info.entries.includes(MARKER) ? `at position ${info.entries.indexOf(MARKER) + 1}` : 'missing';
    return [{ path: '', message: `the first entry is ${quote(info.firstEntry)}, not ${quote(MARKER)} (which is ${where}); a COSI must start with it` }];
}
function sizeProblems(info) {
    if (info.size <= MAX_ISO_FILE_SIZE)
        return [];
    return [
        {
            path: '',
            message: `the COSI is ${info.size} bytes (${gib(info.size)} GiB); an ISO 9660 image holds files of at most ${MAX_ISO_FILE_SIZE} bytes (4 GiB - 1), so it cannot be put on the ISO`,
        },
    ];
}
function gib(bytes) {
    return (bytes / 2 ** 30).toFixed(2);
}
const METADATA_POINTER = `/${METADATA}`;
function metadataProblems(info, platform) {
    if (!info.entries.includes(METADATA))
        return [{ path: METADATA_POINTER, message: `the archive has no ${METADATA} entry` }];
    if (info.metadata === undefined)
        return [{ path: METADATA_POINTER, message: `is not valid JSON: ${jsonError(info.metadataText)}` }];
    const inMetadata = (p) => ({ ...p, path: `${METADATA_POINTER}${p.path}` });
    const repeated = repeatedJsonKey(info.metadataText);
    if (repeated)
        return [
            inMetadata({
                path: repeated.pointer,
                message: `holds the key ${quote(repeated.key)} twice; Trident's reader refuses a repeated field (a JSON reader that keeps the last would check another metadata)`,
            }),
        ];
    return [
        ...checkCosiMetadata(info.metadata).map(inMetadata),
        ...missingImageProblems(info).map(inMetadata),
        ...archProblems(info.metadata, platform).map(inMetadata),
    ];
}
function jsonError(text) {
    try {
        JSON.parse(text);
        return 'unreadable';
    }
    catch (err) {
        return err instanceof Error ? err.message : String(err);
    }
}
let schema;
/**
 * metadata.json against the COSI 1.2 schema; paths are JSON pointers inside
 * metadata.json. The validator is compiled when the action is built
 * (src/data/validators/cosi-metadata.ts, from the schema with its $refs inlined).
 */
function checkCosiMetadata(metadata) {
    if (validate(metadata))
        return [];
    schema ??= inlineRefs(cosi_metadata_v1_2_schema_namespaceObject);
    return explainErrors(validate.errors ?? [], schema).map(({ path, message }) => ({ path, message }));
}
/** Each image file the metadata names (filesystems, their verity hashes, GPT regions), with where it is named. */
function imagePaths(metadata) {
    if (!mapping_isMapping(metadata))
        return [];
    const found = [];
    const add = (holder, pointer) => {
        if (mapping_isMapping(holder) && mapping_isMapping(holder.image) && typeof holder.image.path === 'string') {
            found.push({ pointer: `${pointer}/image/path`, path: holder.image.path });
        }
    };
    listOf(metadata.images).forEach((fs, i) => {
        add(fs, (0,trident_problems/* pointerJoin */.wQ)('/images', i));
        if (mapping_isMapping(fs))
            add(fs.verity, `${(0,trident_problems/* pointerJoin */.wQ)('/images', i)}/verity`);
    });
    if (mapping_isMapping(metadata.disk))
        listOf(metadata.disk.gptRegions).forEach((r, i) => add(r, (0,trident_problems/* pointerJoin */.wQ)('/disk/gptRegions', i)));
    return found;
}
function listOf(value) {
    return Array.isArray(value) ? value : [];
}
function missingImageProblems(info) {
    const present = new Set(info.entries);
    return imagePaths(info.metadata).flatMap(({ pointer, path }) => {
        const why = nameProblem(path);
        if (why)
            return [{ path: pointer, message: `names ${quote(path)}, which ${why}; image paths must be normalised relative paths` }];
        return present.has(path) ? [] : [{ path: pointer, message: `names ${quote(path)}, which is not in the archive` }];
    });
}
function archProblems(metadata, platform) {
    if (!mapping_isMapping(metadata) || typeof metadata.osArch !== 'string')
        return [];
    const osPlatform = (0,context_platform/* platformOfCosiArch */.VC)(metadata.osArch);
    if (osPlatform === undefined || osPlatform === platform)
        return [];
    return [{ path: '/osArch', message: `the OS is ${metadata.osArch} (${osPlatform}), but platform is ${platform}` }];
}

;// CONCATENATED MODULE: ./build/context/input-files.js
// The inputs that name files, checked before anything long starts: each
// exists and is readable, can be mounted into a container, the output would
// overwrite nothing, extra-config names no host file but its package lists
// (read here, copied beside the generated config later), and the COSI is sound.












async function mustRead(input, file, kind) {
    let info;
    try {
        info = await (0,promises_.stat)(file);
        await (0,promises_.access)(file, promises_.constants.R_OK);
    }
    catch {
        throw new errors/* InputError */.d(input, `${file} does not exist or cannot be read; check the path (relative paths start at the workspace).`);
    }
    if (kind === 'file' && !info.isFile())
        throw new errors/* InputError */.d(input, `${file} is not a file.`);
    if (kind === 'directory' && !info.isDirectory())
        throw new errors/* InputError */.d(input, `${file} is not a directory.`);
    // A FIFO, socket or device would block or never end when read.
    if (kind === 'either' && !info.isFile() && !info.isDirectory())
        throw new errors/* InputError */.d(input, `${file} is neither a file nor a folder.`);
}
/** output's folder must be there, and be a folder (a file of that name says so, not that nothing is there). */
async function mustHaveFolder(output) {
    const folder = external_node_path_.dirname(output);
    await mustRead('output', folder, 'directory').catch(async () => {
        const there = await (0,promises_.stat)(folder).catch(() => undefined);
        throw new errors/* InputError */.d('output', there && !there.isDirectory()
            ? `${folder} is a file, not a folder, so ${external_node_path_.basename(output)} cannot be made in it; choose another output.`
            : `the folder ${folder} does not exist; create it first or choose another output.`);
    });
}
/** trident-rpms: a folder, or a gzip-compressed tarball (what make bin/trident-rpms.tar.gz writes). */
async function checkRpmSource(file) {
    await mustRead('trident-rpms', file, 'either');
    if ((await (0,promises_.stat)(file)).isDirectory())
        return;
    const head = Buffer.alloc(2);
    const handle = await (0,promises_.open)(file, promises_.constants.O_RDONLY | promises_.constants.O_NONBLOCK); // a FIFO does not block the open
    await handle.read(head, 0, 2, 0).finally(() => handle.close());
    if (!/\.(tar\.gz|tgz)$/i.test(file) || head[0] !== 0x1f || head[1] !== 0x8b) {
        throw new errors/* InputError */.d('trident-rpms', `${file} is neither a folder nor a .tar.gz of RPMs (such as bin/trident-rpms.tar.gz from make); give one of those.`);
    }
}
/** The longest file name Linux filesystems take (NAME_MAX, ext4/xfs/btrfs/tmpfs). */
const NAME_MAX = 255;
/**
 * What would fail only when the ISO is delivered, after the whole build: a
 * name the filesystem cannot hold (with the suffix of the temporary copy
 * beside it), a folder that cannot be written (read-only, no permission). The
 * folder is probed by creating and removing a file of a name nobody uses.
 */
async function checkOutputWritable(output) {
    const name = external_node_path_.basename(output);
    const longest = Buffer.byteLength(`${name}${partialSuffix()}`);
    if (longest > NAME_MAX)
        throw new errors/* InputError */.d('output', `its file name is ${Buffer.byteLength(name)} bytes; with the suffix of the temporary copy (${partialSuffix()}) it must fit the filesystem's ${NAME_MAX}. Choose a shorter name.`);
    const probe = external_node_path_.join(external_node_path_.dirname(output), `.trident-iso-probe-${process.pid}-${(0,external_node_crypto_.randomUUID)().slice(0, 8)}`);
    try {
        await (await (0,promises_.open)(probe, 'wx')).close();
    }
    catch (error) {
        throw new errors/* InputError */.d('output', `the folder ${external_node_path_.dirname(output)} cannot be written (${error.code ?? (0,errors/* errorMessage */.g)(error)}); the ISO could not be delivered there after the build. Choose a writable folder.`);
    }
    await (0,promises_.rm)(probe, { force: true });
}
/** The suffix of the temporary copy the ISO gets beside `output` when it crosses filesystems (stages/deliver.ts). */
function partialSuffix(pid = process.pid) {
    return `.partial-${pid}`;
}
/**
 * Patch mode's files: the host config, prebuilt RPMs, the ISO (when it is a
 * file) and the output, which must not exist (unless the ISO is patched in
 * place, which only the CLI asks for) in a folder that does. Throws InputError.
 */
async function checkPatchFiles(inputs, inPlace) {
    if (inputs.hostConfig)
        await mustRead('host-config', inputs.hostConfig, 'file');
    if (inputs.rpms.kind === 'prebuilt')
        await checkRpmSource(inputs.rpms.path);
    let isoBytes;
    if (inputs.patch?.kind === 'file') {
        await mustRead('patch-iso', inputs.patch.path, 'file');
        isoBytes = (await (0,promises_.stat)(inputs.patch.path)).size;
    }
    if (!inPlace) {
        const existing = await (0,promises_.stat)(inputs.output).catch(() => undefined);
        if (existing)
            throw new errors/* InputError */.d('output', `${inputs.output} already exists; the action never overwrites a file (nor the ISO it patches). Choose another output.`);
        await mustHaveFolder(inputs.output);
    }
    return isoBytes === undefined ? {} : { isoBytes };
}
/** Checks every file input; returns the COSI read and extra-config parsed. Throws InputError. */
async function checkInputFiles(inputs, log, workspace) {
    if (inputs.hostConfig)
        await mustRead('host-config', inputs.hostConfig, 'file');
    if (inputs.config)
        await mustRead('config', inputs.config, 'file');
    if (inputs.cosi)
        await mustRead('cosi', inputs.cosi, 'file');
    if (inputs.rpms.kind === 'prebuilt')
        await checkRpmSource(inputs.rpms.path);
    if (inputs.rpms.kind === 'build') {
        const { checkout } = inputs.rpms;
        await mustRead('trident-source', checkout, 'directory');
        await mustRead('trident-source', external_node_path_.join(checkout, 'Makefile'), 'file').catch(() => {
            throw new errors/* InputError */.d('trident-source', `${checkout} has no Makefile; give the root of a Trident checkout.`);
        });
    }
    if (inputs.baseImage.kind === 'file')
        await mustRead('base-image-file', inputs.baseImage.path, 'file');
    // Paths that are mounted into the container must be expressible as -v host:container.
    for (const [input, file] of [
        ['cosi', inputs.cosi],
        ['base-image-file', inputs.baseImage.kind === 'file' ? inputs.baseImage.path : undefined],
        ['config', inputs.config],
    ]) {
        if (file && unmountablePath(file))
            throw new errors/* InputError */.d(input, `${file} contains ':', which a container mount cannot express; rename or move it.`);
    }
    // Never overwrite: the output must not exist yet (lstat: a dangling symlink is a name that exists), and its folder must.
    const existing = await (0,promises_.lstat)(inputs.output).catch(() => undefined);
    if (existing)
        throw new errors/* InputError */.d('output', `${inputs.output} already exists${existing.isSymbolicLink() ? ' (a symbolic link)' : ''}; the action never overwrites a file. Remove it first or choose another output.`);
    await mustHaveFolder(inputs.output);
    await checkOutputWritable(inputs.output);
    const result = {};
    if (inputs.extraConfig?.kind === 'file') {
        await mustRead('extra-config', inputs.extraConfig.path, 'file');
        result.extraConfig = parseYamlMapping(await (0,limits/* readInputText */._)('extra-config', inputs.extraConfig.path, 'extraConfig'), 'extra-config', inputs.extraConfig.path);
    }
    else if (inputs.extraConfig) {
        result.extraConfig = parseYamlMapping(inputs.extraConfig.text, 'extra-config');
    }
    if (result.extraConfig) {
        // Relative to the extra-config file's folder, or to the workspace for inline YAML.
        const base = inputs.extraConfig?.kind === 'file' ? external_node_path_.dirname(inputs.extraConfig.path) : workspace;
        const { lists, problems } = await readPackageLists(splitPackageLists(result.extraConfig).refs, base);
        if (problems.length > 0)
            throw new errors/* InputError */.d('extra-config', `names package lists that cannot be used:\n${(0,trident_problems/* problemLines */.pb)(problems.map((p) => `  ${p.path}: ${p.message}`))}`);
        if (lists.length > 0)
            result.extraConfigLists = lists;
    }
    if (result.extraConfig) {
        // The ISO carries one host config, the checked one, which Trident's own units read at boot; extra-config's kernel arguments get kernel-command-line's check.
        const owned = ownedPathProblems(result.extraConfig, ownedPaths({ cosiDestination: inputs.cosi ? inputs.cosiDestination : undefined, patchable: inputs.placeholderSize !== undefined }));
        const problems = [...owned, ...bootOverrideProblems(result.extraConfig), ...kernelArgumentProblems(result.extraConfig)];
        if (problems.length > 0)
            throw new errors/* InputError */.d('extra-config', `cannot be used:\n${(0,trident_problems/* problemLines */.pb)(problems.map((p) => `  ${p.pointer}: ${p.message}`))}`);
    }
    const references = fileReferences(result.extraConfig);
    if (references.length > 0) {
        throw new errors/* InputError */.d('extra-config', `names files at ${references.join(', ')}, which the generated config cannot bring into the build (only host-config, cosi and the RPMs are mounted). Use inline content (os.additionalFiles[].content, scripts[].content), or give a complete config with its files as \`config\`.`);
    }
    if (inputs.cosi) {
        const file = inputs.cosi;
        const cosi = await readCosi(file).catch((error) => {
            throw new errors/* InputError */.d('cosi', `${file} is not a COSI file: ${(0,errors/* errorMessage */.g)(error)}`);
        });
        const problems = checkCosi(cosi, inputs.platform);
        if (problems.length > 0) {
            throw new errors/* InputError */.d('cosi', `${file} is not usable:\n${(0,trident_problems/* indent */.pZ)((0,trident_problems/* formatProblems */.C5)(problems, external_node_path_.basename(file)))}`);
        }
        log(`COSI ${external_node_path_.basename(file)}: ${cosi.size} bytes, metadata.json SHA-384 ${cosi.metadataSha384}`);
        result.cosi = cosi;
    }
    return result;
}

// EXTERNAL MODULE: ./build/run/report.js
var report = __webpack_require__(63130);
// EXTERNAL MODULE: ./build/tools/engine.js
var tools_engine = __webpack_require__(21812);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: ./build/tools/fs.js
var fs = __webpack_require__(18749);
;// CONCATENATED MODULE: ./build/tools/host.js
// What the runner machine has: free disk space, and the kernel modules Image
// Customizer uses. Read before any long step (skipped with validate-only).




async function freeBytes(dir) {
    const s = await (0,promises_.statfs)(dir);
    return s.bavail * s.bsize;
}
/** Of the candidate folders that exist and are writable, the one with the most free space. */
async function roomiest(candidates) {
    let best;
    for (const dir of candidates) {
        try {
            await (0,promises_.access)(dir, promises_.constants.W_OK);
            const free = await freeBytes(dir);
            if (!best || free > best.free)
                best = { dir, free };
        }
        catch {
            // Not there or not writable: not a candidate.
        }
    }
    if (!best)
        throw new Error(`none of ${candidates.join(', ')} is a writable folder for the build`);
    return best;
}
const KERNEL_MODULES = ['loop', 'squashfs', 'vfat', 'ext4'];
/** Kernel modules the build uses that are neither loaded, built in, nor installed. */
async function missingKernelModules(names, root = '/') {
    const moduleDir = external_node_path_.join(root, 'lib', 'modules', (0,external_node_os_.release)());
    const [builtin, dep] = await Promise.all(['modules.builtin', 'modules.dep'].map((f) => (0,promises_.readFile)(external_node_path_.join(moduleDir, f), 'utf8').catch(() => '')));
    const missing = [];
    for (const name of names) {
        const loaded = await (0,fs/* pathExists */.s)(external_node_path_.join(root, 'sys', 'module', name));
        const known = new RegExp(`/${name}\\.ko`).test(`${builtin}\n${dep}`);
        if (!loaded && !known)
            missing.push(name);
    }
    return missing;
}

// EXTERNAL MODULE: ./build/context/inputs.js
var inputs = __webpack_require__(38067);
;// CONCATENATED MODULE: ./build/tools/iso.js
// Checks the ISO Image Customizer wrote: an ISO 9660 image, not empty. Only its
// signature is read here; its SHA-256 comes from the one full read the delivery
// makes (tools/hash.ts).

/** ISO 9660: the primary volume descriptor at sector 16 starts with type 1 and "CD001". */
const SIGNATURE_OFFSET = 32769;
const SIGNATURE = 'CD001';
/** The ISO's size, once its signature says it is one. */
async function checkIso(file) {
    const handle = await (0,promises_.open)(file, promises_.constants.O_RDONLY | promises_.constants.O_NONBLOCK).catch((error) => {
        throw error.code === 'ENOENT' ? new Error(`Image Customizer reported success but wrote no ISO at ${file}.`) : error;
    });
    try {
        const { size } = await handle.stat();
        if (size === 0)
            throw new Error(`The ISO at ${file} is empty.`);
        const buffer = Buffer.alloc(SIGNATURE.length);
        const { bytesRead } = await handle.read(buffer, 0, buffer.length, SIGNATURE_OFFSET);
        if (bytesRead !== SIGNATURE.length || buffer.toString('latin1') !== SIGNATURE) {
            throw new Error(`${file} is not an ISO 9660 image: no "${SIGNATURE}" signature at byte ${SIGNATURE_OFFSET}.`);
        }
        return { size };
    }
    finally {
        await handle.close();
    }
}

// EXTERNAL MODULE: ./node_modules/ajv-formats/dist/formats.js
var formats = __webpack_require__(10779);
;// CONCATENATED MODULE: ./build/data/schemas/trident-host-config.schema.json
const trident_host_config_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"http://json-schema.org/draft-07/schema#","title":"HostConfiguration","description":"HostConfiguration is the configuration for a host. Trident agent will use this to configure the host.","type":"object","properties":{"health":{"description":"Health configuration for the target OS.","allOf":[{"$ref":"#/definitions/Health"}]},"image":{"description":"Data about the image to deploy on the host, including sourcing and integrity information.","allOf":[{"$ref":"#/definitions/OsImage"}],"nullable":true},"managementOs":{"description":"OS Configuration for the management OS.\\n\\nThese settings are only applicable for clean install servicing. They are ignored on updates.","allOf":[{"$ref":"#/definitions/ManagementOs"}]},"os":{"description":"OS Configuration for the target OS.","allOf":[{"$ref":"#/definitions/Os"}]},"scripts":{"description":"Optional scripts to be run after different Trident stages have completed.","allOf":[{"$ref":"#/definitions/Scripts"}]},"storage":{"description":"Describes the storage configuration of the host.","allOf":[{"$ref":"#/definitions/Storage"}]},"trident":{"description":"The Trident Management configuration controls the installation of the Trident agent onto the target OS.","allOf":[{"$ref":"#/definitions/Trident"}]}},"additionalProperties":false,"definitions":{"AbUpdate":{"description":"A/B update configuration. Carries information about the A/B volume pairs that are used to perform A/B updates.","type":"object","required":["volumePairs"],"properties":{"volumePairs":{"description":"A list of A/B volume pairs that will be used for A/B update.","type":"array","items":{"$ref":"#/definitions/AbVolumePair"}}},"additionalProperties":false},"AbVolumePair":{"description":"Per A/B volume pair configuration. Points to the underlying block devices in the A/B volume pair.","type":"object","required":["id","volumeAId","volumeBId"],"properties":{"id":{"description":"A unique identifier for the A/B volume pair.\\n\\nThis is a user-defined string that links the A/B volume pair to the `filesystems` config in the Host Configuration. The identifier needs to be unique across devices of all types, not just A/B volume pairs.","type":"string","format":"Block Device ID"},"volumeAId":{"description":"The ID of the device that will be used as the A volume.","type":"string","format":"Block Device ID"},"volumeBId":{"description":"The ID of the device that will be used as the B volume.","type":"string","format":"Block Device ID"}},"additionalProperties":false},"AdditionalFile":{"type":"object","required":["destination"],"properties":{"content":{"description":"The contents of the script. Conflicts with `source`.","type":"string","nullable":true},"destination":{"description":"Location on the target image to place the file.","type":"string"},"permissions":{"description":"Permissions to set on the file.\\n\\nIf not specified, this will default to the permissions of the source file when `source` is used and to 0644 when `content` is used.","type":"string","nullable":true},"source":{"description":"Path to the script file. Conflicts with content.\\n\\nThe file must be located on the host\'s filesystem.","type":"string","nullable":true}},"additionalProperties":false},"AdoptedPartition":{"description":"Settings to adopt a pre-existing partition.\\n\\nOnly ONE match criteria should be provided.","type":"object","required":["id"],"properties":{"id":{"description":"A unique identifier for the partition.\\n\\nThis is a user defined string that allows to link the partition to the mount points and also to results in the Host Status. The identifier needs to be unique across all types of devices, not just partitions.","type":"string","format":"Block Device ID"},"matchLabel":{"description":"Partition label to look for when matching against the existing partitions.","type":"string","nullable":true},"matchUuid":{"description":"Partition UUID to look for when matching against the existing partitions.","type":"string","format":"uuid","nullable":true}},"additionalProperties":false},"ByteCount":{"description":"A byte count with an optional suffix (K, M, G, T, to the base of 1024).","examples":[0,1,102,104576,"1K","1M","5G","4T"],"type":["string","number"],"format":"\\\\d+\\\\s*[KMGT]?"},"Check":{"oneOf":[{"title":"Script","description":"Script that will be run to validate the target OS. The success or failure of the script will define the health of the target OS. The script will run where Trident is running, either in the target OS or in a container running on the target OS (where the target OS \'/\' is mounted as \'/host\').\\n\\nScripts that are configured with a path source must exist in the target OS.","type":"object","required":["Script"],"properties":{"Script":{"$ref":"#/definitions/Script"}},"additionalProperties":false},{"title":"SystemdCheck","description":"Define systemd service(s) that need to be in a successful state, defined by `systemctl status` returning success. The success or failure of this check will define the health of the target OS.","type":"object","required":["SystemdCheck"],"properties":{"SystemdCheck":{"$ref":"#/definitions/SystemdCheck"}},"additionalProperties":false}]},"Disk":{"description":"Per disk configuration.","type":"object","required":["device","id","partitionTableType","partitions"],"properties":{"adoptedPartitions":{"description":"A list of pre-existing partitions that will be adopted from the disk.\\n\\nSeveral options are available to match a partition to adopt. If more than one option is specified, ALL the provided criteria will be used to match the partition.","type":"array","items":{"$ref":"#/definitions/AdoptedPartition"}},"device":{"description":"The device path of the disk. Points to the disk device in the host. It is recommended to use stable paths, such as the ones under `/dev/disk/by-path/` or [WWNs](https://en.wikipedia.org/wiki/World_Wide_Name).","type":"string"},"id":{"description":"A unique identifier for the disk. This is a user defined string that allows to link the disk to what is consuming it and also to results in the Host Status. The identifier needs to be unique across all types of devices, not just disks.\\n\\nTBD: At the moment, the partition table is created from scratch. In the future, it will be possible to consume an existing partition table.","type":"string","format":"Block Device ID"},"partitionTableType":{"description":"The partition table type of the disk. Supported values are: `gpt`.","allOf":[{"$ref":"#/definitions/PartitionTableType"}]},"partitions":{"description":"A list of partitions that will be created on the disk.","type":"array","items":{"$ref":"#/definitions/Partition"}}},"additionalProperties":false},"EncryptedVolume":{"description":"A LUKS2-encrypted volume configuration.","type":"object","required":["deviceId","deviceName","id"],"properties":{"deviceId":{"description":"The ID of the disk partition or software RAID array to encrypt.\\n\\nThis parameter is required. It must be unique among the list of encrypted volumes.\\n\\nIf it refers to a disk partition, it must be of a supported type. Supported types are all but the following blocked partition types:\\n\\n- `esp`\\n\\n- `root`\\n\\n- `root-verity`\\n\\n- `usr-verity`\\n\\n- `home`\\n\\nIf it refers to a software RAID array, the first disk partition of the software RAID array must be of a supported type.","type":"string","format":"Block Device ID"},"deviceName":{"description":"The name of the device to create under `/dev/mapper` when opening the volume.\\n\\nThis parameter is required. It must be a valid file name and unique among all encrypted volumes, as well as among the Device Mapper devices.","type":"string"},"id":{"description":"The ID of the LUKS-encrypted volume to create.\\n\\nThis parameter is required. It must be non-empty and unique among the IDs of all block devices in the Host Configuration. This includes the IDs of all disk partitions, encrypted volumes, software RAID arrays, and A/B volume pairs.","type":"string","format":"Block Device ID"}},"additionalProperties":false},"Encryption":{"description":"Configure encrypted volumes of underlying disk partitions or software RAID arrays.","type":"object","required":["pcrs","volumes"],"properties":{"clearTpmOnInstall":{"description":"Optional parameter that determines whether the TPM 2.0 device will be cleared on clean install. By default, it is set to false. If set to true, Trident will clear the TPM 2.0 device on install. TPM cannot be cleared on A/B updates.\\n\\nClearing the TPM 2.0 device will remove all keys and data from the TPM 2.0 device. This operation is irreversible and could result in data loss. However, this option might be needed to ensure that the TPM 2.0 is in a known state; to avoid entering the DA (Direct Attack) lockout mode on repetitive provisioning attempts, e.g. during testing and development.","type":"boolean","nullable":true},"pcrs":{"description":"List of PCRs in the TPM 2.0 device to seal encrypted volumes to in the target OS. This field is required, and at least one PCR must be provided. Each PCR may be specified either as a digit or as a string.\\n\\n1. When doing a clean install of **a grub target OS image**, the following options are valid:\\n\\n- 7, or `secure-boot-policy`\\n\\n2. When doing a clean install of **a UKI target OS image**, the following options are valid:\\n\\n- 4, or `boot-loader-code`\\n\\n- 7, or `secure-boot-policy`\\n\\n- 11, or `kernel-boot`\\n\\n- 4 and 7\\n\\n- 4 and 11\\n\\n- 7 and 11\\n\\n- 4, 7, and 11\\n\\nHowever, due to the limitations of `systemd-pcrlock`, which is used internally for encryption in UKI OS, PCR 7 CANNOT be used if:\\n\\n- `SecureBoot` is disabled,\\n\\n- Trident is running inside a container.\\n\\nTo use PCR 7 for encryption in a target UKI OS, Trident must be running in a non-containerized environment, with `SecureBoot` enabled.\\n\\nMore encryption flows, with additional PCR options, will be added in the future.","type":"array","items":{"$ref":"#/definitions/Pcr"}},"recoveryKeyUrl":{"description":"A URL to read the recovery key from.\\n\\nThis parameter allows specifying a local file path to a recovery key file via a `file://` URL scheme. The recovery key file serves as an essential fallback to recover data should TPM 2.0 automatic decryption fail. If not specified, only the TPM 2.0 device will be enrolled.\\n\\nThe URL must be non-empty if provided. Other URL schemes are not supported at this time.\\n\\n### Recommended Configuration\\n\\nIt is strongly advised to configure a recovery key file, as it plays a pivotal role in data recovery.\\n\\n### File Format Expectations\\n\\nThe recovery key file must be a binary file without any encoding. This direct format ensures compatibility with cryptsetup and systemd APIs. Be mindful that all file content, including any potential whitespace or newline characters, is considered part of the recovery key.\\n\\n### Security Considerations\\n\\nEnsuring the recovery key\'s confidentiality and integrity is paramount. Employ secure storage and rigorous access control measures. Specifically:\\n\\n- The file containing the key should only be accessible by the root user and have `0400` permissions set.\\n\\n- The recovery key should be a minimum of 32 bytes long and should be generated with a high enough entropy to defend against brute force or cryptographic attacks targeting on-disk hash values.\\n\\n### Generating a Recovery Key\\n\\nOne way to create a recovery key file on Linux systems is using the `dd` utility:\\n\\n> Note: The following example is for illustration purposes only. Be sure to generate > recovery keys with diligence and attention to security principles. Please adjust the > following example according to your own security policies and operational environment to > fit your specific security requirements and constraints.\\n\\n```sh touch ./recovery.key chmod 0400 ./recovery.key dd if=/dev/random of=./recovery.key bs=1 count=256 ```\\n\\nThis command generates 256 bytes of random data for the recovery key, sourcing entropy from `/dev/random`. Be aware, in environments with limited entropy sources, such as certain embedded systems, `/dev/random` may not provide sufficient data promptly. Alternative entropy sources or methods may be required.","type":"string","format":"uri","nullable":true},"volumes":{"description":"The list of LUKS2-encrypted volumes to create.\\n\\nThis parameter is required and must not be empty. Each item is an object that will contain the configuration for a given partition or RAID array.","type":"array","items":{"$ref":"#/definitions/EncryptedVolume"}}},"additionalProperties":false},"Extension":{"description":"Data about an extension image (sysext or confext) to merge onto the target OS.\\n\\nExtension image must be a [Discoverable Disk Image](https://uapi-group.org/specifications/specs/discoverable_disk_image/).","type":"object","required":["sha384","url"],"properties":{"path":{"description":"The absolute path of the extension image in the target OS.\\n\\nFilename must be of the form `{name}.raw`, where `{name}` matches the extension-release filename suffix. For example, `extension-release.my-tool` requires the path to end with `my-tool.raw`.\\n\\nBy default, sysexts are placed in /var/lib/extensions/. Trident supports placing sysexts in:\\n\\n- /etc/extensions/\\n\\n- /var/lib/extensions/\\n\\n- /.extra/sysext/\\n\\nBy default, confexts are placed in /var/lib/confexts/. Trident supports placing confexts in:\\n\\n- /var/lib/confexts/\\n\\n- /usr/lib/confexts/\\n\\n- /usr/local/lib/confexts/\\n\\n/run/sysexts/ and /run/confexts/ are not supported.","type":"string","nullable":true},"sha384":{"description":"The Sha384 of the entire extension image file.","type":"string","format":"[a-fA-F0-9]{96}"},"url":{"description":"The path to the extension image file, which must be a [Discoverable Disk Image](https://uapi-group.org/specifications/specs/discoverable_disk_image/).\\n\\nURLs may have one of the following four schemes: `http://`, `https://`, `file://`, or `oci://`. Extension image files stored in OCI registries must allow for anonymous pulls.","type":"string","format":"uri"}},"additionalProperties":false},"FileSystem":{"type":"object","properties":{"deviceId":{"description":"The ID of the block device on which to place this file system.","type":"string","format":"Block Device ID"},"mountPoint":{"description":"The mount point of the file system.\\n\\nIt can be provided as an object for more control over the mount options, or as a just a string when `defaults` is sufficient.","oneOf":[{"$ref":"#/definitions/MountPoint"},{"type":"string"},{"type":"null"}],"nullable":true,"string_shortcut":"path"},"overrideEspMount":{"description":"Options to change the default ESP mount point path.","allOf":[{"$ref":"#/definitions/OverrideEspMount"}]},"source":{"description":"The source of the file system.\\n\\nIf not specified, this field will default to image.","allOf":[{"$ref":"#/definitions/FileSystemSource"}]},"type":{"description":"The type of the file system.\\n\\nFile system type must *not* be specified if the source of the file system is `image`.","allOf":[{"$ref":"#/definitions/FileSystemType"}],"nullable":true}},"additionalProperties":false},"FileSystemSource":{"oneOf":[{"title":"New","description":"Create a new file system.","type":"string","enum":["new"]},{"title":"Adopted","description":"Use an existing file system from an adopted partition.","type":"string","enum":["adopted"]},{"title":"Image","description":"Use an existing file system from an image.","type":"string","enum":["image"]}]},"FileSystemType":{"description":"File system types.","oneOf":[{"title":"Ext4 file system","type":"string","enum":["ext4"]},{"title":"XFS file system","type":"string","enum":["xfs"]},{"title":"Vfat file system","type":"string","enum":["vfat"]},{"title":"NTFS file system","description":"Using NTFS on Linux comes with some limitations. For more information, see: [Limitations of NTFS](../../../Explanation/Limitations-Of-NTFS.md)","type":"string","enum":["ntfs"]},{"title":"Tmpfs","description":"[Kernel documentation](https://www.kernel.org/doc/html/latest/filesystems/tmpfs.html)\\n\\nTmpfs is only valid if the filesystem `source` is `new`.","type":"string","enum":["tmpfs"]},{"title":"Auto","description":"Passed to `mount` to automatically detect the filesystem type.\\n\\nAuto is only valid if the filesystem `source` is `adopted`.","type":"string","enum":["auto"]}]},"Health":{"description":"Configuration for the host OS health.","type":"object","properties":{"checks":{"description":"Checks to be run before Trident commits a serviced target OS as \'provisioned\'. If any of the checks fail, the commit will not be completed and, for A/B update, a rollback will be triggered.\\n\\nThese checks can run for installs and A/B updates. If `runOn` is specified for anything other than \'clean-install\' or \'ab-update\' type, the check will be ignored. If \'all\' is specified, the check will run for both \'clean-install\' and \'ab-update\'.\\n\\nThese checks are run in the target OS. The `$TARGET_ROOT` variable will be set to \'/\' for consistency with postProvision scripts.","type":"array","items":{"$ref":"#/definitions/Check"}}},"additionalProperties":false},"ImageSha384":{"description":"Image SHA384 checksum.","oneOf":[{"title":"Ignored","description":"You can pass `ignored` to skip the checksum verification.","type":"string","enum":["ignored"]},{"title":"Checksum","description":"The SHA384 checksum of the image.\\n\\n*Details:*\\n\\nThe Sha384Hash is a 96-character hexadecimal string.","type":"string","format":"[a-fA-F0-9]{96}"}]},"KernelCommandLine":{"description":"Additional kernel command line options to add to the image.","type":"object","required":["extraCommandLine"],"properties":{"extraCommandLine":{"type":"array","items":{"type":"string"}}},"additionalProperties":false},"LoadMode":{"description":"Load mode of the kernel module.","oneOf":[{"title":"Always","description":"Set kernel modules to be loaded automatically at boot time.","type":"string","enum":["always"]},{"title":"Auto","description":"Used for modules that are automatically loaded by the kernel as needed, without explicit configuration to load them at boot.","type":"string","enum":["auto"]},{"title":"Disable","description":"Configures kernel modules to be explicitly disabled, preventing them from loading automatically.","type":"string","enum":["disable"]},{"title":"Inherit","description":"Configures kernel modules to inherit the loading behavior set in the base image. Only applying new options where they are explicitly provided and applicable.","type":"string","enum":["inherit"]}]},"ManagementOs":{"description":"Configuration for the management OS.","type":"object","properties":{"netplan":{"description":"Netplan network configuration for the management OS.\\n\\nSee [Netplan YAML Configuration](https://netplan.readthedocs.io/en/stable/netplan-yaml/) for more information.","type":"object","format":"Netplan YAML","nullable":true},"users":{"description":"Users to configure on the management OS.","default":[],"type":"array","items":{"$ref":"#/definitions/User"}}},"additionalProperties":false},"Module":{"type":"object","required":["name"],"properties":{"loadMode":{"description":"Load mode of the kernel module.\\n\\nThe load mode setting for kernel modules dictates how and when these modules are loaded or disabled in the system.","default":"inherit","allOf":[{"$ref":"#/definitions/LoadMode"}]},"name":{"description":"Name of the module.","type":"string"},"options":{"description":"Kernel options.\\n\\nKernel options for modules can specify how these modules interact with the system, and adjust performance or security settings specific to each module.","default":{},"type":"object","additionalProperties":{"type":"string"}}},"additionalProperties":false},"MountPoint":{"type":"object","required":["path"],"properties":{"options":{"description":"The mount options.","default":"defaults","type":"string"},"path":{"description":"The path to mount the file system.","type":"string"}},"additionalProperties":false},"Os":{"description":"Configuration for the host OS.","type":"object","properties":{"additionalFiles":{"description":"Additional Files to add to the image.","type":"array","items":{"$ref":"#/definitions/AdditionalFile"}},"confexts":{"description":"Data about confext images, which should be active on the target OS.","type":"array","items":{"$ref":"#/definitions/Extension"}},"hostname":{"description":"Hostname of the system.","type":"string","nullable":true},"kernelCommandLine":{"description":"Options for configuring the kernel.","allOf":[{"$ref":"#/definitions/KernelCommandLine"}]},"modules":{"description":"Kernel modules to configure.","type":"array","items":{"$ref":"#/definitions/Module"}},"netplan":{"description":"Netplan network configuration for the target OS.\\n\\nSee [Netplan YAML Configuration](https://netplan.readthedocs.io/en/stable/netplan-yaml/) for more information.","type":"object","format":"Netplan YAML","nullable":true},"selinux":{"description":"SELinux configuration for the host.\\n\\nNote: SELinux cannot be used in conjunction with vfat or NTFS filesystems. When SELinux is set to permissive or enforcing, the setfiles operation will be skipped for any filesystems of type vfat or NTFS.","default":{"mode":null},"allOf":[{"$ref":"#/definitions/Selinux"}]},"services":{"description":"Options for configuring systemd services.","allOf":[{"$ref":"#/definitions/Services"}]},"sysexts":{"description":"Data about sysext images, which should be active on the target OS.","type":"array","items":{"$ref":"#/definitions/Extension"}},"uefiFallback":{"description":"Options for configuring the UEFI fallback.","default":"conservative","allOf":[{"$ref":"#/definitions/UefiFallbackMode"}]},"users":{"description":"Users to configure on the host.","default":[],"type":"array","items":{"$ref":"#/definitions/User"}}},"additionalProperties":false},"OsImage":{"description":"Data about the image to deploy on the host, including sourcing and integrity information.\\n\\nCurrently, the only format supported by Trident is Composable OS Image (COSI). COSI files can be generated with PRISM.","type":"object","required":["sha384","url"],"properties":{"sha384":{"description":"The Sha384 of the metadata in the COSI file.","allOf":[{"$ref":"#/definitions/ImageSha384"}]},"url":{"description":"The path to the COSI file.\\n\\nURLs may have one of the following four schemes: `http://`, `https://`, `file://`, or `oci://`. COSI files stored as an OCI image must allow for anonymous pulls.","type":"string","format":"uri"}},"additionalProperties":false},"OverrideEspMount":{"oneOf":[{"title":"Use Default ESP Path","description":"Do not override the default ESP mount point path. This is the default behavior.\\n\\nThe ESP is assumed to be mounted at `/boot/efi` by default.","type":"string","enum":["use-default"]},{"title":"Override","description":"Override the default ESP mount point to be the path of this filesystem.\\n\\nOnly ONE filesystem can be used as ESP. Therefore, this option can be used at most once in the Host Configuration.\\n\\nIn the rare scenario where a filesystem is overriding ESP AND another filesystem is mounted at the default ESP mount point path (`/boot/efi`), the latter filesystem will also be detected as the ESP, which will result in an error. If the filesystem mounted at the default ESP mount point path is not actually the ESP, then it should be marked with the `block` option to prevent it from being incorrectly treated as the ESP.","type":"string","enum":["override"]},{"title":"Block","description":"This option should be used very rarely and in very specific non-standard scenarios.\\n\\nUsed to indicate that this filesystem is NOT the ESP, even if it is mounted at the default ESP path, `/boot/efi`. This is only necessary if a distribution has a non-ESP filesystem that is mounted at the default ESP mount point path.\\n\\nFor this to work, the correct ESP filesystem will have to be explicitly marked as the ESP using `override`, and this filesystem will have to be marked with `block` to prevent it from being incorrectly treated as the ESP due to its mount point path.","type":"string","enum":["block"]}]},"Partition":{"description":"Per partition configuration.","type":"object","required":["id","size"],"properties":{"id":{"description":"A unique identifier for the partition.\\n\\nThis is a user defined string that allows to link the partition to the mount points and also to results in the Host Status. The identifier needs to be unique across all types of devices, not just partitions.","type":"string","format":"Block Device ID"},"label":{"description":"Partition label. If not set, the partition\'s block device ID will be used as the label.","type":"string","nullable":true},"size":{"description":"Size of the partition.","allOf":[{"$ref":"#/definitions/PartitionSize"}]},"type":{"description":"The type of the partition.\\n\\nAs defined by the [Discoverable Partitions Specification](https://uapi-group.org/specifications/specs/discoverable_partitions_specification/).","default":"linux-generic","allOf":[{"$ref":"#/definitions/PartitionType"}]},"uuid":{"description":"Partition UUID. If not set, a new random UUID will be generated.","type":"string","format":"uuid","nullable":true}},"additionalProperties":false},"PartitionSize":{"description":"Partition size enum.","oneOf":[{"title":"Grow","description":"Grow a partition to use all available space.","type":"string","enum":["grow"]},{"title":"Fixed","description":"Fixed size in bytes. Must be a non-zero multiple of 4096 bytes.\\n\\n*Details:*\\n\\nA byte count with an optional suffix (K, M, G, T, to the base of 1024).","examples":[0,1,102,104576,"1K","1M","5G","4T"],"type":["string","number"],"format":"\\\\d+\\\\s*[KMGT]?"}]},"PartitionTableType":{"description":"Partition table type. Currently only GPT is supported.","oneOf":[{"title":"GPT","description":"Disk should be formatted with a GUID Partition Table (GPT).","type":"string","enum":["gpt"]}]},"PartitionType":{"description":"Partition types as defined by [The Discoverable Partitions Specification](<https://uapi-group.org/specifications/specs/discoverable_partitions_specification/>).","oneOf":[{"title":"EFI System Partition","description":"`C12A7328-F81F-11D2-BA4B-00A0C93EC93B`\\n\\nIf ESP is not on `raid1`, Trident will use the first partition of this type found in the Host Configuration.","type":"string","enum":["esp"]},{"title":"Root partition","description":"x64: `4F68BCE3-E8CD-4DB1-96E7-FBCAF984B709`","type":"string","enum":["root"]},{"title":"Swap partition","description":"`0657fd6d-a4ab-43c4-84e5-0933c84b4f4f`","type":"string","enum":["swap"]},{"title":"Root verity hash partition","description":"x64: `2c7357ed-ebd2-46d9-aec1-23d437ec2bf5`","type":"string","enum":["root-verity"]},{"title":"Home partition","description":"`933ac7e1-2eb4-4f13-b844-0e14e2aef915`","type":"string","enum":["home"]},{"title":"Var partition","description":"`4d21b016-b534-45c2-a9fb-5c16e091fd2d`","type":"string","enum":["var"]},{"title":"Usr partition","description":"x64: `8484680c-9521-48c6-9c11-b0720656f69e`","type":"string","enum":["usr"]},{"title":"Usr-verity hash partition","description":"x64: `77ff5f63-e7b6-4633-acf4-1565b864c0e6`","type":"string","enum":["usr-verity"]},{"title":"Tmp partition","description":"`7ec6f557-3bc5-4aca-b293-16ef5df639d1`","type":"string","enum":["tmp"]},{"title":"Generic Linux partition","description":"`0fc63daf-8483-4772-8e79-3d69d8477de4`","type":"string","enum":["linux-generic"]},{"title":"Server Data partition","description":"`3b8f8425-20e0-4f3b-907f-1a25a76f98e8`\\n\\nTo use this partition type on the disk with the root volume, make sure to not have `/srv` symlink present in your root volume filesystem. If you do, remove it before running Trident (e.g. by using MIC).","type":"string","enum":["srv"]},{"title":"Extended Boot Loader Partition","description":"`bc13c2ff-59e6-4262-a352-b275fd6f7172`","type":"string","enum":["xbootldr"]},{"title":"Other","description":"Use a partition type UUID not covered by the predefined options.","type":"string","format":"uuid"}]},"Password":{"description":"Password configuration for a user.\\n\\n**NOTICE:**\\n\\nAs a security measure, **Trident does NOT support passwords** for Trident-created users. The only allowed value for this field is a locked password, which is the default when this field is skipped. A locked password means that the user account does not allow logging in using password authentication. It is recommended to use SSH keys for authentication instead.","oneOf":[{"title":"\\\\[DEFAULT\\\\] Locked Password","description":"Lock the user\'s password. (equivalent to `passwd -l`)","type":"object","required":["type"],"properties":{"type":{"type":"string","enum":["locked"]}},"additionalProperties":false}]},"Pcr":{"description":"Represents the Platform Configuration Registers (PCRs) in the TPM 2.0 (Trusted Platform Module) used for Measured Boot and PCR encryption. Each PCR is associated with a digit number. Some are also associated with a string name, which reflects the component of the boot process that is extended into the PCR during boot. The string names below are based on the [`systemd-cryptenroll` documentation](https://www.man7.org/linux/man-pages/man1/systemd-cryptenroll.1.html).\\n\\nMore information on the common PCR assignments in the Linux ecosystems are available in the [UAPI Linux TPM PCR Registry docs](https://uapi-group.org/specifications/specs/linux_tpm_pcr_registry/).","oneOf":[{"title":"PCR 0","description":"PCR 0, or `platform-code`.","type":"string","enum":["Pcr0"]},{"title":"PCR 1","description":"PCR 1, or `platform-config`.","type":"string","enum":["Pcr1"]},{"title":"PCR 2","description":"PCR 2, or `external-code`.","type":"string","enum":["Pcr2"]},{"title":"PCR 3","description":"PCR 3, or `external-config`.","type":"string","enum":["Pcr3"]},{"title":"PCR 4","description":"PCR 4, or `boot-loader-code`.","type":"string","enum":["Pcr4"]},{"title":"PCR 5","description":"PCR 5, or `boot-loader-config`.","type":"string","enum":["Pcr5"]},{"title":"PCR 6","description":"PCR 6, or `host-platform`.","type":"string","enum":["Pcr6"]},{"title":"PCR 7","description":"PCR 7, or `secure-boot-policy`.","type":"string","enum":["Pcr7"]},{"title":"PCR 8","description":"PCR 8.","type":"string","enum":["Pcr8"]},{"title":"PCR 9","description":"PCR 9, or `kernel-initrd`.","type":"string","enum":["Pcr9"]},{"title":"PCR 10","description":"PCR 10, or `ima`.","type":"string","enum":["Pcr10"]},{"title":"PCR 11","description":"PCR 11, or `kernel-boot`.","type":"string","enum":["Pcr11"]},{"title":"PCR 12","description":"PCR 12, or `kernel-config`.","type":"string","enum":["Pcr12"]},{"title":"PCR 13","description":"PCR 13, or `sysexts`.","type":"string","enum":["Pcr13"]},{"title":"PCR 14","description":"PCR 14, or `shim-policy`.","type":"string","enum":["Pcr14"]},{"title":"PCR 15","description":"PCR 15, or `system-identity`.","type":"string","enum":["Pcr15"]},{"title":"PCR 16","description":"PCR 16, or `debug`.","type":"string","enum":["Pcr16"]},{"title":"PCR 17","description":"PCR 17.","type":"string","enum":["Pcr17"]},{"title":"PCR 18","description":"PCR 18.","type":"string","enum":["Pcr18"]},{"title":"PCR 19","description":"PCR 19.","type":"string","enum":["Pcr19"]},{"title":"PCR 20","description":"PCR 20.","type":"string","enum":["Pcr20"]},{"title":"PCR 21","description":"PCR 21.","type":"string","enum":["Pcr21"]},{"title":"PCR 22","description":"PCR 22.","type":"string","enum":["Pcr22"]},{"title":"PCR 23","description":"PCR 23, or `application-support`.","type":"string","enum":["Pcr23"]}]},"Raid":{"description":"RAID configuration for a host.","type":"object","properties":{"software":{"description":"Individual software RAID configurations.","type":"array","items":{"$ref":"#/definitions/SoftwareRaidArray"}},"syncTimeout":{"description":"Timeout in seconds to wait for RAID arrays to sync.\\n\\nBy default, Trident will NOT wait for RAID arrays to finish syncing before continuing on with provisioning. This is because RAID arrays are supposed to be usable immediately after creation. If the user provides a value for this field and the RAID arrays do NOT finish syncing within the specified timeout, Trident will fail the provisioning process and return an error. The user will need to increase their timeout value if the RAID arrays are taking longer to sync than expected.","type":"integer","format":"uint64","minimum":0,"nullable":true}},"additionalProperties":false},"RaidLevel":{"oneOf":[{"title":"Striping","type":"string","enum":["raid0"]},{"title":"Mirroring","type":"string","enum":["raid1"]},{"title":"Striping with parity","type":"string","enum":["raid5"]},{"title":"Striping with double parity","type":"string","enum":["raid6"]},{"title":"Stripe of mirrors","type":"string","enum":["raid10"]}]},"Script":{"description":"A script that can be run on the host during Trident stages.","type":"object","oneOf":[{"description":"Raw contents of the script.","type":"object","required":["content"],"properties":{"content":{"type":"string"}},"additionalProperties":false},{"description":"Path to a script in the execution OS.","type":"object","required":["path"],"properties":{"path":{"type":"string"}},"additionalProperties":false}],"properties":{"arguments":{"description":"Arguments to pass to the script.","type":"array","items":{"type":"string"}},"environmentVariables":{"description":"Environment variables that are needed by the script. These will be set before running the script. UPDATE_KIND and TARGET_ROOT values are set by default to use.","type":"object","additionalProperties":{"type":"string"}},"interpreter":{"description":"Binary to run the script with. The default is `/bin/sh`.","type":"string","nullable":true},"name":{"description":"Name of the script.","type":"string"},"runOn":{"description":"List of servicing types that the script should run on.","type":"array","items":{"$ref":"#/definitions/ServicingTypeSelection"}}},"additionalProperties":false},"Scripts":{"description":"Scripts that can be run on the host during Trident stages. These scripts are run in the order they are defined. Ensure that the scripts are idempotent as they may be run multiple times.","type":"object","properties":{"postConfigure":{"description":"Scripts to be run after step \'Configure\' in Trident is complete.\\n\\nThese scripts are run from within a chroot of the target OS. The `$TARGET_ROOT` variable will be set to \'/\' for consistency with postProvision scripts.","type":"array","items":{"$ref":"#/definitions/Script"}},"postProvision":{"description":"Scripts to be run after step \'Provision\' in Trident is complete.\\n\\nThese scripts are run with the root filesystem of the target OS mounted at `$TARGET_ROOT` and other partitions specified for the target OS mounted relative to that.","type":"array","items":{"$ref":"#/definitions/Script"}},"preServicing":{"description":"Scripts to be run before Trident begins servicing the host.\\n\\nThese scripts are run in the servicing OS. Scripts that are configured with a path source must exist in the servicing OS.","type":"array","items":{"$ref":"#/definitions/Script"}}},"additionalProperties":false},"Selinux":{"description":"Configuration for SELinux mode","type":"object","properties":{"mode":{"description":"Override the SELinux mode. When not provided, no changes will be made to the existing configuration.\\n\\nNote: Trident only supports SELinux and root-verity together when running in UKI-mode. Otherwise, when using root-verity, SELinux must not be enabled in the OS image or SELinux should be explicitly set to `disabled`.","allOf":[{"$ref":"#/definitions/SelinuxMode"}],"nullable":true}},"additionalProperties":false},"SelinuxMode":{"description":"SELinux mode","oneOf":[{"title":"Disabled","description":"Set SELinux to disabled. The mode is set by appending `selinux=0` to the kernel command line.","type":"string","enum":["disabled"]},{"title":"Permissive","description":"Set SELinux to permissive. The mode is set by appending `security=selinux selinux=1 enforcing=0` to the kernel command line and setting `SELINUX=permissive` in `/etc/selinux/config`.","type":"string","enum":["permissive"]},{"title":"Enforcing","description":"Set SELinux to enforcing. The mode is set by appending `security=selinux selinux=1` to the kernel command line and setting `SELINUX=enforcing` in `/etc/selinux/config`. The `security=selinux` arg tells the kernel which LSM to activate. The enforcing/permissive decision is controlled by the config file, allowing runtime changes via `setenforce`.","type":"string","enum":["enforcing"]}]},"Services":{"type":"object","properties":{"disable":{"description":"List of services to disable.\\n\\nThe services listed here will *not* be set to automatically run on OS boot.","default":[],"type":"array","items":{"type":"string"}},"enable":{"description":"List of services to enable.\\n\\nThe services listed here will be set to automatically run on OS boot.","default":[],"type":"array","items":{"type":"string"}}},"additionalProperties":false},"ServicingTypeSelection":{"description":"The selection of servicing types performed by Trident that can be used for any user-facing API. Currently, it is used to allow the user to select when to run a custom Script.","oneOf":[{"title":"Clean Install","description":"This selection only includes CleanInstall, a clean install of the target OS image when the host is booted from the provisioning OS.","type":"string","enum":["clean-install"]},{"title":"Runtime Update","description":"This selection only includes RuntimeUpdate, an update that does not require pausing the workload or rebooting.","type":"string","enum":["runtime-update"]},{"title":"A/B Update","description":"This selection only includes AbUpdate, an update that requires switching to a different root partition and rebooting.","type":"string","enum":["ab-update"]},{"title":"All","description":"This selection includes all servicing types.","type":"string","enum":["all"]}]},"SoftwareRaidArray":{"description":"Software RAID configuration.\\n\\nThe RAID array will be created using the `mdadm` package. During a clean install, all the existing RAID arrays that are on disks defined in the Host Configuration will be unmounted, and then stopped.\\n\\nThe RAID arrays that are defined in the Host Configuration will be created, and mounted if requested in the `storage.filesystems` config.\\n\\nTo learn more about RAID, please refer to the [RAID wiki](https://wiki.archlinux.org/title/RAID).\\n\\nTo learn more about `mdadm`, please refer to the [mdadm guide](https://raid.wiki.kernel.org/index.php/A_guide_to_mdadm).","type":"object","required":["devices","id","level","name"],"properties":{"devices":{"description":"Devices that will be used for the RAID array.\\n\\nSee the reference links for picking the right number of devices. Devices are partition IDs from the `disks` section.","type":"array","items":{"type":"string","format":"Block Device ID"}},"id":{"description":"A unique identifier for the RAID array.\\n\\nThis is a user-defined string that links the RAID array to the `filesystems` config in the Host Configuration. The identifier must be unique across devices of all types in the Host Configuration.","type":"string","format":"Block Device ID"},"level":{"description":"RAID level.\\n\\n`raid1` is supported and tested.\\n\\nOther possible values yet to be tested are: `raid0`, `raid5`, `raid6`, `raid10`.","allOf":[{"$ref":"#/definitions/RaidLevel"}]},"name":{"description":"Name of the RAID array.\\n\\nThis is used to reference the RAID array on the system. For example, `some-raid` will result in `/dev/md/some-raid` on the system.","type":"string"}},"additionalProperties":false},"SshMode":{"oneOf":[{"title":"\\\\[DEFAULT\\\\] Blocked","description":"Disable SSH for this entity.","type":"string","enum":["block"]},{"title":"Key Only","description":"Enable SSH for this entity with KEY only.","type":"string","enum":["key-only"]}]},"Storage":{"description":"Storage configuration describes the disks of the host that will be used to store the OS and data. Not all disks of the host need to be captured inside the Host Configuration, only those that Trident should operate on.","type":"object","properties":{"abUpdate":{"description":"A/B update configuration.","allOf":[{"$ref":"#/definitions/AbUpdate"}],"nullable":true},"disks":{"description":"A list of disks that will be used for the host.","type":"array","items":{"$ref":"#/definitions/Disk"}},"encryption":{"description":"Encryption configuration.","allOf":[{"$ref":"#/definitions/Encryption"}],"nullable":true},"filesystems":{"description":"Filesystems in this host.","type":"array","items":{"$ref":"#/definitions/FileSystem"}},"raid":{"description":"RAID configuration.","allOf":[{"$ref":"#/definitions/Raid"}]},"swap":{"description":"Swap device configuration.","type":"array","oneOf":[{"$ref":"#/definitions/Swap"},{"type":"string"}],"items":{"oneOf":[{"$ref":"#/definitions/Swap"},{"type":"string"}],"string_shortcut":"Block Device ID"}},"verity":{"description":"Verity device configuration.","type":"array","items":{"$ref":"#/definitions/VerityDevice"}}},"additionalProperties":false},"Swap":{"type":"object","required":["deviceId"],"properties":{"deviceId":{"description":"The ID of the block device to use for this swap area.","type":"string","format":"Block Device ID"}},"additionalProperties":false},"SystemdCheck":{"description":"A check that can be run on the host to ensure systemd service(s) are in a successful state, as defined by `systemctl status` returning success.","type":"object","properties":{"name":{"description":"Name of the check.","type":"string"},"runOn":{"description":"List of servicing types that the check should run on. Valid servicing types are CleanInstall and AbUpdate, if All is specified, the check will run for both CleanInstall and AbUpdate.","type":"array","items":{"$ref":"#/definitions/ServicingTypeSelection"}},"systemdServices":{"description":"List of systemd services that need to be in successful state.","type":"array","items":{"type":"string"}},"timeoutSeconds":{"description":"Timeout for the systemd check, in seconds. If the service is found to be in an unsuccessful state, it will be requeried every 100ms until the timeout is reached. If the timeout is reached and the service is still unsuccessful, an error is returned. If 0 is specified, the services will be checked once and the check will return immediately.","default":30,"type":"integer","format":"uint","minimum":0}},"additionalProperties":false},"Trident":{"description":"The Trident Management configuration controls the installation of the Trident agent onto the target OS.","type":"object","properties":{"datastorePath":{"description":"Describes where to place the datastore Trident will use to store its state. Defaults to `/var/lib/trident/datastore.sqlite`. Needs to end with `.sqlite`, cannot be an existing file and cannot reside on a read-only filesystem or A/B volume.","type":"string"},"disable":{"description":"When set to `true`, prevents Trident from being enabled on the target OS. In that case, the remaining fields are ignored.","default":false,"type":"boolean"},"logstream":{"description":"Optional URL to stream logs to. TODO: document the interface.","type":"string","nullable":true},"phonehome":{"description":"URL to reach out to when target OS networking is up, so Trident can report its status. If not specified, the value from the Trident configuration will be used. This is useful for debugging and monitoring purposes, say by an orchestrator.","type":"string","nullable":true}},"additionalProperties":false},"UefiFallbackMode":{"description":"UEFI fallback mode\\n\\nUEFI provides a mechanism for booting from an EFI file without a corresponding boot variable existing in NVRAM. This is known as the UEFI fallback mode, and it uses a specific file path (/EFI/BOOT) to locate the fallback bootloader.\\n\\nThis configuration option allows specifying how Trident should populate the UEFI fallback boot files during OS installation or update.","oneOf":[{"title":"Conservative","description":"During clean install, the UEFI fallback will be updated during `finalize` to boot to the target OS. During an A/B update, the UEFI fallback will be updated to boot to the servicing OS (the existing OS) during `finalize` and then will be updated to boot to the target OS when `commit` validates the target OS as healthy. This aligns with how Trident handles the UEFI boot variables during an update.","type":"string","enum":["conservative"]},{"title":"Optimistic","description":"During clean install, the UEFI fallback will be updated during `finalize` to boot to the target OS. During an A/B update, the UEFI fallback will be updated to boot to the target OS (the newly installed OS) during the finalize stage.","type":"string","enum":["optimistic"]},{"title":"Disabled","description":"No UEFI fallback boot files are installed.","type":"string","enum":["disabled"]}]},"User":{"description":"Configuration for a specific user.","type":"object","required":["name"],"properties":{"homeDirectory":{"description":"Home directory for the user.","type":"string","nullable":true},"name":{"description":"Username","type":"string"},"password":{"description":"Password configuration.","allOf":[{"$ref":"#/definitions/Password"}]},"primaryGroup":{"description":"Primary group to add the user to.","type":"string","nullable":true},"secondaryGroups":{"description":"List of secondary groups to add the user to.","type":"array","items":{"type":"string"}},"sshMode":{"description":"SSH configuration for the user. **(IN DEVELOPMENT)**","allOf":[{"$ref":"#/definitions/SshMode"}]},"sshPublicKeys":{"description":"List of SSH keys to add to the user\'s authorized keys.","type":"array","items":{"type":"string"}},"startupCommand":{"description":"Command to be executed at startup, providing a way to run custom scripts or applications on user login.","type":"string","nullable":true},"uid":{"description":"Specifies the desired User ID. If not provided, the system will automatically assign a UID.","type":"integer","format":"int32","nullable":true}},"additionalProperties":false},"VerityCorruptionOption":{"description":"Corruption option for verity.","oneOf":[{"title":"IO-Error","description":"Fails the I/O operation with an I/O error.","type":"string","enum":["io-error"]},{"title":"Ignore","description":"Ignores the corruption and continues operation.","type":"string","enum":["ignore"]},{"title":"Panic","description":"Causes the system to panic (print errors) and then try restarting.","type":"string","enum":["panic"]},{"title":"Restart","description":"Attempts to restart the system.","type":"string","enum":["restart"]}]},"VerityDevice":{"description":"Verity device configuration.","type":"object","required":["dataDeviceId","hashDeviceId","id","name"],"properties":{"corruptionOption":{"default":"io-error","allOf":[{"$ref":"#/definitions/VerityCorruptionOption"}]},"dataDeviceId":{"description":"The ID of the partition to use as the verity data partition.","type":"string","format":"Block Device ID"},"hashDeviceId":{"description":"The ID of the partition to use as the verity hash partition.","type":"string","format":"Block Device ID"},"id":{"description":"Block device id of the verity device.","type":"string"},"name":{"description":"Name of the verity device, used for the device mapper name.\\n\\nThe value must be \\"root\\" for root partition \\"/\\".","type":"string"}},"additionalProperties":false}}}');
;// CONCATENATED MODULE: ./build/data/validators/host-config-valid.js
// GENERATED by scripts/compile-schemas.ts (npm run schemas) from whether Trident's host configuration is valid: the corrected schema as host-config's, with its $refs kept and its annotations dropped, with Ajv's standalone code. Do not edit.


const schema6 = {"$schema":"http://json-schema.org/draft-07/schema#","type":"object","properties":{"health":{"allOf":[{"$ref":"#/definitions/Health"}]},"image":{"anyOf":[{"type":"null"},{"allOf":[{"$ref":"#/definitions/OsImage"}]}]},"managementOs":{"allOf":[{"$ref":"#/definitions/ManagementOs"}]},"os":{"allOf":[{"$ref":"#/definitions/Os"}]},"scripts":{"allOf":[{"$ref":"#/definitions/Scripts"}]},"storage":{"allOf":[{"$ref":"#/definitions/Storage"}]},"trident":{"allOf":[{"$ref":"#/definitions/Trident"}]}},"additionalProperties":false,"definitions":{"AbUpdate":{"type":"object","required":["volumePairs"],"properties":{"volumePairs":{"type":"array","items":{"$ref":"#/definitions/AbVolumePair"}}},"additionalProperties":false},"AbVolumePair":{"type":"object","required":["id","volumeAId","volumeBId"],"properties":{"id":{"type":"string","format":"Block Device ID"},"volumeAId":{"type":"string","format":"Block Device ID"},"volumeBId":{"type":"string","format":"Block Device ID"}},"additionalProperties":false},"AdditionalFile":{"type":"object","required":["destination"],"properties":{"content":{"anyOf":[{"type":"null"},{"type":"string"}]},"destination":{"type":"string"},"permissions":{"anyOf":[{"type":"null"},{"type":"string"}]},"source":{"anyOf":[{"type":"null"},{"type":"string"}]}},"additionalProperties":false},"AdoptedPartition":{"type":"object","required":["id"],"properties":{"id":{"type":"string","format":"Block Device ID"},"matchLabel":{"anyOf":[{"type":"null"},{"type":"string"}]},"matchUuid":{"anyOf":[{"type":"null"},{"type":"string","format":"uuid"}]}},"additionalProperties":false},"ByteCount":{"type":["string","number"],"format":"\\d+\\s*[KMGT]?"},"Check":{"oneOf":[{"$ref":"#/definitions/Script"},{"$ref":"#/definitions/SystemdCheck"}]},"Disk":{"type":"object","required":["device","id","partitionTableType","partitions"],"properties":{"adoptedPartitions":{"type":"array","items":{"$ref":"#/definitions/AdoptedPartition"}},"device":{"type":"string"},"id":{"type":"string","format":"Block Device ID"},"partitionTableType":{"allOf":[{"$ref":"#/definitions/PartitionTableType"}]},"partitions":{"type":"array","items":{"$ref":"#/definitions/Partition"}}},"additionalProperties":false},"EncryptedVolume":{"type":"object","required":["deviceId","deviceName","id"],"properties":{"deviceId":{"type":"string","format":"Block Device ID"},"deviceName":{"type":"string"},"id":{"type":"string","format":"Block Device ID"}},"additionalProperties":false},"Encryption":{"type":"object","required":["pcrs","volumes"],"properties":{"clearTpmOnInstall":{"anyOf":[{"type":"null"},{"type":"boolean"}]},"pcrs":{"type":"array","items":{"$ref":"#/definitions/Pcr"}},"recoveryKeyUrl":{"anyOf":[{"type":"null"},{"type":"string","format":"uri"}]},"volumes":{"type":"array","items":{"$ref":"#/definitions/EncryptedVolume"}}},"additionalProperties":false},"Extension":{"type":"object","required":["sha384","url"],"properties":{"path":{"anyOf":[{"type":"null"},{"type":"string"}]},"sha384":{"type":"string","format":"[a-fA-F0-9]{96}"},"url":{"type":"string","format":"uri"}},"additionalProperties":false},"FileSystem":{"type":"object","properties":{"deviceId":{"type":"string","format":"Block Device ID"},"mountPoint":{"anyOf":[{"type":"null"},{"oneOf":[{"$ref":"#/definitions/MountPoint"},{"type":"string"},{"type":"null"}]}]},"overrideEspMount":{"allOf":[{"$ref":"#/definitions/OverrideEspMount"}]},"source":{"allOf":[{"$ref":"#/definitions/FileSystemSource"}]},"type":{"anyOf":[{"type":"null"},{"allOf":[{"$ref":"#/definitions/FileSystemType"}]}]}},"additionalProperties":false},"FileSystemSource":{"oneOf":[{"type":"string","enum":["new"]},{"type":"string","enum":["adopted"]},{"type":"string","enum":["image"]}]},"FileSystemType":{"oneOf":[{"type":"string","enum":["ext4"]},{"type":"string","enum":["xfs"]},{"type":"string","enum":["vfat"]},{"type":"string","enum":["ntfs"]},{"type":"string","enum":["tmpfs"]},{"type":"string","enum":["auto"]}]},"Health":{"type":"object","properties":{"checks":{"type":"array","items":{"$ref":"#/definitions/Check"}}},"additionalProperties":false},"ImageSha384":{"oneOf":[{"type":"string","enum":["ignored"]},{"type":"string","format":"[a-fA-F0-9]{96}"}]},"KernelCommandLine":{"type":"object","required":["extraCommandLine"],"properties":{"extraCommandLine":{"type":"array","items":{"type":"string"}}},"additionalProperties":false},"LoadMode":{"oneOf":[{"type":"string","enum":["always"]},{"type":"string","enum":["auto"]},{"type":"string","enum":["disable"]},{"type":"string","enum":["inherit"]}]},"ManagementOs":{"type":"object","properties":{"netplan":{"anyOf":[{"type":"null"},{"type":"object","format":"Netplan YAML"}]},"users":{"type":"array","items":{"$ref":"#/definitions/User"}}},"additionalProperties":false},"Module":{"type":"object","required":["name"],"properties":{"loadMode":{"allOf":[{"$ref":"#/definitions/LoadMode"}]},"name":{"type":"string"},"options":{"type":"object","additionalProperties":{"type":"string"}}},"additionalProperties":false},"MountPoint":{"type":"object","required":["path"],"properties":{"options":{"type":"string"},"path":{"type":"string"}},"additionalProperties":false},"Os":{"type":"object","properties":{"additionalFiles":{"type":"array","items":{"$ref":"#/definitions/AdditionalFile"}},"confexts":{"type":"array","items":{"$ref":"#/definitions/Extension"}},"hostname":{"anyOf":[{"type":"null"},{"type":"string"}]},"kernelCommandLine":{"allOf":[{"$ref":"#/definitions/KernelCommandLine"}]},"modules":{"type":"array","items":{"$ref":"#/definitions/Module"}},"netplan":{"anyOf":[{"type":"null"},{"type":"object","format":"Netplan YAML"}]},"selinux":{"allOf":[{"$ref":"#/definitions/Selinux"}]},"services":{"allOf":[{"$ref":"#/definitions/Services"}]},"sysexts":{"type":"array","items":{"$ref":"#/definitions/Extension"}},"uefiFallback":{"allOf":[{"$ref":"#/definitions/UefiFallbackMode"}]},"users":{"type":"array","items":{"$ref":"#/definitions/User"}}},"additionalProperties":false},"OsImage":{"type":"object","required":["sha384","url"],"properties":{"sha384":{"allOf":[{"$ref":"#/definitions/ImageSha384"}]},"url":{"type":"string","format":"uri"}},"additionalProperties":false},"OverrideEspMount":{"oneOf":[{"type":"string","enum":["use-default"]},{"type":"string","enum":["override"]},{"type":"string","enum":["block"]}]},"Partition":{"type":"object","required":["id","size"],"properties":{"id":{"type":"string","format":"Block Device ID"},"label":{"anyOf":[{"type":"null"},{"type":"string"}]},"size":{"allOf":[{"$ref":"#/definitions/PartitionSize"}]},"type":{"allOf":[{"$ref":"#/definitions/PartitionType"}]},"uuid":{"anyOf":[{"type":"null"},{"type":"string","format":"uuid"}]}},"additionalProperties":false},"PartitionSize":{"oneOf":[{"type":"string","enum":["grow"]},{"type":["string","number"],"format":"\\d+\\s*[KMGT]?"}]},"PartitionTableType":{"oneOf":[{"type":"string","enum":["gpt"]}]},"PartitionType":{"oneOf":[{"type":"string","enum":["esp"]},{"type":"string","enum":["root"]},{"type":"string","enum":["swap"]},{"type":"string","enum":["root-verity"]},{"type":"string","enum":["home"]},{"type":"string","enum":["var"]},{"type":"string","enum":["usr"]},{"type":"string","enum":["usr-verity"]},{"type":"string","enum":["tmp"]},{"type":"string","enum":["linux-generic"]},{"type":"string","enum":["srv"]},{"type":"string","enum":["xbootldr"]},{"type":"string","format":"uuid"}]},"Password":{"oneOf":[{"type":"object","required":["type"],"properties":{"type":{"type":"string","enum":["locked"]}},"additionalProperties":false}]},"Pcr":{"oneOf":[{"type":"integer","minimum":0,"maximum":23},{"type":"string","enum":["platform-code","platform-config","external-code","external-config","boot-loader-code","boot-loader-config","host-platform","secure-boot-policy","pcr8","kernel-initrd","ima","kernel-boot","kernel-config","sysexts","shim-policy","system-identity","debug","pcr17","pcr18","pcr19","pcr20","pcr21","pcr22","application-support"]}]},"Raid":{"type":"object","properties":{"software":{"type":"array","items":{"$ref":"#/definitions/SoftwareRaidArray"}},"syncTimeout":{"anyOf":[{"type":"null"},{"type":"integer","format":"uint64","minimum":0}]}},"additionalProperties":false},"RaidLevel":{"oneOf":[{"type":"string","enum":["raid0"]},{"type":"string","enum":["raid1"]},{"type":"string","enum":["raid5"]},{"type":"string","enum":["raid6"]},{"type":"string","enum":["raid10"]}]},"Script":{"type":"object","oneOf":[{"required":["content"]},{"required":["path"]}],"properties":{"arguments":{"type":"array","items":{"type":"string"}},"environmentVariables":{"type":"object","additionalProperties":{"type":"string"}},"interpreter":{"anyOf":[{"type":"null"},{"type":"string"}]},"name":{"type":"string"},"runOn":{"type":"array","items":{"$ref":"#/definitions/ServicingTypeSelection"}},"content":{"type":"string"},"path":{"type":"string"}},"additionalProperties":false},"Scripts":{"type":"object","properties":{"postConfigure":{"type":"array","items":{"$ref":"#/definitions/Script"}},"postProvision":{"type":"array","items":{"$ref":"#/definitions/Script"}},"preServicing":{"type":"array","items":{"$ref":"#/definitions/Script"}}},"additionalProperties":false},"Selinux":{"type":"object","properties":{"mode":{"anyOf":[{"type":"null"},{"allOf":[{"$ref":"#/definitions/SelinuxMode"}]}]}},"additionalProperties":false},"SelinuxMode":{"oneOf":[{"type":"string","enum":["disabled"]},{"type":"string","enum":["permissive"]},{"type":"string","enum":["enforcing"]}]},"Services":{"type":"object","properties":{"disable":{"type":"array","items":{"type":"string"}},"enable":{"type":"array","items":{"type":"string"}}},"additionalProperties":false},"ServicingTypeSelection":{"oneOf":[{"type":"string","enum":["clean-install"]},{"type":"string","enum":["runtime-update"]},{"type":"string","enum":["ab-update"]},{"type":"string","enum":["all"]}]},"SoftwareRaidArray":{"type":"object","required":["devices","id","level","name"],"properties":{"devices":{"type":"array","items":{"type":"string","format":"Block Device ID"}},"id":{"type":"string","format":"Block Device ID"},"level":{"allOf":[{"$ref":"#/definitions/RaidLevel"}]},"name":{"type":"string"}},"additionalProperties":false},"SshMode":{"oneOf":[{"type":"string","enum":["block"]},{"type":"string","enum":["key-only"]}]},"Storage":{"type":"object","properties":{"abUpdate":{"anyOf":[{"type":"null"},{"allOf":[{"$ref":"#/definitions/AbUpdate"}]}]},"disks":{"type":"array","items":{"$ref":"#/definitions/Disk"}},"encryption":{"anyOf":[{"type":"null"},{"allOf":[{"$ref":"#/definitions/Encryption"}]}]},"filesystems":{"type":"array","items":{"$ref":"#/definitions/FileSystem"}},"raid":{"allOf":[{"$ref":"#/definitions/Raid"}]},"swap":{"type":"array","items":{"oneOf":[{"$ref":"#/definitions/Swap"},{"type":"string"}]}},"verity":{"type":"array","items":{"$ref":"#/definitions/VerityDevice"}}},"additionalProperties":false},"Swap":{"type":"object","required":["deviceId"],"properties":{"deviceId":{"type":"string","format":"Block Device ID"}},"additionalProperties":false},"SystemdCheck":{"type":"object","properties":{"name":{"type":"string"},"runOn":{"type":"array","items":{"$ref":"#/definitions/ServicingTypeSelection"}},"systemdServices":{"type":"array","items":{"type":"string"}},"timeoutSeconds":{"type":"integer","format":"uint","minimum":0}},"additionalProperties":false},"Trident":{"type":"object","properties":{"datastorePath":{"type":"string"},"disable":{"type":"boolean"},"logstream":{"anyOf":[{"type":"null"},{"type":"string"}]},"phonehome":{"anyOf":[{"type":"null"},{"type":"string"}]}},"additionalProperties":false},"UefiFallbackMode":{"oneOf":[{"type":"string","enum":["conservative"]},{"type":"string","enum":["optimistic"]},{"type":"string","enum":["disabled"]}]},"User":{"type":"object","required":["name"],"properties":{"homeDirectory":{"anyOf":[{"type":"null"},{"type":"string"}]},"name":{"type":"string"},"password":{"allOf":[{"$ref":"#/definitions/Password"}]},"primaryGroup":{"anyOf":[{"type":"null"},{"type":"string"}]},"secondaryGroups":{"type":"array","items":{"type":"string"}},"sshMode":{"allOf":[{"$ref":"#/definitions/SshMode"}]},"sshPublicKeys":{"type":"array","items":{"type":"string"}},"startupCommand":{"anyOf":[{"type":"null"},{"type":"string"}]},"uid":{"anyOf":[{"type":"null"},{"type":"integer","format":"int32"}]}},"additionalProperties":false},"VerityCorruptionOption":{"oneOf":[{"type":"string","enum":["io-error"]},{"type":"string","enum":["ignore"]},{"type":"string","enum":["panic"]},{"type":"string","enum":["restart"]}]},"VerityDevice":{"type":"object","required":["dataDeviceId","hashDeviceId","id","name"],"properties":{"corruptionOption":{"allOf":[{"$ref":"#/definitions/VerityCorruptionOption"}]},"dataDeviceId":{"type":"string","format":"Block Device ID"},"hashDeviceId":{"type":"string","format":"Block Device ID"},"id":{"type":"string"},"name":{"type":"string"}},"additionalProperties":false}}};const schema7 = {"type":"object","properties":{"checks":{"type":"array","items":{"$ref":"#/definitions/Check"}}},"additionalProperties":false};const schema8 = {"oneOf":[{"$ref":"#/definitions/Script"},{"$ref":"#/definitions/SystemdCheck"}]};const schema9 = {"type":"object","oneOf":[{"required":["content"]},{"required":["path"]}],"properties":{"arguments":{"type":"array","items":{"type":"string"}},"environmentVariables":{"type":"object","additionalProperties":{"type":"string"}},"interpreter":{"anyOf":[{"type":"null"},{"type":"string"}]},"name":{"type":"string"},"runOn":{"type":"array","items":{"$ref":"#/definitions/ServicingTypeSelection"}},"content":{"type":"string"},"path":{"type":"string"}},"additionalProperties":false};const schema10 = {"oneOf":[{"type":"string","enum":["clean-install"]},{"type":"string","enum":["runtime-update"]},{"type":"string","enum":["ab-update"]},{"type":"string","enum":["all"]}]};function validate25(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;const _errs0 = errors;let valid0 = false;let passing0 = null;const _errs1 = errors;if(typeof data !== "string"){const err0 = {instancePath,schemaPath:"#/oneOf/0/type",keyword:"type",params:{type: "string"}};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if(!(data === "clean-install")){const err1 = {instancePath,schemaPath:"#/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema10.oneOf[0].enum}};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}var _valid0 = _errs1 === errors;if(_valid0){valid0 = true;passing0 = 0;}const _errs3 = errors;if(typeof data !== "string"){const err2 = {instancePath,schemaPath:"#/oneOf/1/type",keyword:"type",params:{type: "string"}};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}if(!(data === "runtime-update")){const err3 = {instancePath,schemaPath:"#/oneOf/1/enum",keyword:"enum",params:{allowedValues: schema10.oneOf[1].enum}};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}var _valid0 = _errs3 === errors;if(_valid0 && valid0){valid0 = false;passing0 = [passing0, 1];}else {if(_valid0){valid0 = true;passing0 = 1;}const _errs5 = errors;if(typeof data !== "string"){const err4 = {instancePath,schemaPath:"#/oneOf/2/type",keyword:"type",params:{type: "string"}};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}if(!(data === "ab-update")){const err5 = {instancePath,schemaPath:"#/oneOf/2/enum",keyword:"enum",params:{allowedValues: schema10.oneOf[2].enum}};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}var _valid0 = _errs5 === errors;if(_valid0 && valid0){valid0 = false;passing0 = [passing0, 2];}else {if(_valid0){valid0 = true;passing0 = 2;}const _errs7 = errors;if(typeof data !== "string"){const err6 = {instancePath,schemaPath:"#/oneOf/3/type",keyword:"type",params:{type: "string"}};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}if(!(data === "all")){const err7 = {instancePath,schemaPath:"#/oneOf/3/enum",keyword:"enum",params:{allowedValues: schema10.oneOf[3].enum}};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}var _valid0 = _errs7 === errors;if(_valid0 && valid0){valid0 = false;passing0 = [passing0, 3];}else {if(_valid0){valid0 = true;passing0 = 3;}}}}if(!valid0){const err8 = {instancePath,schemaPath:"#/oneOf",keyword:"oneOf",params:{passingSchemas: passing0}};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;validate25.errors = vErrors;return false;}else {errors = _errs0;if(vErrors !== null){if(_errs0){vErrors.length = _errs0;}else {vErrors = null;}}}validate25.errors = vErrors;return errors === 0;}function validate24(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;const _errs1 = errors;let valid0 = false;let passing0 = null;const _errs2 = errors;if(data && typeof data == "object" && !Array.isArray(data)){let missing0;if((data.content === undefined) && (missing0 = "content")){const err0 = {instancePath,schemaPath:"#/oneOf/0/required",keyword:"required",params:{missingProperty: missing0}};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}}var _valid0 = _errs2 === errors;if(_valid0){valid0 = true;passing0 = 0;}const _errs3 = errors;if(data && typeof data == "object" && !Array.isArray(data)){let missing1;if((data.path === undefined) && (missing1 = "path")){const err1 = {instancePath,schemaPath:"#/oneOf/1/required",keyword:"required",params:{missingProperty: missing1}};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}var _valid0 = _errs3 === errors;if(_valid0 && valid0){valid0 = false;passing0 = [passing0, 1];}else {if(_valid0){valid0 = true;passing0 = 1;}}if(!valid0){const err2 = {instancePath,schemaPath:"#/oneOf",keyword:"oneOf",params:{passingSchemas: passing0}};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;validate24.errors = vErrors;return false;}else {errors = _errs1;if(vErrors !== null){if(_errs1){vErrors.length = _errs1;}else {vErrors = null;}}}if(errors === 0){if(data && typeof data == "object" && !Array.isArray(data)){const _errs4 = errors;for(const key0 in data){if(!(((((((key0 === "arguments") || (key0 === "environmentVariables")) || (key0 === "interpreter")) || (key0 === "name")) || (key0 === "runOn")) || (key0 === "content")) || (key0 === "path"))){validate24.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}}];return false;break;}}if(_errs4 === errors){if(data.arguments !== undefined){let data0 = data.arguments;const _errs5 = errors;if(errors === _errs5){if(Array.isArray(data0)){var valid2 = true;const len0 = data0.length;for(let i0=0; i0<len0; i0++){const _errs7 = errors;if(typeof data0[i0] !== "string"){validate24.errors = [{instancePath:instancePath+"/arguments/" + i0,schemaPath:"#/properties/arguments/items/type",keyword:"type",params:{type: "string"}}];return false;}var valid2 = _errs7 === errors;if(!valid2){break;}}}else {validate24.errors = [{instancePath:instancePath+"/arguments",schemaPath:"#/properties/arguments/type",keyword:"type",params:{type: "array"}}];return false;}}var valid1 = _errs5 === errors;}else {var valid1 = true;}if(valid1){if(data.environmentVariables !== undefined){let data2 = data.environmentVariables;const _errs9 = errors;if(errors === _errs9){if(data2 && typeof data2 == "object" && !Array.isArray(data2)){for(const key1 in data2){const _errs12 = errors;if(typeof data2[key1] !== "string"){validate24.errors = [{instancePath:instancePath+"/environmentVariables/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/environmentVariables/additionalProperties/type",keyword:"type",params:{type: "string"}}];return false;}var valid3 = _errs12 === errors;if(!valid3){break;}}}else {validate24.errors = [{instancePath:instancePath+"/environmentVariables",schemaPath:"#/properties/environmentVariables/type",keyword:"type",params:{type: "object"}}];return false;}}var valid1 = _errs9 === errors;}else {var valid1 = true;}if(valid1){if(data.interpreter !== undefined){let data4 = data.interpreter;const _errs14 = errors;const _errs15 = errors;let valid4 = false;const _errs16 = errors;if(data4 !== null){const err3 = {instancePath:instancePath+"/interpreter",schemaPath:"#/properties/interpreter/anyOf/0/type",keyword:"type",params:{type: "null"}};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}var _valid1 = _errs16 === errors;valid4 = valid4 || _valid1;if(!valid4){const _errs18 = errors;if(typeof data4 !== "string"){const err4 = {instancePath:instancePath+"/interpreter",schemaPath:"#/properties/interpreter/anyOf/1/type",keyword:"type",params:{type: "string"}};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}var _valid1 = _errs18 === errors;valid4 = valid4 || _valid1;}if(!valid4){const err5 = {instancePath:instancePath+"/interpreter",schemaPath:"#/properties/interpreter/anyOf",keyword:"anyOf",params:{}};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;validate24.errors = vErrors;return false;}else {errors = _errs15;if(vErrors !== null){if(_errs15){vErrors.length = _errs15;}else {vErrors = null;}}}var valid1 = _errs14 === errors;}else {var valid1 = true;}if(valid1){if(data.name !== undefined){const _errs20 = errors;if(typeof data.name !== "string"){validate24.errors = [{instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"}}];return false;}var valid1 = _errs20 === errors;}else {var valid1 = true;}if(valid1){if(data.runOn !== undefined){let data6 = data.runOn;const _errs22 = errors;if(errors === _errs22){if(Array.isArray(data6)){var valid5 = true;const len1 = data6.length;for(let i1=0; i1<len1; i1++){const _errs24 = errors;if(!(validate25(data6[i1], {instancePath:instancePath+"/runOn/" + i1,parentData:data6,parentDataProperty:i1,rootData}))){vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);errors = vErrors.length;}var valid5 = _errs24 === errors;if(!valid5){break;}}}else {validate24.errors = [{instancePath:instancePath+"/runOn",schemaPath:"#/properties/runOn/type",keyword:"type",params:{type: "array"}}];return false;}}var valid1 = _errs22 === errors;}else {var valid1 = true;}if(valid1){if(data.content !== undefined){const _errs25 = errors;if(typeof data.content !== "string"){validate24.errors = [{instancePath:instancePath+"/content",schemaPath:"#/properties/content/type",keyword:"type",params:{type: "string"}}];return false;}var valid1 = _errs25 === errors;}else {var valid1 = true;}if(valid1){if(data.path !== undefined){const _errs27 = errors;if(typeof data.path !== "string"){validate24.errors = [{instancePath:instancePath+"/path",schemaPath:"#/properties/path/type",keyword:"type",params:{type: "string"}}];return false;}var valid1 = _errs27 === errors;}else {var valid1 = true;}}}}}}}}}else {validate24.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];return false;}}validate24.errors = vErrors;return errors === 0;}const schema11 = {"type":"object","properties":{"name":{"type":"string"},"runOn":{"type":"array","items":{"$ref":"#/definitions/ServicingTypeSelection"}},"systemdServices":{"type":"array","items":{"type":"string"}},"timeoutSeconds":{"type":"integer","format":"uint","minimum":0}},"additionalProperties":false};function validate28(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(errors === 0){if(data && typeof data == "object" && !Array.isArray(data)){const _errs1 = errors;for(const key0 in data){if(!((((key0 === "name") || (key0 === "runOn")) || (key0 === "systemdServices")) || (key0 === "timeoutSeconds"))){validate28.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}}];return false;break;}}if(_errs1 === errors){if(data.name !== undefined){const _errs2 = errors;if(typeof data.name !== "string"){validate28.errors = [{instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"}}];return false;}var valid0 = _errs2 === errors;}else {var valid0 = true;}if(valid0){if(data.runOn !== undefined){let data1 = data.runOn;const _errs4 = errors;if(errors === _errs4){if(Array.isArray(data1)){var valid1 = true;const len0 = data1.length;for(let i0=0; i0<len0; i0++){const _errs6 = errors;if(!(validate25(data1[i0], {instancePath:instancePath+"/runOn/" + i0,parentData:data1,parentDataProperty:i0,rootData}))){vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);errors = vErrors.length;}var valid1 = _errs6 === errors;if(!valid1){break;}}}else {validate28.errors = [{instancePath:instancePath+"/runOn",schemaPath:"#/properties/runOn/type",keyword:"type",params:{type: "array"}}];return false;}}var valid0 = _errs4 === errors;}else {var valid0 = true;}if(valid0){if(data.systemdServices !== undefined){let data3 = data.systemdServices;const _errs7 = errors;if(errors === _errs7){if(Array.isArray(data3)){var valid2 = true;const len1 = data3.length;for(let i1=0; i1<len1; i1++){const _errs9 = errors;if(typeof data3[i1] !== "string"){validate28.errors = [{instancePath:instancePath+"/systemdServices/" + i1,schemaPath:"#/properties/systemdServices/items/type",keyword:"type",params:{type: "string"}}];return false;}var valid2 = _errs9 === errors;if(!valid2){break;}}}else {validate28.errors = [{instancePath:instancePath+"/systemdServices",schemaPath:"#/properties/systemdServices/type",keyword:"type",params:{type: "array"}}];return false;}}var valid0 = _errs7 === errors;}else {var valid0 = true;}if(valid0){if(data.timeoutSeconds !== undefined){let data5 = data.timeoutSeconds;const _errs11 = errors;if(!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))){validate28.errors = [{instancePath:instancePath+"/timeoutSeconds",schemaPath:"#/properties/timeoutSeconds/type",keyword:"type",params:{type: "integer"}}];return false;}if(errors === _errs11){if((typeof data5 == "number") && (isFinite(data5))){if(data5 < 0 || isNaN(data5)){validate28.errors = [{instancePath:instancePath+"/timeoutSeconds",schemaPath:"#/properties/timeoutSeconds/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}}];return false;}}}var valid0 = _errs11 === errors;}else {var valid0 = true;}}}}}}else {validate28.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];return false;}}validate28.errors = vErrors;return errors === 0;}function validate23(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;const _errs0 = errors;let valid0 = false;let passing0 = null;const _errs1 = errors;if(!(validate24(data, {instancePath,parentData,parentDataProperty,rootData}))){vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);errors = vErrors.length;}var _valid0 = _errs1 === errors;if(_valid0){valid0 = true;passing0 = 0;}const _errs2 = errors;if(!(validate28(data, {instancePath,parentData,parentDataProperty,rootData}))){vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);errors = vErrors.length;}var _valid0 = _errs2 === errors;if(_valid0 && valid0){valid0 = false;passing0 = [passing0, 1];}else {if(_valid0){valid0 = true;passing0 = 1;}}if(!valid0){const err0 = {instancePath,schemaPath:"#/oneOf",keyword:"oneOf",params:{passingSchemas: passing0}};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;validate23.errors = vErrors;return false;}else {errors = _errs0;if(vErrors !== null){if(_errs0){vErrors.length = _errs0;}else {vErrors = null;}}}validate23.errors = vErrors;return errors === 0;}function validate22(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(errors === 0){if(data && typeof data == "object" && !Array.isArray(data)){const _errs1 = errors;for(const key0 in data){if(!(key0 === "checks")){validate22.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}}];return false;break;}}if(_errs1 === errors){if(data.checks !== undefined){let data0 = data.checks;const _errs2 = errors;if(errors === _errs2){if(Array.isArray(data0)){var valid1 = true;const len0 = data0.length;for(let i0=0; i0<len0; i0++){const _errs4 = errors;if(!(validate23(data0[i0], {instancePath:instancePath+"/checks/" + i0,parentData:data0,parentDataProperty:i0,rootData}))){vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);errors = vErrors.length;}var valid1 = _errs4 === errors;if(!valid1){break;}}}else {validate22.errors = [{instancePath:instancePath+"/checks",schemaPath:"#/properties/checks/type",keyword:"type",params:{type: "array"}}];return false;}}}}}else {validate22.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];return false;}}validate22.errors = vErrors;return errors === 0;}const schema12 = {"type":"object","required":["sha384","url"],"properties":{"sha384":{"allOf":[{"$ref":"#/definitions/ImageSha384"}]},"url":{"type":"string","format":"uri"}},"additionalProperties":false};const schema13 = {"oneOf":[{"type":"string","enum":["ignored"]},{"type":"string","format":"[a-fA-F0-9]{96}"}]};const formats0 = /^(?:[a-fA-F0-9]{96})$/;function validate34(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;const _errs0 = errors;let valid0 = false;let passing0 = null;const _errs1 = errors;if(typeof data !== "string"){const err0 = {instancePath,schemaPath:"#/oneOf/0/type",keyword:"type",params:{type: "string"}};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if(!(data === "ignored")){const err1 = {instancePath,schemaPath:"#/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema13.oneOf[0].enum}};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}var _valid0 = _errs1 === errors;if(_valid0){valid0 = true;passing0 = 0;}const _errs3 = errors;if(errors === _errs3){if(errors === _errs3){if(typeof data === "string"){if(!(formats0.test(data))){const err2 = {instancePath,schemaPath:"#/oneOf/1/format",keyword:"format",params:{format: "[a-fA-F0-9]{96}"}};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}else {const err3 = {instancePath,schemaPath:"#/oneOf/1/type",keyword:"type",params:{type: "string"}};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}}var _valid0 = _errs3 === errors;if(_valid0 && valid0){valid0 = false;passing0 = [passing0, 1];}else {if(_valid0){valid0 = true;passing0 = 1;}}if(!valid0){const err4 = {instancePath,schemaPath:"#/oneOf",keyword:"oneOf",params:{passingSchemas: passing0}};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;validate34.errors = vErrors;return false;}else {errors = _errs0;if(vErrors !== null){if(_errs0){vErrors.length = _errs0;}else {vErrors = null;}}}validate34.errors = vErrors;return errors === 0;}const formats2 = formats/* fullFormats */.U9.uri;function validate33(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(errors === 0){if(data && typeof data == "object" && !Array.isArray(data)){let missing0;if(((data.sha384 === undefined) && (missing0 = "sha384")) || ((data.url === undefined) && (missing0 = "url"))){validate33.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0}}];return false;}else {const _errs1 = errors;for(const key0 in data){if(!((key0 === "sha384") || (key0 === "url"))){validate33.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}}];return false;break;}}if(_errs1 === errors){if(data.sha384 !== undefined){const _errs2 = errors;if(!(validate34(data.sha384, {instancePath:instancePath+"/sha384",parentData:data,parentDataProperty:"sha384",rootData}))){vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);errors = vErrors.length;}var valid0 = _errs2 === errors;}else {var valid0 = true;}if(valid0){if(data.url !== undefined){let data1 = data.url;const _errs4 = errors;if(errors === _errs4){if(errors === _errs4){if(typeof data1 === "string"){if(!(formats2(data1))){validate33.errors = [{instancePath:instancePath+"/url",schemaPath:"#/properties/url/format",keyword:"format",params:{format: "uri"}}];return false;}}else {validate33.errors = [{instancePath:instancePath+"/url",schemaPath:"#/properties/url/type",keyword:"type",params:{type: "string"}}];return false;}}}var valid0 = _errs4 === errors;}else {var valid0 = true;}}}}}else {validate33.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];return false;}}validate33.errors = vErrors;return errors === 0;}const schema14 = {"type":"object","properties":{"netplan":{"anyOf":[{"type":"null"},{"type":"object","format":"Netplan YAML"}]},"users":{"type":"array","items":{"$ref":"#/definitions/User"}}},"additionalProperties":false};const schema15 = {"type":"object","required":["name"],"properties":{"homeDirectory":{"anyOf":[{"type":"null"},{"type":"string"}]},"name":{"type":"string"},"password":{"allOf":[{"$ref":"#/definitions/Password"}]},"primaryGroup":{"anyOf":[{"type":"null"},{"type":"string"}]},"secondaryGroups":{"type":"array","items":{"type":"string"}},"sshMode":{"allOf":[{"$ref":"#/definitions/SshMode"}]},"sshPublicKeys":{"type":"array","items":{"type":"string"}},"startupCommand":{"anyOf":[{"type":"null"},{"type":"string"}]},"uid":{"anyOf":[{"type":"null"},{"type":"integer","format":"int32"}]}},"additionalProperties":false};const func2 = Object.prototype.hasOwnProperty;const schema16 = {"oneOf":[{"type":"object","required":["type"],"properties":{"type":{"type":"string","enum":["locked"]}},"additionalProperties":false}]};function validate39(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;const _errs0 = errors;let valid0 = false;let passing0 = null;const _errs1 = errors;if(errors === _errs1){if(data && typeof data == "object" && !Array.isArray(data)){let missing0;if((data.type === undefined) && (missing0 = "type")){const err0 = {instancePath,schemaPath:"#/oneOf/0/required",keyword:"required",params:{missingProperty: missing0}};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}else {const _errs3 = errors;for(const key0 in data){if(!(key0 === "type")){const err1 = {instancePath,schemaPath:"#/oneOf/0/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;break;}}if(_errs3 === errors){if(data.type !== undefined){let data0 = data.type;if(typeof data0 !== "string"){const err2 = {instancePath:instancePath+"/type",schemaPath:"#/oneOf/0/properties/type/type",keyword:"type",params:{type: "string"}};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}if(!(data0 === "locked")){const err3 = {instancePath:instancePath+"/type",schemaPath:"#/oneOf/0/properties/type/enum",keyword:"enum",params:{allowedValues: schema16.oneOf[0].properties.type.enum}};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}}}}else {const err4 = {instancePath,schemaPath:"#/oneOf/0/type",keyword:"type",params:{type: "object"}};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}var _valid0 = _errs1 === errors;if(_valid0){valid0 = true;passing0 = 0;}if(!valid0){const err5 = {instancePath,schemaPath:"#/oneOf",keyword:"oneOf",params:{passingSchemas: passing0}};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;validate39.errors = vErrors;return false;}else {errors = _errs0;if(vErrors !== null){if(_errs0){vErrors.length = _errs0;}else {vErrors = null;}}}validate39.errors = vErrors;return errors === 0;}const schema17 = {"oneOf":[{"type":"string","enum":["block"]},{"type":"string","enum":["key-only"]}]};function validate41(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;const _errs0 = errors;let valid0 = false;let passing0 = null;const _errs1 = errors;if(typeof data !== "string"){const err0 = {instancePath,schemaPath:"#/oneOf/0/type",keyword:"type",params:{type: "string"}};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if(!(data === "block")){const err1 = {instancePath,schemaPath:"#/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema17.oneOf[0].enum}};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}var _valid0 = _errs1 === errors;if(_valid0){valid0 = true;passing0 = 0;}const _errs3 = errors;if(typeof data !== "string"){const err2 = {instancePath,schemaPath:"#/oneOf/1/type",keyword:"type",params:{type: "string"}};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}if(!(data === "key-only")){const err3 = {instancePath,schemaPath:"#/oneOf/1/enum",keyword:"enum",params:{allowedValues: schema17.oneOf[1].enum}};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}var _valid0 = _errs3 === errors;if(_valid0 && valid0){valid0 = false;passing0 = [passing0, 1];}else {if(_valid0){valid0 = true;passing0 = 1;}}if(!valid0){const err4 = {instancePath,schemaPath:"#/oneOf",keyword:"oneOf",params:{passingSchemas: passing0}};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;validate41.errors = vErrors;return false;}else {errors = _errs0;if(vErrors !== null){if(_errs0){vErrors.length = _errs0;}else {vErrors = null;}}}validate41.errors = vErrors;return errors === 0;}function validate38(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(errors === 0){if(data && typeof data == "object" && !Array.isArray(data)){let missing0;if((data.name === undefined) && (missing0 = "name")){validate38.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0}}];return false;}else {const _errs1 = errors;for(const key0 in data){if(!(func2.call(schema15.properties, key0))){validate38.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}}];return false;break;}}if(_errs1 === errors){if(data.homeDirectory !== undefined){let data0 = data.homeDirectory;const _errs2 = errors;const _errs3 = errors;let valid1 = false;const _errs4 = errors;if(data0 !== null){const err0 = {instancePath:instancePath+"/homeDirectory",schemaPath:"#/properties/homeDirectory/anyOf/0/type",keyword:"type",params:{type: "null"}};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}var _valid0 = _errs4 === errors;valid1 = valid1 || _valid0;if(!valid1){const _errs6 = errors;if(typeof data0 !== "string"){const err1 = {instancePath:instancePath+"/homeDirectory",schemaPath:"#/properties/homeDirectory/anyOf/1/type",keyword:"type",params:{type: "string"}};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}var _valid0 = _errs6 === errors;valid1 = valid1 || _valid0;}if(!valid1){const err2 = {instancePath:instancePath+"/homeDirectory",schemaPath:"#/properties/homeDirectory/anyOf",keyword:"anyOf",params:{}};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;validate38.errors = vErrors;return false;}else {errors = _errs3;if(vErrors !== null){if(_errs3){vErrors.length = _errs3;}else {vErrors = null;}}}var valid0 = _errs2 === errors;}else {var valid0 = true;}if(valid0){if(data.name !== undefined){const _errs8 = errors;if(typeof data.name !== "string"){validate38.errors = [{instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"}}];return false;}var valid0 = _errs8 === errors;}else {var valid0 = true;}if(valid0){if(data.password !== undefined){const _errs10 = errors;if(!(validate39(data.password, {instancePath:instancePath+"/password",parentData:data,parentDataProperty:"password",rootData}))){vErrors = vErrors === null ? validate39.errors : vErrors.concat(validate39.errors);errors = vErrors.length;}var valid0 = _errs10 === errors;}else {var valid0 = true;}if(valid0){if(data.primaryGroup !== undefined){let data3 = data.primaryGroup;const _errs12 = errors;const _errs13 = errors;let valid3 = false;const _errs14 = errors;if(data3 !== null){const err3 = {instancePath:instancePath+"/primaryGroup",schemaPath:"#/properties/primaryGroup/anyOf/0/type",keyword:"type",params:{type: "null"}};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}var _valid1 = _errs14 === errors;valid3 = valid3 || _valid1;if(!valid3){const _errs16 = errors;if(typeof data3 !== "string"){const err4 = {instancePath:instancePath+"/primaryGroup",schemaPath:"#/properties/primaryGroup/anyOf/1/type",keyword:"type",params:{type: "string"}};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}var _valid1 = _errs16 === errors;valid3 = valid3 || _valid1;}if(!valid3){const err5 = {instancePath:instancePath+"/primaryGroup",schemaPath:"#/properties/primaryGroup/anyOf",keyword:"anyOf",params:{}};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;validate38.errors = vErrors;return false;}else {errors = _errs13;if(vErrors !== null){if(_errs13){vErrors.length = _errs13;}else {vErrors = null;}}}var valid0 = _errs12 === errors;}else {var valid0 = true;}if(valid0){if(data.secondaryGroups !== undefined){let data4 = data.secondaryGroups;const _errs18 = errors;if(errors === _errs18){if(Array.isArray(data4)){var valid4 = true;const len0 = data4.length;for(let i0=0; i0<len0; i0++){const _errs20 = errors;if(typeof data4[i0] !== "string"){validate38.errors = [{instancePath:instancePath+"/secondaryGroups/" + i0,schemaPath:"#/properties/secondaryGroups/items/type",keyword:"type",params:{type: "string"}}];return false;}var valid4 = _errs20 === errors;if(!valid4){break;}}}else {validate38.errors = [{instancePath:instancePath+"/secondaryGroups",schemaPath:"#/properties/secondaryGroups/type",keyword:"type",params:{type: "array"}}];return false;}}var valid0 = _errs18 === errors;}else {var valid0 = true;}if(valid0){if(data.sshMode !== undefined){const _errs22 = errors;if(!(validate41(data.sshMode, {instancePath:instancePath+"/sshMode",parentData:data,parentDataProperty:"sshMode",rootData}))){vErrors = vErrors === null ? validate41.errors : vErrors.concat(validate41.errors);errors = vErrors.length;}var valid0 = _errs22 === errors;}else {var valid0 = true;}if(valid0){if(data.sshPublicKeys !== undefined){let data7 = data.sshPublicKeys;const _errs24 = errors;if(errors === _errs24){if(Array.isArray(data7)){var valid6 = true;const len1 = data7.length;for(let i1=0; i1<len1; i1++){const _errs26 = errors;if(typeof data7[i1] !== "string"){validate38.errors = [{instancePath:instancePath+"/sshPublicKeys/" + i1,schemaPath:"#/properties/sshPublicKeys/items/type",keyword:"type",params:{type: "string"}}];return false;}var valid6 = _errs26 === errors;if(!valid6){break;}}}else {validate38.errors = [{instancePath:instancePath+"/sshPublicKeys",schemaPath:"#/properties/sshPublicKeys/type",keyword:"type",params:{type: "array"}}];return false;}}var valid0 = _errs24 === errors;}else {var valid0 = true;}if(valid0){if(data.startupCommand !== undefined){let data9 = data.startupCommand;const _errs28 = errors;const _errs29 = errors;let valid7 = false;const _errs30 = errors;if(data9 !== null){const err6 = {instancePath:instancePath+"/startupCommand",schemaPath:"#/properties/startupCommand/anyOf/0/type",keyword:"type",params:{type: "null"}};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}var _valid2 = _errs30 === errors;valid7 = valid7 || _valid2;if(!valid7){const _errs32 = errors;if(typeof data9 !== "string"){const err7 = {instancePath:instancePath+"/startupCommand",schemaPath:"#/properties/startupCommand/anyOf/1/type",keyword:"type",params:{type: "string"}};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}var _valid2 = _errs32 === errors;valid7 = valid7 || _valid2;}if(!valid7){const err8 = {instancePath:instancePath+"/startupCommand",schemaPath:"#/properties/startupCommand/anyOf",keyword:"anyOf",params:{}};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;validate38.errors = vErrors;return false;}else {errors = _errs29;if(vErrors !== null){if(_errs29){vErrors.length = _errs29;}else {vErrors = null;}}}var valid0 = _errs28 === errors;}else {var valid0 = true;}if(valid0){if(data.uid !== undefined){let data10 = data.uid;const _errs34 = errors;const _errs35 = errors;let valid8 = false;const _errs36 = errors;if(data10 !== null){const err9 = {instancePath:instancePath+"/uid",schemaPath:"#/properties/uid/anyOf/0/type",keyword:"type",params:{type: "null"}};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}var _valid3 = _errs36 === errors;valid8 = valid8 || _valid3;if(!valid8){const _errs38 = errors;if(!(((typeof data10 == "number") && (!(data10 % 1) && !isNaN(data10))) && (isFinite(data10)))){const err10 = {instancePath:instancePath+"/uid",schemaPath:"#/properties/uid/anyOf/1/type",keyword:"type",params:{type: "integer"}};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}var _valid3 = _errs38 === errors;valid8 = valid8 || _valid3;}if(!valid8){const err11 = {instancePath:instancePath+"/uid",schemaPath:"#/properties/uid/anyOf",keyword:"anyOf",params:{}};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;validate38.errors = vErrors;return false;}else {errors = _errs35;if(vErrors !== null){if(_errs35){vErrors.length = _errs35;}else {vErrors = null;}}}var valid0 = _errs34 === errors;}else {var valid0 = true;}}}}}}}}}}}}else {validate38.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];return false;}}validate38.errors = vErrors;return errors === 0;}function validate37(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(errors === 0){if(data && typeof data == "object" && !Array.isArray(data)){const _errs1 = errors;for(const key0 in data){if(!((key0 === "netplan") || (key0 === "users"))){validate37.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}}];return false;break;}}if(_errs1 === errors){if(data.netplan !== undefined){let data0 = data.netplan;const _errs2 = errors;const _errs3 = errors;let valid1 = false;const _errs4 = errors;if(data0 !== null){const err0 = {instancePath:instancePath+"/netplan",schemaPath:"#/properties/netplan/anyOf/0/type",keyword:"type",params:{type: "null"}};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}var _valid0 = _errs4 === errors;valid1 = valid1 || _valid0;if(!valid1){const _errs6 = errors;if(!(data0 && typeof data0 == "object" && !Array.isArray(data0))){const err1 = {instancePath:instancePath+"/netplan",schemaPath:"#/properties/netplan/anyOf/1/type",keyword:"type",params:{type: "object"}};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}var _valid0 = _errs6 === errors;valid1 = valid1 || _valid0;}if(!valid1){const err2 = {instancePath:instancePath+"/netplan",schemaPath:"#/properties/netplan/anyOf",keyword:"anyOf",params:{}};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;validate37.errors = vErrors;return false;}else {errors = _errs3;if(vErrors !== null){if(_errs3){vErrors.length = _errs3;}else {vErrors = null;}}}var valid0 = _errs2 === errors;}else {var valid0 = true;}if(valid0){if(data.users !== undefined){let data1 = data.users;const _errs8 = errors;if(errors === _errs8){if(Array.isArray(data1)){var valid2 = true;const len0 = data1.length;for(let i0=0; i0<len0; i0++){const _errs10 = errors;if(!(validate38(data1[i0], {instancePath:instancePath+"/users/" + i0,parentData:data1,parentDataProperty:i0,rootData}))){vErrors = vErrors === null ? validate38.errors : vErrors.concat(validate38.errors);errors = vErrors.length;}var valid2 = _errs10 === errors;if(!valid2){break;}}}else {validate37.errors = [{instancePath:instancePath+"/users",schemaPath:"#/properties/users/type",keyword:"type",params:{type: "array"}}];return false;}}var valid0 = _errs8 === errors;}else {var valid0 = true;}}}}else {validate37.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];return false;}}validate37.errors = vErrors;return errors === 0;}const schema18 = {"type":"object","properties":{"additionalFiles":{"type":"array","items":{"$ref":"#/definitions/AdditionalFile"}},"confexts":{"type":"array","items":{"$ref":"#/definitions/Extension"}},"hostname":{"anyOf":[{"type":"null"},{"type":"string"}]},"kernelCommandLine":{"allOf":[{"$ref":"#/definitions/KernelCommandLine"}]},"modules":{"type":"array","items":{"$ref":"#/definitions/Module"}},"netplan":{"anyOf":[{"type":"null"},{"type":"object","format":"Netplan YAML"}]},"selinux":{"allOf":[{"$ref":"#/definitions/Selinux"}]},"services":{"allOf":[{"$ref":"#/definitions/Services"}]},"sysexts":{"type":"array","items":{"$ref":"#/definitions/Extension"}},"uefiFallback":{"allOf":[{"$ref":"#/definitions/UefiFallbackMode"}]},"users":{"type":"array","items":{"$ref":"#/definitions/User"}}},"additionalProperties":false};const schema19 = {"type":"object","required":["destination"],"properties":{"content":{"anyOf":[{"type":"null"},{"type":"string"}]},"destination":{"type":"string"},"permissions":{"anyOf":[{"type":"null"},{"type":"string"}]},"source":{"anyOf":[{"type":"null"},{"type":"string"}]}},"additionalProperties":false};function validate46(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(errors === 0){if(data && typeof data == "object" && !Array.isArray(data)){let missing0;if((data.destination === undefined) && (missing0 = "destination")){validate46.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0}}];return false;}else {const _errs1 = errors;for(const key0 in data){if(!((((key0 === "content") || (key0 === "destination")) || (key0 === "permissions")) || (key0 === "source"))){validate46.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}}];return false;break;}}if(_errs1 === errors){if(data.content !== undefined){let data0 = data.content;const _errs2 = errors;const _errs3 = errors;let valid1 = false;const _errs4 = errors;if(data0 !== null){const err0 = {instancePath:instancePath+"/content",schemaPath:"#/properties/content/anyOf/0/type",keyword:"type",params:{type: "null"}};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}var _valid0 = _errs4 === errors;valid1 = valid1 || _valid0;if(!valid1){const _errs6 = errors;if(typeof data0 !== "string"){const err1 = {instancePath:instancePath+"/content",schemaPath:"#/properties/content/anyOf/1/type",keyword:"type",params:{type: "string"}};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}var _valid0 = _errs6 === errors;valid1 = valid1 || _valid0;}if(!valid1){const err2 = {instancePath:instancePath+"/content",schemaPath:"#/properties/content/anyOf",keyword:"anyOf",params:{}};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;validate46.errors = vErrors;return false;}else {errors = _errs3;if(vErrors !== null){if(_errs3){vErrors.length = _errs3;}else {vErrors = null;}}}var valid0 = _errs2 === errors;}else {var valid0 = true;}if(valid0){if(data.destination !== undefined){const _errs8 = errors;if(typeof data.destination !== "string"){validate46.errors = [{instancePath:instancePath+"/destination",schemaPath:"#/properties/destination/type",keyword:"type",params:{type: "string"}}];return false;}var valid0 = _errs8 === errors;}else {var valid0 = true;}if(valid0){if(data.permissions !== undefined){let data2 = data.permissions;const _errs10 = errors;const _errs11 = errors;let valid2 = false;const _errs12 = errors;if(data2 !== null){const err3 = {instancePath:instancePath+"/permissions",schemaPath:"#/properties/permissions/anyOf/0/type",keyword:"type",params:{type: "null"}};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}var _valid1 = _errs12 === errors;valid2 = valid2 || _valid1;if(!valid2){const _errs14 = errors;if(typeof data2 !== "string"){const err4 = {instancePath:instancePath+"/permissions",schemaPath:"#/properties/permissions/anyOf/1/type",keyword:"type",params:{type: "string"}};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}var _valid1 = _errs14 === errors;valid2 = valid2 || _valid1;}if(!valid2){const err5 = {instancePath:instancePath+"/permissions",schemaPath:"#/properties/permissions/anyOf",keyword:"anyOf",params:{}};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;validate46.errors = vErrors;return false;}else {errors = _errs11;if(vErrors !== null){if(_errs11){vErrors.length = _errs11;}else {vErrors = null;}}}var valid0 = _errs10 === errors;}else {var valid0 = true;}if(valid0){if(data.source !== undefined){let data3 = data.source;const _errs16 = errors;const _errs17 = errors;let valid3 = false;const _errs18 = errors;if(data3 !== null){const err6 = {instancePath:instancePath+"/source",schemaPath:"#/properties/source/anyOf/0/type",keyword:"type",params:{type: "null"}};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}var _valid2 = _errs18 === errors;valid3 = valid3 || _valid2;if(!valid3){const _errs20 = errors;if(typeof data3 !== "string"){const err7 = {instancePath:instancePath+"/source",schemaPath:"#/properties/source/anyOf/1/type",keyword:"type",params:{type: "string"}};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}var _valid2 = _errs20 === errors;valid3 = valid3 || _valid2;}if(!valid3){const err8 = {instancePath:instancePath+"/source",schemaPath:"#/properties/source/anyOf",keyword:"anyOf",params:{}};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;validate46.errors = vErrors;return false;}else {errors = _errs17;if(vErrors !== null){if(_errs17){vErrors.length = _errs17;}else {vErrors = null;}}}var valid0 = _errs16 === errors;}else {var valid0 = true;}}}}}}}else {validate46.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];return false;}}validate46.errors = vErrors;return errors === 0;}const schema20 = {"type":"object","required":["sha384","url"],"properties":{"path":{"anyOf":[{"type":"null"},{"type":"string"}]},"sha384":{"type":"string","format":"[a-fA-F0-9]{96}"},"url":{"type":"string","format":"uri"}},"additionalProperties":false};function validate48(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(errors === 0){if(data && typeof data == "object" && !Array.isArray(data)){let missing0;if(((data.sha384 === undefined) && (missing0 = "sha384")) || ((data.url === undefined) && (missing0 = "url"))){validate48.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0}}];return false;}else {const _errs1 = errors;for(const key0 in data){if(!(((key0 === "path") || (key0 === "sha384")) || (key0 === "url"))){validate48.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}}];return false;break;}}if(_errs1 === errors){if(data.path !== undefined){let data0 = data.path;const _errs2 = errors;const _errs3 = errors;let valid1 = false;const _errs4 = errors;if(data0 !== null){const err0 = {instancePath:instancePath+"/path",schemaPath:"#/properties/path/anyOf/0/type",keyword:"type",params:{type: "null"}};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}var _valid0 = _errs4 === errors;valid1 = valid1 || _valid0;if(!valid1){const _errs6 = errors;if(typeof data0 !== "string"){const err1 = {instancePath:instancePath+"/path",schemaPath:"#/properties/path/anyOf/1/type",keyword:"type",params:{type: "string"}};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}var _valid0 = _errs6 === errors;valid1 = valid1 || _valid0;}if(!valid1){const err2 = {instancePath:instancePath+"/path",schemaPath:"#/properties/path/anyOf",keyword:"anyOf",params:{}};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;validate48.errors = vErrors;return false;}else {errors = _errs3;if(vErrors !== null){if(_errs3){vErrors.length = _errs3;}else {vErrors = null;}}}var valid0 = _errs2 === errors;}else {var valid0 = true;}if(valid0){if(data.sha384 !== undefined){let data1 = data.sha384;const _errs8 = errors;if(errors === _errs8){if(errors === _errs8){if(typeof data1 === "string"){if(!(formats0.test(data1))){validate48.errors = [{instancePath:instancePath+"/sha384",schemaPath:"#/properties/sha384/format",keyword:"format",params:{format: "[a-fA-F0-9]{96}"}}];return false;}}else {validate48.errors = [{instancePath:instancePath+"/sha384",schemaPath:"#/properties/sha384/type",keyword:"type",params:{type: "string"}}];return false;}}}var valid0 = _errs8 === errors;}else {var valid0 = true;}if(valid0){if(data.url !== undefined){let data2 = data.url;const _errs10 = errors;if(errors === _errs10){if(errors === _errs10){if(typeof data2 === "string"){if(!(formats2(data2))){validate48.errors = [{instancePath:instancePath+"/url",schemaPath:"#/properties/url/format",keyword:"format",params:{format: "uri"}}];return false;}}else {validate48.errors = [{instancePath:instancePath+"/url",schemaPath:"#/properties/url/type",keyword:"type",params:{type: "string"}}];return false;}}}var valid0 = _errs10 === errors;}else {var valid0 = true;}}}}}}else {validate48.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];return false;}}validate48.errors = vErrors;return errors === 0;}const schema21 = {"type":"object","required":["extraCommandLine"],"properties":{"extraCommandLine":{"type":"array","items":{"type":"string"}}},"additionalProperties":false};function validate50(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(errors === 0){if(data && typeof data == "object" && !Array.isArray(data)){let missing0;if((data.extraCommandLine === undefined) && (missing0 = "extraCommandLine")){validate50.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0}}];return false;}else {const _errs1 = errors;for(const key0 in data){if(!(key0 === "extraCommandLine")){validate50.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}}];return false;break;}}if(_errs1 === errors){if(data.extraCommandLine !== undefined){let data0 = data.extraCommandLine;const _errs2 = errors;if(errors === _errs2){if(Array.isArray(data0)){var valid1 = true;const len0 = data0.length;for(let i0=0; i0<len0; i0++){const _errs4 = errors;if(typeof data0[i0] !== "string"){validate50.errors = [{instancePath:instancePath+"/extraCommandLine/" + i0,schemaPath:"#/properties/extraCommandLine/items/type",keyword:"type",params:{type: "string"}}];return false;}var valid1 = _errs4 === errors;if(!valid1){break;}}}else {validate50.errors = [{instancePath:instancePath+"/extraCommandLine",schemaPath:"#/properties/extraCommandLine/type",keyword:"type",params:{type: "array"}}];return false;}}}}}}else {validate50.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];return false;}}validate50.errors = vErrors;return errors === 0;}const schema22 = {"type":"object","required":["name"],"properties":{"loadMode":{"allOf":[{"$ref":"#/definitions/LoadMode"}]},"name":{"type":"string"},"options":{"type":"object","additionalProperties":{"type":"string"}}},"additionalProperties":false};const schema23 = {"oneOf":[{"type":"string","enum":["always"]},{"type":"string","enum":["auto"]},{"type":"string","enum":["disable"]},{"type":"string","enum":["inherit"]}]};function validate53(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;const _errs0 = errors;let valid0 = false;let passing0 = null;const _errs1 = errors;if(typeof data !== "string"){const err0 = {instancePath,schemaPath:"#/oneOf/0/type",keyword:"type",params:{type: "string"}};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if(!(data === "always")){const err1 = {instancePath,schemaPath:"#/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema23.oneOf[0].enum}};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}var _valid0 = _errs1 === errors;if(_valid0){valid0 = true;passing0 = 0;}const _errs3 = errors;if(typeof data !== "string"){const err2 = {instancePath,schemaPath:"#/oneOf/1/type",keyword:"type",params:{type: "string"}};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}if(!(data === "auto")){const err3 = {instancePath,schemaPath:"#/oneOf/1/enum",keyword:"enum",params:{allowedValues: schema23.oneOf[1].enum}};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}var _valid0 = _errs3 === errors;if(_valid0 && valid0){valid0 = false;passing0 = [passing0, 1];}else {if(_valid0){valid0 = true;passing0 = 1;}const _errs5 = errors;if(typeof data !== "string"){const err4 = {instancePath,schemaPath:"#/oneOf/2/type",keyword:"type",params:{type: "string"}};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}if(!(data === "disable")){const err5 = {instancePath,schemaPath:"#/oneOf/2/enum",keyword:"enum",params:{allowedValues: schema23.oneOf[2].enum}};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}var _valid0 = _errs5 === errors;if(_valid0 && valid0){valid0 = false;passing0 = [passing0, 2];}else {if(_valid0){valid0 = true;passing0 = 2;}const _errs7 = errors;if(typeof data !== "string"){const err6 = {instancePath,schemaPath:"#/oneOf/3/type",keyword:"type",params:{type: "string"}};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}if(!(data === "inherit")){const err7 = {instancePath,schemaPath:"#/oneOf/3/enum",keyword:"enum",params:{allowedValues: schema23.oneOf[3].enum}};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}var _valid0 = _errs7 === errors;if(_valid0 && valid0){valid0 = false;passing0 = [passing0, 3];}else {if(_valid0){valid0 = true;passing0 = 3;}}}}if(!valid0){const err8 = {instancePath,schemaPath:"#/oneOf",keyword:"oneOf",params:{passingSchemas: passing0}};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;validate53.errors = vErrors;return false;}else {errors = _errs0;if(vErrors !== null){if(_errs0){vErrors.length = _errs0;}else {vErrors = null;}}}validate53.errors = vErrors;return errors === 0;}function validate52(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(errors === 0){if(data && typeof data == "object" && !Array.isArray(data)){let missing0;if((data.name === undefined) && (missing0 = "name")){validate52.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0}}];return false;}else {const _errs1 = errors;for(const key0 in data){if(!(((key0 === "loadMode") || (key0 === "name")) || (key0 === "options"))){validate52.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}}];return false;break;}}if(_errs1 === errors){if(data.loadMode !== undefined){const _errs2 = errors;if(!(validate53(data.loadMode, {instancePath:instancePath+"/loadMode",parentData:data,parentDataProperty:"loadMode",rootData}))){vErrors = vErrors === null ? validate53.errors : vErrors.concat(validate53.errors);errors = vErrors.length;}var valid0 = _errs2 === errors;}else {var valid0 = true;}if(valid0){if(data.name !== undefined){const _errs4 = errors;if(typeof data.name !== "string"){validate52.errors = [{instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"}}];return false;}var valid0 = _errs4 === errors;}else {var valid0 = true;}if(valid0){if(data.options !== undefined){let data2 = data.options;const _errs6 = errors;if(errors === _errs6){if(data2 && typeof data2 == "object" && !Array.isArray(data2)){for(const key1 in data2){const _errs9 = errors;if(typeof data2[key1] !== "string"){validate52.errors = [{instancePath:instancePath+"/options/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/options/additionalProperties/type",keyword:"type",params:{type: "string"}}];return false;}var valid2 = _errs9 === errors;if(!valid2){break;}}}else {validate52.errors = [{instancePath:instancePath+"/options",schemaPath:"#/properties/options/type",keyword:"type",params:{type: "object"}}];return false;}}var valid0 = _errs6 === errors;}else {var valid0 = true;}}}}}}else {validate52.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];return false;}}validate52.errors = vErrors;return errors === 0;}const schema24 = {"type":"object","properties":{"mode":{"anyOf":[{"type":"null"},{"allOf":[{"$ref":"#/definitions/SelinuxMode"}]}]}},"additionalProperties":false};const schema25 = {"oneOf":[{"type":"string","enum":["disabled"]},{"type":"string","enum":["permissive"]},{"type":"string","enum":["enforcing"]}]};function validate57(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;const _errs0 = errors;let valid0 = false;let passing0 = null;const _errs1 = errors;if(typeof data !== "string"){const err0 = {instancePath,schemaPath:"#/oneOf/0/type",keyword:"type",params:{type: "string"}};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if(!(data === "disabled")){const err1 = {instancePath,schemaPath:"#/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema25.oneOf[0].enum}};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}var _valid0 = _errs1 === errors;if(_valid0){valid0 = true;passing0 = 0;}const _errs3 = errors;if(typeof data !== "string"){const err2 = {instancePath,schemaPath:"#/oneOf/1/type",keyword:"type",params:{type: "string"}};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}if(!(data === "permissive")){const err3 = {instancePath,schemaPath:"#/oneOf/1/enum",keyword:"enum",params:{allowedValues: schema25.oneOf[1].enum}};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}var _valid0 = _errs3 === errors;if(_valid0 && valid0){valid0 = false;passing0 = [passing0, 1];}else {if(_valid0){valid0 = true;passing0 = 1;}const _errs5 = errors;if(typeof data !== "string"){const err4 = {instancePath,schemaPath:"#/oneOf/2/type",keyword:"type",params:{type: "string"}};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}if(!(data === "enforcing")){const err5 = {instancePath,schemaPath:"#/oneOf/2/enum",keyword:"enum",params:{allowedValues: schema25.oneOf[2].enum}};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}var _valid0 = _errs5 === errors;if(_valid0 && valid0){valid0 = false;passing0 = [passing0, 2];}else {if(_valid0){valid0 = true;passing0 = 2;}}}if(!valid0){const err6 = {instancePath,schemaPath:"#/oneOf",keyword:"oneOf",params:{passingSchemas: passing0}};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;validate57.errors = vErrors;return false;}else {errors = _errs0;if(vErrors !== null){if(_errs0){vErrors.length = _errs0;}else {vErrors = null;}}}validate57.errors = vErrors;return errors === 0;}function validate56(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(errors === 0){if(data && typeof data == "object" && !Array.isArray(data)){const _errs1 = errors;for(const key0 in data){if(!(key0 === "mode")){validate56.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}}];return false;break;}}if(_errs1 === errors){if(data.mode !== undefined){let data0 = data.mode;const _errs3 = errors;let valid1 = false;const _errs4 = errors;if(data0 !== null){const err0 = {instancePath:instancePath+"/mode",schemaPath:"#/properties/mode/anyOf/0/type",keyword:"type",params:{type: "null"}};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}var _valid0 = _errs4 === errors;valid1 = valid1 || _valid0;if(!valid1){const _errs6 = errors;if(!(validate57(data0, {instancePath:instancePath+"/mode",parentData:data,parentDataProperty:"mode",rootData}))){vErrors = vErrors === null ? validate57.errors : vErrors.concat(validate57.errors);errors = vErrors.length;}var _valid0 = _errs6 === errors;valid1 = valid1 || _valid0;}if(!valid1){const err1 = {instancePath:instancePath+"/mode",schemaPath:"#/properties/mode/anyOf",keyword:"anyOf",params:{}};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;validate56.errors = vErrors;return false;}else {errors = _errs3;if(vErrors !== null){if(_errs3){vErrors.length = _errs3;}else {vErrors = null;}}}}}}else {validate56.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];return false;}}validate56.errors = vErrors;return errors === 0;}const schema26 = {"type":"object","properties":{"disable":{"type":"array","items":{"type":"string"}},"enable":{"type":"array","items":{"type":"string"}}},"additionalProperties":false};function validate60(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(errors === 0){if(data && typeof data == "object" && !Array.isArray(data)){const _errs1 = errors;for(const key0 in data){if(!((key0 === "disable") || (key0 === "enable"))){validate60.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}}];return false;break;}}if(_errs1 === errors){if(data.disable !== undefined){let data0 = data.disable;const _errs2 = errors;if(errors === _errs2){if(Array.isArray(data0)){var valid1 = true;const len0 = data0.length;for(let i0=0; i0<len0; i0++){const _errs4 = errors;if(typeof data0[i0] !== "string"){validate60.errors = [{instancePath:instancePath+"/disable/" + i0,schemaPath:"#/properties/disable/items/type",keyword:"type",params:{type: "string"}}];return false;}var valid1 = _errs4 === errors;if(!valid1){break;}}}else {validate60.errors = [{instancePath:instancePath+"/disable",schemaPath:"#/properties/disable/type",keyword:"type",params:{type: "array"}}];return false;}}var valid0 = _errs2 === errors;}else {var valid0 = true;}if(valid0){if(data.enable !== undefined){let data2 = data.enable;const _errs6 = errors;if(errors === _errs6){if(Array.isArray(data2)){var valid2 = true;const len1 = data2.length;for(let i1=0; i1<len1; i1++){const _errs8 = errors;if(typeof data2[i1] !== "string"){validate60.errors = [{instancePath:instancePath+"/enable/" + i1,schemaPath:"#/properties/enable/items/type",keyword:"type",params:{type: "string"}}];return false;}var valid2 = _errs8 === errors;if(!valid2){break;}}}else {validate60.errors = [{instancePath:instancePath+"/enable",schemaPath:"#/properties/enable/type",keyword:"type",params:{type: "array"}}];return false;}}var valid0 = _errs6 === errors;}else {var valid0 = true;}}}}else {validate60.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];return false;}}validate60.errors = vErrors;return errors === 0;}const schema27 = {"oneOf":[{"type":"string","enum":["conservative"]},{"type":"string","enum":["optimistic"]},{"type":"string","enum":["disabled"]}]};function validate63(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;const _errs0 = errors;let valid0 = false;let passing0 = null;const _errs1 = errors;if(typeof data !== "string"){const err0 = {instancePath,schemaPath:"#/oneOf/0/type",keyword:"type",params:{type: "string"}};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if(!(data === "conservative")){const err1 = {instancePath,schemaPath:"#/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema27.oneOf[0].enum}};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}var _valid0 = _errs1 === errors;if(_valid0){valid0 = true;passing0 = 0;}const _errs3 = errors;if(typeof data !== "string"){const err2 = {instancePath,schemaPath:"#/oneOf/1/type",keyword:"type",params:{type: "string"}};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}if(!(data === "optimistic")){const err3 = {instancePath,schemaPath:"#/oneOf/1/enum",keyword:"enum",params:{allowedValues: schema27.oneOf[1].enum}};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}var _valid0 = _errs3 === errors;if(_valid0 && valid0){valid0 = false;passing0 = [passing0, 1];}else {if(_valid0){valid0 = true;passing0 = 1;}const _errs5 = errors;if(typeof data !== "string"){const err4 = {instancePath,schemaPath:"#/oneOf/2/type",keyword:"type",params:{type: "string"}};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}if(!(data === "disabled")){const err5 = {instancePath,schemaPath:"#/oneOf/2/enum",keyword:"enum",params:{allowedValues: schema27.oneOf[2].enum}};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}var _valid0 = _errs5 === errors;if(_valid0 && valid0){valid0 = false;passing0 = [passing0, 2];}else {if(_valid0){valid0 = true;passing0 = 2;}}}if(!valid0){const err6 = {instancePath,schemaPath:"#/oneOf",keyword:"oneOf",params:{passingSchemas: passing0}};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;validate63.errors = vErrors;return false;}else {errors = _errs0;if(vErrors !== null){if(_errs0){vErrors.length = _errs0;}else {vErrors = null;}}}validate63.errors = vErrors;return errors === 0;}function validate45(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(errors === 0){if(data && typeof data == "object" && !Array.isArray(data)){const _errs1 = errors;for(const key0 in data){if(!(func2.call(schema18.properties, key0))){validate45.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}}];return false;break;}}if(_errs1 === errors){if(data.additionalFiles !== undefined){let data0 = data.additionalFiles;const _errs2 = errors;if(errors === _errs2){if(Array.isArray(data0)){var valid1 = true;const len0 = data0.length;for(let i0=0; i0<len0; i0++){const _errs4 = errors;if(!(validate46(data0[i0], {instancePath:instancePath+"/additionalFiles/" + i0,parentData:data0,parentDataProperty:i0,rootData}))){vErrors = vErrors === null ? validate46.errors : vErrors.concat(validate46.errors);errors = vErrors.length;}var valid1 = _errs4 === errors;if(!valid1){break;}}}else {validate45.errors = [{instancePath:instancePath+"/additionalFiles",schemaPath:"#/properties/additionalFiles/type",keyword:"type",params:{type: "array"}}];return false;}}var valid0 = _errs2 === errors;}else {var valid0 = true;}if(valid0){if(data.confexts !== undefined){let data2 = data.confexts;const _errs5 = errors;if(errors === _errs5){if(Array.isArray(data2)){var valid2 = true;const len1 = data2.length;for(let i1=0; i1<len1; i1++){const _errs7 = errors;if(!(validate48(data2[i1], {instancePath:instancePath+"/confexts/" + i1,parentData:data2,parentDataProperty:i1,rootData}))){vErrors = vErrors === null ? validate48.errors : vErrors.concat(validate48.errors);errors = vErrors.length;}var valid2 = _errs7 === errors;if(!valid2){break;}}}else {validate45.errors = [{instancePath:instancePath+"/confexts",schemaPath:"#/properties/confexts/type",keyword:"type",params:{type: "array"}}];return false;}}var valid0 = _errs5 === errors;}else {var valid0 = true;}if(valid0){if(data.hostname !== undefined){let data4 = data.hostname;const _errs8 = errors;const _errs9 = errors;let valid3 = false;const _errs10 = errors;if(data4 !== null){const err0 = {instancePath:instancePath+"/hostname",schemaPath:"#/properties/hostname/anyOf/0/type",keyword:"type",params:{type: "null"}};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}var _valid0 = _errs10 === errors;valid3 = valid3 || _valid0;if(!valid3){const _errs12 = errors;if(typeof data4 !== "string"){const err1 = {instancePath:instancePath+"/hostname",schemaPath:"#/properties/hostname/anyOf/1/type",keyword:"type",params:{type: "string"}};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}var _valid0 = _errs12 === errors;valid3 = valid3 || _valid0;}if(!valid3){const err2 = {instancePath:instancePath+"/hostname",schemaPath:"#/properties/hostname/anyOf",keyword:"anyOf",params:{}};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;validate45.errors = vErrors;return false;}else {errors = _errs9;if(vErrors !== null){if(_errs9){vErrors.length = _errs9;}else {vErrors = null;}}}var valid0 = _errs8 === errors;}else {var valid0 = true;}if(valid0){if(data.kernelCommandLine !== undefined){const _errs14 = errors;if(!(validate50(data.kernelCommandLine, {instancePath:instancePath+"/kernelCommandLine",parentData:data,parentDataProperty:"kernelCommandLine",rootData}))){vErrors = vErrors === null ? validate50.errors : vErrors.concat(validate50.errors);errors = vErrors.length;}var valid0 = _errs14 === errors;}else {var valid0 = true;}if(valid0){if(data.modules !== undefined){let data6 = data.modules;const _errs16 = errors;if(errors === _errs16){if(Array.isArray(data6)){var valid5 = true;const len2 = data6.length;for(let i2=0; i2<len2; i2++){const _errs18 = errors;if(!(validate52(data6[i2], {instancePath:instancePath+"/modules/" + i2,parentData:data6,parentDataProperty:i2,rootData}))){vErrors = vErrors === null ? validate52.errors : vErrors.concat(validate52.errors);errors = vErrors.length;}var valid5 = _errs18 === errors;if(!valid5){break;}}}else {validate45.errors = [{instancePath:instancePath+"/modules",schemaPath:"#/properties/modules/type",keyword:"type",params:{type: "array"}}];return false;}}var valid0 = _errs16 === errors;}else {var valid0 = true;}if(valid0){if(data.netplan !== undefined){let data8 = data.netplan;const _errs19 = errors;const _errs20 = errors;let valid6 = false;const _errs21 = errors;if(data8 !== null){const err3 = {instancePath:instancePath+"/netplan",schemaPath:"#/properties/netplan/anyOf/0/type",keyword:"type",params:{type: "null"}};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}var _valid1 = _errs21 === errors;valid6 = valid6 || _valid1;if(!valid6){const _errs23 = errors;if(!(data8 && typeof data8 == "object" && !Array.isArray(data8))){const err4 = {instancePath:instancePath+"/netplan",schemaPath:"#/properties/netplan/anyOf/1/type",keyword:"type",params:{type: "object"}};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}var _valid1 = _errs23 === errors;valid6 = valid6 || _valid1;}if(!valid6){const err5 = {instancePath:instancePath+"/netplan",schemaPath:"#/properties/netplan/anyOf",keyword:"anyOf",params:{}};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;validate45.errors = vErrors;return false;}else {errors = _errs20;if(vErrors !== null){if(_errs20){vErrors.length = _errs20;}else {vErrors = null;}}}var valid0 = _errs19 === errors;}else {var valid0 = true;}if(valid0){if(data.selinux !== undefined){const _errs25 = errors;if(!(validate56(data.selinux, {instancePath:instancePath+"/selinux",parentData:data,parentDataProperty:"selinux",rootData}))){vErrors = vErrors === null ? validate56.errors : vErrors.concat(validate56.errors);errors = vErrors.length;}var valid0 = _errs25 === errors;}else {var valid0 = true;}if(valid0){if(data.services !== undefined){const _errs27 = errors;if(!(validate60(data.services, {instancePath:instancePath+"/services",parentData:data,parentDataProperty:"services",rootData}))){vErrors = vErrors === null ? validate60.errors : vErrors.concat(validate60.errors);errors = vErrors.length;}var valid0 = _errs27 === errors;}else {var valid0 = true;}if(valid0){if(data.sysexts !== undefined){let data11 = data.sysexts;const _errs29 = errors;if(errors === _errs29){if(Array.isArray(data11)){var valid9 = true;const len3 = data11.length;for(let i3=0; i3<len3; i3++){const _errs31 = errors;if(!(validate48(data11[i3], {instancePath:instancePath+"/sysexts/" + i3,parentData:data11,parentDataProperty:i3,rootData}))){vErrors = vErrors === null ? validate48.errors : vErrors.concat(validate48.errors);errors = vErrors.length;}var valid9 = _errs31 === errors;if(!valid9){break;}}}else {validate45.errors = [{instancePath:instancePath+"/sysexts",schemaPath:"#/properties/sysexts/type",keyword:"type",params:{type: "array"}}];return false;}}var valid0 = _errs29 === errors;}else {var valid0 = true;}if(valid0){if(data.uefiFallback !== undefined){const _errs32 = errors;if(!(validate63(data.uefiFallback, {instancePath:instancePath+"/uefiFallback",parentData:data,parentDataProperty:"uefiFallback",rootData}))){vErrors = vErrors === null ? validate63.errors : vErrors.concat(validate63.errors);errors = vErrors.length;}var valid0 = _errs32 === errors;}else {var valid0 = true;}if(valid0){if(data.users !== undefined){let data14 = data.users;const _errs34 = errors;if(errors === _errs34){if(Array.isArray(data14)){var valid11 = true;const len4 = data14.length;for(let i4=0; i4<len4; i4++){const _errs36 = errors;if(!(validate38(data14[i4], {instancePath:instancePath+"/users/" + i4,parentData:data14,parentDataProperty:i4,rootData}))){vErrors = vErrors === null ? validate38.errors : vErrors.concat(validate38.errors);errors = vErrors.length;}var valid11 = _errs36 === errors;if(!valid11){break;}}}else {validate45.errors = [{instancePath:instancePath+"/users",schemaPath:"#/properties/users/type",keyword:"type",params:{type: "array"}}];return false;}}var valid0 = _errs34 === errors;}else {var valid0 = true;}}}}}}}}}}}}}else {validate45.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];return false;}}validate45.errors = vErrors;return errors === 0;}const schema28 = {"type":"object","properties":{"postConfigure":{"type":"array","items":{"$ref":"#/definitions/Script"}},"postProvision":{"type":"array","items":{"$ref":"#/definitions/Script"}},"preServicing":{"type":"array","items":{"$ref":"#/definitions/Script"}}},"additionalProperties":false};function validate67(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(errors === 0){if(data && typeof data == "object" && !Array.isArray(data)){const _errs1 = errors;for(const key0 in data){if(!(((key0 === "postConfigure") || (key0 === "postProvision")) || (key0 === "preServicing"))){validate67.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}}];return false;break;}}if(_errs1 === errors){if(data.postConfigure !== undefined){let data0 = data.postConfigure;const _errs2 = errors;if(errors === _errs2){if(Array.isArray(data0)){var valid1 = true;const len0 = data0.length;for(let i0=0; i0<len0; i0++){const _errs4 = errors;if(!(validate24(data0[i0], {instancePath:instancePath+"/postConfigure/" + i0,parentData:data0,parentDataProperty:i0,rootData}))){vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);errors = vErrors.length;}var valid1 = _errs4 === errors;if(!valid1){break;}}}else {validate67.errors = [{instancePath:instancePath+"/postConfigure",schemaPath:"#/properties/postConfigure/type",keyword:"type",params:{type: "array"}}];return false;}}var valid0 = _errs2 === errors;}else {var valid0 = true;}if(valid0){if(data.postProvision !== undefined){let data2 = data.postProvision;const _errs5 = errors;if(errors === _errs5){if(Array.isArray(data2)){var valid2 = true;const len1 = data2.length;for(let i1=0; i1<len1; i1++){const _errs7 = errors;if(!(validate24(data2[i1], {instancePath:instancePath+"/postProvision/" + i1,parentData:data2,parentDataProperty:i1,rootData}))){vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);errors = vErrors.length;}var valid2 = _errs7 === errors;if(!valid2){break;}}}else {validate67.errors = [{instancePath:instancePath+"/postProvision",schemaPath:"#/properties/postProvision/type",keyword:"type",params:{type: "array"}}];return false;}}var valid0 = _errs5 === errors;}else {var valid0 = true;}if(valid0){if(data.preServicing !== undefined){let data4 = data.preServicing;const _errs8 = errors;if(errors === _errs8){if(Array.isArray(data4)){var valid3 = true;const len2 = data4.length;for(let i2=0; i2<len2; i2++){const _errs10 = errors;if(!(validate24(data4[i2], {instancePath:instancePath+"/preServicing/" + i2,parentData:data4,parentDataProperty:i2,rootData}))){vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);errors = vErrors.length;}var valid3 = _errs10 === errors;if(!valid3){break;}}}else {validate67.errors = [{instancePath:instancePath+"/preServicing",schemaPath:"#/properties/preServicing/type",keyword:"type",params:{type: "array"}}];return false;}}var valid0 = _errs8 === errors;}else {var valid0 = true;}}}}}else {validate67.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];return false;}}validate67.errors = vErrors;return errors === 0;}const schema29 = {"type":"object","properties":{"abUpdate":{"anyOf":[{"type":"null"},{"allOf":[{"$ref":"#/definitions/AbUpdate"}]}]},"disks":{"type":"array","items":{"$ref":"#/definitions/Disk"}},"encryption":{"anyOf":[{"type":"null"},{"allOf":[{"$ref":"#/definitions/Encryption"}]}]},"filesystems":{"type":"array","items":{"$ref":"#/definitions/FileSystem"}},"raid":{"allOf":[{"$ref":"#/definitions/Raid"}]},"swap":{"type":"array","items":{"oneOf":[{"$ref":"#/definitions/Swap"},{"type":"string"}]}},"verity":{"type":"array","items":{"$ref":"#/definitions/VerityDevice"}}},"additionalProperties":false};const schema30 = {"type":"object","required":["volumePairs"],"properties":{"volumePairs":{"type":"array","items":{"$ref":"#/definitions/AbVolumePair"}}},"additionalProperties":false};const host_config_valid_schema31 = {"type":"object","required":["id","volumeAId","volumeBId"],"properties":{"id":{"type":"string","format":"Block Device ID"},"volumeAId":{"type":"string","format":"Block Device ID"},"volumeBId":{"type":"string","format":"Block Device ID"}},"additionalProperties":false};function validate74(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(errors === 0){if(data && typeof data == "object" && !Array.isArray(data)){let missing0;if((((data.id === undefined) && (missing0 = "id")) || ((data.volumeAId === undefined) && (missing0 = "volumeAId"))) || ((data.volumeBId === undefined) && (missing0 = "volumeBId"))){validate74.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0}}];return false;}else {const _errs1 = errors;for(const key0 in data){if(!(((key0 === "id") || (key0 === "volumeAId")) || (key0 === "volumeBId"))){validate74.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}}];return false;break;}}if(_errs1 === errors){if(data.id !== undefined){const _errs2 = errors;if(errors === _errs2){if(errors === _errs2){if(!(typeof data.id === "string")){validate74.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"}}];return false;}}}var valid0 = _errs2 === errors;}else {var valid0 = true;}if(valid0){if(data.volumeAId !== undefined){const _errs4 = errors;if(errors === _errs4){if(errors === _errs4){if(!(typeof data.volumeAId === "string")){validate74.errors = [{instancePath:instancePath+"/volumeAId",schemaPath:"#/properties/volumeAId/type",keyword:"type",params:{type: "string"}}];return false;}}}var valid0 = _errs4 === errors;}else {var valid0 = true;}if(valid0){if(data.volumeBId !== undefined){const _errs6 = errors;if(errors === _errs6){if(errors === _errs6){if(!(typeof data.volumeBId === "string")){validate74.errors = [{instancePath:instancePath+"/volumeBId",schemaPath:"#/properties/volumeBId/type",keyword:"type",params:{type: "string"}}];return false;}}}var valid0 = _errs6 === errors;}else {var valid0 = true;}}}}}}else {validate74.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];return false;}}validate74.errors = vErrors;return errors === 0;}function validate73(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(errors === 0){if(data && typeof data == "object" && !Array.isArray(data)){let missing0;if((data.volumePairs === undefined) && (missing0 = "volumePairs")){validate73.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0}}];return false;}else {const _errs1 = errors;for(const key0 in data){if(!(key0 === "volumePairs")){validate73.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}}];return false;break;}}if(_errs1 === errors){if(data.volumePairs !== undefined){let data0 = data.volumePairs;const _errs2 = errors;if(errors === _errs2){if(Array.isArray(data0)){var valid1 = true;const len0 = data0.length;for(let i0=0; i0<len0; i0++){const _errs4 = errors;if(!(validate74(data0[i0], {instancePath:instancePath+"/volumePairs/" + i0,parentData:data0,parentDataProperty:i0,rootData}))){vErrors = vErrors === null ? validate74.errors : vErrors.concat(validate74.errors);errors = vErrors.length;}var valid1 = _errs4 === errors;if(!valid1){break;}}}else {validate73.errors = [{instancePath:instancePath+"/volumePairs",schemaPath:"#/properties/volumePairs/type",keyword:"type",params:{type: "array"}}];return false;}}}}}}else {validate73.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];return false;}}validate73.errors = vErrors;return errors === 0;}const schema32 = {"type":"object","required":["device","id","partitionTableType","partitions"],"properties":{"adoptedPartitions":{"type":"array","items":{"$ref":"#/definitions/AdoptedPartition"}},"device":{"type":"string"},"id":{"type":"string","format":"Block Device ID"},"partitionTableType":{"allOf":[{"$ref":"#/definitions/PartitionTableType"}]},"partitions":{"type":"array","items":{"$ref":"#/definitions/Partition"}}},"additionalProperties":false};const schema33 = {"type":"object","required":["id"],"properties":{"id":{"type":"string","format":"Block Device ID"},"matchLabel":{"anyOf":[{"type":"null"},{"type":"string"}]},"matchUuid":{"anyOf":[{"type":"null"},{"type":"string","format":"uuid"}]}},"additionalProperties":false};const formats8 = /^(?:urn:uuid:)?[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}$/i;function validate78(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(errors === 0){if(data && typeof data == "object" && !Array.isArray(data)){let missing0;if((data.id === undefined) && (missing0 = "id")){validate78.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0}}];return false;}else {const _errs1 = errors;for(const key0 in data){if(!(((key0 === "id") || (key0 === "matchLabel")) || (key0 === "matchUuid"))){validate78.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}}];return false;break;}}if(_errs1 === errors){if(data.id !== undefined){const _errs2 = errors;if(errors === _errs2){if(errors === _errs2){if(!(typeof data.id === "string")){validate78.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"}}];return false;}}}var valid0 = _errs2 === errors;}else {var valid0 = true;}if(valid0){if(data.matchLabel !== undefined){let data1 = data.matchLabel;const _errs4 = errors;const _errs5 = errors;let valid1 = false;const _errs6 = errors;if(data1 !== null){const err0 = {instancePath:instancePath+"/matchLabel",schemaPath:"#/properties/matchLabel/anyOf/0/type",keyword:"type",params:{type: "null"}};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}var _valid0 = _errs6 === errors;valid1 = valid1 || _valid0;if(!valid1){const _errs8 = errors;if(typeof data1 !== "string"){const err1 = {instancePath:instancePath+"/matchLabel",schemaPath:"#/properties/matchLabel/anyOf/1/type",keyword:"type",params:{type: "string"}};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}var _valid0 = _errs8 === errors;valid1 = valid1 || _valid0;}if(!valid1){const err2 = {instancePath:instancePath+"/matchLabel",schemaPath:"#/properties/matchLabel/anyOf",keyword:"anyOf",params:{}};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;validate78.errors = vErrors;return false;}else {errors = _errs5;if(vErrors !== null){if(_errs5){vErrors.length = _errs5;}else {vErrors = null;}}}var valid0 = _errs4 === errors;}else {var valid0 = true;}if(valid0){if(data.matchUuid !== undefined){let data2 = data.matchUuid;const _errs10 = errors;const _errs11 = errors;let valid2 = false;const _errs12 = errors;if(data2 !== null){const err3 = {instancePath:instancePath+"/matchUuid",schemaPath:"#/properties/matchUuid/anyOf/0/type",keyword:"type",params:{type: "null"}};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}var _valid1 = _errs12 === errors;valid2 = valid2 || _valid1;if(!valid2){const _errs14 = errors;if(errors === _errs14){if(errors === _errs14){if(typeof data2 === "string"){if(!(formats8.test(data2))){const err4 = {instancePath:instancePath+"/matchUuid",schemaPath:"#/properties/matchUuid/anyOf/1/format",keyword:"format",params:{format: "uuid"}};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}else {const err5 = {instancePath:instancePath+"/matchUuid",schemaPath:"#/properties/matchUuid/anyOf/1/type",keyword:"type",params:{type: "string"}};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}}var _valid1 = _errs14 === errors;valid2 = valid2 || _valid1;}if(!valid2){const err6 = {instancePath:instancePath+"/matchUuid",schemaPath:"#/properties/matchUuid/anyOf",keyword:"anyOf",params:{}};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;validate78.errors = vErrors;return false;}else {errors = _errs11;if(vErrors !== null){if(_errs11){vErrors.length = _errs11;}else {vErrors = null;}}}var valid0 = _errs10 === errors;}else {var valid0 = true;}}}}}}else {validate78.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];return false;}}validate78.errors = vErrors;return errors === 0;}const schema34 = {"oneOf":[{"type":"string","enum":["gpt"]}]};function validate80(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;const _errs0 = errors;let valid0 = false;let passing0 = null;const _errs1 = errors;if(typeof data !== "string"){const err0 = {instancePath,schemaPath:"#/oneOf/0/type",keyword:"type",params:{type: "string"}};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if(!(data === "gpt")){const err1 = {instancePath,schemaPath:"#/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema34.oneOf[0].enum}};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}var _valid0 = _errs1 === errors;if(_valid0){valid0 = true;passing0 = 0;}if(!valid0){const err2 = {instancePath,schemaPath:"#/oneOf",keyword:"oneOf",params:{passingSchemas: passing0}};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;validate80.errors = vErrors;return false;}else {errors = _errs0;if(vErrors !== null){if(_errs0){vErrors.length = _errs0;}else {vErrors = null;}}}validate80.errors = vErrors;return errors === 0;}const schema35 = {"type":"object","required":["id","size"],"properties":{"id":{"type":"string","format":"Block Device ID"},"label":{"anyOf":[{"type":"null"},{"type":"string"}]},"size":{"allOf":[{"$ref":"#/definitions/PartitionSize"}]},"type":{"allOf":[{"$ref":"#/definitions/PartitionType"}]},"uuid":{"anyOf":[{"type":"null"},{"type":"string","format":"uuid"}]}},"additionalProperties":false};const schema36 = {"oneOf":[{"type":"string","enum":["grow"]},{"type":["string","number"],"format":"\\d+\\s*[KMGT]?"}]};const formats10 = /^(?:\d+\s*[KMGT]?)$/;function validate83(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;const _errs0 = errors;let valid0 = false;let passing0 = null;const _errs1 = errors;if(typeof data !== "string"){const err0 = {instancePath,schemaPath:"#/oneOf/0/type",keyword:"type",params:{type: "string"}};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if(!(data === "grow")){const err1 = {instancePath,schemaPath:"#/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema36.oneOf[0].enum}};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}var _valid0 = _errs1 === errors;if(_valid0){valid0 = true;passing0 = 0;}const _errs3 = errors;if((typeof data !== "string") && (!((typeof data == "number") && (isFinite(data))))){const err2 = {instancePath,schemaPath:"#/oneOf/1/type",keyword:"type",params:{type: schema36.oneOf[1].type}};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}if(errors === _errs3){if(errors === _errs3){if(typeof data === "string"){if(!(formats10.test(data))){const err3 = {instancePath,schemaPath:"#/oneOf/1/format",keyword:"format",params:{format: "\\d+\\s*[KMGT]?"}};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}}}var _valid0 = _errs3 === errors;if(_valid0 && valid0){valid0 = false;passing0 = [passing0, 1];}else {if(_valid0){valid0 = true;passing0 = 1;}}if(!valid0){const err4 = {instancePath,schemaPath:"#/oneOf",keyword:"oneOf",params:{passingSchemas: passing0}};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;validate83.errors = vErrors;return false;}else {errors = _errs0;if(vErrors !== null){if(_errs0){vErrors.length = _errs0;}else {vErrors = null;}}}validate83.errors = vErrors;return errors === 0;}const schema37 = {"oneOf":[{"type":"string","enum":["esp"]},{"type":"string","enum":["root"]},{"type":"string","enum":["swap"]},{"type":"string","enum":["root-verity"]},{"type":"string","enum":["home"]},{"type":"string","enum":["var"]},{"type":"string","enum":["usr"]},{"type":"string","enum":["usr-verity"]},{"type":"string","enum":["tmp"]},{"type":"string","enum":["linux-generic"]},{"type":"string","enum":["srv"]},{"type":"string","enum":["xbootldr"]},{"type":"string","format":"uuid"}]};function validate85(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;const _errs0 = errors;let valid0 = false;let passing0 = null;const _errs1 = errors;if(typeof data !== "string"){const err0 = {instancePath,schemaPath:"#/oneOf/0/type",keyword:"type",params:{type: "string"}};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if(!(data === "esp")){const err1 = {instancePath,schemaPath:"#/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema37.oneOf[0].enum}};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}var _valid0 = _errs1 === errors;if(_valid0){valid0 = true;passing0 = 0;}const _errs3 = errors;if(typeof data !== "string"){const err2 = {instancePath,schemaPath:"#/oneOf/1/type",keyword:"type",params:{type: "string"}};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}if(!(data === "root")){const err3 = {instancePath,schemaPath:"#/oneOf/1/enum",keyword:"enum",params:{allowedValues: schema37.oneOf[1].enum}};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}var _valid0 = _errs3 === errors;if(_valid0 && valid0){valid0 = false;passing0 = [passing0, 1];}else {if(_valid0){valid0 = true;passing0 = 1;}const _errs5 = errors;if(typeof data !== "string"){const err4 = {instancePath,schemaPath:"#/oneOf/2/type",keyword:"type",params:{type: "string"}};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}if(!(data === "swap")){const err5 = {instancePath,schemaPath:"#/oneOf/2/enum",keyword:"enum",params:{allowedValues: schema37.oneOf[2].enum}};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}var _valid0 = _errs5 === errors;if(_valid0 && valid0){valid0 = false;passing0 = [passing0, 2];}else {if(_valid0){valid0 = true;passing0 = 2;}const _errs7 = errors;if(typeof data !== "string"){const err6 = {instancePath,schemaPath:"#/oneOf/3/type",keyword:"type",params:{type: "string"}};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}if(!(data === "root-verity")){const err7 = {instancePath,schemaPath:"#/oneOf/3/enum",keyword:"enum",params:{allowedValues: schema37.oneOf[3].enum}};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}var _valid0 = _errs7 === errors;if(_valid0 && valid0){valid0 = false;passing0 = [passing0, 3];}else {if(_valid0){valid0 = true;passing0 = 3;}const _errs9 = errors;if(typeof data !== "string"){const err8 = {instancePath,schemaPath:"#/oneOf/4/type",keyword:"type",params:{type: "string"}};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}if(!(data === "home")){const err9 = {instancePath,schemaPath:"#/oneOf/4/enum",keyword:"enum",params:{allowedValues: schema37.oneOf[4].enum}};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}var _valid0 = _errs9 === errors;if(_valid0 && valid0){valid0 = false;passing0 = [passing0, 4];}else {if(_valid0){valid0 = true;passing0 = 4;}const _errs11 = errors;if(typeof data !== "string"){const err10 = {instancePath,schemaPath:"#/oneOf/5/type",keyword:"type",params:{type: "string"}};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}if(!(data === "var")){const err11 = {instancePath,schemaPath:"#/oneOf/5/enum",keyword:"enum",params:{allowedValues: schema37.oneOf[5].enum}};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}var _valid0 = _errs11 === errors;if(_valid0 && valid0){valid0 = false;passing0 = [passing0, 5];}else {if(_valid0){valid0 = true;passing0 = 5;}const _errs13 = errors;if(typeof data !== "string"){const err12 = {instancePath,schemaPath:"#/oneOf/6/type",keyword:"type",params:{type: "string"}};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}if(!(data === "usr")){const err13 = {instancePath,schemaPath:"#/oneOf/6/enum",keyword:"enum",params:{allowedValues: schema37.oneOf[6].enum}};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}var _valid0 = _errs13 === errors;if(_valid0 && valid0){valid0 = false;passing0 = [passing0, 6];}else {if(_valid0){valid0 = true;passing0 = 6;}const _errs15 = errors;if(typeof data !== "string"){const err14 = {instancePath,schemaPath:"#/oneOf/7/type",keyword:"type",params:{type: "string"}};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}if(!(data === "usr-verity")){const err15 = {instancePath,schemaPath:"#/oneOf/7/enum",keyword:"enum",params:{allowedValues: schema37.oneOf[7].enum}};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}var _valid0 = _errs15 === errors;if(_valid0 && valid0){valid0 = false;passing0 = [passing0, 7];}else {if(_valid0){valid0 = true;passing0 = 7;}const _errs17 = errors;if(typeof data !== "string"){const err16 = {instancePath,schemaPath:"#/oneOf/8/type",keyword:"type",params:{type: "string"}};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}if(!(data === "tmp")){const err17 = {instancePath,schemaPath:"#/oneOf/8/enum",keyword:"enum",params:{allowedValues: schema37.oneOf[8].enum}};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}var _valid0 = _errs17 === errors;if(_valid0 && valid0){valid0 = false;passing0 = [passing0, 8];}else {if(_valid0){valid0 = true;passing0 = 8;}const _errs19 = errors;if(typeof data !== "string"){const err18 = {instancePath,schemaPath:"#/oneOf/9/type",keyword:"type",params:{type: "string"}};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}if(!(data === "linux-generic")){const err19 = {instancePath,schemaPath:"#/oneOf/9/enum",keyword:"enum",params:{allowedValues: schema37.oneOf[9].enum}};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}var _valid0 = _errs19 === errors;if(_valid0 && valid0){valid0 = false;passing0 = [passing0, 9];}else {if(_valid0){valid0 = true;passing0 = 9;}const _errs21 = errors;if(typeof data !== "string"){const err20 = {instancePath,schemaPath:"#/oneOf/10/type",keyword:"type",params:{type: "string"}};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}if(!(data === "srv")){const err21 = {instancePath,schemaPath:"#/oneOf/10/enum",keyword:"enum",params:{allowedValues: schema37.oneOf[10].enum}};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}var _valid0 = _errs21 === errors;if(_valid0 && valid0){valid0 = false;passing0 = [passing0, 10];}else {if(_valid0){valid0 = true;passing0 = 10;}const _errs23 = errors;if(typeof data !== "string"){const err22 = {instancePath,schemaPath:"#/oneOf/11/type",keyword:"type",params:{type: "string"}};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}if(!(data === "xbootldr")){const err23 = {instancePath,schemaPath:"#/oneOf/11/enum",keyword:"enum",params:{allowedValues: schema37.oneOf[11].enum}};if(vErrors === null){vErrors = [err23];}else {vErrors.push(err23);}errors++;}var _valid0 = _errs23 === errors;if(_valid0 && valid0){valid0 = false;passing0 = [passing0, 11];}else {if(_valid0){valid0 = true;passing0 = 11;}const _errs25 = errors;if(errors === _errs25){if(errors === _errs25){if(typeof data === "string"){if(!(formats8.test(data))){const err24 = {instancePath,schemaPath:"#/oneOf/12/format",keyword:"format",params:{format: "uuid"}};if(vErrors === null){vErrors = [err24];}else {vErrors.push(err24);}errors++;}}else {const err25 = {instancePath,schemaPath:"#/oneOf/12/type",keyword:"type",params:{type: "string"}};if(vErrors === null){vErrors = [err25];}else {vErrors.push(err25);}errors++;}}}var _valid0 = _errs25 === errors;if(_valid0 && valid0){valid0 = false;passing0 = [passing0, 12];}else {if(_valid0){valid0 = true;passing0 = 12;}}}}}}}}}}}}}if(!valid0){const err26 = {instancePath,schemaPath:"#/oneOf",keyword:"oneOf",params:{passingSchemas: passing0}};if(vErrors === null){vErrors = [err26];}else {vErrors.push(err26);}errors++;validate85.errors = vErrors;return false;}else {errors = _errs0;if(vErrors !== null){if(_errs0){vErrors.length = _errs0;}else {vErrors = null;}}}validate85.errors = vErrors;return errors === 0;}function validate82(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(errors === 0){if(data && typeof data == "object" && !Array.isArray(data)){let missing0;if(((data.id === undefined) && (missing0 = "id")) || ((data.size === undefined) && (missing0 = "size"))){validate82.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0}}];return false;}else {const _errs1 = errors;for(const key0 in data){if(!(((((key0 === "id") || (key0 === "label")) || (key0 === "size")) || (key0 === "type")) || (key0 === "uuid"))){validate82.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}}];return false;break;}}if(_errs1 === errors){if(data.id !== undefined){const _errs2 = errors;if(errors === _errs2){if(errors === _errs2){if(!(typeof data.id === "string")){validate82.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"}}];return false;}}}var valid0 = _errs2 === errors;}else {var valid0 = true;}if(valid0){if(data.label !== undefined){let data1 = data.label;const _errs4 = errors;const _errs5 = errors;let valid1 = false;const _errs6 = errors;if(data1 !== null){const err0 = {instancePath:instancePath+"/label",schemaPath:"#/properties/label/anyOf/0/type",keyword:"type",params:{type: "null"}};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}var _valid0 = _errs6 === errors;valid1 = valid1 || _valid0;if(!valid1){const _errs8 = errors;if(typeof data1 !== "string"){const err1 = {instancePath:instancePath+"/label",schemaPath:"#/properties/label/anyOf/1/type",keyword:"type",params:{type: "string"}};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}var _valid0 = _errs8 === errors;valid1 = valid1 || _valid0;}if(!valid1){const err2 = {instancePath:instancePath+"/label",schemaPath:"#/properties/label/anyOf",keyword:"anyOf",params:{}};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;validate82.errors = vErrors;return false;}else {errors = _errs5;if(vErrors !== null){if(_errs5){vErrors.length = _errs5;}else {vErrors = null;}}}var valid0 = _errs4 === errors;}else {var valid0 = true;}if(valid0){if(data.size !== undefined){const _errs10 = errors;if(!(validate83(data.size, {instancePath:instancePath+"/size",parentData:data,parentDataProperty:"size",rootData}))){vErrors = vErrors === null ? validate83.errors : vErrors.concat(validate83.errors);errors = vErrors.length;}var valid0 = _errs10 === errors;}else {var valid0 = true;}if(valid0){if(data.type !== undefined){const _errs12 = errors;if(!(validate85(data.type, {instancePath:instancePath+"/type",parentData:data,parentDataProperty:"type",rootData}))){vErrors = vErrors === null ? validate85.errors : vErrors.concat(validate85.errors);errors = vErrors.length;}var valid0 = _errs12 === errors;}else {var valid0 = true;}if(valid0){if(data.uuid !== undefined){let data4 = data.uuid;const _errs14 = errors;const _errs15 = errors;let valid4 = false;const _errs16 = errors;if(data4 !== null){const err3 = {instancePath:instancePath+"/uuid",schemaPath:"#/properties/uuid/anyOf/0/type",keyword:"type",params:{type: "null"}};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}var _valid1 = _errs16 === errors;valid4 = valid4 || _valid1;if(!valid4){const _errs18 = errors;if(errors === _errs18){if(errors === _errs18){if(typeof data4 === "string"){if(!(formats8.test(data4))){const err4 = {instancePath:instancePath+"/uuid",schemaPath:"#/properties/uuid/anyOf/1/format",keyword:"format",params:{format: "uuid"}};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}else {const err5 = {instancePath:instancePath+"/uuid",schemaPath:"#/properties/uuid/anyOf/1/type",keyword:"type",params:{type: "string"}};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}}var _valid1 = _errs18 === errors;valid4 = valid4 || _valid1;}if(!valid4){const err6 = {instancePath:instancePath+"/uuid",schemaPath:"#/properties/uuid/anyOf",keyword:"anyOf",params:{}};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;validate82.errors = vErrors;return false;}else {errors = _errs15;if(vErrors !== null){if(_errs15){vErrors.length = _errs15;}else {vErrors = null;}}}var valid0 = _errs14 === errors;}else {var valid0 = true;}}}}}}}}else {validate82.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];return false;}}validate82.errors = vErrors;return errors === 0;}function validate77(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(errors === 0){if(data && typeof data == "object" && !Array.isArray(data)){let missing0;if(((((data.device === undefined) && (missing0 = "device")) || ((data.id === undefined) && (missing0 = "id"))) || ((data.partitionTableType === undefined) && (missing0 = "partitionTableType"))) || ((data.partitions === undefined) && (missing0 = "partitions"))){validate77.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0}}];return false;}else {const _errs1 = errors;for(const key0 in data){if(!(((((key0 === "adoptedPartitions") || (key0 === "device")) || (key0 === "id")) || (key0 === "partitionTableType")) || (key0 === "partitions"))){validate77.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}}];return false;break;}}if(_errs1 === errors){if(data.adoptedPartitions !== undefined){let data0 = data.adoptedPartitions;const _errs2 = errors;if(errors === _errs2){if(Array.isArray(data0)){var valid1 = true;const len0 = data0.length;for(let i0=0; i0<len0; i0++){const _errs4 = errors;if(!(validate78(data0[i0], {instancePath:instancePath+"/adoptedPartitions/" + i0,parentData:data0,parentDataProperty:i0,rootData}))){vErrors = vErrors === null ? validate78.errors : vErrors.concat(validate78.errors);errors = vErrors.length;}var valid1 = _errs4 === errors;if(!valid1){break;}}}else {validate77.errors = [{instancePath:instancePath+"/adoptedPartitions",schemaPath:"#/properties/adoptedPartitions/type",keyword:"type",params:{type: "array"}}];return false;}}var valid0 = _errs2 === errors;}else {var valid0 = true;}if(valid0){if(data.device !== undefined){const _errs5 = errors;if(typeof data.device !== "string"){validate77.errors = [{instancePath:instancePath+"/device",schemaPath:"#/properties/device/type",keyword:"type",params:{type: "string"}}];return false;}var valid0 = _errs5 === errors;}else {var valid0 = true;}if(valid0){if(data.id !== undefined){const _errs7 = errors;if(errors === _errs7){if(errors === _errs7){if(!(typeof data.id === "string")){validate77.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"}}];return false;}}}var valid0 = _errs7 === errors;}else {var valid0 = true;}if(valid0){if(data.partitionTableType !== undefined){const _errs9 = errors;if(!(validate80(data.partitionTableType, {instancePath:instancePath+"/partitionTableType",parentData:data,parentDataProperty:"partitionTableType",rootData}))){vErrors = vErrors === null ? validate80.errors : vErrors.concat(validate80.errors);errors = vErrors.length;}var valid0 = _errs9 === errors;}else {var valid0 = true;}if(valid0){if(data.partitions !== undefined){let data5 = data.partitions;const _errs11 = errors;if(errors === _errs11){if(Array.isArray(data5)){var valid3 = true;const len1 = data5.length;for(let i1=0; i1<len1; i1++){const _errs13 = errors;if(!(validate82(data5[i1], {instancePath:instancePath+"/partitions/" + i1,parentData:data5,parentDataProperty:i1,rootData}))){vErrors = vErrors === null ? validate82.errors : vErrors.concat(validate82.errors);errors = vErrors.length;}var valid3 = _errs13 === errors;if(!valid3){break;}}}else {validate77.errors = [{instancePath:instancePath+"/partitions",schemaPath:"#/properties/partitions/type",keyword:"type",params:{type: "array"}}];return false;}}var valid0 = _errs11 === errors;}else {var valid0 = true;}}}}}}}}else {validate77.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];return false;}}validate77.errors = vErrors;return errors === 0;}const schema38 = {"type":"object","required":["pcrs","volumes"],"properties":{"clearTpmOnInstall":{"anyOf":[{"type":"null"},{"type":"boolean"}]},"pcrs":{"type":"array","items":{"$ref":"#/definitions/Pcr"}},"recoveryKeyUrl":{"anyOf":[{"type":"null"},{"type":"string","format":"uri"}]},"volumes":{"type":"array","items":{"$ref":"#/definitions/EncryptedVolume"}}},"additionalProperties":false};const schema39 = {"oneOf":[{"type":"integer","minimum":0,"maximum":23},{"type":"string","enum":["platform-code","platform-config","external-code","external-config","boot-loader-code","boot-loader-config","host-platform","secure-boot-policy","pcr8","kernel-initrd","ima","kernel-boot","kernel-config","sysexts","shim-policy","system-identity","debug","pcr17","pcr18","pcr19","pcr20","pcr21","pcr22","application-support"]}]};function validate90(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;const _errs0 = errors;let valid0 = false;let passing0 = null;const _errs1 = errors;if(!(((typeof data == "number") && (!(data % 1) && !isNaN(data))) && (isFinite(data)))){const err0 = {instancePath,schemaPath:"#/oneOf/0/type",keyword:"type",params:{type: "integer"}};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if(errors === _errs1){if((typeof data == "number") && (isFinite(data))){if(data > 23 || isNaN(data)){const err1 = {instancePath,schemaPath:"#/oneOf/0/maximum",keyword:"maximum",params:{comparison: "<=", limit: 23}};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}else {if(data < 0 || isNaN(data)){const err2 = {instancePath,schemaPath:"#/oneOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}}}var _valid0 = _errs1 === errors;if(_valid0){valid0 = true;passing0 = 0;}const _errs3 = errors;if(typeof data !== "string"){const err3 = {instancePath,schemaPath:"#/oneOf/1/type",keyword:"type",params:{type: "string"}};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}if(!((((((((((((((((((((((((data === "platform-code") || (data === "platform-config")) || (data === "external-code")) || (data === "external-config")) || (data === "boot-loader-code")) || (data === "boot-loader-config")) || (data === "host-platform")) || (data === "secure-boot-policy")) || (data === "pcr8")) || (data === "kernel-initrd")) || (data === "ima")) || (data === "kernel-boot")) || (data === "kernel-config")) || (data === "sysexts")) || (data === "shim-policy")) || (data === "system-identity")) || (data === "debug")) || (data === "pcr17")) || (data === "pcr18")) || (data === "pcr19")) || (data === "pcr20")) || (data === "pcr21")) || (data === "pcr22")) || (data === "application-support"))){const err4 = {instancePath,schemaPath:"#/oneOf/1/enum",keyword:"enum",params:{allowedValues: schema39.oneOf[1].enum}};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}var _valid0 = _errs3 === errors;if(_valid0 && valid0){valid0 = false;passing0 = [passing0, 1];}else {if(_valid0){valid0 = true;passing0 = 1;}}if(!valid0){const err5 = {instancePath,schemaPath:"#/oneOf",keyword:"oneOf",params:{passingSchemas: passing0}};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;validate90.errors = vErrors;return false;}else {errors = _errs0;if(vErrors !== null){if(_errs0){vErrors.length = _errs0;}else {vErrors = null;}}}validate90.errors = vErrors;return errors === 0;}const schema40 = {"type":"object","required":["deviceId","deviceName","id"],"properties":{"deviceId":{"type":"string","format":"Block Device ID"},"deviceName":{"type":"string"},"id":{"type":"string","format":"Block Device ID"}},"additionalProperties":false};function validate92(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(errors === 0){if(data && typeof data == "object" && !Array.isArray(data)){let missing0;if((((data.deviceId === undefined) && (missing0 = "deviceId")) || ((data.deviceName === undefined) && (missing0 = "deviceName"))) || ((data.id === undefined) && (missing0 = "id"))){validate92.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0}}];return false;}else {const _errs1 = errors;for(const key0 in data){if(!(((key0 === "deviceId") || (key0 === "deviceName")) || (key0 === "id"))){validate92.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}}];return false;break;}}if(_errs1 === errors){if(data.deviceId !== undefined){const _errs2 = errors;if(errors === _errs2){if(errors === _errs2){if(!(typeof data.deviceId === "string")){validate92.errors = [{instancePath:instancePath+"/deviceId",schemaPath:"#/properties/deviceId/type",keyword:"type",params:{type: "string"}}];return false;}}}var valid0 = _errs2 === errors;}else {var valid0 = true;}if(valid0){if(data.deviceName !== undefined){const _errs4 = errors;if(typeof data.deviceName !== "string"){validate92.errors = [{instancePath:instancePath+"/deviceName",schemaPath:"#/properties/deviceName/type",keyword:"type",params:{type: "string"}}];return false;}var valid0 = _errs4 === errors;}else {var valid0 = true;}if(valid0){if(data.id !== undefined){const _errs6 = errors;if(errors === _errs6){if(errors === _errs6){if(!(typeof data.id === "string")){validate92.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"}}];return false;}}}var valid0 = _errs6 === errors;}else {var valid0 = true;}}}}}}else {validate92.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];return false;}}validate92.errors = vErrors;return errors === 0;}function validate89(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(errors === 0){if(data && typeof data == "object" && !Array.isArray(data)){let missing0;if(((data.pcrs === undefined) && (missing0 = "pcrs")) || ((data.volumes === undefined) && (missing0 = "volumes"))){validate89.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0}}];return false;}else {const _errs1 = errors;for(const key0 in data){if(!((((key0 === "clearTpmOnInstall") || (key0 === "pcrs")) || (key0 === "recoveryKeyUrl")) || (key0 === "volumes"))){validate89.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}}];return false;break;}}if(_errs1 === errors){if(data.clearTpmOnInstall !== undefined){let data0 = data.clearTpmOnInstall;const _errs2 = errors;const _errs3 = errors;let valid1 = false;const _errs4 = errors;if(data0 !== null){const err0 = {instancePath:instancePath+"/clearTpmOnInstall",schemaPath:"#/properties/clearTpmOnInstall/anyOf/0/type",keyword:"type",params:{type: "null"}};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}var _valid0 = _errs4 === errors;valid1 = valid1 || _valid0;if(!valid1){const _errs6 = errors;if(typeof data0 !== "boolean"){const err1 = {instancePath:instancePath+"/clearTpmOnInstall",schemaPath:"#/properties/clearTpmOnInstall/anyOf/1/type",keyword:"type",params:{type: "boolean"}};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}var _valid0 = _errs6 === errors;valid1 = valid1 || _valid0;}if(!valid1){const err2 = {instancePath:instancePath+"/clearTpmOnInstall",schemaPath:"#/properties/clearTpmOnInstall/anyOf",keyword:"anyOf",params:{}};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;validate89.errors = vErrors;return false;}else {errors = _errs3;if(vErrors !== null){if(_errs3){vErrors.length = _errs3;}else {vErrors = null;}}}var valid0 = _errs2 === errors;}else {var valid0 = true;}if(valid0){if(data.pcrs !== undefined){let data1 = data.pcrs;const _errs8 = errors;if(errors === _errs8){if(Array.isArray(data1)){var valid2 = true;const len0 = data1.length;for(let i0=0; i0<len0; i0++){const _errs10 = errors;if(!(validate90(data1[i0], {instancePath:instancePath+"/pcrs/" + i0,parentData:data1,parentDataProperty:i0,rootData}))){vErrors = vErrors === null ? validate90.errors : vErrors.concat(validate90.errors);errors = vErrors.length;}var valid2 = _errs10 === errors;if(!valid2){break;}}}else {validate89.errors = [{instancePath:instancePath+"/pcrs",schemaPath:"#/properties/pcrs/type",keyword:"type",params:{type: "array"}}];return false;}}var valid0 = _errs8 === errors;}else {var valid0 = true;}if(valid0){if(data.recoveryKeyUrl !== undefined){let data3 = data.recoveryKeyUrl;const _errs11 = errors;const _errs12 = errors;let valid3 = false;const _errs13 = errors;if(data3 !== null){const err3 = {instancePath:instancePath+"/recoveryKeyUrl",schemaPath:"#/properties/recoveryKeyUrl/anyOf/0/type",keyword:"type",params:{type: "null"}};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}var _valid1 = _errs13 === errors;valid3 = valid3 || _valid1;if(!valid3){const _errs15 = errors;if(errors === _errs15){if(errors === _errs15){if(typeof data3 === "string"){if(!(formats2(data3))){const err4 = {instancePath:instancePath+"/recoveryKeyUrl",schemaPath:"#/properties/recoveryKeyUrl/anyOf/1/format",keyword:"format",params:{format: "uri"}};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}else {const err5 = {instancePath:instancePath+"/recoveryKeyUrl",schemaPath:"#/properties/recoveryKeyUrl/anyOf/1/type",keyword:"type",params:{type: "string"}};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}}var _valid1 = _errs15 === errors;valid3 = valid3 || _valid1;}if(!valid3){const err6 = {instancePath:instancePath+"/recoveryKeyUrl",schemaPath:"#/properties/recoveryKeyUrl/anyOf",keyword:"anyOf",params:{}};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;validate89.errors = vErrors;return false;}else {errors = _errs12;if(vErrors !== null){if(_errs12){vErrors.length = _errs12;}else {vErrors = null;}}}var valid0 = _errs11 === errors;}else {var valid0 = true;}if(valid0){if(data.volumes !== undefined){let data4 = data.volumes;const _errs17 = errors;if(errors === _errs17){if(Array.isArray(data4)){var valid4 = true;const len1 = data4.length;for(let i1=0; i1<len1; i1++){const _errs19 = errors;if(!(validate92(data4[i1], {instancePath:instancePath+"/volumes/" + i1,parentData:data4,parentDataProperty:i1,rootData}))){vErrors = vErrors === null ? validate92.errors : vErrors.concat(validate92.errors);errors = vErrors.length;}var valid4 = _errs19 === errors;if(!valid4){break;}}}else {validate89.errors = [{instancePath:instancePath+"/volumes",schemaPath:"#/properties/volumes/type",keyword:"type",params:{type: "array"}}];return false;}}var valid0 = _errs17 === errors;}else {var valid0 = true;}}}}}}}else {validate89.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];return false;}}validate89.errors = vErrors;return errors === 0;}const schema41 = {"type":"object","properties":{"deviceId":{"type":"string","format":"Block Device ID"},"mountPoint":{"anyOf":[{"type":"null"},{"oneOf":[{"$ref":"#/definitions/MountPoint"},{"type":"string"},{"type":"null"}]}]},"overrideEspMount":{"allOf":[{"$ref":"#/definitions/OverrideEspMount"}]},"source":{"allOf":[{"$ref":"#/definitions/FileSystemSource"}]},"type":{"anyOf":[{"type":"null"},{"allOf":[{"$ref":"#/definitions/FileSystemType"}]}]}},"additionalProperties":false};const schema42 = {"type":"object","required":["path"],"properties":{"options":{"type":"string"},"path":{"type":"string"}},"additionalProperties":false};function validate96(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(errors === 0){if(data && typeof data == "object" && !Array.isArray(data)){let missing0;if((data.path === undefined) && (missing0 = "path")){validate96.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0}}];return false;}else {const _errs1 = errors;for(const key0 in data){if(!((key0 === "options") || (key0 === "path"))){validate96.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}}];return false;break;}}if(_errs1 === errors){if(data.options !== undefined){const _errs2 = errors;if(typeof data.options !== "string"){validate96.errors = [{instancePath:instancePath+"/options",schemaPath:"#/properties/options/type",keyword:"type",params:{type: "string"}}];return false;}var valid0 = _errs2 === errors;}else {var valid0 = true;}if(valid0){if(data.path !== undefined){const _errs4 = errors;if(typeof data.path !== "string"){validate96.errors = [{instancePath:instancePath+"/path",schemaPath:"#/properties/path/type",keyword:"type",params:{type: "string"}}];return false;}var valid0 = _errs4 === errors;}else {var valid0 = true;}}}}}else {validate96.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];return false;}}validate96.errors = vErrors;return errors === 0;}const schema43 = {"oneOf":[{"type":"string","enum":["use-default"]},{"type":"string","enum":["override"]},{"type":"string","enum":["block"]}]};function validate98(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;const _errs0 = errors;let valid0 = false;let passing0 = null;const _errs1 = errors;if(typeof data !== "string"){const err0 = {instancePath,schemaPath:"#/oneOf/0/type",keyword:"type",params:{type: "string"}};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if(!(data === "use-default")){const err1 = {instancePath,schemaPath:"#/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema43.oneOf[0].enum}};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}var _valid0 = _errs1 === errors;if(_valid0){valid0 = true;passing0 = 0;}const _errs3 = errors;if(typeof data !== "string"){const err2 = {instancePath,schemaPath:"#/oneOf/1/type",keyword:"type",params:{type: "string"}};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}if(!(data === "override")){const err3 = {instancePath,schemaPath:"#/oneOf/1/enum",keyword:"enum",params:{allowedValues: schema43.oneOf[1].enum}};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}var _valid0 = _errs3 === errors;if(_valid0 && valid0){valid0 = false;passing0 = [passing0, 1];}else {if(_valid0){valid0 = true;passing0 = 1;}const _errs5 = errors;if(typeof data !== "string"){const err4 = {instancePath,schemaPath:"#/oneOf/2/type",keyword:"type",params:{type: "string"}};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}if(!(data === "block")){const err5 = {instancePath,schemaPath:"#/oneOf/2/enum",keyword:"enum",params:{allowedValues: schema43.oneOf[2].enum}};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}var _valid0 = _errs5 === errors;if(_valid0 && valid0){valid0 = false;passing0 = [passing0, 2];}else {if(_valid0){valid0 = true;passing0 = 2;}}}if(!valid0){const err6 = {instancePath,schemaPath:"#/oneOf",keyword:"oneOf",params:{passingSchemas: passing0}};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;validate98.errors = vErrors;return false;}else {errors = _errs0;if(vErrors !== null){if(_errs0){vErrors.length = _errs0;}else {vErrors = null;}}}validate98.errors = vErrors;return errors === 0;}const schema44 = {"oneOf":[{"type":"string","enum":["new"]},{"type":"string","enum":["adopted"]},{"type":"string","enum":["image"]}]};function validate100(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;const _errs0 = errors;let valid0 = false;let passing0 = null;const _errs1 = errors;if(typeof data !== "string"){const err0 = {instancePath,schemaPath:"#/oneOf/0/type",keyword:"type",params:{type: "string"}};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if(!(data === "new")){const err1 = {instancePath,schemaPath:"#/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema44.oneOf[0].enum}};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}var _valid0 = _errs1 === errors;if(_valid0){valid0 = true;passing0 = 0;}const _errs3 = errors;if(typeof data !== "string"){const err2 = {instancePath,schemaPath:"#/oneOf/1/type",keyword:"type",params:{type: "string"}};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}if(!(data === "adopted")){const err3 = {instancePath,schemaPath:"#/oneOf/1/enum",keyword:"enum",params:{allowedValues: schema44.oneOf[1].enum}};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}var _valid0 = _errs3 === errors;if(_valid0 && valid0){valid0 = false;passing0 = [passing0, 1];}else {if(_valid0){valid0 = true;passing0 = 1;}const _errs5 = errors;if(typeof data !== "string"){const err4 = {instancePath,schemaPath:"#/oneOf/2/type",keyword:"type",params:{type: "string"}};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}if(!(data === "image")){const err5 = {instancePath,schemaPath:"#/oneOf/2/enum",keyword:"enum",params:{allowedValues: schema44.oneOf[2].enum}};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}var _valid0 = _errs5 === errors;if(_valid0 && valid0){valid0 = false;passing0 = [passing0, 2];}else {if(_valid0){valid0 = true;passing0 = 2;}}}if(!valid0){const err6 = {instancePath,schemaPath:"#/oneOf",keyword:"oneOf",params:{passingSchemas: passing0}};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;validate100.errors = vErrors;return false;}else {errors = _errs0;if(vErrors !== null){if(_errs0){vErrors.length = _errs0;}else {vErrors = null;}}}validate100.errors = vErrors;return errors === 0;}const schema45 = {"oneOf":[{"type":"string","enum":["ext4"]},{"type":"string","enum":["xfs"]},{"type":"string","enum":["vfat"]},{"type":"string","enum":["ntfs"]},{"type":"string","enum":["tmpfs"]},{"type":"string","enum":["auto"]}]};function validate102(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;const _errs0 = errors;let valid0 = false;let passing0 = null;const _errs1 = errors;if(typeof data !== "string"){const err0 = {instancePath,schemaPath:"#/oneOf/0/type",keyword:"type",params:{type: "string"}};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if(!(data === "ext4")){const err1 = {instancePath,schemaPath:"#/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema45.oneOf[0].enum}};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}var _valid0 = _errs1 === errors;if(_valid0){valid0 = true;passing0 = 0;}const _errs3 = errors;if(typeof data !== "string"){const err2 = {instancePath,schemaPath:"#/oneOf/1/type",keyword:"type",params:{type: "string"}};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}if(!(data === "xfs")){const err3 = {instancePath,schemaPath:"#/oneOf/1/enum",keyword:"enum",params:{allowedValues: schema45.oneOf[1].enum}};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}var _valid0 = _errs3 === errors;if(_valid0 && valid0){valid0 = false;passing0 = [passing0, 1];}else {if(_valid0){valid0 = true;passing0 = 1;}const _errs5 = errors;if(typeof data !== "string"){const err4 = {instancePath,schemaPath:"#/oneOf/2/type",keyword:"type",params:{type: "string"}};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}if(!(data === "vfat")){const err5 = {instancePath,schemaPath:"#/oneOf/2/enum",keyword:"enum",params:{allowedValues: schema45.oneOf[2].enum}};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}var _valid0 = _errs5 === errors;if(_valid0 && valid0){valid0 = false;passing0 = [passing0, 2];}else {if(_valid0){valid0 = true;passing0 = 2;}const _errs7 = errors;if(typeof data !== "string"){const err6 = {instancePath,schemaPath:"#/oneOf/3/type",keyword:"type",params:{type: "string"}};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}if(!(data === "ntfs")){const err7 = {instancePath,schemaPath:"#/oneOf/3/enum",keyword:"enum",params:{allowedValues: schema45.oneOf[3].enum}};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}var _valid0 = _errs7 === errors;if(_valid0 && valid0){valid0 = false;passing0 = [passing0, 3];}else {if(_valid0){valid0 = true;passing0 = 3;}const _errs9 = errors;if(typeof data !== "string"){const err8 = {instancePath,schemaPath:"#/oneOf/4/type",keyword:"type",params:{type: "string"}};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}if(!(data === "tmpfs")){const err9 = {instancePath,schemaPath:"#/oneOf/4/enum",keyword:"enum",params:{allowedValues: schema45.oneOf[4].enum}};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}var _valid0 = _errs9 === errors;if(_valid0 && valid0){valid0 = false;passing0 = [passing0, 4];}else {if(_valid0){valid0 = true;passing0 = 4;}const _errs11 = errors;if(typeof data !== "string"){const err10 = {instancePath,schemaPath:"#/oneOf/5/type",keyword:"type",params:{type: "string"}};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}if(!(data === "auto")){const err11 = {instancePath,schemaPath:"#/oneOf/5/enum",keyword:"enum",params:{allowedValues: schema45.oneOf[5].enum}};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}var _valid0 = _errs11 === errors;if(_valid0 && valid0){valid0 = false;passing0 = [passing0, 5];}else {if(_valid0){valid0 = true;passing0 = 5;}}}}}}if(!valid0){const err12 = {instancePath,schemaPath:"#/oneOf",keyword:"oneOf",params:{passingSchemas: passing0}};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;validate102.errors = vErrors;return false;}else {errors = _errs0;if(vErrors !== null){if(_errs0){vErrors.length = _errs0;}else {vErrors = null;}}}validate102.errors = vErrors;return errors === 0;}function validate95(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(errors === 0){if(data && typeof data == "object" && !Array.isArray(data)){const _errs1 = errors;for(const key0 in data){if(!(((((key0 === "deviceId") || (key0 === "mountPoint")) || (key0 === "overrideEspMount")) || (key0 === "source")) || (key0 === "type"))){validate95.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}}];return false;break;}}if(_errs1 === errors){if(data.deviceId !== undefined){const _errs2 = errors;if(errors === _errs2){if(errors === _errs2){if(!(typeof data.deviceId === "string")){validate95.errors = [{instancePath:instancePath+"/deviceId",schemaPath:"#/properties/deviceId/type",keyword:"type",params:{type: "string"}}];return false;}}}var valid0 = _errs2 === errors;}else {var valid0 = true;}if(valid0){if(data.mountPoint !== undefined){let data1 = data.mountPoint;const _errs4 = errors;const _errs5 = errors;let valid1 = false;const _errs6 = errors;if(data1 !== null){const err0 = {instancePath:instancePath+"/mountPoint",schemaPath:"#/properties/mountPoint/anyOf/0/type",keyword:"type",params:{type: "null"}};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}var _valid0 = _errs6 === errors;valid1 = valid1 || _valid0;if(!valid1){const _errs8 = errors;const _errs9 = errors;let valid2 = false;let passing0 = null;const _errs10 = errors;if(!(validate96(data1, {instancePath:instancePath+"/mountPoint",parentData:data,parentDataProperty:"mountPoint",rootData}))){vErrors = vErrors === null ? validate96.errors : vErrors.concat(validate96.errors);errors = vErrors.length;}var _valid1 = _errs10 === errors;if(_valid1){valid2 = true;passing0 = 0;}const _errs11 = errors;if(typeof data1 !== "string"){const err1 = {instancePath:instancePath+"/mountPoint",schemaPath:"#/properties/mountPoint/anyOf/1/oneOf/1/type",keyword:"type",params:{type: "string"}};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}var _valid1 = _errs11 === errors;if(_valid1 && valid2){valid2 = false;passing0 = [passing0, 1];}else {if(_valid1){valid2 = true;passing0 = 1;}const _errs13 = errors;if(data1 !== null){const err2 = {instancePath:instancePath+"/mountPoint",schemaPath:"#/properties/mountPoint/anyOf/1/oneOf/2/type",keyword:"type",params:{type: "null"}};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}var _valid1 = _errs13 === errors;if(_valid1 && valid2){valid2 = false;passing0 = [passing0, 2];}else {if(_valid1){valid2 = true;passing0 = 2;}}}if(!valid2){const err3 = {instancePath:instancePath+"/mountPoint",schemaPath:"#/properties/mountPoint/anyOf/1/oneOf",keyword:"oneOf",params:{passingSchemas: passing0}};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}else {errors = _errs9;if(vErrors !== null){if(_errs9){vErrors.length = _errs9;}else {vErrors = null;}}}var _valid0 = _errs8 === errors;valid1 = valid1 || _valid0;}if(!valid1){const err4 = {instancePath:instancePath+"/mountPoint",schemaPath:"#/properties/mountPoint/anyOf",keyword:"anyOf",params:{}};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;validate95.errors = vErrors;return false;}else {errors = _errs5;if(vErrors !== null){if(_errs5){vErrors.length = _errs5;}else {vErrors = null;}}}var valid0 = _errs4 === errors;}else {var valid0 = true;}if(valid0){if(data.overrideEspMount !== undefined){const _errs15 = errors;if(!(validate98(data.overrideEspMount, {instancePath:instancePath+"/overrideEspMount",parentData:data,parentDataProperty:"overrideEspMount",rootData}))){vErrors = vErrors === null ? validate98.errors : vErrors.concat(validate98.errors);errors = vErrors.length;}var valid0 = _errs15 === errors;}else {var valid0 = true;}if(valid0){if(data.source !== undefined){const _errs17 = errors;if(!(validate100(data.source, {instancePath:instancePath+"/source",parentData:data,parentDataProperty:"source",rootData}))){vErrors = vErrors === null ? validate100.errors : vErrors.concat(validate100.errors);errors = vErrors.length;}var valid0 = _errs17 === errors;}else {var valid0 = true;}if(valid0){if(data.type !== undefined){let data4 = data.type;const _errs19 = errors;const _errs20 = errors;let valid5 = false;const _errs21 = errors;if(data4 !== null){const err5 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/anyOf/0/type",keyword:"type",params:{type: "null"}};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}var _valid2 = _errs21 === errors;valid5 = valid5 || _valid2;if(!valid5){const _errs23 = errors;if(!(validate102(data4, {instancePath:instancePath+"/type",parentData:data,parentDataProperty:"type",rootData}))){vErrors = vErrors === null ? validate102.errors : vErrors.concat(validate102.errors);errors = vErrors.length;}var _valid2 = _errs23 === errors;valid5 = valid5 || _valid2;}if(!valid5){const err6 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/anyOf",keyword:"anyOf",params:{}};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;validate95.errors = vErrors;return false;}else {errors = _errs20;if(vErrors !== null){if(_errs20){vErrors.length = _errs20;}else {vErrors = null;}}}var valid0 = _errs19 === errors;}else {var valid0 = true;}}}}}}}else {validate95.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];return false;}}validate95.errors = vErrors;return errors === 0;}const schema46 = {"type":"object","properties":{"software":{"type":"array","items":{"$ref":"#/definitions/SoftwareRaidArray"}},"syncTimeout":{"anyOf":[{"type":"null"},{"type":"integer","format":"uint64","minimum":0}]}},"additionalProperties":false};const schema47 = {"type":"object","required":["devices","id","level","name"],"properties":{"devices":{"type":"array","items":{"type":"string","format":"Block Device ID"}},"id":{"type":"string","format":"Block Device ID"},"level":{"allOf":[{"$ref":"#/definitions/RaidLevel"}]},"name":{"type":"string"}},"additionalProperties":false};const schema48 = {"oneOf":[{"type":"string","enum":["raid0"]},{"type":"string","enum":["raid1"]},{"type":"string","enum":["raid5"]},{"type":"string","enum":["raid6"]},{"type":"string","enum":["raid10"]}]};function validate107(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;const _errs0 = errors;let valid0 = false;let passing0 = null;const _errs1 = errors;if(typeof data !== "string"){const err0 = {instancePath,schemaPath:"#/oneOf/0/type",keyword:"type",params:{type: "string"}};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if(!(data === "raid0")){const err1 = {instancePath,schemaPath:"#/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema48.oneOf[0].enum}};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}var _valid0 = _errs1 === errors;if(_valid0){valid0 = true;passing0 = 0;}const _errs3 = errors;if(typeof data !== "string"){const err2 = {instancePath,schemaPath:"#/oneOf/1/type",keyword:"type",params:{type: "string"}};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}if(!(data === "raid1")){const err3 = {instancePath,schemaPath:"#/oneOf/1/enum",keyword:"enum",params:{allowedValues: schema48.oneOf[1].enum}};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}var _valid0 = _errs3 === errors;if(_valid0 && valid0){valid0 = false;passing0 = [passing0, 1];}else {if(_valid0){valid0 = true;passing0 = 1;}const _errs5 = errors;if(typeof data !== "string"){const err4 = {instancePath,schemaPath:"#/oneOf/2/type",keyword:"type",params:{type: "string"}};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}if(!(data === "raid5")){const err5 = {instancePath,schemaPath:"#/oneOf/2/enum",keyword:"enum",params:{allowedValues: schema48.oneOf[2].enum}};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}var _valid0 = _errs5 === errors;if(_valid0 && valid0){valid0 = false;passing0 = [passing0, 2];}else {if(_valid0){valid0 = true;passing0 = 2;}const _errs7 = errors;if(typeof data !== "string"){const err6 = {instancePath,schemaPath:"#/oneOf/3/type",keyword:"type",params:{type: "string"}};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}if(!(data === "raid6")){const err7 = {instancePath,schemaPath:"#/oneOf/3/enum",keyword:"enum",params:{allowedValues: schema48.oneOf[3].enum}};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}var _valid0 = _errs7 === errors;if(_valid0 && valid0){valid0 = false;passing0 = [passing0, 3];}else {if(_valid0){valid0 = true;passing0 = 3;}const _errs9 = errors;if(typeof data !== "string"){const err8 = {instancePath,schemaPath:"#/oneOf/4/type",keyword:"type",params:{type: "string"}};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}if(!(data === "raid10")){const err9 = {instancePath,schemaPath:"#/oneOf/4/enum",keyword:"enum",params:{allowedValues: schema48.oneOf[4].enum}};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}var _valid0 = _errs9 === errors;if(_valid0 && valid0){valid0 = false;passing0 = [passing0, 4];}else {if(_valid0){valid0 = true;passing0 = 4;}}}}}if(!valid0){const err10 = {instancePath,schemaPath:"#/oneOf",keyword:"oneOf",params:{passingSchemas: passing0}};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;validate107.errors = vErrors;return false;}else {errors = _errs0;if(vErrors !== null){if(_errs0){vErrors.length = _errs0;}else {vErrors = null;}}}validate107.errors = vErrors;return errors === 0;}function validate106(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(errors === 0){if(data && typeof data == "object" && !Array.isArray(data)){let missing0;if(((((data.devices === undefined) && (missing0 = "devices")) || ((data.id === undefined) && (missing0 = "id"))) || ((data.level === undefined) && (missing0 = "level"))) || ((data.name === undefined) && (missing0 = "name"))){validate106.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0}}];return false;}else {const _errs1 = errors;for(const key0 in data){if(!((((key0 === "devices") || (key0 === "id")) || (key0 === "level")) || (key0 === "name"))){validate106.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}}];return false;break;}}if(_errs1 === errors){if(data.devices !== undefined){let data0 = data.devices;const _errs2 = errors;if(errors === _errs2){if(Array.isArray(data0)){var valid1 = true;const len0 = data0.length;for(let i0=0; i0<len0; i0++){const _errs4 = errors;if(errors === _errs4){if(errors === _errs4){if(!(typeof data0[i0] === "string")){validate106.errors = [{instancePath:instancePath+"/devices/" + i0,schemaPath:"#/properties/devices/items/type",keyword:"type",params:{type: "string"}}];return false;}}}var valid1 = _errs4 === errors;if(!valid1){break;}}}else {validate106.errors = [{instancePath:instancePath+"/devices",schemaPath:"#/properties/devices/type",keyword:"type",params:{type: "array"}}];return false;}}var valid0 = _errs2 === errors;}else {var valid0 = true;}if(valid0){if(data.id !== undefined){const _errs6 = errors;if(errors === _errs6){if(errors === _errs6){if(!(typeof data.id === "string")){validate106.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"}}];return false;}}}var valid0 = _errs6 === errors;}else {var valid0 = true;}if(valid0){if(data.level !== undefined){const _errs8 = errors;if(!(validate107(data.level, {instancePath:instancePath+"/level",parentData:data,parentDataProperty:"level",rootData}))){vErrors = vErrors === null ? validate107.errors : vErrors.concat(validate107.errors);errors = vErrors.length;}var valid0 = _errs8 === errors;}else {var valid0 = true;}if(valid0){if(data.name !== undefined){const _errs10 = errors;if(typeof data.name !== "string"){validate106.errors = [{instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"}}];return false;}var valid0 = _errs10 === errors;}else {var valid0 = true;}}}}}}}else {validate106.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];return false;}}validate106.errors = vErrors;return errors === 0;}function validate105(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(errors === 0){if(data && typeof data == "object" && !Array.isArray(data)){const _errs1 = errors;for(const key0 in data){if(!((key0 === "software") || (key0 === "syncTimeout"))){validate105.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}}];return false;break;}}if(_errs1 === errors){if(data.software !== undefined){let data0 = data.software;const _errs2 = errors;if(errors === _errs2){if(Array.isArray(data0)){var valid1 = true;const len0 = data0.length;for(let i0=0; i0<len0; i0++){const _errs4 = errors;if(!(validate106(data0[i0], {instancePath:instancePath+"/software/" + i0,parentData:data0,parentDataProperty:i0,rootData}))){vErrors = vErrors === null ? validate106.errors : vErrors.concat(validate106.errors);errors = vErrors.length;}var valid1 = _errs4 === errors;if(!valid1){break;}}}else {validate105.errors = [{instancePath:instancePath+"/software",schemaPath:"#/properties/software/type",keyword:"type",params:{type: "array"}}];return false;}}var valid0 = _errs2 === errors;}else {var valid0 = true;}if(valid0){if(data.syncTimeout !== undefined){let data2 = data.syncTimeout;const _errs5 = errors;const _errs6 = errors;let valid2 = false;const _errs7 = errors;if(data2 !== null){const err0 = {instancePath:instancePath+"/syncTimeout",schemaPath:"#/properties/syncTimeout/anyOf/0/type",keyword:"type",params:{type: "null"}};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}var _valid0 = _errs7 === errors;valid2 = valid2 || _valid0;if(!valid2){const _errs9 = errors;if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){const err1 = {instancePath:instancePath+"/syncTimeout",schemaPath:"#/properties/syncTimeout/anyOf/1/type",keyword:"type",params:{type: "integer"}};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}if(errors === _errs9){if((typeof data2 == "number") && (isFinite(data2))){if(data2 < 0 || isNaN(data2)){const err2 = {instancePath:instancePath+"/syncTimeout",schemaPath:"#/properties/syncTimeout/anyOf/1/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}}var _valid0 = _errs9 === errors;valid2 = valid2 || _valid0;}if(!valid2){const err3 = {instancePath:instancePath+"/syncTimeout",schemaPath:"#/properties/syncTimeout/anyOf",keyword:"anyOf",params:{}};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;validate105.errors = vErrors;return false;}else {errors = _errs6;if(vErrors !== null){if(_errs6){vErrors.length = _errs6;}else {vErrors = null;}}}var valid0 = _errs5 === errors;}else {var valid0 = true;}}}}else {validate105.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];return false;}}validate105.errors = vErrors;return errors === 0;}const schema49 = {"type":"object","required":["deviceId"],"properties":{"deviceId":{"type":"string","format":"Block Device ID"}},"additionalProperties":false};function validate111(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(errors === 0){if(data && typeof data == "object" && !Array.isArray(data)){let missing0;if((data.deviceId === undefined) && (missing0 = "deviceId")){validate111.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0}}];return false;}else {const _errs1 = errors;for(const key0 in data){if(!(key0 === "deviceId")){validate111.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}}];return false;break;}}if(_errs1 === errors){if(data.deviceId !== undefined){const _errs2 = errors;if(errors === _errs2){if(errors === _errs2){if(!(typeof data.deviceId === "string")){validate111.errors = [{instancePath:instancePath+"/deviceId",schemaPath:"#/properties/deviceId/type",keyword:"type",params:{type: "string"}}];return false;}}}}}}}else {validate111.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];return false;}}validate111.errors = vErrors;return errors === 0;}const schema50 = {"type":"object","required":["dataDeviceId","hashDeviceId","id","name"],"properties":{"corruptionOption":{"allOf":[{"$ref":"#/definitions/VerityCorruptionOption"}]},"dataDeviceId":{"type":"string","format":"Block Device ID"},"hashDeviceId":{"type":"string","format":"Block Device ID"},"id":{"type":"string"},"name":{"type":"string"}},"additionalProperties":false};const schema51 = {"oneOf":[{"type":"string","enum":["io-error"]},{"type":"string","enum":["ignore"]},{"type":"string","enum":["panic"]},{"type":"string","enum":["restart"]}]};function validate114(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;const _errs0 = errors;let valid0 = false;let passing0 = null;const _errs1 = errors;if(typeof data !== "string"){const err0 = {instancePath,schemaPath:"#/oneOf/0/type",keyword:"type",params:{type: "string"}};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if(!(data === "io-error")){const err1 = {instancePath,schemaPath:"#/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema51.oneOf[0].enum}};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}var _valid0 = _errs1 === errors;if(_valid0){valid0 = true;passing0 = 0;}const _errs3 = errors;if(typeof data !== "string"){const err2 = {instancePath,schemaPath:"#/oneOf/1/type",keyword:"type",params:{type: "string"}};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}if(!(data === "ignore")){const err3 = {instancePath,schemaPath:"#/oneOf/1/enum",keyword:"enum",params:{allowedValues: schema51.oneOf[1].enum}};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}var _valid0 = _errs3 === errors;if(_valid0 && valid0){valid0 = false;passing0 = [passing0, 1];}else {if(_valid0){valid0 = true;passing0 = 1;}const _errs5 = errors;if(typeof data !== "string"){const err4 = {instancePath,schemaPath:"#/oneOf/2/type",keyword:"type",params:{type: "string"}};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}if(!(data === "panic")){const err5 = {instancePath,schemaPath:"#/oneOf/2/enum",keyword:"enum",params:{allowedValues: schema51.oneOf[2].enum}};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}var _valid0 = _errs5 === errors;if(_valid0 && valid0){valid0 = false;passing0 = [passing0, 2];}else {if(_valid0){valid0 = true;passing0 = 2;}const _errs7 = errors;if(typeof data !== "string"){const err6 = {instancePath,schemaPath:"#/oneOf/3/type",keyword:"type",params:{type: "string"}};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}if(!(data === "restart")){const err7 = {instancePath,schemaPath:"#/oneOf/3/enum",keyword:"enum",params:{allowedValues: schema51.oneOf[3].enum}};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}var _valid0 = _errs7 === errors;if(_valid0 && valid0){valid0 = false;passing0 = [passing0, 3];}else {if(_valid0){valid0 = true;passing0 = 3;}}}}if(!valid0){const err8 = {instancePath,schemaPath:"#/oneOf",keyword:"oneOf",params:{passingSchemas: passing0}};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;validate114.errors = vErrors;return false;}else {errors = _errs0;if(vErrors !== null){if(_errs0){vErrors.length = _errs0;}else {vErrors = null;}}}validate114.errors = vErrors;return errors === 0;}function validate113(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(errors === 0){if(data && typeof data == "object" && !Array.isArray(data)){let missing0;if(((((data.dataDeviceId === undefined) && (missing0 = "dataDeviceId")) || ((data.hashDeviceId === undefined) && (missing0 = "hashDeviceId"))) || ((data.id === undefined) && (missing0 = "id"))) || ((data.name === undefined) && (missing0 = "name"))){validate113.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0}}];return false;}else {const _errs1 = errors;for(const key0 in data){if(!(((((key0 === "corruptionOption") || (key0 === "dataDeviceId")) || (key0 === "hashDeviceId")) || (key0 === "id")) || (key0 === "name"))){validate113.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}}];return false;break;}}if(_errs1 === errors){if(data.corruptionOption !== undefined){const _errs2 = errors;if(!(validate114(data.corruptionOption, {instancePath:instancePath+"/corruptionOption",parentData:data,parentDataProperty:"corruptionOption",rootData}))){vErrors = vErrors === null ? validate114.errors : vErrors.concat(validate114.errors);errors = vErrors.length;}var valid0 = _errs2 === errors;}else {var valid0 = true;}if(valid0){if(data.dataDeviceId !== undefined){const _errs4 = errors;if(errors === _errs4){if(errors === _errs4){if(!(typeof data.dataDeviceId === "string")){validate113.errors = [{instancePath:instancePath+"/dataDeviceId",schemaPath:"#/properties/dataDeviceId/type",keyword:"type",params:{type: "string"}}];return false;}}}var valid0 = _errs4 === errors;}else {var valid0 = true;}if(valid0){if(data.hashDeviceId !== undefined){const _errs6 = errors;if(errors === _errs6){if(errors === _errs6){if(!(typeof data.hashDeviceId === "string")){validate113.errors = [{instancePath:instancePath+"/hashDeviceId",schemaPath:"#/properties/hashDeviceId/type",keyword:"type",params:{type: "string"}}];return false;}}}var valid0 = _errs6 === errors;}else {var valid0 = true;}if(valid0){if(data.id !== undefined){const _errs8 = errors;if(typeof data.id !== "string"){validate113.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"}}];return false;}var valid0 = _errs8 === errors;}else {var valid0 = true;}if(valid0){if(data.name !== undefined){const _errs10 = errors;if(typeof data.name !== "string"){validate113.errors = [{instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"}}];return false;}var valid0 = _errs10 === errors;}else {var valid0 = true;}}}}}}}}else {validate113.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];return false;}}validate113.errors = vErrors;return errors === 0;}function validate72(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(errors === 0){if(data && typeof data == "object" && !Array.isArray(data)){const _errs1 = errors;for(const key0 in data){if(!(((((((key0 === "abUpdate") || (key0 === "disks")) || (key0 === "encryption")) || (key0 === "filesystems")) || (key0 === "raid")) || (key0 === "swap")) || (key0 === "verity"))){validate72.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}}];return false;break;}}if(_errs1 === errors){if(data.abUpdate !== undefined){let data0 = data.abUpdate;const _errs2 = errors;const _errs3 = errors;let valid1 = false;const _errs4 = errors;if(data0 !== null){const err0 = {instancePath:instancePath+"/abUpdate",schemaPath:"#/properties/abUpdate/anyOf/0/type",keyword:"type",params:{type: "null"}};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}var _valid0 = _errs4 === errors;valid1 = valid1 || _valid0;if(!valid1){const _errs6 = errors;if(!(validate73(data0, {instancePath:instancePath+"/abUpdate",parentData:data,parentDataProperty:"abUpdate",rootData}))){vErrors = vErrors === null ? validate73.errors : vErrors.concat(validate73.errors);errors = vErrors.length;}var _valid0 = _errs6 === errors;valid1 = valid1 || _valid0;}if(!valid1){const err1 = {instancePath:instancePath+"/abUpdate",schemaPath:"#/properties/abUpdate/anyOf",keyword:"anyOf",params:{}};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;validate72.errors = vErrors;return false;}else {errors = _errs3;if(vErrors !== null){if(_errs3){vErrors.length = _errs3;}else {vErrors = null;}}}var valid0 = _errs2 === errors;}else {var valid0 = true;}if(valid0){if(data.disks !== undefined){let data1 = data.disks;const _errs8 = errors;if(errors === _errs8){if(Array.isArray(data1)){var valid3 = true;const len0 = data1.length;for(let i0=0; i0<len0; i0++){const _errs10 = errors;if(!(validate77(data1[i0], {instancePath:instancePath+"/disks/" + i0,parentData:data1,parentDataProperty:i0,rootData}))){vErrors = vErrors === null ? validate77.errors : vErrors.concat(validate77.errors);errors = vErrors.length;}var valid3 = _errs10 === errors;if(!valid3){break;}}}else {validate72.errors = [{instancePath:instancePath+"/disks",schemaPath:"#/properties/disks/type",keyword:"type",params:{type: "array"}}];return false;}}var valid0 = _errs8 === errors;}else {var valid0 = true;}if(valid0){if(data.encryption !== undefined){let data3 = data.encryption;const _errs11 = errors;const _errs12 = errors;let valid4 = false;const _errs13 = errors;if(data3 !== null){const err2 = {instancePath:instancePath+"/encryption",schemaPath:"#/properties/encryption/anyOf/0/type",keyword:"type",params:{type: "null"}};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}var _valid1 = _errs13 === errors;valid4 = valid4 || _valid1;if(!valid4){const _errs15 = errors;if(!(validate89(data3, {instancePath:instancePath+"/encryption",parentData:data,parentDataProperty:"encryption",rootData}))){vErrors = vErrors === null ? validate89.errors : vErrors.concat(validate89.errors);errors = vErrors.length;}var _valid1 = _errs15 === errors;valid4 = valid4 || _valid1;}if(!valid4){const err3 = {instancePath:instancePath+"/encryption",schemaPath:"#/properties/encryption/anyOf",keyword:"anyOf",params:{}};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;validate72.errors = vErrors;return false;}else {errors = _errs12;if(vErrors !== null){if(_errs12){vErrors.length = _errs12;}else {vErrors = null;}}}var valid0 = _errs11 === errors;}else {var valid0 = true;}if(valid0){if(data.filesystems !== undefined){let data4 = data.filesystems;const _errs17 = errors;if(errors === _errs17){if(Array.isArray(data4)){var valid6 = true;const len1 = data4.length;for(let i1=0; i1<len1; i1++){const _errs19 = errors;if(!(validate95(data4[i1], {instancePath:instancePath+"/filesystems/" + i1,parentData:data4,parentDataProperty:i1,rootData}))){vErrors = vErrors === null ? validate95.errors : vErrors.concat(validate95.errors);errors = vErrors.length;}var valid6 = _errs19 === errors;if(!valid6){break;}}}else {validate72.errors = [{instancePath:instancePath+"/filesystems",schemaPath:"#/properties/filesystems/type",keyword:"type",params:{type: "array"}}];return false;}}var valid0 = _errs17 === errors;}else {var valid0 = true;}if(valid0){if(data.raid !== undefined){const _errs20 = errors;if(!(validate105(data.raid, {instancePath:instancePath+"/raid",parentData:data,parentDataProperty:"raid",rootData}))){vErrors = vErrors === null ? validate105.errors : vErrors.concat(validate105.errors);errors = vErrors.length;}var valid0 = _errs20 === errors;}else {var valid0 = true;}if(valid0){if(data.swap !== undefined){let data7 = data.swap;const _errs22 = errors;if(errors === _errs22){if(Array.isArray(data7)){var valid8 = true;const len2 = data7.length;for(let i2=0; i2<len2; i2++){let data8 = data7[i2];const _errs24 = errors;const _errs25 = errors;let valid9 = false;let passing0 = null;const _errs26 = errors;if(!(validate111(data8, {instancePath:instancePath+"/swap/" + i2,parentData:data7,parentDataProperty:i2,rootData}))){vErrors = vErrors === null ? validate111.errors : vErrors.concat(validate111.errors);errors = vErrors.length;}var _valid2 = _errs26 === errors;if(_valid2){valid9 = true;passing0 = 0;}const _errs27 = errors;if(typeof data8 !== "string"){const err4 = {instancePath:instancePath+"/swap/" + i2,schemaPath:"#/properties/swap/items/oneOf/1/type",keyword:"type",params:{type: "string"}};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}var _valid2 = _errs27 === errors;if(_valid2 && valid9){valid9 = false;passing0 = [passing0, 1];}else {if(_valid2){valid9 = true;passing0 = 1;}}if(!valid9){const err5 = {instancePath:instancePath+"/swap/" + i2,schemaPath:"#/properties/swap/items/oneOf",keyword:"oneOf",params:{passingSchemas: passing0}};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;validate72.errors = vErrors;return false;}else {errors = _errs25;if(vErrors !== null){if(_errs25){vErrors.length = _errs25;}else {vErrors = null;}}}var valid8 = _errs24 === errors;if(!valid8){break;}}}else {validate72.errors = [{instancePath:instancePath+"/swap",schemaPath:"#/properties/swap/type",keyword:"type",params:{type: "array"}}];return false;}}var valid0 = _errs22 === errors;}else {var valid0 = true;}if(valid0){if(data.verity !== undefined){let data9 = data.verity;const _errs29 = errors;if(errors === _errs29){if(Array.isArray(data9)){var valid10 = true;const len3 = data9.length;for(let i3=0; i3<len3; i3++){const _errs31 = errors;if(!(validate113(data9[i3], {instancePath:instancePath+"/verity/" + i3,parentData:data9,parentDataProperty:i3,rootData}))){vErrors = vErrors === null ? validate113.errors : vErrors.concat(validate113.errors);errors = vErrors.length;}var valid10 = _errs31 === errors;if(!valid10){break;}}}else {validate72.errors = [{instancePath:instancePath+"/verity",schemaPath:"#/properties/verity/type",keyword:"type",params:{type: "array"}}];return false;}}var valid0 = _errs29 === errors;}else {var valid0 = true;}}}}}}}}}else {validate72.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];return false;}}validate72.errors = vErrors;return errors === 0;}const schema52 = {"type":"object","properties":{"datastorePath":{"type":"string"},"disable":{"type":"boolean"},"logstream":{"anyOf":[{"type":"null"},{"type":"string"}]},"phonehome":{"anyOf":[{"type":"null"},{"type":"string"}]}},"additionalProperties":false};function validate118(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(errors === 0){if(data && typeof data == "object" && !Array.isArray(data)){const _errs1 = errors;for(const key0 in data){if(!((((key0 === "datastorePath") || (key0 === "disable")) || (key0 === "logstream")) || (key0 === "phonehome"))){validate118.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}}];return false;break;}}if(_errs1 === errors){if(data.datastorePath !== undefined){const _errs2 = errors;if(typeof data.datastorePath !== "string"){validate118.errors = [{instancePath:instancePath+"/datastorePath",schemaPath:"#/properties/datastorePath/type",keyword:"type",params:{type: "string"}}];return false;}var valid0 = _errs2 === errors;}else {var valid0 = true;}if(valid0){if(data.disable !== undefined){const _errs4 = errors;if(typeof data.disable !== "boolean"){validate118.errors = [{instancePath:instancePath+"/disable",schemaPath:"#/properties/disable/type",keyword:"type",params:{type: "boolean"}}];return false;}var valid0 = _errs4 === errors;}else {var valid0 = true;}if(valid0){if(data.logstream !== undefined){let data2 = data.logstream;const _errs6 = errors;const _errs7 = errors;let valid1 = false;const _errs8 = errors;if(data2 !== null){const err0 = {instancePath:instancePath+"/logstream",schemaPath:"#/properties/logstream/anyOf/0/type",keyword:"type",params:{type: "null"}};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}var _valid0 = _errs8 === errors;valid1 = valid1 || _valid0;if(!valid1){const _errs10 = errors;if(typeof data2 !== "string"){const err1 = {instancePath:instancePath+"/logstream",schemaPath:"#/properties/logstream/anyOf/1/type",keyword:"type",params:{type: "string"}};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}var _valid0 = _errs10 === errors;valid1 = valid1 || _valid0;}if(!valid1){const err2 = {instancePath:instancePath+"/logstream",schemaPath:"#/properties/logstream/anyOf",keyword:"anyOf",params:{}};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;validate118.errors = vErrors;return false;}else {errors = _errs7;if(vErrors !== null){if(_errs7){vErrors.length = _errs7;}else {vErrors = null;}}}var valid0 = _errs6 === errors;}else {var valid0 = true;}if(valid0){if(data.phonehome !== undefined){let data3 = data.phonehome;const _errs12 = errors;const _errs13 = errors;let valid2 = false;const _errs14 = errors;if(data3 !== null){const err3 = {instancePath:instancePath+"/phonehome",schemaPath:"#/properties/phonehome/anyOf/0/type",keyword:"type",params:{type: "null"}};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}var _valid1 = _errs14 === errors;valid2 = valid2 || _valid1;if(!valid2){const _errs16 = errors;if(typeof data3 !== "string"){const err4 = {instancePath:instancePath+"/phonehome",schemaPath:"#/properties/phonehome/anyOf/1/type",keyword:"type",params:{type: "string"}};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}var _valid1 = _errs16 === errors;valid2 = valid2 || _valid1;}if(!valid2){const err5 = {instancePath:instancePath+"/phonehome",schemaPath:"#/properties/phonehome/anyOf",keyword:"anyOf",params:{}};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;validate118.errors = vErrors;return false;}else {errors = _errs13;if(vErrors !== null){if(_errs13){vErrors.length = _errs13;}else {vErrors = null;}}}var valid0 = _errs12 === errors;}else {var valid0 = true;}}}}}}else {validate118.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];return false;}}validate118.errors = vErrors;return errors === 0;}function validate21(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(errors === 0){if(data && typeof data == "object" && !Array.isArray(data)){const _errs1 = errors;for(const key0 in data){if(!(((((((key0 === "health") || (key0 === "image")) || (key0 === "managementOs")) || (key0 === "os")) || (key0 === "scripts")) || (key0 === "storage")) || (key0 === "trident"))){validate21.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}}];return false;break;}}if(_errs1 === errors){if(data.health !== undefined){const _errs2 = errors;if(!(validate22(data.health, {instancePath:instancePath+"/health",parentData:data,parentDataProperty:"health",rootData}))){vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);errors = vErrors.length;}var valid0 = _errs2 === errors;}else {var valid0 = true;}if(valid0){if(data.image !== undefined){let data1 = data.image;const _errs4 = errors;const _errs5 = errors;let valid2 = false;const _errs6 = errors;if(data1 !== null){const err0 = {instancePath:instancePath+"/image",schemaPath:"#/properties/image/anyOf/0/type",keyword:"type",params:{type: "null"}};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}var _valid0 = _errs6 === errors;valid2 = valid2 || _valid0;if(!valid2){const _errs8 = errors;if(!(validate33(data1, {instancePath:instancePath+"/image",parentData:data,parentDataProperty:"image",rootData}))){vErrors = vErrors === null ? validate33.errors : vErrors.concat(validate33.errors);errors = vErrors.length;}var _valid0 = _errs8 === errors;valid2 = valid2 || _valid0;}if(!valid2){const err1 = {instancePath:instancePath+"/image",schemaPath:"#/properties/image/anyOf",keyword:"anyOf",params:{}};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;validate21.errors = vErrors;return false;}else {errors = _errs5;if(vErrors !== null){if(_errs5){vErrors.length = _errs5;}else {vErrors = null;}}}var valid0 = _errs4 === errors;}else {var valid0 = true;}if(valid0){if(data.managementOs !== undefined){const _errs10 = errors;if(!(validate37(data.managementOs, {instancePath:instancePath+"/managementOs",parentData:data,parentDataProperty:"managementOs",rootData}))){vErrors = vErrors === null ? validate37.errors : vErrors.concat(validate37.errors);errors = vErrors.length;}var valid0 = _errs10 === errors;}else {var valid0 = true;}if(valid0){if(data.os !== undefined){const _errs12 = errors;if(!(validate45(data.os, {instancePath:instancePath+"/os",parentData:data,parentDataProperty:"os",rootData}))){vErrors = vErrors === null ? validate45.errors : vErrors.concat(validate45.errors);errors = vErrors.length;}var valid0 = _errs12 === errors;}else {var valid0 = true;}if(valid0){if(data.scripts !== undefined){const _errs14 = errors;if(!(validate67(data.scripts, {instancePath:instancePath+"/scripts",parentData:data,parentDataProperty:"scripts",rootData}))){vErrors = vErrors === null ? validate67.errors : vErrors.concat(validate67.errors);errors = vErrors.length;}var valid0 = _errs14 === errors;}else {var valid0 = true;}if(valid0){if(data.storage !== undefined){const _errs16 = errors;if(!(validate72(data.storage, {instancePath:instancePath+"/storage",parentData:data,parentDataProperty:"storage",rootData}))){vErrors = vErrors === null ? validate72.errors : vErrors.concat(validate72.errors);errors = vErrors.length;}var valid0 = _errs16 === errors;}else {var valid0 = true;}if(valid0){if(data.trident !== undefined){const _errs18 = errors;if(!(validate118(data.trident, {instancePath:instancePath+"/trident",parentData:data,parentDataProperty:"trident",rootData}))){vErrors = vErrors === null ? validate118.errors : vErrors.concat(validate118.errors);errors = vErrors.length;}var valid0 = _errs18 === errors;}else {var valid0 = true;}}}}}}}}}else {validate21.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];return false;}}validate21.errors = vErrors;return errors === 0;}

const host_config_valid_validate = validate21;

;// CONCATENATED MODULE: ./build/trident/host-config-schema.js
// Trident's Host Configuration JSON schema, corrected where it disagrees with
// Trident's own parser (the serde types in microsoft/trident,
// crates/trident_api/src/config/host/).
//
// The schema is generated by schemars from Trident's Rust types and then
// post-processed; in a few places it describes something other than what
// serde actually accepts. Each fix below is a pure rewrite of one such spot,
// so that everything else the schema forbids is still forbidden. Its two
// validators are compiled when the action is built (scripts/compile-schemas.ts):
// one that only says whether a config is valid, and one that explains why not.





/**
 * PCR names serde accepts (sysdefs/src/tpm2.rs, strum `serialize` names):
 * the systemd-cryptenroll names, `pcrN` where systemd has none. The schema
 * instead lists the Rust variant names (`Pcr7`), which the parser rejects.
 */
const PCR_NAMES = [
    'platform-code',
    'platform-config',
    'external-code',
    'external-config',
    'boot-loader-code',
    'boot-loader-config',
    'host-platform',
    'secure-boot-policy',
    'pcr8',
    'kernel-initrd',
    'ima',
    'kernel-boot',
    'kernel-config',
    'sysexts',
    'shim-policy',
    'system-identity',
    'debug',
    'pcr17',
    'pcr18',
    'pcr19',
    'pcr20',
    'pcr21',
    'pcr22',
    'application-support',
];
/** Formats whose names are regular expressions (schemars copied a `#[schemars(regex)]` into `format`). */
const REGEX_FORMATS = new Set(['\\d+\\s*[KMGT]?', '[a-fA-F0-9]{96}']);
/** Standard formats Trident really enforces (its fields are `Url` and `Uuid`). */
const STANDARD_FORMATS = {
    uuid: formats/* fullFormats */.U9.uuid,
    uri: formats/* fullFormats */.U9.uri,
};
/** The corrected schema, its $refs inlined (see inlineRefs): a pure function of the vendored one, which it leaves untouched. */
function correctHostConfigSchema(raw) {
    return inlineRefs(correctHostConfigDefinitions(raw));
}
/** The corrected schema with its $refs and definitions, as the vendored one has them. Pure. */
function correctHostConfigDefinitions(raw) {
    const fixed = fixDefinitions(structuredClone(raw));
    const rewritten = mapSchema(fixed, (node) => nullableToAnyOf(flattenSerdeOneOf(dropNonStandard(node))));
    if (!mapping_isMapping(rewritten))
        throw new Error('host config schema is not an object');
    return rewritten;
}
function fixDefinitions(schema) {
    const defs = mapping_isMapping(schema.definitions) ? schema.definitions : {};
    if (mapping_isMapping(defs.Check))
        defs.Check = untagCheck(defs.Check);
    if (mapping_isMapping(defs.Pcr))
        defs.Pcr = pcrSchema(defs.Pcr);
    if (mapping_isMapping(defs.Storage) && mapping_isMapping(defs.Storage.properties)) {
        const swap = defs.Storage.properties.swap;
        if (mapping_isMapping(swap))
            defs.Storage.properties.swap = moveSwapOneOfIntoItems(swap);
    }
    return schema;
}
/**
 * health.checks: the schema has serde's default external tagging
 * (`{Script: {...}}`), but the enum is `#[serde(untagged)]`: samples and
 * parser use the bare object. Each `{Tag: X}` branch becomes X.
 */
function untagCheck(check) {
    if (!Array.isArray(check.oneOf))
        return check;
    const branches = check.oneOf;
    const oneOf = branches.map((branch) => {
        if (!mapping_isMapping(branch) || !mapping_isMapping(branch.properties) || !Array.isArray(branch.required))
            return branch;
        const tag = branch.required[0];
        return typeof tag === 'string' && mapping_isMapping(branch.properties[tag]) ? branch.properties[tag] : branch;
    });
    return { ...check, oneOf };
}
/** A PCR is a number 0–23 or a systemd name (see PCR_NAMES). */
function pcrSchema(pcr) {
    return {
        description: pcr.description,
        oneOf: [
            { type: 'integer', minimum: 0, maximum: 23 },
            { type: 'string', enum: [...PCR_NAMES] },
        ],
    };
}
/** storage.swap: the array carries a `oneOf` meant for its items (which already have it): drop it. */
function moveSwapOneOfIntoItems(swap) {
    if (!Array.isArray(swap.oneOf) || !mapping_isMapping(swap.items))
        return swap;
    const { oneOf, ...rest } = swap;
    const items = Array.isArray(swap.items.oneOf) ? swap.items : { ...swap.items, oneOf };
    return { ...rest, items };
}
/** `string_shortcut` is schemars' note that a string may stand for the object; Ajv would reject the unknown keyword. */
function dropNonStandard(node) {
    const { string_shortcut: _ignored, ...rest } = node;
    return rest;
}
/**
 * Script is `#[serde(flatten)]` over an enum (content | path): schemars put
 * the enum's variants in a `oneOf` with `additionalProperties: false` each,
 * next to a parent that also forbids extra keys, so nothing validates.
 * Their properties move to the parent; the oneOf keeps only "exactly one of".
 */
function flattenSerdeOneOf(node) {
    const { oneOf, properties } = node;
    if (!Array.isArray(oneOf) || !mapping_isMapping(properties) || node.additionalProperties !== false)
        return node;
    const variants = oneOf.filter(mapping_isMapping);
    if (variants.length !== oneOf.length || !variants.every((v) => mapping_isMapping(v.properties)))
        return node;
    const merged = { ...properties };
    for (const v of variants)
        Object.assign(merged, v.properties);
    return { ...node, properties: merged, oneOf: variants.map((v) => ({ required: v.required ?? [] })) };
}
/** OpenAPI's `nullable: true` (not JSON Schema): "this, or null". */
function nullableToAnyOf(node) {
    if (!('nullable' in node))
        return node;
    const { nullable, ...rest } = node;
    if (nullable !== true)
        return rest;
    const { description, ...shape } = rest;
    const wrapper = { anyOf: [{ type: 'null' }, shape] };
    if (description !== undefined)
        wrapper.description = description;
    return wrapper;
}
let correctedSchema;
/** The corrected schema, built once per process. */
function hostConfigSchema() {
    correctedSchema ??= correctHostConfigSchema(trident_host_config_schema_namespaceObject);
    return correctedSchema;
}
/** Its top-level keys: the corrections leave them as they are, so this needs no corrected schema (which takes a while to build). */
function hostConfigKeys() {
    return Object.keys(trident_host_config_schema_namespaceObject.properties);
}
/**
 * Whether the corrected schema accepts a config. Its module is a third the
 * size of the explaining validator's and compiles only the definitions a
 * config uses; that one, loaded only for a config this refuses, takes longer
 * to load and to run the first time than the rest of a validate-only run's
 * checks together.
 */
function hostConfigValid(value) {
    return host_config_valid_validate(value);
}
/** The validator that explains: every error, with paths through the inlined schema (explainErrors needs them). */
async function hostConfigExplainer() {
    return (await __webpack_require__.e(/* import() */ 350).then(__webpack_require__.bind(__webpack_require__, 39350))).validate;
}
/** The format of every name the schema uses, for its validator. */
function hostConfigFormats(schema) {
    return Object.fromEntries([...collectFormats(schema)].map((name) => [name, formatFor(name)]));
}
/**
 * uuid and uri are checked as the standard says; the regex-named ones as
 * their regex; the rest (`Block Device ID`, `Netplan YAML`, `uint`, `uint64`,
 * `int32`, …) name Rust types, not string shapes, so they accept anything.
 */
function formatFor(name) {
    const standard = STANDARD_FORMATS[name];
    if (standard)
        return standard;
    if (REGEX_FORMATS.has(name))
        return new RegExp(`^(?:${name})$`);
    return true;
}

;// CONCATENATED MODULE: ./build/trident/host-config.js
// Trident Host Configuration: parse, check, and point `image` at the COSI the
// ISO carries. Pure: the caller reads and writes files.







/** Where the live ISO exposes its media (a symlink made during customization to /run/initramfs/live). */
const CDROM_MOUNT = '/mnt/trident_cdrom';
/** The schemes Trident's image fetcher reads (OsImage.url documentation). */
const IMAGE_URL_SCHEMES = ['file', 'http', 'https', 'oci'];
/** Line counters of the documents parseHostConfig made, so checkHostConfig can locate nodes. */
const lineCounters = new WeakMap();
/** Parses YAML text; a syntax error comes back as a Problem at its 1-based line and column. */
function parseHostConfig(text) {
    const lineCounter = new dist/* LineCounter */.HN();
    const parsed = boundedDocument(text, lineCounter);
    if (parsed.problem) {
        const { reason, line, column } = parsed.problem;
        return { error: { path: '', message: reason, ...(line === undefined ? {} : { line }), ...(column === undefined ? {} : { column }) } };
    }
    const { doc } = parsed;
    try {
        const value = doc.toJS({ maxAliasCount: limits/* COUNT_LIMITS */.f5.yamlAliases });
        lineCounters.set(doc, lineCounter);
        return { doc, value };
    }
    catch (err) {
        return { error: { path: '', message: (0,errors/* errorMessage */.g)(err) } };
    }
}
function yamlErrorProblem(error) {
    // The first line is the reason; the rest is a source excerpt, and the position goes to line/column.
    const { reason, line, column } = yamlErrorParts(error);
    return { path: '', message: reason, ...(line === undefined ? {} : { line }), ...(column === undefined ? {} : { column }) };
}
/**
 * Everything wrong with a parsed host config, one problem per path. With the
 * document from parseHostConfig, each problem carries its line and column.
 */
async function checkHostConfig(value, doc) {
    const rules = ruleProblems(value);
    const ruled = new Set(rules.map((p) => p.path));
    // The explicit rules say the same thing as the schema, more precisely: theirs win on a shared path.
    const schema = (await schemaProblems(value)).filter((p) => !ruled.has(p.path));
    const problems = mergeByPath([...rules, ...schema]);
    return doc ? locateAll(problems, doc) : problems.map(({ path, message }) => ({ path, message }));
}
async function schemaProblems(value) {
    if (hostConfigValid(value))
        return [];
    const validate = await hostConfigExplainer();
    if (validate(value))
        throw new Error('internal error: the host config validators disagree (one refuses what the other accepts); please report it with this host config');
    return explainErrors(validate.errors ?? [], hostConfigSchema());
}
/** Checks the action relies on, with messages that say what to write instead. */
function ruleProblems(value) {
    if (!mapping_isMapping(value)) {
        return [{ path: '', message: `must be a mapping with Trident's keys (${hostConfigKeys().join(', ')}), not ${host_config_kindOf(value)}`, atKey: false }];
    }
    return [...topLevelKeyProblems(value), ...imageProblems(value.image)];
}
function topLevelKeyProblems(value) {
    const known = hostConfigKeys();
    return Object.keys(value)
        .filter((key) => !known.includes(key))
        .map((key) => ({
        path: (0,trident_problems/* pointerJoin */.wQ)('', key),
        message: `unknown top-level key ${quote(key)}: Trident's keys are ${joinOr(known)}`,
        atKey: true,
    }));
}
function imageProblems(image) {
    if (!mapping_isMapping(image))
        return [];
    return [...imageUrlProblems(image.url), ...imageShaProblems(image.sha384)];
}
function imageUrlProblems(url) {
    if (typeof url !== 'string')
        return [];
    const at = (message) => [{ path: '/image/url', message, atKey: false }];
    const schemes = joinOr(IMAGE_URL_SCHEMES.map((s) => `${s}://`));
    const scheme = /^([A-Za-z][A-Za-z0-9+.-]*):\/\//.exec(url)?.[1]?.toLowerCase();
    if (scheme === undefined) {
        const hint = url.startsWith('/') ? `; for a COSI the ISO carries at ${url}, write ${quote(expectedCosiUrl(url))}` : '';
        return at(`${quote(url)} is not a URL: it needs a scheme (${schemes})${hint}`);
    }
    if (!IMAGE_URL_SCHEMES.includes(scheme))
        return at(`scheme ${quote(`${scheme}://`)} is not one Trident reads: use ${schemes}`);
    if (!URL.canParse(url))
        return at(`${quote(url)} is not a valid URL`);
    return [];
}
function imageShaProblems(sha) {
    const expected = `the SHA-384 of the COSI's metadata.json (96 hex digits) or the literal "ignored"`;
    const at = (message) => [{ path: '/image/sha384', message, atKey: false }];
    if (typeof sha === 'number')
        return at(`must be quoted: YAML read it as a number; expected ${expected}`);
    if (typeof sha !== 'string' || sha === 'ignored' || /^[0-9a-fA-F]{96}$/.test(sha))
        return [];
    return at(`must be ${expected}; got ${sha.length} characters`);
}
function host_config_kindOf(value) {
    if (value === null || value === undefined)
        return 'an empty document';
    if (Array.isArray(value))
        return 'a list';
    return `a ${typeof value}`;
}
function locateAll(problems, doc) {
    const counter = lineCounters.get(doc);
    const located = problems.map((p) => {
        const offset = counter ? nodeOffset(doc, p.path, p.atKey) : undefined;
        if (offset === undefined || !counter)
            return { path: p.path, message: p.message };
        const { line, col } = counter.linePos(offset);
        return { path: p.path, message: p.message, line, column: col };
    });
    // Source order reads best in a log and in annotations.
    return located.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
}
/** The 1-based line and column of the node a JSON pointer names, in a document parseHostConfig made. */
function locatePointer(doc, pointer) {
    const counter = lineCounters.get(doc);
    const offset = counter ? nodeOffset(doc, pointer, false) : undefined;
    if (offset === undefined || !counter)
        return undefined;
    const { line, col } = counter.linePos(offset);
    return { line, column: col };
}
/**
 * Source offset of the node a pointer names; the key when asked (unknown
 * keys) or when the value has no position; else the nearest existing parent.
 */
function nodeOffset(doc, pointer, atKey) {
    let current = doc.contents;
    let best = rangeStart(current);
    for (const segment of (0,trident_problems/* pointerSegments */.cP)(pointer)) {
        if ((0,dist/* isMap */.jh)(current)) {
            const pair = current.items.find((p) => (0,dist/* isScalar */.jn)(p.key) && String(p.key.value) === segment);
            if (!pair)
                return best;
            const keyStart = rangeStart(pair.key);
            current = pair.value;
            best = (atKey ? keyStart : (rangeStart(current) ?? keyStart)) ?? best;
        }
        else if ((0,dist/* isSeq */.oP)(current)) {
            current = current.items[Number(segment)];
            best = rangeStart(current) ?? best;
        }
        else {
            return best;
        }
    }
    return best;
}
function rangeStart(node) {
    if (!mapping_isMapping(node) || !Array.isArray(node.range))
        return undefined;
    const start = node.range[0];
    return typeof start === 'number' ? start : undefined;
}
/**
 * The host config text with `image.url` and `image.sha384` set (and `image`
 * created when missing). Comments, key order and the rest of the text's
 * values are kept; the caller writes the result to a new file.
 */
function wireImage(text, url, sha384) {
    // Only a text parseHostConfig accepted comes here: its size and duplicate keys were checked.
    const doc = parseDocument(text, { uniqueKeys: false });
    const first = doc.errors[0];
    if (first)
        throw new Error(`cannot set image in a host config that does not parse: ${yamlErrorProblem(first).message}`);
    return wireImageInto(doc, url, sha384);
}
/**
 * wireImage on the document parseHostConfig made of the text (not parsed a
 * second time); the document is changed. Its value was taken before.
 */
function wireImageInto(doc, url, sha384) {
    if (doc.contents !== null && !(0,dist/* isMap */.jh)(doc.contents))
        throw new Error('cannot set image: the host config is not a mapping');
    const image = doc.get('image', true);
    if ((0,dist/* isMap */.jh)(image)) {
        image.set('url', url);
        image.set('sha384', sha384);
    }
    else {
        doc.set('image', doc.createNode({ url, sha384 }));
    }
    // lineWidth 0: never fold the user's long scalars onto new lines.
    return doc.toString({ lineWidth: 0 });
}
/** The image settings of a parsed host config, where they are strings. */
function imageOf(value) {
    if (!mapping_isMapping(value) || !mapping_isMapping(value.image))
        return {};
    const { url, sha384 } = value.image;
    return {
        ...(typeof url === 'string' ? { url } : {}),
        ...(typeof sha384 === 'string' ? { sha384 } : {}),
    };
}
/** The URL under which the live ISO sees a COSI placed at `cosiDestination` (absolute) on its media. */
function expectedCosiUrl(cosiDestination) {
    if (!cosiDestination.startsWith('/'))
        throw new Error(`cosi destination must be absolute: ${quote(cosiDestination)}`);
    return `file://${CDROM_MOUNT}${cosiDestination}`;
}

;// CONCATENATED MODULE: ./build/trident/host-config-copy.js
// The host config that the ISO carries: the user's file checked and, with a
// COSI and host-config-image auto, a copy whose image.url and image.sha384
// point at the COSI on the ISO. The user's file is never written.




// Defined with the problems (a failure report needs the class, not the host config reader).

/** How the build's host config copy is made: with the COSI the checks read, when there is one. Pure. */
function hostConfigPlan(inputs, files) {
    const cosiSha384 = files.cosi?.metadataSha384;
    return { mode: inputs.hostConfigImage, cosiDestination: inputs.cosiDestination, ...(cosiSha384 ? { cosiSha384 } : {}) };
}
/** Where the live ISO's media appears: the link the config makes, and dracut's mount it points at. */
const ISO_MEDIA = [`${CDROM_MOUNT}/`, '/run/initramfs/live/'];
/** The host config the ISO carries: its text, whether it differs from the user's, and its parsed value. */
async function hostConfigForIso(file, text, plan) {
    const parsed = parseHostConfig(text);
    if ('error' in parsed)
        throw new trident_problems/* HostConfigError */.jB(file, [parsed.error]);
    const problems = await checkHostConfig(parsed.value, parsed.doc);
    if (problems.length > 0)
        throw new trident_problems/* HostConfigError */.jB(file, problems);
    const { value } = parsed;
    if (plan.cosiSha384 === undefined) {
        // Without `cosi` the ISO carries no OS image: a URL into the ISO's media would find nothing at install time.
        const url = imageOf(value).url ?? '';
        const onIso = /^file:\/\//i.test(url) && ISO_MEDIA.some((prefix) => url.slice('file://'.length).startsWith(prefix));
        if (onIso) {
            throw new trident_problems/* HostConfigError */.jB(file, [
                {
                    path: '/image/url',
                    message: `'${url}' is on the ISO, but no \`cosi\` input is given, so the ISO carries no COSI and Trident would find nothing there. Give the COSI as \`cosi\` (the action puts it on the ISO), or point image.url at where the image is (https://, oci://).`,
                },
            ], 'points at a COSI on the ISO, which carries none without `cosi`');
        }
        return { text, changed: false, value };
    }
    const url = expectedCosiUrl(plan.cosiDestination);
    if (plan.mode === 'auto')
        return { text: wireImageInto(parsed.doc, url, plan.cosiSha384), changed: true, value };
    const image = imageOf(value);
    const wrong = [];
    if (image.url !== url)
        wrong.push({ path: '/image/url', message: `is '${image.url ?? '(missing)'}'; the ISO carries the COSI at ${url}` });
    if (image.sha384 !== plan.cosiSha384 && image.sha384 !== 'ignored') {
        wrong.push({ path: '/image/sha384', message: `is '${image.sha384 ?? '(missing)'}'; the COSI's metadata.json has SHA-384 ${plan.cosiSha384}` });
    }
    if (wrong.length > 0) {
        throw new trident_problems/* HostConfigError */.jB(file, [
            ...wrong,
            {
                path: '',
                message: 'with host-config-image: keep the file must already match the COSI; set host-config-image: auto to let the action write a corrected copy.',
            },
        ]);
    }
    return { text, changed: false, value };
}
/** Reads the user's host config and makes what the ISO carries (parsed and checked), without writing it. */
async function prepareHostConfigCopy(file, plan) {
    return hostConfigForIso(file, await (0,limits/* readInputText */._)('host-config', file, 'hostConfig'), plan);
}
/**
 * Writes what the ISO carries to `copy` (made now, or `prepared` earlier from the same file and plan);
 * returns the user's parsed value.
 */
async function writeHostConfigCopy(file, copy, plan, prepared) {
    const result = await (prepared ?? prepareHostConfigCopy(file, plan));
    const bytes = Buffer.from(result.text);
    await (0,promises_.writeFile)(copy, bytes, { flag: 'wx' });
    return { changed: result.changed, value: result.value, bytes };
}

;// CONCATENATED MODULE: ./build/tools/upload.js
// Uploads the ISO as a workflow artifact. The artifact client (and the Azure
// SDK behind it) is loaded only when an upload happens.




/** Why an upload cannot happen here, or undefined when it can. */
function uploadUnavailable(env) {
    if (!env.ACTIONS_RUNTIME_TOKEN || !env.ACTIONS_RESULTS_URL) {
        return 'not running inside a GitHub Actions job (ACTIONS_RUNTIME_TOKEN / ACTIONS_RESULTS_URL are not set)';
    }
    return undefined;
}
/** The artifact's page, as GitHub shows it. Pure. */
function artifactUrl(env, id) {
    const server = env.GITHUB_SERVER_URL ?? 'https://github.com';
    return `${server}/${env.GITHUB_REPOSITORY ?? ''}/actions/runs/${env.GITHUB_RUN_ID ?? ''}/artifacts/${id}`;
}
let artifactClient;
/** Loads the artifact client (a third of the action's code, the Azure SDK) once; call it early to load it while other work runs. */
function loadArtifactClient() {
    artifactClient ??= Promise.all(/* import() */[__webpack_require__.e(838), __webpack_require__.e(271), __webpack_require__.e(888)]).then(__webpack_require__.bind(__webpack_require__, 37888));
    return artifactClient;
}
/** The service refused the name: an artifact of that name is already on the workflow run (HTTP 409). */
class ArtifactNameTaken extends Error {
    artifactName;
    constructor(artifactName) {
        super(`an artifact named '${artifactName}' already exists on this workflow run`);
        this.artifactName = artifactName;
        this.name = 'ArtifactNameTaken';
    }
}
/**
 * The file to upload under `name`: unzipped, an artifact is named after its
 * file, so a differently named file gets a symbolic link of that name in
 * `staging` (the upload reads through it).
 */
async function named(file, name, archive, staging) {
    if (archive || external_node_path_.basename(file) === name)
        return file;
    await (0,promises_.mkdir)(staging, { recursive: true });
    const link = external_node_path_.join(staging, name);
    await (0,promises_.symlink)(file, link);
    return link;
}
/** The service's answer to a taken name ("Received non-retryable error: Failed request: (409) Conflict: ..."), as ArtifactNameTaken. */
function nameTaken(error, name) {
    return error instanceof Error && error.message.includes('(409)') ? new ArtifactNameTaken(name) : error;
}
/**
 * The id of the artifact of this name on the workflow run, or undefined when there is none: asked as
 * the artifact client's getArtifact asks it, without loading the client (tools/results-service.ts), in
 * the process's environment, which the client reads for the upload that follows.
 */
function findArtifact(name, signal) {
    return findArtifactId(process.env, name, signal);
}
/** Deletes the artifact of this name on the workflow run (what upload-artifact's overwrite does first); its id, or undefined when there was none. */
async function deleteArtifact(name) {
    const { DefaultArtifactClient, ArtifactNotFoundError } = await loadArtifactClient();
    try {
        const deleted = await new DefaultArtifactClient().deleteArtifact(name);
        return String(deleted.id);
    }
    catch (error) {
        if (error instanceof ArtifactNotFoundError)
            return undefined;
        throw error;
    }
}
async function uploadIso(request, env, staging, signal) {
    const { DefaultArtifactClient } = await loadArtifactClient();
    const client = new DefaultArtifactClient();
    const { iso } = request;
    const file = await named(iso.path, request.artifactName, request.archive, staging);
    const upload = client.uploadArtifact(request.artifactName, [file], external_node_path_.dirname(file), {
        ...(request.retentionDays !== undefined ? { retentionDays: request.retentionDays } : {}),
        // An ISO does not compress; level 0 only spends no CPU on trying.
        compressionLevel: 0,
        skipArchive: !request.archive,
    });
    const result = await (0,abortable/* abortable */.ZC)(upload, signal).catch((error) => {
        throw nameTaken(error, request.artifactName);
    });
    if (result.id === undefined)
        throw new Error('The artifact service returned no artifact id.');
    const digest = (result.digest ?? '').replace(/^sha256:/, '');
    // Unzipped, the uploaded bytes are the ISO: their digest must be its SHA-256.
    if (!request.archive && digest !== iso.sha256) {
        throw new Error(`Upload corrupted: the artifact service received SHA-256 ${digest || '(none)'}, the ISO has ${iso.sha256}.`);
    }
    return { id: String(result.id), url: artifactUrl(env, String(result.id)), digest: digest ? `sha256:${digest}` : '' };
}
/** Uploads one more file (the serial log of verify) as an artifact of its own, under `name`. */
async function uploadFile(file, o, env, staging, signal) {
    const { DefaultArtifactClient } = await loadArtifactClient();
    const client = new DefaultArtifactClient();
    const source = await named(file, o.name, o.archive, staging);
    const upload = client.uploadArtifact(o.name, [source], external_node_path_.dirname(source), {
        ...(o.retentionDays !== undefined ? { retentionDays: o.retentionDays } : {}),
        skipArchive: !o.archive,
    });
    const result = await (0,abortable/* abortable */.ZC)(upload, signal).catch((error) => {
        throw nameTaken(error, o.name);
    });
    if (result.id === undefined)
        throw new Error('The artifact service returned no artifact id.');
    const digest = (result.digest ?? '').replace(/^sha256:/, '');
    return { id: String(result.id), url: artifactUrl(env, String(result.id)), digest: digest ? `sha256:${digest}` : '' };
}

;// CONCATENATED MODULE: ./build/iso/iso9660.js
/** Volume descriptors start at logical sector 16; sectors are 2048 bytes there. */
const DESCRIPTOR_SECTOR = 2048;
const FIRST_DESCRIPTOR = 16;
const STANDARD_ID = 'CD001';
class IsoFormatError extends Error {
    name = 'IsoFormatError';
}
const DEFAULT_LIMITS = {
    maxEntries: 200_000,
    maxDepth: 64,
    maxDirectoryBytes: 16 * 1024 * 1024,
    maxTotalDirectoryBytes: 128 * 1024 * 1024,
    maxDescriptors: 64,
    maxContinuations: 16,
};
/** Reads the volume descriptors and walks the directory tree. Throws IsoFormatError on anything malformed. */
async function readIsoVolume(source, limits = DEFAULT_LIMITS) {
    const descriptors = await readDescriptors(source, limits);
    const { blockSize } = descriptors;
    const walker = new Walker(source, blockSize, limits);
    const rootData = await walker.directoryData(descriptors.primaryRoot, '/');
    const rockRidge = suspSkip(rootData, blockSize);
    if (rockRidge !== undefined) {
        return {
            blockSize,
            volumeId: descriptors.volumeId,
            names: 'rock-ridge',
            files: await walker.walk(descriptors.primaryRoot, { kind: 'rock-ridge', skip: rockRidge }),
        };
    }
    if (descriptors.jolietRoot) {
        return { blockSize, volumeId: descriptors.volumeId, names: 'joliet', files: await walker.walk(descriptors.jolietRoot, { kind: 'joliet' }) };
    }
    return { blockSize, volumeId: descriptors.volumeId, names: 'iso9660', files: await walker.walk(descriptors.primaryRoot, { kind: 'iso9660' }) };
}
/** The file at `path` ("/a/b"); plain ISO 9660 names compare without case, as they are written in upper case. */
function findFile(volume, path) {
    const exact = volume.files.find((f) => f.path === path);
    if (exact || volume.names !== 'iso9660')
        return exact;
    const upper = path.toUpperCase();
    return volume.files.find((f) => f.path.toUpperCase() === upper);
}
/** The file whose data starts at `offset` (its first extent), if any. */
function fileAt(volume, offset) {
    return volume.files.find((f) => f.extents[0]?.offset === offset);
}
async function readDescriptors(source, limits) {
    let primary;
    let joliet;
    for (let i = 0; i < limits.maxDescriptors; i++) {
        const position = (FIRST_DESCRIPTOR + i) * DESCRIPTOR_SECTOR;
        const sector = await source.read(position, DESCRIPTOR_SECTOR);
        if (sector.length < DESCRIPTOR_SECTOR) {
            if (i === 0)
                throw new IsoFormatError(`not an ISO 9660 image: it ends before the volume descriptors (byte ${position})`);
            throw new IsoFormatError(`the volume descriptors run past the end of the image (byte ${position})`);
        }
        if (sector.toString('latin1', 1, 6) !== STANDARD_ID) {
            if (i === 0)
                throw new IsoFormatError(`not an ISO 9660 image: no "${STANDARD_ID}" at byte ${position + 1}`);
            throw new IsoFormatError(`volume descriptor ${i} at byte ${position} has no "${STANDARD_ID}" identifier`);
        }
        const type = sector[0];
        if (type === 255)
            break;
        if (type === 1 && !primary) {
            const blockSize = bothEndian16(sector, 128, 'logical block size');
            if (![512, 1024, 2048].includes(blockSize))
                throw new IsoFormatError(`logical block size ${blockSize} is not 512, 1024 or 2048`);
            primary = { blockSize, volumeId: sector.toString('latin1', 40, 72).trim(), root: sector.subarray(156, 190) };
        }
        // A supplementary descriptor whose escape sequences name UCS-2 (levels 1 to 3) is Joliet's.
        if (type === 2 && !joliet && /%\/[@CE]/.test(sector.toString('latin1', 88, 120)))
            joliet = sector.subarray(156, 190);
        if (i === limits.maxDescriptors - 1)
            throw new IsoFormatError(`no volume descriptor set terminator within ${limits.maxDescriptors} descriptors`);
    }
    if (!primary)
        throw new IsoFormatError('no primary volume descriptor');
    const rootOf = (bytes, what) => {
        const record = parseRecord(bytes, 0, primary.blockSize, source.size, what);
        if (!record?.directory)
            throw new IsoFormatError(`the ${what} root directory record is not a directory`);
        return record;
    };
    return {
        blockSize: primary.blockSize,
        volumeId: primary.volumeId,
        primaryRoot: rootOf(primary.root, 'primary volume descriptor'),
        ...(joliet ? { jolietRoot: rootOf(joliet, 'Joliet volume descriptor') } : {}),
    };
}
/** A both-endian 16-bit field (little-endian then big-endian copy), which must agree. */
function bothEndian16(buf, at, what) {
    const le = buf.readUInt16LE(at);
    if (le !== buf.readUInt16BE(at + 2))
        throw new IsoFormatError(`${what}: its little- and big-endian copies differ`);
    return le;
}
function bothEndian32(buf, at, what) {
    const le = buf.readUInt32LE(at);
    if (le !== buf.readUInt32BE(at + 4))
        throw new IsoFormatError(`${what}: its little- and big-endian copies differ`);
    return le;
}
/** The directory record at `at` in `buf`; undefined for a zero length byte (the rest of the sector is padding). */
function parseRecord(buf, at, blockSize, imageSize, where) {
    const length = buf[at] ?? 0;
    if (length === 0)
        return undefined;
    if (length < 34 || at + length > buf.length)
        throw new IsoFormatError(`${where}: a directory record of ${length} bytes at byte ${at} does not fit`);
    const extendedAttributes = buf[at + 1] ?? 0;
    const lba = bothEndian32(buf, at + 2, `${where}: the extent location at byte ${at}`);
    const size = bothEndian32(buf, at + 10, `${where}: the data length at byte ${at}`);
    const flags = buf[at + 25] ?? 0;
    if ((buf[at + 26] ?? 0) !== 0 || (buf[at + 27] ?? 0) !== 0)
        throw new IsoFormatError(`${where}: an interleaved file at byte ${at} (not supported)`);
    const idLength = buf[at + 32] ?? 0;
    if (idLength === 0 || 33 + idLength > length)
        throw new IsoFormatError(`${where}: a file identifier of ${idLength} bytes at byte ${at} does not fit its record`);
    const offset = (lba + extendedAttributes) * blockSize;
    if (offset + size > imageSize) {
        throw new IsoFormatError(`${where}: a record at byte ${at} points at bytes ${offset} to ${offset + size}, past the end of the image (${imageSize} bytes)`);
    }
    const systemUseStart = at + 33 + idLength + (idLength % 2 === 0 ? 1 : 0);
    return {
        id: buf.subarray(at + 33, at + 33 + idLength),
        offset,
        size,
        directory: (flags & 0x02) !== 0,
        multiExtent: (flags & 0x80) !== 0,
        associated: (flags & 0x04) !== 0,
        systemUse: buf.subarray(Math.min(systemUseStart, at + length), at + length),
    };
}
/** Rock Ridge is there when the root's "." record starts its system use area with SUSP's SP entry; returns its skip count. */
function suspSkip(rootData, blockSize) {
    const dot = parseRecord(rootData, 0, blockSize, Number.MAX_SAFE_INTEGER, 'the root directory');
    const su = dot?.systemUse;
    if (!su || su.length < 7 || su.toString('latin1', 0, 2) !== 'SP' || su[2] !== 7 || su[4] !== 0xbe || su[5] !== 0xef)
        return undefined;
    return su[6] ?? 0;
}
class Walker {
    source;
    blockSize;
    limits;
    entries = 0;
    directoryBytes = 0;
    seen = new Set();
    constructor(source, blockSize, limits) {
        this.source = source;
        this.blockSize = blockSize;
        this.limits = limits;
    }
    async directoryData(record, path) {
        if (record.size > this.limits.maxDirectoryBytes) {
            throw new IsoFormatError(`directory ${path} is ${record.size} bytes, more than the ${this.limits.maxDirectoryBytes} this reader accepts`);
        }
        this.directoryBytes += record.size;
        if (this.directoryBytes > this.limits.maxTotalDirectoryBytes) {
            throw new IsoFormatError(`the directories hold more than ${this.limits.maxTotalDirectoryBytes} bytes, more than this reader accepts`);
        }
        const data = await this.source.read(record.offset, record.size);
        if (data.length < record.size)
            throw new IsoFormatError(`directory ${path} is cut short by the end of the image`);
        return data;
    }
    async walk(root, naming) {
        const files = [];
        const queue = [{ record: root, path: '', depth: 0 }];
        while (queue.length > 0) {
            const { record, path, depth } = queue.shift();
            if (this.seen.has(record.offset))
                throw new IsoFormatError(`directory ${path || '/'} appears twice in the tree (a loop)`);
            this.seen.add(record.offset);
            const data = await this.directoryData(record, path || '/');
            let pending;
            for (const child of await this.records(data, path || '/', naming)) {
                if (++this.entries > this.limits.maxEntries)
                    throw new IsoFormatError(`more than ${this.limits.maxEntries} directory entries`);
                const childPath = `${path}/${child.name}`;
                if (child.directory) {
                    if (depth + 1 > this.limits.maxDepth)
                        throw new IsoFormatError(`directory ${childPath} is nested deeper than ${this.limits.maxDepth} levels`);
                    queue.push({ record: child.record, path: childPath, depth: depth + 1 });
                    continue;
                }
                const extent = { offset: child.record.offset, size: child.record.size };
                if (pending) {
                    if (pending.path !== childPath)
                        throw new IsoFormatError(`${pending.path}: a multi-extent file is followed by ${childPath} instead of its next extent`);
                    pending.extents.push(extent);
                    pending.size += extent.size;
                }
                else {
                    pending = { path: childPath, extents: [extent], size: extent.size };
                }
                if (!child.record.multiExtent) {
                    files.push(pending);
                    pending = undefined;
                }
            }
            if (pending)
                throw new IsoFormatError(`${pending.path}: a multi-extent file has no last extent`);
        }
        return files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    }
    /** The named entries of a directory ("." and ".." and associated files left out). */
    async records(data, where, naming) {
        const out = [];
        let at = 0;
        while (at < data.length) {
            const record = parseRecord(data, at, this.blockSize, this.source.size, `directory ${where}`);
            if (!record) {
                // Records never cross a sector: the rest of this one is padding.
                at = (Math.floor(at / DESCRIPTOR_SECTOR) + 1) * DESCRIPTOR_SECTOR;
                continue;
            }
            const length = data[at] ?? 0;
            if (Math.floor(at / DESCRIPTOR_SECTOR) !== Math.floor((at + length - 1) / DESCRIPTOR_SECTOR)) {
                throw new IsoFormatError(`directory ${where}: the record at byte ${at} crosses a sector boundary`);
            }
            at += length;
            const special = record.id.length === 1 && (record.id[0] === 0 || record.id[0] === 1);
            if (special || record.associated)
                continue;
            if (naming.kind === 'rock-ridge') {
                const rr = await this.rockRidge(record.systemUse.subarray(naming.skip), where);
                if (rr.relocated)
                    continue;
                const name = rr.name ?? plainName(record.id);
                checkName(name, where);
                if (rr.childLink !== undefined) {
                    const target = await this.source.read(rr.childLink, DESCRIPTOR_SECTOR);
                    const dot = parseRecord(target, 0, this.blockSize, this.source.size, `relocated directory ${where}/${name}`);
                    if (!dot?.directory)
                        throw new IsoFormatError(`${where}/${name}: its Rock Ridge child link does not point at a directory`);
                    out.push({ name, directory: true, record: dot });
                }
                else
                    out.push({ name, directory: record.directory, record });
            }
            else {
                const name = naming.kind === 'joliet' ? jolietName(record.id) : plainName(record.id);
                checkName(name, where);
                out.push({ name, directory: record.directory, record });
            }
        }
        return out;
    }
    /** The NM (name), RE and CL entries of a record's system use area, following CE continuation areas. */
    async rockRidge(area, where) {
        const result = { relocated: false };
        const nameParts = [];
        let current = area;
        let hops = 0;
        while (current) {
            const next = this.suspEntries(current, where, result, nameParts);
            if (!next)
                break;
            if (++hops > this.limits.maxContinuations)
                throw new IsoFormatError(`directory ${where}: more than ${this.limits.maxContinuations} SUSP continuation areas for one record`);
            if (next.length > this.blockSize || next.offset + next.length > this.source.size) {
                throw new IsoFormatError(`directory ${where}: a SUSP continuation area of ${next.length} bytes at byte ${next.offset} is outside the image or longer than a block`);
            }
            current = await this.source.read(next.offset, next.length);
        }
        if (nameParts.length > 0)
            result.name = Buffer.concat(nameParts).toString('utf8');
        return result;
    }
    /** Reads one SUSP area into `result`; returns the CE continuation it names, if any. */
    suspEntries(area, where, result, nameParts) {
        let next;
        let at = 0;
        while (at + 4 <= area.length) {
            const signature = area.toString('latin1', at, at + 2);
            const length = area[at + 2] ?? 0;
            if (length < 4 || at + length > area.length)
                break;
            const entry = area.subarray(at, at + length);
            if (signature === 'ST')
                break;
            if (signature === 'NM' && length >= 5) {
                const flags = entry[4] ?? 0;
                // CURRENT or PARENT names stand for "." and "..", which a record never should.
                if (flags & 0x06)
                    throw new IsoFormatError(`directory ${where}: a Rock Ridge name that means "." or ".."`);
                nameParts.push(entry.subarray(5));
            }
            else if (signature === 'RE')
                result.relocated = true;
            else if (signature === 'CL' && length >= 12)
                result.childLink = bothEndian32(entry, 4, `directory ${where}: a Rock Ridge child link`) * this.blockSize;
            else if (signature === 'CE' && length >= 28) {
                next = {
                    offset: bothEndian32(entry, 4, `directory ${where}: a SUSP continuation block`) * this.blockSize +
                        bothEndian32(entry, 12, `directory ${where}: a SUSP continuation offset`),
                    length: bothEndian32(entry, 20, `directory ${where}: a SUSP continuation length`),
                };
            }
            at += length;
        }
        return next;
    }
}
/** A plain ISO 9660 identifier without its ";1" version and a trailing "." (a name with no extension). */
function plainName(id) {
    return id.toString('latin1').replace(/;\d+$/, '').replace(/\.$/, '');
}
/** Joliet identifiers are UCS-2 big-endian. */
function jolietName(id) {
    let name = '';
    for (let i = 0; i + 1 < id.length; i += 2)
        name += String.fromCharCode(id.readUInt16BE(i));
    return name.replace(/;\d+$/, '');
}
function checkName(name, where) {
    if (name === '' || name === '.' || name === '..' || name.includes('/') || name.includes('\0')) {
        throw new IsoFormatError(`directory ${where}: an entry named ${JSON.stringify(name)}, which no file may be named`);
    }
}

;// CONCATENATED MODULE: ./build/iso/locate.js
// Finds the one host config placeholder of an ISO, and only where a file is:
// isopatch searches the whole image for the magic string and writes wherever
// it first appears (microsoft/trident tools/pkg/isopatcher/patcher.go); here
// a placeholder is a file of the ISO 9660 directory whose data starts with
// `<magic>:<key>:`, so the bytes written are that file's and no other's. The
// magic string anywhere else (found while the image is copied, by
// MagicScanner) stops the patch.


/** Why an ISO cannot be patched; `problem` says which rule it breaks. */
class PlaceholderError extends Error {
    problem;
    name = 'PlaceholderError';
    constructor(problem, message) {
        super(message);
        this.problem = problem;
    }
}
/** The longest key read from a file's first bytes. */
const MAX_KEY = 1024;
/** The key of an isopatch placeholder whose first bytes these are, or undefined. */
function placeholderKey(head) {
    const magic = `${placeholder/* ISOPATCH_MAGIC */.oR}:`;
    if (head.toString('latin1', 0, magic.length) !== magic)
        return undefined;
    const end = head.indexOf(':', magic.length);
    return end === -1 ? undefined : head.toString('utf8', magic.length, end);
}
/** The placeholder for `key`: exactly one file whose data starts with `<magic>:<key>:`, well formed. */
async function locatePlaceholder(source, volume, key = placeholder/* HOST_CONFIG_KEY */.Uq) {
    const headLength = placeholder/* ISOPATCH_MAGIC */.oR.length + 2 + MAX_KEY;
    const mine = [];
    const others = [];
    for (const file of volume.files) {
        const first = file.extents[0];
        if (!first || file.size <= placeholder/* ISOPATCH_MAGIC */.oR.length)
            continue;
        const head = await source.read(first.offset, Math.min(first.size, headLength));
        const found = placeholderKey(head);
        if (found === undefined)
            continue;
        if (found === key)
            mine.push(file);
        else
            others.push({ path: file.path, key: found });
    }
    if (mine.length === 0) {
        const strays = await findPattern(source, (0,placeholder/* placeholderHeader */.jG)(key), 4);
        if (strays.length > 0) {
            throw new PlaceholderError('outside-file', `holds the isopatch magic string for ${key} at byte ${strays.join(', ')}, but no file of its ISO 9660 directory starts there (${whereIs(volume, strays[0])}); the action patches only a placeholder file and refuses to write there.`);
        }
        const hint = others.length > 0 ? ` It has placeholders for other keys: ${others.map((o) => `${o.path} (${o.key})`).join(', ')}.` : '';
        throw new PlaceholderError('none', `has no host config placeholder (a file starting with the isopatch magic string and ':${key}:'). Build it with patchable: true.${hint}`);
    }
    if (mine.length > 1) {
        throw new PlaceholderError('several', `has ${mine.length} host config placeholders for ${key} (${mine.map((f) => f.path).join(', ')}); the action patches an ISO with exactly one.`);
    }
    const file = mine[0];
    const extent = file.extents[0];
    if (file.extents.length > 1 || file.size > placeholder/* MAX_PLACEHOLDER_SIZE */.h_) {
        throw new PlaceholderError('corrupt', `holds a placeholder ${file.path} of ${file.size} bytes in ${file.extents.length} extents; a placeholder is one extent of at most ${placeholder/* MAX_PLACEHOLDER_SIZE */.h_} bytes.`);
    }
    const bytes = await source.read(extent.offset, extent.size);
    const state = (0,placeholder/* readPlaceholder */.Q_)(bytes, key);
    if (state.state === 'corrupt')
        throw new PlaceholderError('corrupt', `holds a corrupted placeholder ${file.path}: ${state.why}.`);
    return { file, offset: extent.offset, size: extent.size, bytes, state: state.state, others };
}
/** Which file holds a byte of the image, for a message. */
function whereIs(volume, offset) {
    const inside = volume.files.find((f) => f.extents.some((e) => offset >= e.offset && offset < e.offset + e.size));
    if (!inside)
        return 'in no file';
    return fileAt(volume, offset) === inside ? `the start of ${inside.path}` : `inside ${inside.path}`;
}
/**
 * Finds a byte pattern in a stream of chunks fed in order, across chunk
 * boundaries. Pure apart from its own state.
 */
class PatternScanner {
    pattern;
    limit;
    tail = Buffer.alloc(0);
    found = [];
    constructor(pattern, 
    /** Stop recording after this many (the caller only needs to know there are more). */
    limit = 16) {
        this.pattern = pattern;
        this.limit = limit;
    }
    /** The next chunk, which starts at byte `offset` of the stream. */
    feed(chunk, offset) {
        const window = this.tail.length > 0 ? Buffer.concat([this.tail, chunk]) : chunk;
        const base = offset - this.tail.length;
        for (let i = window.indexOf(this.pattern); i !== -1 && this.found.length < this.limit; i = window.indexOf(this.pattern, i + 1))
            this.found.push(base + i);
        const keep = Math.min(this.pattern.length - 1, window.length);
        this.tail = Buffer.from(window.subarray(window.length - keep));
    }
}
/** Every place (up to `limit`) where `pattern` is in the source: a full read, in chunks. */
async function findPattern(source, pattern, limit = 16, chunk = 4 * 1024 * 1024) {
    const scanner = new PatternScanner(pattern, limit);
    for (let at = 0; at < source.size && scanner.found.length < limit; at += chunk)
        scanner.feed(await source.read(at, chunk), at);
    return scanner.found;
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
;// CONCATENATED MODULE: ./build/iso/write.js
// The patched ISO: read once, in place, each chunk searched for the
// placeholder's magic string (so that one anywhere else is found), the
// placeholder's new bytes laid over it and hashed; the placeholder's bytes are
// written only when the whole image has been seen. A new file is the kernel's
// copy of the input, then patched so. Memory stays bounded whatever the ISO's size.




const CHUNK = 4 * 1024 * 1024;
/** A chunk of the input with the new bytes laid over the part of it they cover. */
function overlay(chunk, position, write) {
    const start = Math.max(write.offset, position);
    const end = Math.min(write.offset + write.bytes.length, position + chunk.length);
    if (start < end)
        write.bytes.copy(chunk, start - position, start - write.offset, end - write.offset);
}
/** Fails when the input changed while it was read (another writer): the result would be neither the old nor a consistent new image. */
async function unchanged(file, before) {
    const after = await (0,promises_.stat)(file);
    if (after.size !== before.size || after.mtimeMs !== before.mtimeMs)
        throw new Error(`${file} changed while it was being read; nothing was patched.`);
}
/**
 * Copies `input` to `output` (which must not exist; COPYFILE_EXCL) with the
 * kernel's copy (copy_file_range where the filesystem has it: no pass through
 * this process), then patches the copy in place, which reads it once (the
 * pattern search and the SHA-256). `check` refuses before the placeholder is
 * written; the caller removes `output` then.
 */
async function copyPatched(input, output, write, pattern, check, signal) {
    const before = await (0,promises_.stat)(input);
    signal?.throwIfAborted();
    await (0,promises_.copyFile)(input, output, external_node_fs_.constants.COPYFILE_EXCL);
    await unchanged(input, before);
    const result = await patchInPlace(output, write, pattern, check, signal);
    if (result.size !== before.size)
        throw new Error(`${input} is ${before.size} bytes long, its copy ${result.size}; nothing was patched.`);
    return result;
}
/**
 * Patches `file` itself: reads it once (pattern search and the new SHA-256),
 * then, if `check` accepts what was found, writes the placeholder's bytes.
 */
async function patchInPlace(file, write, pattern, check, signal) {
    const before = await (0,promises_.stat)(file);
    const handle = await (0,promises_.open)(file, 'r+');
    try {
        const hash = (0,external_node_crypto_.createHash)('sha256');
        const scanner = new PatternScanner(pattern);
        const buffer = Buffer.allocUnsafe(CHUNK);
        let position = 0;
        for (;;) {
            signal?.throwIfAborted();
            const { bytesRead } = await handle.read(buffer, 0, CHUNK, position);
            if (bytesRead === 0)
                break;
            const chunk = buffer.subarray(0, bytesRead);
            scanner.feed(chunk, position);
            overlay(chunk, position, write);
            hash.update(chunk);
            position += bytesRead;
        }
        await unchanged(file, before);
        check(scanner.found);
        signal?.throwIfAborted();
        await writeAll(handle, write.bytes, write.offset);
        await handle.sync();
        return { sha256: hash.digest('hex'), size: position, found: scanner.found };
    }
    finally {
        await handle.close();
    }
}
async function writeAll(handle, bytes, position) {
    let done = 0;
    while (done < bytes.length) {
        const { bytesWritten } = await handle.write(bytes, done, bytes.length - done, position + done);
        done += bytesWritten;
    }
}

;// CONCATENATED MODULE: ./build/iso/patch.js
// Patching an ISO's host config: open it (the ISO 9660 directory read, the one
// placeholder found), see whether a host config fits, then write the patched
// image (a new file, or the same one when asked) in one pass that refuses it
// if the magic string turns up anywhere but at the placeholder.






/** Reads the ISO's directory and finds its placeholder; throws IsoFormatError or PlaceholderError. Close `source` when done. */
async function openIso(file, key = placeholder/* HOST_CONFIG_KEY */.Uq) {
    const source = await openFileSource(file);
    try {
        const volume = await readIsoVolume(source);
        const placeholder = await locatePlaceholder(source, volume, key);
        return { file, source, volume, placeholder, key };
    }
    catch (error) {
        await source.close();
        throw error;
    }
}
/** The placeholder's new bytes for this host config, or by how many bytes it does not fit. Pure. */
function planWrite(iso, hostConfig) {
    const bytes = (0,placeholder/* filledPlaceholder */.yV)(hostConfig, iso.placeholder.size, iso.key);
    return Buffer.isBuffer(bytes) ? { bytes } : { tooBigBy: bytes.tooBigBy, capacity: (0,placeholder/* capacity */.bN)(iso.placeholder.size, iso.key) };
}
/** Refuses an image where the placeholder's magic string is anywhere but at the placeholder. */
function onlyAtPlaceholder(iso) {
    return (found) => {
        const strays = found.filter((offset) => offset !== iso.placeholder.offset);
        if (strays.length === 0 && found.includes(iso.placeholder.offset))
            return;
        if (strays.length === 0)
            throw new PlaceholderError('corrupt', `changed while it was read: the placeholder ${iso.placeholder.file.path} no longer starts with the magic string.`);
        throw new PlaceholderError('outside-file', `holds the isopatch magic string for ${iso.key} at byte ${strays.join(', ')} too (${strays.map((s) => whereIs(iso.volume, s)).join('; ')}), not only at its placeholder ${iso.placeholder.file.path} (byte ${iso.placeholder.offset}); the action refuses to patch an image where it cannot tell which bytes are the placeholder.`);
    };
}
/**
 * Writes the patched image: to `output` (a new file; removed again if the
 * pass fails), or, with `inPlace`, into the ISO itself (nothing written
 * unless the pass succeeds).
 */
async function writePatchedIso(iso, bytes, target, signal) {
    if (bytes.length !== iso.placeholder.size)
        throw new Error(`the new placeholder is ${bytes.length} bytes, the placeholder ${iso.placeholder.size}`);
    const write = { offset: iso.placeholder.offset, bytes };
    const pattern = (0,placeholder/* placeholderHeader */.jG)(iso.key);
    if ('inPlace' in target)
        return patchInPlace(iso.file, write, pattern, onlyAtPlaceholder(iso), signal);
    try {
        return await copyPatched(iso.file, target.output, write, pattern, onlyAtPlaceholder(iso), signal);
    }
    catch (error) {
        // 'wx' made it: a file that was there before is never removed.
        if (error.code !== 'EEXIST')
            await (0,promises_.rm)(target.output, { force: true });
        throw error;
    }
}

;// CONCATENATED MODULE: ./build/tools/artifact-download.js
// Downloads an ISO uploaded as a workflow artifact, with @actions/artifact
// (loaded only when a download happens): from this workflow run through the
// results service (ACTIONS_RUNTIME_TOKEN), or from another run of the
// repository through the REST API with a token (its findBy path, which
// @actions/github's Octokit serves; through HTTPS_PROXY like every client of
// @actions/http-client). The artifact's digest, when the service has one, is
// checked against what arrived.




/** What went wrong, for the stage to name the input concerned. */
class ArtifactError extends Error {
    problem;
    name = 'ArtifactError';
    constructor(problem, message) {
        super(message);
        this.problem = problem;
    }
}
/** Why a download cannot happen here, or undefined when it can. */
function downloadUnavailable(spec, env) {
    if (spec.run)
        return /^[^/\s]+\/[^/\s]+$/.test(env.GITHUB_REPOSITORY ?? '') ? undefined : 'GITHUB_REPOSITORY (owner/name) is not set';
    return uploadUnavailable(env);
}
/** The HTTP status of an Octokit RequestError, if it is one. */
function statusOf(error) {
    const status = error?.status;
    return typeof status === 'number' ? status : undefined;
}
async function downloadArtifact(spec, dir, env, signal) {
    const unavailable = downloadUnavailable(spec, env);
    if (unavailable)
        throw new ArtifactError('unavailable', unavailable);
    const { DefaultArtifactClient } = await Promise.all(/* import() */[__webpack_require__.e(838), __webpack_require__.e(271), __webpack_require__.e(888)]).then(__webpack_require__.bind(__webpack_require__, 37888));
    const client = new DefaultArtifactClient();
    const [owner = '', repo = ''] = (env.GITHUB_REPOSITORY ?? '').split('/');
    const findBy = spec.run ? { findBy: { token: spec.run.token, workflowRunId: spec.run.id, repositoryOwner: owner, repositoryName: repo } } : {};
    const where = spec.run ? `run ${spec.run.id} of ${owner}/${repo}` : 'this workflow run';
    const failed = (what) => (error) => {
        const status = statusOf(error);
        const message = error instanceof Error ? error.message : String(error);
        if (status === 401 || status === 403)
            throw new ArtifactError('denied', `the GitHub API refused to ${what} (HTTP ${status}); the token needs actions: read on ${owner}/${repo}.`);
        if (status === 404 || (error instanceof Error && error.name === 'ArtifactNotFoundError'))
            throw new ArtifactError('not-found', `no artifact '${spec.name}' in ${where} (${message.split('\n')[0] ?? ''}).`);
        throw error;
    };
    const { artifact } = await (0,abortable/* abortable */.ZC)(client.getArtifact(spec.name, findBy), signal).catch(failed('find the artifact'));
    const digest = artifact.digest ?? '';
    const result = await (0,abortable/* abortable */.ZC)(client.downloadArtifact(artifact.id, { path: dir, ...findBy, ...(digest ? { expectedHash: digest } : {}) }), signal).catch(failed('download the artifact'));
    if (result.digestMismatch)
        throw new ArtifactError('content', `artifact '${spec.name}' (${artifact.id}) arrived with another SHA-256 than its digest ${digest}: the download is corrupt.`);
    return { file: await theIso(dir, spec.name), id: artifact.id, digest };
}
/** The one file the artifact held (an unzipped upload is saved under its Content-Disposition name, or 'artifact'), or its one .iso. */
async function theIso(dir, name) {
    const files = [];
    for (const entry of await (0,promises_.readdir)(dir, { recursive: true, withFileTypes: true })) {
        if (entry.isFile())
            files.push(external_node_path_.join(entry.parentPath, entry.name));
        if (files.length > 1000)
            break;
    }
    const isos = files.filter((f) => f.toLowerCase().endsWith('.iso'));
    const chosen = files.length === 1 ? files[0] : isos.length === 1 ? isos[0] : undefined;
    if (!chosen) {
        throw new ArtifactError('content', `artifact '${name}' holds ${files.length === 0
            ? 'no file'
            : `${files.length} files (${files
                .map((f) => external_node_path_.relative(dir, f))
                .slice(0, 5)
                .join(', ')}${files.length > 5 ? ', …' : ''})`}, not one ISO.`);
    }
    if (!(await (0,promises_.stat)(chosen)).isFile())
        throw new ArtifactError('content', `artifact '${name}': ${external_node_path_.relative(dir, chosen)} is not a file.`);
    return chosen;
}

;// CONCATENATED MODULE: ./build/trident/host-config-tools.js
// The packages the live OS needs for what a host config asks Trident to do
// there. Trident only Suggests them (microsoft/trident packaging/rpm/trident.spec)
// and tdnf never installs Suggests (libsolv reports them, vmware/tdnf sets no
// flag to install them), so an ISO without them builds fine and fails at
// install time. Only what runs in the ISO counts: GRUB configuration, SELinux
// labels, users and the initrd are done chrooted into the new OS
// (crates/trident/src/engine/clean_install.rs: engine::configure inside
// enter_update_chroot), so their tools belong in the COSI, not here. Pure.

function list(value) {
    return Array.isArray(value) ? value : [];
}
function present(value) {
    return value !== undefined && value !== null;
}
/**
 * What the host config needs in the ISO, one entry per package (its first
 * reason). Sources, all microsoft/trident:
 * - netplan: crates/trident/src/engine/provisioning_network.rs (management_os.netplan, else os.netplan,
 *   applied by `trident start-network`, trident-network.service); Dependency::Netplan → /usr/sbin/netplan.
 * - mdadm: crates/trident/src/engine/storage/raid.rs ("Mdadm is required for RAID operations").
 * - cryptsetup, tpm2-tools: crates/trident/src/engine/storage/encryption.rs (Tpm2Pcrread, Tpm2Clear) and
 *   crates/osutils/src/encryption.rs (Cryptsetup).
 * - veritysetup: crates/trident/src/engine/storage/verity.rs ("Veritysetup is not installed"); a
 *   subpackage of cryptsetup in Azure Linux (SPECS/cryptsetup/cryptsetup.spec).
 * - ntfsprogs (mkfs.ntfs) for a new NTFS filesystem, ntfs-3g (mount.ntfs) for one that is mounted:
 *   crates/osutils/src/mkfs.rs, crates/osutils/src/filesystems.rs; Azure Linux SPECS/ntfs-3g/ntfs-3g.spec.
 * - xfsprogs (mkfs.xfs) for a new XFS filesystem: crates/osutils/src/mkfs.rs (not even Suggested).
 * A filesystem's `source` defaults to `image` (crates/trident_api/src/config/host/storage/filesystem.rs).
 */
function hostConfigTools(hostConfig) {
    if (!mapping_isMapping(hostConfig))
        return [];
    const needs = [];
    const add = (need) => {
        if (!needs.some((n) => n.package === need.package))
            needs.push(need);
    };
    const os = mapping_isMapping(hostConfig.os) ? hostConfig.os : {};
    const managementOs = mapping_isMapping(hostConfig.managementOs) ? hostConfig.managementOs : {};
    const storage = mapping_isMapping(hostConfig.storage) ? hostConfig.storage : {};
    const netplanAt = present(managementOs.netplan) ? '/managementOs/netplan' : present(os.netplan) ? '/os/netplan' : undefined;
    if (netplanAt) {
        add({
            package: 'netplan',
            feature: 'network configuration',
            path: netplanAt,
            use: '`trident start-network` (trident-network.service) applies it with netplan',
        });
    }
    const raid = mapping_isMapping(storage.raid) ? storage.raid : {};
    if (list(raid.software).length > 0) {
        add({ package: 'mdadm', feature: 'software RAID', path: '/storage/raid/software', use: 'Trident creates the arrays with mdadm' });
    }
    if (present(storage.encryption)) {
        const use = 'Trident encrypts with cryptsetup and seals to the TPM, reading PCRs with tpm2_pcrread';
        add({ package: 'cryptsetup', feature: 'encryption', path: '/storage/encryption', use });
        add({ package: 'tpm2-tools', feature: 'encryption', path: '/storage/encryption', use });
    }
    if (list(storage.verity).length > 0) {
        add({ package: 'veritysetup', feature: 'dm-verity', path: '/storage/verity', use: 'Trident opens the verity devices with veritysetup' });
    }
    list(storage.filesystems).forEach((fs, i) => {
        if (!mapping_isMapping(fs))
            return;
        const at = `/storage/filesystems/${i}`;
        const fresh = fs.source === 'new';
        if (fs.type === 'ntfs' && fresh)
            add({ package: 'ntfsprogs', feature: 'a new NTFS filesystem', path: at, use: 'Trident creates it with mkfs.ntfs' });
        if (fs.type === 'ntfs' && present(fs.mountPoint))
            add({ package: 'ntfs-3g', feature: 'a mounted NTFS filesystem', path: at, use: 'Trident mounts it with mount.ntfs' });
        if (fs.type === 'xfs' && fresh)
            add({ package: 'xfsprogs', feature: 'a new XFS filesystem', path: at, use: 'Trident creates it with mkfs.xfs' });
    });
    return needs;
}
/** The log line saying why a package is in the ISO. */
function toolLine(need) {
    return `${need.package}: for ${need.feature} (host config ${need.path}): ${need.use} in the ISO.`;
}

;// CONCATENATED MODULE: ./build/trident/cpio.js
// Just enough of the "newc" cpio format (what rpm2cpio writes) to take one
// file out of an RPM's payload. The bytes come from a user's RPM, so every
// field is checked before it is used: each header field is exactly eight hex
// digits, a name fits in the archive and ends with its NUL, data stays inside
// the archive, the walk moves forward on every entry, and the number of
// entries is capped. Anything else is a CpioFormatError, at once.
// (Format: libarchive's archive_read_support_format_cpio.c, read_header_newc;
// rpm's lib/cpio.c rpmcpioHeaderRead reads the same 110-byte header.)

class CpioFormatError extends Error {
    constructor(message) {
        super(message);
        this.name = 'CpioFormatError';
    }
}
const HEADER = 110;
const FIELDS = 13;
/** PATH_MAX: no real entry name is longer. */
const MAX_NAME = 4096;
const HEX8 = /^[0-9A-Fa-f]{8}$/;
const pad4 = (n) => (n + 3) & ~3;
/** The files of a newc cpio archive, by absolute name (`./usr/bin/x` → `/usr/bin/x`). Pure; throws CpioFormatError. */
function cpioEntries(archive, maxEntries = limits/* COUNT_LIMITS */.f5.cpioEntries) {
    const files = new Map();
    let offset = 0;
    for (let count = 0;; count++) {
        if (count >= maxEntries)
            throw new CpioFormatError(`more than ${maxEntries} entries`);
        if (offset + HEADER > archive.length)
            throw new CpioFormatError(`the archive ends at byte ${archive.length} without its trailer`);
        const magic = archive.toString('latin1', offset, offset + 6);
        if (magic !== '070701' && magic !== '070702')
            throw new CpioFormatError(`not a newc cpio header at byte ${offset} (magic ${JSON.stringify(magic)})`);
        const field = (i) => {
            const text = archive.toString('latin1', offset + 6 + i * 8, offset + 14 + i * 8);
            if (!HEX8.test(text))
                throw new CpioFormatError(`header field ${i} at byte ${offset} is not 8 hex digits (${JSON.stringify(text)})`);
            return parseInt(text, 16);
        };
        for (let i = 0; i < FIELDS; i++)
            field(i);
        const size = field(6);
        const nameSize = field(11);
        if (nameSize < 2 || nameSize > MAX_NAME)
            throw new CpioFormatError(`entry at byte ${offset} has a name size of ${nameSize}`);
        const nameEnd = offset + HEADER + nameSize;
        if (nameEnd > archive.length || archive[nameEnd - 1] !== 0)
            throw new CpioFormatError(`entry at byte ${offset} has a name that does not end inside the archive`);
        const name = archive.toString('utf8', offset + HEADER, nameEnd - 1);
        if (name === 'TRAILER!!!')
            return files;
        const dataStart = pad4(nameEnd);
        if (dataStart + size > archive.length)
            throw new CpioFormatError(`entry ${JSON.stringify(name)} needs ${size} bytes past the end of the archive`);
        files.set(name.replace(/^\.\//, '/').replace(/^(?!\/)/, '/'), archive.subarray(dataStart, dataStart + size));
        const next = pad4(dataStart + size);
        // A header is 110 bytes and a name at least 2: next is always past offset; checked all the same.
        if (next <= offset)
            throw new CpioFormatError(`entry at byte ${offset} does not advance`);
        offset = next;
    }
}

;// CONCATENATED MODULE: ./build/trident/validate.js
// `trident validate` is the final word on a host config. When the RPMs hold a
// trident binary that runs on this runner, the action extracts it and checks
// the host config the ISO carries, before the long Image Customizer run. The
// verdict comes back as data; the RPM stage names the input it concerns.





/** The trident RPM's payload is malformed (a crafted or corrupt file): the RPM input is refused. */
class TridentPayloadError extends Error {
    constructor(message) {
        super(message);
        this.name = 'TridentPayloadError';
    }
}
async function validateWithTrident(exec, packages, hostConfig, o) {
    const trident = packages.find((p) => p.name === 'trident');
    if (!trident)
        return { verdict: 'not-run', why: 'no trident RPM' };
    const signal = o.signal ? { signal: o.signal } : {};
    // The payload of the RPM as a cpio archive (rpm2cpio).
    let payload;
    try {
        const result = await exec.run(['rpm2cpio', trident.file], { captureStdout: true, maxStdoutBytes: limits/* FILE_LIMITS */.SK.rpmPayload.bytes, ...signal });
        if (result.exitCode !== 0)
            return { verdict: 'not-run', why: `rpm2cpio exited with ${result.exitCode}` };
        payload = result.stdoutBytes;
    }
    catch (error) {
        if (o.signal?.aborted)
            throw error;
        if (error instanceof limits/* OutputTooLargeError */.Bo)
            throw new TridentPayloadError(`${external_node_path_.basename(trident.file)}: ${error.message}`);
        const missing = error.code === 'ENOENT';
        return { verdict: 'not-run', why: missing ? 'rpm2cpio is not installed on this runner' : (0,errors/* errorMessage */.g)(error) };
    }
    let binary;
    try {
        binary = cpioEntries(payload).get('/usr/bin/trident');
    }
    catch (error) {
        if (!(error instanceof CpioFormatError))
            throw error;
        throw new TridentPayloadError(`${external_node_path_.basename(trident.file)}: its payload is not a valid cpio archive (${error.message})`);
    }
    if (!binary)
        return { verdict: 'not-run', why: 'the trident RPM holds no /usr/bin/trident' };
    const dir = external_node_path_.join(o.scratch, 'trident-binary');
    await (0,promises_.mkdir)(dir, { recursive: true });
    const bin = external_node_path_.join(dir, 'trident');
    await (0,promises_.writeFile)(bin, binary, { mode: 0o755 });
    let result;
    try {
        result = await exec.run([bin, 'validate', hostConfig], { onLine: o.log, ...signal });
    }
    catch (error) {
        if (o.signal?.aborted)
            throw error;
        // ENOEXEC, a missing loader: a binary for another system.
        return { verdict: 'not-run', why: `the trident binary does not run here (${error.code ?? (0,errors/* errorMessage */.g)(error)})` };
    }
    const verdict = validationVerdict(result.exitCode, result.tail);
    if (verdict === 'cannot-run')
        return { verdict: 'not-run', why: `the trident binary does not run here (${result.tail.at(-1) ?? `exit code ${result.exitCode}`})` };
    if (verdict === 'invalid')
        return { verdict: 'invalid', output: result.tail };
    o.log(`trident validate: the host config is valid (${external_node_path_.basename(trident.file)}).`);
    return { verdict: 'valid' };
}
/**
 * What `trident validate`'s exit says. A binary built for Azure Linux may not
 * start on the runner (missing shared libraries, another libc): that says
 * nothing about the host config. Pure.
 */
function validationVerdict(exitCode, tail) {
    if (exitCode === 0)
        return 'valid';
    const text = tail.join('\n');
    if (exitCode === 126 ||
        exitCode === 127 ||
        /error while loading shared libraries|GLIBC_[\d.]+' not found|cannot execute binary file|Exec format error/i.test(text)) {
        return 'cannot-run';
    }
    return 'invalid';
}

// EXTERNAL MODULE: ./build/run/workdir.js
var workdir = __webpack_require__(97938);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(38522);
;// CONCATENATED MODULE: ./build/iso/squashfs.js
// A strict, bounded, read-only SquashFS 4.0 reader: just enough to look up a
// few paths of an image (without following symbolic links) and read a small
// file or a link's target. Image Customizer writes the live OS's root as
// liveos/rootfs.img with `mksquashfs DIR OUT -xattrs`, mksquashfs's default
// gzip (microsoft/azure-linux-image-tools toolkit/tools/pkg/imagecustomizerlib/
// liveosisoimages.go, createSquashfsImage); zstd is read too. The layout is
// squashfs-tools' (squashfs_fs.h): a 96-byte superblock, data blocks and
// fragments, then the inode and directory tables as 8 KiB metadata blocks, the
// fragment table and its index.
//
// The image may be hostile (written by whatever ran in Image Customizer's
// chroot, or handed in): every field is checked against the part of the
// image it must lie in, every loop moves forward, and what is decompressed
// and read is capped. Malformed is a SquashfsError, never a hang.


class SquashfsError extends Error {
    name = 'SquashfsError';
}
const SQUASHFS_LIMITS = {
    maxMetadataBytes: 64 * 1024 * 1024,
    maxDirectoryBytes: 16 * 1024 * 1024,
    maxComponents: 64,
    maxFileBytes: 16 * 1024 * 1024,
    maxHashedFileBytes: 1024 * 1024 * 1024,
    maxLinkBytes: 4096,
};
const MAGIC = 0x73717368; // "hsqs"
const SUPERBLOCK_SIZE = 96;
const METADATA_SIZE = 8192;
const NO_FRAGMENT = 0xffffffff;
const UNCOMPRESSED_BLOCK = 1 << 24;
const ABSENT = 0xffffffffffffffffn;
const COMPRESSORS = { 1: 'gzip', 2: 'lzma', 3: 'lzo', 4: 'xz', 5: 'lz4', 6: 'zstd' };
/** Inode types (squashfs_fs.h); extended types are the basic ones plus 7. */
const DIR = 1;
const FILE = 2;
const SYMLINK = 3;
const TYPE_NAMES = {
    1: 'directory',
    2: 'file',
    3: 'symlink',
    4: 'block device',
    5: 'character device',
    6: 'fifo',
    7: 'socket',
};
function u64(buf, at, what) {
    const value = buf.readBigUInt64LE(at);
    if (value > BigInt(Number.MAX_SAFE_INTEGER))
        throw new SquashfsError(`${what} (${value}) is not a usable offset`);
    return Number(value);
}
/** Reads the superblock and checks it against the image's size. */
function parseSuperblock(buf, imageSize) {
    if (buf.length < SUPERBLOCK_SIZE)
        throw new SquashfsError(`the image is ${buf.length} bytes, shorter than a SquashFS superblock`);
    if (buf.readUInt32LE(0) !== MAGIC)
        throw new SquashfsError('no SquashFS magic ("hsqs") at byte 0');
    const major = buf.readUInt16LE(28);
    const minor = buf.readUInt16LE(30);
    if (major !== 4 || minor !== 0)
        throw new SquashfsError(`SquashFS version ${major}.${minor}; only 4.0 is read`);
    const blockSize = buf.readUInt32LE(12);
    const blockLog = buf.readUInt16LE(22);
    if (blockSize < 4096 || blockSize > 1024 * 1024 || 1 << blockLog !== blockSize)
        throw new SquashfsError(`block size ${blockSize} (log ${blockLog}) is not a power of two from 4 KiB to 1 MiB`);
    const compressorId = buf.readUInt16LE(20);
    const compressor = COMPRESSORS[compressorId];
    if (compressor !== 'gzip' && compressor !== 'zstd')
        throw new SquashfsError(`it is compressed with ${compressor ?? `unknown compressor ${compressorId}`}; the action reads gzip (Image Customizer's, mksquashfs's default) and zstd only`);
    const bytesUsed = u64(buf, 40, 'bytes_used');
    if (bytesUsed > imageSize || bytesUsed < SUPERBLOCK_SIZE)
        throw new SquashfsError(`the superblock says ${bytesUsed} bytes are used, but the image is ${imageSize} bytes`);
    const inodeTable = u64(buf, 64, 'the inode table start');
    const directoryTable = u64(buf, 72, 'the directory table start');
    if (!(SUPERBLOCK_SIZE <= inodeTable && inodeTable < directoryTable && directoryTable < bytesUsed))
        throw new SquashfsError(`the inode table (${inodeTable}) and directory table (${directoryTable}) are not in order inside the image`);
    const fragmentCount = buf.readUInt32LE(16);
    const fragmentRaw = buf.readBigUInt64LE(80);
    const fragmentTable = fragmentRaw === ABSENT || fragmentCount === 0 ? undefined : u64(buf, 80, 'the fragment table start');
    if (fragmentTable !== undefined && !(directoryTable < fragmentTable && fragmentTable < bytesUsed))
        throw new SquashfsError(`the fragment table (${fragmentTable}) is not after the directory table inside the image`);
    return {
        inodeCount: buf.readUInt32LE(4),
        blockSize,
        fragmentCount,
        compressor,
        flags: buf.readUInt16LE(24),
        rootInode: buf.readBigUInt64LE(32),
        bytesUsed,
        inodeTable,
        directoryTable,
        fragmentTable,
    };
}
/** One path component: not empty, not . or .., no slash or NUL. */
function squashfs_checkName(name, where) {
    if (name === '' || name === '.' || name === '..' || name.includes('/') || name.includes('\0'))
        throw new SquashfsError(`directory ${where} holds an entry named ${JSON.stringify(name)}, which no file may be named`);
}
class SquashfsImage {
    source;
    superblock;
    limits;
    metadataBytes = 0;
    blocks = new Map();
    fragmentIndex;
    constructor(source, superblock, limits) {
        this.source = source;
        this.superblock = superblock;
        this.limits = limits;
    }
    /** Opens the image: reads and checks the superblock only. */
    static async open(source, limits = SQUASHFS_LIMITS) {
        const head = await source.read(0, SUPERBLOCK_SIZE);
        return new SquashfsImage(source, parseSuperblock(head, source.size), limits);
    }
    decompress(data, maxOut, what) {
        try {
            return this.superblock.compressor === 'gzip'
                ? (0,external_node_zlib_.inflateSync)(data, { maxOutputLength: maxOut })
                : (0,external_node_zlib_.zstdDecompressSync)(data, { maxOutputLength: maxOut });
        }
        catch (error) {
            throw new SquashfsError(`${what} does not decompress with ${this.superblock.compressor}: ${error.message}`);
        }
    }
    /** The metadata block at `position` (an absolute byte offset), decompressed, and where the next one starts. */
    async metadataBlock(position, end, what) {
        const cached = this.blocks.get(position);
        if (cached)
            return cached;
        if (position < 0 || position + 2 > end)
            throw new SquashfsError(`${what}: a metadata block at byte ${position} is outside its table`);
        const header = await this.source.read(position, 2);
        if (header.length < 2)
            throw new SquashfsError(`${what}: the image ends in a metadata block header at byte ${position}`);
        const word = header.readUInt16LE(0);
        const size = word & 0x7fff;
        const stored = (word & 0x8000) !== 0;
        if (size === 0 || size > METADATA_SIZE || position + 2 + size > end)
            throw new SquashfsError(`${what}: a metadata block of ${size} bytes at byte ${position} is empty, too large or outside its table`);
        const raw = await this.source.read(position + 2, size);
        if (raw.length < size)
            throw new SquashfsError(`${what}: the image ends inside a metadata block at byte ${position}`);
        const data = stored ? raw : this.decompress(raw, METADATA_SIZE, `${what}: the metadata block at byte ${position}`);
        this.metadataBytes += data.length;
        if (this.metadataBytes > this.limits.maxMetadataBytes)
            throw new SquashfsError(`more than ${this.limits.maxMetadataBytes} bytes of metadata were read, more than this reader accepts`);
        const block = { data, next: position + 2 + size };
        this.blocks.set(position, block);
        return block;
    }
    /** `length` bytes of a metadata table from block `position`, `offset` into it, running on into the next blocks. */
    async metadata(position, offset, length, end, what) {
        const parts = [];
        let got = 0;
        let at = position;
        let skip = offset;
        while (got < length) {
            const block = await this.metadataBlock(at, end, what);
            if (skip >= block.data.length) {
                // Only a full block has a next one to run on into.
                if (block.data.length < METADATA_SIZE)
                    throw new SquashfsError(`${what}: offset ${skip} is past the end of the metadata block at byte ${at}`);
                skip -= block.data.length;
                at = block.next;
                continue;
            }
            const take = Math.min(length - got, block.data.length - skip);
            parts.push(block.data.subarray(skip, skip + take));
            got += take;
            skip = 0;
            // Each block moves forward: next is after this block's own bytes.
            at = block.next;
        }
        return parts.length === 1 ? parts[0] : Buffer.concat(parts);
    }
    /** Where the directory table ends: the next table after it. */
    get directoryEnd() {
        return this.superblock.fragmentTable ?? this.superblock.bytesUsed;
    }
    /** The inode a reference (block << 16 | offset, relative to the inode table) points at. */
    async inode(reference) {
        const { inodeTable, directoryTable } = this.superblock;
        const block = inodeTable + Number(reference >> 16n);
        const offset = Number(reference & 0xffffn);
        if (reference >> 48n !== 0n || block >= directoryTable)
            throw new SquashfsError(`an inode reference (${reference}) points outside the inode table`);
        const read = (at, length) => this.metadata(block, offset + at, length, directoryTable, 'the inode table');
        const head = await read(0, 16);
        const type = head.readUInt16LE(0);
        const inode = head.readUInt32LE(12);
        switch (type) {
            case DIR: {
                const b = await read(16, 16);
                return { kind: 'directory', inode, listing: { block: b.readUInt32LE(0), size: b.readUInt16LE(8), offset: b.readUInt16LE(10) } };
            }
            case DIR + 7: {
                const b = await read(16, 24);
                return { kind: 'directory', inode, listing: { size: b.readUInt32LE(4), block: b.readUInt32LE(8), offset: b.readUInt16LE(18) } };
            }
            case FILE:
            case FILE + 7: {
                const extended = type === FILE + 7;
                const b = await read(16, extended ? 40 : 16);
                const blocksStart = extended ? u64(b, 0, "a file's first block") : b.readUInt32LE(0);
                const size = extended ? u64(b, 8, 'a file size') : b.readUInt32LE(12);
                const fragmentIndex = extended ? b.readUInt32LE(28) : b.readUInt32LE(4);
                const fragmentOffset = extended ? b.readUInt32LE(32) : b.readUInt32LE(8);
                const { blockSize } = this.superblock;
                const hasFragment = fragmentIndex !== NO_FRAGMENT;
                const count = hasFragment ? Math.floor(size / blockSize) : Math.ceil(size / blockSize);
                if (hasFragment && fragmentIndex >= this.superblock.fragmentCount)
                    throw new SquashfsError(`inode ${inode}: fragment ${fragmentIndex} of ${this.superblock.fragmentCount}`);
                // A file too large to hash is reported by its size; its block list is not read.
                if (size > Math.max(this.limits.maxFileBytes, this.limits.maxHashedFileBytes))
                    return { kind: 'file', inode, size, blocksStart, blockSizes: [] };
                const list = await read(16 + (extended ? 40 : 16), count * 4);
                const blockSizes = Array.from({ length: count }, (_, i) => list.readUInt32LE(i * 4));
                return {
                    kind: 'file',
                    inode,
                    size,
                    blocksStart,
                    blockSizes,
                    ...(hasFragment ? { fragment: { index: fragmentIndex, offset: fragmentOffset } } : {}),
                };
            }
            case SYMLINK:
            case SYMLINK + 7: {
                const b = await read(16, 8);
                const length = b.readUInt32LE(4);
                if (length === 0 || length > this.limits.maxLinkBytes)
                    throw new SquashfsError(`inode ${inode}: a symbolic link target of ${length} bytes (at most ${this.limits.maxLinkBytes})`);
                const target = (await read(24, length)).toString('utf8');
                return { kind: 'symlink', inode, target };
            }
            default: {
                const name = TYPE_NAMES[type > 7 ? type - 7 : type];
                if (!name || type > 14)
                    throw new SquashfsError(`inode ${inode}: unknown inode type ${type}`);
                return { kind: 'other', inode, type: name };
            }
        }
    }
    /** The named entries of a directory, each with its inode reference. */
    async list(dir, where) {
        const { size, block, offset } = dir.listing;
        // The size counts 3 bytes more than the listing ("." and ".." of old versions).
        if (size < 3)
            throw new SquashfsError(`directory ${where}: a listing size of ${size}`);
        const length = size - 3;
        if (length > this.limits.maxDirectoryBytes)
            throw new SquashfsError(`directory ${where}: a listing of ${length} bytes, more than the ${this.limits.maxDirectoryBytes} this reader accepts`);
        if (length === 0)
            return [];
        const start = this.superblock.directoryTable + block;
        if (start >= this.directoryEnd)
            throw new SquashfsError(`directory ${where}: its listing starts outside the directory table`);
        const data = await this.metadata(start, offset, length, this.directoryEnd, `directory ${where}`);
        const entries = [];
        let at = 0;
        while (at < data.length) {
            if (at + 12 > data.length)
                throw new SquashfsError(`directory ${where}: a header is cut short at byte ${at}`);
            const count = data.readUInt32LE(at) + 1;
            const inodeBlock = data.readUInt32LE(at + 4);
            if (count > 256)
                throw new SquashfsError(`directory ${where}: a header of ${count} entries (at most 256)`);
            at += 12;
            for (let i = 0; i < count; i++) {
                if (at + 8 > data.length)
                    throw new SquashfsError(`directory ${where}: an entry is cut short at byte ${at}`);
                const entryOffset = data.readUInt16LE(at);
                const nameLength = data.readUInt16LE(at + 6) + 1;
                if (at + 8 + nameLength > data.length)
                    throw new SquashfsError(`directory ${where}: a name of ${nameLength} bytes runs past the listing`);
                const name = data.toString('utf8', at + 8, at + 8 + nameLength);
                squashfs_checkName(name, where);
                entries.push({ name, reference: (BigInt(inodeBlock) << 16n) | BigInt(entryOffset) });
                at += 8 + nameLength;
            }
        }
        return entries;
    }
    /** The node at an absolute path, as lstat sees it: a link in the last component is reported as the link; one before it stops the lookup. */
    async lookup(path) {
        const parts = path.split('/').filter(Boolean);
        if (!path.startsWith('/') || parts.length > this.limits.maxComponents)
            throw new SquashfsError(`cannot look up ${JSON.stringify(path)}`);
        let node = await this.inode(this.superblock.rootInode);
        let here = '';
        for (const [i, part] of parts.entries()) {
            if (node.kind === 'symlink')
                return { found: false, reason: 'symlink-parent', at: here, target: node.target };
            if (node.kind !== 'directory')
                return { found: false, reason: 'not-directory', at: here, type: node.kind === 'file' ? 'file' : node.type };
            const entry = (await this.list(node, here || '/')).find((e) => e.name === part);
            here = `${here}/${part}`;
            if (!entry)
                return { found: false, reason: 'missing', at: here };
            node = await this.inode(entry.reference);
            if (i === parts.length - 1)
                return { found: true, node };
        }
        return { found: true, node };
    }
    /** The data of a regular file (at most maxFileBytes): its blocks, sparse ones as zeros, and its fragment's tail. */
    async readFile(file) {
        if (file.size > this.limits.maxFileBytes)
            throw new SquashfsError(`a file of ${file.size} bytes, more than this reader reads`);
        const parts = [];
        for await (const part of this.fileParts(file))
            parts.push(part);
        return Buffer.concat(parts);
    }
    /** The SHA-256 of a regular file (at most maxHashedFileBytes), read a block at a time. */
    async sha256(file) {
        if (file.size > this.limits.maxHashedFileBytes)
            throw new SquashfsError(`a file of ${file.size} bytes, more than this reader hashes`);
        const hash = (0,external_node_crypto_.createHash)('sha256');
        for await (const part of this.fileParts(file))
            hash.update(part);
        return hash.digest('hex');
    }
    /** A file's data in order: its blocks, sparse ones as zeros, and its fragment's tail. */
    async *fileParts(file) {
        const { blockSize, inodeTable } = this.superblock;
        let position = file.blocksStart;
        let remaining = file.size;
        for (const word of file.blockSizes) {
            const want = Math.min(blockSize, remaining);
            const stored = word & (UNCOMPRESSED_BLOCK - 1);
            if (word & ~(UNCOMPRESSED_BLOCK | (UNCOMPRESSED_BLOCK - 1)))
                throw new SquashfsError(`inode ${file.inode}: a block size word ${word} has unknown bits`);
            if (stored === 0)
                yield Buffer.alloc(want);
            else {
                if (stored > blockSize || position + stored > inodeTable || position < SUPERBLOCK_SIZE)
                    throw new SquashfsError(`inode ${file.inode}: a data block of ${stored} bytes at byte ${position} is outside the data area`);
                const raw = await this.source.read(position, stored);
                if (raw.length < stored)
                    throw new SquashfsError(`inode ${file.inode}: the image ends inside a data block`);
                const data = word & UNCOMPRESSED_BLOCK ? raw : this.decompress(raw, blockSize, `inode ${file.inode}: a data block`);
                if (data.length !== want)
                    throw new SquashfsError(`inode ${file.inode}: a data block holds ${data.length} bytes, not ${want}`);
                yield data;
                position += stored;
            }
            remaining -= want;
        }
        if (remaining > 0) {
            if (!file.fragment)
                throw new SquashfsError(`inode ${file.inode}: ${remaining} bytes are in no block and no fragment`);
            const fragment = await this.fragment(file.fragment.index, file.inode);
            const { offset } = file.fragment;
            if (offset + remaining > fragment.length)
                throw new SquashfsError(`inode ${file.inode}: its tail of ${remaining} bytes at ${offset} is outside its fragment (${fragment.length} bytes)`);
            yield fragment.subarray(offset, offset + remaining);
        }
    }
    /** Fragment block `index`, decompressed. */
    async fragment(index, inode) {
        const { fragmentTable, fragmentCount, blockSize, inodeTable, bytesUsed } = this.superblock;
        if (fragmentTable === undefined || index >= fragmentCount)
            throw new SquashfsError(`inode ${inode}: fragment ${index} does not exist`);
        if (!this.fragmentIndex) {
            // The index: one 8-byte location per metadata block of 512 entries, right at fragmentTable.
            const blocks = Math.ceil(fragmentCount / 512);
            if (fragmentTable + blocks * 8 > bytesUsed)
                throw new SquashfsError('the fragment table index runs past the image');
            const raw = await this.source.read(fragmentTable, blocks * 8);
            this.fragmentIndex = Array.from({ length: blocks }, (_, i) => u64(raw, i * 8, 'a fragment table block'));
        }
        const location = this.fragmentIndex[Math.floor(index / 512)];
        if (location === undefined || location >= fragmentTable || location < this.superblock.directoryTable)
            throw new SquashfsError(`inode ${inode}: the fragment table block for fragment ${index} is outside the fragment table`);
        const entry = await this.metadata(location, (index % 512) * 16, 16, fragmentTable, 'the fragment table');
        const start = u64(entry, 0, 'a fragment start');
        const word = entry.readUInt32LE(8);
        const stored = word & (UNCOMPRESSED_BLOCK - 1);
        if (stored === 0 || stored > blockSize || start < SUPERBLOCK_SIZE || start + stored > inodeTable)
            throw new SquashfsError(`fragment ${index}: ${stored} bytes at byte ${start} are outside the data area`);
        const raw = await this.source.read(start, stored);
        if (raw.length < stored)
            throw new SquashfsError(`fragment ${index}: the image ends inside it`);
        return word & UNCOMPRESSED_BLOCK ? raw : this.decompress(raw, blockSize, `fragment ${index}`);
    }
}

;// CONCATENATED MODULE: ./build/iso/owned-check.js
// The check, from outside the image and after the build, that the ISO holds
// what the action wrote: in the live OS (liveos/rootfs.img, a SquashFS image
// of its root: microsoft/azure-linux-image-tools toolkit/tools/pkg/
// imagecustomizerlib/liveosisoimages.go, createSquashfsImage; liveosisogrub.go,
// liveOSImagePath) each owned path is exactly the file or link the action
// wrote, and nothing that would make Trident's units read another config is
// there, and each file, link and directory of the Trident packages the ISO
// installs from the RPMs given is what their headers list (type, size,
// SHA-256, link target); on the ISO media each owned file is a file of its
// size (and bytes, where they are known). Scripts of the config ran as root in the image and
// could have changed anything in it, the image's own tools included: so this
// reads the ISO's bytes itself, with the ISO 9660 and SquashFS readers here,
// and only the few paths it checks.




/** Where Image Customizer puts the live OS's root on the media. */
const LIVE_OS_IMAGE = '/liveos/rootfs.img';
/** The ISO could not be read far enough to check it (fail closed: the ISO is not delivered). */
class UncheckableIsoError extends Error {
    name = 'UncheckableIsoError';
}
/** A source that counts what is read through it: the check reads a few paths, not the ISO. */
function countingSource(source) {
    const counted = {
        size: source.size,
        bytesRead: 0,
        read: async (position, length) => {
            const bytes = await source.read(position, length);
            counted.bytesRead += bytes.length;
            return bytes;
        },
    };
    return counted;
}
function sha256(bytes) {
    return (0,external_node_crypto_.createHash)('sha256').update(bytes).digest('hex');
}
function describeNode(node) {
    switch (node.kind) {
        case 'file':
            return `a regular file of ${node.size} bytes`;
        case 'directory':
            return 'a directory';
        case 'symlink':
            return `a symbolic link to ${node.target}`;
        default:
            return `a ${node.type}`;
    }
}
/** The one extent of a file on the media, as a source (xorriso and mkisofs write a large file's extents back to back). */
function fileSource(iso, file) {
    const first = file.extents[0];
    if (!first)
        return sliceSource(iso, 0, 0);
    let end = first.offset;
    for (const e of file.extents) {
        if (e.offset !== end)
            throw new UncheckableIsoError(`${file.path} is stored in extents that are not contiguous`);
        end += e.size;
    }
    return sliceSource(iso, first.offset, file.size);
}
async function checkLiveOs(image, owned) {
    const findings = [];
    const add = (path, found) => findings.push({ where: 'live OS', path, found });
    for (const entry of [...owned.liveOs, ...(owned.packageFiles ?? [])]) {
        const wrote = entry.from ? `${entry.from} installs` : 'the action wrote';
        const found = await image.lookup(entry.path);
        if (!found.found) {
            add(entry.path, found.reason === 'missing'
                ? `missing (no ${found.at})${entry.from ? `, which ${entry.from} installs` : ''}`
                : found.reason === 'symlink-parent'
                    ? `reached through a symbolic link, ${found.at} → ${found.target}`
                    : `missing (${found.at} is a ${found.type}, not a directory)`);
            continue;
        }
        const { node } = found;
        if (entry.kind === 'link') {
            if (node.kind !== 'symlink' || node.target !== entry.target)
                add(entry.path, `${describeNode(node)}, not a symbolic link to ${entry.target}${entry.from ? ` (what ${wrote})` : ''}`);
            continue;
        }
        if (entry.kind === 'directory') {
            if (node.kind !== 'directory')
                add(entry.path, `${describeNode(node)}, not the directory ${wrote}`);
            continue;
        }
        if (node.kind !== 'file') {
            add(entry.path, `${describeNode(node)}, not the regular file ${wrote}`);
            continue;
        }
        // A different size is a different file: its bytes are not read.
        if (node.size !== entry.size) {
            add(entry.path, `a regular file of ${node.size} bytes, not the ${entry.size} bytes ${wrote}`);
            continue;
        }
        const digest = await image.sha256(node);
        if (digest !== entry.sha256)
            add(entry.path, `a regular file with SHA-256 ${digest}, not ${entry.sha256} (what ${wrote})`);
    }
    for (const path of owned.absent) {
        const found = await image.lookup(path);
        if (!found.found) {
            // A folder on the way that is a link leads elsewhere, where systemd would look all the same; a merged folder leads where the paths are Trident's own.
            if (found.reason === 'symlink-parent' && !owned.mergedFolders?.[found.at]?.includes(found.target))
                add(path, `reached through a symbolic link, ${found.at} → ${found.target}`);
            continue;
        }
        const { node } = found;
        if (node.kind === 'directory') {
            const entries = await image.list(node, path);
            if (entries.length > 0)
                add(path, `a folder holding ${entries
                    .map((e) => e.name)
                    .slice(0, 5)
                    .join(', ')}${entries.length > 5 ? ', …' : ''}`);
        }
        else
            add(path, describeNode(node));
    }
    return findings;
}
/**
 * Checks the ISO at `iso` (its bytes, through the readers here): every owned
 * path is what the action wrote. Returns what differs and how many bytes it
 * read; throws UncheckableIsoError when the ISO or its live OS image cannot be
 * read (malformed, another compressor), which must stop the delivery too.
 */
async function checkOwnedOnIso(iso, owned) {
    const source = countingSource(iso);
    const findings = [];
    try {
        const volume = await readIsoVolume(source);
        for (const entry of owned.media) {
            const file = findFile(volume, entry.path);
            if (!file)
                findings.push({ where: 'ISO media', path: entry.path, found: 'missing, or not a regular file' });
            else if (file.size !== entry.size)
                findings.push({
                    where: 'ISO media',
                    path: entry.path,
                    found: `a file of ${file.size} bytes, not the ${entry.size} bytes the action put there`,
                });
            else if (entry.sha256 !== undefined) {
                const bytes = await fileSource(source, file).read(0, file.size);
                const digest = sha256(bytes);
                if (digest !== entry.sha256)
                    findings.push({ where: 'ISO media', path: entry.path, found: `a file with SHA-256 ${digest}, not ${entry.sha256}` });
            }
        }
        if (owned.liveOs.length > 0 || owned.absent.length > 0 || (owned.packageFiles?.length ?? 0) > 0) {
            const rootfs = findFile(volume, LIVE_OS_IMAGE);
            if (!rootfs)
                throw new UncheckableIsoError(`it has no ${LIVE_OS_IMAGE}, where Image Customizer puts the live OS (iso.initramfsType full-os puts it in the initramfs instead, which the action does not read)`);
            const image = await SquashfsImage.open(fileSource(source, rootfs)).catch((error) => {
                throw new UncheckableIsoError(`its ${LIVE_OS_IMAGE} cannot be read: ${error.message}`);
            });
            findings.push(...(await checkLiveOs(image, owned).catch((error) => {
                throw error instanceof UncheckableIsoError
                    ? error
                    : new UncheckableIsoError(`its ${LIVE_OS_IMAGE} cannot be read: ${error.message}`);
            })));
        }
    }
    catch (error) {
        if (error instanceof UncheckableIsoError)
            throw error;
        throw new UncheckableIsoError(error.message);
    }
    return { findings, bytesRead: source.bytesRead };
}

;// CONCATENATED MODULE: ./build/stages/deliver.js
// Stage 5: the ISO checked where Image Customizer wrote it, then moved to
// `output` (never over an existing file) and hashed: one full read of the ISO
// here, the upload's the only other. After it, the disk is freed for later steps.











/** Something appeared at `output` while the ISO was built. */
class OutputTaken extends Error {
}
const code = (error) => error.code;
/**
 * rename() replaces whatever is at `to`, so `to` is claimed first with an empty
 * file of this run's (O_EXCL: fails if anything is there), then replaced.
 * Returns false across filesystems (EXDEV), with the claim removed.
 */
async function renameOverClaim(from, to) {
    const claim = await (0,promises_.open)(to, 'wx').catch((error) => {
        throw code(error) === 'EEXIST' ? new OutputTaken() : error;
    });
    await claim.close();
    try {
        await (0,promises_.rename)(from, to);
        return true;
    }
    catch (error) {
        await (0,promises_.rm)(to, { force: true });
        if (code(error) === 'EXDEV')
            return false;
        throw error;
    }
}
/**
 * Moves the ISO to `output`, which must not exist. A hard link fails rather
 * than overwrite. Where this user may not link the file (Image Customizer's
 * container wrote it as root, and fs.protected_hardlinks forbids linking
 * another user's file, as on hosted runners) it is renamed over a claim;
 * neither reads it. Only across filesystems is it copied, hashed on the way, to
 * a temporary name beside `output` first, so a full disk never leaves a partial
 * file at `output`; `onPartial` records that name so a cancellation's cleanup
 * removes it too.
 */
async function moveNoClobber(from, to, onPartial) {
    try {
        await (0,promises_.link)(from, to);
        await (0,promises_.rm)(from, { force: true });
        return { how: 'linked' };
    }
    catch (error) {
        if (code(error) === 'EEXIST')
            throw new OutputTaken();
        if (code(error) !== 'EXDEV' && code(error) !== 'EPERM')
            throw error;
        if (code(error) === 'EPERM' && (await renameOverClaim(from, to)))
            return { how: 'renamed' };
    }
    const partial = `${to}${partialSuffix()}`;
    // Created exclusively (a file of that name that is not ours is never touched) and recorded
    // before a byte is written: a cancellation during the long copy finds the name and removes it.
    const sha256 = await copySha256(from, partial, () => onPartial(partial));
    try {
        await (0,promises_.link)(partial, to).catch(async (e) => {
            if (code(e) === 'EEXIST')
                throw new OutputTaken();
            // A filesystem without hard links: rename, after checking nothing is there.
            if (code(e) !== 'EPERM' && code(e) !== 'ENOTSUP' && code(e) !== 'EOPNOTSUPP')
                throw e;
            if (await (0,fs/* pathExists */.s)(to))
                throw new OutputTaken();
            await (0,promises_.rename)(partial, to);
        });
        await (0,promises_.rm)(from, { force: true });
        return { how: 'copied', sha256 };
    }
    finally {
        await (0,promises_.rm)(partial, { force: true });
    }
}
async function deliver({ inputs, work, leftovers }, log) {
    const written = external_node_path_.join(work.output, external_node_path_.basename(inputs.output));
    // Checked where Image Customizer wrote it: a bad file never reaches `output`.
    const { size } = await checkIso(written);
    const moved = await moveNoClobber(written, inputs.output, (partial) => leftovers.track({ partialOutput: partial })).catch((error) => {
        if (!(error instanceof OutputTaken))
            throw error;
        throw new errors/* InputError */.d('output', `${inputs.output} appeared while the ISO was built; the action never overwrites a file. The ISO was not moved there.`);
    });
    const sha256 = moved.how === 'copied' ? moved.sha256 : await sha256File(inputs.output);
    log(`${inputs.output}: ${size} bytes, SHA-256 ${sha256} (${moved.how === 'copied' ? 'copied from another filesystem' : 'moved'})`);
    return { path: inputs.output, size, sha256 };
}
/** What the check found, one line each. */
function findingLines(findings) {
    return findings.map((f) => `  ${f.path} (${f.where}): ${f.found}`).join('\n');
}
/** The error for an ISO that does not hold what the action wrote, on the input that could have changed it. */
function ownedFilesChanged(input, findings) {
    const lines = findingLines(findings);
    const notDelivered = 'The ISO was not delivered (nothing was written to output or uploaded).';
    if (input === 'extra-config')
        return new errors/* InputError */.d('extra-config', `the ISO Image Customizer built does not hold what the action wrote: a script it adds (scripts.postCustomization or scripts.finalizeCustomization, run as root in the live OS) or an entry of it changed or added these:\n${lines}\n` +
            `The ISO carries exactly one host config, the one the action checked, read by Trident's own units and binary as the RPMs given install them. ${notDelivered} Remove what writes these paths; give the host config as host-config.`);
    if (input === 'config')
        return new errors/* InputError */.d('config', `the ISO Image Customizer built from it does not hold the host config it carries (os.additionalFiles) or Trident's files as the RPMs given install them: a script or an entry of the config changed them:\n${lines}\n${notDelivered} Give the host config only through os.additionalFiles, and let nothing else write it or Trident's files.`);
    return new Error(`The ISO Image Customizer built does not hold what the action wrote:\n${lines}\nNothing the inputs add runs scripts: the base image or a package it installs put these there, or this is a bug in the action or Image Customizer. ${notDelivered}`);
}
/**
 * The ISO's bytes hold what the action wrote (src/iso/owned-check.ts): read
 * from outside the image, after every script of the config ran, before the
 * ISO goes anywhere. Reads the ISO's directory, the live OS image's tables
 * and the few owned files, not the ISO.
 */
function checkOwnedFiles(config) {
    return async ({ inputs, work }, log) => {
        const { expected, input } = config.owned;
        const written = external_node_path_.join(work.output, external_node_path_.basename(inputs.output));
        const iso = await openFileSource(written);
        let result;
        try {
            result = await checkOwnedOnIso(iso, expected);
        }
        catch (error) {
            if (!(error instanceof UncheckableIsoError))
                throw error;
            throw new Error(`The ISO's live OS could not be checked: ${error.message}. The action delivers an ISO only once it has read from its bytes that it holds the host config the action checked, so the ISO was not delivered.`);
        }
        finally {
            await iso.close();
        }
        if (result.findings.length > 0)
            throw ownedFilesChanged(input, result.findings);
        const checked = expected.liveOs.length + (expected.packageFiles?.length ?? 0) + expected.absent.length + expected.media.length;
        log(`The ISO holds what the action wrote (${checked} paths of the live OS and the media checked from its bytes; ${result.bytesRead} of its ${iso.size} bytes read).`);
    };
}
/** "Check ISO": the ISO is an ISO, holds what the action wrote, and is then delivered. */
function checkAndDeliver(config) {
    return async (ctx, log) => {
        await checkIso(external_node_path_.join(ctx.work.output, external_node_path_.basename(ctx.inputs.output)));
        await checkOwnedFiles(config)(ctx, log);
        return deliver(ctx, log);
    };
}
/** Removes what `remove` says (as root through the engine where this user may not); warns about what stays. Never fails a build. */
async function free(ctx, remove) {
    const { work, inputs, rt } = ctx;
    const asRoot = (0,tools_engine/* rootRemover */.Rs)(ctx.exec, inputs.containerEngine, inputs.imageCustomizerImage, (line) => rt.console.info(line));
    const stuck = await remove(asRoot).catch((error) => [`${work.root} (${(0,errors/* errorMessage */.g)(error)})`]);
    if (stuck.length > 0)
        rt.warning({ message: `Could not free ${stuck.join(', ')}; the post step tries again.` });
}
/**
 * What Image Customizer's run leaves that nothing reads once it has ended: its
 * build folder, the RPM folder it was given, a base image pulled for this run
 * only (a cached one may still be being saved: it goes with the rest). Freed
 * beside the ISO's check rather than after it.
 */
function freeAfterCustomizer(ctx) {
    const { work } = ctx;
    return () => free(ctx, (asRoot) => (0,workdir/* removePaths */.Fz)([work.build, work.rpms, work.base], asRoot));
}
/** Frees the disk once the ISO is out and the background work has ended: the bulky parts of the work folder and the cache staging. */
function freeSpace(ctx) {
    return free(ctx, (asRoot) => (0,workdir/* trimWorkDir */.NV)(ctx.work, asRoot, ctx.cache ? [ctx.cacheRoot] : []));
}

;// CONCATENATED MODULE: ./build/customizer/files.js
// Reading and writing Image Customizer config files (YAML, via the yaml package).




const files_HEADER = [
    ' Image Customizer config written by trident-iso-action.',
    ' Paths are as the container sees them: /config is this folder,',
    ' /inputs/cosi holds the COSI (read-only), /rpms the Trident RPMs.',
].join('\n');
/** The config as YAML text, with a note under the header when there is one to make. Pure. */
function configYaml(config, note) {
    const doc = new dist/* Document */.yo(config);
    doc.commentBefore = note ? `${files_HEADER}\n${note.replace(/^/gm, ' ')}` : files_HEADER;
    return doc.toString({ lineWidth: 0 });
}
async function writeConfigFile(file, config, note) {
    await (0,promises_.writeFile)(file, configYaml(config, note), { flag: 'wx' });
}
/** Replaces a config the action wrote earlier in its own folder (never a user's file): a new file renamed over it. */
async function replaceConfigFile(file, config) {
    const next = `${file}.next`;
    await (0,promises_.writeFile)(next, configYaml(config), { flag: 'wx' });
    await (0,promises_.rename)(next, file);
}
async function readUserConfig(file) {
    return parseYamlMapping(await (0,limits/* readInputText */._)('config', file, 'customizerConfig'), 'config', file);
}

// EXTERNAL MODULE: ./build/run/stages.js
var run_stages = __webpack_require__(89751);
// EXTERNAL MODULE: ./build/tools/qemu.js
var qemu = __webpack_require__(89466);
// EXTERNAL MODULE: ./build/verify/size.js
var verify_size = __webpack_require__(98063);
;// CONCATENATED MODULE: ./build/verify/disks.js
// The VM's disks for `verify: install`: one blank disk per disk of the host
// config, attached so that the device path the host config names exists in
// the VM and leads to that disk, each sized from its partitions. Pure.
//
// What a path becomes in a q35 VM (systemd's udev path_id and
// 60-persistent-storage.rules name the links; the kernel names the disks):
// - /dev/sdX: SATA disks on the ICH9 AHCI controller, lettered in port order
//   (the CD-ROM is sr0 and takes no letter);
// - /dev/vdX: virtio-blk disks, lettered in PCI slot order;
// - /dev/disk/by-path/pci-0000:00:1f.2-ata-N and ...-ata-N.0: AHCI port N-1
//   (QEMU bus ide.N-1; udev's port_no is 1-based);
// - /dev/disk/by-path/pci-0000:00:SS.0 (and the older virtio-pci-...): the
//   virtio-blk disk at PCI slot SS;
// - /dev/disk/by-id/ata-QEMU_HARDDISK_<serial>, /dev/disk/by-id/virtio-<serial>:
//   a SATA or virtio disk with that serial.
// Anything else has no VM equivalent here and is refused before the build.


/** Ports of the ICH9 AHCI controller (QEMU buses ide.0 to ide.5). */
const SATA_PORTS = 6;
/** PCI slots on bus 0 a disk or the NIC may take: 00 is the host bridge, 1f the ICH9 functions (AHCI is 1f.2). */
const PCI_SLOTS = Array.from({ length: 0x1e }, (_, i) => i + 1);
/** The slot the NIC takes unless a disk needs it (then the next free one). */
const NIC_SLOT = 0x02;
/** Where /dev/vdX disks go unless a pinned slot comes first. */
const FIRST_VIRTIO_SLOT = 0x10;
/** The AHCI controller's PCI address, as udev writes it. */
const AHCI_PCI = '0000:00:1f.2';
/** Partition table overhead: 1 MiB before the first partition (alignment) and 1 MiB for the backup GPT. */
const GPT_OVERHEAD = 2 * verify_size/* MiB */.lv;
/** Room given to a disk with a `grow` partition, beyond its fixed partitions. */
const GROW_ROOM = 8 * verify_size/* GiB */.T3;
/** A disk the host config describes without partitions (RAID members, adopted disks) still needs some room. */
const MIN_DISK = 1 * verify_size/* GiB */.T3;
/** Disks added only so that /dev/sdX or /dev/vdX letters line up. */
const FILLER_SIZE = 64 * verify_size/* MiB */.lv;
// ------------------------------------------------------------------ sizes
/** What a disk needs: its fixed partitions, the GPT, and room for `grow`. */
function requiredBytes(partitions) {
    let fixed = 0;
    let grow = false;
    for (const [index, p] of partitions.entries()) {
        const size = (0,verify_size/* parseSize */.DB)(mapping_isMapping(p) ? p.size : undefined);
        if (size === undefined)
            return { bytes: 0, grow, bad: { index, size: mapping_isMapping(p) ? p.size : undefined } };
        if (size === 'grow')
            grow = true;
        else
            fixed += size;
    }
    if (partitions.length === 0)
        return { bytes: MIN_DISK, grow };
    const bytes = fixed + GPT_OVERHEAD + (grow ? GROW_ROOM : 0);
    return { bytes: Math.ceil(bytes / verify_size/* MiB */.lv) * verify_size/* MiB */.lv, grow };
}
/** Serials QEMU and udev both keep as they are (ATA and virtio serials hold 20 bytes). */
const SERIAL = '([A-Za-z0-9._-]{1,20})';
const SUPPORTED = [
    '/dev/sdX (SATA)',
    '/dev/vdX (virtio)',
    `/dev/disk/by-path/pci-${AHCI_PCI}-ata-N[.0] (SATA port N, 1 to ${SATA_PORTS})`,
    '/dev/disk/by-path/pci-0000:00:SS.0 (virtio at PCI slot SS, 01 to 1e)',
    '/dev/disk/by-id/ata-QEMU_HARDDISK_<serial>',
    '/dev/disk/by-id/virtio-<serial>',
].join(', ');
/** What a host config's `device` path is in the VM, or why it cannot be. */
function parseDevice(device) {
    let m;
    if ((m = /^\/dev\/sd([a-z])$/.exec(device))) {
        const index = (m[1] ?? 'a').charCodeAt(0) - 97;
        if (index >= SATA_PORTS - 1)
            return { problem: `the VM has ${SATA_PORTS} SATA ports, one of them for the installer's CD-ROM: /dev/sda to /dev/sde` };
        return { kind: 'sd', index };
    }
    if ((m = /^\/dev\/vd([a-z])$/.exec(device)))
        return { kind: 'vd', index: (m[1] ?? 'a').charCodeAt(0) - 97 };
    if ((m = new RegExp(`^/dev/disk/by-path/pci-${AHCI_PCI.replace(/\./g, '\\.')}-ata-(\\d+)(?:\\.(\\d+))?$`).exec(device))) {
        const n = Number(m[1]);
        if (m[2] !== undefined && m[2] !== '0')
            return { problem: `target ${m[2]} is behind a SATA port multiplier, which the VM does not have (use ...-ata-${n}.0 or ...-ata-${n})` };
        if (n < 1 || n > SATA_PORTS)
            return { problem: `the VM's AHCI controller has ports 1 to ${SATA_PORTS} (ata-1 to ata-${SATA_PORTS})` };
        return { kind: 'ata-path', port: n - 1 };
    }
    if ((m = /^\/dev\/disk\/by-path\/(?:virtio-)?pci-0000:00:([0-9a-f]{2})\.0$/.exec(device))) {
        const slot = parseInt(m[1] ?? '', 16);
        if (!PCI_SLOTS.includes(slot))
            return { problem: 'a virtio disk can take PCI slots 01 to 1e on bus 00 (00 is the host bridge, 1f the chipset)' };
        return { kind: 'pci-path', slot };
    }
    if ((m = new RegExp(`^/dev/disk/by-id/ata-QEMU_HARDDISK_${SERIAL}$`).exec(device)))
        return { kind: 'ata-id', serial: m[1] ?? '' };
    if ((m = new RegExp(`^/dev/disk/by-id/virtio-${SERIAL}$`).exec(device)))
        return { kind: 'virtio-id', serial: m[1] ?? '' };
    return { problem: `it is not a path the VM can provide; the VM provides ${SUPPORTED}` };
}
/**
 * Fills positions (ascending) so that each lettered disk gets its letter:
 * pinned disks keep their position; at a free position, the next lettered
 * disk goes there when its letter is the next one, else a serial disk (or a
 * filler, when no pinned disk comes later to take the letter) consumes the
 * letter; the remaining serial disks take the highest free positions.
 * Returns problems instead when the letters cannot line up.
 */
function place(bus, positions, pinned, lettered, serials, allowed) {
    const disks = [];
    const problems = [];
    const queue = [...lettered].sort((a, b) => letterOf(a) - letterOf(b));
    const floating = [...serials];
    const name = (i) => `/dev/${bus === 'sata' ? 'sd' : 'vd'}${String.fromCharCode(97 + i)}`;
    const asDisk = (w, position) => ({
        id: w.id,
        device: w.device,
        bus,
        position,
        ...('serial' in w.ref ? { serial: w.ref.serial } : {}),
        bytes: w.bytes,
        filler: false,
    });
    let letter = 0;
    const used = new Set();
    for (const [i, position] of positions.entries()) {
        const fixed = pinned.get(position);
        const next = queue[0];
        if (fixed) {
            if (next && letterOf(next) === letter) {
                problems.push({ pointer: next.pointer, message: `${next.device} would be the same disk as ${fixed.device} in the VM` });
                queue.shift();
            }
            disks.push(asDisk(fixed, position));
            used.add(position);
            letter++;
            continue;
        }
        if (!next || !allowed(position))
            continue;
        const laterPinned = positions.slice(i + 1).some((p) => pinned.has(p));
        if (letterOf(next) === letter) {
            queue.shift();
            disks.push(asDisk(next, position));
        }
        else if (floating.length > 0) {
            disks.push(asDisk(floating.shift(), position));
        }
        else if (laterPinned) {
            continue; // the pinned disk further on takes this letter
        }
        else {
            disks.push({ id: `filler-${name(letter).slice(5)}`, bus, position, bytes: FILLER_SIZE, filler: true });
        }
        used.add(position);
        letter++;
    }
    for (const w of queue)
        problems.push({
            pointer: w.pointer,
            message: `${w.device} cannot be given its letter: there are not enough free ${bus === 'sata' ? 'SATA ports' : 'PCI slots'}`,
        });
    // The rest go to the highest free positions, after every lettered disk, so they shift no letter.
    for (const w of floating) {
        const position = [...positions].reverse().find((p) => !used.has(p) && !pinned.has(p));
        if (position === undefined) {
            problems.push({ pointer: w.pointer, message: `${w.device}: no free ${bus === 'sata' ? 'SATA port' : 'PCI slot'} is left for it` });
            continue;
        }
        used.add(position);
        disks.push(asDisk(w, position));
    }
    return { disks: disks.sort((a, b) => a.position - b.position), problems };
}
function letterOf(w) {
    return w.ref.kind === 'sd' || w.ref.kind === 'vd' ? w.ref.index : -1;
}
/**
 * The VM's disks for a parsed host config (`storage.disks`), each at least
 * `diskBytes` when given (verify-disk-size), or the problems that make the
 * host config impossible to install in the VM.
 */
function planDisks(hostConfig, diskBytes) {
    const problems = [];
    const storage = mapping_isMapping(hostConfig) ? hostConfig.storage : undefined;
    const list = mapping_isMapping(storage) && Array.isArray(storage.disks) ? storage.disks : [];
    const empty = { disks: [], cdromPort: 0, nicSlot: NIC_SLOT };
    if (list.length === 0) {
        return {
            plan: empty,
            problems: [{ pointer: '/storage/disks', message: 'lists no disk: `verify: install` needs the disks Trident installs onto' }],
        };
    }
    const wanted = [];
    const seen = new Map();
    for (const [i, d] of list.entries()) {
        const pointer = `/storage/disks/${i}/device`;
        const id = mapping_isMapping(d) && typeof d.id === 'string' ? d.id : `disk${i}`;
        const device = mapping_isMapping(d) && typeof d.device === 'string' ? d.device : undefined;
        if (device === undefined) {
            problems.push({ pointer, message: 'has no device path for the VM to provide' });
            continue;
        }
        const ref = parseDevice(device);
        if ('problem' in ref) {
            problems.push({ pointer, message: `${device}: ${ref.problem}` });
            continue;
        }
        const partitions = mapping_isMapping(d) && Array.isArray(d.partitions) ? d.partitions : [];
        const need = requiredBytes(partitions);
        if (need.bad) {
            problems.push({
                pointer: `/storage/disks/${i}/partitions/${need.bad.index}/size`,
                message: `size ${JSON.stringify(need.bad.size)} is not one Trident reads (grow, bytes, or a number with K, M, G or T)`,
            });
            continue;
        }
        if (diskBytes !== undefined && diskBytes < need.bytes - (need.grow ? GROW_ROOM : 0)) {
            problems.push({
                pointer,
                message: `disk '${id}' needs at least ${need.bytes - (need.grow ? GROW_ROOM : 0)} bytes for its partitions; verify-disk-size gives ${diskBytes}`,
            });
            continue;
        }
        const key = identity(ref);
        const other = seen.get(key);
        if (other !== undefined) {
            problems.push({ pointer, message: `${device} names the same VM disk as ${other}` });
            continue;
        }
        seen.set(key, device);
        wanted.push({ id, device, pointer, ref, bytes: diskBytes ?? need.bytes });
    }
    const sataPinned = new Map();
    const virtioPinned = new Map();
    for (const w of wanted) {
        if (w.ref.kind === 'ata-path')
            sataPinned.set(w.ref.port, w);
        if (w.ref.kind === 'pci-path')
            virtioPinned.set(w.ref.slot, w);
    }
    const sata = place('sata', Array.from({ length: SATA_PORTS }, (_, i) => i), sataPinned, wanted.filter((w) => w.ref.kind === 'sd'), wanted.filter((w) => w.ref.kind === 'ata-id'), () => true);
    const lettered = wanted.filter((w) => w.ref.kind === 'vd');
    // /dev/vdX disks start at FIRST_VIRTIO_SLOT, unless a pinned slot below it would take their letters.
    const virtio = place('virtio', PCI_SLOTS, virtioPinned, lettered, wanted.filter((w) => w.ref.kind === 'virtio-id'), (slot) => slot >= FIRST_VIRTIO_SLOT || [...virtioPinned.keys()].some((p) => p > slot));
    problems.push(...sata.problems, ...virtio.problems);
    const disks = [...sata.disks, ...virtio.disks];
    const taken = new Set(sata.disks.map((d) => d.position));
    const cdromPort = Array.from({ length: SATA_PORTS }, (_, i) => i).find((p) => !taken.has(p));
    if (cdromPort === undefined && problems.length === 0) {
        problems.push({ pointer: '/storage/disks', message: `uses all ${SATA_PORTS} SATA ports; the installer's CD-ROM needs one` });
    }
    const slots = new Set(virtio.disks.map((d) => d.position));
    const nicSlot = PCI_SLOTS.find((s) => s >= NIC_SLOT && !slots.has(s)) ?? NIC_SLOT;
    const plan = { disks, cdromPort: cdromPort ?? 0, nicSlot };
    // The placement is only right if the kernel and udev would name each disk as the host config does.
    if (problems.length === 0) {
        const paths = devicePaths(plan);
        for (const w of wanted) {
            if (paths.get(w.device) !== w.id)
                problems.push({ pointer: w.pointer, message: `${w.device} cannot be made to lead to disk '${w.id}' in the VM` });
        }
    }
    return { plan, problems };
}
/** Two refs that are the same VM disk share this key. */
function identity(ref) {
    switch (ref.kind) {
        case 'ata-path':
            return `sata-port-${ref.port}`;
        case 'pci-path':
            return `pci-slot-${ref.slot}`;
        default:
            return JSON.stringify(ref);
    }
}
/**
 * The device paths that exist in the VM, each with the id of its disk: what
 * the kernel and udev make of the plan. Pure; planDisks checks its placement
 * against it, and the tests check it against a real kernel.
 */
function devicePaths(plan) {
    const paths = new Map();
    const hex = (n) => n.toString(16).padStart(2, '0');
    const sata = plan.disks.filter((d) => d.bus === 'sata').sort((a, b) => a.position - b.position);
    for (const [i, d] of sata.entries()) {
        paths.set(`/dev/sd${String.fromCharCode(97 + i)}`, d.id);
        paths.set(`/dev/disk/by-path/pci-${AHCI_PCI}-ata-${d.position + 1}`, d.id);
        paths.set(`/dev/disk/by-path/pci-${AHCI_PCI}-ata-${d.position + 1}.0`, d.id);
        if (d.serial)
            paths.set(`/dev/disk/by-id/ata-QEMU_HARDDISK_${d.serial}`, d.id);
    }
    const virtio = plan.disks.filter((d) => d.bus === 'virtio').sort((a, b) => a.position - b.position);
    for (const [i, d] of virtio.entries()) {
        paths.set(`/dev/vd${String.fromCharCode(97 + i)}`, d.id);
        paths.set(`/dev/disk/by-path/pci-0000:00:${hex(d.position)}.0`, d.id);
        paths.set(`/dev/disk/by-path/virtio-pci-0000:00:${hex(d.position)}.0`, d.id);
        if (d.serial)
            paths.set(`/dev/disk/by-id/virtio-${d.serial}`, d.id);
    }
    return paths;
}

// EXTERNAL MODULE: ./build/verify/patterns.js
var patterns = __webpack_require__(24837);
;// CONCATENATED MODULE: ./build/verify/qemu-argv.js
/** A value inside a QEMU -drive/-chardev option list: commas are doubled. */
function optionValue(value) {
    return value.replaceAll(',', ',,');
}
function hex(n) {
    return `0x${n.toString(16).padStart(2, '0')}`;
}
function diskArgs(disk, index, file, bootIndex) {
    const drive = `disk${index}`;
    const serial = disk.serial ? `,serial=${disk.serial}` : '';
    const device = disk.bus === 'sata'
        ? `ide-hd,drive=${drive},bus=ide.${disk.position}${serial},bootindex=${bootIndex}`
        : `virtio-blk-pci,drive=${drive},addr=${hex(disk.position)}${serial},bootindex=${bootIndex}`;
    // Zeros the installer writes (the empty parts of filesystem images) stay unallocated in the sparse qcow2.
    return ['-drive', `if=none,id=${drive},format=qcow2,discard=unmap,detect-zeroes=unmap,file=${optionValue(file)}`, '-device', device];
}
function qemuArgv(spec) {
    const argv = [
        spec.qemu,
        '-name',
        optionValue(spec.name),
        '-machine',
        'q35',
        '-accel',
        spec.accelerator,
        // Under KVM the host's CPU; under TCG every feature QEMU emulates (the default qemu64 lacks what current kernels expect).
        '-cpu',
        spec.accelerator === 'kvm' ? 'host' : 'max',
        '-smp',
        String(spec.cpus),
        '-m',
        String(spec.memoryMiB),
        '-nodefaults',
        '-no-user-config',
        '-display',
        'none',
        '-drive',
        `if=pflash,format=raw,unit=0,readonly=on,file=${optionValue(spec.firmwareCode)}`,
        '-drive',
        `if=pflash,format=raw,unit=1,file=${optionValue(spec.firmwareVars)}`,
        '-chardev',
        `file,id=serial0,path=${optionValue(spec.serialLog)},append=on`,
        '-serial',
        'chardev:serial0',
        // A NIC with DHCP (QEMU's user network): the live OS's network-online.target and an http(s) COSI need one.
        '-netdev',
        'user,id=net0',
        '-device',
        `virtio-net-pci,netdev=net0,addr=${hex(spec.plan.nicSlot)}`,
    ];
    if (spec.iso) {
        argv.push('-drive', `if=none,id=cdrom,media=cdrom,readonly=on,format=raw,file=${optionValue(spec.iso)}`, '-device', `ide-cd,drive=cdrom,bus=ide.${spec.plan.cdromPort},bootindex=0`);
    }
    for (const [i, disk] of spec.plan.disks.entries()) {
        const file = spec.diskFiles.get(disk.id);
        if (file === undefined)
            throw new Error(`no disk file for '${disk.id}'`);
        argv.push(...diskArgs(disk, i, file, i + 1));
    }
    if (spec.noReboot)
        argv.push('-no-reboot');
    return argv;
}
/** `qemu-img create` of one blank disk. */
function diskCreateArgv(qemuImg, file, bytes) {
    return [qemuImg, 'create', '-q', '-f', 'qcow2', file, String(bytes)];
}

// EXTERNAL MODULE: ./build/verify/report.js
var verify_report = __webpack_require__(19820);
;// CONCATENATED MODULE: ./build/verify/watcher.js
// Reads a VM's serial console as it arrives: bytes in, clean lines out, and
// the first line each watched pattern matches. Pure: the caller feeds it
// what it reads from the serial log.
//
// What the console holds that a plain line split gets wrong: ANSI escape
// sequences (colours, cursor moves from systemd, GRUB and the firmware), CR
// as well as LF line ends, and prompts that end without a newline
// ("<hostname> login: " waits on the same line), so the line still being
// written is matched too. A sequence or a UTF-8 character split between two
// reads is put together first.
/** Longest line kept; a console that never ends a line (a progress bar) cannot grow memory without bound. */
const MAX_LINE = 4096;
class SerialWatcher {
    keep;
    decoder = new TextDecoder('utf-8');
    state = 'text';
    line = '';
    /** Patterns that already matched the line being written (it is matched again as it grows). */
    matchedHere = new Set();
    lines = [];
    patterns;
    constructor(patterns = [], 
    /** How many complete lines tail() can return. */
    keep = 200) {
        this.keep = keep;
        this.patterns = [...patterns];
    }
    /** Watches other patterns from now on (the next phase). */
    watch(patterns) {
        this.patterns = [...patterns];
        this.matchedHere = new Set();
    }
    /**
     * Feeds bytes from the console; returns the complete lines they finished
     * and the patterns that matched, in console order.
     */
    push(chunk) {
        return this.text(this.decoder.decode(chunk, { stream: true }));
    }
    /** The end of the console: the line being written counts as complete. */
    end() {
        const out = this.text(this.decoder.decode());
        if (this.line.trim() !== '') {
            const last = this.line;
            out.matches.push(...this.match(last));
            out.lines.push(this.finish());
        }
        return out;
    }
    /** The last n complete lines (and the one being written, if any), for error messages. */
    tail(n) {
        const all = this.line.trim() === '' ? this.lines : [...this.lines, this.line];
        return all.slice(-n);
    }
    text(text) {
        const lines = [];
        const matches = [];
        let grew = false;
        for (const ch of text) {
            switch (this.state) {
                case 'esc':
                    // ESC [ starts a CSI sequence, ESC ] an OSC string, ESC ( ) * + a charset designation; any other byte ends a two-byte sequence.
                    this.state = ch === '[' ? 'csi' : ch === ']' ? 'osc' : '()*+'.includes(ch) ? 'charset' : 'text';
                    continue;
                case 'csi':
                    // Parameters and intermediates are 0x20-0x3f; a final byte 0x40-0x7e ends the sequence.
                    if (ch >= '@' && ch <= '~')
                        this.state = 'text';
                    continue;
                case 'osc':
                    if (ch === '\u0007')
                        this.state = 'text';
                    else if (ch === '\u001b')
                        this.state = 'osc-esc';
                    continue;
                case 'osc-esc':
                    this.state = ch === '\\' ? 'text' : 'osc';
                    continue;
                case 'charset':
                    this.state = 'text';
                    continue;
                case 'text':
                    break;
            }
            if (ch === '\u001b') {
                this.state = 'esc';
            }
            else if (ch === '\n' || ch === '\r') {
                if (this.line.trim() !== '') {
                    matches.push(...this.match(this.line));
                    lines.push(this.finish());
                }
                else {
                    this.line = '';
                }
                grew = false;
            }
            else if (ch === '\t' || ch >= ' ') {
                if (ch === '\u007f')
                    continue;
                if (this.line.length < MAX_LINE)
                    this.line += ch;
                grew = true;
            }
            // Other control characters (bell, backspace, NUL from a firmware) are dropped.
        }
        // A prompt waits without a newline: match the line being written too.
        if (grew && this.line.trim() !== '')
            matches.push(...this.match(this.line));
        return { lines, matches };
    }
    match(line) {
        const found = [];
        for (const p of this.patterns) {
            if (this.matchedHere.has(p.name))
                continue;
            if (p.regex.test(line)) {
                this.matchedHere.add(p.name);
                found.push({ name: p.name, line: line.trim() });
            }
        }
        return found;
    }
    finish() {
        const done = this.line.trimEnd();
        this.lines.push(done);
        if (this.lines.length > this.keep)
            this.lines.shift();
        this.line = '';
        this.matchedHere = new Set();
        return done;
    }
}

;// CONCATENATED MODULE: ./build/stages/verify.js
// Stage 6 (with `verify`): the ISO in a VM. Boot: the live OS comes up from
// the ISO and Trident starts. Install: Trident installs onto blank disks
// attached where the host config says, and reboots (-no-reboot turns the
// reboot into QEMU's exit). First boot: the disks boot again, without the
// ISO and with the same UEFI variables (Trident sets BootNext there), until
// the installed OS's login prompt. Each phase is a stage of its own (the
// gantt chart shows them); the serial console is read as it arrives; a
// failure pattern, an unexpected end of the VM or the timeout fails it. QEMU
// is stopped and the disks removed however it ends.



















/** The installed disk files kept in verify-disk-dir are named after the disk ids, made safe for a file name. */
function keptDiskName(id) {
    return `${id.replace(/[^A-Za-z0-9._-]/g, '_')}.qcow2`;
}
/** With a complete user config: the host config it puts at /etc/trident/config.yaml (os.additionalFiles, by source). */
async function hostConfigOfConfig(config) {
    const parsed = await readUserConfig(config);
    const files = mapping_isMapping(parsed.os) && Array.isArray(parsed.os.additionalFiles) ? parsed.os.additionalFiles : [];
    const entry = files.find((f) => mapping_isMapping(f) && f.destination === HOST_CONFIG_DESTINATION && typeof f.source === 'string');
    return mapping_isMapping(entry) && typeof entry.source === 'string' ? external_node_path_.resolve(external_node_path_.dirname(config), entry.source) : undefined;
}
/**
 * Everything a verification needs, checked before the build: the host
 * config's disks can be given to the VM, nothing would be overwritten, and
 * (unless only validating) QEMU and OVMF are installed.
 */
async function planVerification(options, sources, env, machine, log) {
    let disks;
    let hostname;
    if (sources.hostConfig) {
        const file = sources.hostConfig;
        const parsed = parseHostConfig(await (0,limits/* readInputText */._)('host-config', file, 'hostConfig'));
        if ('error' in parsed)
            throw new trident_problems/* HostConfigError */.jB(file, [parsed.error]);
        const os = mapping_isMapping(parsed.value) ? parsed.value.os : undefined;
        if (mapping_isMapping(os) && typeof os.hostname === 'string' && os.hostname)
            hostname = os.hostname;
        if (options.mode === 'install') {
            const { plan, problems } = planDisks(parsed.value, options.diskBytes);
            const first = problems[0];
            if (first) {
                const at = locatePointer(parsed.doc, first.pointer);
                throw new errors/* InputError */.d(sources.hostConfigInput, `${file} names disks that the VM of verify: install cannot provide:\n${problems.map((p) => `  ${p.pointer}: ${p.message}`).join('\n')}`, { file, ...(at ?? {}) });
            }
            disks = plan;
            for (const d of plan.disks) {
                log(`VM disk '${d.id}': ${d.filler ? 'filler, ' : `${d.device}, `}${d.bus === 'sata' ? `SATA port ${d.position + 1}` : `virtio at PCI slot ${d.position.toString(16).padStart(2, '0')}`}, ${d.bytes} bytes`);
            }
            if (options.diskDir) {
                const folder = await (0,promises_.stat)(options.diskDir).catch(() => undefined);
                if (!folder?.isDirectory())
                    throw new errors/* InputError */.d('verify-disk-dir', `${options.diskDir} does not exist or is not a folder; create it first.`);
                for (const d of plan.disks.filter((x) => !x.filler)) {
                    const kept = external_node_path_.join(options.diskDir, keptDiskName(d.id));
                    if (await (0,fs/* pathExists */.s)(kept))
                        throw new errors/* InputError */.d('verify-disk-dir', `${kept} already exists; the action never overwrites a file. Remove it or choose another folder.`);
                }
            }
        }
    }
    else if (options.mode === 'install') {
        throw new errors/* InputError */.d(sources.hostConfigInput, 'holds no host config the action can read, and verify: install needs one: the VM gets the disks it names.');
    }
    if (await (0,fs/* pathExists */.s)(sources.serialLog)) {
        throw new errors/* InputError */.d(sources.serialLogInput, `the serial log of verify would be written to ${sources.serialLog}, which already exists; the action never overwrites a file. Remove it first.`);
    }
    // validate-only prints the commands with what is installed, and needs nothing installed.
    const found = await (0,qemu/* findVmTools */.kc)(env);
    let tools;
    if ('missing' in found) {
        if (machine)
            throw new errors/* InputError */.d('verify', `needs ${found.missing.join(', ')} on this machine. ${qemu/* INSTALL_HINT */.eA}`);
    }
    else {
        tools = found;
        log(`VM: ${tools.qemu}, firmware ${tools.firmwareCode}`);
    }
    return {
        options,
        ...(tools ? { tools } : {}),
        ...(disks ? { disks } : {}),
        ...(hostname ? { hostname } : {}),
        login: (0,patterns/* loginPattern */.CA)(options.loginPattern, hostname),
        serialLog: sources.serialLog,
    };
}
/** The files of one verification, in the work folder. */
function vmFiles(work, plan) {
    const dir = external_node_path_.join(work.root, 'verify');
    const diskFiles = new Map((plan.disks?.disks ?? []).map((d, i) => [d.id, external_node_path_.join(dir, `${i}-${keptDiskName(d.id)}`)]));
    return { dir, vars: external_node_path_.join(dir, 'OVMF_VARS.fd'), diskFiles };
}
/** The accelerator to start with, and whether a KVM that fails to start the VM may give way to TCG. Pure. */
function chooseAccelerator(setting, kvmOpensHere) {
    if (setting === 'tcg')
        return { first: 'tcg', fallback: false };
    if (setting === 'kvm')
        return { first: 'kvm', fallback: false };
    return kvmOpensHere ? { first: 'kvm', fallback: true } : { first: 'tcg', fallback: false };
}
/** QEMU's own words that KVM cannot run this VM (it then stops or aborts before the firmware prints anything). */
const KVM_BROKEN = /KVM internal error|kvm_[a-z_]+: Assertion|failed to initialize kvm|Could not access KVM kernel module|KVM is not supported/i;
function vmSpec(plan, name, accelerator, files, iso) {
    const tools = plan.tools ?? {
        qemu: 'qemu-system-x86_64',
        qemuImg: 'qemu-img',
        firmwareCode: '/usr/share/OVMF/OVMF_CODE_4M.fd',
        firmwareVars: '/usr/share/OVMF/OVMF_VARS_4M.fd',
    };
    return {
        qemu: tools.qemu,
        name,
        accelerator,
        memoryMiB: plan.options.memoryMiB,
        cpus: plan.options.cpus,
        firmwareCode: tools.firmwareCode,
        firmwareVars: files.vars,
        serialLog: plan.serialLog,
        ...(iso ? { iso } : {}),
        plan: plan.disks ?? { disks: [], cdromPort: 0, nicSlot: 0x02 },
        diskFiles: files.diskFiles,
        // Installer run: its reboot ends QEMU. The installed OS may reboot on its own (it keeps running then).
        noReboot: iso !== undefined,
    };
}
/** The commands a verification runs, for validate-only. */
async function verifyPlanLines(plan, work, iso) {
    const files = vmFiles(work, plan);
    const { first } = chooseAccelerator(plan.options.accelerator, await (0,qemu/* kvmOpens */.Ub)());
    const tools = plan.tools ?? { qemuImg: 'qemu-img', firmwareVars: '/usr/share/OVMF/OVMF_VARS_4M.fd' };
    const lines = [['cp', tools.firmwareVars, files.vars]];
    for (const d of plan.disks?.disks ?? [])
        lines.push(diskCreateArgv(tools.qemuImg, files.diskFiles.get(d.id) ?? '', d.bytes));
    const name = 'trident-iso-vm-<id>';
    lines.push(qemuArgv(vmSpec(plan, name, first, files, iso)));
    if (plan.options.mode === 'install')
        lines.push(qemuArgv(vmSpec(plan, name, first, files, undefined)));
    return lines;
}
/** A promise with its resolve at hand. */
function deferred() {
    let resolve;
    const promise = new Promise((r) => (resolve = r));
    return { promise, resolve };
}
function seconds(ms) {
    return Math.round(ms / 100) / 10;
}
/** Runs the phases; never throws for what the VM did (that is `failure`), only when cancelled or on an internal error. */
async function verifyInVm(stages, ctx, plan, iso) {
    const { rt, exec, work, leftovers } = ctx;
    const tools = plan.tools;
    if (!tools)
        throw new Error('verifyInVm: the VM tools were not found before the build');
    const { options } = plan;
    const files = vmFiles(work, plan);
    const name = `trident-iso-vm-${(0,external_node_crypto_.randomUUID)().slice(0, 12)}`;
    const choice = chooseAccelerator(options.accelerator, await (0,qemu/* kvmOpens */.Ub)());
    let accelerator = choice.first;
    const slow = () => rt.warning({
        message: 'verify runs the VM without KVM (TCG emulation): many times slower. On GitHub-hosted runners, give the job access to /dev/kvm (README: "Verify in a VM"), or raise verify-timeout.',
    });
    if (accelerator === 'tcg' && options.accelerator === 'auto')
        slow();
    const watcher = new SerialWatcher([], verify_report/* TAIL_LINES */.r6 * 4);
    const regex = {
        boot: new RegExp(options.bootPattern),
        failure: new RegExp(options.failurePattern),
        login: new RegExp(plan.login),
        reboot: new RegExp(patterns/* REBOOT_PATTERN */.b3),
        powerOff: new RegExp(patterns/* POWER_OFF_PATTERN */.$j),
    };
    const deadline = Date.now() + options.timeoutSeconds * 1000;
    const phases = [];
    const keptDisks = [];
    let log = () => undefined;
    const stopAll = new AbortController();
    const runs = [];
    let offset = 0;
    const start = (withIso, watch, stopOn) => {
        watcher.watch(watch.map((n) => ({ name: n, regex: regex[n] })));
        const found = new Map();
        const waiting = new Map();
        const waiter = (n) => {
            let d = waiting.get(n);
            if (!d)
                waiting.set(n, (d = deferred()));
            const hit = found.get(n);
            if (hit)
                d.resolve(hit);
            return d;
        };
        let serialBytes = 0;
        let kvmBroken = false;
        const startedAt = Date.now();
        const ended = (0,qemu/* runVm */.$Q)(exec, qemuArgv(vmSpec(plan, name, accelerator, files, withIso ? iso : undefined)), {
            serialLog: plan.serialLog,
            from: offset,
            deadline,
            signal: AbortSignal.any([rt.signal, stopAll.signal]),
            onStart: (pid) => leftovers.track({ vm: { pid, name } }),
            onQemuLine: (line) => {
                log(`qemu: ${line}`);
                if (accelerator === 'kvm' && serialBytes === 0 && KVM_BROKEN.test(line)) {
                    kvmBroken = true;
                    return 'stop';
                }
                return undefined;
            },
            onSerial: (chunk) => {
                serialBytes += chunk.length;
                const { lines, matches } = watcher.push(chunk);
                for (const line of lines)
                    log(`  | ${line}`);
                let said;
                for (const m of matches) {
                    if (found.has(m.name))
                        continue;
                    const hit = { match: m, at: Date.now() };
                    found.set(m.name, hit);
                    waiter(m.name).resolve(hit);
                    // After a failure line the VM runs on until its console is quiet (1 s, 3 s at most): Trident prints its error's context after the header
                    // (microsoft/trident crates/trident_api/src/error.rs, impl Debug for TridentError), and the serial log's tail should hold it.
                    if (stopOn.includes(m.name))
                        said = m.name === 'failure' ? (said ?? 'finish') : 'stop';
                }
                return said;
            },
        }).then(({ end, offset: reached }) => {
            offset = reached;
            leftovers.vmEnded();
            const rest = watcher.end();
            for (const line of rest.lines)
                log(`  | ${line}`);
            for (const m of rest.matches)
                if (!found.has(m.name))
                    found.set(m.name, { match: m, at: Date.now() });
            if (end.kind === 'exited' && end.code !== 0 && accelerator === 'kvm' && serialBytes === 0)
                kvmBroken = true;
            return { end, at: Date.now() };
        }, (error) => {
            leftovers.vmEnded();
            throw error;
        });
        runs.push(ended.catch(() => undefined));
        return {
            startedAt,
            matched: (n) => waiter(n).promise,
            seen: (n) => found.has(n),
            ended,
            kvmBroken: () => kvmBroken,
        };
    };
    /** The first of: the named patterns matching, the run ending. */
    const first = async (run, names) => Promise.race([
        ...names.map((n) => run.matched(n).then((hit) => ({ kind: 'match', name: n, ...hit }))),
        run.ended.then((e) => ({ kind: 'end', ...e })),
    ]);
    const endReason = (end, waitingFor) => {
        if (end.kind === 'timeout')
            return { reason: `verify-timeout (${options.timeoutSeconds} s) passed while waiting for ${waitingFor}`, timedOut: true };
        if (end.kind === 'exited') {
            const qemuSaid = end.code !== 0 && end.lastLines.length > 0 ? `; QEMU said: ${end.lastLines.slice(-5).join(' / ')}` : '';
            return { reason: `the VM ended (QEMU exit code ${end.code}) while waiting for ${waitingFor}${qemuSaid}`, timedOut: false };
        }
        return { reason: `the VM was stopped while waiting for ${waitingFor}`, timedOut: false };
    };
    const fail = (phase, since, reason, timedOut = false) => {
        phases.push({ name: phase, seconds: seconds(Date.now() - since), outcome: 'failed' });
        throw new verify_report/* VerifyError */.Gz(report(timedOut ? 'timed-out' : 'failed', reason));
    };
    const report = (result, reason) => ({
        mode: options.mode,
        result,
        phases: [...phases],
        ...(reason ? { reason } : {}),
        serialLog: plan.serialLog,
        tail: watcher.tail(verify_report/* TAIL_LINES */.r6),
        accelerator,
        keptDisks: [...keptDisks],
    });
    const phase = (title, body) => stages.run(title, undefined, async (_ctx, stageLog) => {
        log = stageLog;
        try {
            return await body();
        }
        finally {
            log = () => undefined;
        }
    });
    try {
        // ---- boot: the live OS from the ISO until Trident starts.
        const installer = await phase('Verify boot', async () => {
            await (0,promises_.mkdir)(files.dir, { recursive: true });
            await (0,promises_.copyFile)(tools.firmwareVars, files.vars);
            for (const d of plan.disks?.disks ?? [])
                await exec.runChecked(diskCreateArgv(tools.qemuImg, files.diskFiles.get(d.id) ?? '', d.bytes), { signal: rt.signal });
            await (0,promises_.writeFile)(plan.serialLog, '', { flag: 'wx' });
            log(`Serial console (also in ${plan.serialLog}), ${accelerator === 'kvm' ? 'KVM' : 'TCG'}:`);
            const watch = ['boot', 'failure', ...(options.mode === 'install' ? ['reboot', 'powerOff'] : [])];
            const stopOn = options.mode === 'boot' ? ['boot', 'failure'] : ['failure'];
            for (;;) {
                const run = start(true, watch, stopOn);
                const got = await first(run, ['boot', 'failure']);
                if (got.kind === 'end' && choice.fallback && accelerator === 'kvm' && run.kvmBroken()) {
                    rt.warning({
                        message: 'KVM could not run the VM here (QEMU reported a KVM failure before the firmware started); verify starts it again with TCG.',
                    });
                    slow();
                    accelerator = 'tcg';
                    await (0,promises_.copyFile)(tools.firmwareVars, files.vars);
                    await (0,promises_.appendFile)(plan.serialLog, '\n===== trident-iso-action: KVM failed, the VM starts again with TCG =====\n');
                    continue;
                }
                if (got.kind === 'match' && got.name === 'boot') {
                    phases.push({ name: 'boot', seconds: seconds(got.at - run.startedAt), outcome: 'passed' });
                    return { run, bootAt: got.at };
                }
                if (got.kind === 'match') {
                    await run.ended;
                    fail('boot', run.startedAt, `the serial console showed a failure before Trident started: "${got.match.line}" (verify-failure-pattern)`);
                }
                else {
                    const { reason, timedOut } = endReason(got.end, 'Trident to start (verify-boot-pattern)');
                    fail('boot', run.startedAt, reason, timedOut);
                }
            }
        });
        if (options.mode === 'boot') {
            await installer.run.ended;
            return { report: report('passed') };
        }
        // ---- install: Trident installs, then reboots (QEMU exits).
        await phase('Verify install', async () => {
            const { run, bootAt } = installer;
            const got = await first(run, ['failure']);
            if (got.kind === 'match') {
                await run.ended;
                return fail('install', bootAt, `the serial console showed a failure during the installation: "${got.match.line}" (verify-failure-pattern)`);
            }
            const { end, at } = got;
            if (end.kind !== 'exited' || end.code !== 0) {
                const { reason, timedOut } = endReason(end, 'the installer to reboot');
                return fail('install', bootAt, reason, timedOut);
            }
            if (run.seen('powerOff'))
                return fail('install', bootAt, 'the live OS powered off instead of rebooting into the installed OS');
            if (!run.seen('reboot'))
                return fail('install', bootAt, "the VM ended without the kernel's reboot message (reboot: Restarting system)");
            phases.push({ name: 'install', seconds: seconds(at - bootAt), outcome: 'passed' });
        });
        // ---- first boot: the disks alone, with the UEFI variables the installer left, until the login prompt.
        await phase('Verify first boot', async () => {
            await (0,promises_.appendFile)(plan.serialLog, '\n===== trident-iso-action: the installed disks boot, without the ISO =====\n');
            log(`Login pattern: /${plan.login}/`);
            const run = start(false, ['login', 'failure'], ['login', 'failure']);
            const got = await first(run, ['login', 'failure']);
            if (got.kind === 'match' && got.name === 'login') {
                phases.push({ name: 'first boot', seconds: seconds(got.at - run.startedAt), outcome: 'passed' });
                await run.ended;
                return;
            }
            if (got.kind === 'match') {
                await run.ended;
                return fail('first boot', run.startedAt, `the installed OS's console showed a failure: "${got.match.line}" (verify-failure-pattern)`);
            }
            const { reason, timedOut } = endReason(got.end, `the installed OS's login prompt (verify-login-pattern /${plan.login}/)`);
            return fail('first boot', run.startedAt, reason, timedOut);
        });
        if (options.diskDir)
            keptDisks.push(...(await keepDisks(plan, files.diskFiles, options.diskDir)));
        return { report: report('passed') };
    }
    catch (error) {
        if (error instanceof run_stages/* StageError */.Zu && error.cause instanceof verify_report/* VerifyError */.Gz)
            return { report: error.cause.report, failure: error };
        throw error;
    }
    finally {
        // However it ended: no VM left running, no disk left behind.
        stopAll.abort();
        await Promise.all(runs);
        await (0,promises_.rm)(files.dir, { recursive: true, force: true });
    }
}
/** Moves the installed disks into verify-disk-dir (never over a file); returns their paths. */
async function keepDisks(plan, diskFiles, dir) {
    await (0,promises_.mkdir)(dir, { recursive: true });
    const kept = [];
    for (const d of plan.disks?.disks.filter((x) => !x.filler) ?? []) {
        const from = diskFiles.get(d.id);
        if (!from)
            continue;
        const to = external_node_path_.join(dir, keptDiskName(d.id));
        // A hard link fails on an existing file; across filesystems, an exclusive copy.
        await (0,promises_.link)(from, to).catch(async (error) => {
            if (error.code !== 'EXDEV' && error.code !== 'EPERM')
                throw error;
            await (0,promises_.copyFile)(from, to, external_node_fs_.constants.COPYFILE_EXCL);
        });
        kept.push(to);
    }
    return kept;
}
/** The serial log of `verify` lies beside the ISO: installer.iso → installer.serial.log. Pure. */
function serialLogPath(iso) {
    return iso.replace(/(\.iso)?$/i, '.serial.log');
}

;// CONCATENATED MODULE: ./build/stages/patch.js
// Patch mode (patch-iso): an ISO built with patchable gets another host
// config in its placeholder, checked as a build checks it, in seconds and
// without a container: its inputs and files checked, the ISO downloaded when
// it is an artifact, its ISO 9660 directory read (the placeholder, the COSI
// it carries), the host config checked against that COSI and the placeholder's
// size (and by `trident validate` with trident-rpms), then the patched ISO
// written to `output` in one pass. The ISO given is never modified (the CLI's
// --in-place asks for it). And with patchable, the build's own check that the
// ISO Image Customizer wrote holds the placeholder as the config gave it.



















/** How the ISO given is named in messages: its path, or artifact:<name> (and its run). */
function describeSource(source) {
    if (source.kind === 'file')
        return source.path;
    return `artifact:${source.name}${source.run ? ` of run ${source.run.id}` : ''}`;
}
/** Patch mode's inputs and files, and the VM of verify, before any long work. */
function checkPatch(o) {
    return async ({ rt, inputs }, log) => {
        const source = inputs.patch;
        if (!source)
            throw new Error('checkPatch without patch-iso');
        const { isoBytes } = await checkPatchFiles(inputs, o.inPlace === true);
        if (source.kind === 'artifact') {
            const why = downloadUnavailable(source, rt.env);
            if (why)
                throw new errors/* InputError */.d('patch-iso', `${describeSource(source)} cannot be downloaded here: ${why}. Give the ISO as a file instead.`);
        }
        if (isoBytes !== undefined && !o.inPlace) {
            const free = await freeBytes(external_node_path_.dirname(inputs.output));
            if (free < isoBytes)
                throw new errors/* InputError */.d('output', `the patched ISO needs ${(0,report/* humanSize */.Xe)(isoBytes)}, but ${external_node_path_.dirname(inputs.output)} has ${(0,report/* humanSize */.Xe)(free)} free.`);
        }
        const verify = inputs.verify
            ? await planVerification(inputs.verify, {
                ...(inputs.hostConfig ? { hostConfig: inputs.hostConfig } : {}),
                hostConfigInput: 'host-config',
                serialLog: serialLogPath(inputs.output),
                serialLogInput: 'output',
            }, rt.env, !inputs.validateOnly, log)
            : undefined;
        log(`Patch mode: ${describeSource(source)} gets ${inputs.hostConfig ?? ''} in its host config placeholder; nothing is built.`);
        return { parent: rt.tempDir, ...(verify ? { verify } : {}) };
    };
}
/** The ISO to patch when it is an artifact: downloaded into the work folder. */
const fetchIso = async ({ inputs, rt, work }, log, signal) => {
    const source = inputs.patch;
    if (source?.kind !== 'artifact')
        throw new Error('fetchIso without patch-iso: artifact:<name>');
    const dir = external_node_path_.join(work.scratch, 'artifact');
    const downloaded = await downloadArtifact(source, dir, rt.env, signal).catch((error) => {
        if (!(error instanceof ArtifactError))
            throw error;
        throw new errors/* InputError */.d(error.problem === 'denied' ? 'github-token' : 'patch-iso', `${describeSource(source)}: ${error.message}`);
    });
    log(`Downloaded artifact ${downloaded.id}${downloaded.digest ? ` (${downloaded.digest}, checked)` : ''}: ${external_node_path_.relative(dir, downloaded.file)}`);
    return { file: downloaded.file, owned: true, ...(downloaded.digest ? { digest: downloaded.digest } : {}) };
};
/** The ISO's directory, its placeholder and the COSI at cosi-destination; the caller closes `iso.source`. */
function readPatchIso(source) {
    return async ({ inputs }, log) => {
        const name = describeSource(inputs.patch);
        const iso = await openIso(source.file).catch((error) => {
            if (error instanceof IsoFormatError)
                throw new errors/* InputError */.d('patch-iso', `${name} is not an ISO 9660 image the action can read: ${error.message}.`);
            if (error instanceof PlaceholderError)
                throw new errors/* InputError */.d('patch-iso', `${name} ${error.message}`);
            throw error;
        });
        try {
            const { placeholder } = iso;
            log(`ISO ${name}: ${iso.source.size} bytes; host config placeholder ${placeholder.file.path} at byte ${placeholder.offset}, ${placeholder.size} bytes, ${placeholder.state === 'filled' ? 'filled' : 'empty (as isopatch leaves it unpatched)'}.`);
            for (const other of placeholder.others)
                log(`It also has a placeholder for ${other.key} (${other.path}), which is left as it is.`);
            const cosi = await readIsoCosi(iso, inputs.cosiDestination, inputs.platform, name);
            if (cosi)
                log(`COSI at ${inputs.cosiDestination}: ${cosi.size} bytes, metadata.json SHA-384 ${cosi.metadataSha384}`);
            else
                log(`The ISO carries no file at ${inputs.cosiDestination} (cosi-destination): the host config must point at its image elsewhere.`);
            return { source, iso, ...(cosi ? { cosi } : {}) };
        }
        catch (error) {
            await iso.source.close();
            throw error;
        }
    };
}
async function readIsoCosi(iso, destination, platform, name) {
    const file = findFile(iso.volume, destination);
    if (!file)
        return undefined;
    const extent = file.extents[0];
    if (file.extents.length > 1)
        throw new errors/* InputError */.d('patch-iso', `${name}: the COSI at ${destination} is split in ${file.extents.length} extents; a COSI on an ISO is one.`);
    const cosi = await readCosiFrom(sliceSource(iso.source, extent.offset, extent.size)).catch((error) => {
        throw new errors/* InputError */.d('patch-iso', `${name}: ${destination} is not a COSI file: ${(0,errors/* errorMessage */.g)(error)}`);
    });
    const problems = checkCosi(cosi, platform);
    if (problems.length > 0)
        throw new errors/* InputError */.d('patch-iso', `${name}: the COSI at ${destination} is not usable:\n${(0,trident_problems/* indent */.pZ)((0,trident_problems/* formatProblems */.C5)(problems, external_node_path_.basename(destination)))}`);
    return cosi;
}
/** The host config as a build checks it, against the COSI the ISO carries; then whether it fits; `trident validate` with RPMs. */
function checkPatchHostConfig(target, given) {
    return async (ctx, log, signal) => {
        const { inputs, work } = ctx;
        const file = inputs.hostConfig;
        const copy = external_node_path_.join(work.config, 'host-config.yaml');
        const written = await writeHostConfigCopy(file, copy, {
            mode: inputs.hostConfigImage,
            cosiDestination: inputs.cosiDestination,
            ...(target.cosi ? { cosiSha384: target.cosi.metadataSha384 } : {}),
        });
        log(written.changed ? `Host config copy with image.url and image.sha384 of the ISO's COSI: ${copy}` : `Host config copied as given: ${copy}`);
        const text = await (0,promises_.readFile)(copy);
        const plan = planWrite(target.iso, text);
        if ('tooBigBy' in plan) {
            throw new errors/* InputError */.d('host-config', `${file} does not fit the ISO's placeholder by ${plan.tooBigBy} bytes: the ISO would carry ${text.length} bytes of host config, and its ${target.iso.placeholder.size}-byte placeholder holds ${plan.capacity}. Shorten it (comments, blank lines), or build the ISO again with a larger placeholder-size.`);
        }
        const room = (0,placeholder/* capacity */.bN)(target.iso.placeholder.size, target.iso.key);
        log(`It fits the placeholder: ${text.length} bytes of host config, ${room - text.length} of its ${room} bytes to spare.`);
        // The ISO's packages are what its build installed: a tool the new host config needs must already be there.
        for (const need of hostConfigTools(written.value)) {
            ctx.rt.warning({
                message: `The host config uses ${need.feature} (${need.path}), which needs ${need.package} in the live OS; a patch cannot add packages, so the ISO must have been built with it (a build adds it for its own host config).`,
            });
        }
        if (given) {
            const validation = await validateWithTrident(ctx.exec, given.packages, copy, { scratch: work.scratch, log, signal });
            if (validation.verdict === 'invalid')
                throw new errors/* InputError */.d('host-config', `trident validate rejects the host config the ISO would carry:\n${validation.output.join('\n')}`);
            if (validation.verdict === 'not-run')
                log(`trident validate not run: ${validation.why}.`);
        }
        return { path: copy, bytes: plan.bytes };
    };
}
/** The patched ISO at `output`: copied with the new placeholder in one pass; a downloaded ISO is patched where it lies, then moved. */
function writePatch(target, hostConfig, o) {
    return async ({ inputs, leftovers }, log, signal) => {
        const output = inputs.output;
        const name = describeSource(inputs.patch);
        const refused = (error) => {
            if (error instanceof PlaceholderError)
                throw new errors/* InputError */.d('patch-iso', `${name} ${error.message}`);
            throw error;
        };
        let result;
        if (o.inPlace || target.source.owned) {
            result = await writePatchedIso(target.iso, hostConfig.bytes, { inPlace: true }, signal).catch(refused);
            if (target.source.owned && !o.inPlace) {
                await moveNoClobber(target.source.file, output, (partial) => leftovers.track({ partialOutput: partial })).catch((error) => {
                    if (error instanceof OutputTaken)
                        throw new errors/* InputError */.d('output', `${output} appeared while the ISO was patched; the action never overwrites a file.`);
                    throw error;
                });
            }
        }
        else {
            // A name beside output first: a cancelled or failed pass never leaves a partial file at output.
            const partial = `${output}.partial-${process.pid}`;
            leftovers.track({ partialOutput: partial });
            try {
                result = await writePatchedIso(target.iso, hostConfig.bytes, { output: partial }, signal).catch(refused);
                await (0,promises_.link)(partial, output).catch(async (error) => {
                    if (error.code === 'EEXIST')
                        throw new errors/* InputError */.d('output', `${output} appeared while the ISO was patched; the action never overwrites a file.`);
                    if (error.code !== 'EPERM' && error.code !== 'ENOTSUP' && error.code !== 'EOPNOTSUPP')
                        throw error;
                    await (0,promises_.rename)(partial, output);
                });
            }
            finally {
                await (0,promises_.rm)(partial, { force: true });
            }
        }
        await readBack(output, hostConfig.bytes);
        log(`${output}: ${result.size} bytes, SHA-256 ${result.sha256} (only the ${target.iso.placeholder.size} bytes of ${target.iso.placeholder.file.path} differ from ${name})`);
        return { path: output, size: result.size, sha256: result.sha256 };
    };
}
/** The patched ISO read again as a new one is: its directory, one placeholder, holding exactly the bytes written. */
async function readBack(file, bytes) {
    const iso = await openIso(file);
    try {
        if (!iso.placeholder.bytes.equals(bytes))
            throw new Error(`${file} was written, but its placeholder ${iso.placeholder.file.path} does not hold the bytes written.`);
    }
    finally {
        await iso.source.close();
    }
}
/** patchable: the ISO Image Customizer wrote holds one placeholder, with exactly the bytes the config gave it. */
function checkPlaceholder(config) {
    return async ({ inputs, work }, log) => {
        const expected = config.placeholder;
        if (!expected)
            return;
        const written = external_node_path_.join(work.output, external_node_path_.basename(inputs.output));
        const iso = await openIso(written).catch((error) => {
            throw new Error(`The ISO Image Customizer wrote cannot be patched: it ${(0,errors/* errorMessage */.g)(error)}`);
        });
        try {
            if (!iso.placeholder.bytes.equals(expected.bytes)) {
                throw new Error(`The ISO Image Customizer wrote holds a placeholder ${iso.placeholder.file.path} that is not the file the config gave it (${iso.placeholder.size} bytes, expected ${expected.size}): the ISO cannot be patched safely.`);
            }
            log(`Placeholder ${iso.placeholder.file.path}: at byte ${iso.placeholder.offset}, ${iso.placeholder.size} bytes, holding the host config; the ISO can be patched.`);
        }
        finally {
            await iso.source.close();
        }
    };
}

;// CONCATENATED MODULE: ./build/stages/publish.js
// Stage 6: the artifact upload, and the job summary of a finished run.





/** The serial log's artifact name, beside the ISO's: installer-amd64.iso → installer-amd64.serial.log (zipped: <name>-serial-log). Pure. */
function serialLogArtifactName(inputs) {
    return inputs.archive ? `${inputs.artifactName}-serial-log` : inputs.artifactName.replace(/\.iso$/, '.serial.log');
}
/** The names this run uploads under. Pure. */
function artifactNames(inputs) {
    return [inputs.artifactName, ...(inputs.verify ? [serialLogArtifactName(inputs)] : [])];
}
/** What to do about a taken name: the same advice before the build and at the upload. Pure. */
function takenNameAdvice(name) {
    return `an artifact named '${name}' already exists on this workflow run (another job, a matrix leg or an earlier attempt uploaded it). Give each job its own artifact-name (for a matrix, put the matrix's values in it), or set overwrite: true to replace it.`;
}
/** Before the build: a name already taken on the run fails now, not after the build (unless overwrite replaces it). */
async function checkArtifactNames(inputs, env, log, signal) {
    if (!inputs.upload || inputs.validateOnly || uploadUnavailable(env))
        return;
    for (const name of artifactNames(inputs)) {
        const id = await findArtifact(name, signal).catch((error) => {
            if (signal?.aborted)
                throw error;
            log(`Could not check whether artifact '${name}' exists (${(0,errors/* errorMessage */.g)(error)}); the upload will tell.`);
            return undefined;
        });
        if (id === undefined)
            continue;
        if (!inputs.overwrite)
            throw new errors/* InputError */.d('artifact-name', takenNameAdvice(name));
        log(`Artifact '${name}' (${id}) exists on this workflow run; overwrite is true, so the upload replaces it.`);
    }
}
/**
 * Loads the upload's client when there will be an upload. Loading compiles a
 * third of the action's code on the spot: call it once Image Customizer's
 * container has started, so that this happens while it runs.
 */
function prepareUpload({ inputs, rt }) {
    if (inputs.upload && !uploadUnavailable(rt.env))
        loadArtifactClient().catch(() => undefined);
}
/** The ISO, and with verify its serial log (present even when the verification failed). */
function publish(iso, serialLog) {
    return async ({ inputs, rt, work }, log, signal) => {
        if (!inputs.upload) {
            log(`upload is false: the ISO${serialLog ? ' and the serial log are' : ' is'} not uploaded.`);
            return {};
        }
        const unavailable = uploadUnavailable(rt.env);
        if (unavailable) {
            rt.warning({
                message: `The ISO was not uploaded: ${unavailable}. It is at ${iso.path}${serialLog ? `, its serial log at ${serialLog}` : ''}.`,
            });
            return {};
        }
        const staging = external_node_path_.join(work.root, 'artifact');
        const retention = inputs.retentionDays ? { retentionDays: inputs.retentionDays } : {};
        const replaceable = async (name) => {
            if (!inputs.overwrite)
                return;
            const deleted = await deleteArtifact(name);
            if (deleted !== undefined)
                log(`overwrite: deleted artifact '${name}' (${deleted}) of this workflow run.`);
        };
        const taken = (error) => {
            if (error instanceof ArtifactNameTaken) {
                throw new errors/* InputError */.d('artifact-name', `${takenNameAdvice(error.artifactName)} The ISO is at ${iso.path}.`);
            }
            throw error;
        };
        let uploadedLog;
        if (serialLog) {
            const name = serialLogArtifactName(inputs);
            await replaceable(name);
            uploadedLog = await uploadFile(serialLog, { archive: inputs.archive, name, ...retention }, rt.env, staging, signal).catch(taken);
            log(`Uploaded the serial log as artifact ${uploadedLog.id}: ${uploadedLog.url}`);
        }
        await replaceable(inputs.artifactName);
        const artifact = await uploadIso({ iso, archive: inputs.archive, artifactName: inputs.artifactName, ...retention }, rt.env, staging, signal).catch(taken);
        log(`Uploaded artifact '${inputs.artifactName}' ${artifact.id} (${artifact.digest}): ${artifact.url}`);
        return { artifact, ...(uploadedLog ? { serialLog: uploadedLog } : {}) };
    };
}
/** The job summary of a finished run. Pure. */
function summary({ inputs, features, versionKnown }, made, records) {
    return (0,report/* summaryMarkdown */.eH)({
        isoName: external_node_path_.basename(made.iso.path),
        size: made.iso.size,
        sha256: made.iso.sha256,
        baseImage: inputs.baseImage.kind === 'oci' ? inputs.baseImage.ref : external_node_path_.basename(inputs.baseImage.path),
        baseImageDigest: made.base.digest,
        imageCustomizerImage: inputs.imageCustomizerImage,
        imageCustomizerVersion: versionKnown ? features.version : `assumed ${features.version}`,
        tridentVersion: made.rpms.tridentVersion,
        artifactUrl: made.published.artifact?.url ?? '',
        artifactName: inputs.artifactName,
        ...(made.verification ? { verification: made.verification } : {}),
    }, records);
}
/** The job summary of a patch: the same table, the build's rows replaced by what the ISO was patched from. Pure. */
function patchSummary({ inputs }, made, records) {
    return (0,report/* summaryMarkdown */.eH)({
        isoName: external_node_path_.basename(made.iso.path),
        size: made.iso.size,
        sha256: made.iso.sha256,
        baseImage: '',
        baseImageDigest: '',
        imageCustomizerImage: '',
        imageCustomizerVersion: '',
        tridentVersion: made.rpms?.tridentVersion ?? '',
        artifactUrl: made.published.artifact?.url ?? '',
        artifactName: inputs.archive ? inputs.artifactName : external_node_path_.basename(made.iso.path),
        patchedFrom: {
            name: inputs.patch ? describeSource(inputs.patch) : '',
            ...(made.from.source.digest ? { digest: made.from.source.digest } : {}),
            placeholder: made.from.iso.placeholder.file.path,
        },
        ...(made.verification ? { verification: made.verification } : {}),
    }, records);
}

;// CONCATENATED MODULE: ./build/stages/check.js
// Stage 1: everything that can be wrong with the inputs and the machine,
// before any long work. validate-only stops short of the machine checks (it
// needs no container engine and no privileges).
















const GiB = 1024 ** 3;
/**
 * Free space the build needs: the base image converted to raw (minimal-os is a
 * 4 GiB disk), a copy of its root filesystem, the ISO, and the COSI twice (the
 * ISO's staging folder and the ISO itself). Pure.
 */
function requiredDiskBytes(cosiBytes) {
    return 8 * GiB + 2 * cosiBytes;
}
/** An ISO carries the COSI and a live OS, which no real build makes smaller than this. */
const MIN_LIVE_OS_BYTES = 256 * 1024 ** 2;
/**
 * Across filesystems the ISO is copied beside `output` after the build: a
 * folder with less room than the smallest ISO this build can make (the COSI
 * and a live OS) would lose it then. Pure.
 */
function outputRoomProblem(folder, free, cosiBytes) {
    const least = cosiBytes + MIN_LIVE_OS_BYTES;
    if (free >= least)
        return undefined;
    return `the folder ${folder} is on another filesystem than the work folder and has ${(0,report/* humanSize */.Xe)(free)} free; the ISO, with the COSI it carries and a live OS, will be at least ${(0,report/* humanSize */.Xe)(least)}, and it is copied there after the build, which would fail then. Free some space there or choose another output.`;
}
function diskProblem(dir, free, required) {
    if (free >= required)
        return undefined;
    return `the build needs about ${(0,report/* humanSize */.Xe)(required)} free, but ${dir} has ${(0,report/* humanSize */.Xe)(free)}. Free some space (on hosted runners, remove preinstalled toolchains) or use a runner with a larger disk.`;
}
async function check({ rt, inputs, exec }, log, signal) {
    const mismatch = inputs.validateOnly ? undefined : (0,context_platform/* platformMismatch */.ky)(inputs.platform, process.arch);
    // The engine is asked (a process, as long as the file checks take) while the files are checked; its answer counts after theirs.
    const engine = inputs.validateOnly || mismatch ? undefined : (0,tools_engine/* checkEngine */.Xx)(exec, inputs.containerEngine, signal);
    // Handled at once: a cancelled run rejects it before it is awaited.
    const probed = engine?.catch(() => undefined);
    const { files, verify } = await checkFilesAndVerify({ rt, inputs }, log).catch(async (error) => {
        await probed;
        throw error;
    });
    if (inputs.validateOnly)
        return { ...files, parent: rt.tempDir, ...(verify ? { verify } : {}) };
    // The files read well: the build's prerequisites are asked (processes that only look; not when the platform is
    // wrong) while the artifact names are looked up (one request each, no client to load). Their answers count in
    // this order: artifact names, platform, engine, prerequisites.
    // Once those processes have started, the host config copy is made (parsed and checked: the config stage's
    // longest part) while they run; its problems are told by the config stage, after the checks' own.
    let hostConfigCopy;
    const prepareCopy = () => {
        if (!inputs.hostConfig)
            return;
        hostConfigCopy = prepareHostConfigCopy(inputs.hostConfig, hostConfigPlan(inputs, files));
        // Handled at once: a check that fails leaves it unread.
        hostConfigCopy.catch(() => undefined);
    };
    const buildTools = inputs.rpms.kind === 'build' && !mismatch ? checkBuildTools(exec, rt.env, inputs.rpms.checkout, signal, prepareCopy) : (prepareCopy(), undefined);
    const asked = buildTools?.catch(() => undefined);
    // A taken artifact name is known in a moment, long before the build would meet it.
    await checkArtifactNames(inputs, rt.env, log, signal).catch(async (error) => {
        await Promise.all([probed, asked]);
        throw error;
    });
    if (mismatch)
        throw new errors/* InputError */.d('platform', mismatch);
    const engineProblem = await engine;
    if (engineProblem) {
        await asked;
        throw new errors/* InputError */.d('container-engine', engineProblem);
    }
    if (buildTools) {
        const tools = await buildTools;
        if (tools.missing.length > 0) {
            throw new errors/* InputError */.d('trident-source', `cannot be built on this runner: \`make bin/trident-rpms.tar.gz\` needs what is missing:\n${tools.missing.map((m) => `  - ${m}`).join('\n')}`);
        }
        log(`Trident build prerequisites found: ${tools.found.join(', ')}.`);
        for (const note of tools.notes)
            log(note);
    }
    // Hosted runners have more room on /mnt than on the workspace's disk.
    const { dir: parent, free } = await roomiest([rt.tempDir, ...(rt.env.RUNNER_ENVIRONMENT === 'github-hosted' ? ['/mnt'] : [])]);
    // The work folder is mounted into the container as -v host:container: a ':' in its path cannot be expressed.
    if (unmountablePath(parent))
        throw new Error(`the work folder would be under ${parent} (RUNNER_TEMP), whose path holds ':', which a container mount (-v host:container) cannot express; run the job with a RUNNER_TEMP without ':'.`);
    const required = requiredDiskBytes(files.cosi?.size ?? 0);
    const disk = diskProblem(parent, free, required);
    if (disk)
        throw new Error(disk);
    log(`Disk: ${(0,report/* humanSize */.Xe)(free)} free in ${parent}; the build needs about ${(0,report/* humanSize */.Xe)(required)}.`);
    if (!inputs.patch)
        await checkOutputRoom(inputs.output, parent, files.cosi?.size ?? 0);
    // Detection can miss modules a privileged container loads itself: warn, do not fail.
    const missing = await missingKernelModules(KERNEL_MODULES);
    if (missing.length > 0) {
        rt.warning({
            message: `Kernel modules ${missing.join(', ')} are neither loaded nor installed on this runner; Image Customizer needs ${KERNEL_MODULES.join(', ')} and will likely fail.`,
        });
    }
    return { ...files, parent, ...(verify ? { verify } : {}), ...(hostConfigCopy ? { hostConfigCopy } : {}) };
}
/** On the work folder's filesystem the ISO is linked or renamed (the disk check counted it); elsewhere it needs room. */
async function checkOutputRoom(output, parent, cosiBytes) {
    const folder = external_node_path_.dirname(output);
    const [there, work] = await Promise.all([(0,promises_.stat)(folder), (0,promises_.stat)(parent)]);
    if (there.dev === work.dev)
        return;
    const problem = outputRoomProblem(folder, await freeBytes(folder), cosiBytes);
    if (problem)
        throw new errors/* InputError */.d('output', problem);
}
/** The input files, then the VM of `verify` (its disks come from the host config). */
async function checkFilesAndVerify({ rt, inputs }, log) {
    const files = await checkInputFiles(inputs, log, rt.workspace);
    if (!inputs.verify)
        return { files };
    const verify = await planVerification(inputs.verify, {
        ...(inputs.hostConfig ? { hostConfig: inputs.hostConfig } : inputs.config ? await hostConfigOf(inputs.config) : {}),
        hostConfigInput: inputs.hostConfig ? 'host-config' : 'config',
        serialLog: serialLogPath(inputs.output),
        serialLogInput: 'output',
    }, rt.env, !inputs.validateOnly, log);
    return { files, verify };
}
async function hostConfigOf(config) {
    const hostConfig = await hostConfigOfConfig(config);
    return hostConfig ? { hostConfig } : {};
}
/**
 * `trident-iso verify`: the verify inputs, the host config and the ISO built
 * elsewhere (its serial log goes beside it), checked as the action checks them.
 */
function checkForVerify(iso) {
    return async (rt, log) => {
        const { hostConfig, verify } = (0,inputs/* readVerifyInputs */.Ht)((name) => rt.getInput(name), { workspace: rt.workspace });
        const file = external_node_path_.resolve(rt.workspace, iso);
        const info = await checkIso(file)
            .then(async ({ size }) => ({ path: file, size, sha256: await sha256File(file) }))
            .catch((error) => {
            throw new Error(`--iso ${file}: ${error instanceof Error ? error.message.replace(/^Image Customizer reported success but wrote no ISO at .*/, 'no such file') : String(error)}`);
        });
        log(`ISO ${file}: ${info.size} bytes, SHA-256 ${info.sha256}`);
        const plan = await planVerification(verify, { ...(hostConfig ? { hostConfig } : {}), hostConfigInput: 'host-config', serialLog: serialLogPath(file), serialLogInput: 'verify' }, rt.env, true, log);
        return { plan, iso: info };
    };
}

;// CONCATENATED MODULE: ./build/customizer/carried-host-config.js
// The host config a user's own Image Customizer config puts into the live OS:
// the os.additionalFiles entry whose destination is /etc/trident/config.yaml
// (a file relative to the config's folder, or inline content). The action
// reads it only to know which tools the live OS needs.





async function carriedHostConfig(config, configDir) {
    const files = Array.isArray(config.os?.additionalFiles) ? config.os.additionalFiles : [];
    const index = files.findIndex((f) => mapping_isMapping(f) && typeof f.destination === 'string' && external_node_path_.posix.normalize(f.destination) === HOST_CONFIG_DESTINATION);
    const entry = files[index];
    if (!mapping_isMapping(entry))
        return { found: false };
    const where = `/os/additionalFiles/${index}`;
    let bytes;
    if (typeof entry.content === 'string')
        bytes = Buffer.from(entry.content, 'utf8');
    else if (typeof entry.source === 'string') {
        try {
            bytes = await (0,limits/* readBounded */.CB)(external_node_path_.resolve(configDir, entry.source), 'hostConfig');
        }
        catch (error) {
            return { found: true, where, error: `cannot read ${entry.source}: ${(0,errors/* errorMessage */.g)(error)}` };
        }
    }
    else
        return { found: false };
    try {
        return { found: true, where, value: parseBoundedYaml(bytes.toString('utf8')), bytes };
    }
    catch (error) {
        return { found: true, where, error: `is not valid YAML: ${(0,errors/* errorMessage */.g)(error).split('\n')[0] ?? ''}` };
    }
}

;// CONCATENATED MODULE: ./build/customizer/owned-check.js
// What the ISO must hold of what the action wrote, for the check of the built
// ISO's bytes (src/iso/owned-check.ts, run after Image Customizer and before
// the ISO is delivered). Scripts of the config (extra-config's
// scripts.postCustomization and finalizeCustomization, or a user's own
// config's) run as root in a chroot of the live OS and could rewrite the host
// config after it was checked, with the image's own tools replaced so that a
// check run inside the image would lie: so the check reads the ISO from
// outside. Pure.




function owned_check_sha256(bytes) {
    return (0,external_node_crypto_.createHash)('sha256').update(bytes).digest('hex');
}
function file(path, bytes) {
    return { kind: 'file', path, sha256: owned_check_sha256(bytes), size: bytes.length };
}
/**
 * For the config the action generates: the host config copy at
 * /etc/trident/config.yaml (or, patchable, the link to the placeholder on the
 * media, which must hold the placeholder's bytes), the journal drop-in, the
 * link to the ISO's mount, nothing that overrides Trident's units; on the
 * media, the COSI at cosi-destination (of the COSI's size).
 */
function ownedOnIso(o) {
    const journal = Buffer.from("content" in JOURNAL_TO_CONSOLE ? (JOURNAL_TO_CONSOLE.content ?? '') : '');
    const liveOs = [file(JOURNAL_TO_CONSOLE.destination, journal), { kind: 'link', path: CDROM_LINK, target: CDROM_LINK_TARGET }];
    const media = [];
    if (o.placeholder) {
        liveOs.push({ kind: 'link', path: HOST_CONFIG_DESTINATION, target: `${CDROM_LINK}${placeholder/* PLACEHOLDER_ISO_PATH */.Aw}` });
        media.push({ path: placeholder/* PLACEHOLDER_ISO_PATH */.Aw, size: o.placeholder.length, sha256: owned_check_sha256(o.placeholder) });
    }
    else if (o.hostConfig)
        liveOs.push(file(HOST_CONFIG_DESTINATION, o.hostConfig));
    if (o.cosi)
        media.push({ path: o.cosi.destination, size: o.cosi.size });
    // With merged /usr/sbin (a link to bin), /usr/sbin/trident is /usr/bin/trident, Trident's own.
    return { liveOs, media, absent: bootOverridePaths(), mergedFolders: { '/usr/sbin': ['bin', '/usr/bin'] } };
}
/** For a user's own config: the host config it carries (os.additionalFiles), as it gave it; the rest of its config is its own. */
function ownedOnIsoForUserConfig(hostConfig) {
    return { liveOs: hostConfig ? [file(HOST_CONFIG_DESTINATION, hostConfig)] : [], media: [], absent: [] };
}

;// CONCATENATED MODULE: ./build/customizer/schema.js



/**
 * Each schema's validator, compiled when the action is built (src/data/validators/, scripts/compile-schemas.ts).
 * A run loads only its version's: each is over 100 KB of code for Node to parse.
 */
const VALIDATORS = {
    '0.18.0': async () => (await __webpack_require__.e(/* import() */ 333).then(__webpack_require__.bind(__webpack_require__, 67333))).validate,
    '1.6.0': async () => (await __webpack_require__.e(/* import() */ 467).then(__webpack_require__.bind(__webpack_require__, 9467))).validate,
};
/**
 * Problems with the config for this Image Customizer version; empty when it
 * is valid. The YAML-only package-list fields are not in schema.json: they
 * are checked for their form here, and their files by package-lists.ts.
 */
async function checkCustomizerConfig(config, features) {
    const validate = await VALIDATORS[features.schema]();
    const split = mapping_isMapping(config) ? splitPackageLists(config) : { rest: config, problems: [] };
    const problems = [...split.problems];
    if (!validate(split.rest))
        problems.push(...(validate.errors ?? []).map(schema_describe));
    const mode = config?.os?.selinux?.mode;
    if (mode !== undefined && !input_types/* SELINUX_MODES */.yz.some((m) => m === mode)) {
        problems.push({
            path: '/os/selinux/mode',
            message: `must be one of ${input_types/* SELINUX_MODES */.yz.join(', ')}; got '${typeof mode === 'string' ? mode : JSON.stringify(mode)}'`,
        });
    }
    return dedupe(problems);
}
function schema_describe(error) {
    if (error.keyword === 'additionalProperties') {
        const key = error.params.additionalProperty;
        return { path: `${error.instancePath}/${key}`, message: `unknown key '${key}' (Image Customizer rejects keys it does not know)` };
    }
    return { path: error.instancePath || '/', message: error.message ?? error.keyword };
}
function dedupe(problems) {
    const seen = new Set();
    return problems.filter((p) => {
        const key = `${p.path}\u0000${p.message}`;
        if (seen.has(key))
            return false;
        seen.add(key);
        return true;
    });
}

;// CONCATENATED MODULE: ./build/trident/rpm-header.js
// What an RPM file says about itself, read from its header with nothing but
// its bytes (no rpm tools, no shell): name, epoch, version, release, arch,
// whether it is a source package, its Requires and Provides, and the files
// it installs with their types, sizes, digests and link targets (what the
// check of the built ISO compares the live OS with). The file name says
// nothing: a renamed or crafted file is judged by its content.
//
// The format (rpm-software-management/rpm docs/manual/format_v4.md,
// format_lead.md, format_header.md; include/rpm/rpmtag.h for tags and types):
//   lead: 96 bytes starting with ed ab ee db (only the magic matters: rpm's
//         lib/rpmlead.cc checks nothing else);
//   signature header, zero-padded to a multiple of 8 (lib/header.cc hdrblobRead);
//   main header; then the payload, which is not read.
// A header is 8 bytes of magic (8e ad e8 01 00 00 00 00), `il` and `dl`
// (uint32, big-endian), `il` index entries {tag, type, offset, count} of 16
// bytes, then `dl` bytes of data that the offsets point into.
//
// Every number taken from the file is checked before it is used, because the
// files come from users: the entry count and data size are capped (rpm's own
// limits, lib/header.cc hdrblobVerifyLengths, and a tighter data cap for the
// main header) before anything is allocated, offsets and counts must stay
// inside the data, integers must be aligned, strings NUL-terminated inside
// the data and valid UTF-8, and only the few tags used are decoded, each at
// most once, so the work is bounded by a small multiple of the header size.

const RPMFILE = { CONFIG: 1, DOC: 2, MISSINGOK: 8, GHOST: 64, LICENSE: 128 };
/** PGPHASHALGO_* (include/rpm/rpmpgp.h) and the length of their hex digests. */
const DIGEST_HEX_LENGTH = { 1: 32, 2: 40, 8: 64, 9: 96, 10: 128, 11: 56 };
/** The file is not an RPM, or its header is malformed or too large. */
class RpmHeaderError extends Error {
    constructor(message) {
        super(message);
        this.name = 'RpmHeaderError';
    }
}
const RPMSENSE = { LESS: 2, GREATER: 4, EQUAL: 8 };
const LEAD_SIZE = 96;
const INTRO_SIZE = 16;
const ENTRY_SIZE = 16;
const LEAD_MAGIC = Buffer.from([0xed, 0xab, 0xee, 0xdb]);
const HEADER_MAGIC = Buffer.from([0x8e, 0xad, 0xe8, 0x01, 0, 0, 0, 0]);
/** The caps: rpm's own for the signature header and the entry count, 16 MiB of main header data (rpm allows 256). */
const RPM_LIMITS = {
    signatureEntries: 32,
    signatureData: 64 * 1024 * 1024,
    headerEntries: 0xffff,
    headerData: 16 * 1024 * 1024,
    /** Name, version, release and arch are short in every real package. */
    fieldLength: 255,
    /** Files of one package (Trident's have a handful; a distro's largest, some thousands). */
    files: 100_000,
    /** A path (rpm's own PATH_MAX). */
    pathLength: 4096,
};
const TAG = {
    name: 1000,
    version: 1001,
    release: 1002,
    epoch: 1003,
    arch: 1022,
    sourceRpm: 1044,
    provideName: 1047,
    requireFlags: 1048,
    requireName: 1049,
    requireVersion: 1050,
    provideFlags: 1112,
    provideVersion: 1113,
    // The file list (include/rpm/rpmtag.h).
    fileSizes: 1028,
    fileModes: 1030,
    fileDigests: 1035,
    fileLinkTos: 1036,
    fileFlags: 1037,
    oldFilenames: 1027,
    dirIndexes: 1116,
    baseNames: 1117,
    dirNames: 1118,
    fileDigestAlgo: 5011,
    longFileSizes: 5008,
};
const TYPE = { int16: 3, int32: 4, int64: 5, string: 6, stringArray: 8, i18nString: 9 };
const MAX_TYPE = 9;
const ALIGN = { [TYPE.int16]: 2, [TYPE.int32]: 4, [TYPE.int64]: 8 };
// rpmbuild's own rules are a little wider (it allows %{} in names); these are what real packages use.
const NAME = /^[A-Za-z0-9_+][A-Za-z0-9._+-]*$/;
const VERSION_OR_RELEASE = /^[A-Za-z0-9._+~^]+$/;
const ARCH = /^[A-Za-z0-9_]+$/;
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f]/;
function fail(message) {
    throw new RpmHeaderError(message);
}
/** il and dl of a header intro, checked against the caps; the header's length in bytes. */
function headerLength(intro, what, maxEntries, maxData) {
    if (intro.length < INTRO_SIZE)
        fail(`the file ends inside the ${what}`);
    if (!intro.subarray(0, 8).equals(HEADER_MAGIC))
        fail(`the ${what} has no header magic (8e ad e8 01)`);
    const il = intro.readUInt32BE(8);
    const dl = intro.readUInt32BE(12);
    if (il < 1 || il > maxEntries)
        fail(`the ${what} claims ${il} index entries (at most ${maxEntries} are accepted)`);
    if (dl < 1 || dl > maxData)
        fail(`the ${what} claims ${dl} bytes of data (at most ${maxData} are accepted)`);
    return { il, dl, length: INTRO_SIZE + il * ENTRY_SIZE + dl };
}
/** Where the main header starts, from the first LEAD_SIZE + 16 bytes of the file. Pure. */
function mainHeaderOffset(head) {
    if (head.length < LEAD_SIZE || !head.subarray(0, 4).equals(LEAD_MAGIC))
        fail('not an RPM file (no lead magic ed ab ee db)');
    const sig = headerLength(head.subarray(LEAD_SIZE, LEAD_SIZE + INTRO_SIZE), 'signature header', RPM_LIMITS.signatureEntries, RPM_LIMITS.signatureData);
    // Zero padding to a multiple of 8 (rpm lib/header.cc: pad = (8 - (sigSize % 8)) % 8).
    return LEAD_SIZE + sig.length + ((8 - (sig.length % 8)) % 8);
}
/** The main header's length, from its first 16 bytes. Pure. */
function mainHeaderLength(intro) {
    return headerLength(intro, 'main header', RPM_LIMITS.headerEntries, RPM_LIMITS.headerData).length;
}
const WANTED = new Set(Object.values(TAG));
/** Decodes a main header (intro, index, data) into the fields the action uses. Pure. */
function decodeMainHeader(blob) {
    const { il, dl, length } = headerLength(blob, 'main header', RPM_LIMITS.headerEntries, RPM_LIMITS.headerData);
    if (blob.length < length)
        fail('the file ends inside the main header');
    const dataStart = INTRO_SIZE + il * ENTRY_SIZE;
    const data = blob.subarray(dataStart, dataStart + dl);
    const entries = new Map();
    for (let i = 0; i < il; i++) {
        const at = INTRO_SIZE + i * ENTRY_SIZE;
        const entry = {
            tag: blob.readUInt32BE(at),
            type: blob.readUInt32BE(at + 4),
            offset: blob.readUInt32BE(at + 8),
            count: blob.readUInt32BE(at + 12),
        };
        if (!WANTED.has(entry.tag))
            continue;
        if (entries.has(entry.tag))
            fail(`tag ${entry.tag} appears twice in the main header`);
        if (entry.type > MAX_TYPE)
            fail(`tag ${entry.tag} has unknown type ${entry.type}`);
        if (entry.offset >= dl)
            fail(`tag ${entry.tag} points outside the header data (offset ${entry.offset} of ${dl})`);
        if (entry.count < 1 || entry.count > dl)
            fail(`tag ${entry.tag} has a count of ${entry.count}`);
        const align = ALIGN[entry.type];
        if (align && entry.offset % align !== 0)
            fail(`tag ${entry.tag} is not aligned`);
        entries.set(entry.tag, entry);
    }
    const strings = (tag) => {
        const entry = entries.get(tag);
        if (!entry)
            return undefined;
        if (entry.type !== TYPE.string && entry.type !== TYPE.stringArray && entry.type !== TYPE.i18nString)
            fail(`tag ${tag} should hold strings (type ${entry.type})`);
        if (entry.type === TYPE.string && entry.count !== 1)
            fail(`tag ${tag} is a string with a count of ${entry.count}`);
        return readStrings(data, entry);
    };
    const one = (tag, what, pattern) => {
        if (entries.has(tag) && entries.get(tag)?.type !== TYPE.string)
            fail(`the ${what} (tag ${tag}) is not a string`);
        const value = strings(tag)?.[0];
        if (value === undefined)
            fail(`the main header has no ${what}`);
        if (value.length === 0 || value.length > RPM_LIMITS.fieldLength || !pattern.test(value))
            fail(`the ${what} ${JSON.stringify(value.slice(0, 80))} is not valid`);
        return value;
    };
    const ints = (tag) => {
        const entry = entries.get(tag);
        if (!entry)
            return undefined;
        if (entry.type !== TYPE.int32)
            fail(`tag ${tag} should hold 32-bit integers (type ${entry.type})`);
        if (entry.offset + entry.count * 4 > dl)
            fail(`tag ${tag} runs past the header data`);
        return Array.from({ length: entry.count }, (_, i) => data.readUInt32BE(entry.offset + i * 4));
    };
    const numbers = (tag, type, width) => {
        const entry = entries.get(tag);
        if (!entry)
            return undefined;
        if (entry.type !== type)
            fail(`tag ${tag} should hold ${width * 8}-bit integers (type ${entry.type})`);
        if (entry.offset + entry.count * width > dl)
            fail(`tag ${tag} runs past the header data`);
        return Array.from({ length: entry.count }, (_, i) => {
            const at = entry.offset + i * width;
            if (width === 2)
                return data.readUInt16BE(at);
            const big = data.readBigUInt64BE(at);
            if (big > BigInt(Number.MAX_SAFE_INTEGER))
                fail(`tag ${tag} holds a size too large to be real`);
            return Number(big);
        });
    };
    const epochs = ints(TAG.epoch);
    if (epochs && (epochs.length !== 1 || (epochs[0] ?? 0) > 0x7fffffff))
        fail('the epoch is not valid');
    const sourceRpms = strings(TAG.sourceRpm);
    if (sourceRpms && (entries.get(TAG.sourceRpm)?.type !== TYPE.string || !sourceRpms[0] || CONTROL.test(sourceRpms[0])))
        fail('the source RPM name is not valid');
    const sourceRpm = sourceRpms?.[0];
    return {
        name: one(TAG.name, 'name', NAME),
        ...(epochs ? { epoch: epochs[0] ?? 0 } : {}),
        version: one(TAG.version, 'version', VERSION_OR_RELEASE),
        release: one(TAG.release, 'release', VERSION_OR_RELEASE),
        arch: one(TAG.arch, 'arch', ARCH),
        ...(sourceRpm === undefined ? {} : { sourceRpm }),
        requires: dependencies('requires', strings(TAG.requireName), ints(TAG.requireFlags), strings(TAG.requireVersion)),
        provides: dependencies('provides', strings(TAG.provideName), ints(TAG.provideFlags), strings(TAG.provideVersion)),
        // A source package lists its sources by bare name (no directory); it installs nothing, and is refused as a source package.
        ...(sourceRpm === undefined
            ? { files: [] }
            : fileList(entries.has(TAG.oldFilenames), {
                baseNames: strings(TAG.baseNames),
                dirNames: strings(TAG.dirNames),
                dirIndexes: ints(TAG.dirIndexes),
                modes: numbers(TAG.fileModes, TYPE.int16, 2),
                sizes: ints(TAG.fileSizes),
                longSizes: numbers(TAG.longFileSizes, TYPE.int64, 8),
                digests: strings(TAG.fileDigests),
                linkTos: strings(TAG.fileLinkTos),
                flags: ints(TAG.fileFlags),
                algorithm: ints(TAG.fileDigestAlgo),
            })),
    };
}
const HEX = /^[0-9a-f]*$/;
/** st_mode's type bits (S_IFMT) and the types the check of the built ISO tells apart. */
const S_IFMT = 0o170000;
const FILE_TYPES = { 0o100000: 'file', 0o120000: 'link', 0o040000: 'directory' };
/**
 * The file list from its parallel tags (rpm lib/rpmfi.c, rpmfilesPopulate):
 * every per-file tag has one value per basename, each dirindex names a
 * dirname, each digest is hex of the algorithm's length (or empty), each
 * path is absolute and normalised.
 */
function fileList(oldFilenames, t) {
    const algorithm = t.algorithm ? (t.algorithm.length === 1 ? t.algorithm[0] : fail('the file digest algorithm is not one number')) : undefined;
    const withAlgorithm = algorithm === undefined ? {} : { fileDigestAlgorithm: algorithm };
    if (!t.baseNames) {
        if (oldFilenames)
            fail('the file list is in the old format (OLDFILENAMES, rpm before 4.0), which is not read');
        const stray = [t.dirNames, t.dirIndexes, t.modes, t.sizes, t.longSizes, t.digests, t.linkTos, t.flags].some((v) => v !== undefined);
        if (stray)
            fail('the header has per-file tags but no file names (BASENAMES)');
        return { files: [], ...withAlgorithm };
    }
    const n = t.baseNames.length;
    if (n > RPM_LIMITS.files)
        fail(`the header lists ${n} files (at most ${RPM_LIMITS.files} are accepted)`);
    const sizes = t.longSizes ?? t.sizes;
    const { dirNames, dirIndexes, modes, digests, linkTos, flags } = t;
    if (!dirNames || !dirIndexes || !modes || !sizes || !digests || !linkTos || !flags)
        fail('the file list lacks one of DIRNAMES, DIRINDEXES, FILEMODES, FILESIZES, FILEDIGESTS, FILELINKTOS, FILEFLAGS');
    for (const [what, list] of [
        ['DIRINDEXES', dirIndexes],
        ['FILEMODES', modes],
        ['FILESIZES', sizes],
        ['FILEDIGESTS', digests],
        ['FILELINKTOS', linkTos],
        ['FILEFLAGS', flags],
    ])
        if (list.length !== n)
            fail(`the file list's ${what} has ${list.length} values for ${n} files`);
    const hexLength = DIGEST_HEX_LENGTH[algorithm ?? 1];
    const files = [];
    const seen = new Set();
    for (let i = 0; i < n; i++) {
        const dir = dirNames[dirIndexes[i] ?? -1];
        if (dir === undefined)
            fail(`file ${i} names directory ${dirIndexes[i]}, of ${dirNames.length}`);
        const name = t.baseNames[i] ?? '';
        const path = `${dir}${name}`;
        if (!dir.startsWith('/') ||
            !dir.endsWith('/') ||
            name === '' ||
            name.includes('/') ||
            path.length > RPM_LIMITS.pathLength ||
            CONTROL.test(path) ||
            path.split('/').some((part) => part === '.' || part === '..') ||
            path.includes('//'))
            fail(`the file name ${JSON.stringify(path.slice(0, 200))} is not an absolute, normalised path`);
        if (seen.has(path))
            fail(`the file ${path} is listed twice`);
        seen.add(path);
        const digest = digests[i] ?? '';
        const mode = modes[i] ?? 0;
        if (!HEX.test(digest) || (digest !== '' && digest.length !== hexLength))
            fail(`the digest of ${path} is not ${hexLength ?? 'a known number of'} hex digits (algorithm ${algorithm ?? 1})`);
        const linkTo = linkTos[i] ?? '';
        if (linkTo.length > RPM_LIMITS.pathLength || CONTROL.test(linkTo))
            fail(`the link target of ${path} is not valid`);
        files.push({ path, mode, size: sizes[i] ?? 0, digest, linkTo, flags: flags[i] ?? 0 });
    }
    return { files, ...withAlgorithm };
}
/** What the entry is, from its mode: a regular file, a symbolic link, a directory, or another type (a device, a FIFO). */
function fileKind(file) {
    return FILE_TYPES[file.mode & S_IFMT] ?? 'other';
}
const utf8 = new TextDecoder('utf-8', { fatal: true });
/** `count` NUL-terminated strings from entry.offset, each inside the data. */
function readStrings(data, entry) {
    const out = [];
    let at = entry.offset;
    for (let i = 0; i < entry.count; i++) {
        const end = data.indexOf(0, at);
        if (end < 0)
            fail(`tag ${entry.tag} has a string that runs past the header data`);
        try {
            out.push(utf8.decode(data.subarray(at, end)));
        }
        catch {
            fail(`tag ${entry.tag} has a string that is not UTF-8`);
        }
        // Each string takes at least its NUL: the loop always moves forward.
        at = end + 1;
    }
    return out;
}
function dependencies(what, names, flags, versions) {
    if (!names)
        return [];
    if (!flags || !versions || flags.length !== names.length || versions.length !== names.length)
        fail(`the ${what} lists have different lengths (names, flags, versions)`);
    return names.map((name, i) => {
        const version = versions[i] ?? '';
        if (name.length === 0 || CONTROL.test(name) || CONTROL.test(version))
            fail(`a ${what} entry is not valid`);
        return { name, flags: flags[i] ?? 0, version };
    });
}
/** The header of an RPM held in memory (its start, at least up to the end of the main header). Pure. */
function parseRpmBytes(bytes) {
    const start = mainHeaderOffset(bytes.subarray(0, LEAD_SIZE + INTRO_SIZE));
    const length = mainHeaderLength(bytes.subarray(start, start + INTRO_SIZE));
    if (bytes.length < start + length)
        fail('the file ends inside the main header');
    return decodeMainHeader(bytes.subarray(start, start + length));
}
/** Reads only the lead, the signature header's intro and the main header of `file`. Throws RpmHeaderError. */
async function readRpmHeader(file) {
    // O_NONBLOCK: a FIFO named .rpm does not block the open; it is refused as not a regular file.
    const handle = await (0,promises_.open)(file, promises_.constants.O_RDONLY | promises_.constants.O_NONBLOCK);
    try {
        const info = await handle.stat();
        if (!info.isFile())
            fail('not a regular file');
        const read = async (position, length) => {
            if (position + length > info.size)
                fail(position === 0 ? 'too short to be an RPM file' : 'the file ends inside its headers');
            const buffer = Buffer.alloc(length);
            const { bytesRead } = await handle.read(buffer, 0, length, position);
            if (bytesRead !== length)
                fail('the file ends inside its headers');
            return buffer;
        };
        const start = mainHeaderOffset(await read(0, LEAD_SIZE + INTRO_SIZE));
        const length = mainHeaderLength(await read(start, INTRO_SIZE));
        return decodeMainHeader(await read(start, length));
    }
    finally {
        await handle.close();
    }
}

;// CONCATENATED MODULE: ./build/trident/rpm-set.js
// Trident's RPMs as a set: each file with what its header says (never its
// file name), and the set checked on its own, before any config is looked
// at: no source packages, the right architecture, one build of each package,
// and Trident's packages all of one version-release. Pure.


/** [epoch:]version-release, as rpm prints it. */
function evrOf(rpm) {
    return `${rpm.epoch ? `${rpm.epoch}:` : ''}${rpm.version}-${rpm.release}`;
}
/** name-[epoch:]version-release.arch, what the header says the file is. */
function describeRpm(rpm) {
    return `${rpm.name}-${evrOf(rpm)}.${rpm.arch}`;
}
/** The problems of the set itself, as sentences; empty when all is well. */
function checkRpmSet(packages, platform) {
    const problems = [];
    const source = packages.filter((p) => p.sourceRpm === undefined);
    if (source.length > 0) {
        problems.push(`${source.map((p) => external_node_path_.basename(p.file)).join(', ')} ${source.length > 1 ? 'are source packages' : 'is a source package'} (its header names no source RPM); give the binary RPMs.`);
    }
    const rpmArch = context_platform/* PLATFORMS */.P4[platform].rpm;
    const wrongArch = packages.filter((p) => p.sourceRpm !== undefined && p.arch !== 'noarch' && p.arch !== rpmArch);
    if (wrongArch.length > 0) {
        problems.push(`platform is ${platform} (${rpmArch}) but these RPMs are built for another architecture: ${wrongArch.map((p) => `${external_node_path_.basename(p.file)} (${p.arch})`).join(', ')}.`);
    }
    const byName = new Map();
    for (const p of packages)
        byName.set(p.name, [...(byName.get(p.name) ?? []), p]);
    for (const [name, same] of byName) {
        if (same.length > 1)
            problems.push(`more than one ${name} RPM was found: ${same.map((p) => `${external_node_path_.basename(p.file)} (${describeRpm(p)})`).join(', ')}; give one build.`);
    }
    const trident = byName.get('trident')?.[0];
    if (trident) {
        const mixed = packages.filter((p) => p.name.startsWith('trident-') && evrOf(p) !== evrOf(trident));
        if (mixed.length > 0) {
            problems.push(`trident is ${evrOf(trident)} but ${mixed.map((p) => `${p.name} is ${evrOf(p)}`).join(', ')}; Trident's packages require each other at the same version-release: give one build.`);
        }
    }
    return problems;
}
/** [epoch:]version-release of the trident package, from its header; '' without one. */
function tridentVersionOf(packages) {
    const trident = packages.find((p) => p.name === 'trident');
    return trident ? evrOf(trident) : '';
}

;// CONCATENATED MODULE: ./build/trident/package-files.js
// What the live OS must hold of the Trident packages it installs from the
// RPMs given: every file their headers list, as the header lists it (the
// check of the built ISO, src/iso/owned-check.ts, reads them from the ISO's
// bytes). A script of the config could otherwise rewrite the unit file the
// package installs (trident-install.service's ExecStart) or /usr/bin/trident
// itself, and no check of the paths the action writes would see it. Pure.
//
// What is checked of each entry (rpm lib/rpmfi.c, rpmfilesVerify, checks the
// same things of an installed file): a regular file's size and digest, a
// symbolic link's target, a directory's type. %ghost entries are skipped:
// the package does not carry them (trident-selinux's module store file is
// written by semodule in %post, microsoft/trident packaging/rpm/trident.spec).
// %config files are checked like any other: trident.spec marks none, its
// scriptlets only enable units (%systemd_post) and install the SELinux module
// (which writes the %ghost path), so no legitimate step of the build changes
// a file of these packages; should a later spec add a %config file that a
// build edits, the check names it rather than letting it pass unseen.


/** PGPHASHALGO_SHA256 (include/rpm/rpmpgp.h): the only file digest the check compares. */
const SHA256_ALGORITHM = 8;
/** The entries the live OS must hold for `rpms`, and why a package's files cannot be checked (one sentence each). */
function packageFilesOnIso(rpms) {
    const entries = [];
    const problems = [];
    const directories = new Set();
    for (const rpm of rpms) {
        const from = describeRpm(rpm);
        const checked = rpm.files.filter((f) => (f.flags & RPMFILE.GHOST) === 0);
        const regular = checked.filter((f) => fileKind(f) === 'file');
        // An absent FILEDIGESTALGO means MD5 (rpm lib/rpmfi.c); MD5 (and SHA-1) let a replacement be made to match.
        const algorithm = rpm.fileDigestAlgorithm ?? 1;
        if (regular.length > 0 && algorithm !== SHA256_ALGORITHM) {
            problems.push(`${from} lists its files' digests with algorithm ${algorithm} (${algorithm === 1 ? 'MD5' : 'not SHA-256'}); the action checks Trident's files in the built ISO against their SHA-256 digests, which rpmbuild writes by default (%_binary_filedigest_algorithm 8): rebuild it so.`);
            continue;
        }
        for (const file of checked) {
            const entry = entryOf(file, from);
            if (typeof entry === 'string')
                problems.push(entry);
            else if (entry?.kind === 'directory') {
                if (!directories.has(entry.path))
                    entries.push(entry);
                directories.add(entry.path);
            }
            else if (entry)
                entries.push(entry);
        }
    }
    return { entries, problems };
}
/** What one listed file must be; a sentence when the header does not say enough; undefined for a type that is not checked (devices, FIFOs). */
function entryOf(file, from) {
    const kind = fileKind(file);
    if (kind === 'file') {
        if (file.digest.length !== 64)
            return `${from} lists no SHA-256 digest for ${file.path}.`;
        return { kind: 'file', path: file.path, sha256: file.digest, size: file.size, from };
    }
    if (kind === 'link') {
        if (file.linkTo === '')
            return `${from} lists ${file.path} as a symbolic link with no target.`;
        return { kind: 'link', path: file.path, target: file.linkTo, from };
    }
    if (kind === 'directory')
        return { kind: 'directory', path: file.path, from };
    return undefined;
}

;// CONCATENATED MODULE: ./build/trident/install-spec.js
// What a package spec in an install list asks tdnf for, as far as the action
// needs to know: which package (among the names it cares about) and whether
// the spec fixes its exact version-release. Image Customizer passes each
// entry to `tdnf install` unchanged (azure-linux-image-tools v0.18.0
// toolkit/tools/pkg/imagecustomizerlib/customizepackages.go), and tdnf
// resolves a spec with libsolv's selection_make (vmware/tdnf v3.5.8
// solv/tdnfquery.c: SELECTION_NAME | PROVIDES | GLOB | CANON | DOTARCH | REL):
//   name, name.arch           any version: the highest wins across repos
//   name-version[.arch]       any release of that version
//   name-version-release[.arch]  exactly that build (openSUSE/libsolv
//                             src/selection.c selection_canon: the split at the
//                             last '-' is tried first, then at the one before)
//   name=evr, name>=evr, ...  a relation (REL); `=` with a release is exact
//   globs (* ? [)             every matching name, each at its highest version
// Pure.
/** Arches libsolv splits off a spec (the ones Azure Linux packages use). */
const ARCHES = new Set(['x86_64', 'aarch64', 'noarch', 'i686', 'src']);
const GLOB = /[*?[]/;
const RELATION = /^([^\s<>=]+)\s*(<=|>=|=|<|>)\s*(\S+)$/;
/** A glob as libsolv's fnmatch reads it, for names (no path rules). */
function globMatches(glob, name) {
    let pattern = '';
    for (let i = 0; i < glob.length; i++) {
        const c = glob[i] ?? '';
        if (c === '*')
            pattern += '.*';
        else if (c === '?')
            pattern += '.';
        else if (c === '[') {
            const close = glob.indexOf(']', i + 1);
            if (close < 0)
                return false;
            pattern += `[${glob
                .slice(i + 1, close)
                .replace(/^!/, '^')
                .replace(/[\\\]]/g, '\\$&')}]`;
            i = close;
        }
        else
            pattern += c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    }
    return new RegExp(`^${pattern}$`).test(name);
}
function stripArch(spec) {
    const dot = spec.lastIndexOf('.');
    return dot > 0 && ARCHES.has(spec.slice(dot + 1)) ? spec.slice(0, dot) : spec;
}
/**
 * The packages among `names` that `spec` selects, and how far it fixes their
 * version; empty when it selects none of them.
 */
function specTargets(spec, names) {
    const trimmed = spec.trim();
    if (names.has(trimmed))
        return [{ name: trimmed, pin: { kind: 'any' } }];
    const relation = RELATION.exec(trimmed);
    if (relation) {
        const [, name = '', op = '', evr = ''] = relation;
        if (!names.has(name))
            return [];
        return [{ name, pin: op === '=' && evr.includes('-') ? { kind: 'exact', evr } : { kind: 'partial', evr: `${op} ${evr}` } }];
    }
    if (GLOB.test(trimmed))
        return [...names].filter((name) => globMatches(stripArch(trimmed), name)).map((name) => ({ name, pin: { kind: 'any' } }));
    const bare = stripArch(trimmed);
    if (names.has(bare))
        return [{ name: bare, pin: { kind: 'any' } }];
    // CANON: name-version first, then name-version-release.
    const last = bare.lastIndexOf('-');
    if (last > 0) {
        const name = bare.slice(0, last);
        if (names.has(name))
            return [{ name, pin: { kind: 'partial', evr: bare.slice(last + 1) } }];
        const previous = bare.lastIndexOf('-', last - 1);
        if (previous > 0) {
            const named = bare.slice(0, previous);
            if (names.has(named))
                return [{ name: named, pin: { kind: 'exact', evr: bare.slice(previous + 1) } }];
        }
    }
    return [];
}
/** Whether an exact pin names this build; an epoch in either is compared only when both give one (libsolv's epoch promotion). */
function sameBuild(pinned, build) {
    const colon = pinned.indexOf(':');
    const epoch = colon >= 0 ? Number(pinned.slice(0, colon)) : undefined;
    const vr = colon >= 0 ? pinned.slice(colon + 1) : pinned;
    if (vr !== `${build.version}-${build.release}`)
        return false;
    return epoch === undefined || epoch === (build.epoch ?? 0);
}

;// CONCATENATED MODULE: ./build/trident/trident-packages.js
// Which Trident the ISO gets. Image Customizer puts the base image's
// repositories and --rpm-source side by side, and tdnf takes the highest
// version-release across them (no repo has a priority: vmware/tdnf v3.5.8
// client/repo.c, microsoft/azurelinux 3.0 SPECS/azurelinux-repos): a checkout
// build's release `dev.<date>99.v<sha>.azl3` (microsoft/trident Makefile,
// version-vars) sorts below a distro release such as `2.azl3`, so an unpinned
// `trident-install-service` can bring the distro's Trident. Every Trident
// package the ISO installs from the RPMs given is therefore pinned to the
// exact build, `name-version-release` (see install-spec.ts): the generated
// config is written so, a user's config must say so. Pure.

/** Trident's packages (microsoft/trident packaging/rpm/trident.spec). */
const TRIDENT_PACKAGE_NAMES = [
    'trident',
    'trident-provisioning',
    'trident-service',
    'trident-install-service',
    'trident-static-pcrlock-files',
    'trident-acl-agent',
    'trident-selinux',
];
/**
 * Provides of Azure Linux packages that the conditions of Trident's rich
 * dependencies name: selinux-policy provides selinux-policy-targeted
 * (microsoft/azurelinux 3.0 SPECS/selinux-policy/selinux-policy.spec).
 */
const PROVIDED_BY = { 'selinux-policy-targeted': ['selinux-policy'] };
/** The spec that installs exactly this build. */
function pinnedSpec(rpm) {
    return `${rpm.name}-${rpm.version}-${rpm.release}`;
}
const CONDITIONAL = /^\(\s*([^\s()]+)(?:\s*(?:<=|>=|=|<|>)\s*[^\s()]+)?\s+if\s+([^\s()]+)\s*\)$/;
/** The conditional Requires of an RPM (trident.spec: `(trident-selinux = V-R if selinux-policy-targeted)`). */
function conditionalRequires(rpm) {
    return rpm.requires.flatMap((r) => {
        const match = CONDITIONAL.exec(r.name);
        return match ? [{ package: match[1] ?? '', condition: match[2] ?? '', text: r.name }] : [];
    });
}
/** The names tdnf could take Trident from: Trident's packages and whatever else the trident build holds. */
function tridentNames(set) {
    const trident = set.packages.find((p) => p.name === 'trident');
    const sameBuild = set.packages.filter((p) => trident?.sourceRpm !== undefined && p.sourceRpm === trident.sourceRpm).map((p) => p.name);
    return new Set([...TRIDENT_PACKAGE_NAMES, ...sameBuild]);
}
/** Names a spec may install (its bare name, the part before a version or a relation), for rich dependencies' conditions and tool checks. */
function specNames(spec) {
    const bare = spec.trim().replace(/\.(x86_64|aarch64|noarch)$/, '');
    const beforeVersion = /^(.+?)-\d/.exec(bare)?.[1];
    const beforeRelation = /^([^\s<>=]+)\s*[<>=]/.exec(bare)?.[1];
    return [bare, ...(beforeVersion ? [beforeVersion] : []), ...(beforeRelation ? [beforeRelation] : [])];
}
/** Whether the lists install something that provides `condition`. */
function installs(condition, specs) {
    const providers = [condition, ...(PROVIDED_BY[condition] ?? [])];
    return specs.find((spec) => specNames(spec).some((name) => providers.includes(name)));
}
function requirements(specs, set, installedTrident) {
    if (installedTrident.length === 0)
        return [];
    const out = installedTrident.map((name) => ({ name, why: 'the ISO installs it' }));
    if (!installedTrident.includes('trident'))
        out.push({ name: 'trident', why: `${installedTrident.join(', ')} require it` });
    const trident = set.packages.find((p) => p.name === 'trident');
    for (const rule of trident ? conditionalRequires(trident) : []) {
        const provider = installs(rule.condition, specs);
        if (provider && !out.some((r) => r.name === rule.package)) {
            out.push({
                name: rule.package,
                why: `trident requires it when ${rule.condition} is installed (${rule.text}), and the ISO installs ${provider}`,
            });
        }
    }
    return out;
}
function missing(required, set) {
    const have = new Set(set.packages.map((p) => p.name));
    const absent = required.filter((r) => !have.has(r.name));
    if (absent.length === 0)
        return [];
    return [
        {
            about: 'rpms',
            message: `the RPMs lack ${absent.map((r) => `${r.name} (${r.why})`).join('; ')}. Found: ${[...have].sort().join(', ') || 'none'}. ` +
                'Give every RPM that `make bin/trident-rpms.tar.gz` builds, x86_64/aarch64 and noarch alike.',
        },
    ];
}
/**
 * The generated config's install list with Trident pinned to the RPMs given.
 * `extra` are specs from list files the action cannot rewrite (they are the
 * user's): they are checked like a user config's lists.
 */
function pinInstallList(install, set, extra = []) {
    const names = tridentNames(set);
    const byName = new Map(set.packages.map((p) => [p.name, p]));
    const lines = [];
    const problems = [];
    const out = [];
    const installed = [];
    for (const spec of install) {
        const targets = specTargets(spec, names);
        if (targets.length === 0) {
            out.push(spec);
            continue;
        }
        for (const { name, pin } of targets) {
            if (!installed.includes(name))
                installed.push(name);
            const rpm = byName.get(name);
            if (!rpm)
                continue; // reported as missing below
            if (pin.kind === 'exact' && !sameBuild(pin.evr, rpm)) {
                problems.push({
                    about: 'lists',
                    spec,
                    message: `asks for '${spec}', but the RPMs given hold ${name} ${rpm.version}-${rpm.release}; ask for '${name}' (the action pins it) or '${pinnedSpec(rpm)}'.`,
                });
                continue;
            }
            const pinned = pinnedSpec(rpm);
            if (!out.includes(pinned))
                out.push(pinned);
            lines.push(spec === pinned
                ? `${pinned}: pinned already.`
                : `${spec} → ${pinned}: pinned to the RPM given, so no other repository's Trident can be taken.`);
        }
    }
    const lists = checkLists(extra, set, { tridentListed: false });
    problems.push(...lists.problems.filter((p) => p.about === 'lists'));
    for (const name of lists.installed)
        if (!installed.includes(name))
            installed.push(name);
    const specs = [...install, ...extra.flatMap((l) => l.specs)];
    const required = requirements(specs, set, installed);
    for (const r of required) {
        const rpm = byName.get(r.name);
        if (!rpm || installed.includes(r.name))
            continue;
        out.push(pinnedSpec(rpm));
        lines.push(`${pinnedSpec(rpm)}: added, because ${r.why}; pinned so tdnf takes this build.`);
    }
    problems.push(...missing(required, set));
    const all = [...installed, ...required.map((r) => r.name).filter((name) => !installed.includes(name))];
    return { install: out, lines, problems, installed: all.filter((name) => byName.has(name)) };
}
/**
 * A user's install lists, checked: every Trident package pinned to the RPMs
 * given, trident itself listed, and the RPMs holding all that is installed.
 */
function checkLists(lists, set, { tridentListed = true } = {}) {
    const names = tridentNames(set);
    const byName = new Map(set.packages.map((p) => [p.name, p]));
    const problems = [];
    const installed = [];
    for (const list of lists) {
        for (const spec of list.specs) {
            const targets = specTargets(spec, names);
            for (const { name } of targets)
                if (!installed.includes(name))
                    installed.push(name);
            const rpms = targets.map((t) => byName.get(t.name)).filter((r) => r !== undefined);
            if (targets.length > 1) {
                problems.push({
                    about: 'lists',
                    spec,
                    message: `${list.where} installs '${spec}', which matches ${targets.map((t) => t.name).join(', ')}, each at its highest version in any repository; list them pinned instead: ${rpms.map((r) => `'${pinnedSpec(r)}'`).join(', ') || '(none of them are among the RPMs given)'}.`,
                });
                continue;
            }
            const [target] = targets;
            const rpm = rpms[0];
            if (!target || !rpm)
                continue;
            if (target.pin.kind === 'exact' && sameBuild(target.pin.evr, rpm))
                continue;
            const why = target.pin.kind === 'any'
                ? 'which tdnf resolves to the highest version-release in any repository (the base image may hold another Trident)'
                : target.pin.kind === 'partial'
                    ? `which leaves the release open (${target.pin.evr}), so tdnf may take another build`
                    : `but the RPMs given hold ${rpm.version}-${rpm.release}`;
            problems.push({
                about: 'lists',
                spec,
                message: `${list.where} installs '${spec}', ${why}. Write '${pinnedSpec(rpm)}' to install the RPM given.`,
            });
        }
    }
    const tridentRpm = byName.get('trident');
    if (tridentListed && installed.length > 0 && !installed.includes('trident') && tridentRpm) {
        problems.push({
            about: 'lists',
            message: `${lists[0]?.where ?? 'the config'} installs ${installed.join(', ')} but not trident itself, which they require; tdnf could take it from another repository. Add '${pinnedSpec(tridentRpm)}'.`,
        });
    }
    const required = requirements(lists.flatMap((l) => l.specs), set, installed);
    problems.push(...missing(required, set));
    return { problems, installed };
}

;// CONCATENATED MODULE: ./build/stages/config.js



















/** The RPM input, named in errors about the RPMs (undefined without one). */
function rpmInput(ctx) {
    const kind = ctx.inputs.rpms.kind;
    return kind === 'build' ? 'trident-source' : kind === 'prebuilt' ? 'trident-rpms' : undefined;
}
function problemList(problems) {
    return (0,trident_problems/* problemLines */.pb)(problems.map((p) => `  ${p.path}: ${p.message}`));
}
/** Throws the package problems, each under the input it concerns. */
function throwPackageProblems(ctx, problems, listsInput) {
    const first = problems[0];
    if (!first)
        return;
    const input = first.about === 'rpms' ? (rpmInput(ctx) ?? 'trident-rpms') : listsInput(first);
    const same = problems.filter((p) => (p.about === 'rpms' ? (rpmInput(ctx) ?? 'trident-rpms') : listsInput(p)) === input);
    throw new errors/* InputError */.d(input, same.length === 1
        ? first.message
        : `${same.length} problems with what the ISO would install:\n${(0,trident_problems/* problemLines */.pb)(same.map((p) => `  - ${p.message}`))}`);
}
/**
 * The built ISO's live OS must hold every file of the Trident packages it
 * installs from the RPMs given, as their headers list them (checked from its
 * bytes after the build); a package whose files cannot be checked so is
 * refused now, before Image Customizer runs.
 */
function expectPackageFiles(ctx, config, set, installed, log) {
    if (config.owned.readsLiveOs === false)
        return;
    const rpms = set.packages.filter((p) => installed.includes(p.name));
    const { entries, problems } = packageFilesOnIso(rpms);
    if (problems.length > 0)
        throw new errors/* InputError */.d(rpmInput(ctx) ?? 'trident-rpms', (0,trident_problems/* problemLines */.pb)(problems));
    config.owned.expected = { ...config.owned.expected, packageFiles: entries };
    if (entries.length > 0)
        log(`The built ISO must hold the ${entries.length} files, links and folders of ${rpms.map((r) => r.name).join(', ')} as their RPM headers list them (checked from its bytes).`);
}
/**
 * Pins Trident in the config to the RPMs given (the generated config, written
 * again if it was written before), or checks that a user's config does.
 */
async function applyRpms(ctx, config, set, log, written) {
    if (!config.generated) {
        const { problems, installed } = checkLists(config.lists, set);
        throwPackageProblems(ctx, problems, () => 'config');
        log(installed.length > 0
            ? `The config installs ${installed.join(', ')} pinned to the RPMs given (trident ${set.tridentVersion}).`
            : 'The config installs no Trident package: the RPMs given are only offered to tdnf.');
        expectPackageFiles(ctx, config, set, installed, log);
        return;
    }
    const install = config.generated.os?.packages?.install ?? [];
    const pinned = pinInstallList(install, set, config.lists);
    // A spec the user wrote in `packages` is theirs to change; anything else came through extra-config.
    throwPackageProblems(ctx, pinned.problems, (p) => (p.spec && ctx.inputs.packages.includes(p.spec) ? 'packages' : 'extra-config'));
    for (const line of pinned.lines)
        log(line);
    expectPackageFiles(ctx, config, set, pinned.installed, log);
    const final = { ...config.generated, os: { ...config.generated.os, packages: { ...config.generated.os?.packages, install: pinned.install } } };
    if (written)
        await replaceConfigFile(config.configHostPath, final);
    else
        await writeConfigFile(config.configHostPath, final);
}
/**
 * verify reads the serial console: the live OS's last console= (iso's arguments come after the OS's) must be it.
 * Returns why it is not, or undefined.
 */
function consoleProblem(checked, config) {
    const last = lastConsole(config);
    if (!checked.verify || (0,patterns/* isSerialConsole */.KP)(last))
        return undefined;
    return `the live OS's last console= is ${last ?? 'missing'}, so systemd's status lines and Trident's forwarded journal do not reach the serial console that verify reads; put console=ttyS0 last (os.kernelCommandLine or iso.kernelCommandLine extraCommandLine).`;
}
/**
 * Only the config's folder is mounted (read-only, at /config): a file it names
 * outside that folder (`../`, an absolute path, a symlink leading out) would
 * be missing inside the container, after the pulls. Refused now, naming it.
 */
async function refuseFilesOutside(config, configDir) {
    const realDir = await (0,promises_.realpath)(configDir);
    const outside = [];
    for (const { pointer, file } of namedFiles(config)) {
        const resolved = external_node_path_.resolve(configDir, file);
        // A missing file inside the folder is refused below; a symlink leading out is outside.
        const real = isInside(configDir, resolved) && !external_node_path_.isAbsolute(file) ? await (0,promises_.realpath)(resolved).catch(() => realDir) : undefined;
        if (real === undefined || !isInside(realDir, real))
            outside.push(`  ${pointer}: '${file}' is outside ${configDir}`);
    }
    if (outside.length > 0)
        throw new errors/* InputError */.d('config', `names files outside its own folder, the only one Image Customizer gets (mounted read-only):\n${(0,trident_problems/* problemLines */.pb)(outside)}\nMove them into ${configDir} (or below it) and name them relative to the config.`);
    await refuseUnusableFiles(config, configDir);
}
/**
 * What the config names must be there and be what Image Customizer reads: a
 * regular file (a folder for additionalDirs). A FIFO would hang it, a device
 * feed it without end, a folder or a missing file fail it after the pulls.
 * Paths under `output` are written, not read, and `input` is given on the
 * command line instead: both left alone.
 */
async function refuseUnusableFiles(config, configDir) {
    const unusable = [];
    for (const { pointer, file } of namedFiles(config)) {
        if (pointer.startsWith('/output/') || pointer.startsWith('/input/'))
            continue;
        const wantsFolder = /^\/(os|iso)\/additionalDirs\/\d+\/source$/.test(pointer);
        const why = kindProblem(await (0,promises_.stat)(external_node_path_.resolve(configDir, file)).catch(() => undefined), wantsFolder);
        if (why)
            unusable.push(`  ${pointer}: '${file}' ${why}`);
    }
    if (unusable.length > 0)
        throw new errors/* InputError */.d('config', `names files Image Customizer cannot use:\n${(0,trident_problems/* problemLines */.pb)(unusable)}`);
}
function kindProblem(found, wantsFolder) {
    if (!found)
        return 'does not exist';
    if (wantsFolder)
        return found.isDirectory() ? undefined : 'is not a folder';
    if (found.isFile())
        return undefined;
    if (found.isDirectory())
        return 'is a folder; a file is expected';
    return 'is not a regular file (a FIFO, a device or a socket: Image Customizer would wait on it or read it without end)';
}
/** The tools the host config needs, added to the generated config (one line each, saying why). */
function addTools(needs, log) {
    for (const need of needs)
        log(toolLine(need));
    return needs.map((n) => n.package);
}
/** Copies extra-config's package lists beside the generated config and points the merged config at the copies. */
async function bringLists(config, lists, configDir) {
    if (lists.length === 0)
        return config;
    await (0,promises_.mkdir)(external_node_path_.join(configDir, 'package-lists'));
    const packages = { ...config.os?.packages };
    for (const key of PACKAGE_LIST_KEYS) {
        const mine = lists.filter((l) => l.key === key);
        if (mine.length === 0)
            continue;
        const copies = [];
        for (const [i, list] of mine.entries()) {
            const copy = `package-lists/${key}-${i}-${external_node_path_.basename(list.file)}`;
            await (0,promises_.copyFile)(list.file, external_node_path_.join(configDir, copy));
            copies.push(copy);
        }
        packages[key] = copies;
    }
    return { ...config, os: { ...config.os, packages } };
}
function listsOf(config, files, where) {
    const packages = mapping_isMapping(config.os?.packages) ? config.os.packages : {};
    const inline = (key) => {
        const specs = packages[key];
        return Array.isArray(specs) ? [{ where: `os.packages.${key}`, specs: specs.filter((s) => typeof s === 'string'), action: key }] : [];
    };
    const fromFiles = files
        .filter((f) => f.key !== 'removeLists')
        .map((f) => ({ where: where(f), specs: f.packages, action: f.key === 'updateLists' ? 'update' : 'install' }));
    return [...inline('install'), ...fromFiles, ...inline('update')];
}
/** The configs, with what the checks read: the COSI's metadata SHA-384, extra-config and its lists; `given` RPMs are pinned now. */
function writeConfig(checked, given) {
    return async (ctx, log) => {
        const { inputs, work, features } = ctx;
        // The ISO carries a copy (mounted with the config), never the user's file itself.
        const hostConfigPath = inputs.hostConfig ? external_node_path_.join(work.config, 'host-config.yaml') : '';
        let hostConfig;
        // The copy's bytes as written: the placeholder and the check of the built ISO take them from here, not from the file again.
        let hostConfigBytes;
        if (inputs.hostConfig) {
            // Made during the checks' waits when they could (check.ts); its problems are told here, after theirs.
            const copy = await writeHostConfigCopy(inputs.hostConfig, hostConfigPath, hostConfigPlan(inputs, checked), checked.hostConfigCopy);
            hostConfig = copy.value;
            hostConfigBytes = copy.bytes;
            log(copy.changed
                ? `Host config copy with image.url and image.sha384 of the COSI: ${hostConfigPath}`
                : `Host config copied as given: ${hostConfigPath}`);
        }
        const invalid = (input, problems) => {
            const message = `the Image Customizer config is not valid for Image Customizer ${features.version}:\n${problemList(problems)}`;
            // Only what the user wrote can make it invalid: name that input.
            if (input)
                throw new errors/* InputError */.d(input, message);
            throw new Error(`The generated config is invalid (a bug in the action): ${message}`);
        };
        if (inputs.config) {
            const configDir = external_node_path_.dirname(inputs.config);
            const config = await readUserConfig(inputs.config);
            await refuseFilesOutside(config, configDir);
            const { lists: files, problems: listProblems } = await readPackageLists(splitPackageLists(config).refs, configDir);
            const problems = [...(await checkCustomizerConfig(config, features)), ...listProblems];
            if (problems.length > 0)
                invalid('config', problems);
            log(`Image Customizer config (${features.schema} schema: valid): ${inputs.config}`);
            const consoleWhy = consoleProblem(checked, config);
            if (consoleWhy)
                ctx.rt.warning({ message: `verify: ${consoleWhy}` });
            const lists = listsOf(config, files, (f) => `${f.key} file ${f.path}`);
            const carried = await checkUserTools(config, configDir, lists, log);
            // full-os puts the live OS in the initramfs, which the check after the build does not read.
            const fullOs = fullOsInitramfs(config);
            if (fullOs && carried)
                ctx.rt.warning({
                    message: `config: iso.initramfsType full-os puts the live OS into the initramfs, which the action does not read: the host config it carries is not checked in the built ISO (with the default, bootstrap, it is).`,
                });
            const prepared = {
                configHostPath: inputs.config,
                configContainerPath: `${IN_CONTAINER.config}/${external_node_path_.basename(inputs.config)}`,
                configDir,
                hostConfigPath,
                lists,
                // Its scripts are its own, but the host config it carries is the one the ISO must hold.
                owned: { expected: ownedOnIsoForUserConfig(fullOs ? undefined : carried), input: 'config', readsLiveOs: !fullOs },
            };
            if (given)
                await applyRpms(ctx, prepared, given, log, false);
            return prepared;
        }
        const tools = addTools(hostConfigTools(hostConfig), log);
        const placeholder = inputs.placeholderSize !== undefined && hostConfigBytes
            ? await writePlaceholder(hostConfigBytes, inputs.placeholderSize, work.config, log)
            : undefined;
        const generated = buildCustomizerConfig({
            hostname: inputs.hostname,
            packages: [...new Set([...tools, ...inputs.packages])],
            services: inputs.services,
            kernelCommandLine: inputs.kernelCommandLine,
            selinuxMode: inputs.selinuxMode,
            ...(inputs.hostConfig ? { hostConfigSource: external_node_path_.basename(hostConfigPath) } : {}),
            ...(inputs.cosi ? { cosi: { source: `${IN_CONTAINER.cosiDir}/${external_node_path_.basename(inputs.cosi)}`, destination: inputs.cosiDestination } } : {}),
            ...(placeholder ? { placeholderSource: external_node_path_.basename(placeholder.file) } : {}),
        });
        const extraLists = checked.extraConfigLists ?? [];
        const merged = checked.extraConfig ? await bringLists(mergeConfig(generated, checked.extraConfig), extraLists, work.config) : generated;
        const consoleWhy = consoleProblem(checked, merged);
        if (consoleWhy)
            throw new errors/* InputError */.d('extra-config', consoleWhy);
        if (placeholder)
            placeholderConflicts(merged);
        const checkedConfig = merged;
        if (fullOsInitramfs(merged))
            throw new errors/* InputError */.d('extra-config', "sets iso.initramfsType: full-os, which puts the live OS into the initramfs instead of liveos/rootfs.img: the action checks from the built ISO's bytes that the live OS holds the host config it checked, and reads only liveos/rootfs.img (Image Customizer's default, bootstrap). Remove iso.initramfsType.");
        // What the ISO must hold once every script of the config has run: checked from the ISO's bytes after the build.
        const cosiSize = inputs.cosi && !inputs.config ? (await (0,promises_.stat)(inputs.cosi)).size : undefined;
        const owned = ownedOnIso({
            ...(hostConfigBytes ? { hostConfig: hostConfigBytes } : {}),
            ...(placeholder ? { placeholder: placeholder.bytes } : {}),
            ...(cosiSize !== undefined ? { cosi: { destination: external_node_path_.posix.normalize(inputs.cosiDestination), size: cosiSize } } : {}),
        });
        const problems = await checkCustomizerConfig(checkedConfig, features);
        if (problems.length > 0)
            invalid(inputs.extraConfig ? 'extra-config' : undefined, problems);
        const configHostPath = external_node_path_.join(work.config, 'ic-config.yaml');
        const prepared = {
            configHostPath,
            configContainerPath: `${IN_CONTAINER.config}/${external_node_path_.basename(configHostPath)}`,
            configDir: work.config,
            hostConfigPath,
            generated: checkedConfig,
            ...(placeholder ? { placeholder } : {}),
            owned: { expected: owned, input: inputs.extraConfig ? 'extra-config' : undefined, readsLiveOs: true },
            lists: extraLists
                .filter((f) => f.key !== 'removeLists')
                .map((f) => ({
                where: `extra-config's ${f.key} file ${f.path}`,
                specs: f.packages,
                action: f.key === 'updateLists' ? 'update' : 'install',
            })),
        };
        if (given)
            await applyRpms(ctx, prepared, given, log, false);
        else if (inputs.rpms.kind === 'build') {
            await writeConfigFile(configHostPath, checkedConfig, "Trident's packages are not pinned yet: once `make` has built the RPMs, the action\npins each to their exact version-release before Image Customizer runs.");
            log("Trident's packages are pinned once the RPMs are built.");
        }
        else
            await writeConfigFile(configHostPath, checkedConfig);
        log(`Image Customizer config (${features.schema} schema: valid): ${configHostPath}`);
        return prepared;
    };
}
/** Whether a config asks for the full-OS initramfs (no liveos/rootfs.img on the ISO: liveosisobuilder.go). */
function fullOsInitramfs(config) {
    return mapping_isMapping(config.iso) && config.iso.initramfsType === 'full-os';
}
/** patchable: the host config copy, filled into a placeholder of `size` bytes, written beside the config. */
async function writePlaceholder(text, size, dir, log) {
    const bytes = (0,placeholder/* filledPlaceholder */.yV)(text, size);
    if (!Buffer.isBuffer(bytes)) {
        throw new errors/* InputError */.d('placeholder-size', `is ${size} bytes, too small by ${bytes.tooBigBy} bytes for the host config the ISO carries (${text.length} bytes; a placeholder of ${size} bytes holds ${(0,placeholder/* capacity */.bN)(size)} after its first line). Set it to at least ${size + bytes.tooBigBy}, with room for the host configs you will patch in.`);
    }
    const file = external_node_path_.join(dir, 'trident-config.yaml');
    await (0,promises_.writeFile)(file, bytes, { flag: 'wx' });
    log(`patchable: the host config goes on the ISO media at ${placeholder/* PLACEHOLDER_ISO_PATH */.Aw} (a ${size}-byte isopatch placeholder, ${(0,placeholder/* capacity */.bN)(size) - text.length} bytes to spare), linked from ${HOST_CONFIG_DESTINATION} in the live OS.`);
    return { file, size, bytes };
}
/** With patchable, /etc/trident/config.yaml is the link to the placeholder, and the placeholder's path on the media is taken. */
function placeholderConflicts(config) {
    const destinations = (files) => Array.isArray(files)
        ? files.flatMap((f) => (mapping_isMapping(f) && typeof f.destination === 'string' ? [external_node_path_.posix.normalize(f.destination)] : []))
        : [];
    if (destinations(config.os?.additionalFiles).includes(HOST_CONFIG_DESTINATION)) {
        throw new errors/* InputError */.d('extra-config', `puts a file at ${HOST_CONFIG_DESTINATION} (os.additionalFiles); with patchable that path is a link to the placeholder on the ISO media (it would make the link fail). Give the host config as host-config only.`);
    }
    if (destinations(config.iso?.additionalFiles).filter((d) => d === placeholder/* PLACEHOLDER_ISO_PATH */.Aw).length > 1) {
        throw new errors/* InputError */.d('extra-config', `puts a file at ${placeholder/* PLACEHOLDER_ISO_PATH */.Aw} on the ISO (iso.additionalFiles), where patchable puts the host config's placeholder; choose another destination.`);
    }
}
/** A user's config must install the tools its host config needs; the config is never changed by the action. Returns the host config's bytes, if it carries one. */
async function checkUserTools(config, configDir, lists, log) {
    const carried = await carriedHostConfig(config, configDir);
    if (!carried.found) {
        log('The config puts no host config at /etc/trident/config.yaml (os.additionalFiles): the tools a host config needs are not checked.');
        return undefined;
    }
    if ('error' in carried)
        throw new errors/* InputError */.d('config', `the host config at ${carried.where} ${carried.error}.`);
    const installed = new Set(lists.filter((l) => l.action !== 'update').flatMap((l) => l.specs.flatMap(specNames)));
    const needs = hostConfigTools(carried.value);
    const missing = needs.filter((n) => !installed.has(n.package));
    if (missing.length > 0) {
        throw new errors/* InputError */.d('config', `the host config it carries (${carried.where}) needs packages the config does not install; Trident only Suggests them and tdnf does not install suggestions. Add to os.packages.install:\n${missing
            .map((n) => `  - ${n.package}: for ${n.feature} (host config ${n.path}): ${n.use}`)
            .join('\n')}`);
    }
    for (const need of needs)
        log(`${toolLine(need)} The config installs it.`);
    return carried.bytes;
}

;// CONCATENATED MODULE: ./build/stages/customize.js
// Stage 4: Image Customizer in its privileged container, with just what the
// build needs mounted (never the whole host; the user's files read-only).






/** Just what the build needs, never the whole host; the user's files read-only. Pure. */
function mountsFor(ctx, config, baseImageFile, rpmDir) {
    const { inputs, work } = ctx;
    const mounts = [
        { host: config.configDir, container: IN_CONTAINER.config, readOnly: true },
        { host: baseImageFile, container: `${IN_CONTAINER.baseDir}/${external_node_path_.basename(baseImageFile)}`, readOnly: true },
        { host: work.build, container: IN_CONTAINER.build, readOnly: false },
        { host: work.output, container: IN_CONTAINER.output, readOnly: false },
    ];
    // A user's own config names its files itself, relative to its folder.
    if (inputs.cosi && !inputs.config)
        mounts.push({ host: inputs.cosi, container: `${IN_CONTAINER.cosiDir}/${external_node_path_.basename(inputs.cosi)}`, readOnly: true });
    if (rpmDir)
        mounts.push({ host: rpmDir, container: IN_CONTAINER.rpms, readOnly: false });
    return mounts;
}
/** The container the run starts. Pure. */
function containerSpec(ctx, config, baseImageFile, rpmDir) {
    const { inputs } = ctx;
    return {
        engine: inputs.containerEngine,
        platform: inputs.platform,
        name: ctx.containerName,
        image: inputs.imageCustomizerImage,
        features: ctx.features,
        mounts: mountsFor(ctx, config, baseImageFile, rpmDir),
        configFile: config.configContainerPath,
        imageFile: `${IN_CONTAINER.baseDir}/${external_node_path_.basename(baseImageFile)}`,
        ...(rpmDir ? { rpmSource: IN_CONTAINER.rpms } : {}),
        outputFile: `${IN_CONTAINER.output}/${external_node_path_.basename(inputs.output)}`,
        logLevel: inputs.logLevel,
    };
}
/**
 * The line of Image Customizer's log where tdnf says it could not find one
 * of the pinned Trident builds, or undefined. tdnf prints "<spec> package not
 * found or not installed" (vmware/tdnf v3.5.8 client/resolve.c) or "No package
 * <spec> available" (tools/cli/lib/installcmd.c); libsolv "nothing provides
 * <dep> needed by <package>" (src/problems.c). Pure.
 */
function missingPinnedBuild(line, rpms) {
    // tdnf's "No package" line makes the name bold with ANSI escapes: read the line without them.
    // eslint-disable-next-line no-control-regex
    const plain = line.replace(/\x1b\[[0-9;]*m/g, '');
    for (const rpm of rpms.packages) {
        const pin = pinnedSpec(rpm);
        if (plain.includes(`${pin} package not found or not installed`) || plain.includes(`No package ${pin} available`))
            return pin;
        if (plain.includes(`nothing provides ${rpm.name} = ${evrOf(rpm)}`))
            return pin;
    }
    return undefined;
}
function customize(config, base, rpms) {
    return async (ctx, log, signal) => {
        const spec = containerSpec(ctx, config, base.file, rpms.dir);
        const argv = containerArgv(spec);
        log(`Running: ${argv.join(' ')}`);
        const missing = [];
        const onLine = (line) => {
            log(line);
            const build = missingPinnedBuild(line, rpms);
            if (build && missing.length < 10)
                missing.push({ build, line });
        };
        await (0,tools_engine/* runContainer */.zR)(ctx.exec, { argv, engine: spec.engine, name: spec.name, onLine, signal }).catch((error) => {
            if (!(error instanceof exec.CommandError))
                throw error;
            const tail = `The last lines of its log:\n${error.tail.join('\n')}`;
            if (missing.length > 0) {
                throw new Error(`Image Customizer failed (exit code ${error.exitCode}): tdnf in the base image could not find the Trident build the config pins, ${[...new Set(missing.map((m) => m.build))].join(', ')}, ` +
                    `among the RPMs given (--rpm-source). It did not install another Trident instead. tdnf said: ${missing[0]?.line.trim() ?? ''}\n${tail}`);
            }
            throw new Error(`Image Customizer failed (exit code ${error.exitCode}). ${tail}`);
        });
    };
}

;// CONCATENATED MODULE: ./build/stages/customizer-image.js
// Stage 3c (beside the RPMs and the base image): the Image Customizer image
// pulled, and a privileged container of it tried, so that an engine refusing
// privileges stops the run before the long work rather than after it.



/** What a failed login or pull means for the inputs (a transient failure, retried in vain, is not the user's). */
function pullError(error) {
    if (!(error instanceof tools_engine/* EngineError */.NJ))
        return error;
    if (error.step === 'pull')
        return new errors/* InputError */.d('imagecustomizer-image', `could not pull ${error.image}: ${error.output}`);
    if (error.transient)
        return error;
    return new errors/* InputError */.d('imagecustomizer-registry-username', `the login to ${(0,oci_ref/* registryOf */.Fv)(error.image)} failed; check imagecustomizer-registry-username and imagecustomizer-registry-password. ${error.output}`);
}
async function customizerImage(ctx, log, signal) {
    const { inputs, work, containerName: name } = ctx;
    const { containerEngine: engine, imageCustomizerImage: image, platform } = inputs;
    const credentials = inputs.imageCustomizerCredentials;
    await (0,tools_engine/* pullImage */.ZP)(ctx.exec, {
        engine,
        image,
        platform,
        ...(credentials ? { auth: { dir: work.auth, ...credentials } } : {}),
        retry: ctx.retry,
        onLine: log,
        signal,
    }).catch((error) => {
        throw pullError(error);
    });
    // From here on containers of this name may exist: the post step removes them.
    ctx.leftovers.track({ container: { engine, name, image } });
    const check = await (0,tools_engine/* tryPrivileged */.xz)(ctx.exec, { engine, image, platform, name, signal });
    const said = `(exit code ${check.exitCode}): ${check.tail.slice(-3).join(' ')}`;
    if (check.verdict === 'refused') {
        throw new errors/* InputError */.d('container-engine', `${engine} could not run a privileged container with loop devices ${said}. Image Customizer needs one; use a runner whose engine allows --privileged.`);
    }
    if (check.verdict === 'error')
        throw new Error(`The privileged check container of ${image} could not run ${said}.`);
    log(`${engine} runs privileged containers with loop devices.`);
}

;// CONCATENATED MODULE: ./build/trident/rpm-sources.js
// Where Trident's RPMs come from: built from a checkout with
// `make bin/trident-rpms.tar.gz` (or restored from the cache for the same clean
// commit), or taken prebuilt from a folder or tarball; each file's header is
// read (what it is comes from there, not from its name); then they are
// gathered flat into one folder (x86_64 and noarch together). The user's
// files are copied, never moved: Image Customizer writes repodata into the
// folder it is given.





/** The RPMs given cannot be used as they are (two files of one name, none at all). */
class RpmSourceError extends Error {
    constructor(message) {
        super(message);
        this.name = 'RpmSourceError';
    }
}
/** More than this many .rpm files is not a set of Trident's RPMs (and would only cost time to read). */
const MAX_RPMS = 1000;
/** Every .rpm below dir (source RPMs by name excluded; the header tells the renamed ones), sorted by path. */
async function findRpms(dir) {
    const found = [];
    const entries = await (0,promises_.readdir)(dir, { recursive: true, withFileTypes: true });
    for (const entry of entries) {
        if (!entry.name.endsWith('.rpm') || entry.name.endsWith('.src.rpm') || entry.isDirectory())
            continue;
        const file = external_node_path_.join(entry.parentPath, entry.name);
        // A link to an RPM counts as the RPM; anything else by that name (a pipe, a device, a dangling link) would be
        // read as one or skipped unseen: it is named instead.
        const regular = entry.isFile() || (entry.isSymbolicLink() && (await (0,promises_.stat)(file).catch(() => undefined))?.isFile() === true);
        if (!regular)
            throw new RpmSourceError(`${file} is named like an RPM but is not a regular file (nor a link to one); remove it or put the RPM there.`);
        found.push(file);
        if (found.length > MAX_RPMS)
            throw new RpmSourceError(`${dir} holds more than ${MAX_RPMS} .rpm files; give the folder of Trident's RPMs.`);
    }
    return found.sort();
}
/** The header of every file; a file that is not an RPM is an error naming it. */
async function readRpms(files) {
    const packages = [];
    for (const file of files) {
        const header = await readRpmHeader(file).catch((error) => {
            if (error instanceof RpmHeaderError)
                throw new RpmSourceError(`${file} is not a usable RPM: ${error.message}.`);
            throw error;
        });
        packages.push({ file, ...header });
    }
    return packages;
}
/** Copies the RPMs flat into target; two different files with one name are an error. */
async function gatherRpms(packages, target) {
    await (0,promises_.mkdir)(target, { recursive: true });
    const byName = new Map();
    const gathered = [];
    for (const rpm of packages) {
        const base = external_node_path_.basename(rpm.file);
        const earlier = byName.get(base);
        if (earlier)
            throw new RpmSourceError(`two RPMs are named ${base} (${earlier} and ${rpm.file}); keep one.`);
        byName.set(base, rpm.file);
        const dest = external_node_path_.join(target, base);
        // Clone where the filesystem can (instant), copy otherwise.
        await (0,promises_.copyFile)(rpm.file, dest, external_node_fs_.constants.COPYFILE_FICLONE);
        gathered.push({ ...rpm, file: dest });
    }
    return gathered;
}
async function unpack(exec, tarball, dir) {
    await (0,promises_.mkdir)(dir, { recursive: true });
    await exec.runChecked(['tar', '-xzf', tarball, '-C', dir]);
    return findRpms(dir);
}
/** The checkout's commit when its tree is clean; undefined when dirty or not a git checkout. */
async function cleanCommit(exec, checkout) {
    // Both at once: each is a process start, and this is on the way to make.
    const [head, status] = await Promise.all([
        exec.run(['git', '-C', checkout, 'rev-parse', '--verify', 'HEAD'], { captureStdout: true }).catch(() => undefined),
        // --no-optional-locks: status does not refresh (write) the index of the user's checkout.
        exec.run(['git', '--no-optional-locks', '-C', checkout, 'status', '--porcelain'], { captureStdout: true }).catch(() => undefined),
    ]);
    if (head?.exitCode !== 0)
        return { reason: 'not a git checkout' };
    if (status?.exitCode !== 0 || status.stdout.trim() !== '')
        return { reason: 'the checkout has uncommitted changes' };
    return { commit: head.stdout.trim(), reason: 'clean' };
}
/**
 * The checkout's clean commit and its cache key; with lookup, also whether the
 * cache holds its RPMs (asked without downloading). Starts no process but git.
 */
async function askRpmCache(exec, checkout, cache, lookup = false) {
    const { commit, reason } = await cleanCommit(exec, checkout);
    if (!commit)
        return { reason };
    const key = cache.key(commit);
    const cached = lookup ? await cache.lookup(cache.dir, key) : undefined;
    return { commit, reason, key, ...(cached === undefined ? {} : { cached }) };
}
/** make bin/trident-rpms.tar.gz, or the RPMs cached for the same clean commit. */
async function build(checkout, o) {
    const answer = o.cache ? await (o.cacheAnswer ?? askRpmCache(o.exec, checkout, o.cache)) : { reason: 'cache is off' };
    const { commit, key } = answer;
    // The cache's folder is emptied before RPMs go into it; on a miss known ahead, while make runs, so that
    // make starts in the stage's first step, before the other stages' work takes this thread.
    let emptied;
    if (o.cache && key) {
        emptied = (0,promises_.rm)(o.cache.dir, { recursive: true, force: true });
        // A miss known ahead: make starts at once, without asking the cache again.
        if (answer.cached === false) {
            o.onLine(`Cache miss: ${key}`);
            // Handled at once: a make that fails leaves it unread.
            emptied.catch(() => undefined);
        }
        else {
            await emptied;
            if (await o.cache.restore(o.cache.dir, key)) {
                o.onLine(`RPMs of commit ${commit} restored from the cache: make is not run.`);
                return findRpms(o.cache.dir);
            }
        }
    }
    else if (o.cache) {
        o.onLine(`RPMs are not cached: ${answer.reason}.`);
    }
    o.onLine(`Building Trident RPMs: make bin/trident-rpms.tar.gz in ${checkout}`);
    const making = o.exec.runChecked(['make', 'bin/trident-rpms.tar.gz'], {
        cwd: checkout,
        onLine: o.onLine,
        ...(o.signal ? { signal: o.signal } : {}),
    });
    if (o.cache && key)
        o.cache.prepareSave?.();
    await making;
    const tarball = external_node_path_.join(checkout, 'bin', 'trident-rpms.tar.gz');
    if (o.cache && key) {
        await emptied;
        const files = await unpack(o.exec, tarball, o.cache.dir);
        await o.cache.save(o.cache.dir, key);
        return files;
    }
    return unpack(o.exec, tarball, external_node_path_.join(o.scratch, 'rpms-unpacked'));
}
/**
 * Gets the RPMs the source names and reads their headers; with a target,
 * gathers them flat into it (without one, as validate-only does, they are
 * read where they are). Throws RpmSourceError when they cannot be used.
 */
async function getRpms(source, o) {
    let files;
    if (source.kind === 'build') {
        files = await build(source.checkout, o);
    }
    else {
        const info = await (0,promises_.stat)(source.path);
        files = info.isDirectory() ? await findRpms(source.path) : await unpack(o.exec, source.path, external_node_path_.join(o.scratch, 'rpms-unpacked'));
    }
    if (files.length === 0)
        throw new RpmSourceError(`no .rpm files were found in ${source.kind === 'build' ? source.checkout : source.path}.`);
    const read = await readRpms(files);
    const packages = o.target ? await gatherRpms(read, o.target) : read;
    for (const p of packages)
        o.onLine(`  ${external_node_path_.basename(p.file)}: ${describeRpm(p)}`);
    return { ...(o.target ? { dir: o.target } : {}), packages, tridentVersion: tridentVersionOf(packages) };
}

;// CONCATENATED MODULE: ./build/stages/rpms.js
// Trident's RPMs. Prebuilt ones are read before the config is written (it
// pins their exact version-release); a checkout is built beside the base
// image and Image Customizer pulls, and the config is pinned when the build
// ends. Each file is judged by its header, the set checked, and the host
// config checked by `trident validate` when the RPMs hold a trident that
// runs here.







/** The Actions cache for RPMs built from a clean commit. */
function rpmCache(ctx, log, signal) {
    const warning = (line) => ctx.rt.warning({ message: line });
    return {
        dir: external_node_path_.join(ctx.cacheRoot, 'rpms'),
        key: (commit) => cacheKeys.rpms(ctx.inputs.platform, commit),
        restore: (dir, key) => restore(dir, key, { info: log, warning }, ctx.exec, signal),
        lookup: (dir, key) => lookup(dir, key, { info: log, warning }, ctx.exec, signal),
        // make has started: the save's client compiles while the build runs, not when the build ends.
        prepareSave: () => void loadCacheClient().catch(() => undefined),
        // The save outlives this stage (it runs beside Image Customizer, as the base image's does): it logs directly.
        save: (dir, key) => {
            ctx.background('Save RPMs to the cache', (s) => save(dir, key, { info: (line) => ctx.rt.console.info(line), warning }, s));
            return Promise.resolve();
        },
    };
}
/**
 * With trident-source and the cache on: the checkout's commit and whether the cache holds its RPMs, asked
 * while the config is written (git and one cache request; nothing is written, nothing downloaded), so that
 * on a miss make starts as its stage does. Never rejects but when the run is cancelled.
 */
function askRpmCacheAhead(ctx) {
    const source = ctx.inputs.rpms;
    if (source.kind !== 'build' || !ctx.cache || ctx.inputs.validateOnly)
        return undefined;
    const signal = ctx.rt.signal;
    const asked = askRpmCache(ctx.exec, source.checkout, rpmCache(ctx, () => undefined, signal), true);
    // Handled at once: a run that fails before its RPM stage leaves it unread.
    asked.catch(() => undefined);
    return asked;
}
/** The RPMs of the source, their headers read and the set checked; gathered into the work folder unless validate-only. */
async function rpmSet(ctx, log, signal, cacheAnswer) {
    const { inputs, work, exec } = ctx;
    const source = inputs.rpms;
    if (source.kind === 'distro')
        return { packages: [], tridentVersion: '' };
    const input = rpmInput(ctx) ?? 'trident-rpms';
    const set = await getRpms(source, {
        exec,
        ...(inputs.validateOnly ? {} : { target: work.rpms }),
        scratch: work.scratch,
        onLine: log,
        signal,
        ...(ctx.cache ? { cache: rpmCache(ctx, log, signal) } : {}),
        ...(cacheAnswer ? { cacheAnswer } : {}),
    }).catch((error) => {
        throw error instanceof RpmSourceError ? new errors/* InputError */.d(input, error.message) : error;
    });
    const problems = checkRpmSet(set.packages, inputs.platform);
    if (problems.length > 0)
        throw new errors/* InputError */.d(input, problems.join(' '));
    return set;
}
/** Prebuilt RPMs (trident-rpms), read before the config is written. */
const readGivenRpms = rpmSet;
/** `trident validate` on the host config the ISO carries, when the RPMs hold a trident that runs here. */
async function validateHostConfig(ctx, config, set, log, signal) {
    if (!config.hostConfigPath)
        return;
    const validation = await validateWithTrident(ctx.exec, set.packages, config.hostConfigPath, { scratch: ctx.work.scratch, log, signal }).catch((error) => {
        throw error instanceof TridentPayloadError ? new errors/* InputError */.d(rpmInput(ctx) ?? 'trident-rpms', error.message) : error;
    });
    if (validation.verdict === 'invalid') {
        throw new errors/* InputError */.d('host-config', `trident validate rejects the host config the ISO carries:\n${validation.output.join('\n')}`);
    }
    if (validation.verdict === 'not-run')
        log(`trident validate not run: ${validation.why}.`);
}
/** Beside the pulls: the build from trident-source (then the config is pinned to it), and `trident validate`. */
function tridentRpms(config, given, cacheAnswer) {
    return async (ctx, log, signal) => {
        if (ctx.inputs.rpms.kind === 'distro') {
            log('No trident-rpms or trident-source given: Trident is installed from the Azure Linux package repositories.');
            return { packages: [], tridentVersion: '' };
        }
        if (given) {
            await validateHostConfig(ctx, config, given, log, signal);
            return given;
        }
        const set = await rpmSet(ctx, log, signal, cacheAnswer);
        // Pinning the config to the RPMs (the config file) and `trident validate` (the host config copy) share
        // nothing: both at once, as Image Customizer waits for them. The pinning's problems are told first.
        const [pinned, validated] = await Promise.allSettled([applyRpms(ctx, config, set, log, true), validateHostConfig(ctx, config, set, log, signal)]);
        if (pinned.status === 'rejected')
            throw pinned.reason;
        if (validated.status === 'rejected')
            throw validated.reason;
        return set;
    };
}

;// CONCATENATED MODULE: ./build/stages/plan.js
// validate-only: every input checked, prebuilt RPMs read and checked like a
// run does (and `trident validate` run where it can), the configs written,
// then the commands a full run would start, printed from the same argv
// builders the run uses. Nothing is pulled, built or run in a container.













/** The plan's lines. Pure. */
function planLines(ctx, config) {
    const { inputs, work } = ctx;
    const registryConfig = external_node_path_.join(work.auth, 'oras-config.json');
    const lines = [];
    if (inputs.rpms.kind === 'build')
        lines.push(['make', 'bin/trident-rpms.tar.gz', `# in ${inputs.rpms.checkout}`]);
    if (inputs.baseImage.kind === 'oci') {
        const { ref } = inputs.baseImage;
        if (inputs.registryCredentials)
            lines.push(orasArgv.login('oras', (0,oci_ref/* registryOf */.Fv)(ref), inputs.registryCredentials.username, registryConfig));
        lines.push(orasArgv.descriptor('oras', ref, registryConfig));
        lines.push([
            ...orasArgv.pull('oras', (0,oci_ref/* pinnedRef */.I1)(ref, '<resolved digest>'), inputs.platform, basePullDir(ctx), registryConfig),
            `# --platform only when ${ref} is an image index (multi-arch); a single manifest is pulled without it`,
        ]);
    }
    const pulls = (0,tools_engine/* pullArgv */.W8)({
        engine: inputs.containerEngine,
        image: inputs.imageCustomizerImage,
        platform: inputs.platform,
        ...(inputs.imageCustomizerCredentials ? { authDir: work.auth, username: inputs.imageCustomizerCredentials.username } : {}),
    });
    if (pulls.login)
        lines.push(pulls.login);
    const base = inputs.baseImage.kind === 'file' ? inputs.baseImage.path : external_node_path_.join(basePullDir(ctx), 'image.vhdx');
    const run = containerArgv(containerSpec(ctx, config, base, inputs.rpms.kind === 'distro' ? undefined : work.rpms));
    lines.push(pulls.pull, run);
    return ['Every input is valid. Without validate-only the action would run:', ...lines.map((argv) => `  ${argv.join(' ')}`)];
}
/** What validate-only cannot check without building trident-source, and the run checks after the build. Pure. */
function skippedBuildLines(ctx, config) {
    if (ctx.inputs.rpms.kind !== 'build')
        return [];
    const specs = [...(config.generated?.os?.packages?.install ?? []), ...config.lists.flatMap((l) => l.specs)];
    const installs = [...new Set(specs.flatMap((s) => specTargets(s, new Set(TRIDENT_PACKAGE_NAMES)).map((t) => t.name)))];
    return [
        `validate-only: the build of trident-source (make bin/trident-rpms.tar.gz in ${ctx.inputs.rpms.checkout}) is skipped, so its RPMs are not checked. After the build, a run checks:`,
        "  - every RPM by its header (name, epoch, version, release, arch), none a source package, one build of each, Trident's packages of one version-release;",
        `  - their architecture against platform ${ctx.inputs.platform};`,
        `  - that they hold what the ISO installs: ${installs.length > 0 ? [...new Set(['trident', ...installs])].join(', ') : 'no Trident package'}, and trident-selinux where trident's conditional Requires applies;`,
        config.generated
            ? '  - then pins each of them in the config to the built version-release, and runs trident validate on the host config.'
            : '  - that `config` pins each of them to the built version-release, and runs trident validate on the host config.',
    ];
}
function plan(config, given, verify) {
    return async (ctx, stageLog, signal) => {
        const lines = [];
        const log = (line) => {
            lines.push(line);
            stageLog(line);
        };
        if (given)
            await validateHostConfig(ctx, config, given, log, signal);
        for (const line of skippedBuildLines(ctx, config))
            log(line);
        for (const line of planLines(ctx, config))
            log(line);
        if (verify) {
            log(`Then, for verify: ${verify.options.mode}, with the ISO at ${ctx.inputs.output}:`);
            for (const argv of await verifyPlanLines(verify, ctx.work, ctx.inputs.output))
                log(`  ${argv.join(' ')}`);
        }
        const read = async (file) => ({ path: file, text: await (0,promises_.readFile)(file, 'utf8') });
        return {
            lines,
            config: await read(config.configHostPath),
            ...(config.hostConfigPath ? { hostConfig: await read(config.hostConfigPath) } : {}),
        };
    };
}
/** The job summary of validate-only, from what its stages logged and the plan. Pure. */
function validateOnlySummary(stages, planned) {
    const checks = stages.records
        .filter((r) => r.outcome === 'ok' && r.name !== 'Plan (validate-only)')
        .map((r) => ({ stage: r.name, lines: stages.tail(r.name) }));
    return (0,report/* validateOnlyMarkdown */.A3)({ checks, plan: planned.lines, config: planned.config, ...(planned.hostConfig ? { hostConfig: planned.hostConfig } : {}) }, stages.records);
}

;// CONCATENATED MODULE: ./build/stages/index.js
// Every stage, for main.ts to load at once when the inputs have read well: an
// input error needs none of them, and they (with the schema validators, the
// COSI and host config readers, the YAML writer) are most of the action's code.













/***/ })

};
