#!/usr/bin/env bash
# A digest of every inferred expression type, per code base of the corpus (bench/TypeDigest.java):
# run it before and after a change meant only to make the analysis faster; the lines must match.
#   usage: bench/type-digest.sh [NAME...]   code bases of the corpus (default: all five)
#   env:   CORPUS (default ~/.cache/php-corpus), ARGUS_JAR (default target/argus.jar, built by
#          bin/argus when missing or stale)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$root/bench/corpus.sh" "$@"
if [ -z "${ARGUS_JAR:-}" ]; then
  "$root/bin/argus" --version >/dev/null
fi
jar="${ARGUS_JAR:-$root/target/argus.jar}"
tmp="$(mktemp -d)"; trap 'rm -rf "$tmp"' EXIT
javac -d "$tmp" -cp "$jar" "$root/bench/TypeDigest.java"
for n in "${names[@]}"; do
  printf '%-16s %s\n' "$n" "$(java -XX:TieredStopAtLevel=1 -Xmn700m -Xss16m -cp "$jar:$tmp" TypeDigest "$corpus/$n.files")"
done
