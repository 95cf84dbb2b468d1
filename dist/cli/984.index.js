export const id = 984;
export const ids = [984];
export const modules = {

/***/ 10860:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ln: () => (/* binding */ realpathIfAny),
/* harmony export */   eO: () => (/* binding */ lstatIfAny),
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
function lstatIfAny(file) {
    return tryOr(() => (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(file));
}
/** `file` with every link resolved, or undefined when it cannot be. */
function realpathIfAny(file) {
    return tryOr(() => (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(file));
}
function tryOr(look) {
    try {
        return look();
    }
    catch {
        return undefined;
    }
}


/***/ }),

/***/ 60114:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   p: () => (/* binding */ isMapping)
/* harmony export */ });
// Whether parsed data is a mapping, apart from the YAML reader: modules that
// only ask this (the input readers among them) do not load the yaml package.
/** A YAML mapping (a JSON object): not null, not a list. */
function isMapping(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}


/***/ }),

/***/ 24309:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $0: () => (/* binding */ parseYamlMapping),
/* harmony export */   EU: () => (/* binding */ parseBoundedYaml),
/* harmony export */   nu: () => (/* binding */ boundedDocument),
/* harmony export */   pi: () => (/* reexport safe */ _mapping_js__WEBPACK_IMPORTED_MODULE_3__.p)
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
function boundedDocument(text, lineCounter) {
    const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseDocument */ .Tp)(text, { uniqueKeys: false, prettyErrors: true, ...(lineCounter ? { lineCounter } : {}) });
    const first = doc.errors[0];
    if (first)
        return { problem: yamlErrorParts(first) };
    let nodes = 0;
    let problem;
    (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .visit */ .YR)(doc, (_key, node) => {
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
    });
    if (!problem)
        return { doc };
    const pos = problem.offset !== undefined ? lineCounter?.linePos(problem.offset) : undefined;
    return { problem: { reason: problem.reason, ...(pos ? { line: pos.line, column: pos.col } : {}) } };
}
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

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BP: () => (/* binding */ CDROM_LINK_TARGET),
/* harmony export */   Hl: () => (/* binding */ CDROM_LINK),
/* harmony export */   MQ: () => (/* binding */ JOURNAL_TO_CONSOLE),
/* harmony export */   Ol: () => (/* binding */ lastConsole),
/* harmony export */   R2: () => (/* binding */ mergeConfig),
/* harmony export */   Ry: () => (/* binding */ HOST_CONFIG_DESTINATION),
/* harmony export */   YK: () => (/* binding */ buildCustomizerConfig),
/* harmony export */   bd: () => (/* binding */ fileReferences),
/* harmony export */   j2: () => (/* binding */ PROCEDURE_SERVICES)
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
function buildCustomizerConfig(p) {
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
}
/** Appends without duplicates, keeping the first list's order. */
function union(first, second) {
    return [...new Set([...first, ...second])];
}
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
function fileReferences(value, pointer = '') {
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
}
/**
 * The live OS's last console= argument: Image Customizer appends
 * iso.kernelCommandLine's arguments after the OS's own (liveosisogrub.go,
 * updateGrubCfgForLiveOS), and the last console= is /dev/console. Pure.
 */
function lastConsole(config) {
    const words = (section) => {
        if (!(0,_context_mapping_js__WEBPACK_IMPORTED_MODULE_1__/* .isMapping */ .p)(section) || !(0,_context_mapping_js__WEBPACK_IMPORTED_MODULE_1__/* .isMapping */ .p)(section.kernelCommandLine))
            return [];
        const extra = section.kernelCommandLine.extraCommandLine;
        return Array.isArray(extra) ? extra.filter((w) => typeof w === 'string') : typeof extra === 'string' ? extra.split(/\s+/) : [];
    };
    return [...words(config.os), ...words(config.iso)].filter((w) => w.startsWith('console=')).at(-1);
}


/***/ }),

/***/ 58501:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AV: () => (/* binding */ readUserConfig),
/* harmony export */   N1: () => (/* binding */ replaceConfigFile),
/* harmony export */   o5: () => (/* binding */ writeConfigFile)
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
function configYaml(config, note) {
    const doc = new yaml__WEBPACK_IMPORTED_MODULE_1__/* .Document */ .yo(config);
    doc.commentBefore = note ? `${HEADER}\n${note.replace(/^/gm, ' ')}` : HEADER;
    return doc.toString({ lineWidth: 0 });
}
function writeConfigFile(file, config, note) {
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(file, configYaml(config, note), { flag: 'wx' });
}
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
/* harmony export */   F: () => (/* binding */ formats)
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
    uri: (value) => URL.canParse(value),
};


/***/ }),

/***/ 54907:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   u: () => (/* binding */ schemaCheck)
/* harmony export */ });
/* unused harmony export vetWholeSchema */
/* harmony import */ var _formats_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1461);
// Whether a value is valid against a JSON schema, read from the schema as
// data: the yes-or-no check of a host config, a COSI's metadata.json and an
// Image Customizer config. Ajv's standalone code for these schemas was 340 KB
// of JavaScript that Node parsed and compiled at every start, three quarters
// of it for parts of the schemas a given file never reaches; this is a few
// KB, and the schemas are JSON (JSON.parse, no compiling). A "no" is then
// explained by the Ajv validator that lists every error (src/data/validators/,
// loaded only then), which must agree (schema-tools.ts's schemaProblemsOf).
//
// It implements the keywords these schemas use, as Ajv 8 judges them (the
// type checks and keyword groups of ajv/lib/compile/validate/dataType.ts and
// ajv/lib/vocabularies/), draft-07 and 2020-12 alike: they differ in nothing
// these schemas use. Any other keyword throws when the checker is made, so a
// schema update cannot be checked with half its rules (test/unit/schema-check.test.ts).

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
const isObject = (x) => typeof x === 'object' && x !== null && !Array.isArray(x);
/**
 * The check of `spec.schema`: a pure function of the value. Each schema object
 * is looked at when a value first reaches it (one never reached cannot change
 * an answer, and looking at all of them took as long as the checks): a keyword
 * it does not implement, `items` as an array (draft-07 tuples), a $ref outside
 * the schema, a format it has no check for or an unknown type throw then.
 */
function schemaCheck(spec) {
    const { valid } = checker(spec);
    return (value) => valid(spec.schema, value);
}
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
function checker(spec) {
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
    const vet = (node) => {
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
    };
    function target(ref, from) {
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
    }
    const valid = (schema, x) => {
        if (schema === true)
            return true;
        if (schema === false || !isObject(schema))
            return false;
        const s = schema;
        if (!vetted.has(s))
            vet(s);
        if (typeof s.$ref === 'string' && !valid(target(s.$ref, s), x))
            return false;
        if (s.type !== undefined && !(Array.isArray(s.type) ? s.type.some((t) => hasType(x, t)) : hasType(x, s.type)))
            return false;
        if (Array.isArray(s.enum) && !s.enum.some((v) => equal(v, x)))
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
        if (Array.isArray(s.allOf) && !s.allOf.every((sub) => valid(sub, x)))
            return false;
        if (Array.isArray(s.anyOf) && !s.anyOf.some((sub) => valid(sub, x)))
            return false;
        if (Array.isArray(s.oneOf) && s.oneOf.filter((sub) => valid(sub, x)).length !== 1)
            return false;
        if (s.not !== undefined && valid(s.not, x))
            return false;
        if (s.if !== undefined) {
            const branch = valid(s.if, x) ? s.then : s.else;
            if (branch !== undefined && !valid(branch, x))
                return false;
        }
        return true;
    };
    /** Ajv's type checks (ajv/lib/compile/validate/dataType.ts, checkDataType). */
    const hasType = (x, type) => {
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
    };
    // Ajv applies each group of keywords only to data of its type (numbers: finite ones when strict), and fails NaN on a limit.
    const numberValid = (s, x) => !(typeof s.minimum === 'number' && (x < s.minimum || Number.isNaN(x))) && !(typeof s.maximum === 'number' && (x > s.maximum || Number.isNaN(x)));
    const stringValid = (s, x) => {
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
    };
    const arrayValid = (s, x) => {
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
            const matches = x.filter((item) => valid(s.contains, item)).length;
            if (matches < (typeof s.minContains === 'number' ? s.minContains : 1))
                return false;
            if (typeof s.maxContains === 'number' && matches > s.maxContains)
                return false;
        }
        return true;
    };
    // As Ajv's generated code: a property is there unless reading it gives undefined; additionalProperties looks at `for in` keys.
    const objectValid = (s, x) => {
        if (Array.isArray(s.required) && s.required.some((key) => x[String(key)] === undefined))
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
    };
    return { valid, vet };
}
/** A string's length in code points, as Ajv's ucs2length counts it (a surrogate pair is one). */
function codePoints(s) {
    let n = 0;
    for (const _ of s)
        n++;
    return n;
}
/** Deep equality of JSON values, as Ajv's enum and const use it (fast-deep-equal). */
function equal(a, b) {
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
}
function formatTest(f) {
    if (f === true)
        return () => true;
    if ('function' in f)
        return _formats_js__WEBPACK_IMPORTED_MODULE_0__/* .formats */ .F[f.function];
    const re = new RegExp(f.pattern, f.flags);
    return (s) => re.test(s);
}


/***/ }),

/***/ 79544:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  om: () => (/* binding */ CDROM_MOUNT),
  t5: () => (/* binding */ checkHostConfig),
  O6: () => (/* binding */ expectedCosiUrl),
  dT: () => (/* binding */ imageOf),
  AN: () => (/* binding */ locatePointer),
  qK: () => (/* binding */ parseHostConfig),
  f2: () => (/* binding */ wireImageInto)
});

// UNUSED EXPORTS: wireImage

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
;// CONCATENATED MODULE: ./build/data/schemas/trident-host-config.schema.json
const trident_host_config_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"http://json-schema.org/draft-07/schema#","title":"HostConfiguration","description":"HostConfiguration is the configuration for a host. Trident agent will use this to configure the host.","type":"object","properties":{"health":{"description":"Health configuration for the target OS.","allOf":[{"$ref":"#/definitions/Health"}]},"image":{"description":"Data about the image to deploy on the host, including sourcing and integrity information.","allOf":[{"$ref":"#/definitions/OsImage"}],"nullable":true},"managementOs":{"description":"OS Configuration for the management OS.\\n\\nThese settings are only applicable for clean install servicing. They are ignored on updates.","allOf":[{"$ref":"#/definitions/ManagementOs"}]},"os":{"description":"OS Configuration for the target OS.","allOf":[{"$ref":"#/definitions/Os"}]},"scripts":{"description":"Optional scripts to be run after different Trident stages have completed.","allOf":[{"$ref":"#/definitions/Scripts"}]},"storage":{"description":"Describes the storage configuration of the host.","allOf":[{"$ref":"#/definitions/Storage"}]},"trident":{"description":"The Trident Management configuration controls the installation of the Trident agent onto the target OS.","allOf":[{"$ref":"#/definitions/Trident"}]}},"additionalProperties":false,"definitions":{"AbUpdate":{"description":"A/B update configuration. Carries information about the A/B volume pairs that are used to perform A/B updates.","type":"object","required":["volumePairs"],"properties":{"volumePairs":{"description":"A list of A/B volume pairs that will be used for A/B update.","type":"array","items":{"$ref":"#/definitions/AbVolumePair"}}},"additionalProperties":false},"AbVolumePair":{"description":"Per A/B volume pair configuration. Points to the underlying block devices in the A/B volume pair.","type":"object","required":["id","volumeAId","volumeBId"],"properties":{"id":{"description":"A unique identifier for the A/B volume pair.\\n\\nThis is a user-defined string that links the A/B volume pair to the `filesystems` config in the Host Configuration. The identifier needs to be unique across devices of all types, not just A/B volume pairs.","type":"string","format":"Block Device ID"},"volumeAId":{"description":"The ID of the device that will be used as the A volume.","type":"string","format":"Block Device ID"},"volumeBId":{"description":"The ID of the device that will be used as the B volume.","type":"string","format":"Block Device ID"}},"additionalProperties":false},"AdditionalFile":{"type":"object","required":["destination"],"properties":{"content":{"description":"The contents of the script. Conflicts with `source`.","type":"string","nullable":true},"destination":{"description":"Location on the target image to place the file.","type":"string"},"permissions":{"description":"Permissions to set on the file.\\n\\nIf not specified, this will default to the permissions of the source file when `source` is used and to 0644 when `content` is used.","type":"string","nullable":true},"source":{"description":"Path to the script file. Conflicts with content.\\n\\nThe file must be located on the host\'s filesystem.","type":"string","nullable":true}},"additionalProperties":false},"AdoptedPartition":{"description":"Settings to adopt a pre-existing partition.\\n\\nOnly ONE match criteria should be provided.","type":"object","required":["id"],"properties":{"id":{"description":"A unique identifier for the partition.\\n\\nThis is a user defined string that allows to link the partition to the mount points and also to results in the Host Status. The identifier needs to be unique across all types of devices, not just partitions.","type":"string","format":"Block Device ID"},"matchLabel":{"description":"Partition label to look for when matching against the existing partitions.","type":"string","nullable":true},"matchUuid":{"description":"Partition UUID to look for when matching against the existing partitions.","type":"string","format":"uuid","nullable":true}},"additionalProperties":false},"ByteCount":{"description":"A byte count with an optional suffix (K, M, G, T, to the base of 1024).","examples":[0,1,102,104576,"1K","1M","5G","4T"],"type":["string","number"],"format":"\\\\d+\\\\s*[KMGT]?"},"Check":{"oneOf":[{"title":"Script","description":"Script that will be run to validate the target OS. The success or failure of the script will define the health of the target OS. The script will run where Trident is running, either in the target OS or in a container running on the target OS (where the target OS \'/\' is mounted as \'/host\').\\n\\nScripts that are configured with a path source must exist in the target OS.","type":"object","required":["Script"],"properties":{"Script":{"$ref":"#/definitions/Script"}},"additionalProperties":false},{"title":"SystemdCheck","description":"Define systemd service(s) that need to be in a successful state, defined by `systemctl status` returning success. The success or failure of this check will define the health of the target OS.","type":"object","required":["SystemdCheck"],"properties":{"SystemdCheck":{"$ref":"#/definitions/SystemdCheck"}},"additionalProperties":false}]},"Disk":{"description":"Per disk configuration.","type":"object","required":["device","id","partitionTableType","partitions"],"properties":{"adoptedPartitions":{"description":"A list of pre-existing partitions that will be adopted from the disk.\\n\\nSeveral options are available to match a partition to adopt. If more than one option is specified, ALL the provided criteria will be used to match the partition.","type":"array","items":{"$ref":"#/definitions/AdoptedPartition"}},"device":{"description":"The device path of the disk. Points to the disk device in the host. It is recommended to use stable paths, such as the ones under `/dev/disk/by-path/` or [WWNs](https://en.wikipedia.org/wiki/World_Wide_Name).","type":"string"},"id":{"description":"A unique identifier for the disk. This is a user defined string that allows to link the disk to what is consuming it and also to results in the Host Status. The identifier needs to be unique across all types of devices, not just disks.\\n\\nTBD: At the moment, the partition table is created from scratch. In the future, it will be possible to consume an existing partition table.","type":"string","format":"Block Device ID"},"partitionTableType":{"description":"The partition table type of the disk. Supported values are: `gpt`.","allOf":[{"$ref":"#/definitions/PartitionTableType"}]},"partitions":{"description":"A list of partitions that will be created on the disk.","type":"array","items":{"$ref":"#/definitions/Partition"}}},"additionalProperties":false},"EncryptedVolume":{"description":"A LUKS2-encrypted volume configuration.","type":"object","required":["deviceId","deviceName","id"],"properties":{"deviceId":{"description":"The ID of the disk partition or software RAID array to encrypt.\\n\\nThis parameter is required. It must be unique among the list of encrypted volumes.\\n\\nIf it refers to a disk partition, it must be of a supported type. Supported types are all but the following blocked partition types:\\n\\n- `esp`\\n\\n- `root`\\n\\n- `root-verity`\\n\\n- `usr-verity`\\n\\n- `home`\\n\\nIf it refers to a software RAID array, the first disk partition of the software RAID array must be of a supported type.","type":"string","format":"Block Device ID"},"deviceName":{"description":"The name of the device to create under `/dev/mapper` when opening the volume.\\n\\nThis parameter is required. It must be a valid file name and unique among all encrypted volumes, as well as among the Device Mapper devices.","type":"string"},"id":{"description":"The ID of the LUKS-encrypted volume to create.\\n\\nThis parameter is required. It must be non-empty and unique among the IDs of all block devices in the Host Configuration. This includes the IDs of all disk partitions, encrypted volumes, software RAID arrays, and A/B volume pairs.","type":"string","format":"Block Device ID"}},"additionalProperties":false},"Encryption":{"description":"Configure encrypted volumes of underlying disk partitions or software RAID arrays.","type":"object","required":["pcrs","volumes"],"properties":{"clearTpmOnInstall":{"description":"Optional parameter that determines whether the TPM 2.0 device will be cleared on clean install. By default, it is set to false. If set to true, Trident will clear the TPM 2.0 device on install. TPM cannot be cleared on A/B updates.\\n\\nClearing the TPM 2.0 device will remove all keys and data from the TPM 2.0 device. This operation is irreversible and could result in data loss. However, this option might be needed to ensure that the TPM 2.0 is in a known state; to avoid entering the DA (Direct Attack) lockout mode on repetitive provisioning attempts, e.g. during testing and development.","type":"boolean","nullable":true},"pcrs":{"description":"List of PCRs in the TPM 2.0 device to seal encrypted volumes to in the target OS. This field is required, and at least one PCR must be provided. Each PCR may be specified either as a digit or as a string.\\n\\n1. When doing a clean install of **a grub target OS image**, the following options are valid:\\n\\n- 7, or `secure-boot-policy`\\n\\n2. When doing a clean install of **a UKI target OS image**, the following options are valid:\\n\\n- 4, or `boot-loader-code`\\n\\n- 7, or `secure-boot-policy`\\n\\n- 11, or `kernel-boot`\\n\\n- 4 and 7\\n\\n- 4 and 11\\n\\n- 7 and 11\\n\\n- 4, 7, and 11\\n\\nHowever, due to the limitations of `systemd-pcrlock`, which is used internally for encryption in UKI OS, PCR 7 CANNOT be used if:\\n\\n- `SecureBoot` is disabled,\\n\\n- Trident is running inside a container.\\n\\nTo use PCR 7 for encryption in a target UKI OS, Trident must be running in a non-containerized environment, with `SecureBoot` enabled.\\n\\nMore encryption flows, with additional PCR options, will be added in the future.","type":"array","items":{"$ref":"#/definitions/Pcr"}},"recoveryKeyUrl":{"description":"A URL to read the recovery key from.\\n\\nThis parameter allows specifying a local file path to a recovery key file via a `file://` URL scheme. The recovery key file serves as an essential fallback to recover data should TPM 2.0 automatic decryption fail. If not specified, only the TPM 2.0 device will be enrolled.\\n\\nThe URL must be non-empty if provided. Other URL schemes are not supported at this time.\\n\\n### Recommended Configuration\\n\\nIt is strongly advised to configure a recovery key file, as it plays a pivotal role in data recovery.\\n\\n### File Format Expectations\\n\\nThe recovery key file must be a binary file without any encoding. This direct format ensures compatibility with cryptsetup and systemd APIs. Be mindful that all file content, including any potential whitespace or newline characters, is considered part of the recovery key.\\n\\n### Security Considerations\\n\\nEnsuring the recovery key\'s confidentiality and integrity is paramount. Employ secure storage and rigorous access control measures. Specifically:\\n\\n- The file containing the key should only be accessible by the root user and have `0400` permissions set.\\n\\n- The recovery key should be a minimum of 32 bytes long and should be generated with a high enough entropy to defend against brute force or cryptographic attacks targeting on-disk hash values.\\n\\n### Generating a Recovery Key\\n\\nOne way to create a recovery key file on Linux systems is using the `dd` utility:\\n\\n> Note: The following example is for illustration purposes only. Be sure to generate > recovery keys with diligence and attention to security principles. Please adjust the > following example according to your own security policies and operational environment to > fit your specific security requirements and constraints.\\n\\n```sh touch ./recovery.key chmod 0400 ./recovery.key dd if=/dev/random of=./recovery.key bs=1 count=256 ```\\n\\nThis command generates 256 bytes of random data for the recovery key, sourcing entropy from `/dev/random`. Be aware, in environments with limited entropy sources, such as certain embedded systems, `/dev/random` may not provide sufficient data promptly. Alternative entropy sources or methods may be required.","type":"string","format":"uri","nullable":true},"volumes":{"description":"The list of LUKS2-encrypted volumes to create.\\n\\nThis parameter is required and must not be empty. Each item is an object that will contain the configuration for a given partition or RAID array.","type":"array","items":{"$ref":"#/definitions/EncryptedVolume"}}},"additionalProperties":false},"Extension":{"description":"Data about an extension image (sysext or confext) to merge onto the target OS.\\n\\nExtension image must be a [Discoverable Disk Image](https://uapi-group.org/specifications/specs/discoverable_disk_image/).","type":"object","required":["sha384","url"],"properties":{"path":{"description":"The absolute path of the extension image in the target OS.\\n\\nFilename must be of the form `{name}.raw`, where `{name}` matches the extension-release filename suffix. For example, `extension-release.my-tool` requires the path to end with `my-tool.raw`.\\n\\nBy default, sysexts are placed in /var/lib/extensions/. Trident supports placing sysexts in:\\n\\n- /etc/extensions/\\n\\n- /var/lib/extensions/\\n\\n- /.extra/sysext/\\n\\nBy default, confexts are placed in /var/lib/confexts/. Trident supports placing confexts in:\\n\\n- /var/lib/confexts/\\n\\n- /usr/lib/confexts/\\n\\n- /usr/local/lib/confexts/\\n\\n/run/sysexts/ and /run/confexts/ are not supported.","type":"string","nullable":true},"sha384":{"description":"The Sha384 of the entire extension image file.","type":"string","format":"[a-fA-F0-9]{96}"},"url":{"description":"The path to the extension image file, which must be a [Discoverable Disk Image](https://uapi-group.org/specifications/specs/discoverable_disk_image/).\\n\\nURLs may have one of the following four schemes: `http://`, `https://`, `file://`, or `oci://`. Extension image files stored in OCI registries must allow for anonymous pulls.","type":"string","format":"uri"}},"additionalProperties":false},"FileSystem":{"type":"object","properties":{"deviceId":{"description":"The ID of the block device on which to place this file system.","type":"string","format":"Block Device ID"},"mountPoint":{"description":"The mount point of the file system.\\n\\nIt can be provided as an object for more control over the mount options, or as a just a string when `defaults` is sufficient.","oneOf":[{"$ref":"#/definitions/MountPoint"},{"type":"string"},{"type":"null"}],"nullable":true,"string_shortcut":"path"},"overrideEspMount":{"description":"Options to change the default ESP mount point path.","allOf":[{"$ref":"#/definitions/OverrideEspMount"}]},"source":{"description":"The source of the file system.\\n\\nIf not specified, this field will default to image.","allOf":[{"$ref":"#/definitions/FileSystemSource"}]},"type":{"description":"The type of the file system.\\n\\nFile system type must *not* be specified if the source of the file system is `image`.","allOf":[{"$ref":"#/definitions/FileSystemType"}],"nullable":true}},"additionalProperties":false},"FileSystemSource":{"oneOf":[{"title":"New","description":"Create a new file system.","type":"string","enum":["new"]},{"title":"Adopted","description":"Use an existing file system from an adopted partition.","type":"string","enum":["adopted"]},{"title":"Image","description":"Use an existing file system from an image.","type":"string","enum":["image"]}]},"FileSystemType":{"description":"File system types.","oneOf":[{"title":"Ext4 file system","type":"string","enum":["ext4"]},{"title":"XFS file system","type":"string","enum":["xfs"]},{"title":"Vfat file system","type":"string","enum":["vfat"]},{"title":"NTFS file system","description":"Using NTFS on Linux comes with some limitations. For more information, see: [Limitations of NTFS](../../../Explanation/Limitations-Of-NTFS.md)","type":"string","enum":["ntfs"]},{"title":"Tmpfs","description":"[Kernel documentation](https://www.kernel.org/doc/html/latest/filesystems/tmpfs.html)\\n\\nTmpfs is only valid if the filesystem `source` is `new`.","type":"string","enum":["tmpfs"]},{"title":"Auto","description":"Passed to `mount` to automatically detect the filesystem type.\\n\\nAuto is only valid if the filesystem `source` is `adopted`.","type":"string","enum":["auto"]}]},"Health":{"description":"Configuration for the host OS health.","type":"object","properties":{"checks":{"description":"Checks to be run before Trident commits a serviced target OS as \'provisioned\'. If any of the checks fail, the commit will not be completed and, for A/B update, a rollback will be triggered.\\n\\nThese checks can run for installs and A/B updates. If `runOn` is specified for anything other than \'clean-install\' or \'ab-update\' type, the check will be ignored. If \'all\' is specified, the check will run for both \'clean-install\' and \'ab-update\'.\\n\\nThese checks are run in the target OS. The `$TARGET_ROOT` variable will be set to \'/\' for consistency with postProvision scripts.","type":"array","items":{"$ref":"#/definitions/Check"}}},"additionalProperties":false},"ImageSha384":{"description":"Image SHA384 checksum.","oneOf":[{"title":"Ignored","description":"You can pass `ignored` to skip the checksum verification.","type":"string","enum":["ignored"]},{"title":"Checksum","description":"The SHA384 checksum of the image.\\n\\n*Details:*\\n\\nThe Sha384Hash is a 96-character hexadecimal string.","type":"string","format":"[a-fA-F0-9]{96}"}]},"KernelCommandLine":{"description":"Additional kernel command line options to add to the image.","type":"object","required":["extraCommandLine"],"properties":{"extraCommandLine":{"type":"array","items":{"type":"string"}}},"additionalProperties":false},"LoadMode":{"description":"Load mode of the kernel module.","oneOf":[{"title":"Always","description":"Set kernel modules to be loaded automatically at boot time.","type":"string","enum":["always"]},{"title":"Auto","description":"Used for modules that are automatically loaded by the kernel as needed, without explicit configuration to load them at boot.","type":"string","enum":["auto"]},{"title":"Disable","description":"Configures kernel modules to be explicitly disabled, preventing them from loading automatically.","type":"string","enum":["disable"]},{"title":"Inherit","description":"Configures kernel modules to inherit the loading behavior set in the base image. Only applying new options where they are explicitly provided and applicable.","type":"string","enum":["inherit"]}]},"ManagementOs":{"description":"Configuration for the management OS.","type":"object","properties":{"netplan":{"description":"Netplan network configuration for the management OS.\\n\\nSee [Netplan YAML Configuration](https://netplan.readthedocs.io/en/stable/netplan-yaml/) for more information.","type":"object","format":"Netplan YAML","nullable":true},"users":{"description":"Users to configure on the management OS.","default":[],"type":"array","items":{"$ref":"#/definitions/User"}}},"additionalProperties":false},"Module":{"type":"object","required":["name"],"properties":{"loadMode":{"description":"Load mode of the kernel module.\\n\\nThe load mode setting for kernel modules dictates how and when these modules are loaded or disabled in the system.","default":"inherit","allOf":[{"$ref":"#/definitions/LoadMode"}]},"name":{"description":"Name of the module.","type":"string"},"options":{"description":"Kernel options.\\n\\nKernel options for modules can specify how these modules interact with the system, and adjust performance or security settings specific to each module.","default":{},"type":"object","additionalProperties":{"type":"string"}}},"additionalProperties":false},"MountPoint":{"type":"object","required":["path"],"properties":{"options":{"description":"The mount options.","default":"defaults","type":"string"},"path":{"description":"The path to mount the file system.","type":"string"}},"additionalProperties":false},"Os":{"description":"Configuration for the host OS.","type":"object","properties":{"additionalFiles":{"description":"Additional Files to add to the image.","type":"array","items":{"$ref":"#/definitions/AdditionalFile"}},"confexts":{"description":"Data about confext images, which should be active on the target OS.","type":"array","items":{"$ref":"#/definitions/Extension"}},"hostname":{"description":"Hostname of the system.","type":"string","nullable":true},"kernelCommandLine":{"description":"Options for configuring the kernel.","allOf":[{"$ref":"#/definitions/KernelCommandLine"}]},"modules":{"description":"Kernel modules to configure.","type":"array","items":{"$ref":"#/definitions/Module"}},"netplan":{"description":"Netplan network configuration for the target OS.\\n\\nSee [Netplan YAML Configuration](https://netplan.readthedocs.io/en/stable/netplan-yaml/) for more information.","type":"object","format":"Netplan YAML","nullable":true},"selinux":{"description":"SELinux configuration for the host.\\n\\nNote: SELinux cannot be used in conjunction with vfat or NTFS filesystems. When SELinux is set to permissive or enforcing, the setfiles operation will be skipped for any filesystems of type vfat or NTFS.","default":{"mode":null},"allOf":[{"$ref":"#/definitions/Selinux"}]},"services":{"description":"Options for configuring systemd services.","allOf":[{"$ref":"#/definitions/Services"}]},"sysexts":{"description":"Data about sysext images, which should be active on the target OS.","type":"array","items":{"$ref":"#/definitions/Extension"}},"uefiFallback":{"description":"Options for configuring the UEFI fallback.","default":"conservative","allOf":[{"$ref":"#/definitions/UefiFallbackMode"}]},"users":{"description":"Users to configure on the host.","default":[],"type":"array","items":{"$ref":"#/definitions/User"}}},"additionalProperties":false},"OsImage":{"description":"Data about the image to deploy on the host, including sourcing and integrity information.\\n\\nCurrently, the only format supported by Trident is Composable OS Image (COSI). COSI files can be generated with PRISM.","type":"object","required":["sha384","url"],"properties":{"sha384":{"description":"The Sha384 of the metadata in the COSI file.","allOf":[{"$ref":"#/definitions/ImageSha384"}]},"url":{"description":"The path to the COSI file.\\n\\nURLs may have one of the following four schemes: `http://`, `https://`, `file://`, or `oci://`. COSI files stored as an OCI image must allow for anonymous pulls.","type":"string","format":"uri"}},"additionalProperties":false},"OverrideEspMount":{"oneOf":[{"title":"Use Default ESP Path","description":"Do not override the default ESP mount point path. This is the default behavior.\\n\\nThe ESP is assumed to be mounted at `/boot/efi` by default.","type":"string","enum":["use-default"]},{"title":"Override","description":"Override the default ESP mount point to be the path of this filesystem.\\n\\nOnly ONE filesystem can be used as ESP. Therefore, this option can be used at most once in the Host Configuration.\\n\\nIn the rare scenario where a filesystem is overriding ESP AND another filesystem is mounted at the default ESP mount point path (`/boot/efi`), the latter filesystem will also be detected as the ESP, which will result in an error. If the filesystem mounted at the default ESP mount point path is not actually the ESP, then it should be marked with the `block` option to prevent it from being incorrectly treated as the ESP.","type":"string","enum":["override"]},{"title":"Block","description":"This option should be used very rarely and in very specific non-standard scenarios.\\n\\nUsed to indicate that this filesystem is NOT the ESP, even if it is mounted at the default ESP path, `/boot/efi`. This is only necessary if a distribution has a non-ESP filesystem that is mounted at the default ESP mount point path.\\n\\nFor this to work, the correct ESP filesystem will have to be explicitly marked as the ESP using `override`, and this filesystem will have to be marked with `block` to prevent it from being incorrectly treated as the ESP due to its mount point path.","type":"string","enum":["block"]}]},"Partition":{"description":"Per partition configuration.","type":"object","required":["id","size"],"properties":{"id":{"description":"A unique identifier for the partition.\\n\\nThis is a user defined string that allows to link the partition to the mount points and also to results in the Host Status. The identifier needs to be unique across all types of devices, not just partitions.","type":"string","format":"Block Device ID"},"label":{"description":"Partition label. If not set, the partition\'s block device ID will be used as the label.","type":"string","nullable":true},"size":{"description":"Size of the partition.","allOf":[{"$ref":"#/definitions/PartitionSize"}]},"type":{"description":"The type of the partition.\\n\\nAs defined by the [Discoverable Partitions Specification](https://uapi-group.org/specifications/specs/discoverable_partitions_specification/).","default":"linux-generic","allOf":[{"$ref":"#/definitions/PartitionType"}]},"uuid":{"description":"Partition UUID. If not set, a new random UUID will be generated.","type":"string","format":"uuid","nullable":true}},"additionalProperties":false},"PartitionSize":{"description":"Partition size enum.","oneOf":[{"title":"Grow","description":"Grow a partition to use all available space.","type":"string","enum":["grow"]},{"title":"Fixed","description":"Fixed size in bytes. Must be a non-zero multiple of 4096 bytes.\\n\\n*Details:*\\n\\nA byte count with an optional suffix (K, M, G, T, to the base of 1024).","examples":[0,1,102,104576,"1K","1M","5G","4T"],"type":["string","number"],"format":"\\\\d+\\\\s*[KMGT]?"}]},"PartitionTableType":{"description":"Partition table type. Currently only GPT is supported.","oneOf":[{"title":"GPT","description":"Disk should be formatted with a GUID Partition Table (GPT).","type":"string","enum":["gpt"]}]},"PartitionType":{"description":"Partition types as defined by [The Discoverable Partitions Specification](<https://uapi-group.org/specifications/specs/discoverable_partitions_specification/>).","oneOf":[{"title":"EFI System Partition","description":"`C12A7328-F81F-11D2-BA4B-00A0C93EC93B`\\n\\nIf ESP is not on `raid1`, Trident will use the first partition of this type found in the Host Configuration.","type":"string","enum":["esp"]},{"title":"Root partition","description":"x64: `4F68BCE3-E8CD-4DB1-96E7-FBCAF984B709`","type":"string","enum":["root"]},{"title":"Swap partition","description":"`0657fd6d-a4ab-43c4-84e5-0933c84b4f4f`","type":"string","enum":["swap"]},{"title":"Root verity hash partition","description":"x64: `2c7357ed-ebd2-46d9-aec1-23d437ec2bf5`","type":"string","enum":["root-verity"]},{"title":"Home partition","description":"`933ac7e1-2eb4-4f13-b844-0e14e2aef915`","type":"string","enum":["home"]},{"title":"Var partition","description":"`4d21b016-b534-45c2-a9fb-5c16e091fd2d`","type":"string","enum":["var"]},{"title":"Usr partition","description":"x64: `8484680c-9521-48c6-9c11-b0720656f69e`","type":"string","enum":["usr"]},{"title":"Usr-verity hash partition","description":"x64: `77ff5f63-e7b6-4633-acf4-1565b864c0e6`","type":"string","enum":["usr-verity"]},{"title":"Tmp partition","description":"`7ec6f557-3bc5-4aca-b293-16ef5df639d1`","type":"string","enum":["tmp"]},{"title":"Generic Linux partition","description":"`0fc63daf-8483-4772-8e79-3d69d8477de4`","type":"string","enum":["linux-generic"]},{"title":"Server Data partition","description":"`3b8f8425-20e0-4f3b-907f-1a25a76f98e8`\\n\\nTo use this partition type on the disk with the root volume, make sure to not have `/srv` symlink present in your root volume filesystem. If you do, remove it before running Trident (e.g. by using MIC).","type":"string","enum":["srv"]},{"title":"Extended Boot Loader Partition","description":"`bc13c2ff-59e6-4262-a352-b275fd6f7172`","type":"string","enum":["xbootldr"]},{"title":"Other","description":"Use a partition type UUID not covered by the predefined options.","type":"string","format":"uuid"}]},"Password":{"description":"Password configuration for a user.\\n\\n**NOTICE:**\\n\\nAs a security measure, **Trident does NOT support passwords** for Trident-created users. The only allowed value for this field is a locked password, which is the default when this field is skipped. A locked password means that the user account does not allow logging in using password authentication. It is recommended to use SSH keys for authentication instead.","oneOf":[{"title":"\\\\[DEFAULT\\\\] Locked Password","description":"Lock the user\'s password. (equivalent to `passwd -l`)","type":"object","required":["type"],"properties":{"type":{"type":"string","enum":["locked"]}},"additionalProperties":false}]},"Pcr":{"description":"Represents the Platform Configuration Registers (PCRs) in the TPM 2.0 (Trusted Platform Module) used for Measured Boot and PCR encryption. Each PCR is associated with a digit number. Some are also associated with a string name, which reflects the component of the boot process that is extended into the PCR during boot. The string names below are based on the [`systemd-cryptenroll` documentation](https://www.man7.org/linux/man-pages/man1/systemd-cryptenroll.1.html).\\n\\nMore information on the common PCR assignments in the Linux ecosystems are available in the [UAPI Linux TPM PCR Registry docs](https://uapi-group.org/specifications/specs/linux_tpm_pcr_registry/).","oneOf":[{"title":"PCR 0","description":"PCR 0, or `platform-code`.","type":"string","enum":["Pcr0"]},{"title":"PCR 1","description":"PCR 1, or `platform-config`.","type":"string","enum":["Pcr1"]},{"title":"PCR 2","description":"PCR 2, or `external-code`.","type":"string","enum":["Pcr2"]},{"title":"PCR 3","description":"PCR 3, or `external-config`.","type":"string","enum":["Pcr3"]},{"title":"PCR 4","description":"PCR 4, or `boot-loader-code`.","type":"string","enum":["Pcr4"]},{"title":"PCR 5","description":"PCR 5, or `boot-loader-config`.","type":"string","enum":["Pcr5"]},{"title":"PCR 6","description":"PCR 6, or `host-platform`.","type":"string","enum":["Pcr6"]},{"title":"PCR 7","description":"PCR 7, or `secure-boot-policy`.","type":"string","enum":["Pcr7"]},{"title":"PCR 8","description":"PCR 8.","type":"string","enum":["Pcr8"]},{"title":"PCR 9","description":"PCR 9, or `kernel-initrd`.","type":"string","enum":["Pcr9"]},{"title":"PCR 10","description":"PCR 10, or `ima`.","type":"string","enum":["Pcr10"]},{"title":"PCR 11","description":"PCR 11, or `kernel-boot`.","type":"string","enum":["Pcr11"]},{"title":"PCR 12","description":"PCR 12, or `kernel-config`.","type":"string","enum":["Pcr12"]},{"title":"PCR 13","description":"PCR 13, or `sysexts`.","type":"string","enum":["Pcr13"]},{"title":"PCR 14","description":"PCR 14, or `shim-policy`.","type":"string","enum":["Pcr14"]},{"title":"PCR 15","description":"PCR 15, or `system-identity`.","type":"string","enum":["Pcr15"]},{"title":"PCR 16","description":"PCR 16, or `debug`.","type":"string","enum":["Pcr16"]},{"title":"PCR 17","description":"PCR 17.","type":"string","enum":["Pcr17"]},{"title":"PCR 18","description":"PCR 18.","type":"string","enum":["Pcr18"]},{"title":"PCR 19","description":"PCR 19.","type":"string","enum":["Pcr19"]},{"title":"PCR 20","description":"PCR 20.","type":"string","enum":["Pcr20"]},{"title":"PCR 21","description":"PCR 21.","type":"string","enum":["Pcr21"]},{"title":"PCR 22","description":"PCR 22.","type":"string","enum":["Pcr22"]},{"title":"PCR 23","description":"PCR 23, or `application-support`.","type":"string","enum":["Pcr23"]}]},"Raid":{"description":"RAID configuration for a host.","type":"object","properties":{"software":{"description":"Individual software RAID configurations.","type":"array","items":{"$ref":"#/definitions/SoftwareRaidArray"}},"syncTimeout":{"description":"Timeout in seconds to wait for RAID arrays to sync.\\n\\nBy default, Trident will NOT wait for RAID arrays to finish syncing before continuing on with provisioning. This is because RAID arrays are supposed to be usable immediately after creation. If the user provides a value for this field and the RAID arrays do NOT finish syncing within the specified timeout, Trident will fail the provisioning process and return an error. The user will need to increase their timeout value if the RAID arrays are taking longer to sync than expected.","type":"integer","format":"uint64","minimum":0,"nullable":true}},"additionalProperties":false},"RaidLevel":{"oneOf":[{"title":"Striping","type":"string","enum":["raid0"]},{"title":"Mirroring","type":"string","enum":["raid1"]},{"title":"Striping with parity","type":"string","enum":["raid5"]},{"title":"Striping with double parity","type":"string","enum":["raid6"]},{"title":"Stripe of mirrors","type":"string","enum":["raid10"]}]},"Script":{"description":"A script that can be run on the host during Trident stages.","type":"object","oneOf":[{"description":"Raw contents of the script.","type":"object","required":["content"],"properties":{"content":{"type":"string"}},"additionalProperties":false},{"description":"Path to a script in the execution OS.","type":"object","required":["path"],"properties":{"path":{"type":"string"}},"additionalProperties":false}],"properties":{"arguments":{"description":"Arguments to pass to the script.","type":"array","items":{"type":"string"}},"environmentVariables":{"description":"Environment variables that are needed by the script. These will be set before running the script. UPDATE_KIND and TARGET_ROOT values are set by default to use.","type":"object","additionalProperties":{"type":"string"}},"interpreter":{"description":"Binary to run the script with. The default is `/bin/sh`.","type":"string","nullable":true},"name":{"description":"Name of the script.","type":"string"},"runOn":{"description":"List of servicing types that the script should run on.","type":"array","items":{"$ref":"#/definitions/ServicingTypeSelection"}}},"additionalProperties":false},"Scripts":{"description":"Scripts that can be run on the host during Trident stages. These scripts are run in the order they are defined. Ensure that the scripts are idempotent as they may be run multiple times.","type":"object","properties":{"postConfigure":{"description":"Scripts to be run after step \'Configure\' in Trident is complete.\\n\\nThese scripts are run from within a chroot of the target OS. The `$TARGET_ROOT` variable will be set to \'/\' for consistency with postProvision scripts.","type":"array","items":{"$ref":"#/definitions/Script"}},"postProvision":{"description":"Scripts to be run after step \'Provision\' in Trident is complete.\\n\\nThese scripts are run with the root filesystem of the target OS mounted at `$TARGET_ROOT` and other partitions specified for the target OS mounted relative to that.","type":"array","items":{"$ref":"#/definitions/Script"}},"preServicing":{"description":"Scripts to be run before Trident begins servicing the host.\\n\\nThese scripts are run in the servicing OS. Scripts that are configured with a path source must exist in the servicing OS.","type":"array","items":{"$ref":"#/definitions/Script"}}},"additionalProperties":false},"Selinux":{"description":"Configuration for SELinux mode","type":"object","properties":{"mode":{"description":"Override the SELinux mode. When not provided, no changes will be made to the existing configuration.\\n\\nNote: Trident only supports SELinux and root-verity together when running in UKI-mode. Otherwise, when using root-verity, SELinux must not be enabled in the OS image or SELinux should be explicitly set to `disabled`.","allOf":[{"$ref":"#/definitions/SelinuxMode"}],"nullable":true}},"additionalProperties":false},"SelinuxMode":{"description":"SELinux mode","oneOf":[{"title":"Disabled","description":"Set SELinux to disabled. The mode is set by appending `selinux=0` to the kernel command line.","type":"string","enum":["disabled"]},{"title":"Permissive","description":"Set SELinux to permissive. The mode is set by appending `security=selinux selinux=1 enforcing=0` to the kernel command line and setting `SELINUX=permissive` in `/etc/selinux/config`.","type":"string","enum":["permissive"]},{"title":"Enforcing","description":"Set SELinux to enforcing. The mode is set by appending `security=selinux selinux=1` to the kernel command line and setting `SELINUX=enforcing` in `/etc/selinux/config`. The `security=selinux` arg tells the kernel which LSM to activate. The enforcing/permissive decision is controlled by the config file, allowing runtime changes via `setenforce`.","type":"string","enum":["enforcing"]}]},"Services":{"type":"object","properties":{"disable":{"description":"List of services to disable.\\n\\nThe services listed here will *not* be set to automatically run on OS boot.","default":[],"type":"array","items":{"type":"string"}},"enable":{"description":"List of services to enable.\\n\\nThe services listed here will be set to automatically run on OS boot.","default":[],"type":"array","items":{"type":"string"}}},"additionalProperties":false},"ServicingTypeSelection":{"description":"The selection of servicing types performed by Trident that can be used for any user-facing API. Currently, it is used to allow the user to select when to run a custom Script.","oneOf":[{"title":"Clean Install","description":"This selection only includes CleanInstall, a clean install of the target OS image when the host is booted from the provisioning OS.","type":"string","enum":["clean-install"]},{"title":"Runtime Update","description":"This selection only includes RuntimeUpdate, an update that does not require pausing the workload or rebooting.","type":"string","enum":["runtime-update"]},{"title":"A/B Update","description":"This selection only includes AbUpdate, an update that requires switching to a different root partition and rebooting.","type":"string","enum":["ab-update"]},{"title":"All","description":"This selection includes all servicing types.","type":"string","enum":["all"]}]},"SoftwareRaidArray":{"description":"Software RAID configuration.\\n\\nThe RAID array will be created using the `mdadm` package. During a clean install, all the existing RAID arrays that are on disks defined in the Host Configuration will be unmounted, and then stopped.\\n\\nThe RAID arrays that are defined in the Host Configuration will be created, and mounted if requested in the `storage.filesystems` config.\\n\\nTo learn more about RAID, please refer to the [RAID wiki](https://wiki.archlinux.org/title/RAID).\\n\\nTo learn more about `mdadm`, please refer to the [mdadm guide](https://raid.wiki.kernel.org/index.php/A_guide_to_mdadm).","type":"object","required":["devices","id","level","name"],"properties":{"devices":{"description":"Devices that will be used for the RAID array.\\n\\nSee the reference links for picking the right number of devices. Devices are partition IDs from the `disks` section.","type":"array","items":{"type":"string","format":"Block Device ID"}},"id":{"description":"A unique identifier for the RAID array.\\n\\nThis is a user-defined string that links the RAID array to the `filesystems` config in the Host Configuration. The identifier must be unique across devices of all types in the Host Configuration.","type":"string","format":"Block Device ID"},"level":{"description":"RAID level.\\n\\n`raid1` is supported and tested.\\n\\nOther possible values yet to be tested are: `raid0`, `raid5`, `raid6`, `raid10`.","allOf":[{"$ref":"#/definitions/RaidLevel"}]},"name":{"description":"Name of the RAID array.\\n\\nThis is used to reference the RAID array on the system. For example, `some-raid` will result in `/dev/md/some-raid` on the system.","type":"string"}},"additionalProperties":false},"SshMode":{"oneOf":[{"title":"\\\\[DEFAULT\\\\] Blocked","description":"Disable SSH for this entity.","type":"string","enum":["block"]},{"title":"Key Only","description":"Enable SSH for this entity with KEY only.","type":"string","enum":["key-only"]}]},"Storage":{"description":"Storage configuration describes the disks of the host that will be used to store the OS and data. Not all disks of the host need to be captured inside the Host Configuration, only those that Trident should operate on.","type":"object","properties":{"abUpdate":{"description":"A/B update configuration.","allOf":[{"$ref":"#/definitions/AbUpdate"}],"nullable":true},"disks":{"description":"A list of disks that will be used for the host.","type":"array","items":{"$ref":"#/definitions/Disk"}},"encryption":{"description":"Encryption configuration.","allOf":[{"$ref":"#/definitions/Encryption"}],"nullable":true},"filesystems":{"description":"Filesystems in this host.","type":"array","items":{"$ref":"#/definitions/FileSystem"}},"raid":{"description":"RAID configuration.","allOf":[{"$ref":"#/definitions/Raid"}]},"swap":{"description":"Swap device configuration.","type":"array","oneOf":[{"$ref":"#/definitions/Swap"},{"type":"string"}],"items":{"oneOf":[{"$ref":"#/definitions/Swap"},{"type":"string"}],"string_shortcut":"Block Device ID"}},"verity":{"description":"Verity device configuration.","type":"array","items":{"$ref":"#/definitions/VerityDevice"}}},"additionalProperties":false},"Swap":{"type":"object","required":["deviceId"],"properties":{"deviceId":{"description":"The ID of the block device to use for this swap area.","type":"string","format":"Block Device ID"}},"additionalProperties":false},"SystemdCheck":{"description":"A check that can be run on the host to ensure systemd service(s) are in a successful state, as defined by `systemctl status` returning success.","type":"object","properties":{"name":{"description":"Name of the check.","type":"string"},"runOn":{"description":"List of servicing types that the check should run on. Valid servicing types are CleanInstall and AbUpdate, if All is specified, the check will run for both CleanInstall and AbUpdate.","type":"array","items":{"$ref":"#/definitions/ServicingTypeSelection"}},"systemdServices":{"description":"List of systemd services that need to be in successful state.","type":"array","items":{"type":"string"}},"timeoutSeconds":{"description":"Timeout for the systemd check, in seconds. If the service is found to be in an unsuccessful state, it will be requeried every 100ms until the timeout is reached. If the timeout is reached and the service is still unsuccessful, an error is returned. If 0 is specified, the services will be checked once and the check will return immediately.","default":30,"type":"integer","format":"uint","minimum":0}},"additionalProperties":false},"Trident":{"description":"The Trident Management configuration controls the installation of the Trident agent onto the target OS.","type":"object","properties":{"datastorePath":{"description":"Describes where to place the datastore Trident will use to store its state. Defaults to `/var/lib/trident/datastore.sqlite`. Needs to end with `.sqlite`, cannot be an existing file and cannot reside on a read-only filesystem or A/B volume.","type":"string"},"disable":{"description":"When set to `true`, prevents Trident from being enabled on the target OS. In that case, the remaining fields are ignored.","default":false,"type":"boolean"},"logstream":{"description":"Optional URL to stream logs to. TODO: document the interface.","type":"string","nullable":true},"phonehome":{"description":"URL to reach out to when target OS networking is up, so Trident can report its status. If not specified, the value from the Trident configuration will be used. This is useful for debugging and monitoring purposes, say by an orchestrator.","type":"string","nullable":true}},"additionalProperties":false},"UefiFallbackMode":{"description":"UEFI fallback mode\\n\\nUEFI provides a mechanism for booting from an EFI file without a corresponding boot variable existing in NVRAM. This is known as the UEFI fallback mode, and it uses a specific file path (/EFI/BOOT) to locate the fallback bootloader.\\n\\nThis configuration option allows specifying how Trident should populate the UEFI fallback boot files during OS installation or update.","oneOf":[{"title":"Conservative","description":"During clean install, the UEFI fallback will be updated during `finalize` to boot to the target OS. During an A/B update, the UEFI fallback will be updated to boot to the servicing OS (the existing OS) during `finalize` and then will be updated to boot to the target OS when `commit` validates the target OS as healthy. This aligns with how Trident handles the UEFI boot variables during an update.","type":"string","enum":["conservative"]},{"title":"Optimistic","description":"During clean install, the UEFI fallback will be updated during `finalize` to boot to the target OS. During an A/B update, the UEFI fallback will be updated to boot to the target OS (the newly installed OS) during the finalize stage.","type":"string","enum":["optimistic"]},{"title":"Disabled","description":"No UEFI fallback boot files are installed.","type":"string","enum":["disabled"]}]},"User":{"description":"Configuration for a specific user.","type":"object","required":["name"],"properties":{"homeDirectory":{"description":"Home directory for the user.","type":"string","nullable":true},"name":{"description":"Username","type":"string"},"password":{"description":"Password configuration.","allOf":[{"$ref":"#/definitions/Password"}]},"primaryGroup":{"description":"Primary group to add the user to.","type":"string","nullable":true},"secondaryGroups":{"description":"List of secondary groups to add the user to.","type":"array","items":{"type":"string"}},"sshMode":{"description":"SSH configuration for the user. **(IN DEVELOPMENT)**","allOf":[{"$ref":"#/definitions/SshMode"}]},"sshPublicKeys":{"description":"List of SSH keys to add to the user\'s authorized keys.","type":"array","items":{"type":"string"}},"startupCommand":{"description":"Command to be executed at startup, providing a way to run custom scripts or applications on user login.","type":"string","nullable":true},"uid":{"description":"Specifies the desired User ID. If not provided, the system will automatically assign a UID.","type":"integer","format":"int32","nullable":true}},"additionalProperties":false},"VerityCorruptionOption":{"description":"Corruption option for verity.","oneOf":[{"title":"IO-Error","description":"Fails the I/O operation with an I/O error.","type":"string","enum":["io-error"]},{"title":"Ignore","description":"Ignores the corruption and continues operation.","type":"string","enum":["ignore"]},{"title":"Panic","description":"Causes the system to panic (print errors) and then try restarting.","type":"string","enum":["panic"]},{"title":"Restart","description":"Attempts to restart the system.","type":"string","enum":["restart"]}]},"VerityDevice":{"description":"Verity device configuration.","type":"object","required":["dataDeviceId","hashDeviceId","id","name"],"properties":{"corruptionOption":{"default":"io-error","allOf":[{"$ref":"#/definitions/VerityCorruptionOption"}]},"dataDeviceId":{"description":"The ID of the partition to use as the verity data partition.","type":"string","format":"Block Device ID"},"hashDeviceId":{"description":"The ID of the partition to use as the verity hash partition.","type":"string","format":"Block Device ID"},"id":{"description":"Block device id of the verity device.","type":"string"},"name":{"description":"Name of the verity device, used for the device mapper name.\\n\\nThe value must be \\"root\\" for root partition \\"/\\".","type":"string"}},"additionalProperties":false}}}');
// EXTERNAL MODULE: ./build/data/schema-check.js
var schema_check = __webpack_require__(54907);
;// CONCATENATED MODULE: ./build/data/validators/host-config-check.json
const host_config_check_namespaceObject = /*#__PURE__*/JSON.parse('{"schema":{"$schema":"http://json-schema.org/draft-07/schema#","type":"object","properties":{"health":{"allOf":[{"$ref":"#/definitions/Health"}]},"image":{"anyOf":[{"type":"null"},{"allOf":[{"$ref":"#/definitions/OsImage"}]}]},"managementOs":{"allOf":[{"$ref":"#/definitions/ManagementOs"}]},"os":{"allOf":[{"$ref":"#/definitions/Os"}]},"scripts":{"allOf":[{"$ref":"#/definitions/Scripts"}]},"storage":{"allOf":[{"$ref":"#/definitions/Storage"}]},"trident":{"allOf":[{"$ref":"#/definitions/Trident"}]}},"additionalProperties":false,"definitions":{"AbUpdate":{"type":"object","required":["volumePairs"],"properties":{"volumePairs":{"type":"array","items":{"$ref":"#/definitions/AbVolumePair"}}},"additionalProperties":false},"AbVolumePair":{"type":"object","required":["id","volumeAId","volumeBId"],"properties":{"id":{"type":"string","format":"Block Device ID"},"volumeAId":{"type":"string","format":"Block Device ID"},"volumeBId":{"type":"string","format":"Block Device ID"}},"additionalProperties":false},"AdditionalFile":{"type":"object","required":["destination"],"properties":{"content":{"anyOf":[{"type":"null"},{"type":"string"}]},"destination":{"type":"string"},"permissions":{"anyOf":[{"type":"null"},{"type":"string"}]},"source":{"anyOf":[{"type":"null"},{"type":"string"}]}},"additionalProperties":false},"AdoptedPartition":{"type":"object","required":["id"],"properties":{"id":{"type":"string","format":"Block Device ID"},"matchLabel":{"anyOf":[{"type":"null"},{"type":"string"}]},"matchUuid":{"anyOf":[{"type":"null"},{"type":"string","format":"uuid"}]}},"additionalProperties":false},"ByteCount":{"type":["string","number"],"format":"\\\\d+\\\\s*[KMGT]?"},"Check":{"oneOf":[{"$ref":"#/definitions/Script"},{"$ref":"#/definitions/SystemdCheck"}]},"Disk":{"type":"object","required":["device","id","partitionTableType","partitions"],"properties":{"adoptedPartitions":{"type":"array","items":{"$ref":"#/definitions/AdoptedPartition"}},"device":{"type":"string"},"id":{"type":"string","format":"Block Device ID"},"partitionTableType":{"allOf":[{"$ref":"#/definitions/PartitionTableType"}]},"partitions":{"type":"array","items":{"$ref":"#/definitions/Partition"}}},"additionalProperties":false},"EncryptedVolume":{"type":"object","required":["deviceId","deviceName","id"],"properties":{"deviceId":{"type":"string","format":"Block Device ID"},"deviceName":{"type":"string"},"id":{"type":"string","format":"Block Device ID"}},"additionalProperties":false},"Encryption":{"type":"object","required":["pcrs","volumes"],"properties":{"clearTpmOnInstall":{"anyOf":[{"type":"null"},{"type":"boolean"}]},"pcrs":{"type":"array","items":{"$ref":"#/definitions/Pcr"}},"recoveryKeyUrl":{"anyOf":[{"type":"null"},{"type":"string","format":"uri"}]},"volumes":{"type":"array","items":{"$ref":"#/definitions/EncryptedVolume"}}},"additionalProperties":false},"Extension":{"type":"object","required":["sha384","url"],"properties":{"path":{"anyOf":[{"type":"null"},{"type":"string"}]},"sha384":{"type":"string","format":"[a-fA-F0-9]{96}"},"url":{"type":"string","format":"uri"}},"additionalProperties":false},"FileSystem":{"type":"object","properties":{"deviceId":{"type":"string","format":"Block Device ID"},"mountPoint":{"anyOf":[{"type":"null"},{"oneOf":[{"$ref":"#/definitions/MountPoint"},{"type":"string"},{"type":"null"}]}]},"overrideEspMount":{"allOf":[{"$ref":"#/definitions/OverrideEspMount"}]},"source":{"allOf":[{"$ref":"#/definitions/FileSystemSource"}]},"type":{"anyOf":[{"type":"null"},{"allOf":[{"$ref":"#/definitions/FileSystemType"}]}]}},"additionalProperties":false},"FileSystemSource":{"oneOf":[{"type":"string","enum":["new"]},{"type":"string","enum":["adopted"]},{"type":"string","enum":["image"]}]},"FileSystemType":{"oneOf":[{"type":"string","enum":["ext4"]},{"type":"string","enum":["xfs"]},{"type":"string","enum":["vfat"]},{"type":"string","enum":["ntfs"]},{"type":"string","enum":["tmpfs"]},{"type":"string","enum":["auto"]}]},"Health":{"type":"object","properties":{"checks":{"type":"array","items":{"$ref":"#/definitions/Check"}}},"additionalProperties":false},"ImageSha384":{"oneOf":[{"type":"string","enum":["ignored"]},{"type":"string","format":"[a-fA-F0-9]{96}"}]},"KernelCommandLine":{"type":"object","required":["extraCommandLine"],"properties":{"extraCommandLine":{"type":"array","items":{"type":"string"}}},"additionalProperties":false},"LoadMode":{"oneOf":[{"type":"string","enum":["always"]},{"type":"string","enum":["auto"]},{"type":"string","enum":["disable"]},{"type":"string","enum":["inherit"]}]},"ManagementOs":{"type":"object","properties":{"netplan":{"anyOf":[{"type":"null"},{"type":"object","format":"Netplan YAML"}]},"users":{"type":"array","items":{"$ref":"#/definitions/User"}}},"additionalProperties":false},"Module":{"type":"object","required":["name"],"properties":{"loadMode":{"allOf":[{"$ref":"#/definitions/LoadMode"}]},"name":{"type":"string"},"options":{"type":"object","additionalProperties":{"type":"string"}}},"additionalProperties":false},"MountPoint":{"type":"object","required":["path"],"properties":{"options":{"type":"string"},"path":{"type":"string"}},"additionalProperties":false},"Os":{"type":"object","properties":{"additionalFiles":{"type":"array","items":{"$ref":"#/definitions/AdditionalFile"}},"confexts":{"type":"array","items":{"$ref":"#/definitions/Extension"}},"hostname":{"anyOf":[{"type":"null"},{"type":"string"}]},"kernelCommandLine":{"allOf":[{"$ref":"#/definitions/KernelCommandLine"}]},"modules":{"type":"array","items":{"$ref":"#/definitions/Module"}},"netplan":{"anyOf":[{"type":"null"},{"type":"object","format":"Netplan YAML"}]},"selinux":{"allOf":[{"$ref":"#/definitions/Selinux"}]},"services":{"allOf":[{"$ref":"#/definitions/Services"}]},"sysexts":{"type":"array","items":{"$ref":"#/definitions/Extension"}},"uefiFallback":{"allOf":[{"$ref":"#/definitions/UefiFallbackMode"}]},"users":{"type":"array","items":{"$ref":"#/definitions/User"}}},"additionalProperties":false},"OsImage":{"type":"object","required":["sha384","url"],"properties":{"sha384":{"allOf":[{"$ref":"#/definitions/ImageSha384"}]},"url":{"type":"string","format":"uri"}},"additionalProperties":false},"OverrideEspMount":{"oneOf":[{"type":"string","enum":["use-default"]},{"type":"string","enum":["override"]},{"type":"string","enum":["block"]}]},"Partition":{"type":"object","required":["id","size"],"properties":{"id":{"type":"string","format":"Block Device ID"},"label":{"anyOf":[{"type":"null"},{"type":"string"}]},"size":{"allOf":[{"$ref":"#/definitions/PartitionSize"}]},"type":{"allOf":[{"$ref":"#/definitions/PartitionType"}]},"uuid":{"anyOf":[{"type":"null"},{"type":"string","format":"uuid"}]}},"additionalProperties":false},"PartitionSize":{"oneOf":[{"type":"string","enum":["grow"]},{"type":["string","number"],"format":"\\\\d+\\\\s*[KMGT]?"}]},"PartitionTableType":{"oneOf":[{"type":"string","enum":["gpt"]}]},"PartitionType":{"oneOf":[{"type":"string","enum":["esp"]},{"type":"string","enum":["root"]},{"type":"string","enum":["swap"]},{"type":"string","enum":["root-verity"]},{"type":"string","enum":["home"]},{"type":"string","enum":["var"]},{"type":"string","enum":["usr"]},{"type":"string","enum":["usr-verity"]},{"type":"string","enum":["tmp"]},{"type":"string","enum":["linux-generic"]},{"type":"string","enum":["srv"]},{"type":"string","enum":["xbootldr"]},{"type":"string","format":"uuid"}]},"Password":{"oneOf":[{"type":"object","required":["type"],"properties":{"type":{"type":"string","enum":["locked"]}},"additionalProperties":false}]},"Pcr":{"oneOf":[{"type":"integer","minimum":0,"maximum":23},{"type":"string","enum":["platform-code","platform-config","external-code","external-config","boot-loader-code","boot-loader-config","host-platform","secure-boot-policy","pcr8","kernel-initrd","ima","kernel-boot","kernel-config","sysexts","shim-policy","system-identity","debug","pcr17","pcr18","pcr19","pcr20","pcr21","pcr22","application-support"]}]},"Raid":{"type":"object","properties":{"software":{"type":"array","items":{"$ref":"#/definitions/SoftwareRaidArray"}},"syncTimeout":{"anyOf":[{"type":"null"},{"type":"integer","format":"uint64","minimum":0}]}},"additionalProperties":false},"RaidLevel":{"oneOf":[{"type":"string","enum":["raid0"]},{"type":"string","enum":["raid1"]},{"type":"string","enum":["raid5"]},{"type":"string","enum":["raid6"]},{"type":"string","enum":["raid10"]}]},"Script":{"type":"object","oneOf":[{"required":["content"]},{"required":["path"]}],"properties":{"arguments":{"type":"array","items":{"type":"string"}},"environmentVariables":{"type":"object","additionalProperties":{"type":"string"}},"interpreter":{"anyOf":[{"type":"null"},{"type":"string"}]},"name":{"type":"string"},"runOn":{"type":"array","items":{"$ref":"#/definitions/ServicingTypeSelection"}},"content":{"type":"string"},"path":{"type":"string"}},"additionalProperties":false},"Scripts":{"type":"object","properties":{"postConfigure":{"type":"array","items":{"$ref":"#/definitions/Script"}},"postProvision":{"type":"array","items":{"$ref":"#/definitions/Script"}},"preServicing":{"type":"array","items":{"$ref":"#/definitions/Script"}}},"additionalProperties":false},"Selinux":{"type":"object","properties":{"mode":{"anyOf":[{"type":"null"},{"allOf":[{"$ref":"#/definitions/SelinuxMode"}]}]}},"additionalProperties":false},"SelinuxMode":{"oneOf":[{"type":"string","enum":["disabled"]},{"type":"string","enum":["permissive"]},{"type":"string","enum":["enforcing"]}]},"Services":{"type":"object","properties":{"disable":{"type":"array","items":{"type":"string"}},"enable":{"type":"array","items":{"type":"string"}}},"additionalProperties":false},"ServicingTypeSelection":{"oneOf":[{"type":"string","enum":["clean-install"]},{"type":"string","enum":["runtime-update"]},{"type":"string","enum":["ab-update"]},{"type":"string","enum":["all"]}]},"SoftwareRaidArray":{"type":"object","required":["devices","id","level","name"],"properties":{"devices":{"type":"array","items":{"type":"string","format":"Block Device ID"}},"id":{"type":"string","format":"Block Device ID"},"level":{"allOf":[{"$ref":"#/definitions/RaidLevel"}]},"name":{"type":"string"}},"additionalProperties":false},"SshMode":{"oneOf":[{"type":"string","enum":["block"]},{"type":"string","enum":["key-only"]}]},"Storage":{"type":"object","properties":{"abUpdate":{"anyOf":[{"type":"null"},{"allOf":[{"$ref":"#/definitions/AbUpdate"}]}]},"disks":{"type":"array","items":{"$ref":"#/definitions/Disk"}},"encryption":{"anyOf":[{"type":"null"},{"allOf":[{"$ref":"#/definitions/Encryption"}]}]},"filesystems":{"type":"array","items":{"$ref":"#/definitions/FileSystem"}},"raid":{"allOf":[{"$ref":"#/definitions/Raid"}]},"swap":{"type":"array","items":{"oneOf":[{"$ref":"#/definitions/Swap"},{"type":"string"}]}},"verity":{"type":"array","items":{"$ref":"#/definitions/VerityDevice"}}},"additionalProperties":false},"Swap":{"type":"object","required":["deviceId"],"properties":{"deviceId":{"type":"string","format":"Block Device ID"}},"additionalProperties":false},"SystemdCheck":{"type":"object","properties":{"name":{"type":"string"},"runOn":{"type":"array","items":{"$ref":"#/definitions/ServicingTypeSelection"}},"systemdServices":{"type":"array","items":{"type":"string"}},"timeoutSeconds":{"type":"integer","format":"uint","minimum":0}},"additionalProperties":false},"Trident":{"type":"object","properties":{"datastorePath":{"type":"string"},"disable":{"type":"boolean"},"logstream":{"anyOf":[{"type":"null"},{"type":"string"}]},"phonehome":{"anyOf":[{"type":"null"},{"type":"string"}]}},"additionalProperties":false},"UefiFallbackMode":{"oneOf":[{"type":"string","enum":["conservative"]},{"type":"string","enum":["optimistic"]},{"type":"string","enum":["disabled"]}]},"User":{"type":"object","required":["name"],"properties":{"homeDirectory":{"anyOf":[{"type":"null"},{"type":"string"}]},"name":{"type":"string"},"password":{"allOf":[{"$ref":"#/definitions/Password"}]},"primaryGroup":{"anyOf":[{"type":"null"},{"type":"string"}]},"secondaryGroups":{"type":"array","items":{"type":"string"}},"sshMode":{"allOf":[{"$ref":"#/definitions/SshMode"}]},"sshPublicKeys":{"type":"array","items":{"type":"string"}},"startupCommand":{"anyOf":[{"type":"null"},{"type":"string"}]},"uid":{"anyOf":[{"type":"null"},{"type":"integer","format":"int32"}]}},"additionalProperties":false},"VerityCorruptionOption":{"oneOf":[{"type":"string","enum":["io-error"]},{"type":"string","enum":["ignore"]},{"type":"string","enum":["panic"]},{"type":"string","enum":["restart"]}]},"VerityDevice":{"type":"object","required":["dataDeviceId","hashDeviceId","id","name"],"properties":{"corruptionOption":{"allOf":[{"$ref":"#/definitions/VerityCorruptionOption"}]},"dataDeviceId":{"type":"string","format":"Block Device ID"},"hashDeviceId":{"type":"string","format":"Block Device ID"},"id":{"type":"string"},"name":{"type":"string"}},"additionalProperties":false}}},"formats":{"[a-fA-F0-9]{96}":{"pattern":"^(?:[a-fA-F0-9]{96})$","flags":""},"\\\\d+\\\\s*[KMGT]?":{"pattern":"^(?:\\\\d+\\\\s*[KMGT]?)$","flags":""},"Block Device ID":true,"int32":true,"Netplan YAML":true,"uint":true,"uint64":true,"uri":{"function":"uri"},"uuid":{"pattern":"^(?:urn:uuid:)?[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}$","flags":"i"}},"strictNumbers":true}');
// EXTERNAL MODULE: ./build/context/yaml.js
var yaml = __webpack_require__(24309);
// EXTERNAL MODULE: ./build/trident/schema-tools.js
var schema_tools = __webpack_require__(67762);
;// CONCATENATED MODULE: ./build/trident/host-config-schema.js
// Trident's Host Configuration JSON schema, corrected where it disagrees with
// Trident's own parser (the serde types in microsoft/trident,
// crates/trident_api/src/config/host/).
//
// The schema is generated by schemars from Trident's Rust types and then
// post-processed; in a few places it describes something other than what
// serde actually accepts. Each fix below is a pure rewrite of one such spot,
// so that everything else the schema forbids is still forbidden. Both of its
// checks are made when the action is built (scripts/compile-schemas.ts): the
// schema src/data/schema-check.ts reads to say whether a config is valid, and
// the Ajv validator that explains why not.





/**
 * PCR names serde accepts (sysdefs/src/tpm2.rs, strum `serialize` names):
 * the systemd-cryptenroll names, `pcrN` where systemd has none. The schema
 * instead lists the Rust variant names (`Pcr7`), which the parser rejects.
 */
const PCR_NAMES = [
    'platform-code',
    'platform-config',
    'external-code',
    'external-config',
    'boot-loader-code',
    'boot-loader-config',
    'host-platform',
    'secure-boot-policy',
    'pcr8',
    'kernel-initrd',
    'ima',
    'kernel-boot',
    'kernel-config',
    'sysexts',
    'shim-policy',
    'system-identity',
    'debug',
    'pcr17',
    'pcr18',
    'pcr19',
    'pcr20',
    'pcr21',
    'pcr22',
    'application-support',
];
/** The corrected schema, its $refs inlined (see inlineRefs): a pure function of the vendored one, which it leaves untouched. */
function correctHostConfigSchema(raw) {
    return (0,schema_tools/* inlineRefs */.Wp)(correctHostConfigDefinitions(raw));
}
/** The corrected schema with its $refs and definitions, as the vendored one has them. Pure. */
function correctHostConfigDefinitions(raw) {
    const fixed = fixDefinitions(structuredClone(raw));
    const rewritten = (0,schema_tools/* mapSchema */.mx)(fixed, (node) => nullableToAnyOf(flattenSerdeOneOf(dropNonStandard(node))));
    if (!(0,yaml/* isMapping */.pi)(rewritten))
        throw new Error('host config schema is not an object');
    return rewritten;
}
function fixDefinitions(schema) {
    const defs = (0,yaml/* isMapping */.pi)(schema.definitions) ? schema.definitions : {};
    if ((0,yaml/* isMapping */.pi)(defs.Check))
        defs.Check = untagCheck(defs.Check);
    if ((0,yaml/* isMapping */.pi)(defs.Pcr))
        defs.Pcr = pcrSchema(defs.Pcr);
    if ((0,yaml/* isMapping */.pi)(defs.Storage) && (0,yaml/* isMapping */.pi)(defs.Storage.properties)) {
        const swap = defs.Storage.properties.swap;
        if ((0,yaml/* isMapping */.pi)(swap))
            defs.Storage.properties.swap = moveSwapOneOfIntoItems(swap);
    }
    return schema;
}
/**
 * health.checks: the schema has serde's default external tagging
 * (`{Script: {...}}`), but the enum is `#[serde(untagged)]`: samples and
 * parser use the bare object. Each `{Tag: X}` branch becomes X.
 */
function untagCheck(check) {
    if (!Array.isArray(check.oneOf))
        return check;
    const branches = check.oneOf;
    const oneOf = branches.map((branch) => {
        if (!(0,yaml/* isMapping */.pi)(branch) || !(0,yaml/* isMapping */.pi)(branch.properties) || !Array.isArray(branch.required))
            return branch;
        const tag = branch.required[0];
        return typeof tag === 'string' && (0,yaml/* isMapping */.pi)(branch.properties[tag]) ? branch.properties[tag] : branch;
    });
    return { ...check, oneOf };
}
/** A PCR is a number 0–23 or a systemd name (see PCR_NAMES). */
function pcrSchema(pcr) {
    return {
        description: pcr.description,
        oneOf: [
            { type: 'integer', minimum: 0, maximum: 23 },
            { type: 'string', enum: [...PCR_NAMES] },
        ],
    };
}
/** storage.swap: the array carries a `oneOf` meant for its items (which already have it): drop it. */
function moveSwapOneOfIntoItems(swap) {
    if (!Array.isArray(swap.oneOf) || !(0,yaml/* isMapping */.pi)(swap.items))
        return swap;
    const { oneOf, ...rest } = swap;
    const items = Array.isArray(swap.items.oneOf) ? swap.items : { ...swap.items, oneOf };
    return { ...rest, items };
}
/** `string_shortcut` is schemars' note that a string may stand for the object; Ajv would reject the unknown keyword. */
function dropNonStandard(node) {
    const { string_shortcut: _ignored, ...rest } = node;
    return rest;
}
/**
 * Script is `#[serde(flatten)]` over an enum (content | path): schemars put
 * the enum's variants in a `oneOf` with `additionalProperties: false` each,
 * next to a parent that also forbids extra keys, so nothing validates.
 * Their properties move to the parent; the oneOf keeps only "exactly one of".
 */
function flattenSerdeOneOf(node) {
    const { oneOf, properties } = node;
    if (!Array.isArray(oneOf) || !(0,yaml/* isMapping */.pi)(properties) || node.additionalProperties !== false)
        return node;
    const variants = oneOf.filter(yaml/* isMapping */.pi);
    if (variants.length !== oneOf.length || !variants.every((v) => (0,yaml/* isMapping */.pi)(v.properties)))
        return node;
    const merged = { ...properties };
    for (const v of variants)
        Object.assign(merged, v.properties);
    return { ...node, properties: merged, oneOf: variants.map((v) => ({ required: v.required ?? [] })) };
}
/** OpenAPI's `nullable: true` (not JSON Schema): "this, or null". */
function nullableToAnyOf(node) {
    if (!('nullable' in node))
        return node;
    const { nullable, ...rest } = node;
    if (nullable !== true)
        return rest;
    const { description, ...shape } = rest;
    const wrapper = { anyOf: [{ type: 'null' }, shape] };
    if (description !== undefined)
        wrapper.description = description;
    return wrapper;
}
let correctedSchema;
/** The corrected schema, built once per process. */
function hostConfigSchema() {
    correctedSchema ??= correctHostConfigSchema(trident_host_config_schema_namespaceObject);
    return correctedSchema;
}
/** Its top-level keys: the corrections leave them as they are, so this needs no corrected schema (which takes a while to build). */
function hostConfigKeys() {
    return Object.keys(trident_host_config_schema_namespaceObject.properties);
}
let accepts;
/**
 * Whether the corrected schema accepts a config: src/data/schema-check.ts on
 * the schema as data. The explaining validator, loaded only for a config this
 * refuses, is 300 KB of code that takes longer to load and to run the first
 * time than the rest of a validate-only run's checks together.
 */
function hostConfigValid(value) {
    accepts ??= (0,schema_check/* schemaCheck */.u)(host_config_check_namespaceObject);
    return accepts(value);
}
/** The validator that explains: every error, with paths through the inlined schema (explainErrors needs them). */
async function hostConfigExplainer() {
    return (await __webpack_require__.e(/* import() */ 350).then(__webpack_require__.bind(__webpack_require__, 39350))).validate;
}

// EXTERNAL MODULE: ./build/trident/problems.js
var problems = __webpack_require__(94823);
// EXTERNAL MODULE: ./build/context/errors.js
var errors = __webpack_require__(31997);
// EXTERNAL MODULE: ./build/context/limits.js
var limits = __webpack_require__(76754);
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
function parseHostConfig(text) {
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
}
function yamlErrorProblem(error) {
    // The first line is the reason; the rest is a source excerpt, and the position goes to line/column.
    const { reason, line, column } = yamlErrorParts(error);
    return { path: '', message: reason, ...(line === undefined ? {} : { line }), ...(column === undefined ? {} : { column }) };
}
/**
 * Everything wrong with a parsed host config, one problem per path. With the
 * document from parseHostConfig, each problem carries its line and column.
 */
async function checkHostConfig(value, doc) {
    const rules = ruleProblems(value);
    const ruled = new Set(rules.map((p) => p.path));
    // The explicit rules say the same thing as the schema, more precisely: theirs win on a shared path.
    const schema = (await schemaProblems(value)).filter((p) => !ruled.has(p.path));
    const problems = (0,schema_tools/* mergeByPath */.nz)([...rules, ...schema]);
    return doc ? locateAll(problems, doc) : problems.map(({ path, message }) => ({ path, message }));
}
function schemaProblems(value) {
    return (0,schema_tools/* schemaProblemsOf */.P8)(value, hostConfigValid, hostConfigExplainer, hostConfigSchema, 'host config');
}
/** Checks the action relies on, with messages that say what to write instead. */
function ruleProblems(value) {
    if (!(0,yaml/* isMapping */.pi)(value)) {
        return [{ path: '', message: `must be a mapping with Trident's keys (${hostConfigKeys().join(', ')}), not ${kindOf(value)}`, atKey: false }];
    }
    return [...topLevelKeyProblems(value), ...imageProblems(value.image)];
}
function topLevelKeyProblems(value) {
    const known = hostConfigKeys();
    return Object.keys(value)
        .filter((key) => !known.includes(key))
        .map((key) => ({
        path: (0,problems/* pointerJoin */.wQ)('', key),
        message: `unknown top-level key ${(0,schema_tools/* quote */.hD)(key)}: Trident's keys are ${(0,schema_tools/* joinOr */.So)(known)}`,
        atKey: true,
    }));
}
function imageProblems(image) {
    if (!(0,yaml/* isMapping */.pi)(image))
        return [];
    return [...imageUrlProblems(image.url), ...imageShaProblems(image.sha384)];
}
function imageUrlProblems(url) {
    if (typeof url !== 'string')
        return [];
    const at = (message) => [{ path: '/image/url', message, atKey: false }];
    const schemes = (0,schema_tools/* joinOr */.So)(IMAGE_URL_SCHEMES.map((s) => `${s}://`));
    const scheme = /^([A-Za-z][A-Za-z0-9+.-]*):\/\//.exec(url)?.[1]?.toLowerCase();
    if (scheme === undefined) {
        const hint = url.startsWith('/') ? `; for a COSI the ISO carries at ${url}, write ${(0,schema_tools/* quote */.hD)(expectedCosiUrl(url))}` : '';
        return at(`${(0,schema_tools/* quote */.hD)(url)} is not a URL: it needs a scheme (${schemes})${hint}`);
    }
    if (!IMAGE_URL_SCHEMES.includes(scheme))
        return at(`scheme ${(0,schema_tools/* quote */.hD)(`${scheme}://`)} is not one Trident reads: use ${schemes}`);
    if (!URL.canParse(url))
        return at(`${(0,schema_tools/* quote */.hD)(url)} is not a valid URL`);
    return [];
}
function imageShaProblems(sha) {
    const expected = `the SHA-384 of the COSI's metadata.json (96 hex digits) or the literal "ignored"`;
    const at = (message) => [{ path: '/image/sha384', message, atKey: false }];
    if (typeof sha === 'number')
        return at(`must be quoted: YAML read it as a number; expected ${expected}`);
    if (typeof sha !== 'string' || sha === 'ignored' || /^[0-9a-fA-F]{96}$/.test(sha))
        return [];
    return at(`must be ${expected}; got ${sha.length} characters`);
}
function kindOf(value) {
    if (value === null || value === undefined)
        return 'an empty document';
    if (Array.isArray(value))
        return 'a list';
    return `a ${typeof value}`;
}
function locateAll(problems, doc) {
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
    for (const segment of (0,problems/* pointerSegments */.cP)(pointer)) {
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
function wireImageInto(doc, url, sha384) {
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
}
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
function expectedCosiUrl(cosiDestination) {
    if (!cosiDestination.startsWith('/'))
        throw new Error(`cosi destination must be absolute: ${(0,schema_tools/* quote */.hD)(cosiDestination)}`);
    return `file://${CDROM_MOUNT}${cosiDestination}`;
}


/***/ }),

/***/ 67762:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P8: () => (/* binding */ schemaProblemsOf),
/* harmony export */   So: () => (/* binding */ joinOr),
/* harmony export */   Wp: () => (/* binding */ inlineRefs),
/* harmony export */   hD: () => (/* binding */ quote),
/* harmony export */   mx: () => (/* binding */ mapSchema),
/* harmony export */   nz: () => (/* binding */ mergeByPath)
/* harmony export */ });
/* unused harmony exports resolvePointer, withoutAnnotations, collectFormats, explainErrors */
/* harmony import */ var _context_yaml_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(24309);
/* harmony import */ var _problems_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(94823);
// Helpers shared by the host-config and COSI checks: pure schema rewrites, and
// turning Ajv's raw error list into one readable message per JSON pointer.
//
// Ajv reports every failed branch of a oneOf/anyOf, which for a nullable enum
// yields a dozen lines about one value. The rewrite below inlines every $ref,
// so each error's schemaPath is a path through one tree and the errors of a
// combinator's branches can be told apart by prefix; then each failed
// combinator is replaced by either one "must be A, B or C" message (when every
// branch failed on the value itself) or the errors of the branch that came
// closest (when some branch matched the value's shape).


/** Keywords whose values are data, not subschemas: never rewrite inside them. */
const DATA_KEYWORDS = new Set(['enum', 'const', 'default', 'examples']);
/**
 * Rebuilds a schema bottom-up, applying `visit` to every schema object after
 * its children were rebuilt. The input is never modified.
 */
function mapSchema(node, visit) {
    if (Array.isArray(node))
        return node.map((item) => mapSchema(item, visit));
    if (!(0,_context_yaml_js__WEBPACK_IMPORTED_MODULE_0__/* .isMapping */ .pi)(node))
        return node;
    const rebuilt = {};
    for (const [key, child] of Object.entries(node)) {
        if (DATA_KEYWORDS.has(key))
            rebuilt[key] = structuredClone(child);
        else if (SCHEMA_MAP_KEYWORDS.has(key) && (0,_context_yaml_js__WEBPACK_IMPORTED_MODULE_0__/* .isMapping */ .pi)(child))
            rebuilt[key] = mapValues(child, (s) => mapSchema(s, visit));
        else
            rebuilt[key] = mapSchema(child, visit);
    }
    return visit(rebuilt);
}
/** Keywords whose value maps names to subschemas: the map itself is not a schema. */
const SCHEMA_MAP_KEYWORDS = new Set(['properties', 'patternProperties', 'definitions', '$defs', 'dependentSchemas']);
function mapValues(map, fn) {
    return Object.fromEntries(Object.entries(map).map(([k, v]) => [k, fn(v)]));
}
/** Resolves a JSON pointer (`#/a/b` or `/a/b`, as Ajv writes schemaPath) inside `root`. */
function resolvePointer(root, pointer) {
    const bare = pointer.startsWith('#') ? pointer.slice(1) : pointer;
    let current = root;
    for (const raw of (0,_problems_js__WEBPACK_IMPORTED_MODULE_1__/* .pointerSegments */ .cP)(bare)) {
        const segment = decodeURIComponent(raw);
        if (Array.isArray(current))
            current = current[Number(segment)];
        else if ((0,_context_yaml_js__WEBPACK_IMPORTED_MODULE_0__/* .isMapping */ .pi)(current))
            current = current[segment];
        else
            return undefined;
    }
    return current;
}
/** Annotation keywords that may sit next to a $ref without changing what it validates. */
const ANNOTATIONS = new Set(['description', 'title', 'default', 'examples', '$comment']);
/**
 * Replaces every local `$ref` by a copy of its target and drops the
 * definitions, so that Ajv's schemaPath always describes the path through the
 * tree. Throws on a recursive schema, which cannot be inlined.
 */
function inlineRefs(root) {
    const inline = (node, stack) => {
        if (Array.isArray(node))
            return node.map((item) => inline(item, stack));
        if (!(0,_context_yaml_js__WEBPACK_IMPORTED_MODULE_0__/* .isMapping */ .pi)(node))
            return node;
        const out = {};
        for (const [key, child] of Object.entries(node)) {
            if (key !== '$ref')
                out[key] = DATA_KEYWORDS.has(key) ? child : inline(child, stack);
        }
        const ref = node.$ref;
        if (typeof ref !== 'string')
            return out;
        if (!ref.startsWith('#'))
            throw new Error(`cannot inline the non-local $ref ${ref}`);
        if (stack.includes(ref))
            throw new Error(`cannot inline the recursive $ref ${ref}`);
        const target = inline(resolvePointer(root, ref), [...stack, ref]);
        if (!(0,_context_yaml_js__WEBPACK_IMPORTED_MODULE_0__/* .isMapping */ .pi)(target))
            throw new Error(`$ref ${ref} does not resolve to a schema`);
        return mergeRefTarget(out, target);
    };
    const { definitions: _d, $defs: _e, ...rest } = root;
    return inline(rest, []);
}
/** The schema without its annotations (they validate nothing): what a validator that only says yes or no needs. Pure. */
function withoutAnnotations(root) {
    const stripped = mapSchema(root, (node) => Object.fromEntries(Object.entries(node).filter(([key]) => !ANNOTATIONS.has(key))));
    if (!isMapping(stripped))
        throw new Error('schema is not an object');
    return stripped;
}
/** A $ref with only annotations beside it becomes its target; other siblings keep their meaning via allOf. */
function mergeRefTarget(siblings, target) {
    const onlyAnnotations = Object.keys(siblings).every((k) => ANNOTATIONS.has(k));
    if (onlyAnnotations)
        return { ...target, ...siblings };
    const allOf = Array.isArray(siblings.allOf) ? siblings.allOf : [];
    return { ...siblings, allOf: [...allOf, target] };
}
/** Every `format` name used anywhere in a schema. */
function collectFormats(node, found = new Set()) {
    if (Array.isArray(node))
        node.forEach((item) => collectFormats(item, found));
    else if (isMapping(node)) {
        for (const [key, child] of Object.entries(node)) {
            if (key === 'format' && typeof child === 'string')
                found.add(child);
            else if (!DATA_KEYWORDS.has(key))
                collectFormats(child, found);
        }
    }
    return found;
}
/** Keywords that judge the value itself rather than something inside it. */
const LEAF_KEYWORDS = new Set([
    'type',
    'enum',
    'const',
    'format',
    'pattern',
    'minimum',
    'maximum',
    'exclusiveMinimum',
    'exclusiveMaximum',
    'minLength',
    'maxLength',
    'multipleOf',
    'alternatives',
]);
/** Turns Ajv's errors (from a schema made by inlineRefs) into one message per path. */
/**
 * A document's schema problems from its two validators: the yes-or-no one judges it; the one that explains
 * (every error, paths through the inlined `schema`) is loaded only for a document the first refuses.
 */
async function schemaProblemsOf(value, accepts, explainer, schema, what) {
    if (accepts(value))
        return [];
    const validate = await explainer();
    if (validate(value))
        throw new Error(`internal error: the ${what} validators disagree (one refuses what the other accepts); please report it with this ${what}`);
    return explainErrors(validate.errors ?? [], schema());
}
function explainErrors(errors, schema) {
    const issues = errors
        .filter((e) => e.keyword !== 'if') // always accompanied by the then/else errors that say what is wrong
        .map(toIssue);
    return mergeByPath(resolveCombinators(dropContainsNoise(issues), schema).map((i) => describeIssue(i, schema)));
}
/** A failed `contains` lists every item that did not match; its own error already says what is missing. */
function dropContainsNoise(issues) {
    const contains = issues.filter((i) => i.keyword === 'contains');
    return issues.filter((i) => !contains.some((c) => i !== c && isUnder(i, c)));
}
function toIssue(error) {
    return {
        instancePath: error.instancePath,
        schemaPath: error.schemaPath,
        keyword: error.keyword,
        params: { ...error.params },
        message: error.message ?? error.keyword,
    };
}
function isFailedCombinator(issue) {
    return issue.keyword === 'oneOf' || issue.keyword === 'anyOf';
}
/** Innermost combinators first, so an outer one sees its branches already summarised. */
function resolveCombinators(issues, schema) {
    const combinators = issues.filter(isFailedCombinator).sort((a, b) => b.schemaPath.length - a.schemaPath.length);
    let current = issues;
    for (const combinator of combinators) {
        if (current.includes(combinator))
            current = resolveCombinator(current, combinator, schema);
    }
    return current;
}
function isUnder(issue, combinator) {
    const p = combinator.instancePath;
    const sameValue = issue.instancePath === p || issue.instancePath.startsWith(`${p}/`);
    return sameValue && issue.schemaPath.startsWith(`${combinator.schemaPath}/`);
}
function resolveCombinator(issues, combinator, schema) {
    const inside = issues.filter((i) => i !== combinator && isUnder(i, combinator));
    const rest = issues.filter((i) => i !== combinator && !isUnder(i, combinator));
    return [...rest, ...replaceCombinator(combinator, inside, schema)];
}
function replaceCombinator(combinator, inside, schema) {
    const keys = requiredOnlyAlternatives(resolvePointer(schema, combinator.schemaPath));
    if (keys) {
        const quantity = combinator.keyword === 'oneOf' ? 'exactly one' : 'at least one';
        return [{ ...combinator, message: `must have ${quantity} of the keys ${joinOr(keys.map(quote))}` }];
    }
    const passing = combinator.params.passingSchemas;
    if (Array.isArray(passing)) {
        return [{ ...combinator, message: `matches more than one of its alternatives (${passing.join(', ')}); it must match exactly one` }];
    }
    const branches = groupByBranch(inside, combinator.schemaPath);
    const isLeaf = (i) => i.instancePath === combinator.instancePath && LEAF_KEYWORDS.has(i.keyword);
    const shapeMatches = branches.filter((b) => !b.every(isLeaf));
    if (shapeMatches.length === 0) {
        const alternatives = [...new Set(branches.flatMap(describeBranch))];
        return [{ ...combinator, keyword: 'alternatives', alternatives }];
    }
    // The branch with the fewest complaints is the one the user most likely meant.
    return shapeMatches.reduce((best, b) => (b.length < best.length ? b : best));
}
/** Alternatives such as `oneOf: [{required: [content]}, {required: [path]}]`: the keys, else undefined. */
function requiredOnlyAlternatives(branches) {
    if (!Array.isArray(branches) || branches.length === 0)
        return undefined;
    const keys = [];
    for (const branch of branches) {
        if (!(0,_context_yaml_js__WEBPACK_IMPORTED_MODULE_0__/* .isMapping */ .pi)(branch) || Object.keys(branch).join() !== 'required')
            return undefined;
        const required = branch.required;
        if (!Array.isArray(required) || required.length !== 1 || typeof required[0] !== 'string')
            return undefined;
        keys.push(required[0]);
    }
    return keys;
}
function groupByBranch(inside, combinatorPath) {
    const groups = new Map();
    for (const issue of inside) {
        const branch = issue.schemaPath.slice(combinatorPath.length + 1).split('/')[0] ?? '';
        groups.set(branch, [...(groups.get(branch) ?? []), issue]);
    }
    return [...groups.values()];
}
/** What one failed branch wanted the value to be, as words for "must be …". */
function describeBranch(issues) {
    const find = (keyword) => issues.find((i) => i.keyword === keyword);
    const enumIssue = find('enum');
    if (enumIssue && Array.isArray(enumIssue.params.allowedValues))
        return enumIssue.params.allowedValues.map(quote);
    const constIssue = find('const');
    if (constIssue)
        return [quote(constIssue.params.allowedValue)];
    const nested = find('alternatives');
    if (nested?.alternatives)
        return nested.alternatives;
    const format = find('format');
    if (format)
        return [formatWords(format.params.format)];
    const pattern = find('pattern');
    if (pattern)
        return [`a string matching ${String(pattern.params.pattern)}`];
    const type = find('type');
    if (type)
        return [typeWords(type.params.type)];
    const limit = issues.find((i) => typeof i.params.comparison === 'string');
    if (limit)
        return [`a number ${String(limit.params.comparison)} ${String(limit.params.limit)}`];
    return issues.map((i) => i.message.replace(/^must (be )?/, ''));
}
function describeIssue(issue, schema) {
    const at = (message) => ({ path: issue.instancePath, message, atKey: false });
    switch (issue.keyword) {
        case 'additionalProperties':
            return unknownKeyProblem(issue, schema);
        case 'required':
            return at(`missing required key ${quote(issue.params.missingProperty)}`);
        case 'type':
            return at(`must be ${typeWords(issue.params.type)}`);
        case 'enum':
            return at(`must be ${joinOr(asArray(issue.params.allowedValues).map(quote))}`);
        case 'const':
            return at(`must be ${quote(issue.params.allowedValue)}`);
        case 'format':
            return at(`must be ${formatWords(issue.params.format)}`);
        case 'alternatives':
            return at(`must be ${joinOr(issue.alternatives ?? [])}`);
        default:
            return at(issue.message);
    }
}
function unknownKeyProblem(issue, schema) {
    const key = String(issue.params.additionalProperty);
    const parent = resolvePointer(schema, issue.schemaPath.replace(/\/additionalProperties$/, ''));
    const allowed = (0,_context_yaml_js__WEBPACK_IMPORTED_MODULE_0__/* .isMapping */ .pi)(parent) && (0,_context_yaml_js__WEBPACK_IMPORTED_MODULE_0__/* .isMapping */ .pi)(parent.properties) ? Object.keys(parent.properties) : [];
    const hint = allowed.length > 0 ? ` (allowed here: ${allowed.join(', ')})` : '';
    return { path: (0,_problems_js__WEBPACK_IMPORTED_MODULE_1__/* .pointerJoin */ .wQ)(issue.instancePath, key), message: `unknown key ${quote(key)}${hint}`, atKey: true };
}
/** One problem per path: distinct messages joined. */
function mergeByPath(problems) {
    const byPath = new Map();
    for (const p of problems) {
        const seen = byPath.get(p.path);
        if (!seen)
            byPath.set(p.path, { ...p });
        else if (!seen.message.split('; ').includes(p.message))
            seen.message = `${seen.message}; ${p.message}`;
    }
    return [...byPath.values()];
}
/** Quoted as written: some format names are regular expressions, which JSON escaping would double. */
function formatWords(format) {
    return `a string in format "${String(format)}"`;
}
function asArray(value) {
    return Array.isArray(value) ? value : [value];
}
function typeWords(type) {
    return joinOr(String(type).split(','));
}
function quote(value) {
    return JSON.stringify(value) ?? String(value);
}
/** `a`, `a or b`, `a, b or c`. */
function joinOr(words) {
    if (words.length <= 1)
        return words[0] ?? '';
    return `${words.slice(0, -1).join(', ')} or ${words[words.length - 1]}`;
}


/***/ })

};
