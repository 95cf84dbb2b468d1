export const id = 466;
export const ids = [466,639,877];
export const modules = {

/***/ 57639:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CommandError: () => (/* binding */ CommandError),
/* harmony export */   childEnvironment: () => (/* binding */ childEnvironment),
/* harmony export */   procStat: () => (/* binding */ procStat),
/* harmony export */   processes: () => (/* binding */ processes),
/* harmony export */   stopLeftoverGroups: () => (/* binding */ stopLeftoverGroups),
/* harmony export */   withheldFromChildren: () => (/* binding */ withheldFromChildren)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var _context_limits_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76754);
/* harmony import */ var _abortable_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(10054);




/**
 * Variables of the step that no child gets: the action's inputs (INPUT_*, the
 * registry passwords among them: a child reads its secret on stdin, never from
 * its environment), the CLI's password variables, and the runner's tokens for
 * the cache and artifact services and for OIDC, which only this process uses.
 */
function withheldFromChildren(name) {
    const upper = name.toUpperCase();
    return (upper.startsWith('INPUT_') ||
        (upper.startsWith('TRIDENT_ISO_') && upper.endsWith('PASSWORD')) ||
        upper === 'ACTIONS_RUNTIME_TOKEN' ||
        upper === 'ACTIONS_ID_TOKEN_REQUEST_TOKEN');
}
/**
 * The environment every child process gets, built here and nowhere else: the
 * step's environment (undefined entries dropped) without what
 * withheldFromChildren names.
 */
function childEnvironment(env) {
    const out = {};
    for (const [name, value] of Object.entries(env))
        if (value !== undefined && !withheldFromChildren(name))
            out[name] = value;
    return out;
}
const TAIL_LINES = 40;
/** How long a stopped process group has between SIGTERM and SIGKILL. */
const GRACE_MS = 5_000;
/** Every process started and not yet ended, so none outlives this process. */
const live = new Set();
/** Signals the child's whole process group (it leads one: spawned detached). */
function signalGroup(child, signal) {
    try {
        if (child.pid !== undefined)
            process.kill(-child.pid, signal);
    }
    catch {
        child.kill(signal); // the group is gone already, or cannot be signalled
    }
}
/** Stops a child and what it started: SIGTERM to its group, SIGKILL after graceMs. */
function stop(child, graceMs) {
    // Even when the leader has ended, processes it started may live on in its group.
    signalGroup(child, 'SIGTERM');
    if (child.exitCode !== null || child.signalCode !== null)
        return;
    const force = setTimeout(() => signalGroup(child, 'SIGKILL'), graceMs);
    child.once('close', () => clearTimeout(force));
}
// Children lead their own process groups, so they would outlive this process
// if it ended without stopping them (an uncaught error, a terminal closed).
process.on('exit', () => {
    for (const child of live)
        signalGroup(child, 'SIGKILL');
});
/**
 * A process's state (R, S, Z, ...) and process group, from /proc/<pid>/stat: the fields after the command
 * name, which may hold spaces and parentheses. Undefined when there is no such process.
 */
async function procStat(pid) {
    // node:fs/promises loads when a process is looked for, not with the module: a run that stops at an input error needs neither it nor the streams it loads.
    const stat = await process
        .getBuiltinModule('node:fs/promises')
        .readFile(`/proc/${pid}/stat`, 'utf8')
        .catch(() => '');
    return stat ? parseProcStat(stat) : undefined;
}
function parseProcStat(stat) {
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return { state: fields[0] ?? '', pgrp: Number(fields[2]), start: Number(fields[19]) };
}
/** A process's start time (see ProcStat), read at once: taken when a child has just been spawned. */
function procStartTime(pid) {
    try {
        return parseProcStat((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(`/proc/${pid}/stat`, 'utf8')).start;
    }
    catch {
        return undefined;
    }
}
/** The live (not zombie) processes of each of these process groups, with their start times. */
async function liveGroupMembers(groups) {
    const members = new Map();
    const pids = await process
        .getBuiltinModule('node:fs/promises')
        .readdir('/proc')
        .catch(() => []);
    for (const entry of pids) {
        if (!/^\d+$/.test(entry))
            continue;
        const stat = await procStat(Number(entry));
        if (!stat || stat.state === 'Z' || !groups.has(stat.pgrp))
            continue;
        members.set(stat.pgrp, [...(members.get(stat.pgrp) ?? []), { pid: Number(entry), start: stat.start }]);
    }
    return members;
}
/**
 * Stops what is left of process groups a step that was killed started (the
 * post step, from what the main step recorded): SIGKILL to each group that
 * still has a live member and is still the one the step started. A group id
 * is not given to a new process while its group has members, so a group
 * whose leader has ended but whose children live on is the step's; but once
 * a group has emptied, its id may be any new process's, which then leads a
 * group of that id: a live leader must have the recorded start time, or the
 * group is another's and is left alone. Then waits (up to 5 s) until the
 * stopped ones are gone, so that nothing of them writes again once the caller
 * removes their files. Returns the groups stopped.
 */
async function stopLeftoverGroups(groups) {
    const live = await liveGroupMembers(new Set(groups.map((g) => g.pid)));
    const stopped = [];
    for (const [pid, members] of live) {
        const leader = members.find((m) => m.pid === pid);
        if (leader && leader.start !== groups.find((g) => g.pid === pid)?.start)
            continue;
        try {
            process.kill(-pid, 'SIGKILL');
            stopped.push(pid);
        }
        catch {
            // gone meanwhile
        }
    }
    for (let waited = 0; stopped.length > 0 && waited < 5_000; waited += 20) {
        if ((await liveGroupMembers(new Set(stopped))).size === 0)
            break;
        await new Promise((resolve) => setTimeout(resolve, 20));
    }
    return stopped;
}
class CommandError extends Error {
    argv;
    exitCode;
    tail;
    constructor(argv, exitCode, tail) {
        super(`${argv[0] ?? '?'} exited with code ${exitCode}` + (tail.length > 0 ? `; its last output:\n${tail.join('\n')}` : ''));
        this.argv = argv;
        this.exitCode = exitCode;
        this.tail = tail;
        this.name = 'CommandError';
    }
}
/** Splits a byte stream into lines; a line longer than COUNT_LIMITS.lineBytes is cut there (binary output, a line without end). */
function lines(emit) {
    let rest = '';
    return {
        push(chunk) {
            rest += chunk.toString('utf8');
            const parts = rest.split(/\r?\n/);
            rest = parts.pop() ?? '';
            for (const line of parts)
                emit(line.length > _context_limits_js__WEBPACK_IMPORTED_MODULE_2__/* .COUNT_LIMITS */ .f5.lineBytes ? line.slice(0, _context_limits_js__WEBPACK_IMPORTED_MODULE_2__/* .COUNT_LIMITS */ .f5.lineBytes) : line);
            if (rest.length > _context_limits_js__WEBPACK_IMPORTED_MODULE_2__/* .COUNT_LIMITS */ .f5.lineBytes) {
                emit(rest.slice(0, _context_limits_js__WEBPACK_IMPORTED_MODULE_2__/* .COUNT_LIMITS */ .f5.lineBytes));
                rest = '';
            }
        },
        end() {
            if (rest !== '')
                emit(rest);
            rest = '';
        },
    };
}
function start(argv, env, options, graceMs, groups) {
    const [file, ...args] = argv;
    if (file === undefined)
        throw new Error('run: empty argv');
    const { signal } = options;
    if (signal?.aborted)
        return Promise.reject((0,_abortable_js__WEBPACK_IMPORTED_MODULE_3__/* .abortError */ .vt)(signal));
    return new Promise((resolve, reject) => {
        // Loaded with the first process (with net and dgram behind it): a run that stops at an input error starts none.
        const { spawn } = process.getBuiltinModule('node:child_process');
        const child = spawn(file, args, { cwd: options.cwd, env, stdio: ['pipe', 'pipe', 'pipe'], detached: true });
        live.add(child);
        const pid = child.pid;
        if (pid !== undefined) {
            if (groups) {
                // Read only for a run that records its groups (the main step's): the post step tells them by it.
                const startedAt = procStartTime(pid);
                groups.started(startedAt === undefined ? { pid } : { pid, start: startedAt });
                child.once('close', () => groups.ended(pid));
            }
            options.onSpawn?.(pid);
        }
        // Settled when the process has ended (below), so nothing runs on while callers clean up.
        const onAbort = () => stop(child, graceMs);
        signal?.addEventListener('abort', onAbort, { once: true });
        const tail = [];
        const stdoutChunks = [];
        const emit = (line) => {
            tail.push(line);
            if (tail.length > TAIL_LINES)
                tail.shift();
            options.onLine?.(line);
        };
        const out = lines(emit);
        const err = lines(emit);
        let captured = 0;
        let tooLarge = false;
        child.stdout.on('data', (c) => {
            if (options.captureStdout && !tooLarge) {
                captured += c.length;
                if (options.maxStdoutBytes !== undefined && captured > options.maxStdoutBytes) {
                    tooLarge = true;
                    stdoutChunks.length = 0;
                    stop(child, graceMs);
                    return;
                }
                stdoutChunks.push(c);
            }
            out.push(c);
        });
        child.stderr.on('data', (c) => err.push(c));
        child.on('error', (error) => {
            live.delete(child);
            signal?.removeEventListener('abort', onAbort);
            reject(error);
        });
        child.on('close', (code, sig) => {
            live.delete(child);
            signal?.removeEventListener('abort', onAbort);
            out.end();
            err.end();
            if (signal?.aborted) {
                reject((0,_abortable_js__WEBPACK_IMPORTED_MODULE_3__/* .abortError */ .vt)(signal));
                return;
            }
            if ((0,_abortable_js__WEBPACK_IMPORTED_MODULE_3__/* .isCancelSignal */ .zu)(sig)) {
                reject(new _abortable_js__WEBPACK_IMPORTED_MODULE_3__/* .StoppedFromOutside */ .F8(node_path__WEBPACK_IMPORTED_MODULE_1__.basename(file), sig));
                return;
            }
            if (tooLarge && options.maxStdoutBytes !== undefined) {
                reject(new _context_limits_js__WEBPACK_IMPORTED_MODULE_2__/* .OutputTooLargeError */ .Bo(argv, options.maxStdoutBytes));
                return;
            }
            const stdoutBytes = Buffer.concat(stdoutChunks);
            resolve({ exitCode: code ?? (sig ? 128 : 1), stdout: stdoutBytes.toString('utf8'), stdoutBytes, tail });
        });
        child.stdin.on('error', () => undefined); // a program that ignores stdin may close it early
        child.stdin.end(options.input ?? '');
    });
}
function processes(env, cancel, graceMs = GRACE_MS, groups) {
    const childEnv = childEnvironment(env);
    const signalFor = (own) => (cancel && own ? AbortSignal.any([cancel, own]) : (cancel ?? own));
    const run = (argv, options = {}) => {
        const signal = signalFor(options.signal);
        return start(argv, childEnv, { ...options, ...(signal ? { signal } : {}) }, graceMs, groups);
    };
    return {
        run,
        runChecked: async (argv, options = {}) => {
            const result = await run(argv, options);
            if (result.exitCode !== 0)
                throw new CommandError(argv, result.exitCode, result.tail);
            return result;
        },
    };
}


/***/ }),

/***/ 89466:
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
