export const id = 20;
export const ids = [20];
export const modules = {

/***/ 74020:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {
var checkFilesAndVerify = (async function ({ rt, inputs }, log) {
    const files = await (0,input_files/* checkInputFiles */.Mx)(inputs, log, rt.workspace);
    if (!inputs.verify)
        return { files };
    // The VM's plan (QEMU, OVMF, the disks) loads only for a run that verifies.
    const { hostConfigOfConfig, planVerification, serialLogPath } = await Promise.all(/* import() */[__webpack_require__.e(667), __webpack_require__.e(877)]).then(__webpack_require__.bind(__webpack_require__, 90667));
    const hostConfigOf = (config) => {
        const hostConfig = hostConfigOfConfig(config);
        return hostConfig ? { hostConfig } : {};
    };
    const verify = await planVerification(inputs.verify, {
        ...(inputs.hostConfig ? { hostConfig: inputs.hostConfig } : inputs.config ? hostConfigOf(inputs.config) : {}),
        hostConfigInput: inputs.hostConfig ? 'host-config' : 'config',
        serialLog: serialLogPath(inputs.output),
        serialLogInput: 'output',
    }, rt.env, !inputs.validateOnly, log);
    return { files, verify };
});
var planLines = (function (ctx, config) {
    const { inputs, work } = ctx;
    const registryConfig = external_node_path_.join(work.auth, 'oras-config.json');
    const lines = [];
    if (inputs.rpms.kind === 'build')
        lines.push(['make', 'bin/trident-rpms.tar.gz', `# in ${inputs.rpms.checkout}`]);
    if (inputs.baseImage.kind === 'oci') {
        const { ref } = inputs.baseImage;
        if (inputs.registryCredentials)
            lines.push(tools_argv/* orasArgv */.oe.login('oras', (0,oci_ref/* registryOf */.Fv)(ref), inputs.registryCredentials.username, registryConfig));
        lines.push(tools_argv/* orasArgv */.oe.descriptor('oras', ref, registryConfig));
        lines.push([
            ...tools_argv/* orasArgv */.oe.pull('oras', (0,oci_ref/* pinnedRef */.I1)(ref, '<resolved digest>'), inputs.platform, (0,commands/* basePullDir */.YW)(ctx), registryConfig),
            `# --platform only when ${ref} is an image index (multi-arch); a single manifest is pulled without it`,
        ]);
    }
    const pulls = (0,tools_argv/* pullArgv */.W8)({
        engine: inputs.containerEngine,
        image: inputs.imageCustomizerImage,
        platform: inputs.platform,
        ...(inputs.imageCustomizerCredentials ? { authDir: work.auth, username: inputs.imageCustomizerCredentials.username } : {}),
    });
    if (pulls.login)
        lines.push(pulls.login);
    const base = inputs.baseImage.kind === 'file' ? inputs.baseImage.path : external_node_path_.join((0,commands/* basePullDir */.YW)(ctx), 'image.vhdx');
    const run = (0,argv/* containerArgv */.oM)((0,commands/* containerSpec */.$M)(ctx, config, base, inputs.rpms.kind === 'distro' ? undefined : work.rpms));
    lines.push(pulls.pull, run);
    return ['Every input is valid. Without validate-only the action would run:', ...lines.map(((argv) => `  ${argv.join(' ')}`))];
});
var skippedBuildLines = (function (ctx, config) {
    if (ctx.inputs.rpms.kind !== 'build')
        return [];
    const specs = [...(config.generated?.os?.packages?.install ?? []), ...config.lists.flatMap((l) => l.specs)];
    const installs = [...new Set(specs.flatMap((s) => (0,install_spec/* specTargets */.m)(s, new Set(trident_packages/* TRIDENT_PACKAGE_NAMES */.Xy)).map((t) => t.name)))];
    return [
        `validate-only: the build of trident-source (make bin/trident-rpms.tar.gz in ${ctx.inputs.rpms.checkout}) is skipped, so its RPMs are not checked. After the build, a run checks:`,
        "  - every RPM by its header (name, epoch, version, release, arch), none a source package, one build of each, Trident's packages of one version-release;",
        `  - their architecture against platform ${ctx.inputs.platform};`,
        `  - that they hold what the ISO installs: ${installs.length > 0 ? [...new Set(['trident', ...installs])].join(', ') : 'no Trident package'}, and trident-selinux where trident's conditional Requires applies;`,
        config.generated
            ? '  - then pins each of them in the config to the built version-release, and runs trident validate on the host config.'
            : '  - that `config` pins each of them to the built version-release, and runs trident validate on the host config.',
    ];
});
var plan = (function (config, given, verify) {
    return async (ctx, stageLog, signal) => {
        const lines = [];
        const log = ((line) => {
            lines.push(line);
            stageLog(line);
        });
        // Only with prebuilt RPMs: the RPM stage's code (trident validate on them) loads for that alone.
        if (given)
            await (await Promise.all(/* import() */[__webpack_require__.e(500), __webpack_require__.e(85)]).then(__webpack_require__.bind(__webpack_require__, 20085))).validateHostConfig(ctx, config, given, log, signal);
        for (const line of skippedBuildLines(ctx, config))
            log(line);
        for (const line of planLines(ctx, config))
            log(line);
        if (verify) {
            log(`Then, for verify: ${verify.options.mode}, with the ISO at ${ctx.inputs.output}:`);
            const { verifyPlanLines } = await Promise.all(/* import() */[__webpack_require__.e(667), __webpack_require__.e(877)]).then(__webpack_require__.bind(__webpack_require__, 90667));
            for (const argv of await verifyPlanLines(verify, ctx.work, ctx.inputs.output))
                log(`  ${argv.join(' ')}`);
        }
        // The two files the config stage just wrote, small: read at once (an async read is a round trip to libuv's thread pool).
        const read = ((file) => ({ path: file, text: (0,external_node_fs_.readFileSync)(file, 'utf8') }));
        return {
            lines,
            config: read(config.configHostPath),
            ...(config.hostConfigPath ? { hostConfig: read(config.hostConfigPath) } : {}),
        };
    };
});
var validateOnlySummary = (function (stages, planned) {
    const checks = stages.records
        .filter(((r) => r.outcome === 'ok' && r.name !== 'Plan (validate-only)'))
        .map(((r) => ({ stage: r.name, lines: stages.tail(r.name) })));
    return (0,report/* validateOnlyMarkdown */.A3)({ checks, plan: planned.lines, config: planned.config, ...(planned.hostConfig ? { hostConfig: planned.hostConfig } : {}) }, stages.records);
});


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  check: (() => (/* reexport */ check)),
  plan: (() => (/* reexport */ plan)),
  validateOnlySummary: (() => (/* reexport */ validateOnlySummary)),
  writeConfig: (() => (/* reexport */ config/* writeConfig */.AU))
});

// EXTERNAL MODULE: ./build/context/errors.js
var errors = __webpack_require__(31997);
// EXTERNAL MODULE: ./build/context/input-files.js
var input_files = __webpack_require__(84162);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./build/run/report.js
var report = __webpack_require__(63130);
// EXTERNAL MODULE: ./build/customizer/argv.js
var argv = __webpack_require__(54590);
// EXTERNAL MODULE: ./build/tools/host.js
var host = __webpack_require__(51251);
// EXTERNAL MODULE: ./build/trident/host-config-copy.js
var host_config_copy = __webpack_require__(75764);
// EXTERNAL MODULE: ./build/stages/artifact-names.js
var artifact_names = __webpack_require__(64155);
;// CONCATENATED MODULE: ./build/stages/check.js
// Stage 1: everything that can be wrong with the inputs and the machine,
// before any long work. validate-only stops short of the machine checks (it
// needs no container engine and no privileges).









const GiB = 1024 ** 3;
/**
 * Free space the build needs: the base image converted to raw (minimal-os is a
 * 4 GiB disk), a copy of its root filesystem, the ISO, and the COSI twice (the
 * ISO's staging folder and the ISO itself). Pure.
 */
function requiredDiskBytes(cosiBytes) {
    return 8 * GiB + 2 * cosiBytes;
}
/** An ISO carries the COSI and a live OS, which no real build makes smaller than this. */
const MIN_LIVE_OS_BYTES = 256 * 1024 ** 2;
/**
 * Across filesystems the ISO is copied beside `output` after the build: a
 * folder with less room than the smallest ISO this build can make (the COSI
 * and a live OS) would lose it then. Pure.
 */
function outputRoomProblem(folder, free, cosiBytes) {
    const least = cosiBytes + MIN_LIVE_OS_BYTES;
    if (free >= least)
        return undefined;
    return `the folder ${folder} is on another filesystem than the work folder and has ${(0,report/* humanSize */.Xe)(free)} free; the ISO, with the COSI it carries and a live OS, will be at least ${(0,report/* humanSize */.Xe)(least)}, and it is copied there after the build, which would fail then. Free some space there or choose another output.`;
}
function diskProblem(dir, free, required) {
    if (free >= required)
        return undefined;
    return `the build needs about ${(0,report/* humanSize */.Xe)(required)} free, but ${dir} has ${(0,report/* humanSize */.Xe)(free)}. Free some space (on hosted runners, remove preinstalled toolchains) or use a runner with a larger disk.`;
}
/**
 * The check stage, with the probes started before it (stages/probes.ts; none for validate-only): they ran while
 * the files are checked. Their answers count after the files', in this order: artifact names, platform, engine,
 * prerequisites.
 */
const check = (({ mismatch, engine, buildTools, ended: probed } = { ended: Promise.resolve() }) => async ({ rt, inputs }, log, signal) => {
    // A taken artifact name is known in a moment (one request each, no client to load), long before the build
    // would meet it: the names are looked up while the files are checked (none for validate-only).
    const names = (0,artifact_names/* checkArtifactNames */.PW)(inputs, rt.env, log, signal);
    // Handled at once: a check that fails first leaves it unread; every check that fails waits for what it started.
    const looked = Promise.all([probed, names.catch(() => undefined)]);
    const { files, verify } = await checkFilesAndVerify({ rt, inputs }, log).catch(async (error) => {
        await looked;
        throw error;
    });
    if (inputs.validateOnly)
        return { ...files, parent: rt.tempDir, ...(verify ? { verify } : {}) };
    // The files read well: the host config copy is made (parsed and checked: the config stage's longest part) while
    // the probes run and the names are looked up; its problems are told by the config stage, after the checks' own.
    const hostConfigCopy = inputs.hostConfig ? (0,host_config_copy/* prepareHostConfigCopy */.V4)(inputs.hostConfig, (0,host_config_copy/* hostConfigPlan */.av)(inputs, files)) : undefined;
    // Handled at once: a check that fails leaves it unread.
    hostConfigCopy?.catch(() => undefined);
    await names.catch(async (error) => {
        await probed;
        throw error;
    });
    if (mismatch)
        throw new errors/* InputError */.d('platform', mismatch);
    const engineProblem = await engine;
    if (engineProblem) {
        await probed;
        throw new errors/* InputError */.d('container-engine', engineProblem);
    }
    if (buildTools) {
        const tools = await buildTools;
        if (tools.missing.length > 0) {
            throw new errors/* InputError */.d('trident-source', `cannot be built on this runner: \`make bin/trident-rpms.tar.gz\` needs what is missing:\n${tools.missing.map((m) => `  - ${m}`).join('\n')}`);
        }
        log(`Trident build prerequisites found: ${tools.found.join(', ')}.`);
        for (const note of tools.notes)
            log(note);
    }
    // Hosted runners have more room on /mnt than on the workspace's disk.
    const { dir: parent, free } = await (0,host/* roomiest */.R1)([rt.tempDir, ...(rt.env.RUNNER_ENVIRONMENT === 'github-hosted' ? ['/mnt'] : [])]);
    // The work folder is mounted into the container as -v host:container: a ':' in its path cannot be expressed.
    if ((0,argv/* unmountablePath */.qq)(parent))
        throw new Error(`the work folder would be under ${parent} (RUNNER_TEMP), whose path holds ':', which a container mount (-v host:container) cannot express; run the job with a RUNNER_TEMP without ':'.`);
    const required = requiredDiskBytes(files.cosi?.size ?? 0);
    const disk = diskProblem(parent, free, required);
    if (disk)
        throw new Error(disk);
    log(`Disk: ${(0,report/* humanSize */.Xe)(free)} free in ${parent}; the build needs about ${(0,report/* humanSize */.Xe)(required)}.`);
    if (!inputs.patch)
        await checkOutputRoom(inputs.output, parent, files.cosi?.size ?? 0);
    // Detection can miss modules a privileged container loads itself: warn, do not fail.
    const missing = await (0,host/* missingKernelModules */.JD)(host/* KERNEL_MODULES */.KV);
    if (missing.length > 0) {
        rt.warning({
            message: `Kernel modules ${missing.join(', ')} are neither loaded nor installed on this runner; Image Customizer needs ${host/* KERNEL_MODULES */.KV.join(', ')} and will likely fail.`,
        });
    }
    return { ...files, parent, ...(verify ? { verify } : {}), ...(hostConfigCopy ? { hostConfigCopy } : {}) };
});
/** On the work folder's filesystem the ISO is linked or renamed (the disk check counted it); elsewhere it needs room. */
async function checkOutputRoom(output, parent, cosiBytes) {
    const folder = external_node_path_.dirname(output);
    if ((0,external_node_fs_.statSync)(folder).dev === (0,external_node_fs_.statSync)(parent).dev)
        return;
    const problem = outputRoomProblem(folder, await (0,host/* freeBytes */.go)(folder), cosiBytes);
    if (problem)
        throw new errors/* InputError */.d('output', problem);
}
/** The input files, then the VM of `verify` (its disks come from the host config). */


// EXTERNAL MODULE: ./build/stages/config.js + 6 modules
var config = __webpack_require__(12449);
// EXTERNAL MODULE: ./build/context/oci-ref.js
var oci_ref = __webpack_require__(81393);
// EXTERNAL MODULE: ./build/tools/argv.js
var tools_argv = __webpack_require__(25260);
// EXTERNAL MODULE: ./build/stages/commands.js
var commands = __webpack_require__(40542);
// EXTERNAL MODULE: ./build/trident/install-spec.js
var install_spec = __webpack_require__(96962);
// EXTERNAL MODULE: ./build/trident/trident-packages.js
var trident_packages = __webpack_require__(41213);
;// CONCATENATED MODULE: ./build/stages/plan.js
// validate-only: every input checked, prebuilt RPMs read and checked like a
// run does (and `trident validate` run where it can), the configs written,
// then the commands a full run would start, printed from the same argv
// builders the run uses. Nothing is pulled, built or run in a container.









/** The plan's lines. Pure. */

/** What validate-only cannot check without building trident-source, and the run checks after the build. Pure. */


/** The job summary of validate-only, from what its stages logged and the plan. Pure. */


;// CONCATENATED MODULE: ./build/stages/index.js
// The stages validate-only runs (the checks, the Image Customizer config, the
// plan), for main.ts to load once the inputs have read well: an input error
// needs none of them. They carry the schema checks, the COSI and host config
// readers and the YAML writer. The build's first stages, the parallel pieces,
// are in fetch.ts; the rest of a build's in build.ts.





/***/ }),

/***/ 25260:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {
var pullArgv = (function (o) {
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
});

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N6: () => (/* binding */ authFile),
/* harmony export */   W8: (() => (/* binding */ pullArgv)),
/* harmony export */   oe: (() => (/* binding */ orasArgv))
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
    descriptor: ((bin, ref, registryConfig) => [
        bin,
        'manifest',
        'fetch',
        '--descriptor',
        '--registry-config',
        registryConfig,
        // `--` ends the options (cobra, spf13/pflag flag.go): a reference is never read as one.
        '--',
        ref,
    ]),
    /** With a platform only for an image index: on a single manifest oras fails (oras-go v2.6.0 internal/platform/platform.go SelectManifest). */
    pull: ((bin, ref, platform, outDir, registryConfig) => [
        bin,
        'pull',
        ...(platform ? ['--platform', platform] : []),
        '--output',
        outDir,
        '--registry-config',
        registryConfig,
        '--',
        ref,
    ]),
};
/** The private credential store: docker's config folder, podman's auth file. */
function authFile(engine, dir) {
    return node_path__WEBPACK_IMPORTED_MODULE_0__.join(dir, engine === 'docker' ? 'config.json' : 'auth.json');
}
/** The argv of the login and the pull; pure, so validate-only can print exactly what would run. */



/***/ })

};
