
var __nccwpck_require__ = (function (moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		id: moduleId,
/******/ 		loaded: false,
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Flag the module as loaded
/******/ 	module.loaded = true;
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ });
var cancel_abortOnSignals = (function (controller) {
    const handler = (signal) => {
        if (!controller.signal.aborted)
            controller.abort(new Cancelled(signal));
    };
    for (const signal of CANCEL_SIGNALS)
        process.on(signal, handler);
    return (() => {
        for (const signal of CANCEL_SIGNALS)
            process.off(signal, handler);
    });
});
var readContext = (function (rt, exec) {
    const inputs = (0,context_inputs/* readInputs */.Ko)(((name) => rt.getInput(name)), { workspace: rt.workspace });
    for (const credentials of [inputs.registryCredentials, inputs.imageCustomizerCredentials])
        if (credentials)
            rt.setSecret(credentials.password);
    if (inputs.patch?.kind === 'artifact' && inputs.patch.run)
        rt.setSecret(inputs.patch.run.token);
    const versionKnown = inputs.imageCustomizerVersion !== undefined;
    if (!versionKnown) {
        rt.warning({
            message: `imagecustomizer-image '${inputs.imageCustomizerImage}' has no version tag; assuming Image Customizer ${version/* NEWEST_KNOWN */.Lk}. Set imagecustomizer-version to say which it is.`,
        });
    }
    return {
        rt,
        inputs,
        features: (0,version/* customizerFeatures */.R4)(inputs.imageCustomizerVersion ?? version/* NEWEST_KNOWN */.Lk),
        versionKnown,
        exec,
        retry: (0,retry/* retryPolicy */.Jb)(rt.env),
    };
});
var cacheServiceConfigured = (function (env) {
    return [env.ACTIONS_CACHE_URL, env.ACTIONS_RESULTS_URL].some(Boolean);
});
var runContext = (function (base, parent, run) {
    const { rt, inputs } = base;
    // validate-only writes only its configs (and unpacks prebuilt RPMs in scratch): it makes no folder a build needs.
    const parts = inputs.validateOnly ? workdir/* VALIDATE_ONLY_PARTS */.Jp : workdir/* WORK_PARTS */.pm;
    const work = (0,workdir/* createWorkDir */.Xk)(parent, ((root) => run.leftovers.track({ workDir: root })), parts);
    rt.setToolkitTemp(work.scratch);
    // Without a cache service (outside a job) the shared cache folder would only let runs trample each other.
    const cache = inputs.cache && cacheServiceConfigured(rt.env);
    const cacheRoot = external_node_path_.join(parent, 'trident-iso-cache');
    if (cache)
        run.leftovers.track({ cacheDir: cacheRoot });
    return {
        ...base,
        work,
        cache,
        cacheRoot,
        containerName: external_node_path_.basename(work.root).toLowerCase(),
        leftovers: run.leftovers,
        background: (name, task) => run.stages.background(name, task),
    };
});
var stepOutputs = (function (r) {
    return {
        ...(r.iso ? { 'iso-path': r.iso.path, 'iso-sha256': r.iso.sha256, 'iso-size': String(r.iso.size) } : {}),
        ...(r.config ? { 'config-path': r.config.configHostPath, 'host-config-path': r.config.hostConfigPath } : {}),
        ...(r.patched ? { 'host-config-path': r.patched.hostConfigPath } : {}),
        ...(r.base ? { 'base-image-digest': r.base.digest } : {}),
        ...(r.rpms ? { 'trident-version': r.rpms.tridentVersion } : {}),
        ...(r.published
            ? {
                'artifact-id': r.published.artifact?.id ?? '',
                'artifact-url': r.published.artifact?.url ?? '',
                'artifact-digest': r.published.artifact?.digest ?? '',
            }
            : {}),
        ...(r.verification
            ? {
                'verify-result': r.verification.result,
                'verify-boot-seconds': (0,report/* phaseSeconds */.Bo)(r.verification, 'boot'),
                'verify-install-seconds': (0,report/* phaseSeconds */.Bo)(r.verification, 'install'),
                'verify-first-boot-seconds': (0,report/* phaseSeconds */.Bo)(r.verification, 'first boot'),
                'verify-serial-log': r.verification.serialLog,
                'verify-disks': r.verification.keptDisks.join('\n'),
            }
            : {}),
    };
});
var writeOutputs = (function (rt, results) {
    for (const [name, value] of Object.entries(stepOutputs(results)))
        rt.setOutput(name, value);
});
var runProcesses = (function (env, cancel, groups) {
    const now = { ...env };
    let loaded;
    let ready;
    const exec = () => (loaded ??= __nccwpck_require__.e(/* import() */ 639).then(__nccwpck_require__.bind(__nccwpck_require__, 57639)).then(({ processes }) => (ready = processes(now, cancel, undefined, groups))));
    return {
        run: (argv, options) => (ready ? ready.run(argv, options) : exec().then((e) => e.run(argv, options))),
        runChecked: (argv, options) => (ready ? ready.runChecked(argv, options) : exec().then((e) => e.runChecked(argv, options))),
    };
});
var runProcedure = (async function (rt, procedure) {
    const leftovers = new run_leftovers/* LeftoverTracker */.i(((name, value) => rt.saveState(name, value)));
    const run = {
        rt,
        stages: new run_stages/* Stages */.e3(rt.console, rt.signal),
        // Each process group is recorded as it starts: a killed main step leaves the post step a list to stop.
        exec: runProcesses(rt.env, rt.signal, { started: (group) => leftovers.groupStarted(group), ended: (pid) => leftovers.groupEnded(pid) }),
        leftovers,
        results: {},
    };
    const onAbort = () => rt.console.warning(`Received ${cancellation(rt.signal).why}: stopping the build and cleaning up.`);
    rt.signal.addEventListener('abort', onAbort, { once: true });
    try {
        await procedure(run);
    }
    catch (error) {
        const outside = (0,abortable/* stoppedFromOutside */.xy)(error);
        if (rt.signal.aborted || outside) {
            // A child stopped by the job's cancellation before this process saw its own signal: cancelled too, no input to blame.
            if (!rt.signal.aborted)
                await run.stages.settleBeforeFailing();
            // Every process of the run has ended (their calls settle only then): remove what they left. What removes
            // it (the engine, QEMU's processes) loads only here: a run that stops at an input error does not need it.
            const { cleanUp } = await Promise.resolve(/* import() */).then(__nccwpck_require__.bind(__nccwpck_require__, 6770));
            await cleanUp(run.leftovers.found, () => runProcesses(rt.env), (line) => rt.console.info(line));
            throw rt.signal.aborted ? cancellation(rt.signal) : new Cancelled(outside?.message ?? 'a signal');
        }
        await run.stages.settleBeforeFailing();
        // A failed run most needs to show where it stopped and where the time went.
        const failed = run.stages.records.find((r) => r.outcome === 'failed');
        const details = { message: (0,errors/* errorMessage */.g)(error), tail: failed ? run.stages.tail(failed.name) : [] };
        await rt.writeSummary((0,run_report/* failureMarkdown */.A5)(run.stages.records, details, run.results.verification)).catch(() => undefined);
        throw error;
    }
    finally {
        rt.signal.removeEventListener('abort', onAbort);
        writeOutputs(rt, run.results);
    }
});
var main = (function (rt) {
    return runProcedure(rt, procedure);
});
var procedure = (async function (run) {
    const { rt, stages, results } = run;
    // 1. Everything that can be wrong, before any long work. The stages load once the inputs read well.
    const start = readContext(rt, run.exec);
    if (start.inputs.patch)
        return patchProcedure(run, start, {});
    // The checks' processes that only look start first, from a chunk of their own: they run while the stages' code
    // loads. validate-only has none (it needs no engine and builds nothing), and does not load that chunk.
    const probes = start.inputs.validateOnly ? undefined : (await Promise.all(/* import() */[__nccwpck_require__.e(812), __nccwpck_require__.e(63)]).then(__nccwpck_require__.bind(__nccwpck_require__, 94063))).startProbes(start);
    // The build's first stages (the RPMs, the base image, the Image Customizer image) load beside the checks'.
    // validate-only needs them only to read prebuilt RPMs: their code (oras, the cache, the engine) is not its to load.
    const fetchStages = once(() => Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(227), __nccwpck_require__.e(812), __nccwpck_require__.e(207), __nccwpck_require__.e(500), __nccwpck_require__.e(449), __nccwpck_require__.e(423)]).then(__nccwpck_require__.bind(__nccwpck_require__, 64423)));
    if (!start.inputs.validateOnly || start.inputs.rpms.kind === 'prebuilt')
        fetchStages().catch(() => undefined);
    const { check, plan, validateOnlySummary, writeConfig } = await Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(227), __nccwpck_require__.e(207), __nccwpck_require__.e(449), __nccwpck_require__.e(967), __nccwpck_require__.e(20)]).then(__nccwpck_require__.bind(__nccwpck_require__, 74020));
    const checked = await stages.run('Check inputs', start, check(probes));
    const ctx = runContext(start, checked.parent, run);
    // 2. Prebuilt RPMs are read first (by their headers): the config pins their exact version-release.
    const given = ctx.inputs.rpms.kind === 'prebuilt' ? await stages.run('Read Trident RPMs', ctx, (await fetchStages()).readGivenRpms) : undefined;
    // 3. The host config the ISO carries and the Image Customizer config; meanwhile the cache is asked whether it
    //    holds the RPMs of trident-source's commit (no download), so that on a miss make starts with its stage.
    const rpmCacheAnswer = ctx.inputs.validateOnly ? undefined : (await fetchStages()).askRpmCacheAhead(ctx);
    const config = await stages.run('Write Image Customizer config', ctx, writeConfig(checked, given));
    results.config = config;
    if (ctx.inputs.validateOnly) {
        const planned = await stages.run('Plan (validate-only)', ctx, plan(config, given, checked.verify));
        return rt.writeSummary(validateOnlySummary(stages, planned));
    }
    // 4. The three independent pieces at once; a failure stops the others. Each result is kept as it
    //    comes: when another fails, the outputs still name it.
    //    The base image's first step loads the tool cache's client (tens of ms of this thread's time): it
    //    waits for the RPM cache's answer (1 s at most), on which make starts at once, so that make does not wait for it.
    //    The rest of the build's stages load meanwhile (validate-only never needs them), once make has started: their
    //    code compiles on this thread while the tools run.
    const building = buildStages(rpmCacheAnswer);
    const { baseImage, customizerImage, tridentRpms } = await fetchStages();
    const [rpms, base] = await stages.parallel(ctx, [
        ['Trident RPMs', (0,run_stages/* keeping */.sn)(tridentRpms(config, given, rpmCacheAnswer), (r) => (results.rpms = r))],
        ['Base image', (0,run_stages/* keeping */.sn)((0,run_stages/* after */.Pl)(rpmCacheAnswer, 1000, baseImage), (b) => (results.base = b))],
        ['Image Customizer image', customizerImage],
    ]);
    // Registry credentials are not needed past the pulls: remove them now, not at the end of the job.
    await (0,workdir/* dropCredentials */.UO)(ctx.work);
    const { checkAndDeliver, checkPlaceholder, customize, freeAfterCustomizer, freeSpace, prepareUpload, summary } = await building;
    // 5. Image Customizer, privileged. Once its container has started, the cache saves run beside
    //    it and the upload's client loads (compiling it on this thread before then held the container's
    //    start back). What it leaves that nothing reads any more is freed as soon as it ends, beside the ISO's check.
    const customizing = stages.run('Image Customizer', ctx, customize(config, base, rpms, () => prepareUpload(ctx)));
    await customizing;
    stages.background('Free the build folders', freeAfterCustomizer(ctx));
    // patchable: the placeholder is on the media, holding the host config, before the ISO goes anywhere.
    if (config.placeholder)
        await stages.run('Check placeholder', ctx, checkPlaceholder(config));
    // 6. The ISO, checked before it goes anywhere: from its bytes, it holds what the action wrote.
    const iso = await stages.run('Check ISO', ctx, checkAndDeliver(config));
    results.iso = iso;
    // 7. With verify: the ISO in a VM (boot, install, first boot of the installed disks). The VM's
    //    disks need the room: the background work ends and the disk is freed before it starts.
    const freeDisk = async () => {
        await stages.settle();
        await freeSpace(ctx);
    };
    if (checked.verify)
        await freeDisk();
    // 8. Upload (the serial log beside the ISO, also when the verification failed). Meanwhile the background work
    //    ends and the rest of the disk is freed for later steps: the upload reads only the ISO at `output` and the
    //    serial log beside it, neither in the work folder. Then the report (the background stages are in it).
    const [uploaded, disk] = await Promise.allSettled([verifyAndUpload(run, ctx, checked.verify, iso), checked.verify ? undefined : freeDisk()]);
    if (uploaded.status === 'rejected')
        throw uploaded.reason;
    if (disk.status === 'rejected')
        throw disk.reason;
    const { verified, published } = uploaded.value;
    await rt.writeSummary(summary(ctx, { iso, base, rpms, published, ...(verified ? { verification: verified.report } : {}) }, stages.records));
});
var once = (function (load) {
    let loading;
    return () => (loading ??= load());
});
var refusedOutput = (function (name, value) {
    return LIST_OUTPUTS.has(name) ? value.split('\n').some(context_escape/* hasControl */.aQ) : (0,context_escape/* hasControl */.aQ)(value);
});
var guardedRuntime = (function (rt) {
    if (guarded.has(rt))
        return rt;
    const out = {
        getInput: ((name) => rt.getInput(name)),
        env: rt.env,
        workspace: rt.workspace,
        tempDir: rt.tempDir,
        signal: rt.signal,
        console: {
            info: ((line) => rt.console.info((0,context_escape/* escapeLogText */.dD)(line))),
            warning: (line) => rt.console.warning((0,context_escape/* escapeLogText */.dD)(line)),
            startGroup: ((title) => rt.console.startGroup((0,context_escape/* escapeLine */.EH)(title))),
            endGroup: (() => rt.console.endGroup()),
        },
        setOutput: ((name, value) => {
            if (refusedOutput(name, value)) {
                rt.warning({ message: `The output ${name} is not set: its value holds a control character (${(0,context_escape/* escapeLine */.EH)(value)}).` });
                return;
            }
            rt.setOutput(name, value);
        }),
        saveState: ((name, value) => rt.saveState(name, value)),
        addPath: (dir) => rt.addPath(dir),
        setSecret: (value) => rt.setSecret(value),
        error: (a) => rt.error(annotation(a)),
        warning: (a) => rt.warning(annotation(a)),
        writeSummary: ((markdown) => rt.writeSummary((0,context_escape/* escapeText */.X1)(markdown))),
        setToolkitTemp: ((dir) => rt.setToolkitTemp(dir)),
        // Every other member passes through unchanged (a Runtime's optional knobs too).
        ...(rt.preferToolsOnPath === undefined ? {} : { preferToolsOnPath: rt.preferToolsOnPath }),
    };
    guarded.add(out);
    return out;
});
var stdoutWriter = (function (host = process, writeFd = ((bytes) => (0,external_node_fs_.writeSync)(1, bytes))) {
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
    return ((text) => {
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
    });
});
var runMain = (async function (given, procedure = main) {
    // Everything main writes (log, annotations, summary, outputs) is escaped here, in one place.
    const rt = guardedRuntime(given);
    try {
        await procedure(rt);
        return 0;
    }
    catch (error) {
        if (error instanceof Cancelled)
            return 130;
        reportFailure(error, rt);
        return 1;
    }
});
var passwordInputs = (function (inputs) {
    return Object.keys(inputs).filter(((name) => name.endsWith('-password')));
});
var passwordVariable = (function (name) {
    return `TRIDENT_ISO_${name.toUpperCase().replace(/-/g, '_')}`;
});
var resolvePasswords = (function (values, fromStdin, flagged, env, readStdin) {
    if (fromStdin.length > 1)
        throw new Error(`only one password can come from standard input (given: ${fromStdin.map((n) => `--${n}-stdin`).join(', ')})`);
    const warnings = [];
    for (const name of Object.keys(values).filter(((n) => n.endsWith('-password')))) {
        const sources = [
            ...(fromStdin.includes(name) ? [`--${name}-stdin`] : []),
            ...(env[passwordVariable(name)] ? [passwordVariable(name)] : []),
            ...(flagged.includes(name) ? [`--${name}`] : []),
        ];
        if (sources.length > 1)
            throw new Error(`${name} is given ${sources.length} times (${sources.join(', ')}); give it one way only`);
    }
    for (const name of fromStdin) {
        let text;
        try {
            text = readStdin().replace(/\r?\n$/, '');
        }
        catch (error) {
            throw new Error(`--${name}-stdin: ${(0,errors/* errorMessage */.g)(error)}`);
        }
        if (text === '')
            throw new Error(`--${name}-stdin: standard input is empty; pipe the password in (one line)`);
        if (/[\r\n]/.test(text))
            throw new Error(`--${name}-stdin: standard input holds more than one line; give the password alone, on one line`);
        values[name] = text;
    }
    for (const name of Object.keys(values).filter(((n) => n.endsWith('-password') && !fromStdin.includes(n)))) {
        const variable = env[passwordVariable(name)];
        if (variable)
            values[name] = variable;
        else if (flagged.includes(name))
            warnings.push(`--${name} on the command line is visible to every user of this machine (ps); use ${passwordVariable(name)} or --${name}-stdin.`);
    }
    return warnings;
});
var takePasswordVariables = (function (live) {
    const copy = { ...live };
    for (const name of Object.keys(live)) {
        const upper = name.toUpperCase();
        if (upper.startsWith('TRIDENT_ISO_') && upper.endsWith('PASSWORD'))
            delete live[name];
    }
    return copy;
});
var parseFlags = (function (argv, inputs) {
    for (const arg of argv) {
        const name = /^--([^=]+)/.exec(arg)?.[1];
        if (name === undefined || name === 'help')
            continue;
        if (name.endsWith('-password-stdin') && name.slice(0, -'-stdin'.length) in inputs)
            continue;
        if (WORKFLOW_ONLY.includes(name) && name in inputs) {
            throw new Error(`--${name} is an input for workflows only: outside a GitHub Actions job there is no artifact or cache service. The ISO stays at --output.`);
        }
        if (!(name in inputs)) {
            const meant = didYouMean(name, Object.keys(cliFlags(inputs)));
            throw new Error(`Unknown option '--${name}'.${meant ? ` Did you mean --${meant}?` : ''}`);
        }
    }
    // A bare boolean flag means true: rewrite `--validate-only` to `--validate-only=true`.
    const expanded = argv.map(((arg, i) => {
        const name = arg.replace(/^--/, '');
        const next = argv[i + 1];
        return BOOLEAN_INPUTS.includes(name) && arg.startsWith('--') && (next === undefined || next.startsWith('--')) ? `${arg}=true` : arg;
    }));
    const options = Object.fromEntries(Object.keys(inputs).map(((name) => [name, { type: 'string' }])));
    const stdinOptions = Object.fromEntries(passwordInputs(inputs).map(((name) => [`${name}-stdin`, { type: 'boolean' }])));
    const { values } = (0,external_node_util_.parseArgs)({
        args: expanded,
        options: { ...options, ...stdinOptions, help: { type: 'boolean' } },
        strict: true,
        allowPositionals: false,
    });
    const given = values;
    const passwordStdin = passwordInputs(inputs).filter(((name) => given[`${name}-stdin`] === true));
    const passwordFlags = passwordInputs(inputs).filter(((name) => typeof given[name] === 'string'));
    const result = {};
    for (const [name, spec] of Object.entries(inputs)) {
        const value = given[name];
        result[name] = typeof value === 'string' ? value : (CLI_DEFAULTS[name] ?? spec.default ?? '');
    }
    return { values: result, help: given.help === true, passwordStdin, passwordFlags };
});
var terminalRuntime = (function (values, signal, out) {
    const outputs = {};
    const state = {};
    const say = ((line) => out(`${line}\n`));
    const rt = {
        getInput: ((name) => values[name] ?? ''),
        env: { ...process.env },
        workspace: process.cwd(),
        tempDir: process.env.TMPDIR ?? (0,external_node_os_.tmpdir)(),
        signal,
        console: { info: say, warning: (l) => say(`warning: ${l}`), startGroup: ((t) => say(`\n== ${t}`)), endGroup: (() => undefined) },
        setOutput: ((name, value) => void (outputs[name] = value)),
        saveState: ((name, value) => void (state[name] = value)),
        addPath: (dir) => void (process.env.PATH = `${dir}${external_node_path_.delimiter}${process.env.PATH ?? ''}`),
        setSecret: () => undefined,
        // The message names the input or stage itself; the title is added only where it says more (a host config path).
        error: (a) => void process.stderr.write(`error${where(a)}: ${a.title && !a.message.includes(a.title) ? `${a.title}: ` : ''}${a.message}\n`),
        warning: (a) => say(`warning: ${a.message}`),
        writeSummary: (() => Promise.resolve()),
        setToolkitTemp: ((dir) => void (process.env.RUNNER_TEMP = dir)),
        preferToolsOnPath: true,
    };
    return { rt, outputs, state, say };
});
var runInTerminal = (async function (out, values, procedure, show) {
    // The tool cache outlives a run, as on a runner: oras is downloaded once.
    process.env.RUNNER_TOOL_CACHE ??= external_node_path_.join((0,external_node_os_.homedir)(), '.cache', 'trident-iso', 'tool-cache');
    const controller = new AbortController();
    const stopListening = cancel_abortOnSignals(controller);
    const { rt, outputs, state, say } = terminalRuntime(values, controller.signal, out);
    try {
        const code = await runMain(rt, procedure);
        if (code !== 0)
            return code;
        show(outputs, say);
        return 0;
    }
    finally {
        // No post step outside Actions: clean up now (the ISO is already at its output path).
        await (0,cleanup.cleanUp)((0,run_leftovers/* loadLeftovers */.j)(((name) => state[name] ?? '')), async () => (await __nccwpck_require__.e(/* import() */ 639).then(__nccwpck_require__.bind(__nccwpck_require__, 57639))).processes(process.env), (() => undefined), workdir/* removeNow */.ny);
        stopListening();
    }
});
var terminalOutput = (function (debug) {
    const made = Object.getOwnPropertyDescriptor(process, 'stdout');
    const make = made?.get?.bind(process);
    if (made?.configurable && make) {
        // Made once, filtered once: the getter runs at every read of process.stdout.
        let stream;
        Object.defineProperty(process, 'stdout', {
            ...made,
            get: () => {
                if (!stream) {
                    stream = make();
                    terminalStdout(stream, debug);
                }
                return stream;
            },
        });
    }
    else
        terminalStdout(process.stdout, debug);
    return stdoutWriter();
});
var cli = (async function (argv) {
    const out = terminalOutput(process.env.RUNNER_DEBUG === '1');
    const inputs = ACTION_INPUTS;
    // Whatever the subcommand, no child started by a library inherits a password.
    const stepEnv = takePasswordVariables(process.env);
    if (argv[0] === 'verify')
        return cliVerify(out, argv.slice(1), inputs);
    if (argv[0] === 'patch')
        return cliPatch(out, argv.slice(1), inputs);
    let parsed;
    try {
        parsed = parseFlags(argv, inputs);
    }
    catch (error) {
        process.stderr.write(`trident-iso: ${(0,errors/* errorMessage */.g)(error)}\nRun trident-iso --help for the flags.\n`);
        return 2;
    }
    if (parsed.help) {
        process.stdout.write(`${usage(inputs)}\n`);
        return 0;
    }
    const values = parsed.values;
    try {
        for (const warning of resolvePasswords(values, parsed.passwordStdin, parsed.passwordFlags, stepEnv, () => readStdinBounded(PASSWORD_STDIN_BYTES)))
            process.stderr.write(`trident-iso: warning: ${warning}\n`);
    }
    catch (error) {
        process.stderr.write(`trident-iso: ${(0,errors/* errorMessage */.g)(error)}\n`);
        return 2;
    }
    return runInTerminal(out, values, main, ((outputs, say) => {
        // The work folder is removed below: show the files it held rather than their paths.
        const shown = ['config-path', 'host-config-path'];
        if (values['validate-only'] === 'true') {
            for (const name of shown)
                if (outputs[name])
                    say(`\n# ${name === 'config-path' ? 'Image Customizer config' : 'Host config the ISO carries'}\n${(0,external_node_fs_.readFileSync)(outputs[name], 'utf8')}`);
        }
        for (const [name, value] of Object.entries(outputs))
            if (value && !shown.includes(name))
                say(`${name}: ${value}`);
    }));
});import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 42613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 20181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 35317:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");

/***/ }),

/***/ 49140:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("constants");

/***/ }),

/***/ 76982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 24434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 79896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 91943:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs/promises");

/***/ }),

/***/ 58611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 65692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 69278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 34589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 16698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 37540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 77598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 53053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 40610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 78474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 73024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 51455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 37067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 32467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 44708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 98995:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:module");

/***/ }),

/***/ 77030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 48161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 76760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:process");

/***/ }),

/***/ 41792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 57075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 46193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:string_decoder");

/***/ }),

/***/ 41692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 73136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 57975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 73429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 75919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 38522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 70857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 16928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

/***/ }),

/***/ 13193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 53557:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers");

/***/ }),

/***/ 64756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 52018:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tty");

/***/ }),

/***/ 87016:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("url");

/***/ }),

/***/ 39023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 43106:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("zlib");

/***/ }),

/***/ 31997:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   d: (() => (/* binding */ InputError)),
/* harmony export */   g: () => (/* binding */ errorMessage)
/* harmony export */ });
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

/***/ 29693:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {
var hasControl = (function (text) {
    return ANY_CONTROL.test(text);
});
var noLegacyCommand = (function (text) {
    return text.replaceAll('##[', '##\\x5b');
});
var escapeLine = (function (text) {
    return noLegacyCommand(text.replace(CONTROL_OR_NEWLINE, visible));
});
var escapeText = (function (text) {
    return text.replace(/\r\n/g, '\n').replace(CONTROL, visible);
});
var escapeLogText = (function (text) {
    return noLegacyCommand(escapeText(text))
        .split('\n')
        .map(((line) => (/^\s*::/.test(line) ? line.replace('::', '\\x3a:') : line)))
        .join('\n');
});

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   EH: (() => (/* binding */ escapeLine)),
/* harmony export */   X1: (() => (/* binding */ escapeText)),
/* harmony export */   aQ: (() => (/* binding */ hasControl)),
/* harmony export */   dD: (() => (/* binding */ escapeLogText)),
/* harmony export */   l0: (() => (/* binding */ BIDI_CONTROL))
/* harmony export */ });
// How a value that may come from a user's files (a file name, a tool's
// output line, a key of a YAML file) is shown: control characters (C0, DEL,
// C1, the Unicode line and paragraph separators, invisible format characters) become visible escapes,
// and a log line cannot start a workflow command (`::name::`), whatever text
// reaches it. run/guard.ts applies this to everything main writes. Pure.
// Invisible format characters count as control characters here: the bidirectional
// embeddings, overrides, isolates and marks (U+202E shows `x\u202eosi.iso` as
// `xosi.iso` backwards, "Trojan Source"), the zero-width ones and the BOM. A
// name holding one reads as another name.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;
// eslint-disable-next-line no-control-regex
const CONTROL_OR_NEWLINE = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u2028\u2029\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;
// eslint-disable-next-line no-control-regex
const ANY_CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/;
/** The bidirectional controls alone (embeddings, overrides, isolates): what an input may not hold. */
const BIDI_CONTROL = /[\u202a-\u202e\u2066-\u2069]/;
function visible(char) {
    const code = char.charCodeAt(0);
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}
/** Whether text holds a control character (tab and newline included). */

/**
 * The runner also reads the legacy form `##[name props]data` of a workflow
 * command anywhere in a line (actions/runner src/Runner.Common/ActionCommand.cs
 * TryParse, tried after the `::` form): `##[error]`, `##[add-mask]`,
 * `##[stop-commands]`, `##[save-state]`, ... Its `[` is escaped wherever it is.
 */

/** One line: every control character (a newline too) made visible, no legacy command left. */

/** Text of several lines (a message): newlines and tabs kept, other control characters made visible. */

/**
 * Lines for the log: escaped as escapeText, and a line that would start a
 * workflow command (the runner reads `::` at the start of a trimmed line)
 * gets its first colon escaped, so it is shown and never run; the legacy
 * `##[` form is escaped wherever it is in a line.
 */



/***/ }),

/***/ 12116:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $q: (() => (/* binding */ KERNEL_ARG)),
/* harmony export */   FQ: (() => (/* binding */ VERIFY_ACCELERATORS)),
/* harmony export */   TH: () => (/* binding */ BASE_IMAGE_EXTENSIONS),
/* harmony export */   X0: (() => (/* binding */ HOST_CONFIG_IMAGE_MODES)),
/* harmony export */   p_: (() => (/* binding */ LOG_LEVELS)),
/* harmony export */   v4: (() => (/* binding */ VERIFY_MODES)),
/* harmony export */   wt: (() => (/* binding */ CONTAINER_ENGINES)),
/* harmony export */   yz: (() => (/* binding */ SELINUX_MODES))
/* harmony export */ });
/* unused harmony exports INPUT_NAMES, OUTPUT_NAMES */
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
const SELINUX_MODES = ['disabled', 'permissive', 'enforcing', 'force-enforcing'];
/** Image Customizer's --log-level values. */
const LOG_LEVELS = ['panic', 'fatal', 'error', 'warn', 'info', 'debug', 'trace'];
/** host-config-image: write a copy pointing at the COSI (auto), or require the file to match already (keep). */
const HOST_CONFIG_IMAGE_MODES = ['auto', 'keep'];
/** verify: how far the ISO is proven in a VM. */
const VERIFY_MODES = ['none', 'boot', 'install'];
/** verify-accelerator: KVM when /dev/kvm works (auto), or one of them. */
const VERIFY_ACCELERATORS = ['auto', 'kvm', 'tcg'];
/** Disk image files a base image may be, by extension. */
const BASE_IMAGE_EXTENSIONS = ['.vhdx', '.vhd', '.qcow2', '.raw', '.img'];
/** A kernel argument (kernel-command-line, extra-config's extraCommandLine): it ends up in grub.cfg, so what kernel parameters use and no quoting or expansion characters. */
const KERNEL_ARG = /^[A-Za-z0-9_.,:=/+@%-]+$/;


/***/ }),

/***/ 38067:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {
var readInputs = (function (get, ctx) {
    const r = new Reader(get, ctx);
    const patch = readPatchSource(r);
    const config = r.path('config');
    const hostConfig = r.path('host-config');
    if (patch) {
        for (const name of BUILD_ONLY) {
            if (r.raw(name))
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d(name, 'shapes a build, and patch-iso patches an ISO built before: only its host config changes. Remove it, or build instead.');
        }
        if (!hostConfig)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d('host-config', 'is required with patch-iso: give the host config to put into the ISO.');
    }
    if (!hostConfig && !config) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d('host-config', 'is required: give the path of a Trident host configuration (or a complete Image Customizer config as `config`).');
    }
    const extraConfig = r.extraConfig('extra-config');
    if (config) {
        for (const name of GENERATED_CONFIG_ONLY) {
            if (r.raw(name))
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d(name, 'applies to the generated config only; with `config`, put it in that file instead (os.additionalFiles, iso.additionalFiles, os.packages, os.services).');
        }
    }
    const cosi = r.path('cosi');
    const cosiDestination = r.isoPath('cosi-destination');
    refuseCustomizerMediaPath(cosiDestination);
    const hostConfigImage = r.oneOf('host-config-image', _input_types_js__WEBPACK_IMPORTED_MODULE_6__/* .HOST_CONFIG_IMAGE_MODES */ .X0);
    const placeholderSize = readPlaceholder(r, { patch: patch !== undefined, config: config !== undefined, cosiDestination });
    const rpms = readRpmSource(r);
    const baseImage = readBaseImage(r);
    const platform = r.oneOf('platform', _platform_js__WEBPACK_IMPORTED_MODULE_4__/* .PLATFORM_NAMES */ .Z6);
    const oras = readOras(r);
    const imageCustomizerImage = r.imageRef('imagecustomizer-image');
    const imageCustomizerVersion = r.optional('imagecustomizer-version', VERSION, 'a version such as 1.6.0') ?? (0,_oci_ref_js__WEBPACK_IMPORTED_MODULE_3__/* .tagVersion */ .RQ)(imageCustomizerImage);
    const hostname = r.matching('hostname', HOSTNAME, 'a host name: letters, digits and hyphens, dot-separated labels of at most 63 characters');
    const packages = r.list('packages', PACKAGE_NAME, 'package names');
    const services = r.list('services', SERVICE_NAME, 'systemd unit names');
    const kernelCommandLine = r.words('kernel-command-line', _input_types_js__WEBPACK_IMPORTED_MODULE_6__/* .KERNEL_ARG */ .$q);
    const selinuxMode = r.oneOf('selinux-mode', _input_types_js__WEBPACK_IMPORTED_MODULE_6__/* .SELINUX_MODES */ .yz);
    const output = r.path('output') ?? node_path__WEBPACK_IMPORTED_MODULE_0__.resolve(ctx.workspace, 'installer.iso');
    if (!output.endsWith('.iso'))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d('output', `must name an .iso file; got '${node_path__WEBPACK_IMPORTED_MODULE_0__.basename(output)}'.`);
    const upload = r.bool('upload');
    const archive = r.bool('archive');
    const overwrite = r.bool('overwrite');
    const givenName = r.single('artifact-name');
    const artifactName = givenName || defaultArtifactName(output, platform, archive);
    if (ARTIFACT_NAME_FORBIDDEN.test(artifactName)) {
        throw givenName
            ? new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d('artifact-name', 'must not contain any of " * : < > ? | \\ / or a newline.')
            : new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d('output', `'${node_path__WEBPACK_IMPORTED_MODULE_0__.basename(output)}' cannot name an artifact (no " * : < > ? | \\ or newline); rename it, or set artifact-name.`);
    }
    // Unzipped, the artifact is the ISO itself, downloaded under the artifact's name.
    if (upload && !archive && !artifactName.endsWith('.iso')) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d('artifact-name', `names the downloaded ISO file when archive is false, so it must end in .iso; got '${artifactName}'.`);
    }
    const retentionDays = r.integer('retention-days', 1, 90);
    const verify = readVerify(r);
    if (verify) {
        if (platform !== 'linux/amd64')
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d('verify', `boots the ISO in an x86_64 VM (QEMU with OVMF), so it works for platform linux/amd64 only; got ${platform}.`);
        // With the generated config the action knows the live OS's consoles: the serial port must be /dev/console.
        if (!config && !patch) {
            if (!(0,_verify_patterns_js__WEBPACK_IMPORTED_MODULE_7__/* .isSerialConsole */ .KP)(kernelCommandLine.filter((word) => word.startsWith('console=')).at(-1))) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d('kernel-command-line', `must end its console= arguments with console=ttyS0 for verify: ${verify.mode} (the verification reads the serial console, and the last console= is /dev/console, where systemd and the forwarded journal write); for example 'rd.info console=tty0 console=ttyS0'.`);
            }
        }
    }
    const containerEngine = r.oneOf('container-engine', _input_types_js__WEBPACK_IMPORTED_MODULE_6__/* .CONTAINER_ENGINES */ .wt);
    const logLevel = r.oneOf('log-level', _input_types_js__WEBPACK_IMPORTED_MODULE_6__/* .LOG_LEVELS */ .p_);
    const validateOnly = r.bool('validate-only');
    const cache = r.bool('cache');
    const registryCredentials = r.credentials('registry-username', 'registry-password');
    const imageCustomizerCredentials = r.credentials('imagecustomizer-registry-username', 'imagecustomizer-registry-password');
    return {
        ...(hostConfig ? { hostConfig } : {}),
        ...(cosi ? { cosi } : {}),
        cosiDestination,
        hostConfigImage,
        ...(placeholderSize === undefined ? {} : { placeholderSize }),
        ...(patch ? { patch } : {}),
        rpms,
        baseImage,
        platform,
        oras,
        imageCustomizerImage,
        ...(imageCustomizerVersion ? { imageCustomizerVersion } : {}),
        ...(config ? { config } : {}),
        ...(extraConfig ? { extraConfig } : {}),
        hostname,
        packages,
        services,
        kernelCommandLine,
        selinuxMode,
        output,
        upload,
        archive,
        artifactName,
        overwrite,
        ...(retentionDays === undefined ? {} : { retentionDays }),
        ...(verify ? { verify } : {}),
        containerEngine,
        logLevel,
        validateOnly,
        cache,
        ...(registryCredentials ? { registryCredentials } : {}),
        ...(imageCustomizerCredentials ? { imageCustomizerCredentials } : {}),
    };
});
var defaultArtifactName = (function (output, platform, archive) {
    const stem = node_path__WEBPACK_IMPORTED_MODULE_0__.basename(output).replace(/\.iso$/, '');
    return `${stem}-${_platform_js__WEBPACK_IMPORTED_MODULE_4__/* .PLATFORMS */ .P4[platform].oras}${archive ? '' : '.iso'}`;
});
var readPatchSource = (function (r) {
    const value = r.single('patch-iso');
    const runId = r.single('patch-iso-run-id');
    if (!value) {
        if (runId)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d('patch-iso-run-id', 'goes with patch-iso: artifact:<name>, which is empty.');
        return undefined;
    }
    if (!value.startsWith(ARTIFACT_PREFIX)) {
        if (runId)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d('patch-iso-run-id', `names the run of an artifact, but patch-iso is a file ('${value}'); write patch-iso: artifact:<name>.`);
        return { kind: 'file', path: r.path('patch-iso') };
    }
    const name = value.slice(ARTIFACT_PREFIX.length).trim();
    if (!name)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d('patch-iso', 'names no artifact: write artifact:<name>, the name the ISO was uploaded under (installer.iso by default).');
    if (ARTIFACT_NAME_FORBIDDEN.test(name))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d('patch-iso', `'${name}' is not an artifact name: it may not contain " * : < > ? | \\ / or a newline.`);
    if (!runId)
        return { kind: 'artifact', name };
    if (!RUN_ID.test(runId))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d('patch-iso-run-id', `must be a workflow run ID (digits, such as github.run_id); got '${runId}'.`);
    const token = r.single('github-token');
    if (!token || token.includes('${{'))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d('github-token', `is empty, and reading an artifact of run ${runId} needs a token with actions: read (the default is the job's github.token).`);
    return { kind: 'artifact', name, run: { id: Number(runId), token } };
});
var readPlaceholder = (function (r, o) {
    const patchable = r.bool('patchable');
    const size = r.integer('placeholder-size', _iso_placeholder_js__WEBPACK_IMPORTED_MODULE_8__/* .MIN_PLACEHOLDER_SIZE */ .h1, _iso_placeholder_js__WEBPACK_IMPORTED_MODULE_8__/* .MAX_PLACEHOLDER_SIZE */ .h_) ?? _iso_placeholder_js__WEBPACK_IMPORTED_MODULE_8__/* .DEFAULT_PLACEHOLDER_SIZE */ .U9;
    if (o.patch) {
        if (patchable)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d('patchable', 'shapes a build; with patch-iso the ISO given already has its placeholder. Remove it.');
        if (size !== _iso_placeholder_js__WEBPACK_IMPORTED_MODULE_8__/* .DEFAULT_PLACEHOLDER_SIZE */ .U9)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d('placeholder-size', "shapes a build; with patch-iso the placeholder's size is the one the ISO was built with. Remove it.");
        return undefined;
    }
    if (!patchable)
        return undefined;
    if (o.config)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d('patchable', 'applies to the generated config; with `config`, put the placeholder into your config yourself (README: "Patch an ISO\'s host config").');
    if (o.cosiDestination === _iso_placeholder_js__WEBPACK_IMPORTED_MODULE_8__/* .PLACEHOLDER_ISO_PATH */ .Aw)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d('cosi-destination', `is ${_iso_placeholder_js__WEBPACK_IMPORTED_MODULE_8__/* .PLACEHOLDER_ISO_PATH */ .Aw}, where patchable puts the host config's placeholder; choose another path.`);
    return size;
});
var refuseCustomizerMediaPath = (function (destination) {
    const taken = (0,_customizer_media_js__WEBPACK_IMPORTED_MODULE_9__/* .customizerMediaDir */ .T)(destination);
    if (taken)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d('cosi-destination', `is under ${taken}, where Image Customizer puts the ISO's own boot files; choose a path of its own, such as /images/${node_path__WEBPACK_IMPORTED_MODULE_0__.posix.basename(destination)}.`);
});
var readVerify = (function (r) {
    const mode = r.oneOf('verify', _input_types_js__WEBPACK_IMPORTED_MODULE_6__/* .VERIFY_MODES */ .v4);
    const timeout = DURATION.exec(r.single('verify-timeout') || '30m');
    const timeoutSeconds = timeout ? Number(timeout[1]) * (DURATION_UNIT[timeout[2] ?? ''] ?? 1) : 0;
    if (!timeout || timeoutSeconds < 1 || timeoutSeconds > 24 * 3600)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d('verify-timeout', `must be a duration from 1s to 24h, such as 90s, 30m or 2h (a bare number is seconds); got '${r.single('verify-timeout')}'.`);
    const bootPattern = r.pattern('verify-boot-pattern', _verify_patterns_js__WEBPACK_IMPORTED_MODULE_7__/* .DEFAULT_BOOT_PATTERN */ .Wf);
    const login = r.pattern('verify-login-pattern', _verify_patterns_js__WEBPACK_IMPORTED_MODULE_7__/* .DEFAULT_LOGIN_PATTERN */ .DX, ((p) => (0,_verify_patterns_js__WEBPACK_IMPORTED_MODULE_7__/* .loginPattern */ .CA)(p, 'host')));
    const failurePattern = r.pattern('verify-failure-pattern', _verify_patterns_js__WEBPACK_IMPORTED_MODULE_7__/* .DEFAULT_FAILURE_PATTERN */ .mX);
    const memory = MEMORY.exec(r.single('verify-memory') || '4G');
    const memoryMiB = memory ? Number(memory[1]) * (memory[2] === 'G' ? 1024 : 1) : 0;
    if (!memory || memoryMiB < 128 || memoryMiB > 1024 * 1024)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d('verify-memory', `must be the VM's memory in MiB, or with M or G (such as 4096, 4096M or 4G), from 128M; got '${r.single('verify-memory')}'.`);
    const cpus = r.integer('verify-cpus', 1, 64) ?? 2;
    const sizeText = r.single('verify-disk-size');
    let diskBytes;
    if (sizeText) {
        const size = (0,_verify_size_js__WEBPACK_IMPORTED_MODULE_5__/* .parseSize */ .DB)(sizeText);
        if (typeof size !== 'number')
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d('verify-disk-size', `must be a size as Trident writes them (bytes, or a number with K, M, G or T, such as 16G); got '${sizeText}'.`);
        diskBytes = size;
    }
    const accelerator = r.oneOf('verify-accelerator', _input_types_js__WEBPACK_IMPORTED_MODULE_6__/* .VERIFY_ACCELERATORS */ .FQ);
    const diskDir = r.path('verify-disk-dir');
    if (mode === 'none')
        return undefined;
    if (diskDir && mode !== 'install')
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d('verify-disk-dir', `keeps the disks of verify: install; with verify: ${mode} there are none.`);
    return {
        mode,
        timeoutSeconds,
        bootPattern,
        loginPattern: login,
        failurePattern,
        memoryMiB,
        cpus,
        ...(diskBytes === undefined ? {} : { diskBytes }),
        accelerator,
        ...(diskDir ? { diskDir } : {}),
    };
});
var readRpmSource = (function (r) {
    const prebuilt = r.path('trident-rpms');
    const checkout = r.path('trident-source');
    if (prebuilt && checkout) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d('trident-rpms', 'and `trident-source` are exclusive: give prebuilt RPMs or a checkout to build, not both.');
    }
    if (prebuilt)
        return { kind: 'prebuilt', path: prebuilt };
    if (checkout)
        return { kind: 'build', checkout };
    return { kind: 'distro' };
});
var readBaseImage = (function (r) {
    const file = r.path('base-image-file');
    if (file) {
        if (!_input_types_js__WEBPACK_IMPORTED_MODULE_6__/* .BASE_IMAGE_EXTENSIONS */ .TH.some((ext) => file.toLowerCase().endsWith(ext))) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d('base-image-file', `must be a disk image ending in ${_input_types_js__WEBPACK_IMPORTED_MODULE_6__/* .BASE_IMAGE_EXTENSIONS */ .TH.join(', ')}; got '${node_path__WEBPACK_IMPORTED_MODULE_0__.basename(file)}'.`);
        }
        return { kind: 'file', path: file };
    }
    return { kind: 'oci', ref: r.imageRef('base-image') };
});
var readOras = (function (r) {
    const version = r.matching('oras-version', VERSION, 'a version such as 1.3.0');
    const url = r.single('oras-url');
    const checksum = r.single('oras-checksum');
    if (Boolean(url) !== Boolean(checksum)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d(url ? 'oras-checksum' : 'oras-url', 'oras-url and oras-checksum go together: give the mirror URL and the SHA-256 of its file, or neither.');
    }
    // The oldest oras the action supports (it uses `manifest fetch --descriptor` and `pull [--platform]`).
    if ((0,_customizer_version_js__WEBPACK_IMPORTED_MODULE_10__/* .compareVersions */ .Zy)(version, _tools_oras_versions_js__WEBPACK_IMPORTED_MODULE_1__/* .MIN_ORAS */ .B) < 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d('oras-version', `${version} is older than ${_tools_oras_versions_js__WEBPACK_IMPORTED_MODULE_1__/* .MIN_ORAS */ .B}, the oldest oras the action supports; use ${_tools_oras_versions_js__WEBPACK_IMPORTED_MODULE_1__/* .MIN_ORAS */ .B} or later.`);
    if (url) {
        if (!/^https?:\/\/[^\s]+$/.test(url))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d('oras-url', `must be an http(s) URL; got '${url}'.`);
        if (!/^[a-fA-F0-9]{64}$/.test(checksum))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d('oras-checksum', 'must be a SHA-256: 64 hex digits.');
        return { version, url, checksum: checksum.toLowerCase() };
    }
    if (!_tools_oras_versions_js__WEBPACK_IMPORTED_MODULE_1__/* .ORAS_VERSIONS */ ._.includes(version)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d('oras-version', `${version} has no pinned checksum; use one of ${_tools_oras_versions_js__WEBPACK_IMPORTED_MODULE_1__/* .ORAS_VERSIONS */ ._.filter((v) => (0,_customizer_version_js__WEBPACK_IMPORTED_MODULE_10__/* .compareVersions */ .Zy)(v, _tools_oras_versions_js__WEBPACK_IMPORTED_MODULE_1__/* .MIN_ORAS */ .B) >= 0).join(', ')}, or give oras-url and oras-checksum.`);
    }
    return { version };
});

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ht: () => (/* binding */ readVerifyInputs),
/* harmony export */   Ko: (() => (/* binding */ readInputs))
/* harmony export */ });
/* unused harmony export defaultArtifactName */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(76760);
/* harmony import */ var _customizer_media_js__WEBPACK_IMPORTED_MODULE_9__ = __nccwpck_require__(3246);
/* harmony import */ var _customizer_version_js__WEBPACK_IMPORTED_MODULE_10__ = __nccwpck_require__(46814);
/* harmony import */ var _tools_oras_versions_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(71916);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(31997);
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_11__ = __nccwpck_require__(29693);
/* harmony import */ var _input_types_js__WEBPACK_IMPORTED_MODULE_6__ = __nccwpck_require__(12116);
/* harmony import */ var _oci_ref_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(81393);
/* harmony import */ var _platform_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(63713);
/* harmony import */ var _verify_size_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(98063);
/* harmony import */ var _iso_placeholder_js__WEBPACK_IMPORTED_MODULE_8__ = __nccwpck_require__(71879);
/* harmony import */ var _verify_patterns_js__WEBPACK_IMPORTED_MODULE_7__ = __nccwpck_require__(24837);
// Reads every input once, checks its form and turns it into the typed Inputs.
// Pure: the caller passes a getter (core.getInput on a runner, flags in the
// CLI, a map in tests). Files are checked later, by the check stage.













const MAX_LENGTH = 4096;
const PACKAGE_NAME = /^[A-Za-z0-9_][A-Za-z0-9._+-]*$/;
const SERVICE_NAME = /^[A-Za-z0-9_][A-Za-z0-9._@:\\-]*$/;
const HOSTNAME = /^(?=.{1,253}$)[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$/;
const ARTIFACT_NAME_FORBIDDEN = /["*:<>?|\\/\r\n]/;
const VERSION = /^\d+\.\d+\.\d+$/;
/** These shape the generated config; with the user's own config they would be silently ignored. */
const GENERATED_CONFIG_ONLY = ['extra-config', 'host-config', 'cosi', 'packages', 'services'];
/** These only shape a build (empty by default); in patch mode they would be silently ignored. */
const BUILD_ONLY = [
    'config',
    'extra-config',
    'cosi',
    'trident-source',
    'base-image-file',
    'packages',
    'services',
    'imagecustomizer-version',
    'oras-url',
    'oras-checksum',
    'registry-username',
    'registry-password',
    'imagecustomizer-registry-username',
    'imagecustomizer-registry-password',
];
const RUN_ID = /^[1-9]\d{0,15}$/;
const ARTIFACT_PREFIX = 'artifact:';
/** Reads and checks every input. Throws InputError on the first wrong one. */

/**
 * The artifact's name when artifact-name is empty: output's name with the
 * architecture, so the legs of a matrix over platforms upload side by side
 * (installer.iso → installer-amd64.iso; zipped, installer-amd64). Pure.
 */

/** The inputs of `trident-iso verify`, which checks an ISO built elsewhere: the host config and the verify-* inputs. */
function readVerifyInputs(get, ctx) {
    const r = new Reader(get, ctx);
    const hostConfig = r.path('host-config');
    const verify = readVerify(r);
    if (!verify)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d('verify', 'is none: give boot or install.');
    if (verify.mode === 'install' && !hostConfig) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d('host-config', 'is required with verify: install: the VM gets the disks it names (give the host config the ISO carries).');
    }
    return { ...(hostConfig ? { hostConfig } : {}), verify };
}
/** patch-iso and the inputs that go with it; undefined when building. */

/** patchable and placeholder-size: the size of the placeholder, or undefined when the ISO is not patchable. */

/** Where Image Customizer puts the ISO's own files (customizer/owned.ts), a COSI would replace or sit among them. */

const DURATION = /^(\d+)\s*(s|m|h)?$/;
const DURATION_UNIT = { '': 1, s: 1, m: 60, h: 3600 };
const MEMORY = /^(\d+)\s*([MG]?)$/;




/** Secrets a user types as they are: any character may be in one. */
const CREDENTIALS = new Set([
    'registry-username',
    'registry-password',
    'imagecustomizer-registry-username',
    'imagecustomizer-registry-password',
    'github-token',
]);
/** The typed accessors over the raw getter; each error names its input. */
class Reader {
    get;
    ctx;
    constructor(get, ctx) {
        this.get = get;
        this.ctx = ctx;
    }
    raw(name) {
        const value = this.get(name).trim();
        if (value.length > MAX_LENGTH)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d(name, `is ${value.length} characters long; at most ${MAX_LENGTH} are accepted.`);
        // C0 but tab and line ends (multi-line inputs have them; each input checks its own lines), DEL, C1, Unicode line separators.
        // eslint-disable-next-line no-control-regex
        if (/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u2028\u2029]/.test(value))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d(name, 'contains control characters (C0, DEL or C1); remove them.');
        // A bidirectional override makes a value read as another one (a name shown backwards); a credential may hold anything.
        if (!CREDENTIALS.has(name) && _escape_js__WEBPACK_IMPORTED_MODULE_11__/* .BIDI_CONTROL */ .l0.test(value))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d(name, 'contains a bidirectional control character (U+202A to U+202E, U+2066 to U+2069), which makes it read as another value; remove it.');
        return value;
    }
    /** A one-line value: a newline here is always a mistake (or an injection attempt). */
    single(name) {
        const value = this.raw(name);
        if (/[\r\n]/.test(value))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d(name, 'must be a single line; it contains a newline.');
        return value;
    }
    path(name) {
        const value = this.single(name);
        if (!value)
            return undefined;
        return node_path__WEBPACK_IMPORTED_MODULE_0__.resolve(this.ctx.workspace, value);
    }
    /** An absolute path on the ISO media. */
    isoPath(name) {
        const value = this.single(name);
        if (!value.startsWith('/'))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d(name, `must be an absolute path on the ISO, such as /images/azure-linux.cosi; got '${value}'.`);
        if (value.split('/').some(((part) => part === '..' || part === '.')))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d(name, `must not contain '.' or '..' components; got '${value}'.`);
        if (value.endsWith('/'))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d(name, `must name a file, not a directory; got '${value}'.`);
        if (!/^[A-Za-z0-9_./+-]+$/.test(value))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d(name, `may hold only letters, digits and _ . / + -; got '${value}'.`);
        return value;
    }
    oneOf(name, allowed) {
        const value = this.single(name);
        const found = allowed.find(((a) => a === value));
        if (found === undefined)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d(name, `must be one of ${allowed.join(', ')}; got '${value}'.`);
        return found;
    }
    matching(name, pattern, what) {
        const value = this.single(name);
        if (!pattern.test(value))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d(name, `must be ${what}; got '${value}'.`);
        return value;
    }
    optional(name, pattern, what) {
        return this.single(name) === '' ? undefined : this.matching(name, pattern, what);
    }
    imageRef(name) {
        const value = this.single(name);
        if (!value)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d(name, 'is empty; give an image reference such as registry/repository:tag.');
        if (!(0,_oci_ref_js__WEBPACK_IMPORTED_MODULE_3__/* .isImageRef */ .rK)(value))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d(name, `is not a valid image reference (registry/repository[:tag][@sha256:digest]); got '${value}'.`);
        return value;
    }
    bool(name) {
        const value = this.single(name).toLowerCase();
        if (value === 'true')
            return true;
        if (value === 'false')
            return false;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d(name, `must be true or false; got '${value}'.`);
    }
    /** A regular expression (empty: the default); `compiled` turns it into what is compiled (the login pattern's {hostname}). */
    pattern(name, fallback, compiled = ((p) => p)) {
        const value = this.single(name) || fallback;
        const regex = (0,_verify_patterns_js__WEBPACK_IMPORTED_MODULE_7__/* .compilePattern */ .Eb)(compiled(value));
        if ('problem' in regex)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d(name, `is not a valid regular expression (JavaScript syntax): ${regex.problem}.`);
        return value;
    }
    integer(name, min, max) {
        const value = this.single(name);
        if (!value)
            return undefined;
        if (!/^\d+$/.test(value) || Number(value) < min || Number(value) > max) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d(name, `must be a whole number from ${min} to ${max}; got '${value}'.`);
        }
        return Number(value);
    }
    /** Names separated by newlines, commas or spaces; duplicates dropped. */
    list(name, pattern, what) {
        const items = this.raw(name)
            .split(/[\s,]+/)
            .filter(Boolean);
        for (const item of items) {
            if (!pattern.test(item))
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d(name, `holds '${item}', which is not valid; list ${what}, one a line.`);
        }
        return [...new Set(items)];
    }
    words(name, pattern) {
        const words = this.single(name).split(/\s+/).filter(Boolean);
        for (const word of words) {
            if (!pattern.test(word))
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d(name, `holds '${word}': kernel arguments may use letters, digits and _ . , : = / + @ % - only.`);
        }
        return words;
    }
    extraConfig(name) {
        const value = this.raw(name);
        if (!value)
            return undefined;
        // A one-line value ending in .yaml/.yml is a file path; anything else is inline YAML.
        if (!value.includes('\n') && /\.ya?ml$/i.test(value))
            return { kind: 'file', path: node_path__WEBPACK_IMPORTED_MODULE_0__.resolve(this.ctx.workspace, value) };
        return { kind: 'inline', text: value };
    }
    credentials(userInput, passwordInput) {
        const username = this.single(userInput);
        const password = this.single(passwordInput);
        if (Boolean(username) !== Boolean(password)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d(username ? passwordInput : userInput, `${userInput} and ${passwordInput} go together: give both or neither.`);
        }
        return username ? { username, password } : undefined;
    }
}


/***/ }),

/***/ 76754:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {
var sizeProblem = (function (file, size, kind) {
    const { bytes, what } = FILE_LIMITS[kind];
    return size > bytes ? new FileTooLargeError(file, size, bytes, what) : undefined;
});
var readBounded = (function (file, kind) {
    const { bytes: limit } = FILE_LIMITS[kind];
    // Synchronous: these files are small, and an async read is a round trip to libuv's thread pool per call (and
    // node:fs/promises loads a dozen of Node's modules). O_NONBLOCK: opening a FIFO does not wait for a writer (it is
    // refused below as not a regular file).
    const fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(file, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK);
    try {
        const info = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fstatSync)(fd);
        if (!info.isFile())
            throw new Error(`${file} is not a regular file`);
        const tooLarge = sizeProblem(file, info.size, kind);
        if (tooLarge)
            throw tooLarge;
        // One byte more than the cap tells a file that grew past it.
        const buffer = Buffer.alloc(Math.min(info.size, limit) + 1);
        let filled = 0;
        while (filled < buffer.length) {
            const bytesRead = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, buffer, filled, buffer.length - filled, filled);
            if (bytesRead === 0)
                break;
            filled += bytesRead;
        }
        if (filled > limit)
            throw new FileTooLargeError(file, filled, limit, FILE_LIMITS[kind].what);
        return buffer.subarray(0, filled);
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    }
});
var readTextBounded = (function (file, kind) {
    return readBounded(file, kind).toString('utf8');
});
var readInputText = (function (input, file, kind) {
    try {
        return readTextBounded(file, kind);
    }
    catch (error) {
        if (error instanceof FileTooLargeError)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .d(input, `${error.message}; give a smaller file.`);
        throw error;
    }
});

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Bo: () => (/* binding */ OutputTooLargeError),
/* harmony export */   CB: () => (/* binding */ readBounded),
/* harmony export */   LW: () => (/* binding */ readTextBounded),
/* harmony export */   SK: (() => (/* binding */ FILE_LIMITS)),
/* harmony export */   X0: () => (/* binding */ capList),
/* harmony export */   _: (() => (/* binding */ readInputText)),
/* harmony export */   f5: (() => (/* binding */ COUNT_LIMITS)),
/* harmony export */   g0: () => (/* binding */ moreLine)
/* harmony export */ });
/* unused harmony exports FileTooLargeError, sizeProblem, someOf */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(73024);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(31997);
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

/**
 * Reads a whole file of a kind whose size is capped: refused from its size
 * before anything is read, and never more than the cap is read even if the
 * file grows meanwhile (a FIFO, a file being written). Not a regular file is
 * an error too (a device would never end).
 */

/** readBounded as UTF-8 text. */

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



/***/ }),

/***/ 81393:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {
var isImageRef = (function (ref) {
    return !ref.startsWith('-') && OCI_REF.test(ref);
});
var parseImageRef = (function (ref) {
    const at = ref.indexOf('@');
    const withoutDigest = at < 0 ? ref : ref.slice(0, at);
    const lastSlash = withoutDigest.lastIndexOf('/');
    const colon = withoutDigest.indexOf(':', lastSlash + 1);
    const name = colon < 0 ? withoutDigest : withoutDigest.slice(0, colon);
    const first = name.split('/')[0] ?? '';
    // Docker's rule: the first component is a registry when it has a dot or a port, or is localhost.
    const hasRegistry = name.includes('/') && (first.includes('.') || first.includes(':') || first === 'localhost');
    return {
        name,
        ...(hasRegistry ? { registry: first } : {}),
        ...(colon < 0 ? {} : { tag: withoutDigest.slice(colon + 1) }),
        ...(at < 0 ? {} : { digest: ref.slice(at + 1) }),
    };
});
var pinnedRef = (function (ref, digest) {
    return `${parseImageRef(ref).name}@${digest}`;
});
var tagVersion = (function (ref) {
    const { tag } = parseImageRef(ref);
    return tag === undefined ? undefined : /^v?(\d+\.\d+\.\d+)/.exec(tag)?.[1];
});

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Fv: () => (/* binding */ registryOf),
/* harmony export */   I1: (() => (/* binding */ pinnedRef)),
/* harmony export */   RQ: (() => (/* binding */ tagVersion)),
/* harmony export */   rK: (() => (/* binding */ isImageRef))
/* harmony export */ });
/* unused harmony export parseImageRef */
// Image references as the distribution spec writes them:
// [registry[:port]/]repository[:tag][@sha256:hex]. One reading for every use:
// the inputs' form check, the registry a login goes to, the version a tag
// names, and the reference pinned by the digest it resolved to.
// Lower-case path components as the distribution spec allows.
const COMPONENT = '[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*';
const OCI_REF = new RegExp(`^(?:[a-zA-Z0-9][a-zA-Z0-9.-]*(?::[0-9]+)?/)?${COMPONENT}(?:/${COMPONENT})*(?::[A-Za-z0-9_][A-Za-z0-9_.-]{0,127})?(?:@sha256:[a-f0-9]{64})?$`);
/** Whether ref is a well-formed image reference (never one a tool would read as an option: it starts with a letter or digit). */

/** Splits a reference into its parts (without judging its form: see isImageRef). */

/** The registry host of an image reference (docker.io when it names none). */
function registryOf(ref) {
    return parseImageRef(ref).registry ?? 'docker.io';
}
/** ref by digest ([registry/]repository@sha256:...), so that what is pulled is what was resolved. */

/** The version in an image reference's tag (`...:1.6.0`, `...:v1.6.0`), if it has one. */



/***/ }),

/***/ 63713:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {
var find = (function (match) {
    return PLATFORM_NAMES.find(((p) => match(PLATFORMS[p])));
});
var platformOfCosiArch = (function (osArch) {
    return find(((s) => s.cosi.includes(osArch.toLowerCase())));
});

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $S: () => (/* binding */ platformOfNodeArch),
/* harmony export */   P4: (() => (/* binding */ PLATFORMS)),
/* harmony export */   VC: (() => (/* binding */ platformOfCosiArch)),
/* harmony export */   Z6: (() => (/* binding */ PLATFORM_NAMES)),
/* harmony export */   ky: () => (/* binding */ platformMismatch)
/* harmony export */ });
// The two architectures the action builds for, with every spelling of each
// in one table (as mkosi's Architecture does): the OCI platform users write,
// Node's process.arch on a runner that can build it (no cross builds), the RPM
// arch, the COSI metadata's osArch (uname -m and the aliases the COSI schema
// allows), the arch of oras's release assets, the runner to suggest, and the
// form used in cache keys.
const PLATFORM_NAMES = ['linux/amd64', 'linux/arm64'];
const PLATFORMS = {
    'linux/amd64': { node: 'x64', rpm: 'x86_64', cosi: ['x86_64', 'x64', 'amd64'], oras: 'amd64', runner: 'an x64 runner', key: 'linux-amd64' },
    'linux/arm64': {
        node: 'arm64',
        rpm: 'aarch64',
        cosi: ['aarch64', 'arm64'],
        oras: 'arm64',
        runner: 'an arm64 runner (e.g. ubuntu-24.04-arm)',
        key: 'linux-arm64',
    },
};

/** The platform a runner of this process.arch builds for. */
function platformOfNodeArch(arch) {
    return find((s) => s.node === arch);
}
/** The platform a COSI's osArch names. */

/** The runner can build only for its own architecture: why not, or undefined when it can. */
function platformMismatch(platform, nodeArch) {
    const host = platformOfNodeArch(nodeArch);
    if (host === platform)
        return undefined;
    return `platform is ${platform} but this runner is ${host ?? nodeArch}; Image Customizer cannot build for another architecture. Use ${PLATFORMS[platform].runner} or set platform: ${host ?? 'linux/amd64'}.`;
}


/***/ }),

/***/ 3246:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {
var customizerMediaDir = (function (destination) {
    const lower = destination.toLowerCase();
    return CUSTOMIZER_MEDIA_DIRS.find(((dir) => lower === dir || lower.startsWith(`${dir}/`)));
});

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   T: (() => (/* binding */ customizerMediaDir))
/* harmony export */ });
/* unused harmony export CUSTOMIZER_MEDIA_DIRS */
// The ISO media's folders that Image Customizer fills itself. Apart from
// owned.ts, so that reading the inputs does not load the config checks. Pure.
/**
 * Folders of the ISO media that Image Customizer fills itself: the kernel,
 * initrd, GRUB and its EFI image under /boot, the removable-media loader and
 * grub.cfg under /efi/boot, the live OS under /liveos, its saved config under
 * /azl-image-customizer. iso.additionalFiles are copied after them, over them
 * (microsoft/azure-linux-image-tools
 * toolkit/tools/pkg/imagecustomizerlib/liveosisoimages.go stageLiveOSFiles,
 * liveosisoartifactstore.go): a grub.cfg or a live OS of one's own would boot
 * something else than what was checked. Compared in any case (the firmware
 * reads /EFI/BOOT as /efi/boot).
 */
const CUSTOMIZER_MEDIA_DIRS = ['/boot', '/efi', '/liveos', '/azl-image-customizer'];
/** The Image Customizer media folder `destination` is in (any case), or undefined. */



/***/ }),

/***/ 46814:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {
var compareVersions = (function (a, b) {
    const pa = a.split('.').map(Number);
    const pb = b.split('.').map(Number);
    for (let i = 0; i < 3; i++) {
        const d = (pa[i] ?? 0) - (pb[i] ?? 0);
        if (d !== 0)
            return d;
    }
    return 0;
});
var customizerFeatures = (function (version) {
    const atLeast = ((v) => compareVersions(version, v) >= 0);
    return {
        version,
        needsCommandArgument: !atLeast('0.18.0'),
        needsDevMount: !atLeast('1.5.0'),
        hasDisableTelemetry: atLeast('0.16.0'),
        // The 1.x schema adds keys; 0.x versions are checked against the 0.18 one.
        schema: atLeast('1.0.0') ? '1.6.0' : '0.18.0',
    };
});

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Lk: () => (/* binding */ NEWEST_KNOWN),
/* harmony export */   R4: (() => (/* binding */ customizerFeatures)),
/* harmony export */   Zy: (() => (/* binding */ compareVersions))
/* harmony export */ });
// What differs between Image Customizer versions, as far as the action cares.
// (microsoft/azure-linux-image-tools, toolkit/tools/imagecustomizer/container/entrypoint.sh
// by tag: the command word up to 0.17, the /dev mount up to 1.4; --disable-telemetry from 0.16.)
/** The newest behaviour we know; assumed when the version cannot be told. */
const NEWEST_KNOWN = '1.6.0';




/***/ }),

/***/ 71879:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Aw: (() => (/* binding */ PLACEHOLDER_ISO_PATH)),
/* harmony export */   Q_: () => (/* binding */ readPlaceholder),
/* harmony export */   U9: () => (/* binding */ DEFAULT_PLACEHOLDER_SIZE),
/* harmony export */   Uq: () => (/* binding */ HOST_CONFIG_KEY),
/* harmony export */   bN: () => (/* binding */ capacity),
/* harmony export */   h1: (() => (/* binding */ MIN_PLACEHOLDER_SIZE)),
/* harmony export */   h_: (() => (/* binding */ MAX_PLACEHOLDER_SIZE)),
/* harmony export */   jG: () => (/* binding */ placeholderHeader),
/* harmony export */   oR: () => (/* binding */ ISOPATCH_MAGIC),
/* harmony export */   yV: () => (/* binding */ filledPlaceholder)
/* harmony export */ });
/* unused harmony exports emptyPlaceholder, isopatchFill, withoutPadding */
// The host config placeholder on the ISO media, in the format of Trident's
// isopatch (microsoft/trident tools/pkg/isopatcher): a file that starts with
// the magic string, then `:<key>:`, and is filled with `#` up to one final
// newline. A YAML comment from its first byte to its last. isopatch finds it
// with a plain byte search for `<magic>:<key>:` and takes everything up to the
// first newline as the space it may write (patcher.go, PatchFile).
//
// This action fills a placeholder with a host config (at build time with the
// build's own, and when patching) as `<magic>:<key>:` + newline + the host
// config, padded by isopatch's rules: one newline, then `#` and a final
// newline up to the placeholder's size. The first line stays, a YAML comment,
// so the file is still found by the magic string and can be filled again.
// isopatch itself only writes an unfilled placeholder: on a filled one it
// measures the first line (about 90 bytes), and refuses any host config
// longer than that ("file is too big to fit in placeholder"). Pure.
/** tools/pkg/isopatcher/constants.go, MagicString: `#` and 64 hex digits. */
const ISOPATCH_MAGIC = '#8505c8ab802dd717290331acd0592804c4e413b030150c53f5018ac998b7831d';
/** The key the action's placeholders carry: where Trident reads it in the live OS (netlaunch patches this key too). */
const HOST_CONFIG_KEY = '/etc/trident/config.yaml';
/** Where the action puts the placeholder on the ISO media (as Trident's own installer ISO does). */
const PLACEHOLDER_ISO_PATH = '/trident-config.yaml';
const DEFAULT_PLACEHOLDER_SIZE = 16384;
/** Bounds of placeholder-size: room for the first line and a small host config; at most what a reader keeps in memory. */
const MIN_PLACEHOLDER_SIZE = 512;
const MAX_PLACEHOLDER_SIZE = 1024 * 1024;
const NEWLINE = 0x0a;
const HASH = 0x23;
/** `<magic>:<key>:`, what isopatch searches for. */
function placeholderHeader(key = HOST_CONFIG_KEY) {
    if (key.includes(':') || /[\r\n]/.test(key))
        throw new Error(`a placeholder key holds no ':' and no newline: ${JSON.stringify(key)}`);
    return Buffer.from(`${ISOPATCH_MAGIC}:${key}:`, 'utf8');
}
/** An unfilled placeholder of `size` bytes: the header, `#` padding, one final newline (Trident's placeholder files). */
function emptyPlaceholder(size, key = HOST_CONFIG_KEY) {
    const header = placeholderHeader(key);
    if (size < header.length + 1)
        throw new RangeError(`a placeholder of ${size} bytes cannot hold its ${header.length}-byte header and a newline`);
    return Buffer.concat([header, Buffer.alloc(size - header.length - 1, HASH), Buffer.from('\n')]);
}
/**
 * isopatch's write (patcher.go, PatchFile): the contents as they are, then,
 * when shorter than the placeholder, a newline, then `#` up to one final
 * newline. Too long: by how many bytes.
 */
function isopatchFill(contents, size) {
    if (contents.length > size)
        return { tooBigBy: contents.length - size };
    if (contents.length === size)
        return contents;
    if (contents.length === size - 1)
        return Buffer.concat([contents, Buffer.from('\n')]);
    return Buffer.concat([contents, Buffer.from('\n'), Buffer.alloc(size - contents.length - 2, HASH), Buffer.from('\n')]);
}
/** The placeholder filled with a host config, or by how many bytes the host config is too big for it. */
function filledPlaceholder(hostConfig, size, key = HOST_CONFIG_KEY) {
    return isopatchFill(Buffer.concat([placeholderHeader(key), Buffer.from('\n'), hostConfig]), size);
}
/** The largest host config a placeholder of `size` bytes holds. */
function capacity(size, key = HOST_CONFIG_KEY) {
    return size - placeholderHeader(key).length - 1;
}
/** What a placeholder file's bytes hold. */
function readPlaceholder(bytes, key = HOST_CONFIG_KEY) {
    const header = placeholderHeader(key);
    if (bytes.length <= header.length || !bytes.subarray(0, header.length).equals(header)) {
        return { state: 'corrupt', why: `it does not start with the isopatch magic string and ':${key}:'` };
    }
    if (bytes[bytes.length - 1] !== NEWLINE)
        return { state: 'corrupt', why: 'its last byte is not a newline' };
    const next = bytes[header.length];
    if (next === HASH) {
        // isopatch takes everything up to the first newline: that must be the whole file, all '#'.
        const rest = bytes.subarray(header.length, bytes.length - 1);
        const stray = rest.findIndex((b) => b !== HASH);
        if (stray !== -1)
            return { state: 'corrupt', why: `byte ${header.length + stray} of its padding is not '#'` };
        return { state: 'empty' };
    }
    if (next === NEWLINE)
        return { state: 'filled', hostConfig: bytes.subarray(header.length + 1) };
    return { state: 'corrupt', why: `its header is followed by ${JSON.stringify(String.fromCharCode(next ?? 0))}, neither '#' padding nor a newline` };
}
/** The host config a filled placeholder's text shows Trident, with isopatch's padding taken off (where it can be told apart). */
function withoutPadding(hostConfig) {
    const match = /\n#*\n$/.exec(hostConfig.toString('latin1'));
    return match ? hostConfig.subarray(0, match.index) : hostConfig;
}


/***/ }),

/***/ 6770:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {
var cleanUp = (async function (left, exec, log, remove = _workdir_js__WEBPACK_IMPORTED_MODULE_2__/* .removeInBackground */ .KP) {
    const { container, vm } = left;
    // What the main step started and did not see end (it was killed): stopped before their files are removed, or they would write them again.
    if (left.processGroups) {
        const stopped = await (await __nccwpck_require__.e(/* import() */ 639).then(__nccwpck_require__.bind(__nccwpck_require__, 57639))).stopLeftoverGroups(left.processGroups);
        if (stopped.length > 0)
            log(`Stopped process groups the main step left running: ${stopped.join(', ')}.`);
    }
    // The VM first: its disks are in the work folder.
    if (vm && (await (await __nccwpck_require__.e(/* import() */ 466).then(__nccwpck_require__.bind(__nccwpck_require__, 89466))).stopLeftoverVm(vm.pid, vm.name)))
        log(`Stopped the verification VM ${vm.name} (pid ${vm.pid}).`);
    let asRoot;
    if (container) {
        const [{ removeContainer, rootRemover }, run] = await Promise.all([__nccwpck_require__.e(/* import() */ 812).then(__nccwpck_require__.bind(__nccwpck_require__, 21812)), exec()]);
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
        await (0,_workdir_js__WEBPACK_IMPORTED_MODULE_2__/* .removeWorkDir */ .xX)(dir, asRoot, remove).then((() => log(`Removed ${dir}.`)), (error) => log(`Could not remove ${dir}: ${(0,_context_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .g)(error)}`));
    }
});

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   cleanUp: (() => (/* binding */ cleanUp))
/* harmony export */ });
/* unused harmony export postCleanUp */
/* harmony import */ var _context_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(31997);
/* harmony import */ var _leftovers_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(52166);
/* harmony import */ var _workdir_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(97938);
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

/***/ 52166:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {
var loadLeftovers = (function (getState) {
    const engine = _context_input_types_js__WEBPACK_IMPORTED_MODULE_0__/* .CONTAINER_ENGINES */ .wt.find(((e) => e === getState(STATE.engine)));
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
    const processGroups = (groups ?? '').split(' ').flatMap(((g) => {
        const m = /^(\d+)(?::(\d+))?$/.exec(g);
        if (!m || Number(m[1]) <= 1)
            return [];
        return [m[2] === undefined ? { pid: Number(m[1]) } : { pid: Number(m[1]), start: Number(m[2]) }];
    }));
    return {
        ...(processGroups.length > 0 ? { processGroups } : {}),
        ...(vmPid && /^\d+$/.test(vmPid) && vmName ? { vm: { pid: Number(vmPid), name: vmName } } : {}),
        ...(workDir ? { workDir } : {}),
        ...(cacheDir ? { cacheDir } : {}),
        ...(engine && name ? { container: { engine, name, image: image ?? '' } } : {}),
        ...(partialOutput ? { partialOutput } : {}),
    };
});

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   i: (() => (/* binding */ LeftoverTracker)),
/* harmony export */   j: (() => (/* binding */ loadLeftovers))
/* harmony export */ });
/* harmony import */ var _context_input_types_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(12116);
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



/***/ }),

/***/ 63130:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {
var fenced = (function (text, lang = 'text') {
    const longest = Math.max(2, ...(text.match(/`+/g) ?? []).map(((run) => run.length)));
    const fence = '`'.repeat(longest + 1);
    return `${fence}${lang}\n${text}\n${fence}`;
});
var collapsed = (function (title, body) {
    return [`<details><summary>${title}</summary>`, '', body, '', '</details>', ''];
});
var fileBlock = (function (file) {
    const text = file.text.length > MAX_FILE_CHARS
        ? `${file.text.slice(0, MAX_FILE_CHARS)}\n… (${file.text.length - MAX_FILE_CHARS} more characters in ${file.path})`
        : file.text;
    return fenced(text.replace(/\n$/, ''), 'yaml');
});
var validateOnlyMarkdown = (function (s, records) {
    return [
        '## Trident installer ISO: validate-only',
        '',
        'Every check passed; nothing was pulled, built or run in a container.',
        '',
        '### Checks that passed',
        '',
        ...s.checks.flatMap(((c) => [`- ✅ **${c.stage}**`, ...(c.lines.length > 0 ? ['', indent(fenced(c.lines.join('\n'))), ''] : [])])),
        '',
        '### What a run would do',
        '',
        fenced(s.plan.join('\n')),
        '',
        ...collapsed(`Image Customizer config (<code>${escapeHtml(s.config.path)}</code>)`, fileBlock(s.config)),
        ...(s.hostConfig ? collapsed(`Host config the ISO carries (<code>${escapeHtml(s.hostConfig.path)}</code>)`, fileBlock(s.hostConfig)) : []),
        ...(records.length > 0 ? ['### Where the time went', '', gantt(records), ''] : []),
    ].join('\n');
});
var indent = (function (text) {
    return text
        .split('\n')
        .map(((l) => `  ${l}`))
        .join('\n');
});
var escapeHtml = (function (text) {
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
});
var gantt = (function (records) {
    if (records.length === 0)
        return '';
    const t0 = Math.min(...records.map(((r) => r.start)));
    const lines = ['```mermaid', 'gantt', '  title Stages (seconds)', '  dateFormat x', '  axisFormat %M:%S'];
    for (const [i, r] of records.entries()) {
        const tag = r.outcome === 'ok' ? '' : r.outcome === 'failed' ? 'crit, ' : 'done, ';
        // Mermaid's `x` format is milliseconds; keep every bar at least 1 ms long so it renders.
        const start = r.start - t0;
        const end = Math.max(r.end - t0, start + 1);
        lines.push(`  ${r.name.replace(/[:;#]/g, ' ')} (${((r.end - r.start) / 1000).toFixed(1)} s) :${tag}s${i}, ${start}, ${end}`);
    }
    lines.push('```');
    return lines.join('\n');
});

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   A3: (() => (/* binding */ validateOnlyMarkdown)),
/* harmony export */   A5: () => (/* binding */ failureMarkdown),
/* harmony export */   Xe: () => (/* binding */ humanSize),
/* harmony export */   eH: () => (/* binding */ summaryMarkdown)
/* harmony export */ });
/* unused harmony exports fenced, gantt */
/* harmony import */ var _verify_report_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(19820);
// What the run tells its user at the end: the job summary (a table and a
// Mermaid gantt chart of the stages). Pure: main writes the text.

function humanSize(bytes) {
    const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
    let value = bytes;
    let unit = 0;
    while (value >= 1024 && unit < units.length - 1) {
        value /= 1024;
        unit++;
    }
    return unit === 0 ? `${bytes} B` : `${value.toFixed(1)} ${units[unit]} (${bytes} bytes)`;
}
/** Escapes text for a Markdown table cell. */
function cell(text) {
    return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}
function summaryMarkdown(s, records) {
    const built = s.patchedFrom
        ? [
            ['Patched from', `\`${cell(s.patchedFrom.name)}\`${s.patchedFrom.digest ? ` (artifact digest \`${s.patchedFrom.digest}\`)` : ''}`],
            ['What changed', `the host config in the placeholder \`${cell(s.patchedFrom.placeholder)}\`; the rest is as built`],
            ['Trident version', s.tridentVersion ? `\`${cell(s.tridentVersion)}\` (trident-rpms, checked the host config)` : 'as built'],
        ]
        : [
            ['Base image', `\`${cell(s.baseImage)}\``],
            ['Base image digest', `\`${s.baseImageDigest}\``],
            ['Image Customizer', `\`${cell(s.imageCustomizerImage)}\` (${cell(s.imageCustomizerVersion)})`],
            ['Trident version', s.tridentVersion ? `\`${cell(s.tridentVersion)}\`` : 'from the Azure Linux repositories'],
        ];
    const rows = [
        ['ISO file', `\`${cell(s.isoName)}\``],
        ['Size', humanSize(s.size)],
        ['SHA-256', `\`${s.sha256}\``],
        ...built,
        ['Artifact', s.artifactUrl ? `[${cell(s.artifactName)}](${s.artifactUrl})` : 'not uploaded'],
    ];
    return [
        s.patchedFrom ? '## Trident installer ISO (patched)' : '## Trident installer ISO',
        '',
        '| | |',
        '| --- | --- |',
        ...rows.map(([k, v]) => `| ${k} | ${v} |`),
        '',
        ...(s.verification ? [(0,_verify_report_js__WEBPACK_IMPORTED_MODULE_0__/* .verifyMarkdown */ .vB)(s.verification)] : []),
        '### Where the time went',
        '',
        gantt(records),
        '',
    ].join('\n');
}
/** A fenced block that no backtick run in the text can close. Pure. */

/** The summary of a run that failed: where, why (the error and its tool's last lines), and where the time went until then. */
function failureMarkdown(records, failure, verification) {
    const failed = records.find((r) => r.outcome === 'failed');
    // Lines the error already quotes (a tool's tail in its message) are not shown twice.
    const tail = failure.tail.filter((line) => line.trim() !== '' && !failure.message.includes(line));
    // The heading names the stage; the message below does not say it again.
    const message = failed ? failure.message.replace(`${failed.name} failed: `, '') : failure.message;
    const heading = !failed
        ? 'The step failed before its first stage:'
        : message.startsWith(`${failed.name} failed`)
            ? `In the stage **${failed.name}**:`
            : `The stage **${failed.name}** failed:`;
    return [
        '## Trident installer ISO: failed',
        '',
        heading,
        '',
        fenced(message),
        '',
        ...(tail.length > 0
            ? [
                `<details open><summary>${tail.length === 1 ? 'The last line' : `The last ${tail.length} lines`} of its log</summary>`,
                '',
                fenced(tail.join('\n')),
                '',
                '</details>',
                '',
            ]
            : []),
        ...(verification ? [(0,_verify_report_js__WEBPACK_IMPORTED_MODULE_0__/* .verifyMarkdown */ .vB)(verification)] : []),
        ...(records.length > 0 ? ['### Where the time went', '', gantt(records), ''] : []),
    ].join('\n');
}
/** The most of a file the summary shows (a job summary holds 1 MiB). */
const MAX_FILE_CHARS = 64 * 1024;


/** The summary of validate-only: the checks that passed, what a run would start, the configs it wrote. Pure. */



/** A Mermaid gantt chart of the stages, in seconds from the first start. */



/***/ }),

/***/ 89751:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {
var seconds = (function (ms) {
    return `${(ms / 1000).toFixed(1)} s`;
});

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Pl: () => (/* binding */ after),
/* harmony export */   Zu: () => (/* binding */ StageError),
/* harmony export */   e3: (() => (/* binding */ Stages)),
/* harmony export */   sn: () => (/* binding */ keeping)
/* harmony export */ });
/** The same stage, handing its result to `keep` as soon as it has one (a run that fails later still reports it). */
function keeping(stage, keep) {
    return async (ctx, log, signal) => {
        const result = await stage(ctx, log, signal);
        keep(result);
        return result;
    };
}
/**
 * A stage that starts once `first` has settled (whichever way), or after
 * `atMostMs` if it has not: an answer that is slow to come (a service
 * retrying) does not hold the stage back for longer than that.
 */
function after(first, atMostMs, stage) {
    return async (ctx, log, signal) => {
        if (first) {
            let timer;
            await Promise.race([first.catch(() => undefined), new Promise((resolve) => (timer = setTimeout(resolve, atMostMs)))]);
            clearTimeout(timer);
        }
        return stage(ctx, log, signal);
    };
}
/** A stage failed: its name, once, before what went wrong. */
class StageError extends Error {
    stage;
    cause;
    constructor(stage, cause) {
        const message = cause instanceof Error ? cause.message : String(cause);
        // A cause that already says the stage failed is not told twice.
        super(message.startsWith(`${stage} failed`) ? message : `${stage} failed: ${message}`);
        this.stage = stage;
        this.cause = cause;
        this.name = 'StageError';
    }
}

/** How many of a stage's last lines are kept for the failure summary. */
const TAIL_LINES = 30;
class Stages {
    out;
    cancel;
    now;
    heartbeatMs;
    records = [];
    /** Background work: its name, its start, and when it ended (it never rejects). */
    pending = [];
    /** Background work handed on while stages run at once, to start when they have ended. */
    deferred = [];
    concurrent = 0;
    tails = new Map();
    constructor(out, 
    /** Aborted when the run is cancelled: no stage starts after, running ones stop. */
    cancel = new AbortController().signal, now = Date.now, 
    /** How often a long stage running in parallel says it is still running. */
    heartbeatMs = 60_000) {
        this.out = out;
        this.cancel = cancel;
        this.now = now;
        this.heartbeatMs = heartbeatMs;
    }
    /** Runs one stage on its own, its output live inside a group. */
    async run(name, ctx, stage) {
        this.cancel.throwIfAborted();
        const start = this.now();
        this.out.startGroup(name);
        let outcome = 'failed';
        try {
            const running = stage(ctx, this.kept(name, ((line) => this.out.info(line))), this.cancel);
            // Once this stage has started its work (a process, say): what waited for the concurrent stages to end.
            this.startDeferred();
            const result = await running;
            outcome = 'ok';
            return result;
        }
        catch (error) {
            throw error instanceof StageError ? error : new StageError(name, error);
        }
        finally {
            const end = this.now();
            this.records.push({ name, start, end, outcome });
            this.out.info(`${name}: ${outcome === 'ok' ? 'done' : 'failed'} in ${seconds(end - start)}`);
            this.out.endGroup();
        }
    }
    /**
     * Runs stages at once. Each gets a signal that aborts when another fails (or
     * the run is cancelled); the first failure is thrown, naming its stage.
     */
    async parallel(ctx, stages) {
        this.cancel.throwIfAborted();
        const controller = new AbortController();
        const signal = AbortSignal.any([this.cancel, controller.signal]);
        let firstFailure;
        const list = stages;
        this.concurrent += 1;
        const running = list.map(async ([name, stage]) => {
            const start = this.now();
            let last = start;
            const prefix = `[${name}]`;
            this.out.info(`▶ ${name}: started`);
            // Silence for a whole interval is what a heartbeat is for; a stage that prints shows it is running.
            const heartbeat = setInterval(() => {
                if (this.now() - last >= this.heartbeatMs)
                    this.out.info(`… ${name}: still running (${seconds(this.now() - start)})`);
            }, this.heartbeatMs);
            heartbeat.unref();
            let outcome = 'failed';
            const log = this.kept(name, (line) => {
                last = this.now();
                this.out.info(`${prefix} ${line}`);
            });
            try {
                const result = await stage(ctx, log, signal);
                outcome = 'ok';
                return result;
            }
            catch (error) {
                if (firstFailure === undefined && !signal.aborted) {
                    firstFailure = error instanceof StageError ? error : new StageError(name, error);
                    controller.abort(firstFailure);
                }
                else {
                    outcome = 'stopped';
                }
                throw error;
            }
            finally {
                clearInterval(heartbeat);
                const end = this.now();
                this.records.push({ name, start, end, outcome });
                const why = this.cancel.aborted ? 'the run was cancelled' : `${firstFailure?.stage ?? 'another stage'} failed`;
                this.out.info(`■ ${name}: ${outcome === 'ok' ? `done in ${seconds(end - start)}` : outcome === 'stopped' ? `stopped after ${seconds(end - start)}: ${why}` : `failed after ${seconds(end - start)}`}`);
            }
        });
        const settled = await Promise.allSettled(running).finally(() => (this.concurrent -= 1));
        this.cancel.throwIfAborted();
        if (firstFailure)
            throw firstFailure;
        return settled.map((s) => s.value);
    }
    /** The last lines a stage logged (what its tool printed last), for the failure summary. */
    tail(name) {
        return this.tails.get(name) ?? [];
    }
    /** A stage's log that also keeps its last lines. */
    kept(name, log) {
        const tail = [];
        this.tails.set(name, tail);
        return ((line) => {
            tail.push(line);
            if (tail.length > TAIL_LINES)
                tail.shift();
            log(line);
        });
    }
    /**
     * Starts work that runs on beside the next stages; settle() waits for it. It
     * is recorded as a stage named `name`, from when it started to when it ended.
     * Work handed on while stages run at once starts when they have all ended
     * (failed or not) and the next stage has started: it must slow neither the
     * one that holds up the next step nor that step's start.
     */
    background(name, task) {
        const start = () => {
            const started = this.now();
            this.pending.push({
                name,
                start: started,
                done: task(this.cancel).then(() => this.now(), () => this.now()),
            });
        };
        if (this.concurrent > 0)
            this.deferred.push(start);
        else
            start();
    }
    startDeferred() {
        if (this.concurrent === 0 && !this.cancel.aborted)
            for (const start of this.deferred.splice(0))
                start();
    }
    /** Waits for the background work; each shows as a stage (in the summary's chart), over the time it ran. */
    async settle() {
        this.startDeferred();
        for (const { name, start, done } of this.pending.splice(0)) {
            this.cancel.throwIfAborted();
            this.out.startGroup(name);
            const end = await done;
            this.records.push({ name, start, end, outcome: 'ok' });
            this.out.info(`${name}: done in ${seconds(end - start)}`);
            this.out.endGroup();
        }
    }
    /** Before failing, lets background work end (a cache save cut short is wasted). */
    async settleBeforeFailing() {
        this.startDeferred();
        for (const { name, done } of this.pending.splice(0)) {
            this.out.info(`Waiting for "${name}" to finish before failing.`);
            await done;
        }
    }
}


/***/ }),

/***/ 97938:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {
var createWorkDir = (function (parent, onName = () => undefined, parts = WORK_PARTS) {
    // Synchronous: a mkdir takes microseconds, an async one a round trip to libuv's thread pool (and node:fs/promises).
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)(parent, { recursive: true });
    // The name is chosen and recorded (for the post step) before the folder is made: a run that dies while
    // making it or its subfolders (no inodes left) leaves nothing the post step does not know about.
    let root;
    for (;;) {
        root = node_path__WEBPACK_IMPORTED_MODULE_1__.join(parent, `trident-iso-${(0,_tools_random_js__WEBPACK_IMPORTED_MODULE_3__/* .randomHex */ .n)(6)}`);
        onName(root);
        try {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)(root, { mode: 0o700 });
            break;
        }
        catch (error) {
            if (error.code !== 'EEXIST')
                throw error;
        }
    }
    const dirs = {
        root,
        config: node_path__WEBPACK_IMPORTED_MODULE_1__.join(root, 'config'),
        rpms: node_path__WEBPACK_IMPORTED_MODULE_1__.join(root, 'rpms'),
        build: node_path__WEBPACK_IMPORTED_MODULE_1__.join(root, 'build'),
        output: node_path__WEBPACK_IMPORTED_MODULE_1__.join(root, 'output'),
        base: node_path__WEBPACK_IMPORTED_MODULE_1__.join(root, 'base'),
        scratch: node_path__WEBPACK_IMPORTED_MODULE_1__.join(root, 'scratch'),
        auth: node_path__WEBPACK_IMPORTED_MODULE_1__.join(root, 'auth'),
    };
    // The folder was just made, empty: each part is new (a recursive mkdir would look at every level first).
    for (const part of parts)
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)(dirs[part], { mode: part === 'auth' ? 0o700 : 0o755 });
    return dirs;
});
var removePaths = (async function (paths, asRoot, remove = removeInBackground) {
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
        if (await (0,_tools_fs_js__WEBPACK_IMPORTED_MODULE_2__/* .pathExists */ .s)(p))
            left.push(p);
    return left;
});
var removeWorkDir = (async function (root, asRoot, remove) {
    // Only ever a directory this action created: refuse anything else.
    if (!node_path__WEBPACK_IMPORTED_MODULE_1__.basename(root).startsWith('trident-iso-'))
        throw new Error(`refusing to remove ${root}: not a trident-iso work directory`);
    const left = await removePaths([root], asRoot, remove);
    if (left.length > 0)
        throw new Error(`${root} holds files this user may not delete (written as root by the container)`);
});

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Fz: () => (/* binding */ removePaths),
/* harmony export */   Jp: (() => (/* binding */ VALIDATE_ONLY_PARTS)),
/* harmony export */   KP: () => (/* binding */ removeInBackground),
/* harmony export */   NV: () => (/* binding */ trimWorkDir),
/* harmony export */   UO: () => (/* binding */ dropCredentials),
/* harmony export */   Xk: (() => (/* binding */ createWorkDir)),
/* harmony export */   ny: (() => (/* binding */ removeNow)),
/* harmony export */   pm: () => (/* binding */ WORK_PARTS),
/* harmony export */   xX: (() => (/* binding */ removeWorkDir))
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(73024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(76760);
/* harmony import */ var _tools_fs_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(18749);
/* harmony import */ var _tools_random_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(50889);
// The run's own scratch directory: everything the action writes lives here
// (except the ISO at `output`), and the post step removes it.




/** node:fs/promises, loaded when a folder is made or removed: it loads Node's streams, and this module loads with every run. */
const fs = () => process.getBuiltinModule('node:fs/promises');
/** The work folder's parts, each a folder of its own. */
const WORK_PARTS = ['config', 'rpms', 'build', 'output', 'base', 'scratch', 'auth'];
/** What validate-only writes: the configs, and the scratch that reading prebuilt RPMs unpacks into. */
const VALIDATE_ONLY_PARTS = ['config', 'scratch'];
/** Makes the work folder in `parent` and the `parts` of it a run writes in (every path is in the WorkDir all the same). */

/** Removes a path (a folder with all it holds) off this thread: the build's folders go while the ISO uploads. */
const removeInBackground = (p) => fs().rm(p, { recursive: true, force: true, maxRetries: 3 });
/**
 * Removes a path at once, on this thread: for a clean-up nothing else runs beside (the post step, the CLI's end),
 * where node:fs/promises would only add a dozen of Node's modules and a round trip to libuv's pool per file.
 */
const removeNow = ((p) => new Promise(((resolve) => resolve((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(p, { recursive: true, force: true, maxRetries: 3 })))));
/**
 * Removes paths. Image Customizer runs as root and leaves root-owned files
 * (repodata in the RPM folder, its build folder) that a job running as an
 * ordinary user cannot delete: those go to asRoot. Returns what is still there.
 */


/** Removes the bulky parts (build, pulled image, RPMs, scratch, and `also`) and keeps config/ for the outputs that name it. Returns what it could not remove. */
function trimWorkDir(work, asRoot, also = []) {
    return removePaths([work.build, work.base, work.rpms, work.scratch, work.output, ...also], asRoot);
}
/** Removes the private credential stores (oras and engine logins). */
async function dropCredentials(work) {
    await fs().rm(work.auth, { recursive: true, force: true });
}


/***/ }),

/***/ 10054:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   F8: () => (/* binding */ StoppedFromOutside),
/* harmony export */   ZC: () => (/* binding */ abortable),
/* harmony export */   vt: () => (/* binding */ abortError),
/* harmony export */   xy: () => (/* binding */ stoppedFromOutside),
/* harmony export */   zu: () => (/* binding */ isCancelSignal)
/* harmony export */ });
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

/***/ 18749:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ pathExists)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(73024);
// Small filesystem questions asked in several places.
// (node:fs's callbacks: node:fs/promises loads Node's streams, and this module loads with every run.)

/** Whether anything is at p: a file, a folder, even a symlink to nothing. */
function pathExists(p) {
    return new Promise((resolve) => (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstat)(p, (error) => resolve(!error)));
}


/***/ }),

/***/ 71916:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  B: (() => (/* binding */ MIN_ORAS)),
  _: (() => (/* binding */ ORAS_VERSIONS))
});

;// CONCATENATED MODULE: ./build/data/oras-versions.json
const oras_versions_namespaceObject = /*#__PURE__*/JSON.parse('["1.0.0","1.0.1","1.1.0","1.2.0","1.2.1","1.2.2","1.2.3","1.3.0","1.3.1","1.3.2"]');
;// CONCATENATED MODULE: ./build/tools/oras-versions.js
// The oras versions whose checksums are pinned (oras-releases.ts's table),
// and the oldest the action supports: all that reading the inputs needs of
// the table. `npm run bundle` writes src/data/oras-versions.json from it, so
// that every start does not load every release's checksums.

const ORAS_VERSIONS = oras_versions_namespaceObject;
/** The oldest oras the action supports (its flags and output as the action reads them); 2.x may change them. */
const MIN_ORAS = '1.2.0';


/***/ }),

/***/ 50889:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {
var randomHex = (function (bytes) {
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
});

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   n: (() => (/* binding */ randomHex))
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(73024);
// Random names (the work folder, the output's probe file, the delimiters of
// the runner's command files), read from the kernel's random source: loading
// node:crypto for them alone took a tenth of a validate-only run's start
// (docs/benchmarks.md).

/** `bytes` random bytes from /dev/urandom, in lower-case hex. */



/***/ }),

/***/ 29030:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {
var retryPolicy = (function (env) {
    const fromEnv = Number(env.TRIDENT_ISO_RETRY_BASE_MS);
    const baseMs = env.TRIDENT_ISO_RETRY_BASE_MS !== undefined && Number.isFinite(fromEnv) && fromEnv >= 0 ? fromEnv : 5_000;
    return { attempts: 4, baseMs };
});

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Jb: (() => (/* binding */ retryPolicy)),
/* harmony export */   dg: () => (/* binding */ isTransient),
/* harmony export */   jh: () => (/* binding */ retryTransient),
/* harmony export */   v7: () => (/* binding */ pause)
/* harmony export */ });
/* unused harmony export retry */
/* harmony import */ var _abortable_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(10054);
// Retries network steps (pulls, resolves, logins) on transient failures: 5xx
// answers, timeouts, resets. A 4xx (wrong name, no access) fails at once:
// retrying cannot fix it and would only delay the error.

/** True when an error's text looks like a failure that may pass by itself. */
function isTransient(text) {
    if (/\b(401|403|404)\b|unauthorized|denied|not found|manifest unknown|name unknown|invalid reference/i.test(text))
        return false;
    // Status phrases, not bare numbers: a "523" elsewhere in a tool's output is no reason to wait and retry.
    return /(status(?: code)?:? 5\d\d|\b50[0-4] (Internal Server Error|Bad Gateway|Service Unavailable|Gateway Timeout)|\b429\b|too many requests|timeout|timed out|connection reset|ECONNRESET|ECONNREFUSED|unexpected EOF|TLS handshake|temporary failure)/i.test(text);
}
/** Four attempts, 5 s first pause; TRIDENT_ISO_RETRY_BASE_MS in the step's environment shortens it (tests). */

async function retry(fn, options) {
    const textOf = options.textOf ?? ((error) => (error instanceof Error ? error.message : String(error)));
    for (let attempt = 1;; attempt++) {
        try {
            return await fn(attempt);
        }
        catch (error) {
            if (attempt >= options.attempts || options.signal?.aborted || !isTransient(textOf(error)))
                throw error;
            const delay = options.baseMs * 2 ** (attempt - 1);
            options.onRetry?.(attempt, delay, error);
            await pause(delay, options.signal);
        }
    }
}
/** Waits ms, or rejects with the cancellation as soon as signal aborts. */
function pause(ms, signal) {
    return new Promise((resolve, reject) => {
        if (!signal)
            return void setTimeout(resolve, ms);
        if (signal.aborted)
            return reject((0,_abortable_js__WEBPACK_IMPORTED_MODULE_0__/* .abortError */ .vt)(signal));
        const onAbort = () => (clearTimeout(timer), reject((0,_abortable_js__WEBPACK_IMPORTED_MODULE_0__/* .abortError */ .vt)(signal)));
        const timer = setTimeout(() => (signal.removeEventListener('abort', onAbort), resolve()), ms);
        signal.addEventListener('abort', onAbort, { once: true });
    });
}
/** retry() with a policy, saying in the log when `what` is tried again. */
function retryTransient(what, fn, o) {
    return retry(fn, {
        ...o.policy,
        onRetry: (attempt, delay) => o.log?.(`${what}: attempt ${attempt} failed with a transient error; retrying in ${(delay / 1000).toFixed(1)} s`),
        ...(o.signal ? { signal: o.signal } : {}),
    });
}


/***/ }),

/***/ 94823:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {
var pointerJoin = (function (base, segment) {
    return `${base}/${String(segment).replaceAll('~', '~0').replaceAll('/', '~1')}`;
});
var mergeByPath = (function (problems) {
    const byPath = new Map();
    for (const p of problems) {
        const seen = byPath.get(p.path);
        if (!seen)
            byPath.set(p.path, { ...p });
        else if (!seen.message.split('; ').includes(p.message))
            seen.message = `${seen.message}; ${p.message}`;
    }
    return [...byPath.values()];
});
var joinOr = (function (words) {
    if (words.length <= 1)
        return words[0] ?? '';
    return `${words.slice(0, -1).join(', ')} or ${words[words.length - 1]}`;
});

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   C5: () => (/* binding */ formatProblems),
/* harmony export */   So: (() => (/* binding */ joinOr)),
/* harmony export */   cP: () => (/* binding */ pointerSegments),
/* harmony export */   hD: () => (/* binding */ quote),
/* harmony export */   jB: () => (/* binding */ HostConfigError),
/* harmony export */   nz: (() => (/* binding */ mergeByPath)),
/* harmony export */   pZ: () => (/* binding */ indent),
/* harmony export */   pb: () => (/* binding */ problemLines),
/* harmony export */   wQ: (() => (/* binding */ pointerJoin))
/* harmony export */ });
/* unused harmony export displayPath */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(76760);
/* harmony import */ var _context_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(31997);
/* harmony import */ var _context_limits_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(76754);
// A problem found in a user's file, located well enough to become a GitHub
// annotation (file, line, column) and to be fixed without guessing; and the
// error that carries a host config's problems to the failure report.



/**
 * One line per problem: `label:line:column: path: message`, the shape editors
 * and annotations understand; the first COUNT_LIMITS.problems, then how many
 * more (a file with thousands of mistakes still gets a readable message).
 */
function formatProblems(problems, fileLabel) {
    const { shown, more } = (0,_context_limits_js__WEBPACK_IMPORTED_MODULE_2__/* .capList */ .X0)(problems);
    return [...shown.map((p) => formatProblem(p, fileLabel)), ...(more > 0 ? [(0,_context_limits_js__WEBPACK_IMPORTED_MODULE_2__/* .moreLine */ .g0)(more)] : [])].join('\n');
}
/** Lines of a problem list (`  path: message` each), capped the same way. */
function problemLines(lines) {
    const { shown, more } = (0,_context_limits_js__WEBPACK_IMPORTED_MODULE_2__/* .capList */ .X0)(lines);
    return [...shown, ...(more > 0 ? [`  ${(0,_context_limits_js__WEBPACK_IMPORTED_MODULE_2__/* .moreLine */ .g0)(more)}`] : [])].join('\n');
}
function formatProblem(problem, fileLabel) {
    const where = problem.line === undefined ? fileLabel : `${fileLabel}:${problem.line}:${problem.column ?? 1}`;
    return `${where}: ${displayPath(problem.path)}: ${problem.message}`;
}
/** The root pointer is the empty string, which reads as nothing in a message. */
function displayPath(path) {
    return path === '' ? '(root)' : path;
}
/** Appends one segment to a JSON pointer, escaping `~` and `/` as RFC 6901 requires. */

/** Splits a JSON pointer into its unescaped segments. */
function pointerSegments(pointer) {
    if (pointer === '')
        return [];
    return pointer
        .slice(1)
        .split('/')
        .map((s) => s.replaceAll('~1', '/').replaceAll('~0', '~'));
}
/** Indents each line of a list under the sentence that introduces it. */
function indent(text) {
    return text.replace(/^/gm, '  ');
}
/** The host-config input's file is not a valid host configuration: each problem located in it, for an annotation. */
class HostConfigError extends _context_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .d {
    file;
    problems;
    constructor(file, problems, 
    /** What is wrong with it, as a whole. */
    summary = 'is not a valid Trident host configuration') {
        super('host-config', `${file} ${summary}:\n${indent(formatProblems(problems, node_path__WEBPACK_IMPORTED_MODULE_0__.basename(file)))}`);
        this.file = file;
        this.problems = problems;
        this.name = 'HostConfigError';
    }
}
/** One problem per path: distinct messages joined. */

/** A value as JSON writes it, for a message. */
function quote(value) {
    return JSON.stringify(value) ?? String(value);
}
/** `a`, `a or b`, `a, b or c`. */



/***/ }),

/***/ 24837:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {
var promptHostname = (function (hostname) {
    return hostname.split('.')[0] ?? hostname;
});
var escapeRegex = (function (text) {
    return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
});
var loginPattern = (function (pattern, hostname) {
    const name = hostname ? escapeRegex(promptHostname(hostname)) : '\\S+';
    return pattern.replaceAll('{hostname}', name);
});
var compilePattern = (function (source) {
    try {
        return new RegExp(source);
    }
    catch (error) {
        return { problem: error instanceof Error ? error.message : String(error) };
    }
});

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $j: () => (/* binding */ POWER_OFF_PATTERN),
/* harmony export */   CA: (() => (/* binding */ loginPattern)),
/* harmony export */   DX: (() => (/* binding */ DEFAULT_LOGIN_PATTERN)),
/* harmony export */   Eb: (() => (/* binding */ compilePattern)),
/* harmony export */   KP: () => (/* binding */ isSerialConsole),
/* harmony export */   Wf: (() => (/* binding */ DEFAULT_BOOT_PATTERN)),
/* harmony export */   b3: () => (/* binding */ REBOOT_PATTERN),
/* harmony export */   mX: (() => (/* binding */ DEFAULT_FAILURE_PATTERN))
/* harmony export */ });
/* unused harmony export promptHostname */
// What the serial console says, and what the verification reads from it. The
// defaults fit the ISO this action builds: its kernel command line ends with
// console=ttyS0, so /dev/console is the serial port and systemd's status
// lines reach it, and journald forwards the journal there, so Trident's own
// log lines (it logs to the journal only when it runs as a service) do too.
/**
 * Trident has started in the live OS: systemd starting trident-install.service
 * (microsoft/trident packaging/systemd/trident-install.service, Description
 * "Trident Provisioning Service"; systemd 255 prints the unit name and the
 * description, older status formats the description only).
 */
const DEFAULT_BOOT_PATTERN = 'Starting (?:trident-install\\.service|Trident Provisioning Service)';
/** The installed OS's getty prompt; {hostname} is the host config's os.hostname (agetty prints it up to the first dot). */
const DEFAULT_LOGIN_PATTERN = '{hostname} login:';
/**
 * A failed installation: the headers of Trident's errors
 * (crates/trident_api/src/error.rs, `impl Debug for TridentError`: "Trident
 * failed due to ...", "Trident failed to initialize", "Trident reported
 * failed health checks"), systemd giving up on the service, a kernel panic,
 * OVMF finding nothing it may boot ("No bootable option or device was
 * found"; "Access Denied" when Secure Boot refuses a loader), and an
 * emergency shell.
 */
const DEFAULT_FAILURE_PATTERN = 'Trident failed|Trident reported failed health checks|Failed to start (?:trident-install\\.service|Trident Provisioning Service)|Kernel panic|No bootable option|Access Denied|emergency mode';
/** The kernel's last line before a reboot (kernel/reboot.c, pr_emerg with the "reboot: " prefix). */
const REBOOT_PATTERN = 'reboot: Restarting system';
/** ... and before a power-off or halt. */
const POWER_OFF_PATTERN = 'reboot: (?:Power down|System halted)';
/** The host name as agetty prints it in its prompt: up to the first dot. */


/**
 * The login pattern with {hostname} filled in: the installed OS's short host
 * name, or any host name (\S+) when the host config sets none (the COSI's own
 * then applies; the first-boot phase only runs the installed OS, so any
 * prompt there is its prompt).
 */

/** A pattern as a RegExp, or why it is not one. */

/** Whether a console= argument is the first serial port (console=ttyS0, with or without its speed). */
function isSerialConsole(arg) {
    return arg !== undefined && /^console=ttyS0(,|$)/.test(arg);
}


/***/ }),

/***/ 19820:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Bo: () => (/* binding */ phaseSeconds),
/* harmony export */   Gz: () => (/* binding */ VerifyError),
/* harmony export */   r6: () => (/* binding */ TAIL_LINES),
/* harmony export */   vB: () => (/* binding */ verifyMarkdown)
/* harmony export */ });
/** How many lines of the serial log an error and the summary show. */
const TAIL_LINES = 25;
/** A verification that did not pass: its phase, why, and the serial log's tail. */
class VerifyError extends Error {
    report;
    constructor(report) {
        super(`${report.reason ?? 'the verification did not pass'} (verify: ${report.mode})\n` +
            `Last lines of the serial log (${report.serialLog}):\n${report.tail.slice(-TAIL_LINES).join('\n')}`);
        this.report = report;
        this.name = 'VerifyError';
    }
    get phase() {
        return this.report.phases.at(-1)?.name ?? 'boot';
    }
}
function phaseSeconds(report, name) {
    const phase = report?.phases.find((p) => p.name === name);
    return phase ? phase.seconds.toFixed(1) : '';
}
/** Escapes text for a Markdown table cell. */
function cell(text) {
    return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}
/** The job summary's section: the phases with their times, and on failure the serial log's tail. */
function verifyMarkdown(report) {
    const rows = report.phases.map((p) => `| ${p.name} | ${p.seconds.toFixed(1)} s | ${p.outcome === 'passed' ? 'passed' : '**failed**'} |`);
    const lines = [
        `### Verified in a VM: ${report.mode} ${report.result === 'passed' ? 'passed' : report.result === 'timed-out' ? '**timed out**' : '**failed**'}`,
        '',
        `QEMU with OVMF, ${report.accelerator === 'kvm' ? 'KVM' : 'TCG (no KVM: slow)'}; serial log \`${cell(report.serialLog)}\`.`,
        '',
        '| phase | time | result |',
        '| --- | --- | --- |',
        ...rows,
        '',
    ];
    if (report.result !== 'passed') {
        lines.push(`${cell(report.reason ?? '')}`, '', '<details open><summary>Last lines of the serial console</summary>', '', '```text');
        // A fence inside the log would end the block early.
        lines.push(...report.tail.slice(-TAIL_LINES).map((l) => l.replace(/```/g, "'''")), '```', '', '</details>', '');
    }
    return lines.join('\n');
}


/***/ }),

/***/ 98063:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   DB: () => (/* binding */ parseSize),
/* harmony export */   T3: () => (/* binding */ GiB),
/* harmony export */   lv: () => (/* binding */ MiB)
/* harmony export */ });
/* unused harmony export KiB */
// Sizes as Trident writes them (a partition's size; the verify-disk-size input).
// Apart from disks.ts, so that reading the inputs does not load the disk plan. Pure.
const KiB = 1024;
const MiB = 1024 * KiB;
const GiB = 1024 * MiB;
const SIZE = /^(\d+)\s*([KMGT]?)$/;
const SHIFT = { '': 1, K: KiB, M: MiB, G: GiB, T: 1024 * GiB };
/** A partition size as Trident reads it: `grow`, bytes, or a number with K, M, G or T (powers of 1024). */
function parseSize(value) {
    if (value === 'grow')
        return 'grow';
    if (typeof value === 'number' && Number.isSafeInteger(value) && value > 0)
        return value;
    if (typeof value !== 'string')
        return undefined;
    const m = SIZE.exec(value.trim());
    if (!m)
        return undefined;
    const bytes = Number(m[1]) * (SHIFT[m[2] ?? ''] ?? 1);
    return bytes > 0 && Number.isSafeInteger(bytes) ? bytes : undefined;
}


/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ 
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = ((exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	});
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = ((chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce(((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}), []));
/******/ 	});
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = ((chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	});
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = ((obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop)))
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
/******/ /* webpack/runtime/node module decorator */
/******/ (() => {
/******/ 	__nccwpck_require__.nmd = (module) => {
/******/ 		module.paths = [];
/******/ 		if (!module.children) module.children = [];
/******/ 		return module;
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
/******/ 	var installChunk = ((data) => {
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
/******/ 	})
/******/ 	
/******/ 	__nccwpck_require__.f.j = ((chunkId, promises) => {
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
/******/ 						var promise = Promise.race([promise, new Promise(((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve])))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	});
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
var __webpack_exports__ = {};

// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  JR: (() => (/* binding */ WORKFLOW_ONLY)),
  xw: (() => (/* binding */ cli)),
  au: (() => (/* binding */ didYouMean)),
  bQ: (() => (/* binding */ parseFlags)),
  hW: (() => (/* binding */ passwordInputs)),
  y: (() => (/* binding */ passwordVariable)),
  uA: (() => (/* binding */ patchFlags)),
  qU: (() => (/* binding */ patchUsage)),
  $w: (() => (/* binding */ resolvePasswords)),
  eO: (() => (/* binding */ takePasswordVariables)),
  CZ: (() => (/* binding */ terminalStdout)),
  CI: (() => (/* binding */ usage)),
  XE: (() => (/* binding */ verifyFlags)),
  Nx: (() => (/* binding */ verifyUsage))
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(73024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(76760);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __nccwpck_require__(57975);
;// CONCATENATED MODULE: ./build/run/cancel.js
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

/** The Cancelled an aborted signal carries (a plain abort becomes one too). */
function cancellation(signal) {
    return signal.reason instanceof Cancelled ? signal.reason : new Cancelled(String(signal.reason));
}

// EXTERNAL MODULE: ./build/run/cleanup.js
var cleanup = __nccwpck_require__(6770);
// EXTERNAL MODULE: ./build/run/leftovers.js
var run_leftovers = __nccwpck_require__(52166);
// EXTERNAL MODULE: ./build/run/workdir.js
var workdir = __nccwpck_require__(97938);
// EXTERNAL MODULE: ./build/context/errors.js
var errors = __nccwpck_require__(31997);
// EXTERNAL MODULE: ./build/customizer/version.js
var version = __nccwpck_require__(46814);
// EXTERNAL MODULE: ./build/tools/retry.js
var retry = __nccwpck_require__(29030);
// EXTERNAL MODULE: ./build/context/inputs.js
var context_inputs = __nccwpck_require__(38067);
;// CONCATENATED MODULE: ./build/context/run-context.js
// What the stages share. CheckContext is what there is before the checks: the
// inputs, read and checked in form, the world outside (Runtime) and the run's
// processes. RunContext adds the run's folders, made where the checks found
// room, and is what every later stage gets.





/** Reads the inputs (a wrong one throws InputError), hides the credentials, and warns when the Image Customizer version is assumed. */

/** Whether an Actions cache service is configured: only inside a workflow job. Pure. */

/** The run's folders in `parent` (the roomiest the checks found), each tracked for the post step as it is made. */


// EXTERNAL MODULE: ./build/tools/abortable.js
var abortable = __nccwpck_require__(10054);
// EXTERNAL MODULE: ./build/verify/report.js
var report = __nccwpck_require__(19820);
;// CONCATENATED MODULE: ./build/run/outputs.js

/** The outputs of what was produced. Pure. */



// EXTERNAL MODULE: ./build/run/report.js
var run_report = __nccwpck_require__(63130);
// EXTERNAL MODULE: ./build/run/stages.js
var run_stages = __nccwpck_require__(89751);
;// CONCATENATED MODULE: ./build/run/procedure.js
// Runs main's procedure and everything around it that is not the procedure:
// the run's processes (all stopped when it is cancelled), what it leaves
// behind, its outputs (written once, at the end, from what it produced), the
// failure summary, and cancellation: stop, clean up, end with Cancelled.







/**
 * processes() of tools/exec.ts, which loads with the run's first process: a run that stops at an input error
 * starts none, and does not load it. The children's environment is the step's as it is now. Once loaded, a
 * process starts in the same turn as its call, as it did with exec.ts imported at once: a turn's delay let the
 * base image's client load (tens of ms on this thread) start first and held make's start back (the cold run's
 * RPM stage 3.13-3.17 s around the 3 s stand-in, against 3.06-3.09 s).
 */



;// CONCATENATED MODULE: ./build/main.js
// The documented procedure for a Trident provisioning ISO, as stages:
// check inputs → (read prebuilt RPMs) → write the config → (RPMs ∥ base image
// ∥ Image Customizer image) → Image Customizer → check the ISO → (verify in a VM)
// → upload → summary. With patch-iso, the patch procedure instead: an ISO built
// with patchable gets another host config, and is delivered as a build's is.
// What surrounds it (outputs, failure summary, cancellation) is run/procedure.ts.







/** The promise `load` makes, made on the first call only. */

/** The build's stages (a chunk of their own), loaded once `first` has settled; a load that fails is reported where they are awaited. */
function buildStages(first) {
    const loading = Promise.resolve(first)
        .catch(() => undefined)
        .then(() => Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(227), __nccwpck_require__.e(812), __nccwpck_require__.e(207), __nccwpck_require__.e(667), __nccwpck_require__.e(500), __nccwpck_require__.e(967), __nccwpck_require__.e(416)]).then(__nccwpck_require__.bind(__nccwpck_require__, 77416)));
    // Handled here too: a run whose parallel stages fail never awaits it.
    loading.catch(() => undefined);
    return loading;
}
/** Patch mode: the ISO's host config replaced (no build), then delivered as a build's ISO is: verify, upload, summary. */
async function patchProcedure(run, start, o) {
    const { rt, stages, results } = run;
    const [{ readGivenRpms }, { checkPatch, checkPatchHostConfig, fetchIso, patchSummary, readPatchIso, writePatch }] = await Promise.all([
        Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(227), __nccwpck_require__.e(812), __nccwpck_require__.e(207), __nccwpck_require__.e(500), __nccwpck_require__.e(449), __nccwpck_require__.e(423)]).then(__nccwpck_require__.bind(__nccwpck_require__, 64423)),
        buildStages(),
    ]);
    const checked = await stages.run('Check inputs', start, checkPatch(o));
    const ctx = runContext(start, checked.parent, run);
    const given = ctx.inputs.rpms.kind === 'prebuilt' ? await stages.run('Read Trident RPMs', ctx, readGivenRpms) : undefined;
    if (given)
        results.rpms = given;
    // The ISO (downloaded when it is an artifact), its directory, placeholder and COSI; the host config checked against them.
    const patchIso = ctx.inputs.patch;
    const source = patchIso?.kind === 'file' ? { file: patchIso.path, owned: false } : await stages.run('Download ISO', ctx, fetchIso);
    const target = await stages.run('Read ISO', ctx, readPatchIso(source));
    let iso;
    try {
        const hostConfig = await stages.run('Check host config', ctx, checkPatchHostConfig(target, given));
        results.patched = { hostConfigPath: hostConfig.path };
        if (ctx.inputs.validateOnly) {
            rt.console.info(`validate-only: ${ctx.inputs.output} is not written. Without it the action would write the ISO with this host config.`);
            return;
        }
        iso = await stages.run('Patch ISO', ctx, writePatch(target, hostConfig, o));
        results.iso = iso;
    }
    finally {
        await target.iso.source.close();
    }
    // With verify, the ISO in a VM; then the upload (the serial log beside it, also when the verification failed), and the report.
    const { verified, published } = await verifyAndUpload(run, ctx, checked.verify, iso);
    await stages.settle();
    await rt.writeSummary(patchSummary(ctx, { iso, from: target, published, ...(given ? { rpms: given } : {}), ...(verified ? { verification: verified.report } : {}) }, stages.records));
}
/**
 * The ISO proven in the VM when verify asks for it, then uploaded with the serial log beside it (also when
 * the verification failed). The verification's failure is what the step reports; a failed upload beside
 * it only adds a warning.
 */
async function verifyAndUpload(run, ctx, plan, iso) {
    const { rt, stages, results } = run;
    const { publish, verifyInVm } = await buildStages();
    const verified = plan ? await verifyInVm(stages, ctx, plan, iso.path) : undefined;
    if (verified)
        results.verification = verified.report;
    const upload = stages.run('Upload artifact', ctx, publish(iso, verified?.report.serialLog));
    if (verified?.failure) {
        const published = await upload.catch((error) => void rt.warning({ message: `The upload failed too: ${(0,errors/* errorMessage */.g)(error)}` }));
        if (published)
            results.published = published;
        throw verified.failure;
    }
    const published = await upload;
    results.published = published;
    return { verified, published };
}
/** `trident-iso patch`: patch mode with a terminal Runtime; with inPlace, the ISO given is the one written. */
function patchOnly(rt, o) {
    return runProcedure(rt, (run) => {
        const start = readContext(rt, run.exec);
        if (!start.inputs.patch)
            throw new Error('trident-iso patch: no ISO given');
        return patchProcedure(run, start, o);
    });
}
/** `trident-iso verify`: an ISO built elsewhere, proven in the VM as the action proves its own (no build, no upload). */
function verifyOnly(rt, iso) {
    return runProcedure(rt, async (run) => {
        const { stages, results } = run;
        const [{ checkForVerify }, { verifyInVm }] = await Promise.all([Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(227), __nccwpck_require__.e(667), __nccwpck_require__.e(958)]).then(__nccwpck_require__.bind(__nccwpck_require__, 64716)), buildStages()]);
        const checked = await stages.run('Check inputs', rt, checkForVerify(iso));
        const work = (0,workdir/* createWorkDir */.Xk)(rt.tempDir, (root) => run.leftovers.track({ workDir: root }));
        const verified = await verifyInVm(stages, { rt, exec: run.exec, work, leftovers: run.leftovers }, checked.plan, checked.iso.path);
        results.verification = verified.report;
        if (verified.failure)
            throw verified.failure;
    });
}

// EXTERNAL MODULE: ./build/context/limits.js
var limits = __nccwpck_require__(76754);
// EXTERNAL MODULE: ./build/trident/problems.js
var problems = __nccwpck_require__(94823);
;// CONCATENATED MODULE: ./build/run/failure.js
// Turns an error into what a user sees: an annotation on the file and line it
// concerns when there is one, and one clear message titled after the input at
// fault, else the stage that failed.





function reportFailure(error, rt) {
    const cause = error instanceof run_stages/* StageError */.Zu && error.cause instanceof Error ? error.cause : error;
    const relative = (file) => external_node_path_.relative(rt.workspace, file) || file;
    if (cause instanceof problems/* HostConfigError */.jB) {
        // One annotation per problem, the first COUNT_LIMITS.problems of them: the message lists the count of the rest.
        for (const p of (0,limits/* capList */.X0)(cause.problems).shown) {
            rt.error({
                title: `host-config: ${p.path || 'Trident host configuration'}`,
                message: p.message,
                file: relative(cause.file),
                ...(p.line ? { line: p.line } : {}),
                ...(p.column ? { column: p.column } : {}),
            });
        }
    }
    // The message keeps the stage it failed in ("Base image failed: Input 'base-image': ..."); the title names the input.
    const message = error instanceof Error ? error.message : String(error);
    if (cause instanceof errors/* InputError */.d) {
        const at = cause.location;
        rt.error({
            title: `Input '${cause.input}'`,
            message,
            ...(at ? { file: relative(at.file), ...(at.line ? { line: at.line } : {}), ...(at.column ? { column: at.column } : {}) } : {}),
        });
        return;
    }
    rt.error({ title: error instanceof run_stages/* StageError */.Zu ? `${error.stage} failed` : 'trident-iso-action failed', message });
}

// EXTERNAL MODULE: ./build/context/escape.js
var context_escape = __nccwpck_require__(29693);
;// CONCATENATED MODULE: ./build/run/guard.js
// The one choke point between main and what a user sees: every log line,
// group title, annotation, summary and output main writes goes through the
// Runtime this returns. Text is escaped (context/escape.ts): no value from a
// user's files can inject a workflow command, a second output line or a
// terminal control sequence. An output value with a control character is
// refused (not written, with a warning): an escaped path would be a wrong one.

const guarded = new WeakSet();
/** Outputs that are a list by design (action.yml: "one path a line"): newlines separate entries, any other control character is refused. */
const LIST_OUTPUTS = new Set(['verify-disks']);

function annotation(a) {
    return {
        ...a,
        message: (0,context_escape/* escapeLogText */.dD)(a.message),
        ...(a.title === undefined ? {} : { title: (0,context_escape/* escapeLine */.EH)(a.title) }),
        ...(a.file === undefined ? {} : { file: (0,context_escape/* escapeLine */.EH)(a.file) }),
    };
}


// EXTERNAL MODULE: ./build/tools/random.js
var random = __nccwpck_require__(50889);
;// CONCATENATED MODULE: ./build/entry/workflow-commands.js
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
function keyValueMessage(name, value, delimiter = `ghadelimiter_${randomHex(16)}`) {
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

/** The step's commands, against `env` (the process's environment: addPath changes its PATH) and `out` (stdout). */
function workflow_commands_workflowCommands(env = process.env, out = stdoutWriter()) {
    const issue = (name, properties, message) => out(`${commandLine(name, properties, message)}${EOL}`);
    /** A command file when the runner names one, else the older stdout command. */
    const toFile = (variable, message, fallback) => {
        const file = env[variable];
        if (file)
            appendFileSync(file, `${message}${EOL}`, 'utf8');
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
            env.PATH = `${dir}${path.delimiter}${env.PATH ?? ''}`;
        },
        // With node:fs's callback: node:fs/promises would load Node's streams for a failed step's last lines.
        appendSummary: (markdown) => new Promise((resolve, reject) => {
            const file = env.GITHUB_STEP_SUMMARY;
            if (!file)
                return resolve();
            appendFile(file, markdown, 'utf8', (error) => (error ? reject(error) : resolve()));
        }),
    };
}

;// CONCATENATED MODULE: ./build/entry/runner.js
// The step on a runner: a Runtime that speaks the runner's workflow commands
// (workflow-commands.ts), cancellation wired to the signals a cancelled job
// sends, and main's end turned into the step's exit code, the one place that
// decides it. index.ts runs runStep(); @github/local-action can run it too
// (npx @github/local-action run . src/entry/runner.ts .env).





function annotationProperties(a) {
    return {
        ...(a.title ? { title: a.title } : {}),
        ...(a.file ? { file: a.file } : {}),
        ...(a.line ? { line: a.line } : {}),
        ...(a.column ? { col: a.column } : {}),
    };
}
/**
 * The step's environment, taken once; then the inputs (INPUT_*, registry
 * passwords among them) are removed from this process's environment, so
 * that what libraries start on their own (tool-cache's tar, cache's zstd)
 * does not inherit them either. Inputs are read from the copy, as
 * core.getInput reads them (INPUT_<NAME>, spaces as _, trimmed).
 */
function takeStepEnv() {
    const env = { ...process.env };
    for (const name of Object.keys(process.env))
        if (name.toUpperCase().startsWith('INPUT_'))
            delete process.env[name];
    return env;
}
function runnerRuntime(signal) {
    const env = takeStepEnv();
    const commands = workflowCommands();
    return {
        // From the copy taken before the inputs left this process's environment (workflowCommands reads the live one).
        getInput: (name) => (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim(),
        env,
        workspace: process.env.GITHUB_WORKSPACE ?? process.cwd(),
        tempDir: process.env.RUNNER_TEMP ?? process.env.TMPDIR ?? '/tmp',
        signal,
        console: { info: commands.info, warning: (line) => commands.warning(line), startGroup: commands.startGroup, endGroup: commands.endGroup },
        setOutput: (name, value) => commands.setOutput(name, value),
        saveState: (name, value) => commands.saveState(name, value),
        addPath: commands.addPath,
        setSecret: commands.setSecret,
        error: (a) => commands.error(a.message, annotationProperties(a)),
        warning: (a) => commands.warning(a.message, annotationProperties(a)),
        writeSummary: (markdown) => commands.appendSummary(markdown),
        setToolkitTemp: (dir) => {
            process.env.RUNNER_TEMP = dir;
        },
    };
}
/** Runs main (or another procedure) and says how the step ends: 0; 1 with the failure reported; 130 when cancelled. */

/** The action's main step. */
async function runStep() {
    const controller = new AbortController();
    abortOnSignals(controller);
    const code = await runMain(runnerRuntime(controller.signal));
    // A cancelled step ends now, whatever library call may still be pending.
    if (code === 130)
        process.exit(130);
    process.exitCode = code;
}
/** @github/local-action's entry point. */
const run = (/* unused pure expression or super */ null && (runStep));

;// CONCATENATED MODULE: ./build/data/action-inputs.json
const action_inputs_namespaceObject = /*#__PURE__*/JSON.parse('{"host-config":{"description":"Path to a Trident Host Configuration (YAML). It goes into the live OS at /etc/trident/config.yaml. Required unless `config` is given. The file is never modified: when it has to be changed (see `host-config-image`), a copy is written.","default":""},"cosi":{"description":"Path to the OS image (COSI file) that the ISO carries. Empty (default): the ISO carries no OS image, and the host config must point at one.","default":""},"cosi-destination":{"description":"Absolute path on the ISO media where the COSI lands. Default: /images/azure-linux.cosi.","default":"/images/azure-linux.cosi"},"host-config-image":{"description":"`auto` (default): when `cosi` is given, the host config copy in the ISO gets `image.url: file:///mnt/trident_cdrom<cosi-destination>` and `image.sha384` set to the SHA-384 of the COSI\'s metadata.json. `keep`: use the host config exactly as given (its image.url and image.sha384 must then match the COSI).","default":"auto"},"patchable":{"description":"true: the host config goes into a placeholder file on the ISO media (/trident-config.yaml, in the format of Trident\'s isopatch) instead of the live OS, and the live OS links /etc/trident/config.yaml to it, so that `patch-iso` (or `trident-iso patch`) can put another host config into the ISO in seconds, without a rebuild. The build\'s own host config is written into the placeholder: the ISO works as built. Generated config only (not with `config`). Default false.","default":"false"},"placeholder-size":{"description":"Size in bytes of the placeholder with `patchable`, 512 to 1048576: the largest host config a patch can put in is this minus 92 bytes (the placeholder\'s first line). Default 16384, 2.4 times the largest of Trident\'s sample host configs.","default":"16384"},"patch-iso":{"description":"Patch mode: no build. An ISO built with `patchable` (a path, or `artifact:<name>` for an artifact of this workflow run, or of the run `patch-iso-run-id`) gets `host-config` in its placeholder, checked as a build checks it (against the COSI the ISO carries), and is delivered as a build\'s ISO is: written to `output`, checked, verified, uploaded. Needs no container engine, no pulls and no root; the ISO given is never modified. The inputs that only shape a build are refused. Default: empty (build).","default":""},"patch-iso-run-id":{"description":"With `patch-iso: artifact:<name>`: the ID of the workflow run of this repository that uploaded the artifact (`github.run_id` there), read with `github-token`. Default: empty (this workflow run).","default":""},"github-token":{"description":"Token that reads the artifact of `patch-iso-run-id` (it needs `actions: read`). Default: the job\'s token (`github.token`).","default":"${{ github.token }}"},"trident-rpms":{"description":"A directory or .tar.gz (such as bin/trident-rpms.tar.gz) holding prebuilt Trident RPMs, searched recursively; x86_64/aarch64 and noarch RPMs all go into one repository. Default: empty. Exclusive with `trident-source`.","default":""},"trident-source":{"description":"Path to a Trident checkout: the action runs `make bin/trident-rpms.tar.gz` there and uses the RPMs it built. The runner needs what that target needs: Rust (cargo, at least the checkout\'s rust-version, 1.85), protoc, clang, a static libssl (libssl-dev), python3, git, make, docker, and network access for cargo and the container build; all but the network are checked before the build. With neither this nor `trident-rpms`, Trident is installed from the Azure Linux package repositories. Default: empty.","default":""},"base-image":{"description":"OCI reference of the Azure Linux base image, pulled with oras. Default: mcr.microsoft.com/azurelinux/3.0/image/minimal-os:latest. Pin it by digest (`...minimal-os@sha256:...`) for reproducible builds.","default":"mcr.microsoft.com/azurelinux/3.0/image/minimal-os:latest"},"base-image-file":{"description":"A local base image file (.vhdx, .vhd, .qcow2, .raw or .img) used instead of pulling `base-image`. Default: empty.","default":""},"platform":{"description":"Target platform: linux/amd64 (default) or linux/arm64. It must match the runner\'s architecture (Image Customizer cannot cross-build).","default":"linux/amd64"},"oras-version":{"description":"oras version to install: 1.2.0 or later, one of the releases whose checksums the action pins (up to 1.3.2), or any with oras-url and oras-checksum. Default: 1.3.0.","default":"1.3.0"},"oras-url":{"description":"Download URL of the oras release archive (.tar.gz), for a mirror. Give `oras-checksum` with it. Default: empty (the GitHub release).","default":""},"oras-checksum":{"description":"SHA-256 (64 hex digits) of the archive at `oras-url`. Both or neither. Default: empty (the pinned checksum).","default":""},"imagecustomizer-image":{"description":"Image Customizer container image, by tag or digest. The container\'s arguments adapt to its version (taken from the tag, or from `imagecustomizer-version`). Default: mcr.microsoft.com/azurelinux/imagecustomizer:0.18.0.","default":"mcr.microsoft.com/azurelinux/imagecustomizer:0.18.0"},"imagecustomizer-version":{"description":"Version of `imagecustomizer-image` (for example 1.6.0) when its reference has no version tag, such as a bare digest. Default: empty (read from the tag).","default":""},"config":{"description":"Path to a complete Image Customizer config used instead of the generated one. Its relative paths resolve from its own folder, which is mounted read-only. With it, the inputs that shape the generated config (host-config, cosi, extra-config, packages, services) are refused, and hostname, kernel-command-line and selinux-mode do not apply. Default: empty (generate the config from the inputs).","default":""},"extra-config":{"description":"YAML, inline or a path to a .yaml/.yml file, deep-merged over the generated config: maps merge, lists append without duplicates, scalars replace. Default: empty.","default":""},"hostname":{"description":"Hostname of the live installer OS. Default installer-iso-mos.","default":"installer-iso-mos"},"packages":{"description":"Extra packages to install in the live OS, one a line (or separated by spaces or commas), added to the procedure\'s list. Default: empty.","default":""},"services":{"description":"Extra systemd services to enable in the live OS, one a line (or separated by spaces or commas). Default: empty.","default":""},"kernel-command-line":{"description":"Kernel command line arguments of the live OS (os.kernelCommandLine), separated by spaces; a value replaces the default, so keep the consoles you need. The last console= is /dev/console, where systemd\'s status lines and the forwarded journal (Trident\'s log) go: the default makes it the serial port, which `verify` needs. Default: rd.info console=tty0 console=ttyS0.","default":"rd.info console=tty0 console=ttyS0"},"selinux-mode":{"description":"SELinux mode of the live OS: disabled, permissive, enforcing (default) or force-enforcing.","default":"enforcing"},"output":{"description":"Where the ISO is written, relative to the workspace. Default installer.iso. An existing file there is never overwritten: the step fails before it starts building.","default":"installer.iso"},"upload":{"description":"Upload the ISO as a workflow artifact, true (default) or false.","default":"true"},"archive":{"description":"false (default): upload the ISO file as it is, under the artifact\'s name. true: zip it (no compression).","default":"false"},"artifact-name":{"description":"The artifact\'s name (with `archive` false, the name the ISO downloads as, so it ends in .iso). Empty (default): `output`\'s name with the architecture, installer-amd64.iso or installer-arm64.iso (zipped: installer-amd64), so the legs of a matrix over `platform` do not collide; legs of one platform need names of their own. A name already taken on the workflow run fails the step before the build, unless `overwrite` is true.","default":""},"overwrite":{"description":"true: an artifact of the same name on this workflow run (an earlier attempt, another job) is deleted before the upload, as actions/upload-artifact\'s overwrite does. false (default): a taken name fails the step before the build.","default":"false"},"retention-days":{"description":"Days to keep the artifact, 1 to 90. Default: empty (the repository\'s setting).","default":""},"verify":{"description":"Prove the ISO in a VM (QEMU with OVMF UEFI firmware, KVM when /dev/kvm works, else much slower TCG): `none` (default); `boot`: the live OS boots from the ISO and Trident starts (`verify-boot-pattern`); `install`: one blank disk per disk of the host config is attached where its device path says, Trident installs, the VM reboots from the disks without the ISO and the installed OS reaches its login prompt (`verify-login-pattern`). Needs qemu-system-x86_64, qemu-img and OVMF on the runner (README: \\"Verify in a VM\\"). A failure pattern on the serial console, a crash or `verify-timeout` fails the step; the serial log is uploaded beside the ISO either way.","default":"none"},"verify-timeout":{"description":"Limit for all phases of `verify` together: 90s, 30m, 2h (a bare number is seconds). Default 30m.","default":"30m"},"verify-boot-pattern":{"description":"Regular expression (JavaScript) on a line of the serial console that means Trident has started in the live OS (systemd starting trident-install.service): the end of the boot phase. Default: `Starting (?:trident-install\\\\.service|Trident Provisioning Service)`.","default":"Starting (?:trident-install\\\\.service|Trident Provisioning Service)"},"verify-login-pattern":{"description":"Regular expression on the serial console of the installed OS\'s first boot (the second VM run, without the ISO) that means it is up; `{hostname}` stands for the host config\'s os.hostname (any host name when it sets none). Default: `{hostname} login:`.","default":"{hostname} login:"},"verify-failure-pattern":{"description":"Regular expression that fails `verify` at once when a serial console line matches it: Trident\'s error headers, systemd failing trident-install.service, a kernel panic, OVMF finding nothing to boot or refusing a loader, an emergency shell. Default: `Trident failed|Trident reported failed health checks|Failed to start (?:trident-install\\\\.service|Trident Provisioning Service)|Kernel panic|No bootable option|Access Denied|emergency mode`.","default":"Trident failed|Trident reported failed health checks|Failed to start (?:trident-install\\\\.service|Trident Provisioning Service)|Kernel panic|No bootable option|Access Denied|emergency mode"},"verify-memory":{"description":"Memory of the VM, in MiB or with M or G. Default 4G.","default":"4G"},"verify-cpus":{"description":"Virtual CPUs of the VM, 1 to 64. Default 2.","default":"2"},"verify-disk-size":{"description":"Size of every disk of `verify: install` (such as 16G). Default: empty, each disk as large as its fixed partitions plus 2 MiB for the GPT, plus 8 GiB when a partition is `grow` (the disks are sparse qcow2 files: only what Trident writes takes space).","default":""},"verify-accelerator":{"description":"`auto` (default): KVM when /dev/kvm can be opened, falling back to TCG when KVM fails to start the VM; `kvm`; or `tcg` (emulation, many times slower).","default":"auto"},"verify-disk-dir":{"description":"An existing folder (relative to the workspace) to keep the installed disks in after a passed `install`, each as `<disk id>.qcow2`; an existing file there is never overwritten. Default: empty, the disks are removed.","default":""},"container-engine":{"description":"Container engine, docker (default) or podman.","default":"docker"},"log-level":{"description":"Image Customizer\'s --log-level: panic, fatal, error, warn, info (default), debug or trace.","default":"info"},"validate-only":{"description":"true: check every input, write the config and print the exact commands, then stop without building (needs no privileges: for pull-request checks). Default false.","default":"false"},"cache":{"description":"Cache the base image (by digest) and RPMs built from a clean `trident-source` (by commit) with the Actions cache, true (default) or false.","default":"true"},"registry-username":{"description":"Username for the registry of `base-image`. Default empty (anonymous).","default":""},"registry-password":{"description":"Password or token for the registry of `base-image`; passed on standard input, masked in logs. Default empty.","default":""},"imagecustomizer-registry-username":{"description":"Username for the registry of `imagecustomizer-image`. Default empty.","default":""},"imagecustomizer-registry-password":{"description":"Password or token for the registry of `imagecustomizer-image`; passed on standard input, masked in logs. Default empty.","default":""}}');
;// CONCATENATED MODULE: ./build/entry/cli.js
// trident-iso: the same pipeline outside GitHub Actions. Every action input is
// a flag of the same name (--host-config, --cosi, ...), with action.yml's
// defaults, and main() runs unchanged with a terminal Runtime.













/**
 * action.yml is the one list of inputs: scripts/bundle.js writes its inputs (descriptions, defaults) to
 * src/data/action-inputs.json, bundled here, so that no start of the CLI parses action.yml's YAML.
 */
const ACTION_INPUTS = action_inputs_namespaceObject;
// Outside a workflow there is no artifact service (no upload) and no job token.
const CLI_DEFAULTS = { upload: 'false', 'github-token': '' };
/** Inputs that act only inside a workflow job (the artifact and cache services, another run's artifacts): no flags of the CLI. */
const WORKFLOW_ONLY = ['upload', 'archive', 'artifact-name', 'overwrite', 'retention-days', 'cache', 'patch-iso-run-id', 'github-token'];
/** The flags of the CLI: every input but the workflow-only ones. */
function cliFlags(inputs) {
    return Object.fromEntries(Object.entries(inputs).filter(([name]) => !WORKFLOW_ONLY.includes(name)));
}
/** The edit distance of two flag names (Levenshtein). Pure. */
function distance(a, b) {
    let row = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
        const next = [i];
        for (let j = 1; j <= b.length; j++)
            next[j] = Math.min((row[j] ?? 0) + 1, (next[j - 1] ?? 0) + 1, (row[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1));
        row = next;
    }
    return row[b.length] ?? 0;
}
/** The flag meant by a misspelt one, when one is close. Pure. */
function didYouMean(given, names) {
    let best;
    for (const name of names) {
        const d = distance(given, name);
        if (!best || d < best.d)
            best = { name, d };
    }
    return best && best.d <= Math.max(2, Math.floor(given.length / 4)) ? best.name : undefined;
}
function usage(inputs) {
    const lines = [
        'Usage: trident-iso --host-config FILE [--cosi FILE] [options]',
        '       trident-iso verify --iso FILE [--host-config FILE] [options]   (see trident-iso verify --help)',
        '       trident-iso patch --iso FILE --host-config FILE --output FILE [options]   (see trident-iso patch --help)',
        '',
        'Builds a Trident installer ISO with Image Customizer (docker or podman, privileged).',
        'Every input of the GitHub Action is a flag of the same name:',
        '',
    ];
    for (const [name, spec] of Object.entries(cliFlags(inputs))) {
        const value = CLI_DEFAULTS[name] ?? spec.default ?? '';
        if (name.endsWith('-password')) {
            lines.push(`  ${passwordVariable(name)}=... (environment) or --${name}-stdin (one line on standard input)`);
            lines.push(`      ${spec.description.replace(/\s+/g, ' ').trim()}`);
            lines.push(`      Use one of these two: --${name} VALUE also works but shows the password in the process list.`);
            continue;
        }
        lines.push(`  --${name}${value ? ` (default: ${value.replace(/\n/g, ' ')})` : ''}`);
        lines.push(`      ${spec.description.replace(/\s+/g, ' ').trim()}`);
    }
    lines.push('', 'Boolean inputs may be given bare: --validate-only is --validate-only true.', 'A password is given one way only (its variable, its -stdin flag or its flag); two ways, or an empty standard input, is an error.', `Workflow-only inputs (${WORKFLOW_ONLY.join(', ')}) are not flags: outside a job there is no artifact or cache service; the ISO stays at --output.`, '  --help  show this text');
    return lines.join('\n');
}
const BOOLEAN_INPUTS = ['upload', 'archive', 'validate-only', 'cache', 'patchable'];
/** Inputs that hold a secret: given as a flag they would be visible in the process list. */

/** The environment variable a password input is read from: TRIDENT_ISO_REGISTRY_PASSWORD for registry-password. */

/**
 * Fills the password inputs from where the user put them: standard input
 * (--<name>-stdin, one of them, one line), the environment variable, or the
 * flag (which works, with a warning: `ps` shows it). A password from two of
 * these places is refused (which one would win is a guess), as is an empty
 * or multi-line standard input. Returns the warnings to print.
 */

/**
 * Takes the CLI's password variables out of this process's environment once
 * read, so that what libraries start on their own (tool-cache's `tar` for a
 * .tar.gz of RPMs) does not inherit them; returns the copy taken before.
 */

/** What standard input may hold for a password: an input is at most 4096 characters, and UTF-8 takes up to 4 bytes each, plus its line end. */
const PASSWORD_STDIN_BYTES = 4096 * 4 + 2;
/**
 * Standard input, read up to `limit` bytes: more is refused at once (a
 * password, not a file piped by mistake, which would otherwise be read whole
 * into memory).
 */
function readStdinBounded(limit) {
    const buffer = Buffer.alloc(limit + 1);
    let filled = 0;
    for (;;) {
        let n;
        try {
            n = (0,external_node_fs_.readSync)(0, buffer, filled, buffer.length - filled, null);
        }
        catch (error) {
            // A non-blocking standard input with nothing yet: wait and read again.
            if (error.code === 'EAGAIN') {
                Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 10);
                continue;
            }
            if (error.code === 'EOF')
                break;
            throw error;
        }
        if (n === 0)
            break;
        filled += n;
        if (filled > limit)
            throw new Error(`standard input holds more than ${limit} bytes; give the password alone, on one line`);
    }
    return buffer.subarray(0, filled).toString('utf8');
}
/** Flags → input values (the Runtime's getInput). Throws on an unknown flag, naming the flag meant, and on a workflow-only one. */

function where(a) {
    if (!a.file)
        return '';
    return ` ${a.file}${a.line ? `:${a.line}${a.column ? `:${a.column}` : ''}` : ''}`;
}
/** A Runtime for a terminal: lines to stdout, errors to stderr, outputs and state kept here. */

/** The flags of `trident-iso verify`: the ISO, the host config it carries, and the verify-* inputs. */
function verifyFlags(inputs) {
    const flags = {
        iso: { description: 'The installer ISO to verify (built by this action or elsewhere). Required.' },
    };
    for (const [name, spec] of Object.entries(inputs)) {
        if (name === 'host-config')
            flags[name] = {
                description: 'The host config the ISO carries: the VM gets the disks it names and expects its os.hostname. Required for install.',
            };
        else if (name === 'verify')
            flags[name] = { ...spec, default: 'install', description: 'boot or install (default: install).' };
        else if (name.startsWith('verify-'))
            flags[name] = spec;
    }
    return flags;
}
function verifyUsage(flags) {
    const lines = [
        'Usage: trident-iso verify --iso FILE [--host-config FILE] [options]',
        '',
        'Boots an installer ISO in a VM (QEMU with OVMF) as the action does with `verify`, without',
        'building anything: the live OS and Trident start; with install, Trident installs onto',
        'blank disks where the host config says and the installed OS boots to its login prompt.',
        'The serial log goes beside the ISO (<name>.serial.log).',
        '',
    ];
    for (const [name, spec] of Object.entries(flags)) {
        lines.push(`  --${name}${spec.default ? ` (default: ${spec.default})` : ''}`);
        lines.push(`      ${spec.description.replace(/\s+/g, ' ').trim()}`);
    }
    return lines.join('\n');
}
/** Runs a procedure with a terminal Runtime; prints the outputs, then cleans up (there is no post step here). */

async function cliVerify(out, argv, inputs) {
    const flags = verifyFlags(inputs);
    let parsed;
    try {
        parsed = parseFlags(argv, flags);
    }
    catch (error) {
        process.stderr.write(`trident-iso verify: ${(0,errors/* errorMessage */.g)(error)}\nRun trident-iso verify --help for the flags.\n`);
        return 2;
    }
    if (parsed.help) {
        process.stdout.write(`${verifyUsage(flags)}\n`);
        return 0;
    }
    const iso = parsed.values.iso ?? '';
    if (!iso) {
        process.stderr.write('trident-iso verify: --iso is required: the installer ISO to verify.\n');
        return 2;
    }
    return runInTerminal(out, parsed.values, (rt) => verifyOnly(rt, iso), (outputs, say) => {
        for (const [name, value] of Object.entries(outputs))
            if (value)
                say(`${name}: ${value.replace(/\n/g, ' ')}`);
    });
}
/**
 * This CLI's own lines, to fd 1 until something creates process.stdout (stdoutWriter: creating it loads
 * Node's streams and, for a pipe, net); process.stdout, once made, is a terminal's (terminalStdout).
 */

/**
 * A terminal, not a runner: the `::debug::` lines @actions/* libraries print
 * for a runner to hide are dropped (shown as `debug:` with RUNNER_DEBUG=1),
 * and a reader that went away (`| head`) ends the output, not the process
 * with an EPIPE stack trace.
 */
function terminalStdout(stream, debug) {
    const write = stream.write.bind(stream);
    let closed = false;
    stream.on('error', (error) => {
        if (error.code !== 'EPIPE')
            throw error;
        closed = true;
    });
    const filtered = (chunk, ...rest) => {
        if (closed)
            return true;
        if (typeof chunk === 'string' && chunk.startsWith('::debug::')) {
            return debug ? write(chunk.replace(/^::debug::/, 'debug: '), ...rest) : true;
        }
        return write(chunk, ...rest);
    };
    stream.write = filtered;
}
/** The inputs `trident-iso patch` takes as flags (besides --iso and --in-place): what checks the host config, and verify. */
const PATCH_INPUTS = ['host-config', 'output', 'cosi-destination', 'host-config-image', 'trident-rpms', 'platform', 'validate-only', 'log-level'];
/** The flags of `trident-iso patch`: the ISO, the host config to put in, the output, and what checks it. */
function patchFlags(inputs) {
    const flags = {
        iso: {
            description: "The ISO to patch, built with --patchable true (or the action's patchable). Required. Never modified unless --in-place is given.",
        },
    };
    for (const [name, spec] of Object.entries(inputs)) {
        if (name === 'host-config')
            flags[name] = { description: "The host config to put into the ISO's placeholder, checked as a build checks it. Required." };
        else if (name === 'output')
            flags[name] = { description: 'Where the patched ISO is written; it must not exist. Required unless --in-place.' };
        else if (PATCH_INPUTS.includes(name) || name === 'verify' || name.startsWith('verify-'))
            flags[name] = spec;
    }
    flags['in-place'] = { description: "Write the new host config into --iso itself (no copy); only the placeholder's bytes change." };
    return flags;
}
function patchUsage(flags) {
    const lines = [
        'Usage: trident-iso patch --iso FILE --host-config FILE --output FILE [options]',
        '',
        'Puts another host config into an ISO built with --patchable true: the placeholder file on the',
        'ISO media is rewritten, nothing else. No container, no pulls, no root. The host config is checked',
        'as a build checks it (schema, image.url/sha384 against the COSI the ISO carries; trident validate',
        "with --trident-rpms). Prints the patched ISO's path, size and SHA-256.",
        '',
    ];
    for (const [name, spec] of Object.entries(flags)) {
        lines.push(`  --${name}${spec.default ? ` (default: ${spec.default})` : ''}`);
        lines.push(`      ${spec.description.replace(/\s+/g, ' ').trim()}`);
    }
    return lines.join('\n');
}
async function cliPatch(out, argv, inputs) {
    const flags = patchFlags(inputs);
    let parsed;
    try {
        // --in-place is a bare flag, like the boolean inputs.
        parsed = parseFlags(argv.map((arg) => (arg === '--in-place' ? '--in-place=true' : arg)), flags);
    }
    catch (error) {
        process.stderr.write(`trident-iso patch: ${(0,errors/* errorMessage */.g)(error)}\nRun trident-iso patch --help for the flags.\n`);
        return 2;
    }
    if (parsed.help) {
        process.stdout.write(`${patchUsage(flags)}\n`);
        return 0;
    }
    const { iso = '', 'in-place': inPlaceFlag = '', ...given } = parsed.values;
    const inPlace = inPlaceFlag === 'true';
    const missing = !iso
        ? '--iso'
        : !given['host-config']
            ? '--host-config'
            : !inPlace && !argv.some((a) => a === '--output' || a.startsWith('--output='))
                ? '--output'
                : undefined;
    if (missing) {
        process.stderr.write(`trident-iso patch: ${missing} is required. Run trident-iso patch --help for the flags.\n`);
        return 2;
    }
    // Every other input at its default (a build's inputs stay empty, and patch mode refuses them if set).
    const values = {};
    for (const [name, spec] of Object.entries(inputs))
        values[name] = CLI_DEFAULTS[name] ?? spec.default ?? '';
    Object.assign(values, given, { 'patch-iso': iso, ...(inPlace ? { output: iso } : {}) });
    return runInTerminal(out, values, (rt) => patchOnly(rt, { inPlace }), (outputs, say) => {
        for (const name of ['iso-path', 'iso-size', 'iso-sha256', 'verify-result'])
            if (outputs[name])
                say(`${name}: ${outputs[name].replace(/\n/g, ' ')}`);
    });
}


var __webpack_exports__WORKFLOW_ONLY = __webpack_exports__.JR;
var __webpack_exports__cli = __webpack_exports__.xw;
var __webpack_exports__didYouMean = __webpack_exports__.au;
var __webpack_exports__parseFlags = __webpack_exports__.bQ;
var __webpack_exports__passwordInputs = __webpack_exports__.hW;
var __webpack_exports__passwordVariable = __webpack_exports__.y;
var __webpack_exports__patchFlags = __webpack_exports__.uA;
var __webpack_exports__patchUsage = __webpack_exports__.qU;
var __webpack_exports__resolvePasswords = __webpack_exports__.$w;
var __webpack_exports__takePasswordVariables = __webpack_exports__.eO;
var __webpack_exports__terminalStdout = __webpack_exports__.CZ;
var __webpack_exports__usage = __webpack_exports__.CI;
var __webpack_exports__verifyFlags = __webpack_exports__.XE;
var __webpack_exports__verifyUsage = __webpack_exports__.Nx;
export { __webpack_exports__WORKFLOW_ONLY as WORKFLOW_ONLY, __webpack_exports__cli as cli, __webpack_exports__didYouMean as didYouMean, __webpack_exports__parseFlags as parseFlags, __webpack_exports__passwordInputs as passwordInputs, __webpack_exports__passwordVariable as passwordVariable, __webpack_exports__patchFlags as patchFlags, __webpack_exports__patchUsage as patchUsage, __webpack_exports__resolvePasswords as resolvePasswords, __webpack_exports__takePasswordVariables as takePasswordVariables, __webpack_exports__terminalStdout as terminalStdout, __webpack_exports__usage as usage, __webpack_exports__verifyFlags as verifyFlags, __webpack_exports__verifyUsage as verifyUsage };
