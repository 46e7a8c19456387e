#!/usr/bin/env bash
# Checks argus's compatibility verdicts against real PHP interpreters (see tools/compat-oracle.mjs):
# each snippet of testdata/compat/snippets is run under PHP 7.2 - 8.4 (WebAssembly builds from the
# npm package @php-wasm/node) and the `php` on the PATH, and must work exactly where argus says so.
# Not part of the unit tests: it needs Node and ~600 MB of PHP runtimes, kept outside the repository.
#   env: PHP_WASM_DIR  where @php-wasm/node is (or gets) installed; default /work/cache/php-wasm
#        ARGUS_NO_TEST=1  reuse target/compat-snippets-argus.tsv instead of running CompatSnippetsTest
set -euo pipefail
root="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
wasm="${PHP_WASM_DIR:-/work/cache/php-wasm}"
if [ ! -f "$wasm/node_modules/@php-wasm/node/package.json" ]; then
  mkdir -p "$wasm"
  npm install --prefix "$wasm" --no-audit --no-fund @php-wasm/node@2.0.0 >&2
fi
table="$root/target/compat-snippets-argus.tsv"
if [ "${ARGUS_NO_TEST:-}" != 1 ]; then
  # The test writes argus's verdicts even when some differ from the snippet headers; the oracle
  # compares them with PHP either way, so a failing test does not stop it.
  (cd "$root" && mvn -q -o test -Dtest=CompatSnippetsTest -Dsurefire.failIfNoSpecifiedTests=false >&2) || true
fi
exec node "$root/tools/compat-oracle.mjs" "$wasm" "$table" "$root"/testdata/compat/snippets/*.php
