export const id = 466;
export const ids = [466];
export const modules = {

/***/ 466:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   INSTALL_HINT: () => (/* binding */ INSTALL_HINT),
/* harmony export */   OVMF_CANDIDATES: () => (/* binding */ OVMF_CANDIDATES),
/* harmony export */   createDisk: () => (/* binding */ createDisk),
/* harmony export */   findVmTools: () => (/* binding */ findVmTools),
/* harmony export */   kvmOpens: () => (/* binding */ kvmOpens),
/* harmony export */   runVm: () => (/* binding */ runVm),
/* harmony export */   stopLeftoverVm: () => (/* binding */ stopLeftoverVm)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(24);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(760);
/* harmony import */ var _abortable_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(54);
/* harmony import */ var _exec_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(216);
// QEMU on the runner: finding it and the OVMF firmware, KVM, blank disks, and
// running a VM while its serial log is read as it grows. What the serial
// console means is the caller's (verify/); this module only moves bytes and
// processes.




/** node:fs/promises, loaded when this module first touches a file: validate-only loads this module and never does. */
const fs = () => process.getBuiltinModule('node:fs/promises');
/**
 * OVMF code and variable store pairs, the 4 MiB build first (the only one on
 * Ubuntu 24.04; Debian and Ubuntu's `ovmf`), then the 2 MiB one (older
 * Debian/Ubuntu), Fedora's edk2-ovmf and Arch's edk2-ovmf. Secure Boot
 * builds are left out: they refuse an unsigned loader.
 */
const OVMF_CANDIDATES = [
    ['/usr/share/OVMF/OVMF_CODE_4M.fd', '/usr/share/OVMF/OVMF_VARS_4M.fd'],
    ['/usr/share/OVMF/OVMF_CODE.fd', '/usr/share/OVMF/OVMF_VARS.fd'],
    ['/usr/share/edk2/ovmf/OVMF_CODE.fd', '/usr/share/edk2/ovmf/OVMF_VARS.fd'],
    ['/usr/share/edk2/x64/OVMF_CODE.4m.fd', '/usr/share/edk2/x64/OVMF_VARS.4m.fd'],
];
/** How to get what is missing, for the error message. */
const INSTALL_HINT = "On Debian or Ubuntu (GitHub-hosted ubuntu runners included): sudo apt-get install -y qemu-system-x86 qemu-utils ovmf. Firmware elsewhere: set OVMF_CODE and OVMF_VARS in the step's env to its code and variable store files.";
async function readable(file) {
    return fs()
        .access(file, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.R_OK)
        .then(() => true, () => false);
}
async function onPath(name, env) {
    for (const dir of (env.PATH ?? '').split(node_path__WEBPACK_IMPORTED_MODULE_1__.delimiter).filter(Boolean)) {
        const file = node_path__WEBPACK_IMPORTED_MODULE_1__.join(dir, name);
        if (await fs()
            .access(file, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.X_OK)
            .then(() => true, () => false))
            return file;
    }
    return undefined;
}
/** QEMU, qemu-img and an OVMF pair (OVMF_CODE and OVMF_VARS in env first), or what is missing. */
async function findVmTools(env) {
    const missing = [];
    const qemu = await onPath('qemu-system-x86_64', env);
    if (!qemu)
        missing.push('qemu-system-x86_64 (package qemu-system-x86)');
    const qemuImg = await onPath('qemu-img', env);
    if (!qemuImg)
        missing.push('qemu-img (package qemu-utils)');
    let firmware;
    if (env.OVMF_CODE || env.OVMF_VARS) {
        const pair = [env.OVMF_CODE ?? '', env.OVMF_VARS ?? ''];
        if ((await readable(pair[0])) && (await readable(pair[1])))
            firmware = pair;
        else
            missing.push(`the firmware files OVMF_CODE='${pair[0]}' and OVMF_VARS='${pair[1]}' (both must be readable)`);
    }
    else {
        for (const pair of OVMF_CANDIDATES) {
            if ((await readable(pair[0])) && (await readable(pair[1]))) {
                firmware = pair;
                break;
            }
        }
        if (!firmware)
            missing.push(`OVMF UEFI firmware (package ovmf; looked for ${OVMF_CANDIDATES.map(([code]) => code).join(', ')})`);
    }
    if (!qemu || !qemuImg || !firmware)
        return { missing };
    return { qemu, qemuImg, firmwareCode: firmware[0], firmwareVars: firmware[1] };
}
/** Whether this process may open /dev/kvm for reading and writing (GitHub's hosted Linux runners: after the udev rule in README). */
async function kvmOpens(device = '/dev/kvm') {
    return fs()
        .access(device, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.R_OK | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.W_OK)
        .then(() => true, () => false);
}
/** A blank qcow2 disk: sparse, it takes space only as the guest writes. */
async function createDisk(exec, argv, signal) {
    await exec.runChecked(argv, { signal });
}
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
/**
 * Runs QEMU (argv) and reads the serial log as it grows until the VM ends,
 * a callback says stop, or the deadline passes; then QEMU (its process
 * group) is stopped and the call settles only when it has ended. Resolves
 * with how it ended and the byte offset the log reached.
 */
async function runVm(exec, argv, o) {
    const own = new AbortController();
    const signal = AbortSignal.any([o.signal, own.signal]);
    let wanted;
    const stopWith = (why) => {
        wanted ??= why;
        own.abort();
    };
    let stopAt;
    let lastOutputAt = Date.now();
    let exited;
    const running = exec
        .run(argv, {
        signal,
        onSpawn: (pid) => o.onStart?.(pid),
        onLine: (line) => {
            if (o.onQemuLine?.(line) === 'stop')
                stopWith('stop');
        },
    })
        .then((result) => {
        exited = { code: result.exitCode, lastLines: result.tail };
    }, (error) => {
        // Our own stop is how this ends; the run's cancellation, or a QEMU that would not start, is not.
        if (!own.signal.aborted || o.signal.aborted)
            throw error;
    });
    let ended = false;
    const done = running.finally(() => (ended = true));
    done.catch(() => undefined);
    let offset = o.from;
    const buffer = Buffer.alloc(64 * 1024);
    const drain = async () => {
        const handle = await fs()
            .open(o.serialLog, 'r')
            .catch(() => undefined);
        if (!handle)
            return;
        try {
            for (;;) {
                const { bytesRead } = await handle.read(buffer, 0, buffer.length, offset);
                if (bytesRead === 0)
                    return;
                offset += bytesRead;
                lastOutputAt = Date.now();
                const said = o.onSerial(Buffer.from(buffer.subarray(0, bytesRead)));
                if (said === 'stop')
                    stopWith('stop');
                else if (said === 'finish')
                    stopAt ??= Date.now() + (o.finishMs ?? 3000);
            }
        }
        finally {
            await handle.close();
        }
    };
    while (!ended) {
        await drain();
        if (wanted === undefined && Date.now() >= o.deadline)
            stopWith('timeout');
        // A failing program prints its error's context in one burst: once the console is quiet, it has said it.
        if (wanted === undefined && stopAt !== undefined && (Date.now() >= stopAt || Date.now() - lastOutputAt >= (o.quietMs ?? 1000)))
            stopWith('stop');
        await Promise.race([done.catch(() => undefined), sleep(o.pollMs ?? 100)]);
    }
    await done; // rethrows the run's cancellation or a start failure
    if (o.signal.aborted)
        throw (0,_abortable_js__WEBPACK_IMPORTED_MODULE_2__/* .abortError */ .vt)(o.signal);
    // What QEMU wrote last (the rest of a line that matched, its last words).
    await drain();
    if (wanted === 'timeout')
        return { end: { kind: 'timeout' }, offset };
    if (wanted === 'stop')
        return { end: { kind: 'stopped' }, offset };
    return { end: { kind: 'exited', code: exited?.code ?? 1, lastLines: exited?.lastLines ?? [] }, offset };
}
/**
 * Stops a VM that outlived its step (the step was killed before it could):
 * only a process whose command line still holds the VM's unique name, so a
 * recycled pid is never touched. SIGTERM to its process group, SIGKILL after
 * graceMs. Returns whether it found one.
 */
async function stopLeftoverVm(pid, name, graceMs = 5_000) {
    const alive = async () => {
        const cmdline = await fs()
            .readFile(`/proc/${pid}/cmdline`, 'utf8')
            .catch(() => '');
        const stat = await (0,_exec_js__WEBPACK_IMPORTED_MODULE_3__.procStat)(pid);
        return stat !== undefined && stat.state !== 'Z' && cmdline.split('\0').includes(name);
    };
    if (!(await alive()))
        return false;
    const signalGroup = (sig) => {
        try {
            process.kill(-pid, sig);
        }
        catch {
            try {
                process.kill(pid, sig);
            }
            catch {
                // gone
            }
        }
    };
    signalGroup('SIGTERM');
    for (let waited = 0; waited < graceMs; waited += 100) {
        if (!(await alive()))
            return true;
        await sleep(100);
    }
    signalGroup('SIGKILL');
    return true;
}


/***/ })

};
