#!/usr/bin/env bash
# Cost of the full analysis against parsing alone, per code base of the corpus, same run:
# `argus lint` (parse only) and `argus analyse` (parse, symbol index, flow inference, the default
# rules) on the same files, without the result cache. Prints wall and CPU seconds (user + sys)
# and peak RSS of each, the ratios, and the findings per rule of the analysis.
#   usage: bench/analyse-bench.sh [NAME...]   code bases of the corpus (default: all five)
#   env:   CORPUS (default ~/.cache/php-corpus), THREADS (default: the number of cores),
#          REPEAT (default 3: each figure is that of the run of least CPU),
#          ANALYSE_OPTS (extra analyse options, e.g. "--level 2" or "--find-dead-code")
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
threads="${THREADS:-$(nproc)}"
repeat="${REPEAT:-3}"
default_names=(php-parser php-codesniffer wordpress phpmyadmin mediawiki)
source "$root/bench/corpus.sh" "$@"

tmp="$(mktemp -d)"; trap 'rm -rf "$tmp"' EXIT
"$root/bin/argus" --version >/dev/null   # builds first if needed, outside the timings

run() {  # label, command... -> "wall cpu rssMB" of the run of least CPU of $repeat, on stdout
  local label="$1"; shift
  local best="" line
  for ((r = 0; r < repeat; r++)); do
    /usr/bin/time -f '%e %U %S %M' -o "$tmp/time" "$@" > "$tmp/out" 2> "$tmp/err" || true
    if grep -q 'internal error\|Exception' "$tmp/err"; then
      echo "analyse-bench: $label reported an internal error:" >&2; head -3 "$tmp/err" >&2
    fi
    line="$(tail -1 "$tmp/time" | awk '{ printf "%.2f %.2f %d\n", $1, $2 + $3, $4 / 1024 }')"
    if [ -z "$best" ] || awk -v a="$(echo "$line" | cut -d' ' -f2)" -v b="$(echo "$best" | cut -d' ' -f2)" \
        'BEGIN { exit !(a < b) }'; then
      best="$line"
    fi
  done
  echo "$best"
}

printf '%-16s %7s %9s | %8s %8s %7s | %8s %8s %7s | %6s %6s\n' code-base files lines \
  lint-s lint-cpu lint-MB analyse-s ana-cpu ana-MB wall-x cpu-x
for n in "${names[@]}"; do
  dir="$corpus/$n"
  files=$(find -L "$dir" -name '*.php' -type f 2>/dev/null | wc -l)
  lines=$(find -L "$dir" -name '*.php' -type f -print0 2>/dev/null | xargs -0 cat | wc -l)
  read -r lw lc lm < <(run lint "$root/bin/argus" lint --no-cache --no-progress --threads "$threads" "$dir")
  # shellcheck disable=SC2086
  read -r aw ac am < <(run analyse "$root/bin/argus" analyse --no-cache --no-progress --no-config \
    --threads "$threads" --format json --output "$tmp/$n.json" ${ANALYSE_OPTS:-} "$dir")
  printf '%-16s %7d %9d | %8.2f %8.2f %7d | %8.2f %8.2f %7d | %5.2fx %5.2fx\n' "$n" "$files" "$lines" \
    "$lw" "$lc" "$lm" "$aw" "$ac" "$am" \
    "$(awk -v a="$aw" -v b="$lw" 'BEGIN { print (b > 0 ? a / b : 0) }')" \
    "$(awk -v a="$ac" -v b="$lc" 'BEGIN { print (b > 0 ? a / b : 0) }')"
done

echo
echo "findings per rule (analyse, default level):"
for n in "${names[@]}"; do
  [ -f "$tmp/$n.json" ] || continue
  printf '  %s: ' "$n"
  grep -o '"rule" *: *"[A-Za-z]*"' "$tmp/$n.json" | sed 's/.*"\([A-Za-z]*\)"$/\1/' | sort | uniq -c \
    | sort -rn | awk '{ printf "%s %d, ", $2, $1 } END { print "" }'
done
