#!/usr/bin/env bash
# Compares JVM flag sets for bin/argus on four workloads: one small file (start-up), php-parser's
# files on one thread, the whole corpus on two threads (all three `lint`), and `analyse` of
# WordPress on two threads (which keeps every AST, so the collector's promotion speed shows). Runs are interleaved round by round
# (a shared machine's noise then hits every flag set alike) and the median is printed, with the
# peak RSS of the median run. This is how the flags in bin/argus were chosen; rerun it when in doubt.
#   usage: bench/jvm-flags.sh [ROUNDS]     (env CORPUS, default ~/.cache/php-corpus)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
rounds="${1:-3}"
corpus="${CORPUS:-$HOME/.cache/php-corpus}"
jar="$root/target/argus.jar"
[ -f "$jar" ] || { echo "no $jar: run bin/argus --version first" >&2; exit 2; }
tmp="$(mktemp -d)"; trap 'rm -rf "$tmp"' EXIT
printf '<?php\nfunction f($a) { return $a + 1; }\necho f(1);\n' > "$tmp/small.php"
cat "$corpus"/*.files > "$tmp/all.files"
jsa="$tmp/argus.jsa"
java -XX:ArchiveClassesAtExit="$jsa" -jar "$jar" lint --no-progress --format json "$tmp/small.php" >/dev/null 2>&1 || true

names=(); flagsets=()
add() { names+=("$1"); flagsets+=("$2"); }
add "default (G1, C2)"          ""
add "SerialGC"                  "-XX:+UseSerialGC"
add "ParallelGC"                "-XX:+UseParallelGC"
add "SerialGC C1"               "-XX:+UseSerialGC -XX:TieredStopAtLevel=1"
add "ParallelGC C1"             "-XX:+UseParallelGC -XX:TieredStopAtLevel=1"
add "SerialGC CDS"              "-XX:+UseSerialGC -XX:SharedArchiveFile=$jsa"
add "SerialGC C1 CDS"           "-XX:+UseSerialGC -XX:TieredStopAtLevel=1 -XX:SharedArchiveFile=$jsa"
add "ParallelGC C1 CDS"         "-XX:+UseParallelGC -XX:TieredStopAtLevel=1 -XX:SharedArchiveFile=$jsa"
young="-Xms2g -Xmn700m -XX:MaxTenuringThreshold=0"
add "Serial C1 CDS young"       "-XX:+UseSerialGC -XX:TieredStopAtLevel=1 $young -XX:SharedArchiveFile=$jsa"
add "Par1 C1 CDS young (ours)"  "-XX:+UseParallelGC -XX:ParallelGCThreads=1 -XX:TieredStopAtLevel=1 $young -XX:SharedArchiveFile=$jsa"

workloads=("small" "php-parser -t1" "corpus -t2" "wp analyse -t2")
run() {  # workload index, flag set index, round -> appends "seconds KB" to a result file
  local args
  case "$1" in
    0) args=(lint --no-progress --no-cache "$tmp/small.php") ;;
    1) args=(lint --no-progress --no-cache --threads 1 --files-from "$corpus/php-parser.files") ;;
    2) args=(lint --no-progress --no-cache --threads 2 --files-from "$tmp/all.files") ;;
    3) args=(analyse --no-progress --no-cache --no-config --threads 2 --files-from "$corpus/wordpress.files") ;;
  esac
  # shellcheck disable=SC2086
  /usr/bin/time -f '%e %M %U %S' -o "$tmp/t" java ${flagsets[$2]} -jar "$jar" "${args[@]}" >/dev/null 2>&1 || true
  tail -1 "$tmp/t" >> "$tmp/r.$1.$2"
}
for w in 0 1 2 3; do
  for _ in $(seq "$rounds"); do
    for c in "${!names[@]}"; do run "$w" "$c"; done
  done
done
median() { sort -n "$1" | awk '{a[NR]=$0} END {split(a[int((NR+1)/2)], m, " "); printf "%5.2fs %5.2fc %5dMB", m[1], m[3] + m[4], m[2]/1024}'; }
printf '%-22s' "flags"; for w in "${workloads[@]}"; do printf ' %25s' "$w"; done; echo
for c in "${!names[@]}"; do
  printf '%-22s' "${names[$c]}"
  for w in 0 1 2 3; do printf ' %25s' "$(median "$tmp/r.$w.$c")"; done
  echo
done
echo "(median of $rounds interleaved rounds, by wall time: wall s, CPU s (user + sys), peak RSS; $(nproc) cores)"
