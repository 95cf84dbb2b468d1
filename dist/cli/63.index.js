export const id = 63;
export const ids = [63];
export const modules = {

/***/ 94063:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   startProbes: () => (/* binding */ startProbes)
/* harmony export */ });
/* harmony import */ var _context_platform_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(63713);
/* harmony import */ var _tools_build_tools_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(43482);
/* harmony import */ var _tools_engine_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(21812);
// The checks' processes that only look: the container engine's `info` and the
// build prerequisites' `rustc --version` and `whereis libssl.a`. They start as
// soon as the inputs read well, from this small chunk, before the stages' code
// loads: they run on the runner's other core while this thread compiles it.
// Their answers count in the check stage, after the files' (stages/check.ts).



/** Starts the probes a build needs (not for validate-only: main.ts does not call it then). */
function startProbes({ rt, inputs, exec }) {
    const mismatch = (0,_context_platform_js__WEBPACK_IMPORTED_MODULE_0__/* .platformMismatch */ .ky)(inputs.platform, process.arch);
    if (mismatch)
        return { mismatch, ended: Promise.resolve() };
    const engine = (0,_tools_engine_js__WEBPACK_IMPORTED_MODULE_2__.checkEngine)(exec, inputs.containerEngine, rt.signal);
    const buildTools = inputs.rpms.kind === 'build' ? (0,_tools_build_tools_js__WEBPACK_IMPORTED_MODULE_1__/* .checkBuildTools */ .QR)(exec, rt.env, inputs.rpms.checkout, rt.signal) : undefined;
    // Handled at once: a cancelled run rejects them before they are awaited; a check that fails waits for them.
    const ended = Promise.all([engine.catch(() => undefined), buildTools?.catch(() => undefined)]);
    return { engine, ...(buildTools ? { buildTools } : {}), ended };
}


/***/ }),

/***/ 43482:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GU: () => (/* binding */ whichOnPath),
/* harmony export */   QR: () => (/* binding */ checkBuildTools),
/* harmony export */   zy: () => (/* binding */ versionAtLeast)
/* harmony export */ });
/* unused harmony exports BUILD_COMMANDS, onPath, requiredRust */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var _context_limits_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76754);
// What `make bin/trident-rpms.tar.gz` in a Trident checkout needs on the
// runner, checked before the long work where it is cheap to check (a file on
// PATH, a version, a library file). From microsoft/trident:
//   Makefile: target/release/trident is built on the host by cargo with
//     OPENSSL_STATIC=1, OPENSSL_LIB_DIR from `whereis libssl.a` and
//     OPENSSL_INCLUDE_DIR=/usr/include/openssl (a static libssl);
//     version-vars runs python3 scripts/get-version.py and git rev-parse/diff;
//     the RPMs are built by `docker build` FROM mcr.microsoft.com/azurelinux/base/core:3.0,
//     which installs packages with tdnf (network);
//   Cargo.toml: rust-version (1.85.0 at 95639188c); prost-build/tonic-build need protoc;
//   .pipelines/templates/stages/validate_makefile/dev-build.yml: Trident's own CI
//     installs clang on Ubuntu before this target;
//   docs/Development/Building/Dependencies.md: libssl-dev, protobuf-compiler on Ubuntu.
// Network (crates, the base image, tdnf) cannot be checked cheaply: README says it.



/** node:fs/promises, loaded when this module first touches a file: validate-only loads this module and never does. */
const fs = () => process.getBuiltinModule('node:fs/promises');
const BUILD_COMMANDS = [
    { what: 'cargo', ubuntu: "Rust through rustup (`rustup toolchain install stable`; Ubuntu's cargo package is older than Trident needs)" },
    { what: 'rustc', ubuntu: 'Rust through rustup (`rustup toolchain install stable`)' },
    { what: 'protoc', ubuntu: 'protobuf-compiler' },
    { what: 'clang', ubuntu: 'clang' },
    { what: 'python3', ubuntu: 'python3' },
    { what: 'git', ubuntu: 'git' },
    { what: 'make', ubuntu: 'make' },
    { what: 'docker', ubuntu: 'docker.io (or Docker CE; hosted Ubuntu runners have it)' },
];
async function exists(file, mode = node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.F_OK) {
    return fs()
        .access(file, mode)
        .then(() => true, () => false);
}
/** Whether `name` is an executable file in one of PATH's folders. */
async function onPath(name, pathVariable) {
    return (await whichOnPath(name, pathVariable)) !== undefined;
}
/** The first executable file `name` in PATH's folders, or undefined. */
async function whichOnPath(name, pathVariable) {
    for (const dir of pathVariable.split(node_path__WEBPACK_IMPORTED_MODULE_1__.delimiter).filter(Boolean)) {
        const file = node_path__WEBPACK_IMPORTED_MODULE_1__.join(dir, name);
        if (await exists(file, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.X_OK))
            return file;
    }
    return undefined;
}
/** Compares dotted versions numerically. Pure. */
function versionAtLeast(version, minimum) {
    const a = version.split('.').map(Number);
    const b = minimum.split('.').map(Number);
    for (let i = 0; i < Math.max(a.length, b.length); i++) {
        const d = (a[i] ?? 0) - (b[i] ?? 0);
        if (d !== 0)
            return d > 0;
    }
    return true;
}
/** A checkout's small text file, or '' when it cannot be read. */
function textIfAny(file) {
    try {
        return (0,_context_limits_js__WEBPACK_IMPORTED_MODULE_2__/* .readTextBounded */ .LW)(file, 'checkoutText');
    }
    catch {
        return '';
    }
}
/** The rust-version a checkout's Cargo.toml asks for (1.85.0 when it says none). */
function requiredRust(checkout) {
    const text = textIfAny(node_path__WEBPACK_IMPORTED_MODULE_1__.join(checkout, 'Cargo.toml'));
    return /^\s*rust-version\s*=\s*"(\d+(?:\.\d+){0,2})"/m.exec(text)?.[1] ?? '1.85.0';
}
/**
 * The cheap checks, against the step's PATH and files. `whereis` starts at once and `rustc --version` as soon as
 * rustc is found on PATH.
 */
async function checkBuildTools(exec, env, checkout, signal) {
    const pathVariable = env.PATH ?? '';
    // rustc's version and whereis's answer are asked at once (two processes; neither waits for the other).
    const opts = { captureStdout: true, ...(signal ? { signal } : {}) };
    const whereisRun = exec.run(['whereis', 'libssl.a'], opts).catch(() => undefined);
    const rustRun = onPath('rustc', pathVariable).then((found) => found
        ? exec
            .run(['rustc', '--version'], opts)
            .catch(() => undefined)
            .then((result) => [requiredRust(checkout), result])
        : undefined);
    const onPathNow = await Promise.all(BUILD_COMMANDS.map((tool) => onPath(tool.what, pathVariable)));
    const missing = [];
    const found = [];
    for (const [i, tool] of BUILD_COMMANDS.entries()) {
        if (onPathNow[i])
            found.push(tool.what);
        else
            missing.push(`${tool.what} is not on PATH (install ${tool.ubuntu})`);
    }
    const [rust, whereis] = await Promise.all([rustRun, whereisRun]);
    if (rust) {
        const [wanted, result] = rust;
        const version = /^rustc (\d+\.\d+\.\d+)/.exec(result?.stdout ?? '')?.[1];
        if (!version)
            missing.push('rustc --version says no version (reinstall Rust through rustup)');
        else if (!versionAtLeast(version, wanted))
            missing.push(`rustc is ${version}, but the checkout's Cargo.toml needs rust-version ${wanted} (run \`rustup update stable\`)`);
        else
            found.push(`rustc ${version} (≥ ${wanted})`);
    }
    // As the Makefile finds it: `whereis libssl.a | cut -d" " -f2`.
    const libssl = whereis?.stdout.trim().split(/\s+/)[1];
    if (!libssl || !(await exists(libssl))) {
        missing.push('`whereis libssl.a` finds no static libssl (install libssl-dev): the Makefile links OpenSSL statically');
    }
    else
        found.push(libssl);
    const notes = [];
    const cargoConfig = textIfAny(node_path__WEBPACK_IMPORTED_MODULE_1__.join(checkout, '.cargo', 'config.toml'));
    if (/^\s*replace-with\s*=\s*"BMP_PublicPackages"/m.test(cargoConfig) && env.OVERRIDE_RUST_FEED !== 'true') {
        notes.push("The checkout's .cargo/config.toml takes crates from Trident's Azure Artifacts feed (BMP_PublicPackages) instead of crates.io; Trident's Makefile switches to crates.io only with OVERRIDE_RUST_FEED=true in the step's environment.");
    }
    return { missing, found, notes };
}


/***/ })

};
