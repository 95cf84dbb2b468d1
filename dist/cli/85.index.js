export const id = 85;
export const ids = [85];
export const modules = {

/***/ 20085:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  askRpmCacheAhead: () => (/* binding */ askRpmCacheAhead),
  readGivenRpms: () => (/* binding */ readGivenRpms),
  tridentRpms: () => (/* binding */ tridentRpms),
  validateHostConfig: () => (/* binding */ validateHostConfig)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./build/context/errors.js
var errors = __webpack_require__(31997);
// EXTERNAL MODULE: ./build/tools/cache.js
var cache = __webpack_require__(44762);
// EXTERNAL MODULE: ./build/trident/rpm-set.js
var rpm_set = __webpack_require__(4947);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./build/trident/rpm-header.js
var rpm_header = __webpack_require__(92874);
;// CONCATENATED MODULE: ./build/trident/rpm-sources.js
// Where Trident's RPMs come from: built from a checkout with
// `make bin/trident-rpms.tar.gz` (or restored from the cache for the same clean
// commit), or taken prebuilt from a folder or tarball; each file's header is
// read (what it is comes from there, not from its name); then they are
// gathered flat into one folder (x86_64 and noarch together). The user's
// files are copied, never moved: Image Customizer writes repodata into the
// folder it is given.




/** node:fs/promises, loaded when this module first touches a file: validate-only loads this module and never does. */
const fs = () => process.getBuiltinModule('node:fs/promises');
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
    const entries = await fs().readdir(dir, { recursive: true, withFileTypes: true });
    for (const entry of entries) {
        if (!entry.name.endsWith('.rpm') || entry.name.endsWith('.src.rpm') || entry.isDirectory())
            continue;
        const file = external_node_path_.join(entry.parentPath, entry.name);
        // A link to an RPM counts as the RPM; anything else by that name (a pipe, a device, a dangling link) would be
        // read as one or skipped unseen: it is named instead.
        const regular = entry.isFile() ||
            (entry.isSymbolicLink() &&
                (await fs()
                    .stat(file)
                    .catch(() => undefined))?.isFile() === true);
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
        const header = await (0,rpm_header/* readRpmHeader */.FP)(file).catch((error) => {
            if (error instanceof rpm_header/* RpmHeaderError */.bU)
                throw new RpmSourceError(`${file} is not a usable RPM: ${error.message}.`);
            throw error;
        });
        packages.push({ file, ...header });
    }
    return packages;
}
/** Copies the RPMs flat into target; two different files with one name are an error. */
async function gatherRpms(packages, target) {
    await fs().mkdir(target, { recursive: true });
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
        await fs().copyFile(rpm.file, dest, external_node_fs_.constants.COPYFILE_FICLONE);
        gathered.push({ ...rpm, file: dest });
    }
    return gathered;
}
async function unpack(exec, tarball, dir) {
    await fs().mkdir(dir, { recursive: true });
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
        emptied = fs().rm(o.cache.dir, { recursive: true, force: true });
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
        const info = await fs().stat(source.path);
        files = info.isDirectory() ? await findRpms(source.path) : await unpack(o.exec, source.path, external_node_path_.join(o.scratch, 'rpms-unpacked'));
    }
    if (files.length === 0)
        throw new RpmSourceError(`no .rpm files were found in ${source.kind === 'build' ? source.checkout : source.path}.`);
    const read = await readRpms(files);
    const packages = o.target ? await gatherRpms(read, o.target) : read;
    for (const p of packages)
        o.onLine(`  ${external_node_path_.basename(p.file)}: ${(0,rpm_set/* describeRpm */.V4)(p)}`);
    return { ...(o.target ? { dir: o.target } : {}), packages, tridentVersion: (0,rpm_set/* tridentVersionOf */.iO)(packages) };
}

// EXTERNAL MODULE: ./build/trident/validate.js + 1 modules
var validate = __webpack_require__(65919);
// EXTERNAL MODULE: ./build/stages/config.js + 6 modules
var stages_config = __webpack_require__(12449);
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
        key: (commit) => cache/* cacheKeys */.Xr.rpms(ctx.inputs.platform, commit),
        restore: (dir, key) => (0,cache/* restore */.PF)(dir, key, { info: log, warning }, ctx.exec, signal),
        lookup: (dir, key) => (0,cache/* lookup */.$I)(dir, key, { info: log, warning }, ctx.exec, signal),
        // make has started: the save's client compiles while the build runs, not when the build ends.
        prepareSave: () => void (0,cache/* loadCacheClient */.ul)().catch(() => undefined),
        // The save outlives this stage (it runs beside Image Customizer, as the base image's does): it logs directly.
        save: (dir, key) => {
            ctx.background('Save RPMs to the cache', (s) => (0,cache/* save */.UN)(dir, key, { info: (line) => ctx.rt.console.info(line), warning }, s));
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
    const input = (0,stages_config/* rpmInput */.we)(ctx) ?? 'trident-rpms';
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
    const problems = (0,rpm_set/* checkRpmSet */.M3)(set.packages, inputs.platform);
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
    const validation = await (0,validate/* validateWithTrident */.XD)(ctx.exec, set.packages, config.hostConfigPath, { scratch: ctx.work.scratch, log, signal }).catch((error) => {
        throw error instanceof validate/* TridentPayloadError */.XS ? new errors/* InputError */.d((0,stages_config/* rpmInput */.we)(ctx) ?? 'trident-rpms', error.message) : error;
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
        // nothing: both at once, as Image Customizer waits for them. The validation's first process (rpm2cpio)
        // starts first, and runs while this thread pins the config. The pinning's problems are told first, once the
        // validation has ended too.
        const validating = validateHostConfig(ctx, config, set, log, signal);
        try {
            (0,stages_config/* applyRpms */.J6)(ctx, config, set, log, true);
        }
        catch (error) {
            await validating.catch(() => undefined);
            throw error;
        }
        await validating;
        return set;
    };
}


/***/ }),

/***/ 44762:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $I: () => (/* binding */ lookup),
/* harmony export */   PF: () => (/* binding */ restore),
/* harmony export */   UN: () => (/* binding */ save),
/* harmony export */   Xr: () => (/* binding */ cacheKeys),
/* harmony export */   ul: () => (/* binding */ loadCacheClient)
/* harmony export */ });
/* harmony import */ var _context_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31997);
/* harmony import */ var _context_platform_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(63713);
/* harmony import */ var _abortable_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(10054);
/* harmony import */ var _results_service_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(39172);
// The Actions cache, for work that gives the same result every time: the base
// image (keyed by its manifest digest) and RPMs built from a clean commit.
// The cache is an optimisation: when its service fails or is absent, the
// build warns and carries on. Whether the cache holds a key is asked without
// the client (tools/results-service.ts: one request, no Azure SDK to compile);
// the client is loaded only for what downloads or uploads.




/** Cache keys, from what determines the content exactly. Pure. */
const cacheKeys = {
    baseImage: (platform, digest) => `trident-iso-base-image-${_context_platform_js__WEBPACK_IMPORTED_MODULE_1__/* .PLATFORMS */ .P4[platform].key}-${digest.replace(':', '-')}`,
    rpms: (platform, commit) => `trident-iso-rpms-${_context_platform_js__WEBPACK_IMPORTED_MODULE_1__/* .PLATFORMS */ .P4[platform].key}-${commit}`,
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
        log.warning(`The cache could not be read (${(0,_context_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .g)(error)}); carrying on without it.`);
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
        if ((0,_results_service_js__WEBPACK_IMPORTED_MODULE_3__/* .cacheServiceVersion */ .yG)(env) === 'v1') {
            const cache = await client();
            if (!cache)
                return 'unavailable';
            const hit = await (0,_abortable_js__WEBPACK_IMPORTED_MODULE_2__/* .abortable */ .ZC)(cache.restoreCache([dir], key, undefined, { lookupOnly: true }), signal);
            return hit === key ? 'hit' : 'miss';
        }
        if (!env.ACTIONS_RESULTS_URL)
            return 'unavailable';
        // The runner's cache mode may forbid reading: the client then restores nothing, a miss.
        if (!(0,_results_service_js__WEBPACK_IMPORTED_MODULE_3__/* .cacheReadable */ .zP)(env))
            return 'miss';
        const matched = await (0,_results_service_js__WEBPACK_IMPORTED_MODULE_3__/* .findCacheEntry */ .oX)(env, { paths: [dir], key, compression: await (0,_results_service_js__WEBPACK_IMPORTED_MODULE_3__/* .compressionMethod */ .L9)(exec) }, signal);
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
        const restored = cache ? await (0,_abortable_js__WEBPACK_IMPORTED_MODULE_2__/* .abortable */ .ZC)(cache.restoreCache([dir], key), signal) : undefined;
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
        const id = await (0,_abortable_js__WEBPACK_IMPORTED_MODULE_2__/* .abortable */ .ZC)(cache.saveCache([dir], key), signal);
        if (id === -1)
            log.info(`${dir} was not cached as ${key} (the cache service did not take it, as said above); the next run will do this work again.`);
        else
            log.info(`Cached ${dir} as ${key}`);
    }
    catch (error) {
        if (signal?.aborted)
            throw error;
        log.warning(`The cache could not be written (${(0,_context_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .g)(error)}); the next run will do this work again.`);
    }
}


/***/ })

};
