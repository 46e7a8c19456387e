// Checks overlay.json against the runtimes: every "returns" entry with a witness is run under each
// php-wasm runtime of its range, and the witness must give false or null, the value that the
// PHP 8 signature no longer allows and that the overlay's type adds. Every overlay function must
// exist in functions.json. Exits non-zero on the first disagreement.
//
//   node check-overlay.mjs /work/cache/php-wasm
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const wasmDir = process.argv[2];
if (!wasmDir) {
    console.error('usage: node check-overlay.mjs PHP_WASM_DIR');
    process.exit(2);
}
const require = createRequire(path.join(path.resolve(wasmDir), 'package.json'));
const { PHP } = require('@php-wasm/universal');
const { loadNodeRuntime } = require('@php-wasm/node');

const rules = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const overlay = JSON.parse(readFileSync(path.join(rules, 'overlay.json'), 'utf8'));
const functions = JSON.parse(readFileSync(path.join(rules, 'functions.json'), 'utf8'));
const VERSIONS = ['7.2', '7.3', '7.4', '8.0', '8.1', '8.2', '8.3', '8.4'];
const at = (v, fallback) => VERSIONS.indexOf(v ?? fallback);

let failures = 0;
const fail = (msg) => { console.log('FAIL ' + msg); failures++; };
const witnesses = new Map(VERSIONS.map((v) => [v, []]));
for (const [name, o] of Object.entries(overlay.functions)) {
    if (!functions[name]) fail(`${name}: not in functions.json`);
    for (const r of o.returns ?? []) {
        if (!r.witness) continue;
        const extra = r.type.split('|').filter((t) => t === 'false' || t === 'null');
        if (extra.length !== 1) fail(`${name}: a witness needs exactly one of false/null in ${r.type}`);
        for (const v of VERSIONS.slice(at(r.since, '7.2'), at(r.until, '8.4') + 1)) {
            witnesses.get(v).push({ name, code: r.witness, expect: extra[0] });
        }
    }
}
for (const [v, list] of witnesses) {
    if (!list.length) continue;
    const php = new PHP(await loadNodeRuntime(v));
    // Warnings are expected: the witnesses are the failing calls.
    const code = '<?php error_reporting(0); $out = [];\n' + list.map((w) =>
        `$out[] = function_exists(${JSON.stringify(w.name)}) ? var_export(${w.code}, true) : 'missing';`).join('\n')
        + '\necho json_encode($out);';
    const got = JSON.parse((await php.run({ code })).text.replace(/^[^[]*/, ''));
    list.forEach((w, i) => {
        const ok = got[i] === w.expect.toUpperCase() || got[i] === w.expect || got[i] === 'missing';
        if (!ok) fail(`${v} ${w.code}: ${got[i]}, expected ${w.expect}`);
    });
    console.log(`${v}: ${list.length} witnesses checked`);
    php.exit();
}
console.log(failures ? `${failures} failures` : 'overlay agrees with the runtimes');
process.exit(failures ? 1 : 0);
