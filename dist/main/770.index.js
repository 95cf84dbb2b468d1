export const id = 770;
export const ids = [770];
export const modules = {

/***/ 6770:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   cleanUp: () => (/* binding */ cleanUp)
/* harmony export */ });
/* unused harmony export postCleanUp */
/* harmony import */ var _context_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31997);
/* harmony import */ var _tools_engine_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(21812);
/* harmony import */ var _tools_exec_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(57639);
/* harmony import */ var _tools_qemu_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(89466);
/* harmony import */ var _leftovers_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(52166);
/* harmony import */ var _workdir_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(97938);
// Removes what a run left (leftovers.ts records it): the post step, a
// cancelled run and the CLI's clean-up all come here.






/**
 * Removes the leftovers: the VM, the container, a partial output, then the folders (as root through the engine when
 * needed). `remove` removes one path: removeNow where nothing else runs beside the clean-up, removeInBackground
 * (the default) where something may (a cancelled main step stopping its stages).
 */
async function cleanUp(left, exec, log, remove = _workdir_js__WEBPACK_IMPORTED_MODULE_5__/* .removeInBackground */ .KP) {
    const { container, vm } = left;
    // What the main step started and did not see end (it was killed): stopped before their files are removed, or they would write them again.
    const stopped = left.processGroups ? await (0,_tools_exec_js__WEBPACK_IMPORTED_MODULE_2__.stopLeftoverGroups)(left.processGroups) : [];
    if (stopped.length > 0)
        log(`Stopped process groups the main step left running: ${stopped.join(', ')}.`);
    // The VM first: its disks are in the work folder.
    if (vm && (await (0,_tools_qemu_js__WEBPACK_IMPORTED_MODULE_3__/* .stopLeftoverVm */ .Rr)(vm.pid, vm.name)))
        log(`Stopped the verification VM ${vm.name} (pid ${vm.pid}).`);
    if (container) {
        await (0,_tools_engine_js__WEBPACK_IMPORTED_MODULE_1__/* .removeContainer */ .od)(exec, container.engine, container.name);
        log(`Removed container ${container.name} (if it was still there).`);
    }
    // Only ever the name the run wrote its copy under (`<output>.partial-<pid>`).
    if (left.partialOutput && /\.partial-\d+$/.test(left.partialOutput))
        await remove(left.partialOutput);
    const asRoot = container?.image ? (0,_tools_engine_js__WEBPACK_IMPORTED_MODULE_1__/* .rootRemover */ .Rs)(exec, container.engine, container.image, log) : undefined;
    for (const dir of [left.workDir, left.cacheDir]) {
        if (!dir)
            continue;
        await (0,_workdir_js__WEBPACK_IMPORTED_MODULE_5__/* .removeWorkDir */ .xX)(dir, asRoot, remove).then(() => log(`Removed ${dir}.`), (error) => log(`Could not remove ${dir}: ${(0,_context_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .g)(error)}`));
    }
}
/** The post step: cleans up what the main step left. Never fails the job; says what it could not do. */
async function postCleanUp(getState, exec, out) {
    try {
        // The post step runs alone: its removals are synchronous.
        await cleanUp(loadLeftovers(getState), exec, (line) => out.info(line), removeNow);
    }
    catch (error) {
        out.warning(`Cleanup was incomplete: ${errorMessage(error)}`);
    }
}


/***/ }),

/***/ 89466:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $Q: () => (/* binding */ runVm),
/* harmony export */   Rr: () => (/* binding */ stopLeftoverVm),
/* harmony export */   Ub: () => (/* binding */ kvmOpens),
/* harmony export */   eA: () => (/* binding */ INSTALL_HINT),
/* harmony export */   kc: () => (/* binding */ findVmTools)
/* harmony export */ });
/* unused harmony exports OVMF_CANDIDATES, createDisk */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var _abortable_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(10054);
/* harmony import */ var _exec_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(57639);
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
