export const id = 227;
export const ids = [227];
export const modules = {

/***/ 10860:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {
var lstatIfAny = (function (file) {
    return tryOr((() => (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(file)));
});
var tryOr = (function (look) {
    try {
        return look();
    }
    catch {
        return undefined;
    }
});

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ln: () => (/* binding */ realpathIfAny),
/* harmony export */   eO: (() => (/* binding */ lstatIfAny)),
/* harmony export */   k: () => (/* binding */ statIfAny)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
// What is at a path, asked synchronously (microseconds; an async call is a
// round trip to libuv's thread pool): nothing there, or nothing this user may
// see, is undefined rather than an error.

/** What `file` is (following links), or undefined when nothing can be seen there. */
function statIfAny(file) {
    return tryOr(() => (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(file));
}
/** What `file` itself is (a link as a link), or undefined when nothing can be seen there. */

/** `file` with every link resolved, or undefined when it cannot be. */
function realpathIfAny(file) {
    return tryOr(() => (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(file));
}



/***/ }),

/***/ 60114:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {
var isMapping = (function (value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
});

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   p: (() => (/* binding */ isMapping))
/* harmony export */ });
// Whether parsed data is a mapping, apart from the YAML reader: modules that
// only ask this (the input readers among them) do not load the yaml package.
/** A YAML mapping (a JSON object): not null, not a list. */



/***/ }),

/***/ 24309:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {
var boundedDocument = (function (text, lineCounter) {
    const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseDocument */ .Tp)(text, { uniqueKeys: false, prettyErrors: true, ...(lineCounter ? { lineCounter } : {}) });
    const first = doc.errors[0];
    if (first)
        return { problem: yamlErrorParts(first) };
    let nodes = 0;
    let problem;
    (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .visit */ .YR)(doc, ((_key, node) => {
        if (++nodes > _limits_js__WEBPACK_IMPORTED_MODULE_2__/* .COUNT_LIMITS */ .f5.yamlNodes) {
            problem = { reason: `more than ${_limits_js__WEBPACK_IMPORTED_MODULE_2__/* .COUNT_LIMITS */ .f5.yamlNodes} YAML nodes, far more than this kind of file holds` };
            return yaml__WEBPACK_IMPORTED_MODULE_0__/* .visit */ .YR.BREAK;
        }
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(node)) {
            const seen = new Set();
            for (const pair of node.items) {
                if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(pair.key))
                    continue;
                const key = `${typeof pair.key.value}:${String(pair.key.value)}`;
                if (seen.has(key)) {
                    problem = { reason: 'Map keys must be unique', ...(pair.key.range ? { offset: pair.key.range[0] } : {}) };
                    return yaml__WEBPACK_IMPORTED_MODULE_0__/* .visit */ .YR.BREAK;
                }
                seen.add(key);
            }
        }
        return undefined;
    }));
    if (!problem)
        return { doc };
    const pos = problem.offset !== undefined ? lineCounter?.linePos(problem.offset) : undefined;
    return { problem: { reason: problem.reason, ...(pos ? { line: pos.line, column: pos.col } : {}) } };
});

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $0: () => (/* binding */ parseYamlMapping),
/* harmony export */   EU: () => (/* binding */ parseBoundedYaml),
/* harmony export */   nu: (() => (/* binding */ boundedDocument)),
/* harmony export */   pi: (() => (/* reexport safe */ _mapping_js__WEBPACK_IMPORTED_MODULE_3__.p))
/* harmony export */ });
/* unused harmony export yamlErrorParts */
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38815);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(31997);
/* harmony import */ var _limits_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76754);
/* harmony import */ var _mapping_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(60114);
// YAML a user wrote (a config file, inline extra-config, a host config),
// read with the yaml package: mappings checked as mappings, syntax errors
// reported by their reason and their position, each said once.
//
// Every YAML document a user gave goes through boundedDocument: the yaml
// package's own duplicate-key check is quadratic in a mapping's size (256 KiB
// of keys took 22 s), so documents are parsed without it, then one linear
// walk counts the nodes (capped) and finds duplicate keys; aliases expanded
// into data are capped too. With the file size caps (limits.ts) that bounds
// the time any YAML input costs.




/** Parses YAML text with the caps above; the problem's position is 1-based. Pure. */

/** The data of a bounded document (aliases expanded at most COUNT_LIMITS.yamlAliases times); throws on a refused one. */
function parseBoundedYaml(text) {
    const parsed = boundedDocument(text);
    if (parsed.problem)
        throw new Error(parsed.problem.reason);
    return parsed.doc.toJS({ maxAliasCount: _limits_js__WEBPACK_IMPORTED_MODULE_2__/* .COUNT_LIMITS */ .f5.yamlAliases });
}

/** A YAML error's reason (its first line, without the position the yaml package appends to it) and its 1-based position. */
function yamlErrorParts(error) {
    const reason = (error.message.split('\n')[0] ?? error.message).replace(/ at line \d+, column \d+:?$/, '');
    const pos = error.linePos?.[0];
    return pos ? { reason, line: pos.line, column: pos.col } : { reason };
}
/**
 * Parses YAML that must be a mapping (extra-config, a user's Image Customizer
 * config). A syntax error names the input and, for a file, where in it.
 */
function parseYamlMapping(text, input, file) {
    const what = file ? `${file} is` : 'is';
    const refuse = (reason, line, column) => {
        const where = line === undefined ? '' : ` at line ${line}, column ${column ?? 1}`;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .d(input, `${what} not valid YAML${where}: ${reason}`, file ? { file, ...(line === undefined ? {} : { line }), ...(column === undefined ? {} : { column }) } : undefined);
    };
    const parsed = boundedDocument(text, new yaml__WEBPACK_IMPORTED_MODULE_0__/* .LineCounter */ .HN());
    if (parsed.problem)
        return refuse(parsed.problem.reason, parsed.problem.line, parsed.problem.column);
    let value;
    try {
        value = parsed.doc.toJS({ maxAliasCount: _limits_js__WEBPACK_IMPORTED_MODULE_2__/* .COUNT_LIMITS */ .f5.yamlAliases });
    }
    catch (error) {
        return refuse((0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .g)(error).split('\n')[0] ?? '');
    }
    if (!(0,_mapping_js__WEBPACK_IMPORTED_MODULE_3__/* .isMapping */ .p)(value)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .d(input, `${what} not a YAML mapping: give keys such as os:, iso:, storage:.`, file ? { file } : undefined);
    }
    return value;
}


/***/ }),

/***/ 1954:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {
var buildCustomizerConfig = (function (p) {
    const isoFiles = [
        ...(p.cosi ? [{ source: p.cosi.source, destination: p.cosi.destination }] : []),
        ...(p.placeholderSource ? [{ source: p.placeholderSource, destination: _iso_placeholder_js__WEBPACK_IMPORTED_MODULE_0__/* .PLACEHOLDER_ISO_PATH */ .Aw }] : []),
    ];
    return {
        storage: {
            bootType: 'efi',
            disks: [
                {
                    partitionTableType: 'gpt',
                    maxSize: '4G',
                    partitions: [
                        { id: 'esp', type: 'esp', size: '8M' },
                        { id: 'rootfs', size: 'grow' },
                    ],
                },
            ],
            filesystems: [
                { deviceId: 'esp', type: 'fat32', mountPoint: { path: '/boot/efi', options: 'umask=0077' } },
                { deviceId: 'rootfs', type: 'ext4', mountPoint: { path: '/' } },
            ],
        },
        os: {
            hostname: p.hostname,
            bootloader: { resetType: 'hard-reset' },
            selinux: { mode: p.selinuxMode },
            kernelCommandLine: { extraCommandLine: [...p.kernelCommandLine] },
            packages: { install: union(PROCEDURE_PACKAGES, p.packages) },
            services: { enable: union(PROCEDURE_SERVICES, p.services) },
            additionalFiles: [
                ...(p.hostConfigSource && !p.placeholderSource ? [{ source: p.hostConfigSource, destination: HOST_CONFIG_DESTINATION }] : []),
                JOURNAL_TO_CONSOLE,
            ],
        },
        scripts: { postCustomization: [{ content: CDROM_LINK_SCRIPT }, ...(p.placeholderSource ? [{ content: HOST_CONFIG_LINK_SCRIPT }] : [])] },
        ...(isoFiles.length > 0 ? { iso: { additionalFiles: isoFiles } } : {}),
    };
});
var union = (function (first, second) {
    return [...new Set([...first, ...second])];
});
var fileReferences = (function (value, pointer = '') {
    if (Array.isArray(value))
        return value.flatMap((item, i) => fileReferences(item, `${pointer}/${i}`));
    if (!(0,_context_mapping_js__WEBPACK_IMPORTED_MODULE_1__/* .isMapping */ .p)(value))
        return [];
    // A password given as a file: { type: plain-text-file | hashed-file, value: <path> }.
    const passwordFile = typeof value.type === 'string' && value.type.endsWith('-file') && typeof value.value === 'string';
    return Object.entries(value).flatMap(([key, child]) => {
        const here = `${pointer}/${key}`;
        const names = (FILE_KEYS.has(key) && (typeof child === 'string' || Array.isArray(child))) ||
            (key === 'path' &&
                typeof child === 'string' &&
                PATH_SECTIONS.some((section) => pointer.startsWith(section) || `${pointer}/`.startsWith(section))) ||
            (key === 'value' && passwordFile);
        return names ? [here] : fileReferences(child, here);
    });
});
var lastConsole = (function (config) {
    const words = ((section) => {
        if (!(0,_context_mapping_js__WEBPACK_IMPORTED_MODULE_1__/* .isMapping */ .p)(section) || !(0,_context_mapping_js__WEBPACK_IMPORTED_MODULE_1__/* .isMapping */ .p)(section.kernelCommandLine))
            return [];
        const extra = section.kernelCommandLine.extraCommandLine;
        return Array.isArray(extra) ? extra.filter(((w) => typeof w === 'string')) : typeof extra === 'string' ? extra.split(/\s+/) : [];
    });
    return [...words(config.os), ...words(config.iso)].filter(((w) => w.startsWith('console='))).at(-1);
});

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BP: (() => (/* binding */ CDROM_LINK_TARGET)),
/* harmony export */   Hl: (() => (/* binding */ CDROM_LINK)),
/* harmony export */   MQ: (() => (/* binding */ JOURNAL_TO_CONSOLE)),
/* harmony export */   Ol: (() => (/* binding */ lastConsole)),
/* harmony export */   R2: () => (/* binding */ mergeConfig),
/* harmony export */   Ry: (() => (/* binding */ HOST_CONFIG_DESTINATION)),
/* harmony export */   YK: (() => (/* binding */ buildCustomizerConfig)),
/* harmony export */   bd: (() => (/* binding */ fileReferences)),
/* harmony export */   j2: (() => (/* binding */ PROCEDURE_SERVICES))
/* harmony export */ });
/* unused harmony exports PROCEDURE_PACKAGES, HOST_CONFIG_LINK_SCRIPT */
/* harmony import */ var _context_mapping_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(60114);
/* harmony import */ var _iso_placeholder_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(71879);


/** The packages the procedure installs in the live OS. */
const PROCEDURE_PACKAGES = [
    'netplan',
    'trident-install-service',
    'trident-provisioning',
    'vim',
    'curl',
    'device-mapper',
    'squashfs-tools',
    'tar',
    'selinux-policy',
];
const PROCEDURE_SERVICES = ['trident-install.service', 'trident-network.service'];
/** Trident reads its host configuration from here in the live OS. */
const HOST_CONFIG_DESTINATION = '/etc/trident/config.yaml';
/**
 * A journald drop-in that forwards the journal to /dev/console. Run as
 * trident-install.service, Trident logs to the journal only
 * (microsoft/trident crates/trident/src/main.rs, setup_logging), so without
 * it nothing of Trident's progress or errors reaches a console. With the
 * default kernel command line (console=ttyS0 last) /dev/console is the
 * serial port: a serial console (and `verify`) sees what Trident does.
 */
const JOURNAL_TO_CONSOLE = {
    content: [
        '# trident-iso-action: show the journal (Trident logs only there) on /dev/console,',
        '# the last console= of the kernel command line (the serial port by default).',
        '[Journal]',
        'ForwardToConsole=yes',
        'TTYPath=/dev/console',
        'MaxLevelConsole=info',
        '',
    ].join('\n'),
    destination: '/etc/systemd/journald.conf.d/50-trident-iso-console.conf',
};
/** The ISO is mounted at /run/initramfs/live; Trident's docs use /mnt/trident_cdrom, a link the config's script makes. */
const CDROM_LINK = '/mnt/trident_cdrom';
const CDROM_LINK_TARGET = '/run/initramfs/live';
const CDROM_LINK_SCRIPT = `# Use more intuitive path for the ISO mount\nln -s ${CDROM_LINK_TARGET} ${CDROM_LINK}\n`;
/**
 * patchable: Trident reads its host config from the placeholder on the ISO
 * media, through the link above, as Trident's own installer ISO does
 * (microsoft/trident tests/images/trident-installer/base/post-install.sh). It
 * runs after os.additionalFiles (Image Customizer's operation order), so no
 * additional file may take /etc/trident/config.yaml (the config stage refuses one).
 */
const HOST_CONFIG_LINK_SCRIPT = [
    '# The host config is read from the ISO media (patchable), where it can be patched',
    'mkdir -p /etc/trident',
    `ln -s -T ${CDROM_LINK}${_iso_placeholder_js__WEBPACK_IMPORTED_MODULE_0__/* .PLACEHOLDER_ISO_PATH */ .Aw} ${HOST_CONFIG_DESTINATION}`,
    '',
].join('\n');
/** The procedure's config, with the inputs' values. Pure. */

/** Appends without duplicates, keeping the first list's order. */

/**
 * Deep merge of `extra` over `base`: mappings merge key by key, lists append
 * the items not already present (compared by value), scalars replace. Pure.
 */
function mergeConfig(base, extra) {
    const out = { ...base };
    for (const [key, value] of Object.entries(extra)) {
        const current = out[key];
        if ((0,_context_mapping_js__WEBPACK_IMPORTED_MODULE_1__/* .isMapping */ .p)(current) && (0,_context_mapping_js__WEBPACK_IMPORTED_MODULE_1__/* .isMapping */ .p)(value))
            out[key] = mergeConfig(current, value);
        else if (Array.isArray(current) && Array.isArray(value))
            out[key] = appendUnique(current, value);
        else
            out[key] = value;
    }
    return out;
}
function appendUnique(current, extra) {
    const seen = new Set(current.map((item) => JSON.stringify(item)));
    const out = [...current];
    for (const item of extra) {
        const key = JSON.stringify(item);
        if (!seen.has(key)) {
            seen.add(key);
            out.push(item);
        }
    }
    return out;
}
/** Keys whose string value names a file on the host, wherever they appear (Image Customizer 0.18 to 1.6). */
const FILE_KEYS = new Set(['source', 'sshPublicKeyPaths', 'selinuxPolicyPath']);
/** `path` names a file only under these top-level sections (elsewhere it is a mount point in the image). */
const PATH_SECTIONS = ['/scripts/', '/baseConfigs/', '/input/', '/output/'];
/**
 * The places where extra-config names a file on the host, as JSON pointers.
 * The generated config lives in a temporary folder and only the inputs are
 * mounted, so such a file would not be found by Image Customizer. Pure.
 */

/**
 * The live OS's last console= argument: Image Customizer appends
 * iso.kernelCommandLine's arguments after the OS's own (liveosisogrub.go,
 * updateGrubCfgForLiveOS), and the last console= is /dev/console. Pure.
 */



/***/ }),

/***/ 58501:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {
var configYaml = (function (config, note) {
    const doc = new yaml__WEBPACK_IMPORTED_MODULE_1__/* .Document */ .yo(config);
    doc.commentBefore = note ? `${HEADER}\n${note.replace(/^/gm, ' ')}` : HEADER;
    return doc.toString({ lineWidth: 0 });
});
var writeConfigFile = (function (file, config, note) {
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(file, configYaml(config, note), { flag: 'wx' });
});

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AV: () => (/* binding */ readUserConfig),
/* harmony export */   N1: () => (/* binding */ replaceConfigFile),
/* harmony export */   o5: (() => (/* binding */ writeConfigFile))
/* harmony export */ });
/* unused harmony export configYaml */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(38815);
/* harmony import */ var _context_limits_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76754);
/* harmony import */ var _context_yaml_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(24309);
// Reading and writing Image Customizer config files (YAML, via the yaml package).
// Synchronous writes: configs are a few kilobytes, and an async write is a round trip to libuv's thread pool.




const HEADER = [
    ' Image Customizer config written by trident-iso-action.',
    ' Paths are as the container sees them: /config is this folder,',
    ' /inputs/cosi holds the COSI (read-only), /rpms the Trident RPMs.',
].join('\n');
/** The config as YAML text, with a note under the header when there is one to make. Pure. */


/** Replaces a config the action wrote earlier in its own folder (never a user's file): a new file renamed over it. */
function replaceConfigFile(file, config) {
    const next = `${file}.next`;
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(next, configYaml(config), { flag: 'wx' });
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.renameSync)(next, file);
}
function readUserConfig(file) {
    return (0,_context_yaml_js__WEBPACK_IMPORTED_MODULE_3__/* .parseYamlMapping */ .$0)((0,_context_limits_js__WEBPACK_IMPORTED_MODULE_2__/* .readInputText */ ._)('config', file, 'customizerConfig'), 'config', file);
}


/***/ }),

/***/ 1461:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: (() => (/* binding */ formats))
/* harmony export */ });
// The function formats the generated schema validators call as `formats.<name>`
// (scripts/compile-schemas.ts); formats that are regular expressions are written
// into the validators instead.
/**
 * Trident's URLs (microsoft/trident, crates/trident_api: OsImage.url and the
 * extension images' url) are the Rust url crate's `Url`, which parses by the
 * WHATWG URL Standard, as Node's URL does. ajv-formats' RFC 3986 `uri` refused
 * URLs that Trident reads (a space in a file:// path) and took milliseconds to
 * compile its regular expression on each run.
 */
const formats = {
    uri: ((value) => URL.canParse(value)),
};


/***/ }),

/***/ 54907:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {
var schemaCheck = (function (spec) {
    const { valid } = checker(spec);
    return ((value) => valid(spec.schema, value));
});
var checker = (function (spec) {
var target = (function (ref, from) {
        const known = targets.get(ref);
        if (known !== undefined)
            return known;
        if (!ref.startsWith('#'))
            refuse(`$ref ${ref} is not inside the schema`, from);
        let node = root;
        for (const raw of ref.slice(1).split('/').slice(1)) {
            const segment = decodeURIComponent(raw).replaceAll('~1', '/').replaceAll('~0', '~');
            node = Array.isArray(node) ? node[Number(segment)] : isObject(node) ? node[segment] : undefined;
        }
        if (node === undefined)
            refuse(`$ref ${ref} resolves to nothing`, from);
        targets.set(ref, node);
        return node;
    });
    const root = spec.schema;
    const { strictNumbers } = spec;
    const formats = spec.formats ?? {};
    const formatChecks = new Map();
    const patterns = new Map();
    const targets = new Map();
    const vetted = new WeakSet();
    const refuse = (what, node) => {
        throw new Error(`schema-check: ${what}, in ${JSON.stringify(node).slice(0, 120)}`);
    };
    const vet = ((node) => {
        for (const key in node)
            if (!KEYWORDS.has(key) && !IGNORED.has(key))
                refuse(`keyword '${key}' is not implemented`, node);
        if (Array.isArray(node.items))
            refuse('items as an array (draft-07 tuples) is not implemented', node);
        if (typeof node.$ref === 'string')
            target(node.$ref, node);
        const types = Array.isArray(node.type) ? node.type : node.type === undefined ? [] : [node.type];
        for (const type of types)
            if (typeof type !== 'string' || !TYPES.has(type))
                refuse(`type '${String(type)}' is not a JSON schema type`, node);
        if (typeof node.format === 'string' && !formatChecks.has(node.format)) {
            const format = formats[node.format];
            if (format === undefined)
                refuse(`no check for format '${node.format}'`, node);
            else
                formatChecks.set(node.format, formatTest(format));
        }
        // Ajv's `pattern`: a Unicode regular expression, unanchored.
        if (typeof node.pattern === 'string' && !patterns.has(node.pattern))
            patterns.set(node.pattern, new RegExp(node.pattern, 'u'));
        vetted.add(node);
    });
    
    const valid = ((schema, x) => {
        if (schema === true)
            return true;
        if (schema === false || !isObject(schema))
            return false;
        const s = schema;
        if (!vetted.has(s))
            vet(s);
        if (typeof s.$ref === 'string' && !valid(target(s.$ref, s), x))
            return false;
        if (s.type !== undefined && !(Array.isArray(s.type) ? s.type.some(((t) => hasType(x, t))) : hasType(x, s.type)))
            return false;
        if (Array.isArray(s.enum) && !s.enum.some(((v) => equal(v, x))))
            return false;
        if ('const' in s && !equal(s.const, x))
            return false;
        if (typeof x === 'number' && (!strictNumbers || Number.isFinite(x)) && !numberValid(s, x))
            return false;
        if (typeof x === 'string' && !stringValid(s, x))
            return false;
        if (Array.isArray(x) && !arrayValid(s, x))
            return false;
        if (isObject(x) && !objectValid(s, x))
            return false;
        if (Array.isArray(s.allOf) && !s.allOf.every(((sub) => valid(sub, x))))
            return false;
        if (Array.isArray(s.anyOf) && !s.anyOf.some(((sub) => valid(sub, x))))
            return false;
        if (Array.isArray(s.oneOf) && s.oneOf.filter(((sub) => valid(sub, x))).length !== 1)
            return false;
        if (s.not !== undefined && valid(s.not, x))
            return false;
        if (s.if !== undefined) {
            const branch = valid(s.if, x) ? s.then : s.else;
            if (branch !== undefined && !valid(branch, x))
                return false;
        }
        return true;
    });
    /** Ajv's type checks (ajv/lib/compile/validate/dataType.ts, checkDataType). */
    const hasType = ((x, type) => {
        switch (type) {
            case 'null':
                return x === null;
            case 'boolean':
            case 'string':
                return typeof x === type;
            case 'number':
                return typeof x === 'number' && (!strictNumbers || Number.isFinite(x));
            case 'integer':
                // Loose, Ajv's `!(x % 1) && !isNaN(x)` lets ±Infinity through (Infinity % 1 is NaN).
                return typeof x === 'number' && !(x % 1) && !Number.isNaN(x) && (!strictNumbers || Number.isFinite(x));
            case 'array':
                return Array.isArray(x);
            default:
                return isObject(x);
        }
    });
    // Ajv applies each group of keywords only to data of its type (numbers: finite ones when strict), and fails NaN on a limit.
    const numberValid = ((s, x) => !(typeof s.minimum === 'number' && (x < s.minimum || Number.isNaN(x))) && !(typeof s.maximum === 'number' && (x > s.maximum || Number.isNaN(x))));
    const stringValid = ((s, x) => {
        if (typeof s.minLength === 'number' || typeof s.maxLength === 'number') {
            const length = codePoints(x);
            if (typeof s.minLength === 'number' && length < s.minLength)
                return false;
            if (typeof s.maxLength === 'number' && length > s.maxLength)
                return false;
        }
        if (typeof s.pattern === 'string' && !patterns.get(s.pattern)?.test(x))
            return false;
        if (typeof s.format === 'string' && !formatChecks.get(s.format)?.(x))
            return false;
        return true;
    });
    const arrayValid = ((s, x) => {
        if (typeof s.minItems === 'number' && x.length < s.minItems)
            return false;
        if (typeof s.maxItems === 'number' && x.length > s.maxItems)
            return false;
        const prefix = Array.isArray(s.prefixItems) ? s.prefixItems : [];
        for (let i = 0; i < Math.min(prefix.length, x.length); i++)
            if (!valid(prefix[i], x[i]))
                return false;
        if (s.items !== undefined)
            for (let i = prefix.length; i < x.length; i++)
                if (!valid(s.items, x[i]))
                    return false;
        if (s.contains !== undefined) {
            const matches = x.filter(((item) => valid(s.contains, item))).length;
            if (matches < (typeof s.minContains === 'number' ? s.minContains : 1))
                return false;
            if (typeof s.maxContains === 'number' && matches > s.maxContains)
                return false;
        }
        return true;
    });
    // As Ajv's generated code: a property is there unless reading it gives undefined; additionalProperties looks at `for in` keys.
    const objectValid = ((s, x) => {
        if (Array.isArray(s.required) && s.required.some(((key) => x[String(key)] === undefined)))
            return false;
        const properties = isObject(s.properties) ? s.properties : {};
        for (const [key, sub] of Object.entries(properties))
            if (x[key] !== undefined && !valid(sub, x[key]))
                return false;
        if (s.additionalProperties !== undefined) {
            for (const key in x)
                if (!Object.hasOwn(properties, key) && !valid(s.additionalProperties, x[key]))
                    return false;
        }
        return true;
    });
    return { valid, vet };
});
var codePoints = (function (s) {
    let n = 0;
    for (const _ of s)
        n++;
    return n;
});
var equal = (function (a, b) {
    if (a === b)
        return true;
    if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null)
        return false;
    if (Array.isArray(a) !== Array.isArray(b))
        return false;
    const ka = Object.keys(a);
    const kb = Object.keys(b);
    if (ka.length !== kb.length)
        return false;
    return ka.every((k) => Object.hasOwn(b, k) && equal(a[k], b[k]));
});
var formatTest = (function (f) {
    if (f === true)
        return (() => true);
    if ('function' in f)
        return _formats_js__WEBPACK_IMPORTED_MODULE_0__/* .formats */ .F[f.function];
    const re = new RegExp(f.pattern, f.flags);
    return ((s) => re.test(s));
});

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   un: (() => (/* binding */ schemaCheck)),
/* harmony export */   yU: () => (/* binding */ refusalErrors)
/* harmony export */ });
/* unused harmony export vetWholeSchema */
/* harmony import */ var _formats_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1461);

/** Keywords that describe and validate nothing, and the definitions (reached through $ref). */
const IGNORED = new Set(['$schema', '$id', '$comment', 'title', 'description', 'default', 'examples', 'definitions', '$defs', 'deprecated']);
/** Keywords this checker implements. */
const KEYWORDS = new Set([
    '$ref',
    'type',
    'enum',
    'const',
    'minimum',
    'maximum',
    'minLength',
    'maxLength',
    'pattern',
    'format',
    'items',
    'prefixItems',
    'minItems',
    'maxItems',
    'contains',
    'minContains',
    'maxContains',
    'required',
    'properties',
    'additionalProperties',
    'allOf',
    'anyOf',
    'oneOf',
    'not',
    'if',
    'then',
    'else',
]);
const TYPES = new Set(['null', 'boolean', 'string', 'number', 'integer', 'array', 'object']);
const isObject = ((x) => typeof x === 'object' && x !== null && !Array.isArray(x));
/**
 * The check of `spec.schema`: a pure function of the value. Each schema object
 * is looked at when a value first reaches it (one never reached cannot change
 * an answer, and looking at all of them took as long as the checks): a keyword
 * it does not implement, `items` as an array (draft-07 tuples), a $ref outside
 * the schema, a format it has no check for or an unknown type throw then.
 */

/**
 * Looks at every schema object in `spec.schema` (the definitions too) as the
 * check does when a value reaches it, and throws as it would: for the tests,
 * which show that the vendored schemas use nothing the check does not implement.
 */
function vetWholeSchema(spec) {
    const { vet } = checker(spec);
    const walk = (node) => {
        if (!isObject(node))
            return;
        vet(node);
        for (const [key, child] of Object.entries(node)) {
            if (key === 'enum' || key === 'const')
                continue;
            if (key === 'properties' || key === 'definitions' || key === '$defs') {
                if (isObject(child))
                    Object.values(child).forEach(walk);
            }
            else if (Array.isArray(child))
                child.forEach(walk);
            else
                walk(child);
        }
    };
    walk(spec.schema);
}
/**
 * The errors of the validator that explains a value the check refused. It must refuse the value too: a validator
 * that accepts it means the two disagree, an internal error, never a pass.
 */
function refusalErrors(value, explainer, what) {
    if (explainer(value))
        throw new Error(`internal error: the ${what} validators disagree (one refuses what the other accepts); please report it with this ${what}`);
    return explainer.errors ?? [];
}

/** A string's length in code points, as Ajv's ucs2length counts it (a surrogate pair is one). */

/** Deep equality of JSON values, as Ajv's enum and const use it (fast-deep-equal). */




/***/ }),

/***/ 12219:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {
var hostConfigKeys = (function () {
    return Object.keys(host_config_check_namespaceObject.schema.properties);
});
var parseHostConfig = (function (text) {
    const lineCounter = new dist/* LineCounter */.HN();
    const parsed = (0,yaml/* boundedDocument */.nu)(text, lineCounter);
    if (parsed.problem) {
        const { reason, line, column } = parsed.problem;
        return { error: { path: '', message: reason, ...(line === undefined ? {} : { line }), ...(column === undefined ? {} : { column }) } };
    }
    const { doc } = parsed;
    try {
        const value = doc.toJS({ maxAliasCount: limits/* COUNT_LIMITS */.f5.yamlAliases });
        lineCounters.set(doc, lineCounter);
        return { doc, value };
    }
    catch (err) {
        return { error: { path: '', message: (0,errors/* errorMessage */.g)(err) } };
    }
});
var checkHostConfig = (async function (value, doc) {
    const rules = ruleProblems(value);
    const ruled = new Set(rules.map((p) => p.path));
    // The explicit rules say the same thing as the schema, more precisely: theirs win on a shared path.
    const schema = (await schemaProblems(value)).filter((p) => !ruled.has(p.path));
    const problems = (0,trident_problems/* mergeByPath */.nz)([...rules, ...schema]);
    return doc ? locateAll(problems, doc) : problems.map(({ path, message }) => ({ path, message }));
});
var schemaProblems = (async function (value) {
    if (hostConfigValid(value))
        return [];
    const [{ explainRefusal }, { hostConfigExplainer, hostConfigSchema }] = await Promise.all([
        __webpack_require__.e(/* import() */ 762).then(__webpack_require__.bind(__webpack_require__, 67762)),
        __webpack_require__.e(/* import() */ 317).then(__webpack_require__.bind(__webpack_require__, 92317)),
    ]);
    return explainRefusal(value, await hostConfigExplainer(), hostConfigSchema(), 'host config');
});
var ruleProblems = (function (value) {
    if (!(0,yaml/* isMapping */.pi)(value)) {
        return [{ path: '', message: `must be a mapping with Trident's keys (${hostConfigKeys().join(', ')}), not ${kindOf(value)}`, atKey: false }];
    }
    return [...topLevelKeyProblems(value), ...imageProblems(value.image)];
});
var topLevelKeyProblems = (function (value) {
    const known = hostConfigKeys();
    return Object.keys(value)
        .filter(((key) => !known.includes(key)))
        .map((key) => ({
        path: (0,trident_problems/* pointerJoin */.wQ)('', key),
        message: `unknown top-level key ${(0,trident_problems/* quote */.hD)(key)}: Trident's keys are ${(0,trident_problems/* joinOr */.So)(known)}`,
        atKey: true,
    }));
});
var imageProblems = (function (image) {
    if (!(0,yaml/* isMapping */.pi)(image))
        return [];
    return [...imageUrlProblems(image.url), ...imageShaProblems(image.sha384)];
});
var imageUrlProblems = (function (url) {
    if (typeof url !== 'string')
        return [];
    const at = (message) => [{ path: '/image/url', message, atKey: false }];
    const schemes = (0,trident_problems/* joinOr */.So)(IMAGE_URL_SCHEMES.map(((s) => `${s}://`)));
    const scheme = /^([A-Za-z][A-Za-z0-9+.-]*):\/\//.exec(url)?.[1]?.toLowerCase();
    if (scheme === undefined) {
        const hint = url.startsWith('/') ? `; for a COSI the ISO carries at ${url}, write ${(0,trident_problems/* quote */.hD)(expectedCosiUrl(url))}` : '';
        return at(`${(0,trident_problems/* quote */.hD)(url)} is not a URL: it needs a scheme (${schemes})${hint}`);
    }
    if (!IMAGE_URL_SCHEMES.includes(scheme))
        return at(`scheme ${(0,trident_problems/* quote */.hD)(`${scheme}://`)} is not one Trident reads: use ${schemes}`);
    if (!URL.canParse(url))
        return at(`${(0,trident_problems/* quote */.hD)(url)} is not a valid URL`);
    return [];
});
var imageShaProblems = (function (sha) {
    const expected = `the SHA-384 of the COSI's metadata.json (96 hex digits) or the literal "ignored"`;
    const at = (message) => [{ path: '/image/sha384', message, atKey: false }];
    if (typeof sha === 'number')
        return at(`must be quoted: YAML read it as a number; expected ${expected}`);
    if (typeof sha !== 'string' || sha === 'ignored' || /^[0-9a-fA-F]{96}$/.test(sha))
        return [];
    return at(`must be ${expected}; got ${sha.length} characters`);
});
var locateAll = (function (problems, doc) {
    const counter = lineCounters.get(doc);
    const located = problems.map((p) => {
        const offset = counter ? nodeOffset(doc, p.path, p.atKey) : undefined;
        if (offset === undefined || !counter)
            return { path: p.path, message: p.message };
        const { line, col } = counter.linePos(offset);
        return { path: p.path, message: p.message, line, column: col };
    });
    // Source order reads best in a log and in annotations.
    return located.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
});
var wireImageInto = (function (doc, url, sha384) {
    if (doc.contents !== null && !(0,dist/* isMap */.jh)(doc.contents))
        throw new Error('cannot set image: the host config is not a mapping');
    const image = doc.get('image', true);
    if ((0,dist/* isMap */.jh)(image)) {
        image.set('url', url);
        image.set('sha384', sha384);
    }
    else {
        doc.set('image', doc.createNode({ url, sha384 }));
    }
    // lineWidth 0: never fold the user's long scalars onto new lines.
    return doc.toString({ lineWidth: 0 });
});
var expectedCosiUrl = (function (cosiDestination) {
    if (!cosiDestination.startsWith('/'))
        throw new Error(`cosi destination must be absolute: ${(0,trident_problems/* quote */.hD)(cosiDestination)}`);
    return `file://${CDROM_MOUNT}${cosiDestination}`;
});


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  om: (() => (/* binding */ CDROM_MOUNT)),
  t5: (() => (/* binding */ checkHostConfig)),
  O6: (() => (/* binding */ expectedCosiUrl)),
  dT: () => (/* binding */ imageOf),
  AN: () => (/* binding */ locatePointer),
  qK: (() => (/* binding */ parseHostConfig)),
  f2: (() => (/* binding */ wireImageInto))
});

// UNUSED EXPORTS: wireImage

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
// EXTERNAL MODULE: ./build/data/schema-check.js
var schema_check = __webpack_require__(54907);
;// CONCATENATED MODULE: ./build/data/validators/host-config-check.json
const host_config_check_namespaceObject = /*#__PURE__*/JSON.parse('{"schema":{"$schema":"http://json-schema.org/draft-07/schema#","type":"object","properties":{"health":{"allOf":[{"$ref":"#/definitions/Health"}]},"image":{"anyOf":[{"type":"null"},{"allOf":[{"$ref":"#/definitions/OsImage"}]}]},"managementOs":{"allOf":[{"$ref":"#/definitions/ManagementOs"}]},"os":{"allOf":[{"$ref":"#/definitions/Os"}]},"scripts":{"allOf":[{"$ref":"#/definitions/Scripts"}]},"storage":{"allOf":[{"$ref":"#/definitions/Storage"}]},"trident":{"allOf":[{"$ref":"#/definitions/Trident"}]}},"additionalProperties":false,"definitions":{"AbUpdate":{"type":"object","required":["volumePairs"],"properties":{"volumePairs":{"type":"array","items":{"$ref":"#/definitions/AbVolumePair"}}},"additionalProperties":false},"AbVolumePair":{"type":"object","required":["id","volumeAId","volumeBId"],"properties":{"id":{"type":"string","format":"Block Device ID"},"volumeAId":{"type":"string","format":"Block Device ID"},"volumeBId":{"type":"string","format":"Block Device ID"}},"additionalProperties":false},"AdditionalFile":{"type":"object","required":["destination"],"properties":{"content":{"anyOf":[{"type":"null"},{"type":"string"}]},"destination":{"type":"string"},"permissions":{"anyOf":[{"type":"null"},{"type":"string"}]},"source":{"anyOf":[{"type":"null"},{"type":"string"}]}},"additionalProperties":false},"AdoptedPartition":{"type":"object","required":["id"],"properties":{"id":{"type":"string","format":"Block Device ID"},"matchLabel":{"anyOf":[{"type":"null"},{"type":"string"}]},"matchUuid":{"anyOf":[{"type":"null"},{"type":"string","format":"uuid"}]}},"additionalProperties":false},"ByteCount":{"type":["string","number"],"format":"\\\\d+\\\\s*[KMGT]?"},"Check":{"oneOf":[{"$ref":"#/definitions/Script"},{"$ref":"#/definitions/SystemdCheck"}]},"Disk":{"type":"object","required":["device","id","partitionTableType","partitions"],"properties":{"adoptedPartitions":{"type":"array","items":{"$ref":"#/definitions/AdoptedPartition"}},"device":{"type":"string"},"id":{"type":"string","format":"Block Device ID"},"partitionTableType":{"allOf":[{"$ref":"#/definitions/PartitionTableType"}]},"partitions":{"type":"array","items":{"$ref":"#/definitions/Partition"}}},"additionalProperties":false},"EncryptedVolume":{"type":"object","required":["deviceId","deviceName","id"],"properties":{"deviceId":{"type":"string","format":"Block Device ID"},"deviceName":{"type":"string"},"id":{"type":"string","format":"Block Device ID"}},"additionalProperties":false},"Encryption":{"type":"object","required":["pcrs","volumes"],"properties":{"clearTpmOnInstall":{"anyOf":[{"type":"null"},{"type":"boolean"}]},"pcrs":{"type":"array","items":{"$ref":"#/definitions/Pcr"}},"recoveryKeyUrl":{"anyOf":[{"type":"null"},{"type":"string","format":"uri"}]},"volumes":{"type":"array","items":{"$ref":"#/definitions/EncryptedVolume"}}},"additionalProperties":false},"Extension":{"type":"object","required":["sha384","url"],"properties":{"path":{"anyOf":[{"type":"null"},{"type":"string"}]},"sha384":{"type":"string","format":"[a-fA-F0-9]{96}"},"url":{"type":"string","format":"uri"}},"additionalProperties":false},"FileSystem":{"type":"object","properties":{"deviceId":{"type":"string","format":"Block Device ID"},"mountPoint":{"anyOf":[{"type":"null"},{"oneOf":[{"$ref":"#/definitions/MountPoint"},{"type":"string"},{"type":"null"}]}]},"overrideEspMount":{"allOf":[{"$ref":"#/definitions/OverrideEspMount"}]},"source":{"allOf":[{"$ref":"#/definitions/FileSystemSource"}]},"type":{"anyOf":[{"type":"null"},{"allOf":[{"$ref":"#/definitions/FileSystemType"}]}]}},"additionalProperties":false},"FileSystemSource":{"oneOf":[{"type":"string","enum":["new"]},{"type":"string","enum":["adopted"]},{"type":"string","enum":["image"]}]},"FileSystemType":{"oneOf":[{"type":"string","enum":["ext4"]},{"type":"string","enum":["xfs"]},{"type":"string","enum":["vfat"]},{"type":"string","enum":["ntfs"]},{"type":"string","enum":["tmpfs"]},{"type":"string","enum":["auto"]}]},"Health":{"type":"object","properties":{"checks":{"type":"array","items":{"$ref":"#/definitions/Check"}}},"additionalProperties":false},"ImageSha384":{"oneOf":[{"type":"string","enum":["ignored"]},{"type":"string","format":"[a-fA-F0-9]{96}"}]},"KernelCommandLine":{"type":"object","required":["extraCommandLine"],"properties":{"extraCommandLine":{"type":"array","items":{"type":"string"}}},"additionalProperties":false},"LoadMode":{"oneOf":[{"type":"string","enum":["always"]},{"type":"string","enum":["auto"]},{"type":"string","enum":["disable"]},{"type":"string","enum":["inherit"]}]},"ManagementOs":{"type":"object","properties":{"netplan":{"anyOf":[{"type":"null"},{"type":"object","format":"Netplan YAML"}]},"users":{"type":"array","items":{"$ref":"#/definitions/User"}}},"additionalProperties":false},"Module":{"type":"object","required":["name"],"properties":{"loadMode":{"allOf":[{"$ref":"#/definitions/LoadMode"}]},"name":{"type":"string"},"options":{"type":"object","additionalProperties":{"type":"string"}}},"additionalProperties":false},"MountPoint":{"type":"object","required":["path"],"properties":{"options":{"type":"string"},"path":{"type":"string"}},"additionalProperties":false},"Os":{"type":"object","properties":{"additionalFiles":{"type":"array","items":{"$ref":"#/definitions/AdditionalFile"}},"confexts":{"type":"array","items":{"$ref":"#/definitions/Extension"}},"hostname":{"anyOf":[{"type":"null"},{"type":"string"}]},"kernelCommandLine":{"allOf":[{"$ref":"#/definitions/KernelCommandLine"}]},"modules":{"type":"array","items":{"$ref":"#/definitions/Module"}},"netplan":{"anyOf":[{"type":"null"},{"type":"object","format":"Netplan YAML"}]},"selinux":{"allOf":[{"$ref":"#/definitions/Selinux"}]},"services":{"allOf":[{"$ref":"#/definitions/Services"}]},"sysexts":{"type":"array","items":{"$ref":"#/definitions/Extension"}},"uefiFallback":{"allOf":[{"$ref":"#/definitions/UefiFallbackMode"}]},"users":{"type":"array","items":{"$ref":"#/definitions/User"}}},"additionalProperties":false},"OsImage":{"type":"object","required":["sha384","url"],"properties":{"sha384":{"allOf":[{"$ref":"#/definitions/ImageSha384"}]},"url":{"type":"string","format":"uri"}},"additionalProperties":false},"OverrideEspMount":{"oneOf":[{"type":"string","enum":["use-default"]},{"type":"string","enum":["override"]},{"type":"string","enum":["block"]}]},"Partition":{"type":"object","required":["id","size"],"properties":{"id":{"type":"string","format":"Block Device ID"},"label":{"anyOf":[{"type":"null"},{"type":"string"}]},"size":{"allOf":[{"$ref":"#/definitions/PartitionSize"}]},"type":{"allOf":[{"$ref":"#/definitions/PartitionType"}]},"uuid":{"anyOf":[{"type":"null"},{"type":"string","format":"uuid"}]}},"additionalProperties":false},"PartitionSize":{"oneOf":[{"type":"string","enum":["grow"]},{"type":["string","number"],"format":"\\\\d+\\\\s*[KMGT]?"}]},"PartitionTableType":{"oneOf":[{"type":"string","enum":["gpt"]}]},"PartitionType":{"oneOf":[{"type":"string","enum":["esp"]},{"type":"string","enum":["root"]},{"type":"string","enum":["swap"]},{"type":"string","enum":["root-verity"]},{"type":"string","enum":["home"]},{"type":"string","enum":["var"]},{"type":"string","enum":["usr"]},{"type":"string","enum":["usr-verity"]},{"type":"string","enum":["tmp"]},{"type":"string","enum":["linux-generic"]},{"type":"string","enum":["srv"]},{"type":"string","enum":["xbootldr"]},{"type":"string","format":"uuid"}]},"Password":{"oneOf":[{"type":"object","required":["type"],"properties":{"type":{"type":"string","enum":["locked"]}},"additionalProperties":false}]},"Pcr":{"oneOf":[{"type":"integer","minimum":0,"maximum":23},{"type":"string","enum":["platform-code","platform-config","external-code","external-config","boot-loader-code","boot-loader-config","host-platform","secure-boot-policy","pcr8","kernel-initrd","ima","kernel-boot","kernel-config","sysexts","shim-policy","system-identity","debug","pcr17","pcr18","pcr19","pcr20","pcr21","pcr22","application-support"]}]},"Raid":{"type":"object","properties":{"software":{"type":"array","items":{"$ref":"#/definitions/SoftwareRaidArray"}},"syncTimeout":{"anyOf":[{"type":"null"},{"type":"integer","format":"uint64","minimum":0}]}},"additionalProperties":false},"RaidLevel":{"oneOf":[{"type":"string","enum":["raid0"]},{"type":"string","enum":["raid1"]},{"type":"string","enum":["raid5"]},{"type":"string","enum":["raid6"]},{"type":"string","enum":["raid10"]}]},"Script":{"type":"object","oneOf":[{"required":["content"]},{"required":["path"]}],"properties":{"arguments":{"type":"array","items":{"type":"string"}},"environmentVariables":{"type":"object","additionalProperties":{"type":"string"}},"interpreter":{"anyOf":[{"type":"null"},{"type":"string"}]},"name":{"type":"string"},"runOn":{"type":"array","items":{"$ref":"#/definitions/ServicingTypeSelection"}},"content":{"type":"string"},"path":{"type":"string"}},"additionalProperties":false},"Scripts":{"type":"object","properties":{"postConfigure":{"type":"array","items":{"$ref":"#/definitions/Script"}},"postProvision":{"type":"array","items":{"$ref":"#/definitions/Script"}},"preServicing":{"type":"array","items":{"$ref":"#/definitions/Script"}}},"additionalProperties":false},"Selinux":{"type":"object","properties":{"mode":{"anyOf":[{"type":"null"},{"allOf":[{"$ref":"#/definitions/SelinuxMode"}]}]}},"additionalProperties":false},"SelinuxMode":{"oneOf":[{"type":"string","enum":["disabled"]},{"type":"string","enum":["permissive"]},{"type":"string","enum":["enforcing"]}]},"Services":{"type":"object","properties":{"disable":{"type":"array","items":{"type":"string"}},"enable":{"type":"array","items":{"type":"string"}}},"additionalProperties":false},"ServicingTypeSelection":{"oneOf":[{"type":"string","enum":["clean-install"]},{"type":"string","enum":["runtime-update"]},{"type":"string","enum":["ab-update"]},{"type":"string","enum":["all"]}]},"SoftwareRaidArray":{"type":"object","required":["devices","id","level","name"],"properties":{"devices":{"type":"array","items":{"type":"string","format":"Block Device ID"}},"id":{"type":"string","format":"Block Device ID"},"level":{"allOf":[{"$ref":"#/definitions/RaidLevel"}]},"name":{"type":"string"}},"additionalProperties":false},"SshMode":{"oneOf":[{"type":"string","enum":["block"]},{"type":"string","enum":["key-only"]}]},"Storage":{"type":"object","properties":{"abUpdate":{"anyOf":[{"type":"null"},{"allOf":[{"$ref":"#/definitions/AbUpdate"}]}]},"disks":{"type":"array","items":{"$ref":"#/definitions/Disk"}},"encryption":{"anyOf":[{"type":"null"},{"allOf":[{"$ref":"#/definitions/Encryption"}]}]},"filesystems":{"type":"array","items":{"$ref":"#/definitions/FileSystem"}},"raid":{"allOf":[{"$ref":"#/definitions/Raid"}]},"swap":{"type":"array","items":{"oneOf":[{"$ref":"#/definitions/Swap"},{"type":"string"}]}},"verity":{"type":"array","items":{"$ref":"#/definitions/VerityDevice"}}},"additionalProperties":false},"Swap":{"type":"object","required":["deviceId"],"properties":{"deviceId":{"type":"string","format":"Block Device ID"}},"additionalProperties":false},"SystemdCheck":{"type":"object","properties":{"name":{"type":"string"},"runOn":{"type":"array","items":{"$ref":"#/definitions/ServicingTypeSelection"}},"systemdServices":{"type":"array","items":{"type":"string"}},"timeoutSeconds":{"type":"integer","format":"uint","minimum":0}},"additionalProperties":false},"Trident":{"type":"object","properties":{"datastorePath":{"type":"string"},"disable":{"type":"boolean"},"logstream":{"anyOf":[{"type":"null"},{"type":"string"}]},"phonehome":{"anyOf":[{"type":"null"},{"type":"string"}]}},"additionalProperties":false},"UefiFallbackMode":{"oneOf":[{"type":"string","enum":["conservative"]},{"type":"string","enum":["optimistic"]},{"type":"string","enum":["disabled"]}]},"User":{"type":"object","required":["name"],"properties":{"homeDirectory":{"anyOf":[{"type":"null"},{"type":"string"}]},"name":{"type":"string"},"password":{"allOf":[{"$ref":"#/definitions/Password"}]},"primaryGroup":{"anyOf":[{"type":"null"},{"type":"string"}]},"secondaryGroups":{"type":"array","items":{"type":"string"}},"sshMode":{"allOf":[{"$ref":"#/definitions/SshMode"}]},"sshPublicKeys":{"type":"array","items":{"type":"string"}},"startupCommand":{"anyOf":[{"type":"null"},{"type":"string"}]},"uid":{"anyOf":[{"type":"null"},{"type":"integer","format":"int32"}]}},"additionalProperties":false},"VerityCorruptionOption":{"oneOf":[{"type":"string","enum":["io-error"]},{"type":"string","enum":["ignore"]},{"type":"string","enum":["panic"]},{"type":"string","enum":["restart"]}]},"VerityDevice":{"type":"object","required":["dataDeviceId","hashDeviceId","id","name"],"properties":{"corruptionOption":{"allOf":[{"$ref":"#/definitions/VerityCorruptionOption"}]},"dataDeviceId":{"type":"string","format":"Block Device ID"},"hashDeviceId":{"type":"string","format":"Block Device ID"},"id":{"type":"string"},"name":{"type":"string"}},"additionalProperties":false}}},"formats":{"[a-fA-F0-9]{96}":{"pattern":"^(?:[a-fA-F0-9]{96})$","flags":""},"\\\\d+\\\\s*[KMGT]?":{"pattern":"^(?:\\\\d+\\\\s*[KMGT]?)$","flags":""},"Block Device ID":true,"int32":true,"Netplan YAML":true,"uint":true,"uint64":true,"uri":{"function":"uri"},"uuid":{"pattern":"^(?:urn:uuid:)?[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}$","flags":"i"}},"strictNumbers":true}');
;// CONCATENATED MODULE: ./build/trident/host-config-check.js
// Whether a host config is valid against Trident's schema as
// host-config-schema.ts corrects it: src/data/schema-check.ts on the corrected
// schema, made when the action is built (src/data/validators/host-config-check.json,
// scripts/compile-schemas.ts). What explains a refusal (the vendored schema,
// its corrections and the Ajv validator) loads only for a config this refuses.


/** Whether the corrected schema accepts a config (made at once: the check looks at the schema only as values reach it). */
const hostConfigValid = (0,schema_check/* schemaCheck */.un)(host_config_check_namespaceObject);
/** Its top-level keys (the corrections leave them as the vendored schema has them). */


// EXTERNAL MODULE: ./build/trident/problems.js
var trident_problems = __webpack_require__(94823);
// EXTERNAL MODULE: ./build/context/errors.js
var errors = __webpack_require__(31997);
// EXTERNAL MODULE: ./build/context/limits.js
var limits = __webpack_require__(76754);
// EXTERNAL MODULE: ./build/context/yaml.js
var yaml = __webpack_require__(24309);
;// CONCATENATED MODULE: ./build/trident/host-config.js
// Trident Host Configuration: parse, check, and point `image` at the COSI the
// ISO carries. Pure: the caller reads and writes files.






/** Where the live ISO exposes its media (a symlink made during customization to /run/initramfs/live). */
const CDROM_MOUNT = '/mnt/trident_cdrom';
/** The schemes Trident's image fetcher reads (OsImage.url documentation). */
const IMAGE_URL_SCHEMES = ['file', 'http', 'https', 'oci'];
/** Line counters of the documents parseHostConfig made, so checkHostConfig can locate nodes. */
const lineCounters = new WeakMap();
/** Parses YAML text; a syntax error comes back as a Problem at its 1-based line and column. */

function yamlErrorProblem(error) {
    // The first line is the reason; the rest is a source excerpt, and the position goes to line/column.
    const { reason, line, column } = yamlErrorParts(error);
    return { path: '', message: reason, ...(line === undefined ? {} : { line }), ...(column === undefined ? {} : { column }) };
}
/**
 * Everything wrong with a parsed host config, one problem per path. With the
 * document from parseHostConfig, each problem carries its line and column.
 */

/**
 * The schema's problems: none when src/data/schema-check.ts accepts the config; for one it refuses, the Ajv
 * validator's, with the corrected schema's $refs inlined (host-config-schema.ts), loaded only then.
 */

/** Checks the action relies on, with messages that say what to write instead. */





function kindOf(value) {
    if (value === null || value === undefined)
        return 'an empty document';
    if (Array.isArray(value))
        return 'a list';
    return `a ${typeof value}`;
}

/** The 1-based line and column of the node a JSON pointer names, in a document parseHostConfig made. */
function locatePointer(doc, pointer) {
    const counter = lineCounters.get(doc);
    const offset = counter ? nodeOffset(doc, pointer, false) : undefined;
    if (offset === undefined || !counter)
        return undefined;
    const { line, col } = counter.linePos(offset);
    return { line, column: col };
}
/**
 * Source offset of the node a pointer names; the key when asked (unknown
 * keys) or when the value has no position; else the nearest existing parent.
 */
function nodeOffset(doc, pointer, atKey) {
    let current = doc.contents;
    let best = rangeStart(current);
    for (const segment of (0,trident_problems/* pointerSegments */.cP)(pointer)) {
        if ((0,dist/* isMap */.jh)(current)) {
            const pair = current.items.find((p) => (0,dist/* isScalar */.jn)(p.key) && String(p.key.value) === segment);
            if (!pair)
                return best;
            const keyStart = rangeStart(pair.key);
            current = pair.value;
            best = (atKey ? keyStart : (rangeStart(current) ?? keyStart)) ?? best;
        }
        else if ((0,dist/* isSeq */.oP)(current)) {
            current = current.items[Number(segment)];
            best = rangeStart(current) ?? best;
        }
        else {
            return best;
        }
    }
    return best;
}
function rangeStart(node) {
    if (!(0,yaml/* isMapping */.pi)(node) || !Array.isArray(node.range))
        return undefined;
    const start = node.range[0];
    return typeof start === 'number' ? start : undefined;
}
/**
 * The host config text with `image.url` and `image.sha384` set (and `image`
 * created when missing). Comments, key order and the rest of the text's
 * values are kept; the caller writes the result to a new file.
 */
function wireImage(text, url, sha384) {
    // Only a text parseHostConfig accepted comes here: its size and duplicate keys were checked.
    const doc = parseDocument(text, { uniqueKeys: false });
    const first = doc.errors[0];
    if (first)
        throw new Error(`cannot set image in a host config that does not parse: ${yamlErrorProblem(first).message}`);
    return wireImageInto(doc, url, sha384);
}
/**
 * wireImage on the document parseHostConfig made of the text (not parsed a
 * second time); the document is changed. Its value was taken before.
 */

/** The image settings of a parsed host config, where they are strings. */
function imageOf(value) {
    if (!(0,yaml/* isMapping */.pi)(value) || !(0,yaml/* isMapping */.pi)(value.image))
        return {};
    const { url, sha384 } = value.image;
    return {
        ...(typeof url === 'string' ? { url } : {}),
        ...(typeof sha384 === 'string' ? { sha384 } : {}),
    };
}
/** The URL under which the live ISO sees a COSI placed at `cosiDestination` (absolute) on its media. */



/***/ })

};
