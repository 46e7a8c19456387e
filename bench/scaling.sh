#!/usr/bin/env bash
# Where a second thread's time goes in `argus lint` (issue #2 asks 2 threads for 1.6x the
# throughput of one, whole process included). Prints:
#  1. what the machine gives two threads in one warm JVM: loops that only compute, allocate, write
#     memory or read a private table that fits a core's L2 or needs the shared L3, then parsing
#     the corpus held in memory (bench/Scaling.java);
#  2. whole `argus lint` runs, one and two threads alternating ROUNDS times: fastest and median
#     wall times and the speed-up, and for the two-thread run how long the process spends before
#     its workers start, in them, and after them (JVM start, command line and file listing;
#     report and exit), from class-loading times.
#   usage: bench/scaling.sh [NAME...]   code bases of the corpus (default: all five)
#   env:   CORPUS (default ~/.cache/php-corpus), ROUNDS (default 5)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
rounds="${ROUNDS:-5}"
source "$root/bench/corpus.sh" "$@"
"$root/bin/argus" --version >/dev/null   # builds first if needed
tmp="$(mktemp -d)"; trap 'rm -rf "$tmp"' EXIT
for n in "${names[@]}"; do cat "$corpus/$n.files"; done > "$tmp/files"
echo "corpus: ${names[*]}: $(wc -l < "$tmp/files") files ($(nproc) cores)"

javac -d "$tmp/classes" -cp "$root/target/argus.jar" "$root/bench/Scaling.java"
read -r -a flags < <(sed -n 's/^flags=(\(.*\))$/\1/p' "$root/bin/argus")
java "${flags[@]}" -cp "$root/target/argus.jar:$tmp/classes" Scaling "$tmp/files"

echo "whole process, argus lint, 1 and 2 threads alternating $rounds times:"
for ((r = 0; r < rounds; r++)); do
  for t in 1 2; do
    start=$(date +%s%N)
    ARGUS_JAVA_OPTS="-Xlog:class+load:file=$tmp/classes.log:uptime" "$root/bin/argus" lint --threads "$t" \
      --no-progress --no-cache --files-from "$tmp/files" >/dev/null 2>&1 || true
    end=$(date +%s%N)
    at() { grep -m1 -E "\] $1 " "$tmp/classes.log" | sed -E 's/^\[([0-9.]+)s\].*/\1/'; }
    echo "$t $(( (end - start) / 1000000 )) $(at argus.driver.WorkerPool) $(at argus.report.TextReporter)" >> "$tmp/runs"
  done
done
python3 - "$tmp/runs" <<'PY'
import statistics as st, sys
rows = [l.split() for l in open(sys.argv[1])]
wall = {t: [int(r[1]) / 1000 for r in rows if r[0] == t] for t in "12"}
for t in "12":
    print("  %s thread%s: fastest %.2f s, median %.2f s" % (t, "s" if t == "2" else " ", min(wall[t]), st.median(wall[t])))
pairs = [a / b for a, b in zip(wall["1"], wall["2"])]
print("  speed-up: %.2fx of the fastest runs, median of the pairs %.2fx" % (min(wall["1"]) / min(wall["2"]), st.median(pairs)))
two = [r for r in rows if r[0] == "2" and len(r) == 4]
if two:
    before = st.median(float(r[2]) for r in two)
    workers = st.median(float(r[3]) - float(r[2]) for r in two)
    after = st.median(int(r[1]) / 1000 - float(r[3]) for r in two)
    print("  2 threads, medians: %.2f s before the workers start (launcher not counted), %.2f s in them,"
          " %.2f s after them (report, exit, launcher)" % (before, workers, after))
PY
