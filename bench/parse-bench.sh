#!/usr/bin/env bash
# Parse speed of argus against PHP's own parser (php-ast) and nikic/php-parser, on real code bases.
# Whole-process wall-clock times (JVM start included), the fastest of REPEAT runs; CPU time
# (user + system) and peak RSS for every tool; CPU ratios too, which hold better than wall-clock
# ones on a busy machine;
# then the slowest files parsed inside one process (bench/SlowestFiles.java).
#   usage: bench/parse-bench.sh [NAME...]   code bases of the corpus (default: all five)
#   env:   CORPUS (default ~/.cache/php-corpus), fetched with shared/corpus/fetch-corpus.sh if missing
#   env:   REPEAT (default 3): runs of each tool; the fastest one's figures are shown (argus's one-
#          and two-thread runs alternate, so that a busy spell of the neighbours hits both alike)
# A quick smoke run: REPEAT=1 bench/parse-bench.sh php-parser
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
repeat="${REPEAT:-3}"
source "$root/bench/corpus.sh" "$@"

tmp="$(mktemp -d)"; trap 'rm -rf "$tmp"' EXIT
list="$tmp/files"
for n in "${names[@]}"; do cat "$corpus/$n.files"; done > "$list"
files=$(wc -l < "$list")
bytes=$(tr '\n' '\0' < "$list" | xargs -0 cat | wc -c)
mb=$(awk -v b="$bytes" 'BEGIN { printf "%.1f", b / 1e6 }')
"$root/bin/argus" --version >/dev/null   # builds first if needed, outside the timings
echo "corpus: ${names[*]}: $files files, $mb MB ($(nproc) cores; fastest of $repeat runs each)"

key() { echo "${1//[^a-zA-Z0-9]/_}"; }  # a tool's name as a file name
run_once() {  # name, command... -> one timed run; the fastest one's figures are kept in $tmp/<key>.best
  local name="$1" k; k="$(key "$1")"; shift
  /usr/bin/time -f '%e %M %U %S' -o "$tmp/time" "$@" > "$tmp/$k.run" 2> "$tmp/$k.err" || true
  local rs rkb ru ry; read -r rs rkb ru ry < <(tail -1 "$tmp/time")
  # The fastest run: on a shared machine the neighbours only ever add time.
  if [ ! -f "$tmp/$k.best" ] || awk -v a="$rs" -v b="$(cut -d' ' -f1 "$tmp/$k.best")" 'BEGIN { exit !(a < b) }'; then
    echo "$rs $rkb $ru $ry" > "$tmp/$k.best"
    mv -f "$tmp/$k.run" "$tmp/$k.out"
  fi
}
report() {  # name -> prints a row; wall seconds in $tmp/<key>.s, CPU in .cpu
  local name="$1" k s kb user sys; k="$(key "$1")"
  read -r s kb user sys < "$tmp/$k.best"
  echo "$s" > "$tmp/$k.s"
  awk -v u="$user" -v y="$sys" 'BEGIN { printf "%.2f\n", u + y }' > "$tmp/$k.cpu"
  local failed
  if [[ "$name" == argus* ]]; then  # files named in at least one ParseError line
    failed=$(grep -oE '^[^ ].*:[0-9]+:[0-9]+: error: ' "$tmp/$k.out" | sed -E 's/:[0-9]+:[0-9]+: error: $//' | sort -u | wc -l || true)
  else
    failed=$(grep -oE '[0-9]+ with syntax errors' "$tmp/$k.out" | cut -d' ' -f1 || true)
  fi
  printf '%-22s %7.2f s %8.1f MB/s %7.2f s CPU %7d MB peak RSS %6s files with syntax errors\n' \
    "$name" "$s" "$(awk -v m="$mb" -v s="$s" 'BEGIN { print (s > 0 ? m / s : 0) }')" "$(cat "$tmp/$k.cpu")" \
    $((kb / 1024)) "${failed:-?}"
}
measure() {  # name, command... -> the fastest of $repeat runs, as a row
  local r
  for ((r = 0; r < repeat; r++)); do run_once "$@"; done
  report "$1"
}
php_opts=(-d memory_limit=-1 -d opcache.enable_cli=0 -d opcache.jit=0)

# One thread and two alternate, so that a busy spell of the neighbours does not fall on one of them only.
for ((r = 0; r < repeat; r++)); do
  run_once "argus --threads 1" "$root/bin/argus" lint --threads 1 --no-progress --no-cache --files-from "$list"
  run_once "argus --threads 2" "$root/bin/argus" lint --threads 2 --no-progress --no-cache --files-from "$list"
done
report "argus --threads 1"
report "argus --threads 2"
if php -r 'exit(function_exists("ast\\parse_code") ? 0 : 1);' 2>/dev/null; then
  measure "php-ast" php "${php_opts[@]}" "$root/bench/php-ast-parse.php" "$list"
else
  echo "php-ast: not installed (apt-get install php-ast), skipped"
fi
if [ -f /usr/share/php/PhpParser/autoload.php ]; then
  measure "nikic/php-parser" php "${php_opts[@]}" "$root/bench/nikic-parse.php" "$list"
else
  echo "nikic/php-parser: not installed (apt-get install php-parser), skipped"
fi

ratio() { local a b; a="$tmp/$(key "$1").${4:-s}"; b="$tmp/$(key "$2").${4:-s}"
  [ -f "$b" ] && awk -v a="$(cat "$a")" -v b="$(cat "$b")" \
  -v l="$3" 'BEGIN { if (b > 0) printf "%-40s %6.2fx\n", l, a / b }' || true; }
ratio "argus --threads 1" "php-ast" "argus (1 thread) time / php-ast time:"
ratio "argus --threads 1" "nikic/php-parser" "argus (1 thread) time / nikic time:"
ratio "argus --threads 1" "argus --threads 2" "speed-up of 2 threads over 1:"
ratio "argus --threads 1" "php-ast" "CPU: argus (1 thread) / php-ast:" cpu
ratio "argus --threads 1" "nikic/php-parser" "CPU: argus (1 thread) / nikic:" cpu

# The slowest files, timed one by one inside a single process (files in the order above, so
# each is parsed as it would be mid-run); the big first ones also pay for JIT warm-up.
echo "slowest files (one process, 1 thread, same JVM flags as bin/argus):"
read -r -a flags < <(sed -n 's/^flags=(\(.*\))$/\1/p' "$root/bin/argus")
java "${flags[@]}" -cp "$root/target/argus.jar" \
  "$root/bench/SlowestFiles.java" "$list" 3 | sed 's/^/  /'
