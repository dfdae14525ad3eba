#!/usr/bin/env bash
# The README's walk-through as a test: export 2021 to Excel, change three scores and add a risk in the
# workbook (openpyxl plays the editor), import it into a new year 2022 made with new-year, build: the
# comparison 2021 → 2022 shows exactly those changes. Usage: walkthrough.sh INSYN WORK_DIR
# (WORK_DIR holds content/ and themes/ and may be changed).
set -eu
insyn=$1
cd "$2"
"$insyn" build --out site >/dev/null 2>&1
"$insyn" new-year amn 2022 --from 2021 2>&1
/usr/bin/python3 - <<'PY'
import openpyxl
wb = openpyxl.load_workbook("site/amn/2021/data/amn-2021.xlsx")
ws = wb["Risker"]
header = [c.value for c in ws[1]]
col = {h: i for i, h in enumerate(header)}
rows = list(ws.iter_rows(min_row=2))
# Three new scores: risks 1, 2 and 3 (probability up by one, or down at 5).
for row in rows[:3]:
    p = row[col["Sannolikhet"]]
    p.value = p.value + 1 if p.value < 5 else p.value - 1
# A new risk in the process of the last row, numbered after the others.
last = [c.value for c in rows[-1]]
new = [None] * len(header)
for h in ("Mål", "Process", "Ansvarig chef", "Arbetssätt"):
    new[col[h]] = last[col[h]]
new[col["Nr"]] = max(r[col["Nr"]].value for r in rows) + 1
new[col["Oönskad händelse"]] = "Leverantören av det nya ärendesystemet hinner inte leverera i tid"
new[col["Sannolikhet"]] = 3
new[col["Konsekvens"]] = 4
new[col["Internkontrollplan"]] = "in_plan"
ws.append(new)
wb.save("register.xlsx")
PY
"$insyn" import register.xlsx amn 2022 2>&1
"$insyn" build --out site >/dev/null 2>&1
