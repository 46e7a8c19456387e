#!/usr/bin/env bash
# Checks SARIF files with Microsoft's SARIF Multitool, the validator GitHub's own docs point to:
# the SARIF 2.1.0 schema, the SARIF spec's rules ("Sarif") and GitHub code scanning's ("Gh",
# GH1001..GH1007). The unit tests check the schema only; this catches the rest.
#
#   tools/validate-sarif.sh FILE.sarif...      exit 0 when no file has a result of level "error"
#
# The Multitool comes from npm (@microsoft/sarif-multitool-linux, a self-contained .NET binary)
# into ~/.cache/argus-sarif (or $ARGUS_SARIF_CACHE) on first use. It exits 0 even when it finds
# errors, so its own SARIF output is read to count them. Warnings are printed, not failed on.
set -euo pipefail
[ $# -gt 0 ] || { echo "usage: $0 FILE.sarif..." >&2; exit 2; }

version=5.7.0
cache="${ARGUS_SARIF_CACHE:-$HOME/.cache/argus-sarif}"
tool="$cache/node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool"
if [ ! -x "$tool" ] || ! grep -q "\"version\": \"$version\"" "$(dirname "$tool")/package.json" 2>/dev/null; then
  command -v npm >/dev/null || { echo "validate-sarif: npm is needed (apt-get install npm)" >&2; exit 2; }
  echo "validate-sarif: installing @microsoft/sarif-multitool-linux@$version into $cache" >&2
  mkdir -p "$cache"
  npm install --prefix "$cache" --no-save --no-audit --no-fund --loglevel=error \
    "@microsoft/sarif-multitool-linux@$version" >&2
  chmod u+x "$tool"
fi
# .NET wants ICU for culture data unless told otherwise; the validator needs none.
export DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=1 DOTNET_CLI_TELEMETRY_OPTOUT=1

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
failed=0
for file in "$@"; do
  out="$work/$(basename "$file").validation.sarif"
  if ! "$tool" validate "$file" --output "$out" --log ForceOverwrite --rule-kind "Sarif;Gh" \
      --max-file-size-in-kb 2000000 >"$work/log" 2>&1 \
      || [ ! -s "$out" ]; then
    cat "$work/log" >&2
    echo "validate-sarif: $file: the validator failed" >&2
    failed=1
    continue
  fi
  # A result without a level takes its rule's default level, and SARIF's default is "warning".
  node -e '
    const log = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
    const counts = {error: 0, warning: 0, note: 0, none: 0};
    for (const run of log.runs || []) {
      const rules = (run.tool.driver.rules || []);
      for (const r of run.results || []) {
        const rule = r.ruleIndex !== undefined ? rules[r.ruleIndex] : rules.find(x => x.id === r.ruleId);
        const level = r.level || (rule && rule.defaultConfiguration && rule.defaultConfiguration.level) || "warning";
        counts[level] = (counts[level] || 0) + 1;
        const loc = r.locations && r.locations[0] && r.locations[0].physicalLocation;
        const where = loc && loc.region ? `(${loc.region.startLine},${loc.region.startColumn || 1})` : "";
        const text = r.message.text || (rule && rule.messageStrings && rule.messageStrings[r.message.id]
          ? rule.messageStrings[r.message.id].text.replace(/\{(\d+)\}/g, (m, i) => (r.message.arguments || [])[i])
          : r.message.id);
        console.log(`  ${level} ${r.ruleId}${where}: ${text}`);
      }
    }
    console.log(`${process.argv[2]}: ${counts.error} errors, ${counts.warning} warnings, ${counts.note} notes`);
    process.exit(counts.error > 0 ? 1 : 0);
  ' "$out" "$file" || failed=1
done
exit $failed
