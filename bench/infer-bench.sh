#!/usr/bin/env bash
# Type inference on real code bases: per code base the files, lines, type coverage (the share of
# expression nodes whose inferred type is not `mixed`, bench/InferBench.java), the time of
# scan + inference against `argus lint` on the same files in the same run, and the peak RSS of
# the inference run. Both run in the same JVM with bin/argus's flags, one after the other.
# Times are CPU seconds (user + sys) as well as wall-clock: on a shared machine only the CPU
# ratio means much. Also counts internal errors (a crash of the flow analysis on some file).
#   usage: bench/infer-bench.sh [NAME...]   code bases of the corpus (default: all five)
#   env:   CORPUS (default ~/.cache/php-corpus), THREADS (default 2), REPEAT (default 3: the run
#          of least CPU of each of lint and inference counts), ARGUS_JAR (default
#          target/argus.jar, built by bin/argus when missing or stale)
# Targets (issue 4): inference under 3x lint on WordPress, under 2 GB peak RSS on MediaWiki.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
threads="${THREADS:-2}"
repeat="${REPEAT:-3}"
source "$root/bench/corpus.sh" "$@"

if [ -z "${ARGUS_JAR:-}" ]; then
  "$root/bin/argus" --version >/dev/null   # builds first if needed, outside the timings
fi
jar="${ARGUS_JAR:-$root/target/argus.jar}"
tmp="$(mktemp -d)"; trap 'rm -rf "$tmp"' EXIT
javac -d "$tmp/classes" -cp "$jar" "$root/bench/InferBench.java"
# bin/argus's own JVM flags and class-data archive, so that both runs are what a user gets.
read -r -a flags < <(sed -n 's/^flags=(\(.*\))$/\1/p' "$root/bin/argus")
if [ -z "${ARGUS_JAR:-}" ] && [ "$root/target/argus.jsa" -nt "$jar" ]; then
  flags+=(-XX:SharedArchiveFile="$root/target/argus.jsa")
fi

timed() {  # out-file, command... -> "wall cpu peakKB" in $tmp/time
  /usr/bin/time -f '%e %U %S %M' -o "$tmp/time" "${@:2}" > "$1" 2> "$1.err" || true
  awk 'END { printf "%s %.2f %d\n", $1, $2 + $3, $4 }' "$tmp/time"
}
fastest() {  # out-file, command... -> timed's line for the run of least CPU of $repeat
  local best="" line
  for ((r = 0; r < repeat; r++)); do
    line="$(timed "$@")"
    if [ -z "$best" ] || awk -v a="$(echo "$line" | cut -d' ' -f2)" -v b="$(echo "$best" | cut -d' ' -f2)" \
        'BEGIN { exit !(a < b) }'; then
      best="$line"
    fi
  done
  echo "$best"
}
field() { awk -v k="$1" '$1 == k { print $2 }' "$2"; }

printf '%-16s %6s %8s %9s %9s %13s %13s %11s %9s %6s\n' code-base files lines coverage evaluated \
  "lint cpu/wall" "infer cpu/wall" "ratio cpu" "peak RSS" errors
for n in "${names[@]}"; do
  read -r lwall lcpu _ < <(fastest "$tmp/lint.out" java "${flags[@]}" -jar "$jar" lint --no-cache --no-progress \
    --threads "$threads" --files-from "$corpus/$n.files")
  read -r iwall icpu ikb < <(fastest "$tmp/timed.out" java "${flags[@]}" -cp "$jar:$tmp/classes" InferBench \
    --threads "$threads" --no-count "$corpus/$n.files")
  # Coverage from a run of its own: counting walks every file again, and is not inference.
  timed "$tmp/infer.out" java "${flags[@]}" -cp "$jar:$tmp/classes" InferBench \
    --threads "$threads" "$corpus/$n.files" > /dev/null
  out="$tmp/infer.out"
  if ! grep -q '^coverage' "$out"; then
    echo "$n: inference run failed:" >&2; cat "$out.err" >&2; continue
  fi
  exprs=$(field expressions "$out"); evaluated=$(field evaluated "$out"); typed=$(field not-mixed "$out")
  printf '%-16s %6s %8s %8.1f%% %8.1f%% %6.1f/%5.1fs %6.1f/%5.1fs %10.2fx %6d MB %6s\n' "$n" \
    "$(field files "$out")" "$(field lines "$out")" \
    "$(awk -v t="$typed" -v e="$exprs" 'BEGIN { print 100 * t / e }')" \
    "$(awk -v v="$evaluated" -v e="$exprs" 'BEGIN { print 100 * v / e }')" \
    "$lcpu" "$lwall" "$icpu" "$iwall" "$(awk -v i="$icpu" -v l="$lcpu" 'BEGIN { print i / l }')" \
    $((ikb / 1024)) "$(field internal-errors "$out")"
  sed -n 's/^  internal-error /    internal error: /p' "$out"
done
echo "(coverage: expression nodes typed other than mixed, of all expression nodes; evaluated: of all"
echo " expression nodes, those the flow reached; --threads $threads; $(nproc) cores; CPU = user + sys;"
echo " times: the run of least CPU of $repeat, the inference one without the coverage count)"
