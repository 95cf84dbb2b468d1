export const id = 812;
export const ids = [812,639,877];
export const modules = {

/***/ 25260:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N6: () => (/* binding */ authFile),
/* harmony export */   W8: () => (/* binding */ pullArgv),
/* harmony export */   oe: () => (/* binding */ orasArgv)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var _context_oci_ref_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(81393);
// The argv of oras's and the container engine's calls, apart from the code
// that runs them: pure, so validate-only prints exactly what a run starts
// without loading the oras install, the release table or the engine's
// process handling (docs/benchmarks.md).


/** The argv of each oras call; pure, so validate-only can print exactly what would run. */
const orasArgv = {
    login: (bin, registry, username, registryConfig) => [
        bin,
        'login',
        registry,
        '--username',
        username,
        '--password-stdin',
        '--registry-config',
        registryConfig,
    ],
    /** The manifest's descriptor (HEAD only): digest and media type (oras v1.3.0 cmd/oras/root/manifest/fetch.go). */
    descriptor: (bin, ref, registryConfig) => [
        bin,
        'manifest',
        'fetch',
        '--descriptor',
        '--registry-config',
        registryConfig,
        // `--` ends the options (cobra, spf13/pflag flag.go): a reference is never read as one.
        '--',
        ref,
    ],
    /** With a platform only for an image index: on a single manifest oras fails (oras-go v2.6.0 internal/platform/platform.go SelectManifest). */
    pull: (bin, ref, platform, outDir, registryConfig) => [
        bin,
        'pull',
        ...(platform ? ['--platform', platform] : []),
        '--output',
        outDir,
        '--registry-config',
        registryConfig,
        '--',
        ref,
    ],
};
/** The private credential store: docker's config folder, podman's auth file. */
function authFile(engine, dir) {
    return node_path__WEBPACK_IMPORTED_MODULE_0__.join(dir, engine === 'docker' ? 'config.json' : 'auth.json');
}
/** The argv of the login and the pull; pure, so validate-only can print exactly what would run. */
function pullArgv(o) {
    // docker takes a config folder before the command; podman an auth file after it.
    const before = o.authDir && o.engine === 'docker' ? ['--config', o.authDir] : [];
    const after = o.authDir && o.engine === 'podman' ? ['--authfile', authFile('podman', o.authDir)] : [];
    return {
        ...(o.authDir && o.username
            ? { login: [o.engine, ...before, 'login', ...after, (0,_context_oci_ref_js__WEBPACK_IMPORTED_MODULE_1__/* .registryOf */ .Fv)(o.image), '--username', o.username, '--password-stdin'] }
            : {}),
        // `--` ends the options (docker and podman parse them with spf13/pflag): the image is never read as one.
        pull: [o.engine, ...before, 'pull', ...after, '--platform', o.platform, '--', o.image],
    };
}


/***/ }),

/***/ 21812:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ENGINE_INFO_FORMAT: () => (/* binding */ ENGINE_INFO_FORMAT),
/* harmony export */   EngineError: () => (/* binding */ EngineError),
/* harmony export */   checkEngine: () => (/* binding */ checkEngine),
/* harmony export */   engineInfoProblem: () => (/* binding */ engineInfoProblem),
/* harmony export */   privilegeVerdict: () => (/* binding */ privilegeVerdict),
/* harmony export */   pullImage: () => (/* binding */ pullImage),
/* harmony export */   removeContainer: () => (/* binding */ removeContainer),
/* harmony export */   rootRemover: () => (/* binding */ rootRemover),
/* harmony export */   runContainer: () => (/* binding */ runContainer),
/* harmony export */   tryPrivileged: () => (/* binding */ tryPrivileged)
/* harmony export */ });
/* harmony import */ var _context_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31997);
/* harmony import */ var _context_oci_ref_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(81393);
/* harmony import */ var _exec_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(57639);
/* harmony import */ var _argv_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(25260);
/* harmony import */ var _registry_auth_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(91308);
/* harmony import */ var _retry_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(29030);
// The container engine (docker or podman): whether it can run Image
// Customizer's privileged container, pulling its image (with a private login
// store), running it, and removing what it leaves. Failures come back as
// domain errors (EngineError) or verdicts; the stages say which input they
// concern.






/** What to ask the engine: its security options (docker) or whether it is rootless (podman). */
const ENGINE_INFO_FORMAT = {
    docker: '{{json .SecurityOptions}}',
    podman: '{{.Host.Security.Rootless}}',
};
/** Why the engine cannot run Image Customizer's privileged container, from its info answer; undefined when it can. Pure. */
function engineInfoProblem(engine, answer) {
    // Rootless engines cannot give a container the host's loop devices.
    const rootless = engine === 'podman' ? answer.trim() === 'true' : /"name=rootless\b/.test(answer);
    if (rootless)
        return `${engine} runs rootless; Image Customizer needs a privileged container with loop devices. Run the engine as root.`;
    // With user-namespace remapping, root in a container is not root on the host: no loop devices.
    if (engine === 'docker' && /"name=userns\b/.test(answer)) {
        return `${engine} remaps user namespaces (userns-remap); a privileged container then cannot use the host's loop devices. Use a daemon without userns-remap for this job.`;
    }
    return undefined;
}
/** Why the engine cannot build here (not installed, not answering, rootless); undefined when it can. */
async function checkEngine(exec, engine, signal) {
    const info = (format) => exec.run([engine, 'info', '--format', format], { captureStdout: true, ...(signal ? { signal } : {}) });
    let result;
    try {
        result = await info(ENGINE_INFO_FORMAT[engine]);
    }
    catch (error) {
        if (signal?.aborted)
            throw error;
        return `${engine} is not installed (not found on PATH). Install it, or set container-engine to the engine you have.`;
    }
    // `docker` may be podman (the podman-docker shim), whose info has no such field: ask podman's question.
    if (engine === 'docker' && result.exitCode !== 0 && /template|can't evaluate field/i.test(result.tail.join('\n'))) {
        result = await info(ENGINE_INFO_FORMAT.podman);
        if (result.exitCode === 0)
            return engineInfoProblem('podman', result.stdout);
    }
    if (result.exitCode !== 0) {
        return `${engine} does not answer (\`${engine} info\` exited with ${result.exitCode}): ${result.tail.slice(-3).join(' ')}. Start it, or set container-engine.`;
    }
    return engineInfoProblem(engine, result.stdout);
}
/** A login or a pull that failed; `transient` when it may pass by itself (it was retried). */
class EngineError extends Error {
    step;
    image;
    transient;
    output;
    constructor(step, image, transient, output) {
        super(output);
        this.step = step;
        this.image = image;
        this.transient = transient;
        this.output = output;
        this.name = 'EngineError';
    }
}
/** Logs in (password on stdin, never in argv) when credentials are given, then pulls; transient failures are retried. */
async function pullImage(exec, o) {
    const argv = (0,_argv_js__WEBPACK_IMPORTED_MODULE_3__/* .pullArgv */ .W8)({ ...o, ...(o.auth ? { authDir: o.auth.dir, username: o.auth.username } : {}) });
    const step = async (what, command, input) => {
        await (0,_retry_js__WEBPACK_IMPORTED_MODULE_4__/* .retryTransient */ .jh)(`${o.engine} ${what}`, () => exec.runChecked(command, {
            ...(input === undefined ? {} : { input }),
            ...(o.onLine ? { onLine: o.onLine } : {}),
            ...(o.signal ? { signal: o.signal } : {}),
        }), { policy: o.retry, log: o.onLine, signal: o.signal }).catch((error) => {
            if (o.signal?.aborted || !(error instanceof _exec_js__WEBPACK_IMPORTED_MODULE_2__.CommandError))
                throw error;
            throw new EngineError(what, o.image, (0,_retry_js__WEBPACK_IMPORTED_MODULE_4__/* .isTransient */ .dg)(error.message), (0,_context_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .g)(error));
        });
    };
    if (o.auth && argv.login) {
        await (0,_registry_auth_js__WEBPACK_IMPORTED_MODULE_5__/* .seedRegistryConfig */ .f)((0,_argv_js__WEBPACK_IMPORTED_MODULE_3__/* .authFile */ .N6)(o.engine, o.auth.dir), (0,_context_oci_ref_js__WEBPACK_IMPORTED_MODULE_1__/* .registryOf */ .Fv)(o.image));
        await step('login', argv.login, o.auth.password);
    }
    await step('pull', argv.pull);
}
/**
 * Tries a privileged container of the image: the engine may refuse privileges
 * (policy, rootless), and a run that fails on that after the pulls would waste
 * them. The command is fixed; nothing from the inputs is in it.
 */
async function tryPrivileged(exec, o) {
    const argv = [
        o.engine,
        'run',
        '--rm',
        '--privileged',
        '--name',
        o.name,
        '--platform',
        o.platform,
        '--entrypoint',
        'sh',
        '--',
        o.image,
        '-c',
        'test -c /dev/loop-control',
    ];
    // Named, and removed whatever happens: a client stopped mid-start (another stage failed) leaves a created container.
    const result = await exec.run(argv, o.signal ? { signal: o.signal } : {}).finally(() => removeContainer(exec, o.engine, o.name));
    return { verdict: privilegeVerdict(result.exitCode, result.tail), exitCode: result.exitCode, tail: result.tail };
}
/**
 * What the check's exit says: `test` failing (1) or the engine refusing privileges
 * means no privileged container here; other failures (no space, no sh in a custom
 * image) are errors of their own, not advice about the engine. Pure.
 */
function privilegeVerdict(exitCode, tail) {
    if (exitCode === 0)
        return 'ok';
    if (exitCode === 1 || /privileged|authorization|not allowed|permission denied|operation not permitted|rootless/i.test(tail.join('\n')))
        return 'refused';
    return 'error';
}
/** Runs the container; on failure or cancellation it is removed, and a CommandError holds its log's tail. */
async function runContainer(exec, o) {
    try {
        await exec.runChecked(o.argv, {
            onLine: o.onLine,
            ...(o.onStarted ? { onSpawn: o.onStarted } : {}),
            ...(o.signal ? { signal: o.signal } : {}),
        });
    }
    catch (error) {
        await removeContainer(exec, o.engine, o.name);
        throw error;
    }
}
/**
 * Removes paths as root with a throwaway container of the (already pulled)
 * Image Customizer image: only root can delete what its root-run container wrote.
 */
function rootRemover(exec, engine, image, log) {
    return async (paths) => {
        for (const p of paths) {
            // Only the folder itself is mounted; its (user-owned) entry is removed by the caller afterwards.
            const result = await exec.run([
                engine,
                'run',
                '--rm',
                '--pull',
                'never',
                '--network',
                'none',
                '--entrypoint',
                'sh',
                '-v',
                `${p}:/w`,
                '--',
                image,
                '-c',
                'rm -rf /w/* /w/.[!.]* /w/..?*',
            ]);
            if (result.exitCode !== 0)
                log(`Could not empty ${p} as root (exit code ${result.exitCode}): ${result.tail.slice(-2).join(' ')}`);
        }
    };
}
/** Removes the container if it still exists; never throws. */
async function removeContainer(exec, engine, name) {
    await exec.run([engine, 'rm', '--force', name]).catch(() => undefined);
}


/***/ }),

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

/***/ 91308:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ seedRegistryConfig)
/* harmony export */ });
// Private credential stores for the logins (oras's registry config, docker's
// config.json; podman's auth.json takes the same format).
/** node:fs/promises, loaded when this module first touches a file: validate-only loads this module and never does. */
const fs = () => process.getBuiltinModule('node:fs/promises');
/**
 * Writes a private, docker-format config naming the registry before a login.
 * A config that already lists auths makes docker and oras store the login in
 * this file, instead of detecting an OS credential helper (pass, secretservice)
 * where the secret would outlive the work directory.
 */
async function seedRegistryConfig(file, registry) {
    await fs().writeFile(file, `${JSON.stringify({ auths: { [registry]: {} } }, null, 2)}\n`, { mode: 0o600 });
}


/***/ })

};
