#!/usr/bin/env bash
# End-to-end tests of the spreadsheet commands: the workbooks `insyn build` writes (read back with
# openpyxl and compared with the JSON export), `check --format json`, `insyn import` (round trip,
# CSV, errors at the cell, hostile workbooks), `insyn new-year`, and the README's walk-through.
# Usage: office_cli_test.sh INSYN SOURCE_DIR
set -u
insyn=$1
src=$2
here="$src/tests/office"
# Debian's Python, which has python3-openpyxl (not a pyenv or venv that comes first on PATH).
py=/usr/bin/python3
. "$src/tests/cli/check_lib.sh"
content_hash() { find content -type f -exec sha256sum {} + | sort | sha256sum; }

cp -r "$src/content" "$src/themes" "$work/"
cd "$work"
rm -rf content/arkiv

# Workbooks out.
out=$("$insyn" build --out site 2>&1); check "build writes the site" 0 $? "$out"
for year in 2014 2017 2019 2021; do
  [ -f site/amn/$year/data/amn-$year.xlsx ]; check "build writes the workbook of $year" 0 $?
  out=$("$py" "$here/check_workbook.py" site/amn/$year/data site/amn/$year/data/amn-$year.xlsx 2>&1)
  check "every cell of the $year workbook equals the JSON export (openpyxl)" 0 $? "$out" "cells compared, 0 problems"
done

# check --format json: JSON Lines on stdout, nothing else.
out=$("$insyn" check --format json 2>/dev/null); code=$?
"$py" -c 'import json,sys; [json.loads(l) for l in sys.stdin.read().splitlines()]' <<<"$out"
check "check --format json prints one JSON object per line" 0 $?
check "check --format json keeps the exit code (warnings only)" 0 $code
cp content/amn/2019/vor.json vor.json.bak
sed -i '0,/"probability": [0-9]/s//"probability": 9/' content/amn/2019/vor.json
out=$("$insyn" check --format json 2>/dev/null); code=$?
check "check --format json exits 1 on an error" 1 $code
grep '"severity":"error"' <<<"$out" | "$py" -c '
import json, sys
d = json.loads(sys.stdin.readline())
assert d["file"].endswith("amn/2019/vor.json") and d["line"] > 0 and d["column"] > 0, d
assert d["message"] == "\"probability\" is 9; it must be an integer from 1 to 5", d
assert "\"probability\": 9" in d["source"] and d["hint"], d'
check "the error line names file, line, column, message, hint and source" 0 $?
cp vor.json.bak content/amn/2019/vor.json

# Import: a workbook imported unchanged, and the CSV export, change nothing.
before=$(content_hash)
out=$("$insyn" import site/amn/2021/data/amn-2021.xlsx amn 2021 2>&1); check "importing the built workbook unchanged" 0 $? "$out" "nothing to write"
out=$("$insyn" import site/amn/2019/data/amn-2019.xlsx amn 2019 2>&1); check "importing the 2019 workbook unchanged" 0 $? "$out" "nothing to write"
out=$("$insyn" import site/amn/2021/data/vor.csv amn 2021 2>&1); check "importing the CSV export unchanged" 0 $? "$out" "nothing to write"
out=$("$insyn" import site/amn/2019/data/kontrollplan.csv amn 2019 2>&1); check "importing the control plan's CSV export unchanged" 0 $? "$out" "nothing to write"
[ "$before" = "$(content_hash)" ]; check "an unchanged import writes nothing" 0 $?

# Errors at the cell, and hostile workbooks: a clear error, no crash, nothing written.
"$py" "$here/make_hostile.py" hostile
out=$("$insyn" import hostile/bad-score.xlsx amn 2021 2>&1)
check "a bad score is an error at its cell" 1 $? "$out" '^bad-score.xlsx:Risker!C2: error: "Sannolikhet" is "7"; it must be an integer from 1 to 5$'
grep -qE '^ +\| +\^$' <<<"$out" && grep -q '^hint: ' <<<"$out"; check "the error quotes the row with a caret and a hint" 0 $?
out=$("$insyn" import hostile/formula.xlsx amn 2021 2>&1); check "a formula is refused" 1 $? "$out" "formula.xlsx:Risker!C2: error: the cell holds a formula"
out=$("$insyn" import hostile/shared-string.xlsx amn 2021 2>&1); check "a shared string out of range is refused" 1 $? "$out" "Risker!B2: error: the shared string 99 does not exist"
out=$("$insyn" import hostile/wide.xlsx amn 2021 2>&1); check "a 10 000-column sheet is refused" 1 $? "$out" "Risker!IW2: error: column IW is beyond the 256 columns"
out=$("$insyn" import hostile/entities.xlsx amn 2021 2>&1); check "XML entities (a DTD) are refused" 1 $? "$out" "declares a DTD"
out=$("$insyn" import hostile/bomb.xlsx amn 2021 2>&1); check "a zip bomb is refused" 1 $? "$out" "expands to more than 64 MB"
out=$("$insyn" import hostile/not-a-workbook.xlsx amn 2021 2>&1); check "a file that is no workbook is refused" 1 $? "$out" "not an .xlsx workbook"
out=$("$insyn" import content amn 2021 2>&1); check "a folder is no workbook" 2 $? "$out" "^content: error: cannot read the file"
truncate -s 300M huge.xlsx
out=$("$insyn" import huge.xlsx amn 2021 2>&1); check "a file beyond the reader's limit is refused before it is read" 2 $? "$out" "larger than 256 MB"
rm -f huge.xlsx
[ "$before" = "$(content_hash)" ]; check "failed imports wrote nothing" 0 $?
printf '\xef\xbb\xbfNr;Oönskad händelse;Sannolikhet;Konsekvens\r\n1;Händelse;3,5;2\r\n' > swedish.csv
out=$("$insyn" import swedish.csv amn 2021 2>&1); check "a CSV error names the cell" 1 $? "$out" '^swedish.csv:swedish!C2: error: "Sannolikhet" is "3,5"'

# A control plan in: change a field, add a control, drop one; what the sheet lacks is kept.
cp content/amn/2019/kontrollplan.json kontrollplan.json.bak
"$py" - <<'PY'
import openpyxl
wb = openpyxl.load_workbook("site/amn/2019/data/amn-2019.xlsx")
ws = wb["Kontroller"]
col = {c.value: i for i, c in enumerate(ws[1])}
rows = list(ws.iter_rows(min_row=2))
rows[0][col["Frekvens"]].value = "Varje månad"
new = [c.value for c in rows[1]]
new[col["Id"]], new[col["Risker"]] = "K99", "4, 7"
ws.append(new)
ws.delete_rows(4)  # the third control
wb.save("controls.xlsx")
ws.cell(row=2, column=col["Risker"] + 1).value = "4, sju"
wb.save("controls-bad.xlsx")
PY
out=$("$insyn" import controls-bad.xlsx amn 2019 2>&1)
check "a risk list that is not numbers is an error at its cell" 1 $? "$out" '^controls-bad.xlsx:Kontroller!I2: error: "Risker" is "4, sju"; it must list risk numbers$'
cmp -s content/amn/2019/kontrollplan.json kontrollplan.json.bak; check "the failed control import wrote nothing" 0 $?
out=$("$insyn" import controls.xlsx amn 2019 2>&1)
check "a changed control plan is imported" 0 $? "$out" "amn/2019/kontrollplan.json: 1 changed, 1 added, 1 removed"
"$py" - kontrollplan.json.bak content/amn/2019/kontrollplan.json <<'PY'
import json, sys
old, new = (json.load(open(p, encoding="utf-8"))["controls"] for p in sys.argv[1:])
by_id = {c["id"]: c for c in new}
assert by_id[old[0]["id"]]["frequency"] == "Varje månad", by_id[old[0]["id"]]
assert by_id[old[0]["id"]]["source_line"] == old[0]["source_line"], "the source line was lost"
assert old[2]["id"] not in by_id, "the dropped control is still there"
assert by_id["K99"]["risks"] == [4, 7] and by_id["K99"]["control"] == old[1]["control"], by_id["K99"]
assert [c for c in new if c["id"] not in ("K99", old[0]["id"])] == [c for c in old if c["id"] not in (old[0]["id"], old[2]["id"])]
PY
check "the control import changed exactly the edited cells and kept the rest" 0 $?
cp kontrollplan.json.bak content/amn/2019/kontrollplan.json

# A project list in: a new budget, a project under a new heading, a new project with a date cell and an
# open end, one dropped; labels, kinds and source lines are kept.
cp content/amn/2021/projekt.json projekt.json.bak
"$py" - <<'PY'
import datetime, openpyxl
wb = openpyxl.load_workbook("site/amn/2021/data/amn-2021.xlsx")
ws = wb["Projekt"]
col = {c.value: i for i, c in enumerate(ws[1])}
rows = list(ws.iter_rows(min_row=2))
rows[0][col["Budget som publicerad"]].value = "25 miljoner kr"
rows[0][col["Budget (belopp)"]].value = 25000000
for h, v in (("Rubrik", "Projekt med stiftelser"), ("Finansiär", "Stiftelse"), ("Roll", "owner")):
    rows[1][col[h]].value = v
new = [None] * len(col)
for h, v in (("Id", "nytt-projekt"), ("Namn", "Nytt projekt"), ("Rubrik", rows[0][col["Rubrik"]].value),
             ("Finansiär", rows[0][col["Finansiär"]].value), ("Roll", rows[0][col["Roll"]].value),
             ("Period som publicerad", "mars 2022 och löpande"), ("Start", datetime.datetime(2022, 3, 15)),
             ("Slut", "löpande")):
    new[col[h]] = v
ws.append(new)
ws.delete_rows(4)  # the third project
wb.save("projects.xlsx")
ws.cell(row=2, column=col["Budget (belopp)"] + 1).value = "mycket"
wb.save("projects-bad.xlsx")
ws.cell(row=2, column=col["Budget (belopp)"] + 1).value = 25000000
ws.cell(row=2, column=col["Finansiär"] + 1).value = "Någon annan"
wb.save("projects-funder.xlsx")
PY
out=$("$insyn" import projects-bad.xlsx amn 2021 2>&1)
check "an amount that is not a number is an error at its cell" 1 $? "$out" '^projects-bad.xlsx:Projekt!I2: error: "Budget \(belopp\)" is "mycket"; it must be an amount'
out=$("$insyn" import projects-funder.xlsx amn 2021 2>&1)
check "rows of one heading must name the same funder" 1 $? "$out" 'name different funders or roles'
cmp -s content/amn/2021/projekt.json projekt.json.bak; check "the failed project imports wrote nothing" 0 $?
out=$("$insyn" import projects.xlsx amn 2021 2>&1)
check "a changed project list is imported" 0 $? "$out" "amn/2021/projekt.json: 1 changed, 1 added, 1 removed, 1 moved"
"$py" - projekt.json.bak content/amn/2021/projekt.json <<'PY'
import json, sys
def projects(path):
    groups = json.load(open(path, encoding="utf-8"))["groups"]
    return [(g["heading"], g["funder"], g["role"], p) for g in groups for p in g["projects"]]
old, new = projects(sys.argv[1]), projects(sys.argv[2])
by_id = {p["id"]: (h, f, r, p) for h, f, r, p in new}
first = by_id[old[0][3]["id"]][3]
assert first["budget"]["raw"] == "25 miljoner kr" and first["budget"]["amount"] == 25000000, first["budget"]
assert first["budget"]["label"] == old[0][3]["budget"]["label"] and first["source_line"] == old[0][3]["source_line"]
assert by_id[old[1][3]["id"]][:3] == ("Projekt med stiftelser", "Stiftelse", "owner"), by_id[old[1][3]["id"]][:3]
assert old[2][3]["id"] not in by_id, "the dropped project is still there"
n = by_id["nytt-projekt"]
assert n[0] == old[0][0] and n[3]["period"] == {"raw": "mars 2022 och löpande", "start": "2022-03-15", "end": "open"}, n
rest = lambda items: [x for x in items if x[3]["id"] not in {old[0][3]["id"], old[1][3]["id"], old[2][3]["id"], "nytt-projekt"}]
assert rest(old) == rest(new), "a project the sheet did not change has changed"
PY
check "the project import changed exactly the edited cells and kept the rest" 0 $?
out=$("$insyn" check 2>&1); check "the imported project list checks" 0 $? "$out" "0 errors"
cp projekt.json.bak content/amn/2021/projekt.json

# new-year: refuses to overwrite; the new year checks.
out=$("$insyn" new-year amn 2021 2>&1); check "new-year refuses to overwrite a year" 2 $? "$out" "exists already"
out=$("$insyn" new-year amn 2022 2>&1); check "new-year starts 2022 from the latest year" 0 $? "$out" "wrote content/amn/2022/ from 2021"
grep -c '"review": "carried-over"' content/amn/2022/vor.json | grep -qx 65; check "every carried-over risk is marked for review" 0 $?
out=$("$insyn" check 2>&1); check "the new year checks" 0 $? "$out" "0 errors"
rm -rf content/amn/2022

# The README's walk-through.
out=$("$here/walkthrough.sh" "$insyn" "$work" 2>&1); check "the walk-through runs" 0 $? "$out" "amn/2022/vor.json: 3 changed, 1 added, 0 removed"
out=$("$py" "$here/check_comparison.py" site/amn/jamforelse/index.html 2021 2022 2>&1)
check "the comparison 2021 -> 2022 shows exactly the three new scores and the new risk" 0 $? "$out"

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
