#!/usr/bin/env bash
# Compares JVM flag sets for bin/argus on three workloads: one small file (start-up), php-parser's
# files on one thread, and the whole corpus on two threads. Prints the best of N wall-clock times
# and the peak RSS of that run. Used to choose the flags in bin/argus; rerun it when they are in doubt.
#   usage: bench/jvm-flags.sh [RUNS]     (env CORPUS, default ~/.cache/php-corpus)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
runs="${1:-3}"
corpus="${CORPUS:-$HOME/.cache/php-corpus}"
jar="$root/target/argus.jar"
[ -f "$jar" ] || { echo "no $jar: run bin/argus --version first" >&2; exit 2; }
tmp="$(mktemp -d)"; trap 'rm -rf "$tmp"' EXIT
printf '<?php\nfunction f($a) { return $a + 1; }\necho f(1);\n' > "$tmp/small.php"
cat "$corpus"/*.files > "$tmp/all.files"
jsa="$tmp/argus.jsa"
java -XX:ArchiveClassesAtExit="$jsa" -jar "$jar" lint --no-progress --format json "$tmp/small.php" >/dev/null 2>&1 || true

configs=(
  "default (G1, tiered)|"
  "SerialGC|-XX:+UseSerialGC"
  "ParallelGC|-XX:+UseParallelGC"
  "SerialGC C1-only|-XX:+UseSerialGC -XX:TieredStopAtLevel=1"
  "SerialGC AppCDS|-XX:+UseSerialGC -XX:SharedArchiveFile=$jsa"
  "ParallelGC AppCDS|-XX:+UseParallelGC -XX:SharedArchiveFile=$jsa"
  "ParallelGC AppCDS C1-only|-XX:+UseParallelGC -XX:SharedArchiveFile=$jsa -XX:TieredStopAtLevel=1"
)
best() {  # best-of-N "seconds KB" of a command
  local b=""
  for _ in $(seq "$runs"); do
    /usr/bin/time -f '%e %M' -o "$tmp/t" "$@" >/dev/null 2>&1 || true
    local t; t="$(cat "$tmp/t" | tail -1)"
    if [ -z "$b" ] || awk -v a="${t% *}" -v b="${b% *}" 'BEGIN{exit !(a<b)}'; then b="$t"; fi
  done
  echo "$b"
}
printf '%-28s %16s %18s %18s\n' "flags" "small file" "php-parser -t1" "corpus -t2"
for c in "${configs[@]}"; do
  name="${c%%|*}"; flags="${c#*|}"
  # shellcheck disable=SC2086
  s="$(best java $flags -jar "$jar" lint --no-progress "$tmp/small.php")"
  # shellcheck disable=SC2086
  p="$(best java $flags -jar "$jar" lint --no-progress --threads 1 --files-from "$corpus/php-parser.files")"
  # shellcheck disable=SC2086
  a="$(best java $flags -jar "$jar" lint --no-progress --threads 2 --files-from "$tmp/all.files")"
  fmt() { awk '{printf "%5.2fs %5dMB", $1, $2/1024}' <<<"$1"; }
  printf '%-28s %16s %18s %18s\n' "$name" "$(fmt "$s")" "$(fmt "$p")" "$(fmt "$a")"
done
