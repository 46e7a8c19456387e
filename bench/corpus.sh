# Sourced by the bench scripts, after `root` is set, as: source "$root/bench/corpus.sh" "$@"
# Sets `corpus` (the folder, env CORPUS, default ~/.cache/php-corpus) and `names` (the code bases
# named on the command line, else those of `default_names` when set, else all five), and fetches
# with shared/corpus/fetch-corpus.sh those not there yet.
corpus="${CORPUS:-$HOME/.cache/php-corpus}"
names=("$@")
if [ ${#names[@]} -eq 0 ]; then
  if [ -n "${default_names+x}" ]; then
    names=("${default_names[@]}")
  else
    names=(wordpress phpmyadmin mediawiki php-parser php-codesniffer)
  fi
fi
missing=()
for n in "${names[@]}"; do
  { [ -f "$corpus/$n.files" ] && [ -d "$corpus/$n" ]; } || missing+=("$n")
done
if [ ${#missing[@]} -gt 0 ]; then
  fetch="$root/../shared/corpus/fetch-corpus.sh"
  [ -x "$fetch" ] || fetch=/work/shared/corpus/fetch-corpus.sh
  [ -x "$fetch" ] || { echo "$(basename "$0"): no ${missing[*]} in $corpus, and no fetch-corpus.sh" >&2; exit 2; }
  CORPUS_PACKAGES="${missing[*]}" "$fetch" "$corpus" >&2
fi
