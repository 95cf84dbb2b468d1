import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 24:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 997:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ errorMessage)
/* harmony export */ });
/* unused harmony export InputError */
/** An input that is wrong; the message names it and says what to do. */
class InputError extends Error {
    input;
    detail;
    location;
    constructor(input, 
    /** What is wrong, without the input's name. */
    detail, location) {
        super(`Input '${input}': ${detail}`);
        this.input = input;
        this.detail = detail;
        this.location = location;
        this.name = 'InputError';
    }
}
/** The message of anything thrown. */
function errorMessage(error) {
    return error instanceof Error ? error.message : String(error);
}


/***/ }),

/***/ 233:
/***/ ((__webpack_module__, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _run_cancel_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(314);
/* harmony import */ var _run_cleanup_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(790);
/* harmony import */ var _tools_exec_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(216);
/* harmony import */ var _workflow_commands_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(893);
// The post step (dist/post/index.js): runs at the end of the job even when it failed
// or was cancelled, and removes what the main step left (run/leftovers.ts).




const commands = (0,_workflow_commands_js__WEBPACK_IMPORTED_MODULE_3__/* .workflowCommands */ .ip)();
// A job cancelled while this runs signals it too; ended there, it would leave the container and the work folder
// it was removing. The clean-up is short (it waits a few seconds at most), so it finishes first.
for (const signal of _run_cancel_js__WEBPACK_IMPORTED_MODULE_0__/* .CANCEL_SIGNALS */ .DH)
    process.on(signal, () => commands.info(`Received ${signal}: finishing the clean-up first.`));
await (0,_run_cleanup_js__WEBPACK_IMPORTED_MODULE_1__/* .postCleanUp */ .Z)((name) => commands.getState(name), () => (0,_tools_exec_js__WEBPACK_IMPORTED_MODULE_2__.processes)(process.env), { info: commands.info, warning: (line) => commands.warning(line) });

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 893:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   ip: () => (/* binding */ workflowCommands)
/* harmony export */ });
/* unused harmony exports commandLine, keyValueMessage, stdoutWriter */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(24);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(760);
/* harmony import */ var _tools_random_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(889);
// How a step talks to the runner: workflow commands on stdout (::error::,
// ::group::, ::add-mask::) and the command files the runner names in the
// environment (GITHUB_OUTPUT, GITHUB_STATE, GITHUB_PATH, GITHUB_STEP_SUMMARY).
// This is the protocol @actions/core speaks (actions/toolkit,
// packages/core/src/command.ts, file-command.ts, core.ts, summary.ts), written
// here because loading @actions/core means loading its HTTP client and undici
// too: three times Node's own start-up, before the first input is even read.



/** os.EOL, as @actions/core ends its lines, without loading node:os for it. */
const EOL = process.platform === 'win32' ? '\r\n' : '\n';
/** Data of a command: the characters that would end or split it are %-escaped (command.ts escapeData). */
function escapeData(s) {
    return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
/** A property value: also ':' and ',' (command.ts escapeProperty). */
function escapeProperty(s) {
    return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
/** `::name key=value,...::message` on its own line. Pure. */
function commandLine(name, properties, message) {
    const props = Object.entries(properties)
        .filter((entry) => entry[1] !== undefined && entry[1] !== '')
        .map(([key, value]) => `${key}=${escapeProperty(String(value))}`)
        .join(',');
    return `::${name}${props ? ` ${props}` : ''}::${escapeData(message)}`;
}
/**
 * `name<<delimiter` value `delimiter`, with a delimiter that is in neither
 * (file-command.ts prepareKeyValueMessage): 128 random bits (the toolkit's
 * randomUUID has 122). Pure but for the random delimiter.
 */
function keyValueMessage(name, value, delimiter = `ghadelimiter_${(0,_tools_random_js__WEBPACK_IMPORTED_MODULE_2__/* .randomHex */ .n)(16)}`) {
    if (name.includes(delimiter) || value.includes(delimiter))
        throw new Error(`unexpected input: '${name}' or its value holds the delimiter ${delimiter}`);
    return `${name}<<${delimiter}${EOL}${value}${EOL}${delimiter}`;
}
/**
 * Writes the step's lines to stdout. Creating process.stdout costs a step that stops at its first input
 * error a tenth of its time (it loads Node's streams, and net for a pipe), so until something creates it,
 * lines go to fd 1 directly, at once, as process.stdout writes a pipe or a file on Linux. Once it exists
 * (a library wrote to it), every line goes through it, keeping its order with what is queued there; so
 * does a line fd 1 refuses (EAGAIN: a stream made the pipe non-blocking) or fails to take, which
 * process.stdout then handles as it always did.
 */
function stdoutWriter(host = process, writeFd = (bytes) => (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeSync)(1, bytes)) {
    const created = Object.getOwnPropertyDescriptor(host, 'stdout');
    const make = created?.get?.bind(host);
    let viaStream = true;
    if (created?.configurable && make) {
        viaStream = false;
        Object.defineProperty(host, 'stdout', {
            ...created,
            get: () => {
                viaStream = true;
                return make();
            },
        });
    }
    return (text) => {
        if (viaStream)
            return void host.stdout.write(text);
        let rest = Buffer.from(text, 'utf8');
        try {
            while (rest.length > 0)
                rest = rest.subarray(writeFd(rest));
        }
        catch {
            host.stdout.write(rest);
        }
    };
}
/** The step's commands, against `env` (the process's environment: addPath changes its PATH) and `out` (stdout). */
function workflowCommands(env = process.env, out = stdoutWriter()) {
    const issue = (name, properties, message) => out(`${commandLine(name, properties, message)}${EOL}`);
    /** A command file when the runner names one, else the older stdout command. */
    const toFile = (variable, message, fallback) => {
        const file = env[variable];
        if (file)
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.appendFileSync)(file, `${message}${EOL}`, 'utf8');
        else
            fallback();
    };
    const annotate = (kind) => (message, where = {}) => issue(kind, { ...where }, message);
    return {
        // An input as core.getInput reads it: INPUT_<NAME> (spaces to underscores, upper-cased), trimmed.
        getInput: (name) => (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim(),
        getState: (name) => env[`STATE_${name}`] ?? '',
        info: (line) => out(`${line}${EOL}`),
        error: annotate('error'),
        warning: annotate('warning'),
        startGroup: (title) => issue('group', {}, title),
        endGroup: () => issue('endgroup', {}, ''),
        setSecret: (value) => issue('add-mask', {}, value),
        setOutput: (name, value) => toFile('GITHUB_OUTPUT', keyValueMessage(name, value), () => {
            out(EOL);
            issue('set-output', { name }, value);
        }),
        saveState: (name, value) => toFile('GITHUB_STATE', keyValueMessage(name, value), () => issue('save-state', { name }, value)),
        addPath: (dir) => {
            toFile('GITHUB_PATH', dir, () => issue('add-path', {}, dir));
            env.PATH = `${dir}${node_path__WEBPACK_IMPORTED_MODULE_1__.delimiter}${env.PATH ?? ''}`;
        },
        // With node:fs's callback: node:fs/promises would load Node's streams for a failed step's last lines.
        appendSummary: (markdown) => new Promise((resolve, reject) => {
            const file = env.GITHUB_STEP_SUMMARY;
            if (!file)
                return resolve();
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.appendFile)(file, markdown, 'utf8', (error) => (error ? reject(error) : resolve()));
        }),
    };
}


/***/ }),

/***/ 314:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   DH: () => (/* binding */ CANCEL_SIGNALS)
/* harmony export */ });
/* unused harmony exports Cancelled, abortOnSignals, cancellation */
// Cancellation. A cancelled job sends SIGINT, then SIGTERM (a closed terminal
// SIGHUP): the process entries turn the first of them into an abort of the
// run's signal, whose reason is a Cancelled. main then stops its processes,
// removes what the run left and ends with that Cancelled (exit code 130).
class Cancelled extends Error {
    why;
    constructor(
    /** What cancelled the run, e.g. SIGTERM. */
    why) {
        super(`Cancelled (${why})`);
        this.why = why;
        this.name = 'Cancelled';
    }
}
const CANCEL_SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'];
/** Aborts `controller` with a Cancelled on the first of CANCEL_SIGNALS; returns a function that stops listening. */
function abortOnSignals(controller) {
    const handler = (signal) => {
        if (!controller.signal.aborted)
            controller.abort(new Cancelled(signal));
    };
    for (const signal of CANCEL_SIGNALS)
        process.on(signal, handler);
    return () => {
        for (const signal of CANCEL_SIGNALS)
            process.off(signal, handler);
    };
}
/** The Cancelled an aborted signal carries (a plain abort becomes one too). */
function cancellation(signal) {
    return signal.reason instanceof Cancelled ? signal.reason : new Cancelled(String(signal.reason));
}


/***/ }),

/***/ 790:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Z: () => (/* binding */ postCleanUp)
});

// UNUSED EXPORTS: cleanUp

// EXTERNAL MODULE: ./build/context/errors.js
var errors = __nccwpck_require__(997);
;// CONCATENATED MODULE: ./build/context/input-types.js
/** Every input of action.yml, in its order (test/meta checks they match). */
const INPUT_NAMES = (/* unused pure expression or super */ null && ([
    'host-config',
    'cosi',
    'cosi-destination',
    'host-config-image',
    'patchable',
    'placeholder-size',
    'patch-iso',
    'patch-iso-run-id',
    'github-token',
    'trident-rpms',
    'trident-source',
    'base-image',
    'base-image-file',
    'platform',
    'oras-version',
    'oras-url',
    'oras-checksum',
    'imagecustomizer-image',
    'imagecustomizer-version',
    'config',
    'extra-config',
    'hostname',
    'packages',
    'services',
    'kernel-command-line',
    'selinux-mode',
    'output',
    'upload',
    'archive',
    'artifact-name',
    'overwrite',
    'retention-days',
    'verify',
    'verify-timeout',
    'verify-boot-pattern',
    'verify-login-pattern',
    'verify-failure-pattern',
    'verify-memory',
    'verify-cpus',
    'verify-disk-size',
    'verify-accelerator',
    'verify-disk-dir',
    'container-engine',
    'log-level',
    'validate-only',
    'cache',
    'registry-username',
    'registry-password',
    'imagecustomizer-registry-username',
    'imagecustomizer-registry-password',
]));
/** Every output of action.yml, in its order. */
const OUTPUT_NAMES = (/* unused pure expression or super */ null && ([
    'iso-path',
    'iso-sha256',
    'iso-size',
    'config-path',
    'host-config-path',
    'base-image-digest',
    'trident-version',
    'artifact-id',
    'artifact-url',
    'artifact-digest',
    'verify-result',
    'verify-boot-seconds',
    'verify-install-seconds',
    'verify-first-boot-seconds',
    'verify-serial-log',
    'verify-disks',
]));
const CONTAINER_ENGINES = ['docker', 'podman'];
/** Image Customizer's os.selinux.mode values. */
const SELINUX_MODES = (/* unused pure expression or super */ null && (['disabled', 'permissive', 'enforcing', 'force-enforcing']));
/** Image Customizer's --log-level values. */
const LOG_LEVELS = (/* unused pure expression or super */ null && (['panic', 'fatal', 'error', 'warn', 'info', 'debug', 'trace']));
/** host-config-image: write a copy pointing at the COSI (auto), or require the file to match already (keep). */
const HOST_CONFIG_IMAGE_MODES = (/* unused pure expression or super */ null && (['auto', 'keep']));
/** verify: how far the ISO is proven in a VM. */
const VERIFY_MODES = (/* unused pure expression or super */ null && (['none', 'boot', 'install']));
/** verify-accelerator: KVM when /dev/kvm works (auto), or one of them. */
const VERIFY_ACCELERATORS = (/* unused pure expression or super */ null && (['auto', 'kvm', 'tcg']));
/** Disk image files a base image may be, by extension. */
const BASE_IMAGE_EXTENSIONS = (/* unused pure expression or super */ null && (['.vhdx', '.vhd', '.qcow2', '.raw', '.img']));
/** A kernel argument (kernel-command-line, extra-config's extraCommandLine): it ends up in grub.cfg, so what kernel parameters use and no quoting or expansion characters. */
const KERNEL_ARG = /^[A-Za-z0-9_.,:=/+@%-]+$/;

;// CONCATENATED MODULE: ./build/run/leftovers.js
// What a run leaves behind until it is cleaned up: its work folder, its cache
// staging folder, its named container, a partial copy of the ISO. Each is
// saved for the post step (GITHUB_STATE) the moment it appears, under the
// state names below, which only this module knows; the post step, a
// cancellation and the CLI all clean up through cleanup.ts's cleanUp(), kept
// apart so that what removes them (the engine, QEMU's processes) is not loaded
// by every run that only records them.

/** The names in GITHUB_STATE (STATE_* in the post step). */
const STATE = {
    workDir: 'work-dir',
    cacheDir: 'cache-dir',
    container: 'container',
    engine: 'engine',
    image: 'image',
    partialOutput: 'partial-output',
    vmPid: 'vm-pid',
    vmName: 'vm-name',
    processGroups: 'process-groups',
};
/** Records leftovers as they appear, saving each for the post step. */
class LeftoverTracker {
    saveState;
    left = {};
    constructor(saveState) {
        this.saveState = saveState;
    }
    /** What the run has left so far. */
    get found() {
        return { ...this.left };
    }
    track(more) {
        Object.assign(this.left, more);
        if (more.workDir !== undefined)
            this.saveState(STATE.workDir, more.workDir);
        if (more.cacheDir !== undefined)
            this.saveState(STATE.cacheDir, more.cacheDir);
        if (more.partialOutput !== undefined)
            this.saveState(STATE.partialOutput, more.partialOutput);
        if (more.vm !== undefined) {
            this.saveState(STATE.vmPid, String(more.vm.pid));
            this.saveState(STATE.vmName, more.vm.name);
        }
        if (more.container !== undefined) {
            this.saveState(STATE.container, more.container.name);
            this.saveState(STATE.engine, more.container.engine);
            this.saveState(STATE.image, more.container.image);
        }
    }
    /** A process group started (recorded before anything else happens in it) or ended; saved as `pid:start` each. */
    groupStarted(group) {
        this.left.processGroups = [...(this.left.processGroups ?? []), group];
        this.saveGroups(this.left.processGroups);
    }
    groupEnded(pid) {
        this.left.processGroups = (this.left.processGroups ?? []).filter((g) => g.pid !== pid);
        this.saveGroups(this.left.processGroups);
    }
    saveGroups(groups) {
        this.saveState(STATE.processGroups, groups.map((g) => (g.start === undefined ? String(g.pid) : `${g.pid}:${g.start}`)).join(' '));
    }
    /** The VM has ended: nothing of it is left to stop. */
    vmEnded() {
        delete this.left.vm;
        this.saveState(STATE.vmPid, '');
        this.saveState(STATE.vmName, '');
    }
}
/** The leftovers a run saved, read back (getState: core.getState in the post step); what does not parse is ignored. */
function loadLeftovers(getState) {
    const engine = CONTAINER_ENGINES.find((e) => e === getState(STATE.engine));
    const [workDir, cacheDir, name, image, partialOutput, vmPid, vmName, groups] = [
        STATE.workDir,
        STATE.cacheDir,
        STATE.container,
        STATE.image,
        STATE.partialOutput,
        STATE.vmPid,
        STATE.vmName,
        STATE.processGroups,
    ].map(getState);
    const processGroups = (groups ?? '').split(' ').flatMap((g) => {
        const m = /^(\d+)(?::(\d+))?$/.exec(g);
        if (!m || Number(m[1]) <= 1)
            return [];
        return [m[2] === undefined ? { pid: Number(m[1]) } : { pid: Number(m[1]), start: Number(m[2]) }];
    });
    return {
        ...(processGroups.length > 0 ? { processGroups } : {}),
        ...(vmPid && /^\d+$/.test(vmPid) && vmName ? { vm: { pid: Number(vmPid), name: vmName } } : {}),
        ...(workDir ? { workDir } : {}),
        ...(cacheDir ? { cacheDir } : {}),
        ...(engine && name ? { container: { engine, name, image: image ?? '' } } : {}),
        ...(partialOutput ? { partialOutput } : {}),
    };
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(24);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(760);
;// CONCATENATED MODULE: ./build/tools/fs.js
// Small filesystem questions asked in several places.
// (node:fs's callbacks: node:fs/promises loads Node's streams, and this module loads with every run.)

/** Whether anything is at p: a file, a folder, even a symlink to nothing. */
function pathExists(p) {
    return new Promise((resolve) => (0,external_node_fs_.lstat)(p, (error) => resolve(!error)));
}

// EXTERNAL MODULE: ./build/tools/random.js
var random = __nccwpck_require__(889);
;// CONCATENATED MODULE: ./build/run/workdir.js
// The run's own scratch directory: everything the action writes lives here
// (except the ISO at `output`), and the post step removes it.




/** node:fs/promises, loaded when a folder is made or removed: it loads Node's streams, and this module loads with every run. */
const fs = () => process.getBuiltinModule('node:fs/promises');
/** The work folder's parts, each a folder of its own. */
const WORK_PARTS = (/* unused pure expression or super */ null && (['config', 'rpms', 'build', 'output', 'base', 'scratch', 'auth']));
/** What validate-only writes: the configs, and the scratch that reading prebuilt RPMs unpacks into. */
const VALIDATE_ONLY_PARTS = (/* unused pure expression or super */ null && (['config', 'scratch']));
/** Makes the work folder in `parent` and the `parts` of it a run writes in (every path is in the WorkDir all the same). */
function createWorkDir(parent, onName = () => undefined, parts = WORK_PARTS) {
    // Synchronous: a mkdir takes microseconds, an async one a round trip to libuv's thread pool (and node:fs/promises).
    mkdirSync(parent, { recursive: true });
    // The name is chosen and recorded (for the post step) before the folder is made: a run that dies while
    // making it or its subfolders (no inodes left) leaves nothing the post step does not know about.
    let root;
    for (;;) {
        root = path.join(parent, `trident-iso-${randomHex(6)}`);
        onName(root);
        try {
            mkdirSync(root, { mode: 0o700 });
            break;
        }
        catch (error) {
            if (error.code !== 'EEXIST')
                throw error;
        }
    }
    const dirs = {
        root,
        config: path.join(root, 'config'),
        rpms: path.join(root, 'rpms'),
        build: path.join(root, 'build'),
        output: path.join(root, 'output'),
        base: path.join(root, 'base'),
        scratch: path.join(root, 'scratch'),
        auth: path.join(root, 'auth'),
    };
    // The folder was just made, empty: each part is new (a recursive mkdir would look at every level first).
    for (const part of parts)
        mkdirSync(dirs[part], { mode: part === 'auth' ? 0o700 : 0o755 });
    return dirs;
}
/** Removes a path (a folder with all it holds) off this thread: the build's folders go while the ISO uploads. */
const removeInBackground = (p) => fs().rm(p, { recursive: true, force: true, maxRetries: 3 });
/**
 * Removes a path at once, on this thread: for a clean-up nothing else runs beside (the post step, the CLI's end),
 * where node:fs/promises would only add a dozen of Node's modules and a round trip to libuv's pool per file.
 */
const removeNow = (p) => new Promise((resolve) => resolve((0,external_node_fs_.rmSync)(p, { recursive: true, force: true, maxRetries: 3 })));
/**
 * Removes paths. Image Customizer runs as root and leaves root-owned files
 * (repodata in the RPM folder, its build folder) that a job running as an
 * ordinary user cannot delete: those go to asRoot. Returns what is still there.
 */
async function removePaths(paths, asRoot, remove = removeInBackground) {
    const denied = [];
    for (const p of paths) {
        await remove(p).catch((error) => {
            if (error.code !== 'EACCES' && error.code !== 'EPERM' && error.code !== 'ENOTEMPTY')
                throw error;
            denied.push(p);
        });
    }
    if (denied.length > 0 && asRoot) {
        await asRoot(denied).catch(() => undefined);
        // Emptied as root; the folders themselves belong to this user.
        for (const p of denied)
            await remove(p).catch(() => undefined);
    }
    const left = [];
    for (const p of denied)
        if (await pathExists(p))
            left.push(p);
    return left;
}
async function removeWorkDir(root, asRoot, remove) {
    // Only ever a directory this action created: refuse anything else.
    if (!external_node_path_.basename(root).startsWith('trident-iso-'))
        throw new Error(`refusing to remove ${root}: not a trident-iso work directory`);
    const left = await removePaths([root], asRoot, remove);
    if (left.length > 0)
        throw new Error(`${root} holds files this user may not delete (written as root by the container)`);
}
/** Removes the bulky parts (build, pulled image, RPMs, scratch, and `also`) and keeps config/ for the outputs that name it. Returns what it could not remove. */
function trimWorkDir(work, asRoot, also = []) {
    return removePaths([work.build, work.base, work.rpms, work.scratch, work.output, ...also], asRoot);
}
/** Removes the private credential stores (oras and engine logins). */
async function dropCredentials(work) {
    await fs().rm(work.auth, { recursive: true, force: true });
}

;// CONCATENATED MODULE: ./build/run/cleanup.js
// Removes what a run left (leftovers.ts records it): the post step, a
// cancelled run and the CLI's clean-up all come here. What stops processes,
// the VM and the container (tools/exec.ts, qemu.ts, engine.ts, and Node's
// child_process with them) loads only for a run that left one: the CLI's
// validate-only leaves only its work folder.



/**
 * Removes the leftovers: the VM, the container, a partial output, then the folders (as root through the engine when
 * needed). `exec` is asked for only when there is a container to remove. `remove` removes one path: removeNow where
 * nothing else runs beside the clean-up, removeInBackground (the default) where something may (a cancelled main step
 * stopping its stages).
 */
async function cleanUp(left, exec, log, remove = removeInBackground) {
    const { container, vm } = left;
    // What the main step started and did not see end (it was killed): stopped before their files are removed, or they would write them again.
    if (left.processGroups) {
        const stopped = await (await Promise.resolve(/* import() */).then(__nccwpck_require__.bind(__nccwpck_require__, 216))).stopLeftoverGroups(left.processGroups);
        if (stopped.length > 0)
            log(`Stopped process groups the main step left running: ${stopped.join(', ')}.`);
    }
    // The VM first: its disks are in the work folder.
    if (vm && (await (await __nccwpck_require__.e(/* import() */ 466).then(__nccwpck_require__.bind(__nccwpck_require__, 466))).stopLeftoverVm(vm.pid, vm.name)))
        log(`Stopped the verification VM ${vm.name} (pid ${vm.pid}).`);
    let asRoot;
    if (container) {
        const [{ removeContainer, rootRemover }, run] = await Promise.all([__nccwpck_require__.e(/* import() */ 948).then(__nccwpck_require__.bind(__nccwpck_require__, 948)), exec()]);
        await removeContainer(run, container.engine, container.name);
        log(`Removed container ${container.name} (if it was still there).`);
        if (container.image)
            asRoot = rootRemover(run, container.engine, container.image, log);
    }
    // Only ever the name the run wrote its copy under (`<output>.partial-<pid>`).
    if (left.partialOutput && /\.partial-\d+$/.test(left.partialOutput))
        await remove(left.partialOutput);
    for (const dir of [left.workDir, left.cacheDir]) {
        if (!dir)
            continue;
        await removeWorkDir(dir, asRoot, remove).then(() => log(`Removed ${dir}.`), (error) => log(`Could not remove ${dir}: ${(0,errors/* errorMessage */.g)(error)}`));
    }
}
/** The post step: cleans up what the main step left. Never fails the job; says what it could not do. */
async function postCleanUp(getState, exec, out) {
    try {
        // The post step runs alone: its removals are synchronous.
        await cleanUp(loadLeftovers(getState), exec, (line) => out.info(line), removeNow);
    }
    catch (error) {
        out.warning(`Cleanup was incomplete: ${(0,errors/* errorMessage */.g)(error)}`);
    }
}


/***/ }),

/***/ 54:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   F8: () => (/* binding */ StoppedFromOutside),
/* harmony export */   vt: () => (/* binding */ abortError),
/* harmony export */   zu: () => (/* binding */ isCancelSignal)
/* harmony export */ });
/* unused harmony exports abortable, stoppedFromOutside */
// Library calls that take no AbortSignal (the tool-cache download, the Actions
// cache, the artifact upload) made to give up when the run is cancelled, so a
// cancellation is never held up by them. What they leave half done lies in
// the run's work folder, which the cleanup then removes.
/** What an aborted signal rejects with: its reason (a Cancelled, a failing stage's error) as an Error. */
function abortError(signal) {
    const reason = signal.reason;
    return reason instanceof Error ? reason : new Error(String(reason));
}
/** Settles as `promise` does, or rejects with the signal's reason once it aborts. */
function abortable(promise, signal) {
    if (!signal)
        return promise;
    if (signal.aborted) {
        promise.catch(() => undefined);
        return Promise.reject(abortError(signal));
    }
    return new Promise((resolve, reject) => {
        const onAbort = () => reject(abortError(signal));
        signal.addEventListener('abort', onAbort, { once: true });
        promise.then((value) => (signal.removeEventListener('abort', onAbort), resolve(value)), (error) => (signal.removeEventListener('abort', onAbort), reject(error)));
    });
}
/**
 * A child ended by SIGINT, SIGTERM or SIGHUP that this process did not send:
 * a cancelled job signals every process it started, and the child may die
 * before this process handles its own signal. That is a cancellation, not a
 * failure of the input the child was working on.
 */
class StoppedFromOutside extends Error {
    program;
    signal;
    constructor(program, signal) {
        super(`${program} was stopped by ${signal} from outside the action`);
        this.program = program;
        this.signal = signal;
        this.name = 'StoppedFromOutside';
    }
}
const OUTSIDE_SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'];
/** Whether a child that ended by `signal` was stopped as a cancelled job stops it. */
function isCancelSignal(signal) {
    return signal !== null && OUTSIDE_SIGNALS.includes(signal);
}
/** The StoppedFromOutside an error is or was caused by (stages wrap what they throw). */
function stoppedFromOutside(error) {
    for (let e = error, depth = 0; e instanceof Error && depth < 10; e = e.cause, depth++)
        if (e instanceof StoppedFromOutside)
            return e;
    return undefined;
}


/***/ }),

/***/ 216:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

// ESM COMPAT FLAG
__nccwpck_require__.r(__webpack_exports__);

// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  CommandError: () => (/* binding */ CommandError),
  childEnvironment: () => (/* binding */ childEnvironment),
  procStat: () => (/* binding */ procStat),
  processes: () => (/* binding */ processes),
  stopLeftoverGroups: () => (/* binding */ stopLeftoverGroups),
  withheldFromChildren: () => (/* binding */ withheldFromChildren)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(24);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(760);
// EXTERNAL MODULE: ./build/context/errors.js
var errors = __nccwpck_require__(997);
;// CONCATENATED MODULE: ./build/context/limits.js
// How much of a user's bytes the action reads, in one table, and the one
// reader every file input and every parser of untrusted bytes goes through:
// a file larger than its kind allows is refused at once (from its size, before
// a byte is read), naming what it is and the limit, so a huge or endless file
// can cost neither memory nor time. SECURITY.md lists the same numbers.


const KiB = 1024;
const MiB = 1024 * KiB;
/** The size caps, by kind of file. Each is far above what a real file of that kind holds. */
const FILE_LIMITS = {
    /** A Trident host configuration (the largest official sample is 10 KiB). */
    hostConfig: { bytes: 256 * KiB, what: 'a host configuration' },
    /** An Image Customizer config (`config`, or a base config it names). */
    customizerConfig: { bytes: 256 * KiB, what: 'an Image Customizer config' },
    /** extra-config given as a file. */
    extraConfig: { bytes: 64 * KiB, what: 'an extra-config file' },
    /** A package list file (installLists, removeLists, updateLists). */
    packageList: { bytes: 256 * KiB, what: 'a package list file' },
    /** A COSI's metadata.json (a few KiB in every real COSI). */
    cosiMetadata: { bytes: 1 * MiB, what: "a COSI's metadata.json" },
    /** Text files of a Trident checkout the prerequisite check reads (Cargo.toml, .cargo/config.toml). */
    checkoutText: { bytes: 1 * MiB, what: 'a text file of the Trident checkout' },
    /** What rpm2cpio writes for the trident RPM (its payload, held in memory to find /usr/bin/trident). */
    rpmPayload: { bytes: 512 * MiB, what: "the trident RPM's payload" },
};
/** Counts that bound work, whatever the bytes: nodes of a YAML document, entries of archives, problems reported. */
const COUNT_LIMITS = {
    /** Nodes (mappings, lists, scalars) of one YAML document; a real host config has a few hundred. */
    yamlNodes: 20_000,
    /** YAML aliases expanded when a document is turned into data (the "billion laughs" guard). */
    yamlAliases: 100,
    /** Headers (of any kind) of a COSI's tar archive. */
    tarHeaders: 20_000,
    /** Entries of the cpio archive rpm2cpio writes for the trident RPM. */
    cpioEntries: 100_000,
    /** Problems listed in one message, and annotations written for one file. */
    problems: 20,
    /** Bytes of one line of a tool's output kept for the log (a line without an end is cut there). */
    lineBytes: 64 * KiB,
};
/** A program wrote more to stdout than its caller keeps (a hostile or broken input behind it). */
class OutputTooLargeError extends Error {
    argv;
    limit;
    constructor(argv, limit) {
        super(`${argv[0] ?? '?'} wrote more than ${limit} bytes, more than is accepted; it was stopped`);
        this.argv = argv;
        this.limit = limit;
        this.name = 'OutputTooLargeError';
    }
}
/** A file larger than its kind allows. */
class FileTooLargeError extends Error {
    file;
    size;
    limit;
    what;
    constructor(file, size, limit, what) {
        super(`${file} is ${size} bytes; ${what} may be at most ${limit} bytes (${humanLimit(limit)}), so it is not read`);
        this.file = file;
        this.size = size;
        this.limit = limit;
        this.what = what;
        this.name = 'FileTooLargeError';
    }
}
function humanLimit(bytes) {
    return bytes >= MiB ? `${bytes / MiB} MiB` : `${bytes / KiB} KiB`;
}
/** Whether a file of `size` bytes is over the limit of `kind`; the error to throw when it is. */
function sizeProblem(file, size, kind) {
    const { bytes, what } = FILE_LIMITS[kind];
    return size > bytes ? new FileTooLargeError(file, size, bytes, what) : undefined;
}
/**
 * Reads a whole file of a kind whose size is capped: refused from its size
 * before anything is read, and never more than the cap is read even if the
 * file grows meanwhile (a FIFO, a file being written). Not a regular file is
 * an error too (a device would never end).
 */
function readBounded(file, kind) {
    const { bytes: limit } = FILE_LIMITS[kind];
    // Synchronous: these files are small, and an async read is a round trip to libuv's thread pool per call (and
    // node:fs/promises loads a dozen of Node's modules). O_NONBLOCK: opening a FIFO does not wait for a writer (it is
    // refused below as not a regular file).
    const fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
    try {
        const info = fstatSync(fd);
        if (!info.isFile())
            throw new Error(`${file} is not a regular file`);
        const tooLarge = sizeProblem(file, info.size, kind);
        if (tooLarge)
            throw tooLarge;
        // One byte more than the cap tells a file that grew past it.
        const buffer = Buffer.alloc(Math.min(info.size, limit) + 1);
        let filled = 0;
        while (filled < buffer.length) {
            const bytesRead = readSync(fd, buffer, filled, buffer.length - filled, filled);
            if (bytesRead === 0)
                break;
            filled += bytesRead;
        }
        if (filled > limit)
            throw new FileTooLargeError(file, filled, limit, FILE_LIMITS[kind].what);
        return buffer.subarray(0, filled);
    }
    finally {
        closeSync(fd);
    }
}
/** readBounded as UTF-8 text. */
function readTextBounded(file, kind) {
    return readBounded(file, kind).toString('utf8');
}
/**
 * The first `max` items of a list, and a last line saying how many more
 * there are: a file with thousands of mistakes gets a readable message.
 */
function capList(items, max = COUNT_LIMITS.problems) {
    return { shown: items.slice(0, max), more: Math.max(0, items.length - max) };
}
/** "…and N more" for a list capList cut, or '' when nothing was cut. */
function moreLine(more, what = 'problems') {
    return more > 0 ? `…and ${more} more ${what} (only the first ${COUNT_LIMITS.problems} are listed)` : '';
}
/** Names joined for a sentence, at most `max` of them, then how many more. */
function someOf(names, max = COUNT_LIMITS.problems) {
    const { shown, more } = capList(names, max);
    return more > 0 ? `${shown.join(', ')} and ${more} more` : shown.join(', ');
}
/** readTextBounded for a file an input names: too large (or not a regular file) is that input's error, at once. */
function readInputText(input, file, kind) {
    try {
        return readTextBounded(file, kind);
    }
    catch (error) {
        if (error instanceof FileTooLargeError)
            throw new InputError(input, `${error.message}; give a smaller file.`);
        throw error;
    }
}

// EXTERNAL MODULE: ./build/tools/abortable.js
var abortable = __nccwpck_require__(54);
;// CONCATENATED MODULE: ./build/tools/exec.js




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
        return parseProcStat((0,external_node_fs_.readFileSync)(`/proc/${pid}/stat`, 'utf8')).start;
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
                emit(line.length > COUNT_LIMITS.lineBytes ? line.slice(0, COUNT_LIMITS.lineBytes) : line);
            if (rest.length > COUNT_LIMITS.lineBytes) {
                emit(rest.slice(0, COUNT_LIMITS.lineBytes));
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
        return Promise.reject((0,abortable/* abortError */.vt)(signal));
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
                reject((0,abortable/* abortError */.vt)(signal));
                return;
            }
            if ((0,abortable/* isCancelSignal */.zu)(sig)) {
                reject(new abortable/* StoppedFromOutside */.F8(external_node_path_.basename(file), sig));
                return;
            }
            if (tooLarge && options.maxStdoutBytes !== undefined) {
                reject(new OutputTooLargeError(argv, options.maxStdoutBytes));
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

/***/ 889:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   n: () => (/* binding */ randomHex)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(24);
// Random names (the work folder, the output's probe file, the delimiters of
// the runner's command files), read from the kernel's random source: loading
// node:crypto for them alone took a tenth of a validate-only run's start
// (docs/benchmarks.md).

/** `bytes` random bytes from /dev/urandom, in lower-case hex. */
function randomHex(bytes) {
    const buffer = Buffer.alloc(bytes);
    const fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)('/dev/urandom', 'r');
    try {
        for (let filled = 0; filled < bytes;)
            filled += (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, buffer, filled, bytes - filled, null);
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    }
    return buffer.toString('hex');
}


/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(233);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
