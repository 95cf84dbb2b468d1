export const id = 716;
export const ids = [716];
export const modules = {

/***/ 64716:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   checkForVerify: () => (/* binding */ checkForVerify)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var _context_inputs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(38067);
/* harmony import */ var _tools_hash_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(89790);
/* harmony import */ var _tools_iso_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(253);
/* harmony import */ var _verify_plan_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(90667);
// The checks of `trident-iso verify`, which proves in the VM an ISO built
// elsewhere: its own module, so that a build's checks and validate-only load
// none of it (nor the VM's plan, QEMU and the ISO reader it needs).





/**
 * `trident-iso verify`: the verify inputs, the host config and the ISO built
 * elsewhere (its serial log goes beside it), checked as the action checks them.
 */
function checkForVerify(iso) {
    return async (rt, log) => {
        const { hostConfig, verify } = (0,_context_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .readVerifyInputs */ .Ht)((name) => rt.getInput(name), { workspace: rt.workspace });
        const file = node_path__WEBPACK_IMPORTED_MODULE_0__.resolve(rt.workspace, iso);
        const info = await (0,_tools_iso_js__WEBPACK_IMPORTED_MODULE_3__/* .checkIso */ .w)(file)
            .then(async ({ size }) => ({ path: file, size, sha256: await (0,_tools_hash_js__WEBPACK_IMPORTED_MODULE_2__/* .sha256File */ .Q)(file) }))
            .catch((error) => {
            throw new Error(`--iso ${file}: ${error instanceof Error ? error.message.replace(/^Image Customizer reported success but wrote no ISO at .*/, 'no such file') : String(error)}`);
        });
        log(`ISO ${file}: ${info.size} bytes, SHA-256 ${info.sha256}`);
        const plan = await (0,_verify_plan_js__WEBPACK_IMPORTED_MODULE_4__.planVerification)(verify, { ...(hostConfig ? { hostConfig } : {}), hostConfigInput: 'host-config', serialLog: (0,_verify_plan_js__WEBPACK_IMPORTED_MODULE_4__.serialLogPath)(file), serialLogInput: 'verify' }, rt.env, true, log);
        return { plan, iso: info };
    };
}


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


/***/ })

};
