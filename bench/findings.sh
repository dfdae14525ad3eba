#!/bin/sh
# `insyn check` time against the number of findings: one plan year whose risks all state a wrong RV
# (each risk is one warning), at 5 000, 10 000 and 20 000 risks, then the same number of clean risks.
# Linear means the time per finding stays flat as the count doubles.
# Usage: bench/findings.sh   (run `make build` first; INSYN=path/to/insyn measures another binary)
set -eu
cd "$(dirname "$0")/.."
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
for n in 5000 10000 20000; do
  for kind in findings clean; do
    rm -rf "$WORK/content"
    cp -r tests/fixtures/minimal "$WORK/content"
    python3 - "$WORK/content/org/2019/vor.json" "$n" "$kind" <<'PY'
import json, sys
path, n, kind = sys.argv[1], int(sys.argv[2]), sys.argv[3]
doc = json.load(open(path, encoding="utf-8"))
risks = []
for i in range(1, n + 1):
    rv = 4 if kind == "clean" else 5  # 2 x 2 = 4: a stated 5 is a finding
    risks.append({"nr": 100 + i, "event": "Risk %d" % i, "probability": 2, "consequence": 2, "rv": rv,
                  "ikp": "vor_only"})
doc["goals"][0]["processes"][0]["methods"][0]["risks"] += risks
with open(path, "w", encoding="utf-8") as f:
    json.dump(doc, f, ensure_ascii=False, indent=1)
PY
    /usr/bin/time -f "%e %U %S" -o "$WORK/time" "${INSYN:-./build/insyn}" check --content "$WORK/content" \
      --themes themes >/dev/null 2>"$WORK/err" || true
    # CPU time (user + system) as well as wall time: on a shared machine the wall time mostly
    # measures the other processes.
    tail -1 "$WORK/time" | awk -v n="$n" -v kind="$kind" -v summary="$(tail -1 "$WORK/err")" \
      '{ printf "%6d risks, %-8s: %6.2f s wall, %6.2f s CPU (%s)\n", n, kind, $1, $2 + $3, summary }'
  done
done
