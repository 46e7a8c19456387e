// Runs dump.php under every PHP runtime that @php-wasm/node bundles and writes one raw dump per
// runtime. The package is installed outside the repository (see README.md), so it is loaded from
// the folder given as the first argument instead of through node_modules resolution.
//
//   node run-wasm.mjs /work/cache/php-wasm /work/cache/builtins-dumps [8.2 8.3 ...]
import { createRequire } from 'node:module';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const [wasmDir, outDir, ...only] = process.argv.slice(2);
if (!wasmDir || !outDir) {
    console.error('usage: node run-wasm.mjs PHP_WASM_DIR OUT_DIR [VERSION...]');
    process.exit(2);
}
const require = createRequire(path.join(path.resolve(wasmDir), 'package.json'));
const { PHP } = require('@php-wasm/universal');
const { loadNodeRuntime } = require('@php-wasm/node');
const nodePkg = require('@php-wasm/node/package.json');

const VERSIONS = ['7.2', '7.3', '7.4', '8.0', '8.1', '8.2', '8.3', '8.4'];
const here = path.dirname(fileURLToPath(import.meta.url));
const code = readFileSync(path.join(here, 'dump.php'), 'utf8');
mkdirSync(outDir, { recursive: true });

for (const v of only.length ? only : VERSIONS) {
    const php = new PHP(await loadNodeRuntime(v));
    const res = await php.run({ code });
    if (res.exitCode !== 0 || !res.text.startsWith('{')) {
        throw new Error(`PHP ${v}: exit ${res.exitCode}: ${res.errors} ${res.text.slice(0, 500)}`);
    }
    const dump = JSON.parse(res.text);
    // Written as PHP printed it: a JSON.parse round trip would round integers beyond 2^53.
    const source = JSON.stringify(`@php-wasm/node ${nodePkg.version}`);
    writeFileSync(path.join(outDir, `wasm-${v}.json`), `{"source":${source},` + res.text.trim().slice(1) + '\n');
    console.log(`wasm ${v}: PHP ${dump.version}, ${Object.keys(dump.functions).length} functions`);
    php.exit();
}
process.exit(0);
