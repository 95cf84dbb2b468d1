export const id = 687;
export const ids = [687];
export const modules = {

/***/ 39172:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $d: () => (/* binding */ findArtifactId),
/* harmony export */   L9: () => (/* binding */ compressionMethod),
/* harmony export */   oX: () => (/* binding */ findCacheEntry),
/* harmony export */   yG: () => (/* binding */ cacheServiceVersion),
/* harmony export */   zP: () => (/* binding */ cacheReadable)
/* harmony export */ });
/* unused harmony exports ARTIFACT_RETRIES, CACHE_RETRIES, backendIds, cacheVersion, TwirpError, retryDelayMs, twirp, USER_AGENT */
/* harmony import */ var _actions_http_client_lib_proxy__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(19783);
/* harmony import */ var _retry_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(29030);
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
    // node:crypto loads here, not with the module: validate-only loads this module and asks for no cache.
    return process.getBuiltinModule('node:crypto').createHash('sha256').update(components.join('|')).digest('hex');
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
    const proxy = (0,_actions_http_client_lib_proxy__WEBPACK_IMPORTED_MODULE_0__/* .getProxyUrl */ .s)(url);
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
        await (0,_retry_js__WEBPACK_IMPORTED_MODULE_1__/* .pause */ .v7)(delay, call.signal);
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


/***/ }),

/***/ 73687:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AX: () => (/* binding */ loadArtifactClient),
/* harmony export */   CM: () => (/* binding */ deleteArtifact),
/* harmony export */   QM: () => (/* binding */ uploadFile),
/* harmony export */   dN: () => (/* binding */ ArtifactNameTaken),
/* harmony export */   findArtifact: () => (/* binding */ findArtifact),
/* harmony export */   hQ: () => (/* binding */ uploadIso),
/* harmony export */   uploadUnavailable: () => (/* binding */ uploadUnavailable)
/* harmony export */ });
/* unused harmony export artifactUrl */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var _abortable_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(10054);
/* harmony import */ var _results_service_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(39172);
// Uploads the ISO as a workflow artifact. The artifact client (and the Azure
// SDK behind it) is loaded only when an upload happens.



/** node:fs/promises, loaded when this module first touches a file: validate-only loads this module and never does. */
const fs = () => process.getBuiltinModule('node:fs/promises');
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
    if (archive || node_path__WEBPACK_IMPORTED_MODULE_0__.basename(file) === name)
        return file;
    await fs().mkdir(staging, { recursive: true });
    const link = node_path__WEBPACK_IMPORTED_MODULE_0__.join(staging, name);
    await fs().symlink(file, link);
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
    return (0,_results_service_js__WEBPACK_IMPORTED_MODULE_2__/* .findArtifactId */ .$d)(process.env, name, signal);
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
    const upload = client.uploadArtifact(request.artifactName, [file], node_path__WEBPACK_IMPORTED_MODULE_0__.dirname(file), {
        ...(request.retentionDays !== undefined ? { retentionDays: request.retentionDays } : {}),
        // An ISO does not compress; level 0 only spends no CPU on trying.
        compressionLevel: 0,
        skipArchive: !request.archive,
    });
    const result = await (0,_abortable_js__WEBPACK_IMPORTED_MODULE_1__/* .abortable */ .ZC)(upload, signal).catch((error) => {
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
    const upload = client.uploadArtifact(o.name, [source], node_path__WEBPACK_IMPORTED_MODULE_0__.dirname(source), {
        ...(o.retentionDays !== undefined ? { retentionDays: o.retentionDays } : {}),
        skipArchive: !o.archive,
    });
    const result = await (0,_abortable_js__WEBPACK_IMPORTED_MODULE_1__/* .abortable */ .ZC)(upload, signal).catch((error) => {
        throw nameTaken(error, o.name);
    });
    if (result.id === undefined)
        throw new Error('The artifact service returned no artifact id.');
    const digest = (result.digest ?? '').replace(/^sha256:/, '');
    return { id: String(result.id), url: artifactUrl(env, String(result.id)), digest: digest ? `sha256:${digest}` : '' };
}


/***/ }),

/***/ 19783:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ getProxyUrl)
/* harmony export */ });
/* unused harmony export checkBypass */
function getProxyUrl(reqUrl) {
    const usingSsl = reqUrl.protocol === 'https:';
    if (checkBypass(reqUrl)) {
        return undefined;
    }
    const proxyVar = (() => {
        if (usingSsl) {
            return process.env['https_proxy'] || process.env['HTTPS_PROXY'];
        }
        else {
            return process.env['http_proxy'] || process.env['HTTP_PROXY'];
        }
    })();
    if (proxyVar) {
        try {
            return new DecodedURL(proxyVar);
        }
        catch (_a) {
            if (!proxyVar.startsWith('http://') && !proxyVar.startsWith('https://'))
                return new DecodedURL(`http://${proxyVar}`);
        }
    }
    else {
        return undefined;
    }
}
function checkBypass(reqUrl) {
    if (!reqUrl.hostname) {
        return false;
    }
    const reqHost = reqUrl.hostname;
    if (isLoopbackAddress(reqHost)) {
        return true;
    }
    const noProxy = process.env['no_proxy'] || process.env['NO_PROXY'] || '';
    if (!noProxy) {
        return false;
    }
    // Determine the request port
    let reqPort;
    if (reqUrl.port) {
        reqPort = Number(reqUrl.port);
    }
    else if (reqUrl.protocol === 'http:') {
        reqPort = 80;
    }
    else if (reqUrl.protocol === 'https:') {
        reqPort = 443;
    }
    // Format the request hostname and hostname with port
    const upperReqHosts = [reqUrl.hostname.toUpperCase()];
    if (typeof reqPort === 'number') {
        upperReqHosts.push(`${upperReqHosts[0]}:${reqPort}`);
    }
    // Compare request host against noproxy
    for (const upperNoProxyItem of noProxy
        .split(',')
        .map(x => x.trim().toUpperCase())
        .filter(x => x)) {
        if (upperNoProxyItem === '*' ||
            upperReqHosts.some(x => x === upperNoProxyItem ||
                x.endsWith(`.${upperNoProxyItem}`) ||
                (upperNoProxyItem.startsWith('.') &&
                    x.endsWith(`${upperNoProxyItem}`)))) {
            return true;
        }
    }
    return false;
}
function isLoopbackAddress(host) {
    const hostLower = host.toLowerCase();
    return (hostLower === 'localhost' ||
        hostLower.startsWith('127.') ||
        hostLower.startsWith('[::1]') ||
        hostLower.startsWith('[0:0:0:0:0:0:0:1]'));
}
class DecodedURL extends URL {
    constructor(url, base) {
        super(url, base);
        this._decodedUsername = decodeURIComponent(super.username);
        this._decodedPassword = decodeURIComponent(super.password);
    }
    get username() {
        return this._decodedUsername;
    }
    get password() {
        return this._decodedPassword;
    }
}
//# sourceMappingURL=proxy.js.map

/***/ })

};
