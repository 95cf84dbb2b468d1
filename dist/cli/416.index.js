export const id = 416;
export const ids = [416];
export const modules = {

/***/ 77416:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  checkAndDeliver: () => (/* reexport */ checkAndDeliver),
  checkPatch: () => (/* reexport */ checkPatch),
  checkPatchHostConfig: () => (/* reexport */ checkPatchHostConfig),
  checkPlaceholder: () => (/* reexport */ checkPlaceholder),
  customize: () => (/* reexport */ customize),
  deliver: () => (/* reexport */ deliver),
  fetchIso: () => (/* reexport */ fetchIso),
  freeAfterCustomizer: () => (/* reexport */ freeAfterCustomizer),
  freeSpace: () => (/* reexport */ freeSpace),
  patchSummary: () => (/* reexport */ patchSummary),
  prepareUpload: () => (/* reexport */ prepareUpload),
  publish: () => (/* reexport */ publish),
  readPatchIso: () => (/* reexport */ readPatchIso),
  summary: () => (/* reexport */ summary),
  verifyInVm: () => (/* reexport */ verifyInVm),
  writePatch: () => (/* reexport */ writePatch)
});

// EXTERNAL MODULE: ./build/customizer/argv.js
var customizer_argv = __webpack_require__(54590);
// EXTERNAL MODULE: ./build/tools/exec.js
var exec = __webpack_require__(57639);
// EXTERNAL MODULE: ./build/tools/engine.js
var engine = __webpack_require__(21812);
// EXTERNAL MODULE: ./build/trident/rpm-set.js
var rpm_set = __webpack_require__(4947);
// EXTERNAL MODULE: ./build/trident/trident-packages.js
var trident_packages = __webpack_require__(41213);
// EXTERNAL MODULE: ./build/stages/commands.js
var commands = __webpack_require__(40542);
;// CONCATENATED MODULE: ./build/stages/customize.js






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
        const pin = (0,trident_packages/* pinnedSpec */.a0)(rpm);
        if (plain.includes(`${pin} package not found or not installed`) || plain.includes(`No package ${pin} available`))
            return pin;
        if (plain.includes(`nothing provides ${rpm.name} = ${(0,rpm_set/* evrOf */.xQ)(rpm)}`))
            return pin;
    }
    return undefined;
}
/** Image Customizer's run; onStarted is called once its container's process has started. */
function customize(config, base, rpms, onStarted) {
    return async (ctx, log, signal) => {
        const spec = (0,commands/* containerSpec */.$M)(ctx, config, base.file, rpms.dir);
        const argv = (0,customizer_argv/* containerArgv */.oM)(spec);
        log(`Running: ${argv.join(' ')}`);
        const missing = [];
        const onLine = (line) => {
            log(line);
            const build = missingPinnedBuild(line, rpms);
            if (build && missing.length < 10)
                missing.push({ build, line });
        };
        await (0,engine.runContainer)(ctx.exec, { argv, engine: spec.engine, name: spec.name, onLine, ...(onStarted ? { onStarted } : {}), signal }).catch((error) => {
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

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./build/context/errors.js
var errors = __webpack_require__(31997);
// EXTERNAL MODULE: ./build/context/input-files.js
var input_files = __webpack_require__(84162);
// EXTERNAL MODULE: ./build/run/workdir.js
var workdir = __webpack_require__(97938);
// EXTERNAL MODULE: ./build/tools/fs.js
var fs = __webpack_require__(18749);
// EXTERNAL MODULE: ./build/tools/hash.js
var hash = __webpack_require__(89790);
// EXTERNAL MODULE: ./build/tools/iso.js
var iso = __webpack_require__(253);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
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

// EXTERNAL MODULE: ./build/iso/source.js
var iso_source = __webpack_require__(39833);
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
        return (0,iso_source/* sliceSource */.U5)(iso, 0, 0);
    let end = first.offset;
    for (const e of file.extents) {
        if (e.offset !== end)
            throw new UncheckableIsoError(`${file.path} is stored in extents that are not contiguous`);
        end += e.size;
    }
    return (0,iso_source/* sliceSource */.U5)(iso, first.offset, file.size);
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
    const partial = `${to}${(0,input_files/* partialSuffix */.$K)()}`;
    // Created exclusively (a file of that name that is not ours is never touched) and recorded
    // before a byte is written: a cancellation during the long copy finds the name and removes it.
    const sha256 = await (0,hash/* copySha256 */.B)(from, partial, () => onPartial(partial));
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
    const { size } = await (0,iso/* checkIso */.w)(written);
    const moved = await moveNoClobber(written, inputs.output, (partial) => leftovers.track({ partialOutput: partial })).catch((error) => {
        if (!(error instanceof OutputTaken))
            throw error;
        throw new errors/* InputError */.d('output', `${inputs.output} appeared while the ISO was built; the action never overwrites a file. The ISO was not moved there.`);
    });
    const sha256 = moved.how === 'copied' ? moved.sha256 : await (0,hash/* sha256File */.Q)(inputs.output);
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
        const iso = (0,iso_source/* openFileSource */.Sd)(written);
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
        await (0,iso/* checkIso */.w)(external_node_path_.join(ctx.work.output, external_node_path_.basename(ctx.inputs.output)));
        await checkOwnedFiles(config)(ctx, log);
        return deliver(ctx, log);
    };
}
/** Removes what `remove` says (as root through the engine where this user may not); warns about what stays. Never fails a build. */
async function free(ctx, remove) {
    const { work, inputs, rt } = ctx;
    const asRoot = (0,engine.rootRemover)(ctx.exec, inputs.containerEngine, inputs.imageCustomizerImage, (line) => rt.console.info(line));
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

// EXTERNAL MODULE: ./build/iso/placeholder.js
var placeholder = __webpack_require__(71879);
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
    const source = (0,iso_source/* openFileSource */.Sd)(file);
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

// EXTERNAL MODULE: ./build/run/report.js
var report = __webpack_require__(63130);
// EXTERNAL MODULE: ./build/tools/abortable.js
var abortable = __webpack_require__(10054);
// EXTERNAL MODULE: ./build/tools/upload.js
var upload = __webpack_require__(73687);
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
    return (0,upload.uploadUnavailable)(env);
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

// EXTERNAL MODULE: ./build/tools/host.js
var host = __webpack_require__(51251);
// EXTERNAL MODULE: ./build/trident/cosi.js + 5 modules
var trident_cosi = __webpack_require__(96026);
// EXTERNAL MODULE: ./build/trident/host-config-copy.js
var host_config_copy = __webpack_require__(75764);
// EXTERNAL MODULE: ./build/trident/host-config-tools.js
var host_config_tools = __webpack_require__(30742);
// EXTERNAL MODULE: ./build/trident/problems.js
var trident_problems = __webpack_require__(94823);
// EXTERNAL MODULE: ./build/trident/validate.js + 1 modules
var validate = __webpack_require__(65919);
// EXTERNAL MODULE: ./build/stages/verify-plan.js + 1 modules
var verify_plan = __webpack_require__(90667);
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
        const { isoBytes } = (0,input_files/* checkPatchFiles */.yT)(inputs, o.inPlace === true);
        if (source.kind === 'artifact') {
            const why = downloadUnavailable(source, rt.env);
            if (why)
                throw new errors/* InputError */.d('patch-iso', `${describeSource(source)} cannot be downloaded here: ${why}. Give the ISO as a file instead.`);
        }
        if (isoBytes !== undefined && !o.inPlace) {
            const free = await (0,host/* freeBytes */.go)(external_node_path_.dirname(inputs.output));
            if (free < isoBytes)
                throw new errors/* InputError */.d('output', `the patched ISO needs ${(0,report/* humanSize */.Xe)(isoBytes)}, but ${external_node_path_.dirname(inputs.output)} has ${(0,report/* humanSize */.Xe)(free)} free.`);
        }
        const verify = inputs.verify
            ? await (0,verify_plan.planVerification)(inputs.verify, {
                ...(inputs.hostConfig ? { hostConfig: inputs.hostConfig } : {}),
                hostConfigInput: 'host-config',
                serialLog: (0,verify_plan.serialLogPath)(inputs.output),
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
    const cosi = await (0,trident_cosi/* readCosiFrom */.Vh)((0,iso_source/* sliceSource */.U5)(iso.source, extent.offset, extent.size)).catch((error) => {
        throw new errors/* InputError */.d('patch-iso', `${name}: ${destination} is not a COSI file: ${(0,errors/* errorMessage */.g)(error)}`);
    });
    const problems = await (0,trident_cosi/* checkCosi */.fN)(cosi, platform);
    if (problems.length > 0)
        throw new errors/* InputError */.d('patch-iso', `${name}: the COSI at ${destination} is not usable:\n${(0,host_config_copy/* indent */.pZ)((0,trident_problems/* formatProblems */.C5)(problems, external_node_path_.basename(destination)))}`);
    return cosi;
}
/** The host config as a build checks it, against the COSI the ISO carries; then whether it fits; `trident validate` with RPMs. */
function checkPatchHostConfig(target, given) {
    return async (ctx, log, signal) => {
        const { inputs, work } = ctx;
        const file = inputs.hostConfig;
        const copy = external_node_path_.join(work.config, 'host-config.yaml');
        const written = await (0,host_config_copy/* writeHostConfigCopy */.mq)(file, copy, {
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
        for (const need of (0,host_config_tools/* hostConfigTools */.e)(written.value)) {
            ctx.rt.warning({
                message: `The host config uses ${need.feature} (${need.path}), which needs ${need.package} in the live OS; a patch cannot add packages, so the ISO must have been built with it (a build adds it for its own host config).`,
            });
        }
        if (given) {
            const validation = await (0,validate/* validateWithTrident */.XD)(ctx.exec, given.packages, copy, { scratch: work.scratch, log, signal });
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

// EXTERNAL MODULE: ./build/stages/artifact-names.js
var artifact_names = __webpack_require__(64155);
;// CONCATENATED MODULE: ./build/stages/publish.js
// Stage 6: the artifact upload, and the job summary of a finished run.






/**
 * Loads the upload's client when there will be an upload. Loading compiles a
 * third of the action's code on the spot: call it once Image Customizer's
 * container has started, so that this happens while it runs.
 */
function prepareUpload({ inputs, rt }) {
    if (inputs.upload && !(0,upload.uploadUnavailable)(rt.env))
        (0,upload/* loadArtifactClient */.AX)().catch(() => undefined);
}
/** The ISO, and with verify its serial log (present even when the verification failed). */
function publish(iso, serialLog) {
    return async ({ inputs, rt, work }, log, signal) => {
        if (!inputs.upload) {
            log(`upload is false: the ISO${serialLog ? ' and the serial log are' : ' is'} not uploaded.`);
            return {};
        }
        const unavailable = (0,upload.uploadUnavailable)(rt.env);
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
            const deleted = await (0,upload/* deleteArtifact */.CM)(name);
            if (deleted !== undefined)
                log(`overwrite: deleted artifact '${name}' (${deleted}) of this workflow run.`);
        };
        const taken = (error) => {
            if (error instanceof upload/* ArtifactNameTaken */.dN) {
                throw new errors/* InputError */.d('artifact-name', `${(0,artifact_names/* takenNameAdvice */.Rd)(error.artifactName)} The ISO is at ${iso.path}.`);
            }
            throw error;
        };
        let uploadedLog;
        if (serialLog) {
            const name = (0,artifact_names/* serialLogArtifactName */.W0)(inputs);
            await replaceable(name);
            uploadedLog = await (0,upload/* uploadFile */.QM)(serialLog, { archive: inputs.archive, name, ...retention }, rt.env, staging, signal).catch(taken);
            log(`Uploaded the serial log as artifact ${uploadedLog.id}: ${uploadedLog.url}`);
        }
        await replaceable(inputs.artifactName);
        const artifact = await (0,upload/* uploadIso */.hQ)({ iso, archive: inputs.archive, artifactName: inputs.artifactName, ...retention }, rt.env, staging, signal).catch(taken);
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

// EXTERNAL MODULE: ./build/run/stages.js
var run_stages = __webpack_require__(89751);
// EXTERNAL MODULE: ./build/tools/qemu.js
var qemu = __webpack_require__(89466);
// EXTERNAL MODULE: ./build/verify/patterns.js
var patterns = __webpack_require__(24837);
// EXTERNAL MODULE: ./build/verify/qemu-argv.js
var qemu_argv = __webpack_require__(72701);
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











/** QEMU's own words that KVM cannot run this VM (it then stops or aborts before the firmware prints anything). */
const KVM_BROKEN = /KVM internal error|kvm_[a-z_]+: Assertion|failed to initialize kvm|Could not access KVM kernel module|KVM is not supported/i;
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
    const files = (0,verify_plan/* vmFiles */.HW)(work, plan);
    const name = `trident-iso-vm-${(0,external_node_crypto_.randomUUID)().slice(0, 12)}`;
    const choice = (0,verify_plan/* chooseAccelerator */.X2)(options.accelerator, await (0,qemu.kvmOpens)());
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
        const ended = (0,qemu.runVm)(exec, (0,qemu_argv/* qemuArgv */.dX)((0,verify_plan/* vmSpec */.$m)(plan, name, accelerator, files, withIso ? iso : undefined)), {
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
                await exec.runChecked((0,qemu_argv/* diskCreateArgv */.S1)(tools.qemuImg, files.diskFiles.get(d.id) ?? '', d.bytes), { signal: rt.signal });
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
        const to = external_node_path_.join(dir, (0,verify_plan/* keptDiskName */.lL)(d.id));
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

;// CONCATENATED MODULE: ./build/stages/build.js
// The stages past the parallel pieces (the container, the ISO's check and
// delivery, the VM, the upload, the summary) and patch mode's: validate-only
// never loads them, and a build loads them while make and the pulls run.







/***/ }),

/***/ 89790:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ copySha256),
/* harmony export */   Q: () => (/* binding */ sha256File)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);

/** node:fs/promises, loaded when this module first touches a file: validate-only loads this module and never does. */
const fs = () => process.getBuiltinModule('node:fs/promises');
const BUFFER_BYTES = 1 << 20;
const sha256Hash = () => process.getBuiltinModule('node:crypto').createHash('sha256');
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
    const handle = await fs().open(file, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK);
    try {
        return await use(handle);
    }
    finally {
        await handle.close();
    }
}
function sha256File(file) {
    const hash = sha256Hash();
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
    const hash = sha256Hash();
    return withFile(from, async (source) => {
        const target = await fs().open(to, 'wx');
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
            await fs().rm(to, { force: true });
            throw error;
        }
        return hash.digest('hex');
    });
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


/***/ })

};
