export const id = 707;
export const ids = [707];
export const modules = {

/***/ 84162:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $K: () => (/* binding */ partialSuffix),
/* harmony export */   Mx: () => (/* binding */ checkInputFiles),
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
function mustRead(input, file, kind) {
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
}
/** output's folder must be there, and be a folder (a file of that name says so, not that nothing is there). */
function mustHaveFolder(output) {
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
}
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
function checkOutputWritable(output) {
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
async function checkInputFiles(inputs, log, workspace) {
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
}


/***/ }),

/***/ 39833:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Sd: () => (/* binding */ openFileSource),
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
function readAt(fd, position, length) {
    const buffer = Buffer.alloc(length);
    let filled = 0;
    while (filled < length) {
        const bytesRead = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, buffer, filled, length - filled, position + filled);
        if (bytesRead === 0)
            break;
        filled += bytesRead;
    }
    return buffer.subarray(0, filled);
}
/** A file opened for reading; close it when done. */
function openFileSource(file) {
    // O_NONBLOCK: a FIFO given as the ISO does not block the open (reading it then fails instead of waiting).
    const fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(file, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK);
    try {
        const { size } = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fstatSync)(fd);
        return {
            size,
            // Promises, as every source's: a failed read is a rejection.
            read: (position, length) => settled(() => readAt(fd, position, clamp(position, length, size))),
            close: () => settled(() => (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd)),
        };
    }
    catch (error) {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
        throw error;
    }
}
/** `work`'s result as a promise; a throw becomes its rejection (the Promise constructor's executor). */
function settled(work) {
    return new Promise((resolve) => resolve(work()));
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


/***/ }),

/***/ 64155:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PW: () => (/* binding */ checkArtifactNames),
/* harmony export */   Rd: () => (/* binding */ takenNameAdvice),
/* harmony export */   W0: () => (/* binding */ serialLogArtifactName)
/* harmony export */ });
/* unused harmony export artifactNames */
/* harmony import */ var _context_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31997);
/* harmony import */ var _tools_upload_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73687);
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
async function checkArtifactNames(inputs, env, log, signal) {
    if (!inputs.upload || inputs.validateOnly || (0,_tools_upload_js__WEBPACK_IMPORTED_MODULE_1__/* .uploadUnavailable */ .yZ)(env))
        return;
    for (const name of artifactNames(inputs)) {
        const id = await (0,_tools_upload_js__WEBPACK_IMPORTED_MODULE_1__/* .findArtifact */ .Kc)(name, signal).catch((error) => {
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
}


/***/ }),

/***/ 90667:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  X2: () => (/* binding */ chooseAccelerator),
  o6: () => (/* binding */ hostConfigOfConfig),
  lL: () => (/* binding */ keptDiskName),
  lU: () => (/* binding */ planVerification),
  OF: () => (/* binding */ serialLogPath),
  "if": () => (/* binding */ verifyPlanLines),
  HW: () => (/* binding */ vmFiles),
  $m: () => (/* binding */ vmSpec)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./build/context/errors.js
var errors = __webpack_require__(31997);
// EXTERNAL MODULE: ./build/context/lookup.js
var lookup = __webpack_require__(10860);
// EXTERNAL MODULE: ./build/context/limits.js
var limits = __webpack_require__(76754);
// EXTERNAL MODULE: ./build/context/yaml.js
var yaml = __webpack_require__(24309);
// EXTERNAL MODULE: ./build/customizer/files.js
var customizer_files = __webpack_require__(58501);
// EXTERNAL MODULE: ./build/customizer/config.js
var customizer_config = __webpack_require__(1954);
// EXTERNAL MODULE: ./build/tools/fs.js
var fs = __webpack_require__(18749);
// EXTERNAL MODULE: ./build/tools/qemu.js
var qemu = __webpack_require__(89466);
// EXTERNAL MODULE: ./build/trident/problems.js
var problems = __webpack_require__(94823);
// EXTERNAL MODULE: ./build/trident/host-config.js + 3 modules
var host_config = __webpack_require__(79544);
// EXTERNAL MODULE: ./build/context/mapping.js
var mapping = __webpack_require__(60114);
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
        const size = (0,verify_size/* parseSize */.DB)((0,mapping/* isMapping */.p)(p) ? p.size : undefined);
        if (size === undefined)
            return { bytes: 0, grow, bad: { index, size: (0,mapping/* isMapping */.p)(p) ? p.size : undefined } };
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
    const storage = (0,mapping/* isMapping */.p)(hostConfig) ? hostConfig.storage : undefined;
    const list = (0,mapping/* isMapping */.p)(storage) && Array.isArray(storage.disks) ? storage.disks : [];
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
        const id = (0,mapping/* isMapping */.p)(d) && typeof d.id === 'string' ? d.id : `disk${i}`;
        const device = (0,mapping/* isMapping */.p)(d) && typeof d.device === 'string' ? d.device : undefined;
        if (device === undefined) {
            problems.push({ pointer, message: 'has no device path for the VM to provide' });
            continue;
        }
        const ref = parseDevice(device);
        if ('problem' in ref) {
            problems.push({ pointer, message: `${device}: ${ref.problem}` });
            continue;
        }
        const partitions = (0,mapping/* isMapping */.p)(d) && Array.isArray(d.partitions) ? d.partitions : [];
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
// EXTERNAL MODULE: ./build/verify/qemu-argv.js
var qemu_argv = __webpack_require__(72701);
;// CONCATENATED MODULE: ./build/stages/verify-plan.js
// The plan of `verify`, made before the build: the VM's disks from the host
// config, the files it would write (never over a file), the tools it needs,
// and the commands it runs (what validate-only prints). verify.ts runs it.














/** The installed disk files kept in verify-disk-dir are named after the disk ids, made safe for a file name. */
function keptDiskName(id) {
    return `${id.replace(/[^A-Za-z0-9._-]/g, '_')}.qcow2`;
}
/** With a complete user config: the host config it puts at /etc/trident/config.yaml (os.additionalFiles, by source). */
function hostConfigOfConfig(config) {
    const parsed = (0,customizer_files/* readUserConfig */.AV)(config);
    const files = (0,yaml/* isMapping */.pi)(parsed.os) && Array.isArray(parsed.os.additionalFiles) ? parsed.os.additionalFiles : [];
    const entry = files.find((f) => (0,yaml/* isMapping */.pi)(f) && f.destination === customizer_config/* HOST_CONFIG_DESTINATION */.Ry && typeof f.source === 'string');
    return (0,yaml/* isMapping */.pi)(entry) && typeof entry.source === 'string' ? external_node_path_.resolve(external_node_path_.dirname(config), entry.source) : undefined;
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
        const parsed = (0,host_config/* parseHostConfig */.qK)((0,limits/* readInputText */._)('host-config', file, 'hostConfig'));
        if ('error' in parsed)
            throw new problems/* HostConfigError */.jB(file, [parsed.error]);
        const os = (0,yaml/* isMapping */.pi)(parsed.value) ? parsed.value.os : undefined;
        if ((0,yaml/* isMapping */.pi)(os) && typeof os.hostname === 'string' && os.hostname)
            hostname = os.hostname;
        if (options.mode === 'install') {
            const { plan, problems } = planDisks(parsed.value, options.diskBytes);
            const first = problems[0];
            if (first) {
                const at = (0,host_config/* locatePointer */.AN)(parsed.doc, first.pointer);
                throw new errors/* InputError */.d(sources.hostConfigInput, `${file} names disks that the VM of verify: install cannot provide:\n${problems.map((p) => `  ${p.pointer}: ${p.message}`).join('\n')}`, { file, ...(at ?? {}) });
            }
            disks = plan;
            for (const d of plan.disks) {
                log(`VM disk '${d.id}': ${d.filler ? 'filler, ' : `${d.device}, `}${d.bus === 'sata' ? `SATA port ${d.position + 1}` : `virtio at PCI slot ${d.position.toString(16).padStart(2, '0')}`}, ${d.bytes} bytes`);
            }
            if (options.diskDir) {
                const folder = (0,lookup/* statIfAny */.k)(options.diskDir);
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
        lines.push((0,qemu_argv/* diskCreateArgv */.S1)(tools.qemuImg, files.diskFiles.get(d.id) ?? '', d.bytes));
    const name = 'trident-iso-vm-<id>';
    lines.push((0,qemu_argv/* qemuArgv */.dX)(vmSpec(plan, name, first, files, iso)));
    if (plan.options.mode === 'install')
        lines.push((0,qemu_argv/* qemuArgv */.dX)(vmSpec(plan, name, first, files, undefined)));
    return lines;
}
/** The serial log of `verify` lies beside the ISO: installer.iso → installer.serial.log. Pure. */
function serialLogPath(iso) {
    return iso.replace(/(\.iso)?$/i, '.serial.log');
}


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

/***/ 253:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   w: () => (/* binding */ checkIso)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
// Checks the ISO Image Customizer wrote: an ISO 9660 image, not empty. Only its
// signature is read here; its SHA-256 comes from the one full read the delivery
// makes (tools/hash.ts).

/** node:fs/promises, loaded when this module first touches a file: validate-only loads this module and never does. */
const fs = () => process.getBuiltinModule('node:fs/promises');
/** ISO 9660: the primary volume descriptor at sector 16 starts with type 1 and "CD001". */
const SIGNATURE_OFFSET = 32769;
const SIGNATURE = 'CD001';
/** The ISO's size, once its signature says it is one. */
async function checkIso(file) {
    const handle = await fs()
        .open(file, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK)
        .catch((error) => {
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


/***/ }),

/***/ 73687:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AX: () => (/* binding */ loadArtifactClient),
/* harmony export */   CM: () => (/* binding */ deleteArtifact),
/* harmony export */   Kc: () => (/* binding */ findArtifact),
/* harmony export */   QM: () => (/* binding */ uploadFile),
/* harmony export */   dN: () => (/* binding */ ArtifactNameTaken),
/* harmony export */   hQ: () => (/* binding */ uploadIso),
/* harmony export */   yZ: () => (/* binding */ uploadUnavailable)
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

/***/ 96026:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  fN: () => (/* binding */ checkCosi),
  bc: () => (/* binding */ readCosi),
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
function repeatedJsonKey(text) {
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
}
function pointerOf(frames) {
    return frames.reduce((pointer, f) => (0,problems/* pointerJoin */.wQ)(pointer, f.at), '');
}

// EXTERNAL MODULE: ./build/trident/schema-tools.js
var schema_tools = __webpack_require__(67762);
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
function sha384Module() {
    // A 2 KiB module: compiled synchronously, once per process.
    loaded ??= new WebAssembly.Instance(new WebAssembly.Module(Buffer.from(SHA384_WASM, 'base64'))).exports;
    return loaded;
}
/** The message's padding (FIPS 180-4 §5.1.2): its last partial block, 0x80, zeros, and its length in bits in 128 bits. */
function lastBlocks(data, whole) {
    const rest = data.length - whole;
    const tail = new Uint8Array(rest < sha384_BLOCK - 16 ? sha384_BLOCK : 2 * sha384_BLOCK);
    tail.set(data.subarray(whole));
    tail[rest] = 0x80;
    // Lengths in bits up to 2^64 - 1: the upper 64 bits of the 128 stay zero.
    new DataView(tail.buffer).setBigUint64(tail.length - 8, BigInt(data.length) * 8n, false);
    return tail;
}
/** The SHA-384 of `data`, in lower-case hex (as node:crypto's digest('hex')). */
function sha384Hex(data) {
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
    const source = (0,iso_source/* openFileSource */.Sd)(file);
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
            throw truncated(`entry ${(0,schema_tools/* quote */.hD)(pending.path ?? header.name)} needs ${entrySize} bytes from byte ${dataStart}, but the file ends at byte ${size}`);
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
                throw new Error(`entry ${(0,schema_tools/* quote */.hD)(name)} is ${entryKind(header.type)}; every entry of a COSI must be a regular file`);
            const why = nameProblem(name);
            if (why)
                throw new Error(`entry ${(0,schema_tools/* quote */.hD)(name)} ${why}; entry names must be normalised relative paths`);
            if (seen.has(name))
                throw new Error(`entry ${(0,schema_tools/* quote */.hD)(name)} appears twice; only one would be checked and hashed`);
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
    const bytes = await readAt(handle, position, size);
    return { text: bytes.toString('utf8'), sha384: sha384Hex(bytes) };
}
async function readData(handle, position, size) {
    if (size > MAX_EXTENDED_HEADER_BYTES)
        throw new Error(`an extended tar header of ${size} bytes at byte ${position - BLOCK} is implausibly large`);
    return readAt(handle, position, size);
}
/** Reads exactly `length` bytes unless the source ends first. */
function readAt(source, position, length) {
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
async function checkCosi(info, platform) {
    return [...structureProblems(info), ...sizeProblems(info), ...(await metadataProblems(info, platform))];
}
function structureProblems(info) {
    if (info.entries.length === 0)
        return [{ path: '', message: `the tar archive is empty; a COSI starts with the entry ${(0,schema_tools/* quote */.hD)(MARKER)}` }];
    if (info.firstEntry === MARKER)
        return [];
    const where = info.entries.includes(MARKER) ? `at position ${info.entries.indexOf(MARKER) + 1}` : 'missing';
    return [{ path: '', message: `the first entry is ${(0,schema_tools/* quote */.hD)(info.firstEntry)}, not ${(0,schema_tools/* quote */.hD)(MARKER)} (which is ${where}); a COSI must start with it` }];
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
async function metadataProblems(info, platform) {
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
                message: `holds the key ${(0,schema_tools/* quote */.hD)(repeated.key)} twice; Trident's reader refuses a repeated field (a JSON reader that keeps the last would check another metadata)`,
            }),
        ];
    return [
        ...(await checkCosiMetadata(info.metadata)).map(inMetadata),
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
let accepts;
/**
 * metadata.json against the COSI 1.2 schema; paths are JSON pointers inside
 * metadata.json. src/data/schema-check.ts says yes or no from the schema; the
 * validator that explains (compiled when the action is built from the schema
 * with its $refs inlined, scripts/compile-schemas.ts) loads only for metadata
 * it refuses.
 */
async function checkCosiMetadata(metadata) {
    // Ajv's strict mode, as the explaining validator's: NaN and ±Infinity are no numbers.
    accepts ??= (0,schema_check/* schemaCheck */.u)({ schema: cosi_metadata_v1_2_schema_namespaceObject, strictNumbers: true });
    const explainer = async () => (await __webpack_require__.e(/* import() */ 301).then(__webpack_require__.bind(__webpack_require__, 8301))).validate;
    const problems = await (0,schema_tools/* schemaProblemsOf */.P8)(metadata, accepts, explainer, () => (schema ??= (0,schema_tools/* inlineRefs */.Wp)(cosi_metadata_v1_2_schema_namespaceObject)), 'COSI metadata.json');
    return problems.map(({ path, message }) => ({ path, message }));
}
/** Each image file the metadata names (filesystems, their verity hashes, GPT regions), with where it is named. */
function imagePaths(metadata) {
    if (!(0,yaml/* isMapping */.pi)(metadata))
        return [];
    const found = [];
    const add = (holder, pointer) => {
        if ((0,yaml/* isMapping */.pi)(holder) && (0,yaml/* isMapping */.pi)(holder.image) && typeof holder.image.path === 'string') {
            found.push({ pointer: `${pointer}/image/path`, path: holder.image.path });
        }
    };
    listOf(metadata.images).forEach((fs, i) => {
        add(fs, (0,problems/* pointerJoin */.wQ)('/images', i));
        if ((0,yaml/* isMapping */.pi)(fs))
            add(fs.verity, `${(0,problems/* pointerJoin */.wQ)('/images', i)}/verity`);
    });
    if ((0,yaml/* isMapping */.pi)(metadata.disk))
        listOf(metadata.disk.gptRegions).forEach((r, i) => add(r, (0,problems/* pointerJoin */.wQ)('/disk/gptRegions', i)));
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
            return [{ path: pointer, message: `names ${(0,schema_tools/* quote */.hD)(path)}, which ${why}; image paths must be normalised relative paths` }];
        return present.has(path) ? [] : [{ path: pointer, message: `names ${(0,schema_tools/* quote */.hD)(path)}, which is not in the archive` }];
    });
}
function archProblems(metadata, platform) {
    if (!(0,yaml/* isMapping */.pi)(metadata) || typeof metadata.osArch !== 'string')
        return [];
    const osPlatform = (0,context_platform/* platformOfCosiArch */.VC)(metadata.osArch);
    if (osPlatform === undefined || osPlatform === platform)
        return [];
    return [{ path: '/osArch', message: `the OS is ${metadata.osArch} (${osPlatform}), but platform is ${platform}` }];
}


/***/ }),

/***/ 72701:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S1: () => (/* binding */ diskCreateArgv),
/* harmony export */   dX: () => (/* binding */ qemuArgv)
/* harmony export */ });
/* unused harmony export optionValue */
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


/***/ })

};
