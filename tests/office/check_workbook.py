#!/usr/bin/python3
"""Reads a year's workbook (data/<org>-<year>.xlsx) with openpyxl and compares every cell with the
JSON export beside it (data/vor.json, kontrollplan.json, projekt.json, kompetens.json, and the
follow-up's vb-*.json, upphandling.json and budget.json). The sheet
"Kolumner" names each column's JSON field, so the comparison follows the workbook's own table.
Also checks what makes the workbook usable and reproducible: frozen header row, filter, typed cells,
fixed zip entry times, the creation time taken from the plan year, and no formulas.
Usage: check_workbook.py DATA_DIR WORKBOOK"""
import datetime
import json
import os
import sys
import zipfile

import openpyxl

data_dir, path = sys.argv[1], sys.argv[2]
errors = []
wb = openpyxl.load_workbook(path)  # formulas would come back as "=…" strings; values are typed

sources = {"Risker": ("vor.json", "risks"), "Kontroller": ("kontrollplan.json", "controls"),
           "Projekt": ("projekt.json", "projects"), "Aktiviteter": ("kompetens.json", "activities"),
           "Personal": ("kompetens.json", "staff_figures"), "VB-mål": ("vb-mal.json", "goals"),
           "VB-indikatorer": ("vb-indikatorer.json", "indicators"),
           "VB-aktiviteter": ("vb-aktiviteter.json", "activities"), "VB-tabeller": (None, None),
           "Upphandling": ("upphandling.json", "rows"), "Budget": ("budget.json", "tables"),
           "Ordlista": ("ordlista.json", "terms"), "VB-ledamöter": ("vb-namndens-ar-ledamoter.json", "members"),
           "VB-ärenden": ("vb-namndens-ar-arenden.json", "case_lists"), "Bilagor": (None, None)}
fields = {}
for row in wb["Kolumner"].iter_rows(min_row=2, values_only=True):
    fields.setdefault(row[0], []).append((row[1], row[2], row[3]))


def lookup(item, key):
    for part in key.split("."):
        if item is None:
            return None
        item = item.get(part)
    return item


def flatten(table):
    """A printed table (vb-tabell-ID.json, or one of budget.json's tables) as the long sheet holds it:
    one item per filled cell."""
    return [{"table": table["id"], "table_title": table["title"], "row_label": r["label"], "level": r["level"],
             "column_label": c["label"], "period": c.get("period"), "sex": c.get("sex"), "value": v}
            for r in table["rows"] for c, v in zip(table["columns"], r["values"]) if v["raw"] != ""]


def appendix_cells():
    """Every appendix (a JSON export with "sections" of tables), in file-name order, as the long sheet
    holds it: one item per cell, empty cells included."""
    items = []
    for name in sorted(os.listdir(data_dir)):
        if not name.endswith(".json"):
            continue
        doc = json.load(open(f"{data_dir}/{name}", encoding="utf-8"))
        if not isinstance(doc, dict) or "sections" not in doc:
            continue
        for section in doc["sections"]:
            for t in section["tables"]:
                for i, r in enumerate(t["rows"]):
                    for c in t["columns"]:
                        items.append({"appendix": name[:-5], "table": t["id"], "caption": t["caption"], "row": i + 1,
                                      "column_label": c["label"], "value": r["cells"].get(c["key"], "")})
    return items


def followup_table_cells(ws):
    """The follow-up's tables, in the order the sheet first names them (which must be every file's)."""
    order = list(dict.fromkeys(row[0] for row in ws.iter_rows(min_row=2, values_only=True)))
    files = sorted(n[len("vb-tabell-"):-len(".json")] for n in os.listdir(data_dir)
                   if n.startswith("vb-tabell-") and n.endswith(".json"))
    by_id = {t: flatten(json.load(open(f"{data_dir}/vb-tabell-{t}.json", encoding="utf-8"))) for t in files}
    with_cells = [t for t in files if by_id[t]]
    if sorted(order) != sorted(with_cells):
        errors.append(f"VB-tabeller: tables {order} differ from the files' tables with values {with_cells}")
    return [cell for table in order for cell in by_id.get(table, [])]


def expected_cell(value):
    if isinstance(value, bool):
        return "ja" if value else "nej"
    if value is None or value == "":
        return None
    if isinstance(value, list):
        return ", ".join(str(v) for v in value) or None
    return value


cells = 0
for sheet, (file, key) in sources.items():
    if sheet not in wb.sheetnames:
        # A document the year exports must have its sheet: a dropped sheet is a failure, not a skip.
        exported = os.path.exists(f"{data_dir}/{file}") if file else \
            bool(appendix_cells()) if sheet == "Bilagor" else \
            any(n.startswith("vb-tabell-") for n in os.listdir(data_dir))
        if exported:
            errors.append(f"{sheet}: missing, although the year exports {file or 'vb-tabell-*.json'}")
        continue
    ws = wb[sheet]
    if sheet == "VB-tabeller":
        items = followup_table_cells(ws)
    elif sheet == "Bilagor":
        items = appendix_cells()
    else:
        items = json.load(open(f"{data_dir}/{file}", encoding="utf-8"))[key]
    if sheet == "Budget":
        items = [cell for table in items for cell in flatten(table)]
    if sheet == "VB-ärenden":
        items = [dict(c, heading=lst["heading"]) for lst in items for c in lst["cases"]]
    header = [c.value for c in ws[1]]
    if header != [h for h, _, _ in fields[sheet]]:
        errors.append(f"{sheet}: header {header} differs from Kolumner")
    if ws.freeze_panes != "A2":
        errors.append(f"{sheet}: header row not frozen ({ws.freeze_panes})")
    if not ws.auto_filter.ref:
        errors.append(f"{sheet}: no filter")
    rows = list(ws.iter_rows(min_row=2))
    if len(rows) != len(items):
        errors.append(f"{sheet}: {len(rows)} rows, the JSON has {len(items)}")
    for row, item in zip(rows, items):
        for cell, (header_text, kind, field) in zip(row, fields[sheet]):
            want = expected_cell(lookup(item, field))
            got = cell.value
            cells += 1
            if kind == "datum" and isinstance(got, datetime.datetime):
                got = got.date().isoformat()
            if kind in ("heltal", "tal") and want is not None and not isinstance(got, (int, float)):
                errors.append(f"{sheet}!{cell.coordinate}: {header_text} is not a number cell: {got!r}")
            if kind == "heltal" and isinstance(got, float) and got.is_integer():
                got = int(got)
            if cell.data_type == "f":
                errors.append(f"{sheet}!{cell.coordinate}: holds a formula {got!r}")
            if got != want:
                errors.append(f"{sheet}!{cell.coordinate} ({header_text}): {got!r} != JSON {field} {want!r}")

with zipfile.ZipFile(path) as z:
    for info in z.infolist():
        if info.date_time != (1980, 1, 1, 0, 0, 0):
            errors.append(f"zip entry {info.filename} has the time {info.date_time}")
    core = z.read("docProps/core.xml").decode()
    year = json.load(open(f"{data_dir}/vor.json", encoding="utf-8"))["year"] if "Risker" in wb.sheetnames else None
    if year and f"{year}-01-01T00:00:00Z" not in core:
        errors.append(f"docProps/core.xml: creation time is not 1 January {year}: {core}")

for e in errors[:30]:
    print("FAIL:", e)
print(f"{path}: {cells} cells compared, {len(errors)} problems")
sys.exit(1 if errors or cells == 0 else 0)
