export const id = 948;
export const ids = [948];
export const modules = {

/***/ 948:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ENGINE_INFO_FORMAT: () => (/* binding */ ENGINE_INFO_FORMAT),
  EngineError: () => (/* binding */ EngineError),
  checkEngine: () => (/* binding */ checkEngine),
  engineInfoProblem: () => (/* binding */ engineInfoProblem),
  privilegeVerdict: () => (/* binding */ privilegeVerdict),
  pullImage: () => (/* binding */ pullImage),
  removeContainer: () => (/* binding */ removeContainer),
  rootRemover: () => (/* binding */ rootRemover),
  runContainer: () => (/* binding */ runContainer),
  tryPrivileged: () => (/* binding */ tryPrivileged)
});

// EXTERNAL MODULE: ./build/context/errors.js
var errors = __webpack_require__(997);
;// CONCATENATED MODULE: ./build/context/oci-ref.js
// Image references as the distribution spec writes them:
// [registry[:port]/]repository[:tag][@sha256:hex]. One reading for every use:
// the inputs' form check, the registry a login goes to, the version a tag
// names, and the reference pinned by the digest it resolved to.
// Lower-case path components as the distribution spec allows.
const COMPONENT = '[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*';
const OCI_REF = new RegExp(`^(?:[a-zA-Z0-9][a-zA-Z0-9.-]*(?::[0-9]+)?/)?${COMPONENT}(?:/${COMPONENT})*(?::[A-Za-z0-9_][A-Za-z0-9_.-]{0,127})?(?:@sha256:[a-f0-9]{64})?$`);
/** Whether ref is a well-formed image reference (never one a tool would read as an option: it starts with a letter or digit). */
function isImageRef(ref) {
    return !ref.startsWith('-') && OCI_REF.test(ref);
}
/** Splits a reference into its parts (without judging its form: see isImageRef). */
function parseImageRef(ref) {
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
}
/** The registry host of an image reference (docker.io when it names none). */
function registryOf(ref) {
    return parseImageRef(ref).registry ?? 'docker.io';
}
/** ref by digest ([registry/]repository@sha256:...), so that what is pulled is what was resolved. */
function pinnedRef(ref, digest) {
    return `${parseImageRef(ref).name}@${digest}`;
}
/** The version in an image reference's tag (`...:1.6.0`, `...:v1.6.0`), if it has one. */
function tagVersion(ref) {
    const { tag } = parseImageRef(ref);
    return tag === undefined ? undefined : /^v?(\d+\.\d+\.\d+)/.exec(tag)?.[1];
}

// EXTERNAL MODULE: ./build/tools/exec.js + 1 modules
var tools_exec = __webpack_require__(216);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(760);
;// CONCATENATED MODULE: ./build/tools/argv.js
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
    return external_node_path_.join(dir, engine === 'docker' ? 'config.json' : 'auth.json');
}
/** The argv of the login and the pull; pure, so validate-only can print exactly what would run. */
function pullArgv(o) {
    // docker takes a config folder before the command; podman an auth file after it.
    const before = o.authDir && o.engine === 'docker' ? ['--config', o.authDir] : [];
    const after = o.authDir && o.engine === 'podman' ? ['--authfile', authFile('podman', o.authDir)] : [];
    return {
        ...(o.authDir && o.username
            ? { login: [o.engine, ...before, 'login', ...after, registryOf(o.image), '--username', o.username, '--password-stdin'] }
            : {}),
        // `--` ends the options (docker and podman parse them with spf13/pflag): the image is never read as one.
        pull: [o.engine, ...before, 'pull', ...after, '--platform', o.platform, '--', o.image],
    };
}

;// CONCATENATED MODULE: ./build/tools/registry-auth.js
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

// EXTERNAL MODULE: ./build/tools/abortable.js
var abortable = __webpack_require__(54);
;// CONCATENATED MODULE: ./build/tools/retry.js
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
function retryPolicy(env) {
    const fromEnv = Number(env.TRIDENT_ISO_RETRY_BASE_MS);
    const baseMs = env.TRIDENT_ISO_RETRY_BASE_MS !== undefined && Number.isFinite(fromEnv) && fromEnv >= 0 ? fromEnv : 5_000;
    return { attempts: 4, baseMs };
}
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
            return reject((0,abortable/* abortError */.vt)(signal));
        const onAbort = () => (clearTimeout(timer), reject((0,abortable/* abortError */.vt)(signal)));
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

;// CONCATENATED MODULE: ./build/tools/engine.js
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
    const argv = pullArgv({ ...o, ...(o.auth ? { authDir: o.auth.dir, username: o.auth.username } : {}) });
    const step = async (what, command, input) => {
        await retryTransient(`${o.engine} ${what}`, () => exec.runChecked(command, {
            ...(input === undefined ? {} : { input }),
            ...(o.onLine ? { onLine: o.onLine } : {}),
            ...(o.signal ? { signal: o.signal } : {}),
        }), { policy: o.retry, log: o.onLine, signal: o.signal }).catch((error) => {
            if (o.signal?.aborted || !(error instanceof tools_exec.CommandError))
                throw error;
            throw new EngineError(what, o.image, isTransient(error.message), (0,errors/* errorMessage */.g)(error));
        });
    };
    if (o.auth && argv.login) {
        await seedRegistryConfig(authFile(o.engine, o.auth.dir), registryOf(o.image));
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


/***/ })

};
