export const id = 207;
export const ids = [207];
export const modules = {

/***/ 54590:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {
var containerArgv = (function (spec) {
    const argv = [spec.engine, 'run', '--rm', '--privileged', '--name', spec.name, '--platform', spec.platform];
    // Image Customizer needs the host's loop devices; before 1.5 it relies on the host /dev.
    if (spec.features.needsDevMount)
        argv.push('-v', '/dev:/dev');
    for (const m of spec.mounts)
        argv.push('-v', `${m.host}:${m.container}${m.readOnly ? ':ro' : ''}`);
    // `--` ends the engine's options (docker and podman parse with cobra/pflag): the image is never read as one.
    argv.push('--', spec.image);
    if (spec.features.needsCommandArgument)
        argv.push('imagecustomizer');
    argv.push('--log-level', spec.logLevel);
    argv.push('--build-dir', IN_CONTAINER.build);
    argv.push('--image-file', spec.imageFile);
    argv.push('--config-file', spec.configFile);
    if (spec.rpmSource)
        argv.push('--rpm-source', spec.rpmSource);
    argv.push('--output-image-file', spec.outputFile);
    argv.push('--output-image-format', 'iso');
    // The action never sends telemetry on the user's behalf.
    if (spec.features.hasDisableTelemetry)
        argv.push('--disable-telemetry');
    return argv;
});
var unmountablePath = (function (hostPath) {
    return hostPath.includes(':');
});

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   o6: (() => (/* binding */ IN_CONTAINER)),
/* harmony export */   oM: (() => (/* binding */ containerArgv)),
/* harmony export */   qq: (() => (/* binding */ unmountablePath))
/* harmony export */ });
/** Where things appear inside the container. */
const IN_CONTAINER = {
    config: '/config',
    cosiDir: '/inputs/cosi',
    baseDir: '/inputs/base',
    rpms: '/rpms',
    build: '/build',
    output: '/output',
};
/** The full argv of `<engine> run ...` for Image Customizer. */

/** A host path that `-v host:container[:ro]` cannot express. */



/***/ }),

/***/ 57195:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {
var bootOverridePaths = (function () {
    const early = ['/etc/systemd/system.control', '/etc/systemd/system', '/etc/systemd/system.attached', '/usr/local/lib/systemd/system'];
    const paths = [];
    for (const dir of early)
        paths.push(..._config_js__WEBPACK_IMPORTED_MODULE_1__/* .PROCEDURE_SERVICES */ .j2.flatMap(((unit) => [`${dir}/${unit}`, `${dir}/${unit}.d`])), `${dir}/trident-.service.d`, `${dir}/service.d`);
    paths.push(..._config_js__WEBPACK_IMPORTED_MODULE_1__/* .PROCEDURE_SERVICES */ .j2.map(((unit) => `/usr/lib/systemd/system/${unit}.d`)), '/usr/lib/systemd/system/trident-.service.d');
    paths.push('/usr/local/sbin/trident', '/usr/local/bin/trident', '/usr/sbin/trident');
    return paths;
});

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FK: () => (/* binding */ isInside),
/* harmony export */   JR: () => (/* binding */ kernelArgumentProblems),
/* harmony export */   VI: () => (/* binding */ namedFiles),
/* harmony export */   lQ: () => (/* binding */ ownedPathProblems),
/* harmony export */   pP: (() => (/* binding */ bootOverridePaths)),
/* harmony export */   qX: () => (/* binding */ ownedPaths),
/* harmony export */   vp: () => (/* binding */ bootOverrideProblems)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var _context_input_types_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(12116);
/* harmony import */ var _context_mapping_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(60114);
/* harmony import */ var _iso_placeholder_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(71879);
/* harmony import */ var _config_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1954);
/* harmony import */ var _media_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3246);
// What extra-config may not do to the ISO the action builds, and what a
// user's own config may not name. The ISO carries exactly one host config,
// the one the action checked: so no other entry may write to a path the
// action owns (the host config, the journal drop-in, the /mnt/trident_cdrom
// link Trident reads the ISO media through, the COSI and the patchable
// placeholder on the media), in any form Image Customizer reads
// (os.additionalFiles and iso.additionalFiles, with content or a source;
// os.additionalDirs), nor to a folder of one (a file there makes the owned
// path impossible to write) nor below one (through the link, or under a file),
// nor, on the media, among Image Customizer's own boot files. Kernel arguments
// from extra-config get the check the kernel-command-line input gets. Pure.






/** A destination as Image Customizer writes it: `//etc/./trident/config.yaml/` is /etc/trident/config.yaml. */
function normalDestination(destination) {
    const normal = node_path__WEBPACK_IMPORTED_MODULE_0__.posix.normalize(`/${destination}`);
    return normal.length > 1 ? normal.replace(/\/+$/, '') : normal;
}
/** The paths in the live OS (os) and on the ISO media (iso) that the action writes. */
function ownedPaths(o = {}) {
    return {
        os: [_config_js__WEBPACK_IMPORTED_MODULE_1__/* .HOST_CONFIG_DESTINATION */ .Ry, _config_js__WEBPACK_IMPORTED_MODULE_1__/* .JOURNAL_TO_CONSOLE */ .MQ.destination, _config_js__WEBPACK_IMPORTED_MODULE_1__/* .CDROM_LINK */ .Hl],
        iso: [...(o.cosiDestination ? [normalDestination(o.cosiDestination)] : []), ...(o.patchable ? [_iso_placeholder_js__WEBPACK_IMPORTED_MODULE_2__/* .PLACEHOLDER_ISO_PATH */ .Aw] : [])],
    };
}
/**
 * Where the live OS's systemd would read another definition of Trident's
 * units, and where another `trident` would be found first. trident-install.service
 * runs `trident install`, which reads /etc/trident/config.yaml (microsoft/trident
 * packaging/systemd/trident-install.service); the RPM puts the units in
 * /usr/lib/systemd/system (packaging/rpm/trident.spec, %{_unitdir}). systemd
 * (>= 255, which Trident requires) reads, before that folder, a unit of the
 * same name or drop-ins (`<unit>.d/`, the prefix `trident-.service.d/`, and
 * `service.d/` for every service) from the folders below (systemd.unit(5),
 * "Unit File Load Path"); /run is a tmpfs at boot, so the image's /run is
 * never read. A command without a path in ExecStart is looked up in
 * /usr/local/sbin, /usr/local/bin, /usr/sbin, /usr/bin (systemd.service(5),
 * "Command lines"). None of these may exist in the live OS (an empty folder is
 * fine); the package's own unit and /usr/bin/trident are Trident's.
 */

/** Live OS paths an overlay may not cover: what the action writes, the ISO's mount the link leads to, and where boot overrides would be. */
function overlayProtected() {
    return [_config_js__WEBPACK_IMPORTED_MODULE_1__/* .HOST_CONFIG_DESTINATION */ .Ry, _config_js__WEBPACK_IMPORTED_MODULE_1__/* .JOURNAL_TO_CONSOLE */ .MQ.destination, _config_js__WEBPACK_IMPORTED_MODULE_1__/* .CDROM_LINK */ .Hl, _config_js__WEBPACK_IMPORTED_MODULE_1__/* .CDROM_LINK_TARGET */ .BP, ...bootOverridePaths()];
}
/** `p` is the folder `dir` or a path inside it (live OS and media paths, POSIX). */
function within(dir, p) {
    return p === dir || p.startsWith(dir === '/' ? '/' : `${dir}/`);
}
/** `inner` is below `outer` (a path inside the folder `outer`, not the folder itself). */
function isBelow(outer, inner) {
    return inner !== outer && within(outer, inner);
}
/**
 * extra-config entries that would, at boot, make Trident read another config
 * or hide what the action wrote: a file where systemd reads another definition
 * of Trident's units or another `trident` (bootOverridePaths), and an
 * os.overlays mount over any of those or over a path the action writes.
 */
function bootOverrideProblems(extra) {
    const problems = [];
    const overrides = bootOverridePaths();
    for (const key of ['additionalFiles', 'additionalDirs']) {
        listAt(extra, 'os', key).forEach((entry, i) => {
            if (!(0,_context_mapping_js__WEBPACK_IMPORTED_MODULE_3__/* .isMapping */ .p)(entry) || typeof entry.destination !== 'string')
                return;
            const destination = normalDestination(entry.destination);
            const hit = overrides.find((p) => within(p, destination));
            if (hit)
                problems.push({
                    pointer: `/os/${key}/${i}/destination`,
                    message: `writes ${destination}, where systemd or the live OS would find another definition of Trident's units or another trident (${hit}); the installer runs Trident's own units with the host config the action checked`,
                });
        });
    }
    listAt(extra, 'os', 'overlays').forEach((entry, i) => {
        if (!(0,_context_mapping_js__WEBPACK_IMPORTED_MODULE_3__/* .isMapping */ .p)(entry) || typeof entry.mountPoint !== 'string')
            return;
        const mountPoint = normalDestination(entry.mountPoint);
        const covered = overlayProtected().filter((p) => within(mountPoint, p) || within(p, mountPoint));
        if (covered.length > 0)
            problems.push({
                pointer: `/os/overlays/${i}/mountPoint`,
                message: `mounts an overlay at ${mountPoint}, over ${covered.slice(0, 3).join(', ')}${covered.length > 3 ? ', …' : ''}: at boot it would hide what the action wrote or change which config Trident reads; mount it elsewhere`,
            });
    });
    return problems;
}
function listAt(config, section, key) {
    const holder = config[section];
    if (!(0,_context_mapping_js__WEBPACK_IMPORTED_MODULE_3__/* .isMapping */ .p)(holder))
        return [];
    const list = holder[key];
    return Array.isArray(list) ? list : [];
}
/** Entries of extra-config that would write where the action writes, over a folder of it, or below it. */
function ownedPathProblems(extra, owned) {
    const problems = [];
    for (const section of ['os', 'iso']) {
        const mine = owned[section];
        for (const key of ['additionalFiles', 'additionalDirs']) {
            listAt(extra, section, key).forEach((entry, i) => {
                if (!(0,_context_mapping_js__WEBPACK_IMPORTED_MODULE_3__/* .isMapping */ .p)(entry) || typeof entry.destination !== 'string')
                    return;
                const destination = normalDestination(entry.destination);
                const pointer = `/${section}/${key}/${i}/destination`;
                const media = section === 'iso' ? (0,_media_js__WEBPACK_IMPORTED_MODULE_4__/* .customizerMediaDir */ .T)(destination) : undefined;
                const message = media
                    ? `writes ${destination}, under ${media}, where Image Customizer puts the ISO's own boot files and live OS and copies additional files over them; choose another destination`
                    : clash(key, destination, mine);
                if (message)
                    problems.push({ pointer, message });
            });
        }
    }
    return problems;
}
/** Why writing `destination` (a file, or a folder copied) touches a path the action owns, or undefined. */
function clash(key, destination, mine) {
    const same = mine.find((p) => p === destination);
    if (same && key === 'additionalFiles')
        return `writes ${destination}, which the action writes itself (${describe(destination)}); the ISO carries exactly one, the one the action checked`;
    const covered = mine.filter((p) => within(destination, p));
    if (covered.length > 0) {
        return key === 'additionalDirs'
            ? `copies a folder over ${destination}, which holds ${covered.join(', ')}, written by the action itself; give the files one by one elsewhere`
            : `writes a file at ${destination}, a folder of ${covered.join(', ')}, which the action writes itself (${describe(covered[0] ?? '')}); choose another destination`;
    }
    const over = mine.find((p) => isBelow(p, destination));
    if (over)
        return `writes ${destination}, below ${over}, which the action writes itself (${describe(over)}); what is there is the action's, choose another destination`;
    return undefined;
}
function describe(destination) {
    if (destination === _config_js__WEBPACK_IMPORTED_MODULE_1__/* .HOST_CONFIG_DESTINATION */ .Ry)
        return 'the host config Trident reads: give it as host-config';
    if (destination === _config_js__WEBPACK_IMPORTED_MODULE_1__/* .JOURNAL_TO_CONSOLE */ .MQ.destination)
        return 'the journal on the console';
    if (destination === _config_js__WEBPACK_IMPORTED_MODULE_1__/* .CDROM_LINK */ .Hl)
        return 'the link to the ISO media, through which Trident reads the COSI';
    if (destination === _iso_placeholder_js__WEBPACK_IMPORTED_MODULE_2__/* .PLACEHOLDER_ISO_PATH */ .Aw)
        return "the host config's placeholder with patchable";
    return 'the COSI, from the cosi input';
}
/** extra-config's kernel arguments (os and iso extraCommandLine, a list or a string), each checked as kernel-command-line's words are. */
function kernelArgumentProblems(extra) {
    const problems = [];
    for (const section of ['os', 'iso']) {
        const holder = extra[section];
        if (!(0,_context_mapping_js__WEBPACK_IMPORTED_MODULE_3__/* .isMapping */ .p)(holder) || !(0,_context_mapping_js__WEBPACK_IMPORTED_MODULE_3__/* .isMapping */ .p)(holder.kernelCommandLine))
            continue;
        const pointer = `/${section}/kernelCommandLine/extraCommandLine`;
        const value = holder.kernelCommandLine.extraCommandLine;
        const items = Array.isArray(value)
            ? value.map((v, i) => [`${pointer}/${i}`, v])
            : value === undefined
                ? []
                : [[pointer, value]];
        for (const [at, item] of items) {
            if (typeof item !== 'string')
                continue; // the schema check says what type it must be
            const words = item.split(/\s+/).filter(Boolean);
            const bad = words.find((w) => !_context_input_types_js__WEBPACK_IMPORTED_MODULE_5__/* .KERNEL_ARG */ .$q.test(w));
            if (bad !== undefined)
                problems.push({ pointer: at, message: `holds '${bad}': kernel arguments may use letters, digits and _ . , : = / + @ % - only` });
            else if (Array.isArray(value) && words.length !== 1)
                problems.push({ pointer: at, message: `holds ${words.length} arguments in one entry; give one argument per list item` });
        }
    }
    return problems;
}
/** Every file a config names on the host (fileReferences), with the path as written. */
function namedFiles(config) {
    const out = [];
    for (const pointer of (0,_config_js__WEBPACK_IMPORTED_MODULE_1__/* .fileReferences */ .bd)(config)) {
        const value = valueAt(config, pointer);
        for (const file of Array.isArray(value) ? value : [value])
            if (typeof file === 'string')
                out.push({ pointer, file });
    }
    return out;
}
/** Whether `file` (absolute) is `dir` or inside it. */
function isInside(dir, file) {
    return file === dir || file.startsWith(dir.endsWith(node_path__WEBPACK_IMPORTED_MODULE_0__.sep) ? dir : `${dir}${node_path__WEBPACK_IMPORTED_MODULE_0__.sep}`);
}
function valueAt(value, pointer) {
    let here = value;
    for (const segment of pointer.split('/').slice(1)) {
        const key = segment.replaceAll('~1', '/').replaceAll('~0', '~');
        here = Array.isArray(here) ? here[Number(key)] : (0,_context_mapping_js__WEBPACK_IMPORTED_MODULE_3__/* .isMapping */ .p)(here) ? here[key] : undefined;
    }
    return here;
}


/***/ }),

/***/ 56454:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {
var splitPackageLists = (function (config) {
    const os = config.os;
    if (!(0,_context_yaml_js__WEBPACK_IMPORTED_MODULE_5__/* .isMapping */ .pi)(os) || !(0,_context_yaml_js__WEBPACK_IMPORTED_MODULE_5__/* .isMapping */ .pi)(os.packages))
        return { rest: config, refs: [], problems: [] };
    const packages = { ...os.packages };
    const refs = [];
    const problems = [];
    for (const key of PACKAGE_LIST_KEYS) {
        if (!(key in packages))
            continue;
        const value = packages[key];
        delete packages[key];
        const at = `/os/packages/${key}`;
        if (value === null)
            continue;
        if (!Array.isArray(value)) {
            problems.push({ path: at, message: 'must be a list of file paths' });
            continue;
        }
        value.forEach((item, i) => {
            if (typeof item === 'string' && item.trim() !== '')
                refs.push({ key, path: item, pointer: `${at}/${i}` });
            else
                problems.push({ path: `${at}/${i}`, message: 'must be a file path' });
        });
    }
    return { rest: { ...config, os: { ...os, packages } }, refs, problems };
});

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   So: () => (/* binding */ readPackageLists),
/* harmony export */   ml: (() => (/* binding */ splitPackageLists)),
/* harmony export */   rd: () => (/* binding */ PACKAGE_LIST_KEYS)
/* harmony export */ });
/* unused harmony export parsePackageList */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var _context_lookup_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(10860);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var _context_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(31997);
/* harmony import */ var _context_limits_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(76754);
/* harmony import */ var _context_yaml_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(24309);
// os.packages.installLists, removeLists and updateLists: fields Image
// Customizer reads from YAML only (`json:"-"` in
// toolkit/tools/imagecustomizerapi/packages.go, v0.18.0 and v1.6.0 alike), so
// its schema.json lacks them although the tool accepts them. Each names files
// of the form `packages: [name, ...]`, decoded strictly (imagecustomizerapi/
// packagelist.go, utils.go: KnownFields), relative to the config's folder
// (internal/file/file.go GetAbsPathWithBase). The schema checks the config
// without them; this module checks them and reads their files.






const PACKAGE_LIST_KEYS = ['installLists', 'removeLists', 'updateLists'];
/** The config without the YAML-only fields (for the schema), the lists they name, and what is malformed about them. Pure. */

/** The packages of a list file's text, or what is wrong with it (never its content: it may not be a list at all). Pure. */
function parsePackageList(text) {
    let value;
    try {
        value = (0,_context_yaml_js__WEBPACK_IMPORTED_MODULE_5__/* .parseBoundedYaml */ .EU)(text);
    }
    catch (error) {
        return { error: `is not valid YAML (${(0,_context_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .errorMessage */ .g)(error).split('\n')[0] ?? ''})` };
    }
    if (!(0,_context_yaml_js__WEBPACK_IMPORTED_MODULE_5__/* .isMapping */ .pi)(value))
        return { error: 'must be a YAML mapping with one key, `packages:`, a list of package names' };
    const unknown = Object.keys(value).filter((k) => k !== 'packages');
    if (unknown.length > 0)
        return { error: `has unknown key ${unknown.map((k) => `'${k.slice(0, 40)}'`).join(', ')} (Image Customizer reads only \`packages:\`)` };
    const packages = value.packages ?? [];
    if (!Array.isArray(packages))
        return { error: '`packages:` must be a list of package names' };
    const names = [];
    for (const item of packages) {
        if (typeof item !== 'string' && typeof item !== 'number')
            return { error: '`packages:` must list package names only' };
        names.push(String(item));
    }
    return { packages: names };
}
/**
 * Reads each list file. `base` is the folder relative paths start from, and
 * every file must lie inside it (for `config`, the one folder mounted into
 * the container). Returns the lists read and the problems found.
 */
function readPackageLists(refs, base) {
    const lists = [];
    const problems = [];
    // Synchronous: each call takes microseconds, an async one a round trip to libuv's thread pool.
    const realBase = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(base);
    for (const ref of refs) {
        const file = node_path__WEBPACK_IMPORTED_MODULE_2__.resolve(base, ref.path);
        const at = (message) => problems.push({ path: ref.pointer, message: `'${ref.path}' ${message}` });
        const real = (0,_context_lookup_js__WEBPACK_IMPORTED_MODULE_1__/* .realpathIfAny */ .Ln)(file);
        if (!real || !(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(real).isFile()) {
            at(`does not exist or is not a file (relative paths start at ${base})`);
            continue;
        }
        if (real !== realBase && !real.startsWith(`${realBase}${node_path__WEBPACK_IMPORTED_MODULE_2__.sep}`)) {
            at(`is outside ${base}; only that folder is available to Image Customizer: move the list into it`);
            continue;
        }
        let text;
        try {
            text = (0,_context_limits_js__WEBPACK_IMPORTED_MODULE_4__/* .readTextBounded */ .LW)(real, 'packageList');
        }
        catch (error) {
            at((0,_context_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .errorMessage */ .g)(error));
            continue;
        }
        const parsed = parsePackageList(text);
        if ('error' in parsed)
            at(parsed.error);
        else
            lists.push({ ...ref, file: real, packages: parsed.packages });
    }
    return { lists, problems };
}


/***/ }),

/***/ 40542:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {
var basePullDir = (function (ctx) {
    return ctx.cache ? node_path__WEBPACK_IMPORTED_MODULE_0__.join(ctx.cacheRoot, 'base-image') : ctx.work.base;
});
var mountsFor = (function (ctx, config, baseImageFile, rpmDir) {
    const { inputs, work } = ctx;
    const mounts = [
        { host: config.configDir, container: _customizer_argv_js__WEBPACK_IMPORTED_MODULE_1__/* .IN_CONTAINER */ .o6.config, readOnly: true },
        { host: baseImageFile, container: `${_customizer_argv_js__WEBPACK_IMPORTED_MODULE_1__/* .IN_CONTAINER */ .o6.baseDir}/${node_path__WEBPACK_IMPORTED_MODULE_0__.basename(baseImageFile)}`, readOnly: true },
        { host: work.build, container: _customizer_argv_js__WEBPACK_IMPORTED_MODULE_1__/* .IN_CONTAINER */ .o6.build, readOnly: false },
        { host: work.output, container: _customizer_argv_js__WEBPACK_IMPORTED_MODULE_1__/* .IN_CONTAINER */ .o6.output, readOnly: false },
    ];
    // A user's own config names its files itself, relative to its folder.
    if (inputs.cosi && !inputs.config)
        mounts.push({ host: inputs.cosi, container: `${_customizer_argv_js__WEBPACK_IMPORTED_MODULE_1__/* .IN_CONTAINER */ .o6.cosiDir}/${node_path__WEBPACK_IMPORTED_MODULE_0__.basename(inputs.cosi)}`, readOnly: true });
    if (rpmDir)
        mounts.push({ host: rpmDir, container: _customizer_argv_js__WEBPACK_IMPORTED_MODULE_1__/* .IN_CONTAINER */ .o6.rpms, readOnly: false });
    return mounts;
});
var containerSpec = (function (ctx, config, baseImageFile, rpmDir) {
    const { inputs } = ctx;
    return {
        engine: inputs.containerEngine,
        platform: inputs.platform,
        name: ctx.containerName,
        image: inputs.imageCustomizerImage,
        features: ctx.features,
        mounts: mountsFor(ctx, config, baseImageFile, rpmDir),
        configFile: config.configContainerPath,
        imageFile: `${_customizer_argv_js__WEBPACK_IMPORTED_MODULE_1__/* .IN_CONTAINER */ .o6.baseDir}/${node_path__WEBPACK_IMPORTED_MODULE_0__.basename(baseImageFile)}`,
        ...(rpmDir ? { rpmSource: _customizer_argv_js__WEBPACK_IMPORTED_MODULE_1__/* .IN_CONTAINER */ .o6.rpms } : {}),
        outputFile: `${_customizer_argv_js__WEBPACK_IMPORTED_MODULE_1__/* .IN_CONTAINER */ .o6.output}/${node_path__WEBPACK_IMPORTED_MODULE_0__.basename(inputs.output)}`,
        logLevel: inputs.logLevel,
    };
});

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $M: (() => (/* binding */ containerSpec)),
/* harmony export */   YW: (() => (/* binding */ basePullDir))
/* harmony export */ });
/* unused harmony export mountsFor */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var _customizer_argv_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(54590);
// Where a run's steps work and the container Image Customizer runs in, as
// pure functions of the run context: the stages that run them and
// validate-only's plan, which prints them, share these, so that printing the
// plan loads none of the stages' code (docs/benchmarks.md).


/** Where the base image is pulled: with the cache on, a path that is the same in every run. */

/** Just what the build needs, never the whole host; the user's files read-only. Pure. */

/** The container the run starts. Pure. */



/***/ }),

/***/ 75764:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {
var hostConfigPlan = (function (inputs, files) {
    const cosiSha384 = files.cosi?.metadataSha384;
    return { mode: inputs.hostConfigImage, cosiDestination: inputs.cosiDestination, ...(cosiSha384 ? { cosiSha384 } : {}) };
});
var hostConfigForIso = (async function (file, text, plan) {
    const parsed = (0,_host_config_js__WEBPACK_IMPORTED_MODULE_2__/* .parseHostConfig */ .qK)(text);
    if ('error' in parsed)
        throw new _problems_js__WEBPACK_IMPORTED_MODULE_3__/* .HostConfigError */ .jB(file, [parsed.error]);
    const problems = await (0,_host_config_js__WEBPACK_IMPORTED_MODULE_2__/* .checkHostConfig */ .t5)(parsed.value, parsed.doc);
    if (problems.length > 0)
        throw new _problems_js__WEBPACK_IMPORTED_MODULE_3__/* .HostConfigError */ .jB(file, problems);
    const { value } = parsed;
    if (plan.cosiSha384 === undefined) {
        // Without `cosi` the ISO carries no OS image: a URL into the ISO's media would find nothing at install time.
        const url = (0,_host_config_js__WEBPACK_IMPORTED_MODULE_2__/* .imageOf */ .dT)(value).url ?? '';
        const onIso = /^file:\/\//i.test(url) && ISO_MEDIA.some((prefix) => url.slice('file://'.length).startsWith(prefix));
        if (onIso) {
            throw new _problems_js__WEBPACK_IMPORTED_MODULE_3__/* .HostConfigError */ .jB(file, [
                {
                    path: '/image/url',
                    message: `'${url}' is on the ISO, but no \`cosi\` input is given, so the ISO carries no COSI and Trident would find nothing there. Give the COSI as \`cosi\` (the action puts it on the ISO), or point image.url at where the image is (https://, oci://).`,
                },
            ], 'points at a COSI on the ISO, which carries none without `cosi`');
        }
        return { text, changed: false, value };
    }
    const url = (0,_host_config_js__WEBPACK_IMPORTED_MODULE_2__/* .expectedCosiUrl */ .O6)(plan.cosiDestination);
    if (plan.mode === 'auto')
        return { text: (0,_host_config_js__WEBPACK_IMPORTED_MODULE_2__/* .wireImageInto */ .f2)(parsed.doc, url, plan.cosiSha384), changed: true, value };
    const image = (0,_host_config_js__WEBPACK_IMPORTED_MODULE_2__/* .imageOf */ .dT)(value);
    const wrong = [];
    if (image.url !== url)
        wrong.push({ path: '/image/url', message: `is '${image.url ?? '(missing)'}'; the ISO carries the COSI at ${url}` });
    if (image.sha384 !== plan.cosiSha384 && image.sha384 !== 'ignored') {
        wrong.push({ path: '/image/sha384', message: `is '${image.sha384 ?? '(missing)'}'; the COSI's metadata.json has SHA-384 ${plan.cosiSha384}` });
    }
    if (wrong.length > 0) {
        throw new _problems_js__WEBPACK_IMPORTED_MODULE_3__/* .HostConfigError */ .jB(file, [
            ...wrong,
            {
                path: '',
                message: 'with host-config-image: keep the file must already match the COSI; set host-config-image: auto to let the action write a corrected copy.',
            },
        ]);
    }
    return { text, changed: false, value };
});
var prepareHostConfigCopy = (async function (file, plan) {
    // A file that cannot be read is a rejection, as a host config that is not valid is, not a throw.
    const text = (0,_context_limits_js__WEBPACK_IMPORTED_MODULE_1__/* .readInputText */ ._)('host-config', file, 'hostConfig');
    return await hostConfigForIso(file, text, plan);
});
var writeHostConfigCopy = (async function (file, copy, plan, prepared) {
    const result = await (prepared ?? prepareHostConfigCopy(file, plan));
    const bytes = Buffer.from(result.text);
    // Synchronous: a few kilobytes (an async write is a round trip to libuv's thread pool).
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(copy, bytes, { flag: 'wx' });
    return { changed: result.changed, value: result.value, bytes };
});

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V4: () => (/* binding */ prepareHostConfigCopy),
/* harmony export */   av: (() => (/* binding */ hostConfigPlan)),
/* harmony export */   mq: (() => (/* binding */ writeHostConfigCopy)),
/* harmony export */   pZ: () => (/* reexport safe */ _problems_js__WEBPACK_IMPORTED_MODULE_3__.pZ)
/* harmony export */ });
/* unused harmony export hostConfigForIso */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var _context_limits_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76754);
/* harmony import */ var _host_config_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(12219);
/* harmony import */ var _problems_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(94823);
// The host config that the ISO carries: the user's file checked and, with a
// COSI and host-config-image auto, a copy whose image.url and image.sha384
// point at the COSI on the ISO. The user's file is never written.




// Defined with the problems (a failure report needs the class, not the host config reader).

/** How the build's host config copy is made: with the COSI the checks read, when there is one. Pure. */

/** Where the live ISO's media appears: the link the config makes, and dracut's mount it points at. */
const ISO_MEDIA = [`${_host_config_js__WEBPACK_IMPORTED_MODULE_2__/* .CDROM_MOUNT */ .om}/`, '/run/initramfs/live/'];
/** The host config the ISO carries: its text, whether it differs from the user's, and its parsed value. */

/** Reads the user's host config and makes what the ISO carries (parsed and checked), without writing it. */

/**
 * Writes what the ISO carries to `copy` (made now, or `prepared` earlier from the same file and plan);
 * returns the user's parsed value.
 */



/***/ }),

/***/ 30742:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {
var list = (function (value) {
    return Array.isArray(value) ? value : [];
});
var present = (function (value) {
    return value !== undefined && value !== null;
});
var hostConfigTools = (function (hostConfig) {
    if (!(0,_context_yaml_js__WEBPACK_IMPORTED_MODULE_0__/* .isMapping */ .pi)(hostConfig))
        return [];
    const needs = [];
    const add = ((need) => {
        if (!needs.some((n) => n.package === need.package))
            needs.push(need);
    });
    const os = (0,_context_yaml_js__WEBPACK_IMPORTED_MODULE_0__/* .isMapping */ .pi)(hostConfig.os) ? hostConfig.os : {};
    const managementOs = (0,_context_yaml_js__WEBPACK_IMPORTED_MODULE_0__/* .isMapping */ .pi)(hostConfig.managementOs) ? hostConfig.managementOs : {};
    const storage = (0,_context_yaml_js__WEBPACK_IMPORTED_MODULE_0__/* .isMapping */ .pi)(hostConfig.storage) ? hostConfig.storage : {};
    const netplanAt = present(managementOs.netplan) ? '/managementOs/netplan' : present(os.netplan) ? '/os/netplan' : undefined;
    if (netplanAt) {
        add({
            package: 'netplan',
            feature: 'network configuration',
            path: netplanAt,
            use: '`trident start-network` (trident-network.service) applies it with netplan',
        });
    }
    const raid = (0,_context_yaml_js__WEBPACK_IMPORTED_MODULE_0__/* .isMapping */ .pi)(storage.raid) ? storage.raid : {};
    if (list(raid.software).length > 0) {
        add({ package: 'mdadm', feature: 'software RAID', path: '/storage/raid/software', use: 'Trident creates the arrays with mdadm' });
    }
    if (present(storage.encryption)) {
        const use = 'Trident encrypts with cryptsetup and seals to the TPM, reading PCRs with tpm2_pcrread';
        add({ package: 'cryptsetup', feature: 'encryption', path: '/storage/encryption', use });
        add({ package: 'tpm2-tools', feature: 'encryption', path: '/storage/encryption', use });
    }
    if (list(storage.verity).length > 0) {
        add({ package: 'veritysetup', feature: 'dm-verity', path: '/storage/verity', use: 'Trident opens the verity devices with veritysetup' });
    }
    list(storage.filesystems).forEach(((fs, i) => {
        if (!(0,_context_yaml_js__WEBPACK_IMPORTED_MODULE_0__/* .isMapping */ .pi)(fs))
            return;
        const at = `/storage/filesystems/${i}`;
        const fresh = fs.source === 'new';
        if (fs.type === 'ntfs' && fresh)
            add({ package: 'ntfsprogs', feature: 'a new NTFS filesystem', path: at, use: 'Trident creates it with mkfs.ntfs' });
        if (fs.type === 'ntfs' && present(fs.mountPoint))
            add({ package: 'ntfs-3g', feature: 'a mounted NTFS filesystem', path: at, use: 'Trident mounts it with mount.ntfs' });
        if (fs.type === 'xfs' && fresh)
            add({ package: 'xfsprogs', feature: 'a new XFS filesystem', path: at, use: 'Trident creates it with mkfs.xfs' });
    }));
    return needs;
});
var toolLine = (function (need) {
    return `${need.package}: for ${need.feature} (host config ${need.path}): ${need.use} in the ISO.`;
});

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e: (() => (/* binding */ hostConfigTools)),
/* harmony export */   p: (() => (/* binding */ toolLine))
/* harmony export */ });
/* harmony import */ var _context_yaml_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(24309);
// The packages the live OS needs for what a host config asks Trident to do
// there. Trident only Suggests them (microsoft/trident packaging/rpm/trident.spec)
// and tdnf never installs Suggests (libsolv reports them, vmware/tdnf sets no
// flag to install them), so an ISO without them builds fine and fails at
// install time. Only what runs in the ISO counts: GRUB configuration, SELinux
// labels, users and the initrd are done chrooted into the new OS
// (crates/trident/src/engine/clean_install.rs: engine::configure inside
// enter_update_chroot), so their tools belong in the COSI, not here. Pure.



/**
 * What the host config needs in the ISO, one entry per package (its first
 * reason). Sources, all microsoft/trident:
 * - netplan: crates/trident/src/engine/provisioning_network.rs (management_os.netplan, else os.netplan,
 *   applied by `trident start-network`, trident-network.service); Dependency::Netplan → /usr/sbin/netplan.
 * - mdadm: crates/trident/src/engine/storage/raid.rs ("Mdadm is required for RAID operations").
 * - cryptsetup, tpm2-tools: crates/trident/src/engine/storage/encryption.rs (Tpm2Pcrread, Tpm2Clear) and
 *   crates/osutils/src/encryption.rs (Cryptsetup).
 * - veritysetup: crates/trident/src/engine/storage/verity.rs ("Veritysetup is not installed"); a
 *   subpackage of cryptsetup in Azure Linux (SPECS/cryptsetup/cryptsetup.spec).
 * - ntfsprogs (mkfs.ntfs) for a new NTFS filesystem, ntfs-3g (mount.ntfs) for one that is mounted:
 *   crates/osutils/src/mkfs.rs, crates/osutils/src/filesystems.rs; Azure Linux SPECS/ntfs-3g/ntfs-3g.spec.
 * - xfsprogs (mkfs.xfs) for a new XFS filesystem: crates/osutils/src/mkfs.rs (not even Suggested).
 * A filesystem's `source` defaults to `image` (crates/trident_api/src/config/host/storage/filesystem.rs).
 */

/** The log line saying why a package is in the ISO. */



/***/ }),

/***/ 96962:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   m: () => (/* binding */ specTargets),
/* harmony export */   t: () => (/* binding */ sameBuild)
/* harmony export */ });
// What a package spec in an install list asks tdnf for, as far as the action
// needs to know: which package (among the names it cares about) and whether
// the spec fixes its exact version-release. Image Customizer passes each
// entry to `tdnf install` unchanged (azure-linux-image-tools v0.18.0
// toolkit/tools/pkg/imagecustomizerlib/customizepackages.go), and tdnf
// resolves a spec with libsolv's selection_make (vmware/tdnf v3.5.8
// solv/tdnfquery.c: SELECTION_NAME | PROVIDES | GLOB | CANON | DOTARCH | REL):
//   name, name.arch           any version: the highest wins across repos
//   name-version[.arch]       any release of that version
//   name-version-release[.arch]  exactly that build (openSUSE/libsolv
//                             src/selection.c selection_canon: the split at the
//                             last '-' is tried first, then at the one before)
//   name=evr, name>=evr, ...  a relation (REL); `=` with a release is exact
//   globs (* ? [)             every matching name, each at its highest version
// Pure.
/** Arches libsolv splits off a spec (the ones Azure Linux packages use). */
const ARCHES = new Set(['x86_64', 'aarch64', 'noarch', 'i686', 'src']);
const GLOB = /[*?[]/;
const RELATION = /^([^\s<>=]+)\s*(<=|>=|=|<|>)\s*(\S+)$/;
/** A glob as libsolv's fnmatch reads it, for names (no path rules). */
function globMatches(glob, name) {
    let pattern = '';
    for (let i = 0; i < glob.length; i++) {
        const c = glob[i] ?? '';
        if (c === '*')
            pattern += '.*';
        else if (c === '?')
            pattern += '.';
        else if (c === '[') {
            const close = glob.indexOf(']', i + 1);
            if (close < 0)
                return false;
            pattern += `[${glob
                .slice(i + 1, close)
                .replace(/^!/, '^')
                .replace(/[\\\]]/g, '\\$&')}]`;
            i = close;
        }
        else
            pattern += c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    }
    return new RegExp(`^${pattern}$`).test(name);
}
function stripArch(spec) {
    const dot = spec.lastIndexOf('.');
    return dot > 0 && ARCHES.has(spec.slice(dot + 1)) ? spec.slice(0, dot) : spec;
}
/**
 * The packages among `names` that `spec` selects, and how far it fixes their
 * version; empty when it selects none of them.
 */
function specTargets(spec, names) {
    const trimmed = spec.trim();
    if (names.has(trimmed))
        return [{ name: trimmed, pin: { kind: 'any' } }];
    const relation = RELATION.exec(trimmed);
    if (relation) {
        const [, name = '', op = '', evr = ''] = relation;
        if (!names.has(name))
            return [];
        return [{ name, pin: op === '=' && evr.includes('-') ? { kind: 'exact', evr } : { kind: 'partial', evr: `${op} ${evr}` } }];
    }
    if (GLOB.test(trimmed))
        return [...names].filter((name) => globMatches(stripArch(trimmed), name)).map((name) => ({ name, pin: { kind: 'any' } }));
    const bare = stripArch(trimmed);
    if (names.has(bare))
        return [{ name: bare, pin: { kind: 'any' } }];
    // CANON: name-version first, then name-version-release.
    const last = bare.lastIndexOf('-');
    if (last > 0) {
        const name = bare.slice(0, last);
        if (names.has(name))
            return [{ name, pin: { kind: 'partial', evr: bare.slice(last + 1) } }];
        const previous = bare.lastIndexOf('-', last - 1);
        if (previous > 0) {
            const named = bare.slice(0, previous);
            if (names.has(named))
                return [{ name: named, pin: { kind: 'exact', evr: bare.slice(previous + 1) } }];
        }
    }
    return [];
}
/** Whether an exact pin names this build; an epoch in either is compared only when both give one (libsolv's epoch promotion). */
function sameBuild(pinned, build) {
    const colon = pinned.indexOf(':');
    const epoch = colon >= 0 ? Number(pinned.slice(0, colon)) : undefined;
    const vr = colon >= 0 ? pinned.slice(colon + 1) : pinned;
    if (vr !== `${build.version}-${build.release}`)
        return false;
    return epoch === undefined || epoch === (build.epoch ?? 0);
}


/***/ }),

/***/ 4947:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M3: () => (/* binding */ checkRpmSet),
/* harmony export */   V4: () => (/* binding */ describeRpm),
/* harmony export */   iO: () => (/* binding */ tridentVersionOf),
/* harmony export */   xQ: () => (/* binding */ evrOf)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var _context_platform_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(63713);
// Trident's RPMs as a set: each file with what its header says (never its
// file name), and the set checked on its own, before any config is looked
// at: no source packages, the right architecture, one build of each package,
// and Trident's packages all of one version-release. Pure.


/** [epoch:]version-release, as rpm prints it. */
function evrOf(rpm) {
    return `${rpm.epoch ? `${rpm.epoch}:` : ''}${rpm.version}-${rpm.release}`;
}
/** name-[epoch:]version-release.arch, what the header says the file is. */
function describeRpm(rpm) {
    return `${rpm.name}-${evrOf(rpm)}.${rpm.arch}`;
}
/** The problems of the set itself, as sentences; empty when all is well. */
function checkRpmSet(packages, platform) {
    const problems = [];
    const source = packages.filter((p) => p.sourceRpm === undefined);
    if (source.length > 0) {
        problems.push(`${source.map((p) => node_path__WEBPACK_IMPORTED_MODULE_0__.basename(p.file)).join(', ')} ${source.length > 1 ? 'are source packages' : 'is a source package'} (its header names no source RPM); give the binary RPMs.`);
    }
    const rpmArch = _context_platform_js__WEBPACK_IMPORTED_MODULE_1__/* .PLATFORMS */ .P4[platform].rpm;
    const wrongArch = packages.filter((p) => p.sourceRpm !== undefined && p.arch !== 'noarch' && p.arch !== rpmArch);
    if (wrongArch.length > 0) {
        problems.push(`platform is ${platform} (${rpmArch}) but these RPMs are built for another architecture: ${wrongArch.map((p) => `${node_path__WEBPACK_IMPORTED_MODULE_0__.basename(p.file)} (${p.arch})`).join(', ')}.`);
    }
    const byName = new Map();
    for (const p of packages)
        byName.set(p.name, [...(byName.get(p.name) ?? []), p]);
    for (const [name, same] of byName) {
        if (same.length > 1)
            problems.push(`more than one ${name} RPM was found: ${same.map((p) => `${node_path__WEBPACK_IMPORTED_MODULE_0__.basename(p.file)} (${describeRpm(p)})`).join(', ')}; give one build.`);
    }
    const trident = byName.get('trident')?.[0];
    if (trident) {
        const mixed = packages.filter((p) => p.name.startsWith('trident-') && evrOf(p) !== evrOf(trident));
        if (mixed.length > 0) {
            problems.push(`trident is ${evrOf(trident)} but ${mixed.map((p) => `${p.name} is ${evrOf(p)}`).join(', ')}; Trident's packages require each other at the same version-release: give one build.`);
        }
    }
    return problems;
}
/** [epoch:]version-release of the trident package, from its header; '' without one. */
function tridentVersionOf(packages) {
    const trident = packages.find((p) => p.name === 'trident');
    return trident ? evrOf(trident) : '';
}


/***/ }),

/***/ 41213:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Qt: () => (/* binding */ checkLists),
/* harmony export */   Xy: () => (/* binding */ TRIDENT_PACKAGE_NAMES),
/* harmony export */   a0: () => (/* binding */ pinnedSpec),
/* harmony export */   aL: () => (/* binding */ specNames),
/* harmony export */   hD: () => (/* binding */ pinInstallList)
/* harmony export */ });
/* unused harmony exports conditionalRequires, tridentNames */
/* harmony import */ var _install_spec_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(96962);
// Which Trident the ISO gets. Image Customizer puts the base image's
// repositories and --rpm-source side by side, and tdnf takes the highest
// version-release across them (no repo has a priority: vmware/tdnf v3.5.8
// client/repo.c, microsoft/azurelinux 3.0 SPECS/azurelinux-repos): a checkout
// build's release `dev.<date>99.v<sha>.azl3` (microsoft/trident Makefile,
// version-vars) sorts below a distro release such as `2.azl3`, so an unpinned
// `trident-install-service` can bring the distro's Trident. Every Trident
// package the ISO installs from the RPMs given is therefore pinned to the
// exact build, `name-version-release` (see install-spec.ts): the generated
// config is written so, a user's config must say so. Pure.

/** Trident's packages (microsoft/trident packaging/rpm/trident.spec). */
const TRIDENT_PACKAGE_NAMES = [
    'trident',
    'trident-provisioning',
    'trident-service',
    'trident-install-service',
    'trident-static-pcrlock-files',
    'trident-acl-agent',
    'trident-selinux',
];
/**
 * Provides of Azure Linux packages that the conditions of Trident's rich
 * dependencies name: selinux-policy provides selinux-policy-targeted
 * (microsoft/azurelinux 3.0 SPECS/selinux-policy/selinux-policy.spec).
 */
const PROVIDED_BY = { 'selinux-policy-targeted': ['selinux-policy'] };
/** The spec that installs exactly this build. */
function pinnedSpec(rpm) {
    return `${rpm.name}-${rpm.version}-${rpm.release}`;
}
const CONDITIONAL = /^\(\s*([^\s()]+)(?:\s*(?:<=|>=|=|<|>)\s*[^\s()]+)?\s+if\s+([^\s()]+)\s*\)$/;
/** The conditional Requires of an RPM (trident.spec: `(trident-selinux = V-R if selinux-policy-targeted)`). */
function conditionalRequires(rpm) {
    return rpm.requires.flatMap((r) => {
        const match = CONDITIONAL.exec(r.name);
        return match ? [{ package: match[1] ?? '', condition: match[2] ?? '', text: r.name }] : [];
    });
}
/** The names tdnf could take Trident from: Trident's packages and whatever else the trident build holds. */
function tridentNames(set) {
    const trident = set.packages.find((p) => p.name === 'trident');
    const sameBuild = set.packages.filter((p) => trident?.sourceRpm !== undefined && p.sourceRpm === trident.sourceRpm).map((p) => p.name);
    return new Set([...TRIDENT_PACKAGE_NAMES, ...sameBuild]);
}
/** Names a spec may install (its bare name, the part before a version or a relation), for rich dependencies' conditions and tool checks. */
function specNames(spec) {
    const bare = spec.trim().replace(/\.(x86_64|aarch64|noarch)$/, '');
    const beforeVersion = /^(.+?)-\d/.exec(bare)?.[1];
    const beforeRelation = /^([^\s<>=]+)\s*[<>=]/.exec(bare)?.[1];
    return [bare, ...(beforeVersion ? [beforeVersion] : []), ...(beforeRelation ? [beforeRelation] : [])];
}
/** Whether the lists install something that provides `condition`. */
function installs(condition, specs) {
    const providers = [condition, ...(PROVIDED_BY[condition] ?? [])];
    return specs.find((spec) => specNames(spec).some((name) => providers.includes(name)));
}
function requirements(specs, set, installedTrident) {
    if (installedTrident.length === 0)
        return [];
    const out = installedTrident.map((name) => ({ name, why: 'the ISO installs it' }));
    if (!installedTrident.includes('trident'))
        out.push({ name: 'trident', why: `${installedTrident.join(', ')} require it` });
    const trident = set.packages.find((p) => p.name === 'trident');
    for (const rule of trident ? conditionalRequires(trident) : []) {
        const provider = installs(rule.condition, specs);
        if (provider && !out.some((r) => r.name === rule.package)) {
            out.push({
                name: rule.package,
                why: `trident requires it when ${rule.condition} is installed (${rule.text}), and the ISO installs ${provider}`,
            });
        }
    }
    return out;
}
function missing(required, set) {
    const have = new Set(set.packages.map((p) => p.name));
    const absent = required.filter((r) => !have.has(r.name));
    if (absent.length === 0)
        return [];
    return [
        {
            about: 'rpms',
            message: `the RPMs lack ${absent.map((r) => `${r.name} (${r.why})`).join('; ')}. Found: ${[...have].sort().join(', ') || 'none'}. ` +
                'Give every RPM that `make bin/trident-rpms.tar.gz` builds, x86_64/aarch64 and noarch alike.',
        },
    ];
}
/**
 * The generated config's install list with Trident pinned to the RPMs given.
 * `extra` are specs from list files the action cannot rewrite (they are the
 * user's): they are checked like a user config's lists.
 */
function pinInstallList(install, set, extra = []) {
    const names = tridentNames(set);
    const byName = new Map(set.packages.map((p) => [p.name, p]));
    const lines = [];
    const problems = [];
    const out = [];
    const installed = [];
    for (const spec of install) {
        const targets = (0,_install_spec_js__WEBPACK_IMPORTED_MODULE_0__/* .specTargets */ .m)(spec, names);
        if (targets.length === 0) {
            out.push(spec);
            continue;
        }
        for (const { name, pin } of targets) {
            if (!installed.includes(name))
                installed.push(name);
            const rpm = byName.get(name);
            if (!rpm)
                continue; // reported as missing below
            if (pin.kind === 'exact' && !(0,_install_spec_js__WEBPACK_IMPORTED_MODULE_0__/* .sameBuild */ .t)(pin.evr, rpm)) {
                problems.push({
                    about: 'lists',
                    spec,
                    message: `asks for '${spec}', but the RPMs given hold ${name} ${rpm.version}-${rpm.release}; ask for '${name}' (the action pins it) or '${pinnedSpec(rpm)}'.`,
                });
                continue;
            }
            const pinned = pinnedSpec(rpm);
            if (!out.includes(pinned))
                out.push(pinned);
            lines.push(spec === pinned
                ? `${pinned}: pinned already.`
                : `${spec} → ${pinned}: pinned to the RPM given, so no other repository's Trident can be taken.`);
        }
    }
    const lists = checkLists(extra, set, { tridentListed: false });
    problems.push(...lists.problems.filter((p) => p.about === 'lists'));
    for (const name of lists.installed)
        if (!installed.includes(name))
            installed.push(name);
    const specs = [...install, ...extra.flatMap((l) => l.specs)];
    const required = requirements(specs, set, installed);
    for (const r of required) {
        const rpm = byName.get(r.name);
        if (!rpm || installed.includes(r.name))
            continue;
        out.push(pinnedSpec(rpm));
        lines.push(`${pinnedSpec(rpm)}: added, because ${r.why}; pinned so tdnf takes this build.`);
    }
    problems.push(...missing(required, set));
    const all = [...installed, ...required.map((r) => r.name).filter((name) => !installed.includes(name))];
    return { install: out, lines, problems, installed: all.filter((name) => byName.has(name)) };
}
/**
 * A user's install lists, checked: every Trident package pinned to the RPMs
 * given, trident itself listed, and the RPMs holding all that is installed.
 */
function checkLists(lists, set, { tridentListed = true } = {}) {
    const names = tridentNames(set);
    const byName = new Map(set.packages.map((p) => [p.name, p]));
    const problems = [];
    const installed = [];
    for (const list of lists) {
        for (const spec of list.specs) {
            const targets = (0,_install_spec_js__WEBPACK_IMPORTED_MODULE_0__/* .specTargets */ .m)(spec, names);
            for (const { name } of targets)
                if (!installed.includes(name))
                    installed.push(name);
            const rpms = targets.map((t) => byName.get(t.name)).filter((r) => r !== undefined);
            if (targets.length > 1) {
                problems.push({
                    about: 'lists',
                    spec,
                    message: `${list.where} installs '${spec}', which matches ${targets.map((t) => t.name).join(', ')}, each at its highest version in any repository; list them pinned instead: ${rpms.map((r) => `'${pinnedSpec(r)}'`).join(', ') || '(none of them are among the RPMs given)'}.`,
                });
                continue;
            }
            const [target] = targets;
            const rpm = rpms[0];
            if (!target || !rpm)
                continue;
            if (target.pin.kind === 'exact' && (0,_install_spec_js__WEBPACK_IMPORTED_MODULE_0__/* .sameBuild */ .t)(target.pin.evr, rpm))
                continue;
            const why = target.pin.kind === 'any'
                ? 'which tdnf resolves to the highest version-release in any repository (the base image may hold another Trident)'
                : target.pin.kind === 'partial'
                    ? `which leaves the release open (${target.pin.evr}), so tdnf may take another build`
                    : `but the RPMs given hold ${rpm.version}-${rpm.release}`;
            problems.push({
                about: 'lists',
                spec,
                message: `${list.where} installs '${spec}', ${why}. Write '${pinnedSpec(rpm)}' to install the RPM given.`,
            });
        }
    }
    const tridentRpm = byName.get('trident');
    if (tridentListed && installed.length > 0 && !installed.includes('trident') && tridentRpm) {
        problems.push({
            about: 'lists',
            message: `${lists[0]?.where ?? 'the config'} installs ${installed.join(', ')} but not trident itself, which they require; tdnf could take it from another repository. Add '${pinnedSpec(tridentRpm)}'.`,
        });
    }
    const required = requirements(lists.flatMap((l) => l.specs), set, installed);
    problems.push(...missing(required, set));
    return { problems, installed };
}


/***/ })

};
