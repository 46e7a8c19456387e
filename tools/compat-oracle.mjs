// The oracle of argus's compatibility rules: runs each snippet of testdata/compat/snippets under
// real PHP interpreters and compares the outcome with argus's verdict for the same version.
//   ok          ran, exit 0, no diagnostic
//   deprecated  ran, exit 0, with a "Deprecated:" diagnostic
//   fails       did not compile or failed at run time (exit code != 0)
// A snippet checks the effect of its feature where the syntax alone would still compile (an
// attribute that older versions ignore, a type name that used to name a class), so "fails" means
// "the feature does not work there". argus's verdict per version is read from the table that
// CompatSnippetsTest writes: a warning is "deprecated", any other finding "fails", none "ok".
// Interpreters: every runtime bundled with @php-wasm/node (7.2 - 8.4), plus the `php` on the PATH
// (column native-X.Y), which cross-checks the WebAssembly builds against a distribution build.
//
// usage: node compat-oracle.mjs PHP_WASM_DIR ARGUS_TSV SNIPPET...   (PHP_WASM_DIR holds node_modules/@php-wasm)
// Prints the table and exits 1 when PHP and argus disagree anywhere.
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const [wasmDir, argusTable, ...files] = process.argv.slice(2);
const load = (pkg) => import(pathToFileURL(path.join(wasmDir, 'node_modules', pkg, 'index.js')).href);
const { PHP, SupportedPHPVersions, setPhpIniEntries } = await load('@php-wasm/universal');
const { loadNodeRuntime } = await load('@php-wasm/node');

function verdict(exitCode, diagnostics) {
  const lines = diagnostics.split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('Stack trace') && !l.startsWith('#'));
  const first = (lines[0] ?? '').replace(/^PHP\s+/, '').replace(/\t/g, ' ');
  if (exitCode !== 0) return ['fails', first];
  const deprecation = lines.find((l) => /Deprecated:/.test(l));
  if (deprecation) return ['deprecated', deprecation.replace(/^PHP\s+/, '')];
  return [lines.length ? 'ok?' : 'ok', first];
}

const out = [];
for (const version of [...SupportedPHPVersions].reverse()) {
  const php = new PHP(await loadNodeRuntime(version));
  await setPhpIniEntries(php, { error_reporting: '-1', display_errors: '0', log_errors: '1', 'zend.assertions': '1' });
  for (const file of files) {
    php.writeFile('/tmp/snippet.php', readFileSync(file));
    let exitCode;
    let errors;
    try {
      const r = await php.run({ scriptPath: '/tmp/snippet.php' });
      exitCode = r.exitCode;
      errors = r.errors;
    } catch (e) {
      exitCode = e.response?.exitCode ?? -1;
      errors = e.response?.errors ?? String(e);
    }
    out.push([file, version, ...verdict(exitCode, errors)]);
  }
  php.exit?.();
}
let nativeVersion = null;
try {
  nativeVersion = execFileSync('php', ['-r', 'echo PHP_MAJOR_VERSION, ".", PHP_MINOR_VERSION;']).toString().trim();
} catch {
  // no native php: the WebAssembly columns stand alone
}
if (nativeVersion) {
  for (const file of files) {
    const r = spawnSync('php', ['-n', '-d', 'error_reporting=-1', '-d', 'display_errors=stderr', '-d', 'zend.assertions=1', file],
      { stdio: ['ignore', 'ignore', 'pipe'] });
    out.push([file, `native-${nativeVersion}`, ...verdict(r.status ?? -1, r.stderr?.toString() ?? '')]);
  }
}
const argus = new Map();
for (const line of readFileSync(argusTable, 'utf8').split('\n').filter(Boolean)) {
  const [file, version, verdict] = line.split('\t');
  argus.set(`${file}\t${version}`, verdict);
}
const short = { ok: 'ok', 'ok?': 'ok?', deprecated: 'dep', fails: 'FAIL' };
const columns = [...new Set(out.map((r) => r[1]))];
const names = [...new Set(files.map((f) => path.basename(f)))];
const width = Math.max(...names.map((n) => n.length)) + 1;
const stats = Object.fromEntries(columns.map((c) => [c, { agree: 0, disagree: 0 }]));
const details = [];
console.log(`${'snippet'.padEnd(width)}${columns.map((c) => c.padStart(11)).join('')}`);
for (const name of names) {
  let line = name.padEnd(width);
  for (const column of columns) {
    const row = out.find((r) => path.basename(r[0]) === name && r[1] === column);
    const version = column.replace(/^native-/, '');
    const expected = argus.get(`${name}\t${version}`);
    const agree = expected !== undefined && expected === row[2];
    stats[column][agree ? 'agree' : 'disagree']++;
    if (!agree) details.push(`${name} on ${column}: PHP ${row[2]} (${row[3]}), argus ${expected ?? 'has no verdict'}`);
    line += `${agree ? '' : '*'}${short[row[2]] ?? row[2]}`.padStart(11);
  }
  console.log(line);
}
console.log('\n(* = argus disagrees; dep = deprecated; ok? = ran with a notice or warning)');
for (const column of columns) console.log(`PHP ${column}: ${stats[column].agree} agree, ${stats[column].disagree} disagree`);
for (const d of details) console.log(`DISAGREE ${d}`);
process.exit(details.length ? 1 : 0);
