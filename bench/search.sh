#!/bin/sh
# What search costs: index size, the share of the build it takes, the bytes a query loads and the
# time per keystroke in headless Chromium (from file://), for the real content and for the generated
# benchmark site. Usage: bench/search.sh [PAGES]   (default 10000)
# Needs: make build; make browser-deps; MAKE_PAGES (default ../shared/bench/make_pages.py).
set -eu
cd "$(dirname "$0")/.."
PAGES=${1:-10000}
MAKE_PAGES=${MAKE_PAGES:-../shared/bench/make_pages.py}
INSYN=$(pwd)/build/insyn
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

report() {  # report NAME CONTENT_DIR: build timing, index size, the search part alone
  name=$1 content=$2
  "$INSYN" build --content "$content" --themes themes --out "$WORK/$name" >/dev/null 2>&1
  /usr/bin/time -f "%e" -o "$WORK/t" "$INSYN" build --content "$content" --themes themes --out "$WORK/$name" >/dev/null 2>&1
  idx=$(cat "$WORK/$name"/sok/index/*.js | wc -c)
  files=$(ls "$WORK/$name"/sok/index | wc -l)
  echo "$name: build $(cat "$WORK/t") s (disk); index $files files, $((idx / 1024)) KB; site $(du -sk "$WORK/$name" | cut -f1) KB"
  INSYN_BENCH_CONTENT=$content build/tests/insyn_tests "[.search-bench]" | grep -E '^(build|cpu)'
}

report real "$(pwd)/content"
python3 "$MAKE_PAGES" "$WORK/gen" --pages "$PAGES" --front-matter json >/dev/null
cp content/site.json "$WORK/gen/content/site.json"
report "pages$PAGES" "$WORK/gen/content"

echo "--- real content, per query (typed one key at a time, from file://)"
node bench/search_latency.mjs "$WORK/real" rehabilitering "Vux 2.0" kontroll K10 "sjukfrånvaro chef" informationssäkerhet
echo "--- $PAGES pages"
node bench/search_latency.mjs "$WORK/pages$PAGES" risk kontroll informationssäkerhet "upphandling avtal" R00042 R07042 "budget prognos avvikelse"
