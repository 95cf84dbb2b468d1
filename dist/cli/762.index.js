export const id = 762;
export const ids = [762];
export const modules = {

/***/ 67762:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   collectFormats: () => (/* binding */ collectFormats),
/* harmony export */   explainErrors: () => (/* binding */ explainErrors),
/* harmony export */   explainRefusal: () => (/* binding */ explainRefusal),
/* harmony export */   inlineRefs: () => (/* binding */ inlineRefs),
/* harmony export */   mapSchema: () => (/* binding */ mapSchema),
/* harmony export */   resolvePointer: () => (/* binding */ resolvePointer),
/* harmony export */   withoutAnnotations: () => (/* binding */ withoutAnnotations)
/* harmony export */ });
/* harmony import */ var _context_yaml_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(24309);
/* harmony import */ var _data_schema_check_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(54907);
/* harmony import */ var _problems_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(94823);
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
    for (const raw of (0,_problems_js__WEBPACK_IMPORTED_MODULE_2__/* .pointerSegments */ .cP)(bare)) {
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
    if (!(0,_context_yaml_js__WEBPACK_IMPORTED_MODULE_0__/* .isMapping */ .pi)(stripped))
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
    else if ((0,_context_yaml_js__WEBPACK_IMPORTED_MODULE_0__/* .isMapping */ .pi)(node)) {
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
/**
 * Why a document its yes-or-no check (src/data/schema-check.ts) refused is invalid: the explaining validator's
 * errors (paths through the inlined `schema`), one message per path. Loaded only then, with this module; the
 * validator must refuse the document too.
 */
function explainRefusal(value, validate, schema, what) {
    return explainErrors((0,_data_schema_check_js__WEBPACK_IMPORTED_MODULE_1__/* .refusalErrors */ .yU)(value, validate, what), schema);
}
/** Turns Ajv's errors (from a schema made by inlineRefs) into one message per path. */
function explainErrors(errors, schema) {
    const issues = errors
        .filter((e) => e.keyword !== 'if') // always accompanied by the then/else errors that say what is wrong
        .map(toIssue);
    return (0,_problems_js__WEBPACK_IMPORTED_MODULE_2__/* .mergeByPath */ .nz)(resolveCombinators(dropContainsNoise(issues), schema).map((i) => describeIssue(i, schema)));
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
        return [{ ...combinator, message: `must have ${quantity} of the keys ${(0,_problems_js__WEBPACK_IMPORTED_MODULE_2__/* .joinOr */ .So)(keys.map(_problems_js__WEBPACK_IMPORTED_MODULE_2__/* .quote */ .hD))}` }];
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
        return enumIssue.params.allowedValues.map(_problems_js__WEBPACK_IMPORTED_MODULE_2__/* .quote */ .hD);
    const constIssue = find('const');
    if (constIssue)
        return [(0,_problems_js__WEBPACK_IMPORTED_MODULE_2__/* .quote */ .hD)(constIssue.params.allowedValue)];
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
            return at(`missing required key ${(0,_problems_js__WEBPACK_IMPORTED_MODULE_2__/* .quote */ .hD)(issue.params.missingProperty)}`);
        case 'type':
            return at(`must be ${typeWords(issue.params.type)}`);
        case 'enum':
            return at(`must be ${(0,_problems_js__WEBPACK_IMPORTED_MODULE_2__/* .joinOr */ .So)(asArray(issue.params.allowedValues).map(_problems_js__WEBPACK_IMPORTED_MODULE_2__/* .quote */ .hD))}`);
        case 'const':
            return at(`must be ${(0,_problems_js__WEBPACK_IMPORTED_MODULE_2__/* .quote */ .hD)(issue.params.allowedValue)}`);
        case 'format':
            return at(`must be ${formatWords(issue.params.format)}`);
        case 'alternatives':
            return at(`must be ${(0,_problems_js__WEBPACK_IMPORTED_MODULE_2__/* .joinOr */ .So)(issue.alternatives ?? [])}`);
        default:
            return at(issue.message);
    }
}
function unknownKeyProblem(issue, schema) {
    const key = String(issue.params.additionalProperty);
    const parent = resolvePointer(schema, issue.schemaPath.replace(/\/additionalProperties$/, ''));
    const allowed = (0,_context_yaml_js__WEBPACK_IMPORTED_MODULE_0__/* .isMapping */ .pi)(parent) && (0,_context_yaml_js__WEBPACK_IMPORTED_MODULE_0__/* .isMapping */ .pi)(parent.properties) ? Object.keys(parent.properties) : [];
    const hint = allowed.length > 0 ? ` (allowed here: ${allowed.join(', ')})` : '';
    return { path: (0,_problems_js__WEBPACK_IMPORTED_MODULE_2__/* .pointerJoin */ .wQ)(issue.instancePath, key), message: `unknown key ${(0,_problems_js__WEBPACK_IMPORTED_MODULE_2__/* .quote */ .hD)(key)}${hint}`, atKey: true };
}
/** Quoted as written: some format names are regular expressions, which JSON escaping would double. */
function formatWords(format) {
    return `a string in format "${String(format)}"`;
}
function asArray(value) {
    return Array.isArray(value) ? value : [value];
}
function typeWords(type) {
    return (0,_problems_js__WEBPACK_IMPORTED_MODULE_2__/* .joinOr */ .So)(String(type).split(','));
}


/***/ })

};
