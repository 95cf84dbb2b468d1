export const id = 967;
export const ids = [967];
export const modules = {

/***/ 84162:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {
var mustRead = (function (input, file, kind) {
    let info;
    try {
        info = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(file);
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.accessSync)(file, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.R_OK);
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_9__/* .InputError */ .d(input, `${file} does not exist or cannot be read; check the path (relative paths start at the workspace).`);
    }
    if (kind === 'file' && !info.isFile())
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_9__/* .InputError */ .d(input, `${file} is not a file.`);
    if (kind === 'directory' && !info.isDirectory())
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_9__/* .InputError */ .d(input, `${file} is not a directory.`);
    // A FIFO, socket or device would block or never end when read.
    if (kind === 'either' && !info.isFile() && !info.isDirectory())
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_9__/* .InputError */ .d(input, `${file} is neither a file nor a folder.`);
    return info;
});
var mustHaveFolder = (function (output) {
    const folder = node_path__WEBPACK_IMPORTED_MODULE_2__.dirname(output);
    try {
        mustRead('output', folder, 'directory');
    }
    catch {
        const there = (0,_lookup_js__WEBPACK_IMPORTED_MODULE_1__/* .statIfAny */ .k)(folder);
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_9__/* .InputError */ .d('output', there && !there.isDirectory()
            ? `${folder} is a file, not a folder, so ${node_path__WEBPACK_IMPORTED_MODULE_2__.basename(output)} cannot be made in it; choose another output.`
            : `the folder ${folder} does not exist; create it first or choose another output.`);
    }
});
var checkOutputWritable = (function (output) {
    const name = node_path__WEBPACK_IMPORTED_MODULE_2__.basename(output);
    const longest = Buffer.byteLength(`${name}${partialSuffix()}`);
    if (longest > NAME_MAX)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_9__/* .InputError */ .d('output', `its file name is ${Buffer.byteLength(name)} bytes; with the suffix of the temporary copy (${partialSuffix()}) it must fit the filesystem's ${NAME_MAX}. Choose a shorter name.`);
    const probe = node_path__WEBPACK_IMPORTED_MODULE_2__.join(node_path__WEBPACK_IMPORTED_MODULE_2__.dirname(output), `.trident-iso-probe-${process.pid}-${(0,_tools_random_js__WEBPACK_IMPORTED_MODULE_12__/* .randomHex */ .n)(4)}`);
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(probe, 'wx'));
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_9__/* .InputError */ .d('output', `the folder ${node_path__WEBPACK_IMPORTED_MODULE_2__.dirname(output)} cannot be written (${error.code ?? (0,_errors_js__WEBPACK_IMPORTED_MODULE_9__/* .errorMessage */ .g)(error)}); the ISO could not be delivered there after the build. Choose a writable folder.`);
    }
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(probe, { force: true });
});
var partialSuffix = (function (pid = process.pid) {
    return `.partial-${pid}`;
});
var checkInputFiles = (async function (inputs, log, workspace) {
    if (inputs.hostConfig)
        mustRead('host-config', inputs.hostConfig, 'file');
    if (inputs.config)
        mustRead('config', inputs.config, 'file');
    if (inputs.cosi)
        mustRead('cosi', inputs.cosi, 'file');
    if (inputs.rpms.kind === 'prebuilt')
        checkRpmSource(inputs.rpms.path);
    if (inputs.rpms.kind === 'build') {
        const { checkout } = inputs.rpms;
        mustRead('trident-source', checkout, 'directory');
        try {
            mustRead('trident-source', node_path__WEBPACK_IMPORTED_MODULE_2__.join(checkout, 'Makefile'), 'file');
        }
        catch {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_9__/* .InputError */ .d('trident-source', `${checkout} has no Makefile; give the root of a Trident checkout.`);
        }
    }
    if (inputs.baseImage.kind === 'file')
        mustRead('base-image-file', inputs.baseImage.path, 'file');
    // Paths that are mounted into the container must be expressible as -v host:container.
    for (const [input, file] of [
        ['cosi', inputs.cosi],
        ['base-image-file', inputs.baseImage.kind === 'file' ? inputs.baseImage.path : undefined],
        ['config', inputs.config],
    ]) {
        if (file && (0,_customizer_argv_js__WEBPACK_IMPORTED_MODULE_4__/* .unmountablePath */ .qq)(file))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_9__/* .InputError */ .d(input, `${file} contains ':', which a container mount cannot express; rename or move it.`);
    }
    // Never overwrite: the output must not exist yet (lstat: a dangling symlink is a name that exists), and its folder must.
    const existing = (0,_lookup_js__WEBPACK_IMPORTED_MODULE_1__/* .lstatIfAny */ .eO)(inputs.output);
    if (existing)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_9__/* .InputError */ .d('output', `${inputs.output} already exists${existing.isSymbolicLink() ? ' (a symbolic link)' : ''}; the action never overwrites a file. Remove it first or choose another output.`);
    mustHaveFolder(inputs.output);
    checkOutputWritable(inputs.output);
    const result = {};
    if (inputs.extraConfig?.kind === 'file') {
        mustRead('extra-config', inputs.extraConfig.path, 'file');
        result.extraConfig = (0,_yaml_js__WEBPACK_IMPORTED_MODULE_11__/* .parseYamlMapping */ .$0)((0,_limits_js__WEBPACK_IMPORTED_MODULE_10__/* .readInputText */ ._)('extra-config', inputs.extraConfig.path, 'extraConfig'), 'extra-config', inputs.extraConfig.path);
    }
    else if (inputs.extraConfig) {
        result.extraConfig = (0,_yaml_js__WEBPACK_IMPORTED_MODULE_11__/* .parseYamlMapping */ .$0)(inputs.extraConfig.text, 'extra-config');
    }
    if (result.extraConfig) {
        // Relative to the extra-config file's folder, or to the workspace for inline YAML.
        const base = inputs.extraConfig?.kind === 'file' ? node_path__WEBPACK_IMPORTED_MODULE_2__.dirname(inputs.extraConfig.path) : workspace;
        const { lists, problems } = (0,_customizer_package_lists_js__WEBPACK_IMPORTED_MODULE_6__/* .readPackageLists */ .So)((0,_customizer_package_lists_js__WEBPACK_IMPORTED_MODULE_6__/* .splitPackageLists */ .ml)(result.extraConfig).refs, base);
        if (problems.length > 0)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_9__/* .InputError */ .d('extra-config', `names package lists that cannot be used:\n${(0,_trident_problems_js__WEBPACK_IMPORTED_MODULE_8__/* .problemLines */ .pb)(problems.map((p) => `  ${p.path}: ${p.message}`))}`);
        if (lists.length > 0)
            result.extraConfigLists = lists;
    }
    if (result.extraConfig) {
        // The ISO carries one host config, the checked one, which Trident's own units read at boot; extra-config's kernel arguments get kernel-command-line's check.
        const owned = (0,_customizer_owned_js__WEBPACK_IMPORTED_MODULE_5__/* .ownedPathProblems */ .lQ)(result.extraConfig, (0,_customizer_owned_js__WEBPACK_IMPORTED_MODULE_5__/* .ownedPaths */ .qX)({ cosiDestination: inputs.cosi ? inputs.cosiDestination : undefined, patchable: inputs.placeholderSize !== undefined }));
        const problems = [...owned, ...(0,_customizer_owned_js__WEBPACK_IMPORTED_MODULE_5__/* .bootOverrideProblems */ .vp)(result.extraConfig), ...(0,_customizer_owned_js__WEBPACK_IMPORTED_MODULE_5__/* .kernelArgumentProblems */ .JR)(result.extraConfig)];
        if (problems.length > 0)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_9__/* .InputError */ .d('extra-config', `cannot be used:\n${(0,_trident_problems_js__WEBPACK_IMPORTED_MODULE_8__/* .problemLines */ .pb)(problems.map((p) => `  ${p.pointer}: ${p.message}`))}`);
    }
    const references = (0,_customizer_config_js__WEBPACK_IMPORTED_MODULE_3__/* .fileReferences */ .bd)(result.extraConfig);
    if (references.length > 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_9__/* .InputError */ .d('extra-config', `names files at ${references.join(', ')}, which the generated config cannot bring into the build (only host-config, cosi and the RPMs are mounted). Use inline content (os.additionalFiles[].content, scripts[].content), or give a complete config with its files as \`config\`.`);
    }
    if (inputs.cosi) {
        const file = inputs.cosi;
        const cosi = await (0,_trident_cosi_js__WEBPACK_IMPORTED_MODULE_7__/* .readCosi */ .bc)(file).catch((error) => {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_9__/* .InputError */ .d('cosi', `${file} is not a COSI file: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_9__/* .errorMessage */ .g)(error)}`);
        });
        const problems = await (0,_trident_cosi_js__WEBPACK_IMPORTED_MODULE_7__/* .checkCosi */ .fN)(cosi, inputs.platform);
        if (problems.length > 0) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_9__/* .InputError */ .d('cosi', `${file} is not usable:\n${(0,_trident_problems_js__WEBPACK_IMPORTED_MODULE_8__/* .indent */ .pZ)((0,_trident_problems_js__WEBPACK_IMPORTED_MODULE_8__/* .formatProblems */ .C5)(problems, node_path__WEBPACK_IMPORTED_MODULE_2__.basename(file)))}`);
        }
        log(`COSI ${node_path__WEBPACK_IMPORTED_MODULE_2__.basename(file)}: ${cosi.size} bytes, metadata.json SHA-384 ${cosi.metadataSha384}`);
        result.cosi = cosi;
    }
    return result;
});

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $K: () => (/* binding */ partialSuffix),
/* harmony export */   Mx: (() => (/* binding */ checkInputFiles)),
/* harmony export */   yT: () => (/* binding */ checkPatchFiles)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var _lookup_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(10860);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var _customizer_config_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1954);
/* harmony import */ var _customizer_argv_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(54590);
/* harmony import */ var _customizer_owned_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(57195);
/* harmony import */ var _customizer_package_lists_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(56454);
/* harmony import */ var _trident_cosi_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(96026);
/* harmony import */ var _trident_problems_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(94823);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(31997);
/* harmony import */ var _limits_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(76754);
/* harmony import */ var _yaml_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(24309);
/* harmony import */ var _tools_random_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(50889);
// The inputs that name files, checked before anything long starts: each
// exists and is readable, can be mounted into a container, the output would
// overwrite nothing, extra-config names no host file but its package lists
// (read here, copied beside the generated config later), and the COSI is sound.
// The file calls are synchronous: each takes microseconds, where an async one is
// a round trip to libuv's thread pool and node:fs/promises loads a dozen of
// Node's modules (docs/benchmarks.md).













/** What `file` is, once it is there, readable and of the kind asked for. */

/** output's folder must be there, and be a folder (a file of that name says so, not that nothing is there). */

/** trident-rpms: a folder, or a gzip-compressed tarball (what make bin/trident-rpms.tar.gz writes). */
function checkRpmSource(file) {
    if (mustRead('trident-rpms', file, 'either').isDirectory())
        return;
    const head = Buffer.alloc(2);
    const fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(file, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK); // a FIFO does not block the open
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, head, 0, 2, 0);
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    }
    if (!/\.(tar\.gz|tgz)$/i.test(file) || head[0] !== 0x1f || head[1] !== 0x8b) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_9__/* .InputError */ .d('trident-rpms', `${file} is neither a folder nor a .tar.gz of RPMs (such as bin/trident-rpms.tar.gz from make); give one of those.`);
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

/** The suffix of the temporary copy the ISO gets beside `output` when it crosses filesystems (stages/deliver.ts). */

/**
 * Patch mode's files: the host config, prebuilt RPMs, the ISO (when it is a
 * file) and the output, which must not exist (unless the ISO is patched in
 * place, which only the CLI asks for) in a folder that does. Throws InputError.
 */
function checkPatchFiles(inputs, inPlace) {
    if (inputs.hostConfig)
        mustRead('host-config', inputs.hostConfig, 'file');
    if (inputs.rpms.kind === 'prebuilt')
        checkRpmSource(inputs.rpms.path);
    let isoBytes;
    if (inputs.patch?.kind === 'file') {
        isoBytes = mustRead('patch-iso', inputs.patch.path, 'file').size;
    }
    if (!inPlace) {
        const existing = (0,_lookup_js__WEBPACK_IMPORTED_MODULE_1__/* .statIfAny */ .k)(inputs.output);
        if (existing)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_9__/* .InputError */ .d('output', `${inputs.output} already exists; the action never overwrites a file (nor the ISO it patches). Choose another output.`);
        mustHaveFolder(inputs.output);
    }
    return isoBytes === undefined ? {} : { isoBytes };
}
/** Checks every file input; returns the COSI read and extra-config parsed. Throws InputError. */



/***/ }),

/***/ 39833:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {
var readAt = (function (fd, position, length) {
    const buffer = Buffer.alloc(length);
    let filled = 0;
    while (filled < length) {
        const bytesRead = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, buffer, filled, length - filled, position + filled);
        if (bytesRead === 0)
            break;
        filled += bytesRead;
    }
    return buffer.subarray(0, filled);
});
var openFileSource = (function (file) {
    // O_NONBLOCK: a FIFO given as the ISO does not block the open (reading it then fails instead of waiting).
    const fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(file, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK);
    try {
        const { size } = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fstatSync)(fd);
        return {
            size,
            // Promises, as every source's: a failed read is a rejection.
            read: ((position, length) => settled((() => readAt(fd, position, clamp(position, length, size))))),
            close: (() => settled((() => (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd)))),
        };
    }
    catch (error) {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
        throw error;
    }
});
var settled = (function (work) {
    return new Promise(((resolve) => resolve(work())));
});
var clamp = (function (position, length, size) {
    if (position < 0 || length < 0)
        throw new RangeError(`read of ${length} bytes at ${position}`);
    return Math.max(0, Math.min(length, size - position));
});

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Sd: (() => (/* binding */ openFileSource)),
/* harmony export */   U5: () => (/* binding */ sliceSource)
/* harmony export */ });
/* unused harmony export bufferSource */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
// Random access to bytes: a file, a buffer, or a slice of either. The ISO
// 9660 reader and the COSI reader read through this, so a COSI can be read
// where it lies inside an ISO without copying it out.
// Reads are synchronous: the readers ask for headers, directories and the few
// files the owned check compares, each read quick from the page cache, where an async one is a round trip to
// libuv's thread pool (and node:fs/promises loads a dozen of Node's modules).

/** Reads exactly `length` bytes from an open file unless the file ends first. */

/** A file opened for reading; close it when done. */

/** `work`'s result as a promise; a throw becomes its rejection (the Promise constructor's executor). */

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



/***/ }),

/***/ 64155:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {
var checkArtifactNames = (async function (inputs, env, log, signal) {
    if (!inputs.upload || inputs.validateOnly)
        return;
    // The upload's module (and the results service's client) loads only for a run that uploads.
    const { findArtifact, uploadUnavailable } = await __webpack_require__.e(/* import() */ 687).then(__webpack_require__.bind(__webpack_require__, 73687));
    if (uploadUnavailable(env))
        return;
    for (const name of artifactNames(inputs)) {
        const id = await findArtifact(name, signal).catch((error) => {
            if (signal?.aborted)
                throw error;
            log(`Could not check whether artifact '${name}' exists (${(0,_context_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .g)(error)}); the upload will tell.`);
            return undefined;
        });
        if (id === undefined)
            continue;
        if (!inputs.overwrite)
            throw new _context_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d('artifact-name', takenNameAdvice(name));
        log(`Artifact '${name}' (${id}) exists on this workflow run; overwrite is true, so the upload replaces it.`);
    }
});

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PW: (() => (/* binding */ checkArtifactNames)),
/* harmony export */   Rd: () => (/* binding */ takenNameAdvice),
/* harmony export */   W0: () => (/* binding */ serialLogArtifactName)
/* harmony export */ });
/* unused harmony export artifactNames */
/* harmony import */ var _context_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31997);
// The names the run uploads under, and the check before the build that none
// is taken on the workflow run (one request each to the artifact service).

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



/***/ }),

/***/ 51251:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JD: () => (/* binding */ missingKernelModules),
/* harmony export */   KV: () => (/* binding */ KERNEL_MODULES),
/* harmony export */   R1: () => (/* binding */ roomiest),
/* harmony export */   go: () => (/* binding */ freeBytes)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48161);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var _fs_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(18749);
// What the runner machine has: free disk space, and the kernel modules Image
// Customizer uses. Read before any long step (skipped with validate-only).




/** node:fs/promises, loaded when this module first touches a file: validate-only loads this module and never does. */
const fs = () => process.getBuiltinModule('node:fs/promises');
async function freeBytes(dir) {
    const s = await fs().statfs(dir);
    return s.bavail * s.bsize;
}
/** Of the candidate folders that exist and are writable, the one with the most free space. */
async function roomiest(candidates) {
    let best;
    for (const dir of candidates) {
        try {
            await fs().access(dir, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.W_OK);
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
    const moduleDir = node_path__WEBPACK_IMPORTED_MODULE_2__.join(root, 'lib', 'modules', (0,node_os__WEBPACK_IMPORTED_MODULE_1__.release)());
    const [builtin, dep] = await Promise.all(['modules.builtin', 'modules.dep'].map((f) => fs()
        .readFile(node_path__WEBPACK_IMPORTED_MODULE_2__.join(moduleDir, f), 'utf8')
        .catch(() => '')));
    const missing = [];
    for (const name of names) {
        const loaded = await (0,_fs_js__WEBPACK_IMPORTED_MODULE_3__/* .pathExists */ .s)(node_path__WEBPACK_IMPORTED_MODULE_2__.join(root, 'sys', 'module', name));
        const known = new RegExp(`/${name}\\.ko`).test(`${builtin}\n${dep}`);
        if (!loaded && !known)
            missing.push(name);
    }
    return missing;
}


/***/ }),

/***/ 96026:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {
var repeatedJsonKey = (function (text) {
    const frames = [];
    for (const [token] of text.matchAll(TOKENS)) {
        const top = frames.at(-1);
        if (token.startsWith('"')) {
            if (top?.kind === 'object' && top.expectKey) {
                const key = JSON.parse(token);
                if (top.keys.has(key))
                    return { pointer: pointerOf(frames.slice(0, -1)), key };
                top.keys.add(key);
                top.at = key;
                top.expectKey = false;
            }
        }
        else if (token === '{' || token === '[') {
            frames.push({ kind: token === '{' ? 'object' : 'array', keys: new Set(), at: '0', expectKey: token === '{' });
        }
        else if (token === '}' || token === ']') {
            frames.pop();
        }
        else if (top) {
            // A comma.
            if (top.kind === 'object')
                top.expectKey = true;
            else
                top.at = String(Number(top.at) + 1);
        }
    }
    return undefined;
});
var isFileType = (function (type) {
    return type === '0' || type === '\0' || type === '7';
});
var isZeroBlock = (function (block) {
    return block.every(((b) => b === 0));
});
var paddedSize = (function (size) {
    return Math.ceil(size / BLOCK) * BLOCK;
});
var parseTarHeader = (function (block) {
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
});
var headerChecksum = (function (block) {
    let sum = 0;
    for (let i = 0; i < BLOCK; i++)
        sum += i >= 148 && i < 156 ? 0x20 : (block[i] ?? 0);
    return sum;
});
var dialectOf = (function (block) {
    const magic = Buffer.from(block.subarray(257, 265)).toString('latin1');
    if (magic === 'ustar\u000000')
        return 'ustar';
    if (magic === 'ustar  \u0000')
        return 'gnu';
    return 'other';
});
var headerName = (function (block, dialect) {
    const name = cString(block, 0, 100);
    const prefix = dialect === 'ustar' ? cString(block, 345, 155) : '';
    return prefix ? `${prefix}/${name}` : name;
});
var parseNumber = (function (block, offset, length) {
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
});
var cString = (function (bytes, offset, length) {
    const field = bytes.subarray(offset, offset + length);
    const end = field.indexOf(0);
    return decodeName(end === -1 ? field : field.subarray(0, end));
});
var decodeName = (function (bytes) {
    try {
        return UTF8.decode(bytes);
    }
    catch {
        throw new TarFormatError(`a name is not valid UTF-8 (${JSON.stringify(Buffer.from(bytes).toString('latin1'))})`);
    }
});
var sha384Module = (function () {
    // A 2 KiB module: compiled synchronously, once per process.
    loaded ??= new WebAssembly.Instance(new WebAssembly.Module(Buffer.from(SHA384_WASM, 'base64'))).exports;
    return loaded;
});
var lastBlocks = (function (data, whole) {
    const rest = data.length - whole;
    const tail = new Uint8Array(rest < sha384_BLOCK - 16 ? sha384_BLOCK : 2 * sha384_BLOCK);
    tail.set(data.subarray(whole));
    tail[rest] = 0x80;
    // Lengths in bits up to 2^64 - 1: the upper 64 bits of the 128 stay zero.
    new DataView(tail.buffer).setBigUint64(tail.length - 8, BigInt(data.length) * 8n, false);
    return tail;
});
var sha384Hex = (function (data) {
    const { memory, state, input, init, blocks } = sha384Module();
    init();
    const heap = new Uint8Array(memory.buffer);
    const whole = data.length - (data.length % sha384_BLOCK);
    for (let at = 0; at < whole; at += BLOCKS_PER_CALL * sha384_BLOCK) {
        const part = data.subarray(at, Math.min(whole, at + BLOCKS_PER_CALL * sha384_BLOCK));
        heap.set(part, input.value);
        blocks(part.length / sha384_BLOCK);
    }
    const tail = lastBlocks(data, whole);
    heap.set(tail, input.value);
    blocks(tail.length / sha384_BLOCK);
    // The digest is H0..H5, each word big-endian.
    const words = new DataView(memory.buffer, state.value, 48);
    let hex = '';
    for (let i = 0; i < 6; i++)
        hex += words
            .getBigUint64(i * 8, true)
            .toString(16)
            .padStart(16, '0');
    return hex;
});
var readCosi = (async function (file) {
    const source = (0,iso_source/* openFileSource */.Sd)(file);
    try {
        return await readCosiFrom(source);
    }
    finally {
        await source.close();
    }
});
var readCosiFrom = (function (source) {
    return walkCosi(source);
});
var walkCosi = (async function (handle) {
    const { size } = handle;
    if (size === 0)
        throw new Error('the file is empty; a COSI is a tar archive');
    const entries = [];
    let metadata;
    let pending = {};
    const seen = new Set();
    let offset = 0;
    while (offset < size) {
        const block = await readAt(handle, offset, Math.min(BLOCK, size - offset));
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
            throw truncated(`entry ${(0,problems/* quote */.hD)(pending.path ?? header.name)} needs ${entrySize} bytes from byte ${dataStart}, but the file ends at byte ${size}`);
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
                throw new Error(`entry ${(0,problems/* quote */.hD)(name)} is ${entryKind(header.type)}; every entry of a COSI must be a regular file`);
            const why = nameProblem(name);
            if (why)
                throw new Error(`entry ${(0,problems/* quote */.hD)(name)} ${why}; entry names must be normalised relative paths`);
            if (seen.has(name))
                throw new Error(`entry ${(0,problems/* quote */.hD)(name)} appears twice; only one would be checked and hashed`);
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
});
var parseHeaderAt = (function (block, offset) {
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
});
var nameProblem = (function (name) {
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
    if (segments.some(((s) => s === '' || s === '.')))
        return "holds an empty or '.' segment";
    return undefined;
});
var normalizeName = (function (name) {
    return name.startsWith('./') && name.length > 2 ? name.slice(2) : name;
});
var readMetadata = (async function (handle, position, size) {
    if (size > MAX_METADATA_BYTES)
        throw new Error(`metadata.json is ${size} bytes, more than the ${MAX_METADATA_BYTES} this reader accepts`);
    const bytes = await readAt(handle, position, size);
    return { text: bytes.toString('utf8'), sha384: sha384Hex(bytes) };
});
var readAt = (function (source, position, length) {
    return source.read(position, length);
});
var cosiInfo = (function (size, entries, metadata) {
    return {
        size,
        entries,
        firstEntry: entries[0] ?? '',
        metadataText: metadata?.text ?? '',
        metadataSha384: metadata?.sha384 ?? '',
        metadata: metadata ? parseJson(metadata.text) : undefined,
    };
});
var parseJson = (function (text) {
    try {
        return JSON.parse(text);
    }
    catch {
        return undefined;
    }
});
var checkCosi = (async function (info, platform) {
    return [...structureProblems(info), ...sizeProblems(info), ...(await metadataProblems(info, platform))];
});
var structureProblems = (function (info) {
    if (info.entries.length === 0)
        return [{ path: '', message: `the tar archive is empty; a COSI starts with the entry ${(0,problems/* quote */.hD)(MARKER)}` }];
    if (info.firstEntry === MARKER)
        return [];
    const where = info.entries.includes(MARKER) ? `at position ${info.entries.indexOf(MARKER) + 1}` : 'missing';
    return [{ path: '', message: `the first entry is ${(0,problems/* quote */.hD)(info.firstEntry)}, not ${(0,problems/* quote */.hD)(MARKER)} (which is ${where}); a COSI must start with it` }];
});
var sizeProblems = (function (info) {
    if (info.size <= MAX_ISO_FILE_SIZE)
        return [];
    return [
        {
            path: '',
            message: `the COSI is ${info.size} bytes (${gib(info.size)} GiB); an ISO 9660 image holds files of at most ${MAX_ISO_FILE_SIZE} bytes (4 GiB - 1), so it cannot be put on the ISO`,
        },
    ];
});
var metadataProblems = (async function (info, platform) {
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
                message: `holds the key ${(0,problems/* quote */.hD)(repeated.key)} twice; Trident's reader refuses a repeated field (a JSON reader that keeps the last would check another metadata)`,
            }),
        ];
    return [
        ...(await checkCosiMetadata(info.metadata)).map(inMetadata),
        ...missingImageProblems(info).map(inMetadata),
        ...archProblems(info.metadata, platform).map(inMetadata),
    ];
});
var checkCosiMetadata = (async function (metadata) {
    if (accepts(metadata))
        return [];
    const [{ explainRefusal, inlineRefs }, { validate }] = await Promise.all([
        __webpack_require__.e(/* import() */ 762).then(__webpack_require__.bind(__webpack_require__, 67762)),
        __webpack_require__.e(/* import() */ 301).then(__webpack_require__.bind(__webpack_require__, 8301)),
    ]);
    schema ??= inlineRefs(cosi_metadata_v1_2_schema_namespaceObject);
    return explainRefusal(metadata, validate, schema, 'COSI metadata.json').map(({ path, message }) => ({ path, message }));
});
var imagePaths = (function (metadata) {
    if (!(0,yaml/* isMapping */.pi)(metadata))
        return [];
    const found = [];
    const add = ((holder, pointer) => {
        if ((0,yaml/* isMapping */.pi)(holder) && (0,yaml/* isMapping */.pi)(holder.image) && typeof holder.image.path === 'string') {
            found.push({ pointer: `${pointer}/image/path`, path: holder.image.path });
        }
    });
    listOf(metadata.images).forEach(((fs, i) => {
        add(fs, (0,problems/* pointerJoin */.wQ)('/images', i));
        if ((0,yaml/* isMapping */.pi)(fs))
            add(fs.verity, `${(0,problems/* pointerJoin */.wQ)('/images', i)}/verity`);
    }));
    if ((0,yaml/* isMapping */.pi)(metadata.disk))
        listOf(metadata.disk.gptRegions).forEach(((r, i) => add(r, (0,problems/* pointerJoin */.wQ)('/disk/gptRegions', i))));
    return found;
});
var listOf = (function (value) {
    return Array.isArray(value) ? value : [];
});
var missingImageProblems = (function (info) {
    const present = new Set(info.entries);
    return imagePaths(info.metadata).flatMap((({ pointer, path }) => {
        const why = nameProblem(path);
        if (why)
            return [{ path: pointer, message: `names ${(0,problems/* quote */.hD)(path)}, which ${why}; image paths must be normalised relative paths` }];
        return present.has(path) ? [] : [{ path: pointer, message: `names ${(0,problems/* quote */.hD)(path)}, which is not in the archive` }];
    }));
});
var archProblems = (function (metadata, platform) {
    if (!(0,yaml/* isMapping */.pi)(metadata) || typeof metadata.osArch !== 'string')
        return [];
    const osPlatform = (0,context_platform/* platformOfCosiArch */.VC)(metadata.osArch);
    if (osPlatform === undefined || osPlatform === platform)
        return [];
    return [{ path: '/osArch', message: `the OS is ${metadata.osArch} (${osPlatform}), but platform is ${platform}` }];
});


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  fN: (() => (/* binding */ checkCosi)),
  bc: (() => (/* binding */ readCosi)),
  Vh: () => (/* binding */ readCosiFrom)
});

// UNUSED EXPORTS: MARKER, MAX_ISO_FILE_SIZE, METADATA, checkCosiMetadata, nameProblem

// EXTERNAL MODULE: ./build/iso/source.js
var iso_source = __webpack_require__(39833);
;// CONCATENATED MODULE: ./build/data/schemas/cosi-metadata-v1.2.schema.json
const cosi_metadata_v1_2_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://raw.githubusercontent.com/microsoft/trident/main/docs/Reference/Composable-OS-Image/cosi-metadata-v1.2.schema.json","title":"COSI Metadata (v1.2)","description":"JSON Schema for the `metadata.json` file of a Composable OS Image (COSI), COSI Specification revision 1.2. Derived from docs/Reference/Composable-OS-Image.md. Per the spec, readers MUST ignore unknown fields, so this schema does not forbid additional properties.","type":"object","required":["version","osArch","osRelease","images","disk","osPackages","bootloader","compression"],"properties":{"version":{"description":"The version of the metadata schema, in MAJOR.MINOR form. This schema targets revision 1.2.","type":"string","const":"1.2"},"osArch":{"description":"The architecture of the OS, using the names reported by `uname -m`. Case-insensitive; common aliases are accepted.","type":"string","pattern":"^(?:[Xx]86_64|[Xx]64|[Aa][Mm][Dd]64|[Aa][Rr][Mm]64|[Aa][Aa][Rr][Cc][Hh]64)$"},"osRelease":{"description":"The contents of `/etc/os-release` verbatim.","type":"string"},"images":{"description":"Filesystem metadata for each filesystem in the image.","type":"array","items":{"$ref":"#/$defs/Filesystem"}},"disk":{"description":"Original disk metadata.","$ref":"#/$defs/Disk"},"osPackages":{"description":"The list of packages installed in the OS.","type":"array","items":{"$ref":"#/$defs/OsPackage"}},"bootloader":{"description":"Information about the bootloader used by the OS.","$ref":"#/$defs/Bootloader"},"id":{"description":"A unique identifier for the COSI file (UUID, case-insensitive).","type":"string","pattern":"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"},"compression":{"description":"Compression metadata for the COSI file.","$ref":"#/$defs/Compression"}},"$defs":{"ImageFile":{"type":"object","required":["path","compressedSize","uncompressedSize","sha384"],"properties":{"path":{"description":"Path of the compressed image file inside the tar file. MUST start with `images/`.","type":"string","pattern":"^images/.+"},"compressedSize":{"description":"Size of the compressed image in bytes.","type":"integer","minimum":0},"uncompressedSize":{"description":"Size of the raw uncompressed image in bytes.","type":"integer","minimum":0},"sha384":{"description":"SHA-384 hash of the compressed image (96 hex characters, case-insensitive).","type":"string","pattern":"^[0-9a-fA-F]{96}$"}}},"VerityConfig":{"type":"object","required":["image","roothash"],"properties":{"image":{"description":"Details of the hash partition image file in the tar file.","$ref":"#/$defs/ImageFile"},"roothash":{"description":"Verity root hash.","type":"string"}}},"Filesystem":{"type":"object","required":["image","mountPoint","fsType","fsUuid","partType"],"properties":{"image":{"description":"Details of the image file in the tar file.","$ref":"#/$defs/ImageFile"},"mountPoint":{"description":"The mount point of the filesystem.","type":"string"},"fsType":{"description":"The filesystem type, using the name recognized by the kernel (e.g. `ext4`, `vfat`).","type":"string","minLength":1},"fsUuid":{"description":"The UUID of the filesystem. Can be a proper UUID or a filesystem-specific identifier (e.g. a FAT volume serial such as `C3D4-250D`). MUST be unique across all filesystems.","type":"string","minLength":1},"partType":{"description":"The GPT partition type, as a UUID (case-insensitive). The ESP MUST be `c12a7328-f81f-11d2-ba4b-00a0c93ec93b`. Defaults to Generic Linux Data `0fc63daf-8483-4772-8e79-3d69d8477de4` when the type cannot be determined.","type":"string","pattern":"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"},"verity":{"description":"The verity metadata of the filesystem. MUST be specified if the OS opens this filesystem with dm-verity; otherwise omitted or null.","oneOf":[{"$ref":"#/$defs/VerityConfig"},{"type":"null"}]}}},"Disk":{"type":"object","required":["size","type","lbaSize"],"properties":{"size":{"description":"Size of the original disk in bytes. MUST be a multiple of `lbaSize`.","type":"integer","minimum":0},"type":{"description":"Partitioning type of the original disk. Currently only `gpt` is supported.","type":"string","enum":["gpt"]},"lbaSize":{"description":"The size of a logical block address (LBA) in bytes. Must be 512 or 4096.","type":"integer","enum":[512,4096]},"gptRegions":{"description":"Regions in the GPT disk, ordered by increasing start LBA (primary-gpt first). Required when `type` == `gpt`.","type":"array","minItems":1,"prefixItems":[{"allOf":[{"$ref":"#/$defs/GptDiskRegion"},{"properties":{"type":{"const":"primary-gpt"}},"required":["type"]}]}],"items":{"$ref":"#/$defs/GptDiskRegion"},"contains":{"properties":{"type":{"const":"primary-gpt"}},"required":["type"]},"minContains":1,"maxContains":1}},"if":{"properties":{"type":{"const":"gpt"}},"required":["type"]},"then":{"required":["gptRegions"]}},"GptDiskRegion":{"type":"object","required":["image","type"],"properties":{"image":{"description":"Details of the image file in the tar file.","$ref":"#/$defs/ImageFile"},"type":{"description":"The type of region this image represents.","type":"string","enum":["primary-gpt","partition"]},"number":{"description":"The partition\'s GPT entry index (1-based). Required when `type` == `partition`.","type":"integer","minimum":1}},"if":{"properties":{"type":{"const":"partition"}},"required":["type"]},"then":{"required":["number"]}},"OsPackage":{"type":"object","required":["name","version","release","arch"],"properties":{"name":{"description":"The name of the package.","type":"string"},"version":{"description":"The version of the package installed.","type":"string"},"release":{"description":"The release of the package.","type":"string"},"arch":{"description":"The architecture of the package, as reported by RPM\'s `%{ARCH}` (e.g. `x86_64` or `aarch64` for architecture-specific packages, or `noarch` for architecture-independent packages).","type":"string"}}},"Bootloader":{"type":"object","required":["type"],"properties":{"type":{"description":"The type of the bootloader.","type":"string","enum":["systemd-boot","grub"]},"systemdBoot":{"description":"systemd-boot configuration. Required when `type` == `systemd-boot`; otherwise omitted or null.","oneOf":[{"$ref":"#/$defs/SystemDBoot"},{"type":"null"}]}},"if":{"properties":{"type":{"const":"systemd-boot"}},"required":["type"]},"then":{"required":["systemdBoot"],"properties":{"systemdBoot":{"$ref":"#/$defs/SystemDBoot"}}},"else":{"properties":{"systemdBoot":{"type":"null"}}}},"SystemDBoot":{"type":"object","required":["entries"],"properties":{"entries":{"description":"The contents of the `loader/entries/*.conf` files in the systemd-boot EFI partition.","type":"array","minItems":1,"items":{"$ref":"#/$defs/SystemDBootEntry"}}}},"SystemDBootEntry":{"type":"object","required":["type","path","cmdline","kernel"],"properties":{"type":{"description":"The type of the entry.","type":"string","enum":["uki-standalone","uki-config","config"]},"path":{"description":"Absolute path (from the root FS) to the UKI or config.","type":"string"},"cmdline":{"description":"The kernel command line.","type":"string"},"kernel":{"description":"Kernel release as a string.","type":"string"}}},"Compression":{"type":"object","required":["maxWindowLog"],"properties":{"maxWindowLog":{"description":"The maximum zstd `windowLog` (the power-of-2 exponent, not the window size in bytes) used across all images in the COSI file.","type":"integer","minimum":0}}}}}');
// EXTERNAL MODULE: ./build/context/limits.js
var limits = __webpack_require__(76754);
// EXTERNAL MODULE: ./build/data/schema-check.js
var schema_check = __webpack_require__(54907);
// EXTERNAL MODULE: ./build/context/platform.js
var context_platform = __webpack_require__(63713);
// EXTERNAL MODULE: ./build/context/yaml.js
var yaml = __webpack_require__(24309);
// EXTERNAL MODULE: ./build/trident/problems.js
var problems = __webpack_require__(94823);
;// CONCATENATED MODULE: ./build/trident/json-keys.js
// A repeated key in a JSON object. JSON.parse keeps the last value; serde (as
// Trident reads a COSI's metadata.json into its structs, microsoft/trident
// crates/trident/src/osimage/cosi/metadata.rs) refuses a repeated field. So
// a metadata.json with one is read differently by the two: found here, on
// text JSON.parse accepted, in one linear pass. Pure.

/** The tokens that matter here: a string (escapes kept), a bracket, a comma. Numbers, literals and whitespace fall between them. */
const TOKENS = /"(?:[^"\\]|\\.)*"|[{}[\],]/g;
/**
 * The first repeated key (decoded, so "os\u0041rch" repeats "osArch") with the JSON pointer of its object; undefined
 * when none. The regular expression finds the tokens (compiled to machine code, where a loop over each character ran
 * in the interpreter: most of this check's time in a validate-only run).
 */

function pointerOf(frames) {
    return frames.reduce((pointer, f) => (0,problems/* pointerJoin */.wQ)(pointer, f.at), '');
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

/** Two of these end an archive. */

/** The bytes an entry's data occupies, padded to whole blocks. */

/** Parses one header block; throws TarFormatError when it is not one (bad checksum or fields). */

/** Sum of the header bytes with the checksum field counted as spaces (POSIX). */

/** tar-rs src/header.rs is_ustar / is_gnu: magic and version together. */

/** POSIX ustar splits long names into prefix + name; GNU uses that area for other fields. */

/** Octal ASCII (digits, spaces around them), or GNU base-256 (high bit of the first byte set) for values octal cannot hold. */

const UTF8 = new TextDecoder('utf-8', { fatal: true });
/** A NUL-terminated (or field-filling) string; bytes that are not UTF-8 are an error (they would decode to look-alikes). */


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

;// CONCATENATED MODULE: ./build/data/wasm/sha384.js
// GENERATED by scripts/compile-wasm.ts (npm run wasm) from sha384.wat. Do not edit.
/** The WebAssembly module of sha384.wat, 2119 bytes, in base64. */
const SHA384_WASM = 'AGFzbQEAAAABDQNgAABgAX8BfmABfwADBQQAAAECBQMBAAEGGAR/AEEAC38AQYAFC38AQcAFC38AQYAQCwcqBQZtZW1vcnkCAAVzdGF0ZQMBBWlucHV0AwMEaW5pdAABBmJsb2NrcwADCAEACtgPBJoKACMAQqLcormN84vFwgA3AwAjAELNy72fkpLRm/EANwMIIwBCr/a04v75vuC1fzcDECMAQry3p4zY9PbaaTcDGCMAQrjqopq/y7CrOTcDICMAQpmgl7CbvsT42QA3AygjAEKbn+X4ytTgn5J/NwMwIwBCmIK2093al46rfzcDOCMAQsKEjJiK0+qDWDcDQCMAQr7fwauU4NbBEjcDSCMAQozlkvfkt+GYJDcDUCMAQuLp/q+9uJ+G1QA3A1gjAELvku6Tz66X3/IANwNgIwBCsa3a2OO/rO+AfzcDaCMAQrWknK7y1IHum383A3AjAEKUzaT7zK78zUE3A3gjAELSlcX3mbjazWQ3A4ABIwBC48u8wuPwkd9vNwOIASMAQrWrs9zouOfgDzcDkAEjAELluLK9x7mohiQ3A5gBIwBC9YSsyfWNy/QtNwOgASMAQoPJm/WmlaG6ygA3A6gBIwBC1PeH6su7qtjcADcDsAEjAEK1p8WYqJvi/PYANwO4ASMAQqu/m/OuqpSfmH83A8ABIwBCkOTQ7dLN8ZiofzcDyAEjAEK/wuzHifnJgbB/NwPQASMAQuSdvPf7+N+sv383A9gBIwBCwp+i7bP+gvBGNwPgASMAQqXOqpj5qOTTVTcD6AEjAELvhI6AnuqY5QY3A/ABIwBC8Ny50PCsypQUNwP4ASMAQvzfyLbU0MLbJzcDgAIjAEKmkpvhhafIjS43A4gCIwBC7dWQ1sW/m5bNADcDkAIjAELf59bsuaKDnNMANwOYAiMAQt7Hvd3I6pyF5QA3A6ACIwBCqOXe47PXgrX2ADcDqAIjAELm3ba/5KWy4YF/NwOwAiMAQrvqiKTRkIu5kn83A7gCIwBC5IbE55SU+t+ifzcDwAIjAEKB4Ijiu8mZjah/NwPIAiMAQpGv4oeN7uKlQjcD0AIjAEKw/NKysLSUtkc3A9gCIwBCmKS9t52DuslRNwPgAiMAQpDSlqvFxMHMVjcD6AIjAEKqwMS71bCNh3Q3A/ACIwBCuKPvlYOOqLUQNwP4AiMAQsihy8brorDSGTcDgAMjAELT1oaKhYHbmx43A4gDIwBCmde7/M3pnaQnNwOQAyMAQqiR7Yzelq/YNDcDmAMjAELjtKWuvJaDjjk3A6ADIwBCy5WGmq7JquzOADcDqAMjAELzxo+798myztsANwOwAyMAQqPxyrW9/puX6AA3A7gDIwBC/OW+7+Xd4Mf0ADcDwAMjAELg3tyY9O3Y0vgANwPIAyMAQvLWwo/Kgp7khH83A9ADIwBC7POQ04HBwOOMfzcD2AMjAEKovIybov+/35B/NwPgAyMAQun7ivS9nZuopH83A+gDIwBClfKZlvv+6Py+fzcD8AMjAEKrpsmbrp7euEY3A/gDIwBCnMOZ0e7Zz5NKNwOABCMAQoeEg47ymK7DUTcDiAQjAEKe1oPv7Lqf7Wo3A5AEIwBC+KK78/7v0751NwOYBCMAQrrf3ZCn9Zn4BjcDoAQjAEKmsaKW2rjfsQo3A6gEIwBCrpvk98uA5p8RNwOwBCMAQpuO8ZjR5sK4GzcDuAQjAEKE+5GY0v7d7Sg3A8AEIwBCk8mchrTvquUyNwPIBCMAQrz9pq6hwa/PPDcD0AQjAELMmsDgyfjZjsMANwPYBCMAQraF+dnsl/XizAA3A+AEIwBCqvyV48+zyr/ZADcD6AQjAELs9dvWs/Xb5d8ANwPwBCMAQpewndLEsYai7AA3A/gEC38AIwFC2L2WiNyr591LNwMAIwFCh6rzs6Olis3iADcDCCMBQpe6w4Ojq8CskX83AxAjAUK5srm4j5v7lxU3AxgjAUKxloD+/8zJmecANwMgIwFCkargwvbQktqOfzcDKCMBQqef5qfWwYuGWzcDMCMBQqSf6ffbg9LaxwA3AzgLUgEBfiAAKQMAIQEgAUL/gfyH8J/A/wCDQgiGIAFCCIhC/4H8h/CfwP8Ag4QhASABQv//g4Dw/z+DQhCGIAFCEIhC//+DgPD/P4OEIQEgAUIgiQvmAwIEfwx+IwMhAQJAA0AgAEUNAUEAIQIDQCACQQN0IQQjAiAEaiABIARqEAI3AwAgAkEBaiICQRBJDQALA0AjAiACQRBrQQN0aiEDIAMpA3AhDSADKQMIIQ4gAyANQhOKIA1CPYqFIA1CBoiFIAMpA0h8IA5CAYogDkIIioUgDkIHiIUgAykDAHx8NwOAASACQQFqIgJB0ABJDQALIwEpAwAhBSMBKQMIIQYjASkDECEHIwEpAxghCCMBKQMgIQkjASkDKCEKIwEpAzAhCyMBKQM4IQxBACECA0AgAkEDdCEEIAwgCUIOiiAJQhKKhSAJQimKhXwgCyAJIAogC4WDhSMAIARqKQMAIwIgBGopAwB8fHwhDyAFQhyKIAVCIoqFIAVCJ4qFIAUgBoMgByAFIAaEg4R8IRAgCyEMIAohCyAJIQogCCAPfCEJIAchCCAGIQcgBSEGIA8gEHwhBSACQQFqIgJB0ABJDQALIwEjASkDACAFfDcDACMBIwEpAwggBnw3AwgjASMBKQMQIAd8NwMQIwEjASkDGCAIfDcDGCMBIwEpAyAgCXw3AyAjASMBKQMoIAp8NwMoIwEjASkDMCALfDcDMCMBIwEpAzggDHw3AzggAUGAAWohASAAQQFrIQAMAAsLCw==';

;// CONCATENATED MODULE: ./build/trident/sha384.js
// SHA-384 of a small buffer (a COSI's metadata.json), by the WebAssembly
// module of src/data/wasm/sha384.wat: validate-only hashes that one file and
// nothing else, and loading node:crypto for it took more of its start than
// its checks (docs/benchmarks.md). Files of any size, the ISO and the base
// image, are hashed by node:crypto (tools/hash.ts).

const sha384_BLOCK = 128;
/** Blocks per call: the module's one 64 KiB page holds them after its tables. */
const BLOCKS_PER_CALL = 256;
let loaded;

/** The message's padding (FIPS 180-4 §5.1.2): its last partial block, 0x80, zeros, and its length in bits in 128 bits. */

/** The SHA-384 of `data`, in lower-case hex (as node:crypto's digest('hex')). */


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

/** The same, from bytes anywhere: a COSI file, or the COSI's extent inside an ISO. */


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

/** Trident strips a leading `./` (tar -C dir . writes one), so the names compare as Trident sees them. */


async function readData(handle, position, size) {
    if (size > MAX_EXTENDED_HEADER_BYTES)
        throw new Error(`an extended tar header of ${size} bytes at byte ${position - BLOCK} is implausibly large`);
    return readAt(handle, position, size);
}
/** Reads exactly `length` bytes unless the source ends first. */



/** Everything that keeps this COSI from going on an ISO for `platform`. */



function gib(bytes) {
    return (bytes / 2 ** 30).toFixed(2);
}
const METADATA_POINTER = `/${METADATA}`;

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
// Ajv's strict mode, as the explaining validator's: NaN and ±Infinity are no numbers.
const accepts = (0,schema_check/* schemaCheck */.un)({ schema: cosi_metadata_v1_2_schema_namespaceObject, strictNumbers: true });
/**
 * metadata.json against the COSI 1.2 schema; paths are JSON pointers inside
 * metadata.json. src/data/schema-check.ts says yes or no from the schema; the
 * validator that explains (compiled when the action is built from the schema
 * with its $refs inlined, scripts/compile-schemas.ts) loads only for metadata
 * it refuses.
 */

/** Each image file the metadata names (filesystems, their verity hashes, GPT regions), with where it is named. */






/***/ })

};
