#!/bin/sh
# Median wall time and peak RSS of `insyn build` on the shipped content (the real plans).
# Usage: bench/build_real.sh [RUNS]   (builds the generator first with `make build`)
set -eu
cd "$(dirname "$0")/.."
RUNS=${1:-21}
OUT=$(mktemp -d)
trap 'rm -rf "$OUT"' EXIT
./build/insyn build --content content --out "$OUT/site" >/dev/null 2>&1  # warm the page cache
i=0
while [ $i -lt "$RUNS" ]; do
  /usr/bin/time -f "%e %M" -o "$OUT/time.$i" ./build/insyn build --content content --out "$OUT/site" >/dev/null 2>&1
  i=$((i + 1))
done
cat "$OUT"/time.* | sort -n | awk -v n="$RUNS" '
  { t[NR] = $1; if ($2 > rss) rss = $2 }
  END { printf "insyn build, real content: median %.0f ms over %d runs (min %.0f, max %.0f), peak RSS %.1f MiB\n",
        t[int((n + 1) / 2)] * 1000, n, t[1] * 1000, t[n] * 1000, rss / 1024 }'
