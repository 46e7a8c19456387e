// Merges the raw dumps of run-wasm.mjs and dump.php into rules/builtins/{functions,classes,
// constants,runtimes}.json: one entry per symbol, with signature variants over version ranges.
// See ../README.md for the field meanings and for why each rule below exists.
//
//   node merge.mjs /work/cache/builtins-dumps ..    (the second argument is rules/builtins)
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const VERSIONS = ['7.2', '7.3', '7.4', '8.0', '8.1', '8.2', '8.3', '8.4'];
// Extensions of php-wasm's own making: they are no part of PHP (dns_polyfill replaces standard's
// DNS functions with looser signatures).
const WASM_ONLY_EXTS = new Set(['dns_polyfill', 'post_message_to_js', 'wasm_memory_storage']);
// The random extension was split out of standard in 8.2: before 8.2 a runtime with standard
// loaded had everything random could have had, so its absence there is real.
const EXT_SPLITS = { random: { from: 'standard', since: '8.2' } };

const [dumpDir, outDir] = process.argv.slice(2);
if (!dumpDir || !outDir) {
    console.error('usage: node merge.mjs DUMP_DIR RULES_BUILTINS_DIR');
    process.exit(2);
}
const cmp = (a, b) => VERSIONS.indexOf(a) - VERSIONS.indexOf(b);

/** An integer beyond 2^53 kept as its digits, because JSON.parse would round it. */
class BigNum {
    constructor(text) { this.text = text; }
    toJSON() { return 'bignum:' + this.text; }
}

function readDump(file) {
    // Quote big integers before JSON.parse sees them; only constant values can be that big.
    const text = readFileSync(file, 'utf8').replace(/("value":)(-?\d{16,})([,}])/g, '$1"bignum:$2"$3');
    return JSON.parse(text, (k, v) =>
        typeof v === 'string' && v.startsWith('bignum:') ? new BigNum(v.slice(7)) : v);
}

const runtimes = readdirSync(dumpDir).sort().map((f) => /^(wasm|debian)-(\d\.\d)\.json$/.exec(f))
    .filter(Boolean).map(([file, kind, version]) => {
        const dump = readDump(path.join(dumpDir, file));
        if (!dump.version.startsWith(version + '.')) {
            throw new Error(`${file} holds PHP ${dump.version}`);
        }
        const exts = new Set(dump.extensions.filter((e) => !WASM_ONLY_EXTS.has(e)));
        return { id: file.replace('.json', ''), kind, version, dump, exts };
    })
    // wasm first: its runtimes are alike across versions, so their payloads are preferred.
    .sort((a, b) => (a.kind === b.kind ? cmp(a.version, b.version) : a.kind === 'wasm' ? -1 : 1));
const debian = runtimes.find((r) => r.kind === 'debian');
const wasmTwin = debian && runtimes.find((r) => r.kind === 'wasm' && r.version === debian.version);

function hasExt(r, ext) {
    const split = EXT_SPLITS[ext];
    return r.exts.has(ext) || (split !== undefined && cmp(r.version, split.since) < 0 && r.exts.has(split.from));
}

// Values that differ between two builds of the same minor version (paths, patch level, library
// versions, platform flags) describe a build, not PHP: keep only their type.
const VERSIONISH = /(^|_)(VERSION|VERSION_TEXT|VERSION_NUMBER|VERNUM|DOTTED_VERSION|LOADED_VERSION|ICU_VERSION|ICU_DATA_VERSION)$|^(GD|LIBZIP|MB_ONIGURUMA|INTL_ICU|MYSQLI_CLIENT)_.*VERSION/;
const unstable = new Set();
function markUnstable(key, a, b) {
    if (a && b && a.type === b.type && JSON.stringify(a.value) !== JSON.stringify(b.value)) {
        unstable.add(key);
    }
}
if (debian && wasmTwin) {
    for (const [n, c] of Object.entries(debian.dump.constants)) markUnstable(n, c, wasmTwin.dump.constants[n]);
    for (const [cn, c] of Object.entries(debian.dump.classes)) {
        for (const [k, v] of Object.entries(c.constants || {})) {
            markUnstable(cn.toLowerCase() + '::' + k, v, wasmTwin.dump.classes[cn]?.constants?.[k]);
        }
    }
}
function valueOf(key, name, c) {
    const o = { type: c.type };
    if ('value' in c && !unstable.has(key) && !VERSIONISH.test(name)) o.value = c.value;
    return o;
}

function signature(f) {
    const o = { params: f.params };
    for (const k of ['returns', 'tentative', 'byRefReturn', 'deprecated']) if (k in f) o[k] = f[k];
    return o;
}

/** entity: {name, ext, perRuntime: Map id → payload, checks(r) → bool} */
function entity(map, key, make) {
    let e = map.get(key);
    if (!e) map.set(key, (e = make()));
    return e;
}
const functions = new Map(), classes = new Map(), constants = new Map();

for (const r of runtimes) {
    const d = r.dump;
    for (const f of Object.values(d.functions)) {
        if (WASM_ONLY_EXTS.has(f.ext)) continue;
        const e = entity(functions, f.name.toLowerCase(), () => ({ exts: new Set(), per: new Map() }));
        e.exts.add(f.ext);
        e.name = f.name;
        e.per.set(r.id, { ext: f.ext, ...signature(f) });
    }
    for (const c of Object.values(d.classes)) {
        const lc = c.name.toLowerCase();
        const e = entity(classes, lc, () => ({ exts: new Set(), per: new Map(), members: new Map() }));
        e.exts.add(c.ext);
        e.name = c.name;
        const head = { ext: c.ext, kind: c.kind };
        for (const k of ['parent', 'interfaces', 'abstract', 'final', 'readonly', 'instantiable', 'backing']) {
            if (k in c) head[k] = c[k];
        }
        e.per.set(r.id, head);
        const member = (group, key, name, payload) => {
            const m = entity(e.members, group + ':' + key, () => ({ group, key, per: new Map() }));
            m.name = name;
            m.per.set(r.id, payload);
        };
        for (const m of Object.values(c.methods)) {
            const { name, params, returns, tentative, byRefReturn, deprecated, ...mods } = m;
            member('methods', name.toLowerCase(), name, { ...mods, ...signature(m) });
        }
        for (const [n, p] of Object.entries(c.properties)) {
            const { name, ...rest } = p;
            member('properties', n, n, rest);
        }
        for (const [n, k] of Object.entries(c.constants)) {
            const { name, type, value, ...rest } = k;
            member('constants', n, n, { ...valueOf(lc + '::' + n, n, k), ...rest });
        }
        for (const [n, cs] of Object.entries(c.cases || {})) member('cases', n, n, cs);
    }
    for (const c of Object.values(d.constants)) {
        if (WASM_ONLY_EXTS.has(c.ext)) continue;
        const e = entity(constants, c.name, () => ({ exts: new Set(), per: new Map() }));
        e.exts.add(c.ext);
        e.name = c.name;
        const o = { ext: c.ext, ...valueOf(c.name, c.name, c) };
        if (c.deprecated) o.deprecated = true;
        e.per.set(r.id, o);
    }
}

const same = (a, b) => JSON.stringify(a) === JSON.stringify(b);
const stats = { buildDependent: [], gaps: [] };

/**
 * Turns per-runtime payloads into variants. A version is "known" for a symbol when a runtime of
 * that version had its extension (checks) or had the symbol; only known versions say anything
 * about presence. Where Debian's php and the php-wasm build of the same minor version disagree
 * (one lacks the symbol although its extension is loaded, or their signatures differ), the symbol
 * depends on build options or wasm patches: only Debian's version of it is kept.
 */
function resolve(label, e, checks) {
    const dp = debian && e.per.get(debian.id);
    const wp = wasmTwin && e.per.get(wasmTwin.id);
    const buildDependent = dp !== undefined && (wp === undefined ? checks(wasmTwin) : !same(dp, wp));
    if (buildDependent) stats.buildDependent.push(label);
    const usable = buildDependent ? [debian] : runtimes;
    const known = [], payloads = new Map();
    for (const v of VERSIONS) {
        const rs = usable.filter((r) => r.version === v);
        const hit = rs.find((r) => e.per.has(r.id));
        if (hit) payloads.set(v, e.per.get(hit.id));
        if (hit || rs.some(checks)) known.push(v);
    }
    if (known.length && VERSIONS.indexOf(known.at(-1)) - VERSIONS.indexOf(known[0]) + 1 !== known.length) {
        stats.gaps.push(label);
    }
    const variants = [];
    let open = null;
    for (const v of known) {
        const p = payloads.get(v);
        if (open && p && same(open.payload, p)) {
            open.to = v;
            continue;
        }
        if (open) variants.push(open);
        open = p ? { from: v, to: v, payload: p } : null;
    }
    if (open) variants.push(open);
    const range = known.length ? { from: known[0], to: known.at(-1) } : null;
    return {
        known: range,
        variants: variants.map((x) => ({
            ...(x.from !== range.from ? { since: x.from } : {}),
            ...(x.to !== range.to ? { until: x.to } : {}),
            ...x.payload,
        })),
    };
}

const rangeText = (k) => (k.from === k.to ? k.from : k.from + '..' + k.to);
const FULL = { from: VERSIONS[0], to: VERSIONS.at(-1) };
const newestExt = (variants) => variants.at(-1).ext;
function withKnown(o, known, inherited) {
    if (!same(known, inherited)) o.known = rangeText(known);
    return o;
}
function stripExt(variants, ext) {
    return variants.map(({ ext: x, ...rest }) => (x === ext ? rest : { ...rest, ext: x }));
}
const checksExts = (e) => (r) => r !== undefined && [...e.exts].some((x) => hasExt(r, x));

const outFunctions = {};
for (const [key, e] of functions) {
    const { known, variants } = resolve('function ' + e.name, e, checksExts(e));
    const ext = newestExt(variants);
    outFunctions[key] = withKnown({ name: e.name, ext }, known, FULL);
    outFunctions[key].variants = stripExt(variants, ext);
}

const outClasses = {};
for (const [key, e] of classes) {
    const { known, variants } = resolve('class ' + e.name, e, checksExts(e));
    const ext = newestExt(variants);
    const o = withKnown({ name: e.name, ext }, known, FULL);
    o.variants = stripExt(variants, ext);
    // A member is checked wherever its class was seen: Reflection lists all of a class's members.
    // So a member's since/until are relative to the versions its class exists in.
    const classSeen = (r) => r !== undefined && e.per.has(r.id);
    const span = { from: o.variants[0].since ?? known.from, to: o.variants.at(-1).until ?? known.to };
    for (const m of [...e.members.values()].sort((a, b) => a.key.localeCompare(b.key))) {
        const res = resolve(`member ${e.name}::${m.name}`, m, classSeen);
        const entry = m.group === 'methods' ? { name: m.name } : {};
        withKnown(entry, res.known, span);
        entry.variants = res.variants;
        (o[m.group] ??= {})[m.key] = entry;
    }
    outClasses[key] = o;
}

const outConstants = {};
for (const [key, e] of constants) {
    const { known, variants } = resolve('constant ' + e.name, e, checksExts(e));
    const ext = newestExt(variants);
    outConstants[key] = withKnown({ name: e.name, ext }, known, FULL);
    outConstants[key].variants = stripExt(variants, ext);
}

function sortKeys(o) {
    return Object.fromEntries(Object.keys(o).sort().map((k) => [k, o[k]]));
}

/** Compact JSON except along `expand`: each entry of an expanded object starts a new line. */
function write(value, expand, indent = '') {
    if (value instanceof BigNum) return value.text;
    if (expand && value && typeof value === 'object' && !Array.isArray(value)) {
        const inner = indent + '  ';
        const parts = Object.entries(value).map(([k, v]) =>
            inner + JSON.stringify(k) + ': ' + write(v, typeof expand === 'object' ? expand[k] ?? expand['*'] : null, inner));
        return parts.length ? '{\n' + parts.join(',\n') + '\n' + indent + '}' : '{}';
    }
    if (Array.isArray(value)) return '[' + value.map((v) => write(v, null)).join(',') + ']';
    if (value && typeof value === 'object') {
        return '{' + Object.entries(value).map(([k, v]) => JSON.stringify(k) + ':' + write(v, null)).join(',') + '}';
    }
    return JSON.stringify(value);
}

function present(entry, v) {
    const known = entry.known ? entry.known.split('..') : [FULL.from, FULL.to];
    if (cmp(v, known[0]) < 0 || cmp(v, known.at(-1)) > 0) return false;
    return entry.variants.some((x) => cmp(v, x.since ?? known[0]) >= 0 && cmp(v, x.until ?? known.at(-1)) <= 0);
}
const counts = {};
for (const v of VERSIONS) {
    const n = (m) => Object.values(m).filter((x) => present(x, v)).length;
    counts[v] = { functions: n(outFunctions), classes: n(outClasses), constants: n(outConstants) };
}
const extensions = {};
for (const r of runtimes) {
    for (const x of r.exts) (extensions[x] ??= new Set()).add(r.version);
}
const runtimesOut = {
    versions: VERSIONS,
    runtimes: runtimes.map((r) => ({
        id: r.id, source: r.kind === 'wasm' ? r.dump.source : 'Debian php-cli',
        php: r.dump.version, extensions: [...r.exts].sort(),
    })),
    extensions: sortKeys(Object.fromEntries(Object.entries(extensions).map(([x, vs]) => {
        const l = [...vs].sort(cmp);
        return [x, rangeText({ from: l[0], to: l.at(-1) })];
    }))),
    counts,
};

const files = {
    'functions.json': write(sortKeys(outFunctions), true),
    'classes.json': write(sortKeys(outClasses), { '*': { methods: true, properties: true, constants: true, cases: true } }),
    'constants.json': write(sortKeys(outConstants), true),
    'runtimes.json': write(runtimesOut, { runtimes: true, extensions: true, counts: true }),
};
for (const [f, text] of Object.entries(files)) writeFileSync(path.join(outDir, f), text + '\n');
console.log(JSON.stringify(counts));
console.log(`build-dependent (Debian ${debian?.version} only): ${stats.buildDependent.length}: ${stats.buildDependent.join(', ')}`);
if (stats.gaps.length) console.log(`WARNING known versions with gaps: ${stats.gaps.join(', ')}`);
