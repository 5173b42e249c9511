export const id = 2376;
export const ids = [2376];
export const modules = {

/***/ 12376:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  validateLocated: () => (/* binding */ validateLocated)
});

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
// EXTERNAL MODULE: ./lib/util/errors.js
var errors = __webpack_require__(99661);
// EXTERNAL MODULE: ./lib/jobspec/schema.js
var schema = __webpack_require__(50789);
// EXTERNAL MODULE: ./lib/jobspec/inputs.js
var inputs = __webpack_require__(32267);
// EXTERNAL MODULE: ./lib/jobspec/limits.js
var limits = __webpack_require__(20650);
// EXTERNAL MODULE: ./lib/jobspec/semantics.js + 5 modules
var semantics = __webpack_require__(16899);
;// CONCATENATED MODULE: ./lib/jobspec/source-map.js
/**
 * From a path in the parsed spec (`['steps', 'builder', 'needs', 0]`) back to a line and column
 * in the YAML text, so every problem can be reported as FILE:LINE:COL.
 */

const SIMPLE_SEG = /^[A-Za-z0-9_$-]+$/;
/** `steps.builder.needs[0]`; odd keys in brackets: `steps["a b"]`. */
function formatPath(path) {
    let out = '';
    for (const seg of path) {
        if (typeof seg === 'number')
            out += `[${seg}]`;
        else if (SIMPLE_SEG.test(seg))
            out += out === '' ? seg : `.${seg}`;
        else
            out += `[${JSON.stringify(seg)}]`;
    }
    return out;
}
function keyString(key) {
    if ((0,dist/* isScalar */.jn)(key))
        return String(key.value);
    return String(key);
}
class SourceMap {
    doc;
    lines;
    text;
    constructor(doc, lines, text) {
        this.doc = doc;
        this.lines = lines;
        this.text = text;
    }
    position(offset) {
        const p = this.lines.linePos(Math.max(0, Math.min(offset, this.text.length)));
        return { line: p.line, col: p.col };
    }
    /**
     * A mapping's pairs by key, built once per mapping: looking keys up by a scan made reporting
     * N problems in one mapping (N unknown keys) take N^2 steps. The last pair wins, as in
     * toJS(); duplicates are reported separately.
     */
    pairIndex = new WeakMap();
    pairsOf(node) {
        let index = this.pairIndex.get(node);
        if (!index) {
            index = new Map();
            for (const pair of node.items)
                index.set(keyString(pair.key), pair);
            this.pairIndex.set(node, index);
        }
        return index;
    }
    find(path) {
        let node = (this.doc.contents ?? null);
        let key = null;
        let depth = 0;
        for (const seg of path) {
            if ((0,dist/* isMap */.jh)(node)) {
                const hit = this.pairsOf(node).get(String(seg));
                if (!hit)
                    break;
                key = (0,dist/* isScalar */.jn)(hit.key) || (0,dist/* isMap */.jh)(hit.key) || (0,dist/* isSeq */.oP)(hit.key) ? hit.key : null;
                node = (hit.value ?? null);
            }
            else if ((0,dist/* isSeq */.oP)(node) && Number.isInteger(Number(seg))) {
                const item = node.items[Number(seg)];
                if (item === undefined)
                    break;
                key = null;
                node = (item ?? null);
            }
            else {
                break;
            }
            depth++;
            if (node === null)
                break;
        }
        return { node, key, depth };
    }
    /** The offset a path points at; falls back to the nearest existing ancestor. */
    offset(path, anchor) {
        const f = this.find(path);
        const complete = f.depth === path.length;
        const keyStart = f.key?.range?.[0];
        const nodeStart = f.node?.range?.[0];
        if (complete && anchor === 'key' && keyStart !== undefined)
            return keyStart;
        if (complete && nodeStart !== undefined)
            return nodeStart;
        // A partial match: point at the key of the deepest thing that exists, which names it.
        if (keyStart !== undefined)
            return keyStart;
        if (nodeStart !== undefined && f.depth === 0)
            return nodeStart;
        return nodeStart ?? 0;
    }
    /** The YAML source text of the value at `path`, when the path exists. */
    sourceOf(path) {
        const f = this.find(path);
        const r = f.node?.range;
        return f.depth === path.length && r ? this.text.slice(r[0], r[1]) : undefined;
    }
    at(path, anchor) {
        return this.position(this.offset(path, anchor));
    }
    /**
     * The position of `snippet`, found at `valueOffset` of the string value at `path`, in the YAML
     * source. Quoting and block indentation change offsets, so we look for the same occurrence of
     * the snippet in the node's source text; if it is not there verbatim, the node's start.
     */
    inScalar(path, value, valueOffset, snippet) {
        const f = this.find(path);
        const fallback = this.at(path, 'value');
        if (f.depth !== path.length || !(0,dist/* isScalar */.jn)(f.node) || !f.node.range || snippet === '')
            return fallback;
        let nth = 0;
        for (let i = value.indexOf(snippet); i !== -1 && i < valueOffset; i = value.indexOf(snippet, i + snippet.length))
            nth++;
        const [start, end] = f.node.range;
        const src = this.text.slice(start, end);
        let at = src.indexOf(snippet);
        for (let k = 0; k < nth && at !== -1; k++)
            at = src.indexOf(snippet, at + snippet.length);
        return at === -1 ? fallback : this.position(start + at);
    }
}

// EXTERNAL MODULE: ./lib/jobspec/suggest.js
var suggest = __webpack_require__(47770);
;// CONCATENATED MODULE: ./lib/jobspec/zod-issues.js

/** Reads the raw value at a path of the parsed YAML. */
function valueAt(root, path) {
    let v = root;
    for (const seg of path) {
        if (v === null || typeof v !== 'object')
            return undefined;
        v = v[String(seg)];
    }
    return v;
}
/** "step "builder"", "output #1 of step "builder"", "provider "fast"", ... */
function describeObject(path) {
    const [a, b, c, d, e] = path;
    if (path.length === 0)
        return 'the spec';
    if (a === 'steps' && b !== undefined) {
        const step = `step "${b}"`;
        if (path.length === 2)
            return step;
        if ((c === 'outputs' || c === 'checks') && typeof d === 'number' && path.length === 4)
            return `${c === 'outputs' ? 'output' : 'check'} #${d + 1} of ${step}`;
        if (c === 'checks' && typeof d === 'number' && e === 'schema')
            return `the schema of check #${d + 1} of ${step}`;
        if (c === 'context' && path.length === 3)
            return `the context of ${step}`;
    }
    if ((a === 'providers' || a === 'routes') && b !== undefined) {
        const what = `${a === 'providers' ? 'provider' : 'route'} "${b}"`;
        if (path.length === 2)
            return what;
        if (path.length === 3 && (c === 'options' || c === 'price'))
            return `the ${c} of ${what}`;
    }
    if (path.length === 1 && typeof a === 'string')
        return a;
    return path
        .map((s) => (typeof s === 'number' ? `[${s}]` : s))
        .join('.')
        .replace(/\.\[/g, '[');
}
function describeValue(v) {
    if (v === undefined)
        return 'nothing';
    if (v === null)
        return 'an empty value';
    if (typeof v === 'string')
        return `string ${JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}...` : v)}`;
    if (typeof v === 'number' || typeof v === 'boolean')
        return `${typeof v} ${String(v)}`;
    if (Array.isArray(v))
        return 'a list';
    if (typeof v === 'object')
        return 'a mapping';
    return typeof v;
}
const EXPECTED = {
    number: 'a number',
    int: 'a whole number',
    string: 'a string',
    boolean: 'true or false',
    array: 'a list',
    object: 'a mapping (key: value)',
    record: 'a mapping (key: value)',
    map: 'a mapping (key: value)',
    null: 'an empty value',
};
const RECORD_KEY_KIND = {
    steps: 'step id',
    providers: 'provider name',
    routes: 'route name',
    inputs: 'input name',
};
const RECORD_KEY_RULE = {
    steps: 'step ids match [a-z0-9][a-z0-9_-]* (lowercase letters, digits, _ and -)',
    providers: 'names match [A-Za-z_][A-Za-z0-9_-]*',
    routes: 'names match [A-Za-z_][A-Za-z0-9_-]*',
    inputs: 'input names match [A-Za-z_][A-Za-z0-9_-]*',
};
const list = (vs) => vs.map((v) => JSON.stringify(v)).join(', ');
/** The keys a strict object at `path` accepts (following the spec's data through unions). */
function knownKeysAt(schema, data, path) {
    let s = schema;
    let d = data;
    const unwrap = (x) => {
        for (let i = 0; i < 20; i++) {
            const def = defOf(x);
            if (!def)
                return x;
            if (def.type === 'optional' ||
                def.type === 'default' ||
                def.type === 'prefault' ||
                def.type === 'nullable' ||
                def.type === 'readonly')
                x = def.innerType;
            else if (def.type === 'pipe')
                x = def.in;
            else if (def.type === 'union' && Array.isArray(def.options))
                x = pickOption(def, d);
            else
                return x;
        }
        return x;
    };
    for (const seg of [...path, undefined]) {
        s = unwrap(s);
        const def = defOf(s);
        if (!def)
            return [];
        if (seg === undefined)
            return def.type === 'object' && def.shape ? Object.keys(def.shape) : [];
        if (def.type === 'object' && def.shape)
            s = def.shape[String(seg)];
        else if (def.type === 'record')
            s = def.valueType;
        else if (def.type === 'array')
            s = def.element;
        else
            return [];
        d = valueAt(d, [seg]);
    }
    return [];
}
function defOf(x) {
    if (x === null || typeof x !== 'object')
        return undefined;
    const def = x.def;
    return def !== null && typeof def === 'object' ? def : undefined;
}
function pickOption(def, data) {
    const options = def.options ?? [];
    const disc = def.discriminator;
    if (disc && data !== null && typeof data === 'object') {
        const want = data[disc];
        for (const o of options) {
            const lit = defOf(defOf(o)?.shape?.[disc]);
            if (lit?.values?.includes(want))
                return o;
        }
    }
    return options.find((o) => defOf(o)?.type === 'object') ?? options[0];
}
/** Turns one zod issue into located, human problems (an unknown-keys issue becomes one per key). */
function explainZodIssue(issue, data, schema) {
    const path = issue.path.filter((s) => typeof s === 'string' || typeof s === 'number');
    const input = valueAt(data, path);
    const parent = path.slice(0, -1);
    const last = path[path.length - 1];
    switch (issue.code) {
        case 'unrecognized_keys': {
            const known = knownKeysAt(schema, data, path);
            return issue.keys.map((k) => ({
                path: [...path, k],
                anchor: 'key',
                message: `unknown key "${k}" in ${describeObject(path)}`,
                hint: (0,suggest/* didYouMean */.au)(k, known) ?? (known.length > 0 ? `allowed keys: ${known.join(', ')}` : undefined),
            }));
        }
        case 'invalid_type': {
            if (input === undefined) {
                return [
                    {
                        path: parent,
                        anchor: 'key',
                        message: `missing required key "${String(last)}" in ${describeObject(parent)}`,
                    },
                ];
            }
            const expected = EXPECTED[issue.expected] ?? `a ${issue.expected}`;
            const hint = issue.expected === 'string' && input === null
                ? 'an empty value is null in YAML; write "" for an empty string'
                : undefined;
            return [{ path, anchor: 'value', message: `expected ${expected}, got ${describeValue(input)}`, hint }];
        }
        case 'invalid_value': {
            if (input === undefined) {
                return [
                    {
                        path: parent,
                        anchor: 'key',
                        message: `missing required key "${String(last)}" in ${describeObject(parent)}`,
                    },
                ];
            }
            if (issue.values.length === 1) {
                return [
                    {
                        path,
                        anchor: 'value',
                        message: `expected ${JSON.stringify(issue.values[0])}, got ${describeValue(input)}`,
                    },
                ];
            }
            return [
                {
                    path,
                    anchor: 'value',
                    message: `expected one of ${list(issue.values)}; got ${describeValue(input)}`,
                    hint: (0,suggest/* didYouMean */.au)(String(input), issue.values.map(String)),
                },
            ];
        }
        case 'invalid_union': {
            const disc = issue.discriminator;
            const options = issue.options ?? [];
            if (disc !== undefined || issue.note === 'No matching discriminator') {
                const objPath = last === disc ? parent : path;
                const obj = valueAt(data, objPath);
                const kind = objPath.includes('checks') ? 'check' : objPath[0] === 'providers' ? 'provider' : 'object';
                if (obj === null || typeof obj !== 'object' || Array.isArray(obj)) {
                    return [
                        {
                            path: objPath,
                            anchor: 'value',
                            message: `expected a mapping (key: value) for ${describeObject(objPath)}, got ${describeValue(obj)}`,
                        },
                    ];
                }
                const value = obj[disc ?? 'type'];
                if (value === undefined) {
                    return [
                        {
                            path: objPath,
                            anchor: 'key',
                            message: `missing required key "${disc ?? 'type'}" in ${describeObject(objPath)}`,
                            hint: `one of ${list(options)}`,
                        },
                    ];
                }
                return [
                    {
                        path: [...objPath, disc ?? 'type'],
                        anchor: 'value',
                        message: `unknown ${kind} ${disc ?? 'type'} ` +
                            `${typeof value === 'string' ? JSON.stringify(value) : describeValue(value)}; expected one of ` +
                            `${list(options)}`,
                        hint: (0,suggest/* didYouMean */.au)(String(value), options.map(String)),
                    },
                ];
            }
            const expected = new Set();
            for (const branch of issue.errors) {
                for (const sub of branch)
                    if (sub.code === 'invalid_type' && sub.path.length === 0)
                        expected.add(EXPECTED[sub.expected] ?? `a ${sub.expected}`);
            }
            if (expected.size > 0) {
                if (input === undefined)
                    return [
                        {
                            path: parent,
                            anchor: 'key',
                            message: `missing required key "${String(last)}" in ${describeObject(parent)}`,
                        },
                    ];
                return [
                    { path, anchor: 'value', message: `expected ${[...expected].join(' or ')}, got ${describeValue(input)}` },
                ];
            }
            // Every branch failed deeper down: report the first branch's own issues.
            const first = issue.errors[0] ?? [];
            if (first.length > 0) {
                return first.flatMap((sub) => explainZodIssue({ ...sub, path: [...issue.path, ...sub.path] }, data, schema));
            }
            return [
                { path, anchor: 'value', message: `${describeObject(path)} has an unexpected form: ${describeValue(input)}` },
            ];
        }
        case 'too_small':
        case 'too_big': {
            const small = issue.code === 'too_small';
            const bound = Number(small ? issue.minimum : issue.maximum);
            const inclusive = issue.inclusive !== false;
            if (issue.origin === 'array' || issue.origin === 'set') {
                return [
                    {
                        path,
                        anchor: 'value',
                        message: `${small ? 'needs at least' : 'takes at most'} ${bound} item${bound === 1 ? '' : 's'}`,
                    },
                ];
            }
            if (issue.origin === 'string') {
                if (small && bound === 1)
                    return [{ path, anchor: 'value', message: 'must not be empty' }];
                return [
                    { path, anchor: 'value', message: `must be ${small ? 'at least' : 'at most'} ${bound} characters long` },
                ];
            }
            const rel = small ? (inclusive ? 'at least' : 'greater than') : inclusive ? 'at most' : 'less than';
            return [{ path, anchor: 'value', message: `must be ${rel} ${bound}, got ${describeValue(input)}` }];
        }
        case 'invalid_format': {
            const custom = !issue.message.startsWith('Invalid');
            if (issue.format === 'url') {
                return [
                    {
                        path,
                        anchor: 'value',
                        message: `expected a URL, got ${describeValue(input)}`,
                        hint: 'for example http://127.0.0.1:8080/v1',
                    },
                ];
            }
            const rule = custom ? issue.message : `must match ${issue.pattern ?? issue.format}`;
            return [{ path, anchor: 'value', message: `${rule}, got ${describeValue(input)}` }];
        }
        case 'invalid_key': {
            const record = typeof parent[0] === 'string' && parent.length === 1 ? parent[0] : undefined;
            const kind = (record && RECORD_KEY_KIND[record]) ?? 'key';
            const rule = (record && RECORD_KEY_RULE[record]) ?? issue.issues.map((i) => i.message).join('; ');
            return [{ path, anchor: 'key', message: `invalid ${kind} "${String(last)}": ${rule}` }];
        }
        case 'invalid_element':
            return [{ path, anchor: 'value', message: `invalid entry in ${describeObject(parent)}` }];
        case 'custom':
            return [{ path, anchor: 'value', message: issue.message }];
        default:
            return [{ path, anchor: 'value', message: `${issue.message} (${describeObject(path)})` }];
    }
}

;// CONCATENATED MODULE: ./lib/jobspec/load-located.js
/**
 * The located path of spec loading: YAML CST (the `yaml` package) -> positions -> schema ->
 * semantics, collecting every problem with its FILE:LINE:COL before throwing one SpecError.
 * src/spec/load.ts calls it when the fast path finds anything to report.
 */








const MINIMAL_SPEC_HINT = 'a minimal spec is: version: 2, name: my-job, steps: { hello: { provider: ..., prompt: "..." } }';
class Collector {
    file;
    map;
    issues = [];
    constructor(file, map) {
        this.file = file;
        this.map = map;
    }
    push(pos, path, message, hint) {
        this.issues.push({
            file: this.file,
            line: pos.line,
            col: pos.col,
            message,
            path: path.length > 0 ? formatPath(path) : undefined,
            hint,
        });
    }
    at(path, anchor, message, hint) {
        this.push(this.map.at(path, anchor), path, message, hint);
    }
    inString(path, value, offset, snippet, message, hint) {
        this.push(this.map.inScalar(path, value, offset, snippet), path, message, hint);
    }
    /** Sorted by position, exact repeats removed. */
    sorted() {
        const seen = new Set();
        return this.issues
            .map((issue, i) => ({ issue, i }))
            .sort((a, b) => a.issue.line - b.issue.line || a.issue.col - b.issue.col || a.i - b.i)
            .map(({ issue }) => issue)
            .filter((issue) => {
            const key = `${issue.line}:${issue.col}:${issue.message}`;
            if (seen.has(key))
                return false;
            seen.add(key);
            return true;
        });
    }
}
async function validateLocated(text, file, absolute, baseDir, hash, providerFiles = false) {
    const lines = new dist/* LineCounter */.HN();
    const doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: false });
    const c = new Collector(file, new SourceMap(doc, lines, text));
    const syntaxErrors = doc.errors;
    for (const err of syntaxErrors) {
        const firstLine = err.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
        c.push(c.map.position(err.pos[0]), [], `YAML syntax error: ${firstLine}`);
    }
    findDuplicateKeys(doc.contents, [], c);
    findForeignTags(doc, c);
    if (syntaxErrors.length > 0)
        throw new errors/* SpecError */.G8(c.sorted());
    const contents = doc.contents;
    if (contents === null || ((0,dist/* isScalar */.jn)(contents) && (contents.value === null || contents.value === ''))) {
        c.push({ line: 1, col: 1 }, [], 'the spec is empty; version: 2 is required, with name and steps', MINIMAL_SPEC_HINT);
        throw new errors/* SpecError */.G8(c.sorted());
    }
    let data;
    try {
        data = doc.toJS({ maxAliasCount: limits/* MAX_SPEC_ALIASES */.U });
    }
    catch (e) {
        c.push(c.map.position(contents.range?.[0] ?? 0), [], `YAML error: ${(0,errors/* errorMessage */.gJ)(e)}`);
        throw new errors/* SpecError */.G8(c.sorted());
    }
    if (!(0,dist/* isMap */.jh)(contents) || data === null || typeof data !== 'object' || Array.isArray(data)) {
        const got = (0,dist/* isSeq */.oP)(contents) ? 'a list' : describeValue(data);
        c.push(c.map.position(contents.range?.[0] ?? 0), [], `a spec must be a YAML mapping (key: value) starting with version: 2, got ${got}`, MINIMAL_SPEC_HINT);
        throw new errors/* SpecError */.G8(c.sorted());
    }
    let root = data;
    // A spec of another version would drown in unknown-key errors: say the one thing that matters.
    // The string "2" is a version 2 spec with one more problem: report it and check the rest as
    // version 2, so one round shows every problem.
    if (!Object.hasOwn(root, 'version')) {
        c.push(c.map.position(contents.range?.[0] ?? 0), [], 'missing version; version: 2 is required (the first line of a job spec)', 'add `version: 2` at the top of the spec');
        throw new errors/* SpecError */.G8(c.sorted());
    }
    else if (root.version === '2') {
        c.at(['version'], 'value', 'version must be the number 2, not the string "2"', 'write version: 2 without quotes');
        root = { ...root, version: 2 };
    }
    else if (root.version !== 2) {
        c.at(['version'], 'value', `version: 2 is required; this spec has version ${describeValue(root.version).replace(/^(number|string) /, '')}`, root.version === 1
            ? 'version 1 specs are not read any more: rewrite it in the version 2 format (see the README)'
            : 'set version: 2');
        throw new errors/* SpecError */.G8(c.sorted());
    }
    else {
        const v = c.map.sourceOf(['version']);
        if (v !== undefined && v.trim() !== '2') {
            c.at(['version'], 'value', `version must be written as 2; ${JSON.stringify(v.trim())} only rounds to 2`, 'set version: 2');
        }
    }
    const parsed = schema/* JobSpecSchema */.QH.safeParse(root);
    if (!parsed.success) {
        for (const issue of parsed.error.issues) {
            for (const p of explainZodIssue(issue, root, schema/* JobSpecSchema */.QH))
                c.at(p.path, p.anchor, p.message, p.hint);
        }
    }
    const prompts = await (0,semantics/* checkSemantics */.w9)({ root, baseDir, report: c, providerFiles });
    if (c.issues.length > 0 || !parsed.success)
        throw new errors/* SpecError */.G8(c.sorted());
    return (0,inputs/* withInputDecls */.gV)({ spec: parsed.data, file: absolute, baseDir, sha256: hash, prompts }, root.inputs);
}
/** The YAML 1.2 core schema's tags: anything else (`!!js/function`, `!!binary`, `!custom`) is refused. */
const CORE_TAGS = new Set([
    'tag:yaml.org,2002:str',
    'tag:yaml.org,2002:int',
    'tag:yaml.org,2002:float',
    'tag:yaml.org,2002:bool',
    'tag:yaml.org,2002:null',
    'tag:yaml.org,2002:map',
    'tag:yaml.org,2002:seq',
]);
/** A spec is data: a tag outside the core schema asks a loader to build something else, and is refused. */
function findForeignTags(doc, c) {
    (0,dist/* visit */.YR)(doc, (_key, node) => {
        if (!(0,dist/* isNode */.Ll)(node) || node.tag === undefined || CORE_TAGS.has(node.tag))
            return;
        c.push(c.map.position(node.range?.[0] ?? 0), [], `the YAML tag ${node.tag.replace(/^tag:yaml\.org,2002:/, '!!')} is not allowed`, 'a spec uses plain YAML values (strings, numbers, booleans, lists, mappings): remove the tag');
    });
}
/** YAML allows a repeated key (the last wins); a spec does not. */
function findDuplicateKeys(root, rootPath, c) {
    const todo = [[root, rootPath]];
    while (todo.length > 0) {
        const [node, path] = todo.pop();
        if ((0,dist/* isMap */.jh)(node)) {
            const first = new Map();
            for (const pair of node.items) {
                const k = keyString(pair.key);
                const keyNode = ((0,dist/* isScalar */.jn)(pair.key) ? pair.key : undefined);
                if (k === '__proto__') {
                    // zod drops this key silently; a spec must not lose a step without a word.
                    c.push(c.map.position(keyNode?.range?.[0] ?? node.range?.[0] ?? 0), [...path, k], 'the key "__proto__" is not allowed');
                }
                if (first.has(k)) {
                    const prev = first.get(k)?.range?.[0];
                    const pos = c.map.position(keyNode?.range?.[0] ?? node.range?.[0] ?? 0);
                    const where = prev === undefined ? '' : `; first defined on line ${c.map.position(prev).line}`;
                    c.push(pos, [...path, k], `duplicate key "${k}"${where}`, 'YAML keeps only the last one; remove or rename one of them');
                }
                else {
                    first.set(k, keyNode);
                }
                todo.push([(pair.value ?? null), [...path, k]]);
            }
        }
        else if ((0,dist/* isSeq */.oP)(node)) {
            node.items.forEach((item, i) => todo.push([(item ?? null), [...path, i]]));
        }
    }
}


/***/ })

};
