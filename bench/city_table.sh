#!/bin/sh
# Issue 17's table in one run: at city scale (bench/make_city.py --boards 40 --years 10 --risks 100)
# the preview's save-to-reload time, the first build into an empty folder, the rebuild (time and peak
# memory) and the copy floor (`cp -r` of the output); then 10 000 generated pages, warm and cold,
# side by side with Hugo and the copy floor. Medians of RUNS runs; user+sys CPU time beside each wall
# time, since on a shared machine the wall time also measures the other processes.
# Usage: bench/city_table.sh [RUNS] [PAGES]    (defaults 5 and 10000)
# Needs: make build; apt-get install hugo; MAKE_PAGES (default ../shared/bench/make_pages.py).
set -eu
cd "$(dirname "$0")/.."
RUNS=${1:-5}
PAGES=${2:-10000}
MAKE_PAGES=${MAKE_PAGES:-../shared/bench/make_pages.py}
INSYN=$(pwd)/build/insyn
command -v hugo >/dev/null || { echo "hugo is not installed (apt-get install hugo)"; exit 2; }
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
measure() {  # measure FILE CMD...: appends "wall_s cpu_s kib sys_s" of one run to FILE
  file=$1; shift
  /usr/bin/time -f "%e %U %S %M" -o "$WORK/t" "$@" >/dev/null 2>&1
  awk '{ printf "%s %.2f %s %s\n", $1, $2 + $3, $4, $3 }' "$WORK/t" >> "$file"
}
col() { cut -d' ' -f"$1" "$2" | median; }
row() {  # row LABEL FILE: wall (cpu) median and peak RSS median
  printf "%-44s %8.2f s  (cpu %6.2f s, of it sys %5.2f s)  %8.1f MiB\n" "$1" "$(col 1 "$2")" "$(col 2 "$2")" \
    "$(col 4 "$2")" "$(awk -v k="$(col 3 "$2")" 'BEGIN { print k / 1024 }')"
}

echo "insyn $($INSYN --version); $(hugo version 2>/dev/null | cut -d' ' -f1-2); $(nproc) cores; load: $(uptime | sed 's/.*load average: //')"

# City scale.
python3 bench/make_city.py "$WORK/city" --boards 40 --years 10 --risks 100 >/dev/null
python3 bench/serve_latency.py --content "$WORK/city" --file namnd01/2020/vor.md --runs $((RUNS * 4 + 1)) \
  --insyn "$INSYN" | sed 's/^/preview /'
: > "$WORK/first"; : > "$WORK/rebuild"; : > "$WORK/cp"
i=0
while [ $i -lt "$RUNS" ]; do
  rm -rf "$WORK/public" "$WORK/.public.insyn-staging"
  measure "$WORK/first" "$INSYN" build --content "$WORK/city" --themes themes --out "$WORK/public"
  # A first build renames its staging folder into place, so the second one fills a new staging folder
  # file by file; from the third on a build finds the previous site there (the steady state of rebuilds).
  "$INSYN" build --content "$WORK/city" --themes themes --out "$WORK/public" >/dev/null 2>&1
  measure "$WORK/rebuild" "$INSYN" build --content "$WORK/city" --themes themes --out "$WORK/public"
  rm -rf "$WORK/copy"
  measure "$WORK/cp" cp -r "$WORK/public" "$WORK/copy"
  i=$((i + 1))
done
echo "city: $(find "$WORK/public" -type f | wc -l) files, $(du -sm "$WORK/public" | cut -f1) MiB"
row "first build into an empty folder" "$WORK/first"
row "rebuild (nothing changed)" "$WORK/rebuild"
row "copy floor: cp -r of the output" "$WORK/cp"
awk -v f="$(col 1 "$WORK/first")" -v c="$(col 1 "$WORK/cp")" 'BEGIN { printf "first build / copy floor: %.1f\n", f / c }'
rm -rf "$WORK/public" "$WORK/.public.insyn-staging" "$WORK/copy" "$WORK/city"

# 10 000 pages, insyn and Hugo alternating; warm: output (and insyn's staging folder) kept, cold: both
# removed before each run.
site="$WORK/pages"
python3 "$MAKE_PAGES" "$site" --pages "$PAGES" --front-matter json --hugo >/dev/null
mkdir -p "$WORK/insyn"
cp -r "$site/content" "$WORK/insyn/content"
cp content/site.json "$WORK/insyn/content/site.json"
for f in iw hw ic hc cp; do : > "$WORK/$f"; done
"$INSYN" build --content "$WORK/insyn/content" --themes themes --out "$WORK/insyn/public" >/dev/null 2>&1
"$INSYN" build --content "$WORK/insyn/content" --themes themes --out "$WORK/insyn/public" >/dev/null 2>&1
hugo --source "$site" --destination "$site/public" --quiet >/dev/null 2>&1
i=0
while [ $i -lt "$RUNS" ]; do
  measure "$WORK/iw" "$INSYN" build --content "$WORK/insyn/content" --themes themes --out "$WORK/insyn/public"
  measure "$WORK/hw" hugo --source "$site" --destination "$site/public" --quiet
  rm -rf "$WORK/insyn/public" "$WORK/insyn/.public.insyn-staging"
  measure "$WORK/ic" "$INSYN" build --content "$WORK/insyn/content" --themes themes --out "$WORK/insyn/public"
  "$INSYN" build --content "$WORK/insyn/content" --themes themes --out "$WORK/insyn/public" >/dev/null 2>&1  # warm again
  rm -rf "$site/public" "$site/resources"
  measure "$WORK/hc" hugo --source "$site" --destination "$site/public" --quiet
  rm -rf "$WORK/copy"
  measure "$WORK/cp" cp -r "$WORK/insyn/public" "$WORK/copy"
  i=$((i + 1))
done
echo "$PAGES pages: insyn $(find "$WORK/insyn/public" -type f | wc -l) files, hugo $(find "$site/public" -type f | wc -l)"
row "insyn warm" "$WORK/iw"
row "hugo warm" "$WORK/hw"
row "insyn cold" "$WORK/ic"
row "hugo cold" "$WORK/hc"
row "copy floor: cp -r of insyn's output" "$WORK/cp"
awk -v iw="$(col 1 "$WORK/iw")" -v hw="$(col 1 "$WORK/hw")" -v ic="$(col 1 "$WORK/ic")" -v hc="$(col 1 "$WORK/hc")" \
  -v im="$(col 3 "$WORK/iw")" -v hm="$(col 3 "$WORK/hw")" -v c="$(col 1 "$WORK/cp")" 'BEGIN {
  printf "warm: %.1fx faster than Hugo, %.2f of its memory; cold: %.1fx faster; insyn cold / copy floor: %.1f\n",
    hw / iw, im / hm, hc / ic, ic / c }'
echo "load after: $(uptime | sed 's/.*load average: //')"
