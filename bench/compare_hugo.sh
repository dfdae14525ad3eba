#!/bin/sh
# insyn and Hugo side by side on the same generated Markdown pages (make_pages.py --front-matter json
# --hugo), alternating their runs. Reports median wall time and peak RSS for each, the ratios, and
# the floor: copying insyn's output tree with `cp -r`.
# Usage: bench/compare_hugo.sh [SIZES] [RUNS]   e.g. bench/compare_hugo.sh "1000 10000" 5
# Needs: make build; apt-get install hugo; MAKE_PAGES (default ../shared/bench/make_pages.py).
set -eu
cd "$(dirname "$0")/.."
SIZES=${1:-"1000 10000"}
RUNS=${2:-5}
MAKE_PAGES=${MAKE_PAGES:-../shared/bench/make_pages.py}
INSYN=$(pwd)/build/insyn
command -v hugo >/dev/null || { echo "hugo is not installed (apt-get install hugo)"; exit 2; }
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
measure() {  # measure FILE CMD...: appends "seconds kib" of one run to FILE
  file=$1; shift
  /usr/bin/time -f "%e %M" -o "$WORK/t" "$@" >/dev/null 2>&1
  cat "$WORK/t" >> "$file"
}

echo "hugo: $(hugo version 2>/dev/null | cut -d' ' -f1-2); insyn: $($INSYN --version); $(nproc) cores"
printf "%-7s %-12s %-12s %-12s %-12s %-10s %-10s %-12s %s\n" pages insyn_s hugo_s insyn_MiB hugo_MiB speedup rss_ratio cp_floor_s insyn/floor
for n in $SIZES; do
  site="$WORK/site-$n"
  python3 "$MAKE_PAGES" "$site" --pages "$n" --front-matter json --hugo >/dev/null
  # The same Markdown for insyn, plus its site.json (title and risk model); Hugo gets hugo.toml.
  mkdir -p "$WORK/insyn-$n"
  cp -r "$site/content" "$WORK/insyn-$n/content"
  cp content/site.json "$WORK/insyn-$n/content/site.json"
  : > "$WORK/insyn.$n"; : > "$WORK/hugo.$n"; : > "$WORK/cp.$n"
  # One untimed build each, as a site is built again and again: insyn's output and staging folders
  # both exist from then on (it rewrites only changed files), and the page cache is warm for both.
  "$INSYN" build --content "$WORK/insyn-$n/content" --themes themes --out "$WORK/insyn-$n/public" >/dev/null 2>&1
  "$INSYN" build --content "$WORK/insyn-$n/content" --themes themes --out "$WORK/insyn-$n/public" >/dev/null 2>&1
  hugo --source "$site" --destination "$site/public" --quiet >/dev/null 2>&1
  i=0
  while [ $i -lt "$RUNS" ]; do
    measure "$WORK/insyn.$n" "$INSYN" build --content "$WORK/insyn-$n/content" --themes themes --out "$WORK/insyn-$n/public"
    measure "$WORK/hugo.$n" hugo --source "$site" --destination "$site/public" --quiet
    rm -rf "$WORK/copy"
    measure "$WORK/cp.$n" cp -r "$WORK/insyn-$n/public" "$WORK/copy"
    i=$((i + 1))
  done
  it=$(cut -d' ' -f1 "$WORK/insyn.$n" | median); ht=$(cut -d' ' -f1 "$WORK/hugo.$n" | median)
  im=$(cut -d' ' -f2 "$WORK/insyn.$n" | median); hm=$(cut -d' ' -f2 "$WORK/hugo.$n" | median)
  ct=$(cut -d' ' -f1 "$WORK/cp.$n" | median)
  awk -v n="$n" -v it="$it" -v ht="$ht" -v im="$im" -v hm="$hm" -v ct="$ct" 'BEGIN {
    printf "%-7d %-12.2f %-12.2f %-12.1f %-12.1f %-10.1f %-10.2f %-12.2f %.1f\n", n, it, ht, im / 1024, hm / 1024,
      (it > 0 ? ht / it : 0), (hm > 0 ? im / hm : 0), ct, (ct > 0 ? it / ct : 0) }'
  echo "  files: insyn $(find "$WORK/insyn-$n/public" -type f | wc -l), hugo $(find "$site/public" -type f | wc -l)"
done
