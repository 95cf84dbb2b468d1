export const id = 877;
export const ids = [877,639];
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


/***/ })

};
