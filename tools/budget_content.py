#!/usr/bin/env python3
"""Writes content/amn/2019/budget.json and content/amn/2021/budget.json: the budget forms of the plans
(seed 000 lines 1215-1322, seed 001 lines 3358-3377) cell by cell as printed. Run from the repository
root. Tables use the generic table model of the follow-up (columns, rows with levels, declared sums)."""
import json

S2019, S2021 = "000_5e598045f1b00d82.txt", "001_9c5abd48d8c38058.txt"


def row(key, label, level, values, line):
    return {"key": key, "label": label, "level": level, "values": values, "source_line": line}


def col(key, label, kind="", period=""):
    c = {"key": key, "label": label}
    if kind:
        c["kind"] = kind
    if period:
        c["period"] = period
    return c


def split(cells):
    return cells.split("\t")


AREAS = [("jobbtorg", "Verksamhetsområde Jobbtorg"), ("samhallsorientering", "Regiongemensam samhällsorientering"),
         ("vux", "Verksamhetsområde vuxenutbildning"), ("namnd", "Nämnd och gemensam administration")]
cost_vals = {"jobbtorg": "313,2	69,0	0,0	382,2	283,9	312,3", "samhallsorientering": "0,0	14,7	0,0	14,7	0,0	0,0",
             "vux": "674,7	150,4	0,0	825,1	616,2	724,7", "namnd": "93,7	4,0	2,0	99,7	66,3	84,6"}
income_vals = {"jobbtorg": "0,0	-69,0	0,0	-69,0	0,0	0,0", "samhallsorientering": "0,0	-14,7	0,0	-14,7	0,0	0,0",
               "vux": "0,0	-150,4	0,0	-150,4	0,0	0,0", "namnd": "0,0	-4,0	0,0	-4,0	0,0	0,0"}
drift_rows = [row("driftverksamhet", "Driftverksamhet", "heading", [""] * 6, 1221),
              row("kostnader", "Kostnader", "total", split("1 081,6	238,1	2,0	1 321,7	966,4	1 121,6"), 1222)]
for i, (k, label) in enumerate(AREAS):
    drift_rows.append(row("kostnader-" + k, label, "detail", split(cost_vals[k]), 1223 + i))
drift_rows.append(row("kostnader-tom-rad", "", "detail", ["0,0"] * 6, 1227))
drift_rows.append(row("intakter", "Intäkter (-)", "total", split("-232,3	-238,1	0,0	-470,4	-174,7	-276,9"), 1228))
for i, (k, label) in enumerate(AREAS):
    drift_rows.append(row("intakter-" + k, label, "detail", split(income_vals[k]), 1229 + i))
drift_rows.append(row("intakter-statsbidrag", "Statsbidrag till verksamhet för flyktingar", "detail",
                      split("-232,3	0,0	0,0	-232,3	-174,7	-276,9"), 1233))
drift_rows.append(row("netto", "Netto", "total", split("849,3	0,0	2,0	851,3	791,7	844,7"), 1234))
drift = {
    "id": "drift", "title": "Nämndens budget/verksamhetsplan 2019, driftverksamhet", "kind": "operating", "unit": "mnkr",
    "source_lines": [1219, 1234],
    "note": "Kostnader och intäkter per verksamhetsområde; intäkter anges med minustecken. Kolumn 4 är 1 + 2 + 3.",
    "columns": [col("c1", "1. Nämndens ursprungliga budget 2019", "budget", "2019"),
                col("c2", "2. Av nämnden redovisade omslutningsförändringar", "adjustment", "2019"),
                col("c3", "3. Av nämnden begärda budgetjusteringar", "adjustment", "2019"),
                col("c4", "4. Nämndens budget efter omslutningsförändringar och begärda budgetjusteringar (1+2+3)",
                    "adjusted_budget", "2019"),
                col("c5", "5. Utfall 2017 (VB 2017)", "outcome", "2017"),
                col("c6", "6. Prognos 2018 (Tertialrapport 2)", "forecast", "2018")],
    "rows": drift_rows,
    "checks": [{"kind": "columns", "total": "c4", "parts": ["c1", "c2", "c3"]},
               {"kind": "rows", "total": "kostnader", "parts": ["kostnader-" + k for k, _ in AREAS] + ["kostnader-tom-rad"]},
               {"kind": "rows", "total": "intakter",
                "parts": ["intakter-" + k for k, _ in AREAS] + ["intakter-statsbidrag"]},
               {"kind": "rows", "total": "netto", "parts": ["kostnader", "intakter"]}],
}

vp_cols = [col("k1", "Ack. t.o.m. 2018: (1) Kostnad"), col("k2", "Ack. t.o.m. 2018: (2) Intäkt (-)")]
n = 3
for year, kind in (("2019", "Budget"), ("2019", "Prognos"), ("2020", "Plan"), ("2020", "Prognos"), ("2021", "Plan"),
                   ("2021", "Prognos"), ("2022", "Prognos"), ("2023", "Prognos")):
    # The printed numbers restart at (7) for 2021 and repeat (9)/(10) for every later forecast.
    nums = {("2019", "Budget"): (3, 4), ("2019", "Prognos"): (5, 6), ("2020", "Plan"): (7, 8)}.get((year, kind))
    nums = nums or ((7, 8) if kind == "Plan" else (9, 10))
    vp_cols.append(col("k%d" % n, "%s %s: (%d) Kostnad" % (year, kind, nums[0]), "", year))
    vp_cols.append(col("k%d" % (n + 1), "%s %s: (%d) Intäkt (-)" % (year, kind, nums[1]), "", year))
    n += 2
vp_cols += [col("t11", "Total beslutat: (11) Total intäkt"), col("t12", "Total beslutat: (12) Total kostnad"),
            col("t13", "Total prognos: (13) Total intäkt"), col("t14", "Total prognos: (14) Total kostnad"),
            col("d15", "Beslutat: (15) Startdatum"), col("d16", "Beslutat: (16) Avslutn. datum"),
            col("d17", "Prognos: (17) Startdatum"), col("d18", "Prognos: (18) Avslutn. datum")]
vp_rows = []
for i in range(5):
    vp_rows.append(row("rad-%d" % (i + 1), "Projekt" if i == 0 else "", "detail", ["0,0"] * 22 + [""] * 4, 1249 + i))
vp_rows.append(row("summa", "Summa", "total", ["0,0"] * 22 + [""] * 4, 1254))
verksamhetsprojekt = {
    "id": "verksamhetsprojekt", "title": "Kostnader och intäkter (-) för verksamhetsprojekt", "kind": "form", "unit": "mnkr",
    "source_lines": [1240, 1305],
    "note": "Blanketten är tom i källan: alla belopp är 0,0 och inga projekt eller datum är ifyllda. PDF-texten delar "
            "tabellen i tre delar; kolumnen 2023 (”20” … ”23”, ”Progn” … ”inos”) och dess intäktskolumn (rad 1272–1293) "
            "och totalerna (rad 1297–1305) är fogade till raderna efter position.",
    "footnotes": ["Vid behov kan egna delsummeringar för grupper av projekt infogas. OBS att summaformeln kan behöva ändras.",
                  "1 och 2 Ackumulerad kostnad resp. intäkt t.o.m. 2018 för projektet.",
                  "11 och 12 Totalt beslutad/beviljad kostnad resp. intäkt för projektet.",
                  "15 och 16 Datum projektet ska starta resp. avslutas enligt beslutet.",
                  "17 och 18 Prognos för projektets start- resp. slutdatum. Avikelser från beslutade (15 resp. 16) "
                  "datum ska förklaras.",
                  "Innehållet i blanketten ska analyseras och kommenteras i tjänsteutlåtandet.",
                  "Avvikelser gentemot budget eller totalt beslutad kostnad resp. intäkt ska speciellt kommenteras med "
                  "angivelse av dess orsak samt vidtagen åtgärd."],
    "columns": vp_cols, "rows": vp_rows,
    "checks": [{"kind": "rows", "total": "summa", "parts": ["rad-%d" % i for i in range(1, 6)]}],
}


def investment(first_line, cols, values, line):
    return {"id": "investeringar", "title": "Investeringsbudget", "kind": "investment", "unit": "mnkr",
            "source_lines": [first_line, line],
            "columns": [col("p%d" % i, label, kind, period) for i, (label, kind, period) in enumerate(cols)],
            "rows": [row("inventarier", "Inventarier och maskiner", "detail", values, line)]}


y2019 = {
    "$schema": "../../schemas/budget.schema.json",
    "title": "Nämndens budget/verksamhetsplan 2019",
    "source": {"document": S2019, "lines": [1215, 1322],
               "note": "Bold markup dropped; bold rows are totals. The empty cost row (L1227) is kept as printed. The "
                       "verksamhetsprojekt form is split in three by the PDF (L1246-L1254, L1272-L1293, L1297-L1305) and "
                       "joined by position."},
    "tables": [drift, verksamhetsprojekt,
               dict(investment(1321, [("Prognos 2018", "forecast", "2018"), ("VP 2019", "budget", "2019"),
                                      ("Plan 2020", "plan", "2020"), ("Plan 2021", "plan", "2021"),
                                      ("Plan 2022", "plan", "2022"), ("Plan 2023", "plan", "2023")],
                               split("5,4	6,0	4,0	4,0	4,0	4,0"), 1322),
                    title="Investeringsbudget 2019 och kommande år (Prognos (mkr))")],
    "compare_followup": {
        "year": 2017, "table": "driftbudget", "column": "bokslut", "own_table": "drift", "own_column": "c5",
        "note": "Kolumn 5 ”Utfall 2017 (VB 2017)” och VB 2017:s bokslut mäter samma sak, netto per verksamhetsområde, men "
                "2019 års budget har färre områden: VB 2017 redovisar Sfi Stockholm och Vuxenutbildning Stockholm var för "
                "sig, EFAS och Enheten för flyktingsamordning som egna rader.",
        "areas": [
            {"label": "Jobbtorg", "rows": ["kostnader-jobbtorg", "intakter-jobbtorg"], "followup_rows": ["jobbtorg", "efas"],
             "note": "VB 2017 redovisar EFAS för sig; 2019 års budget räknar det till Jobbtorg."},
            {"label": "Regiongemensam samhällsorientering", "rows": ["kostnader-samhallsorientering", "intakter-samhallsorientering"],
             "followup_rows": ["samhallsorientering"]},
            {"label": "Vuxenutbildning", "rows": ["kostnader-vux", "intakter-vux"], "followup_rows": ["sfi", "vuxenutbildning"],
             "note": "VB 2017 redovisar Sfi Stockholm och Vuxenutbildning Stockholm för sig."},
            {"label": "Nämnd och gemensam administration", "rows": ["kostnader-namnd", "intakter-namnd"],
             "followup_rows": ["namnd", "flyktingsamordning"],
             "note": "VB 2017 redovisar Enheten för flyktingsamordning för sig."},
            {"label": "Statsbidrag för flyktingmottagande", "rows": ["intakter-statsbidrag"], "followup_rows": ["statsbidrag"]},
            {"label": "Netto", "rows": ["netto"], "followup_rows": ["summa"]}
        ]
    },
    "forms": [
        {"id": "verksamhetsprojekt", "title": "Verksamhetsprojekt", "status": "zero", "table": "verksamhetsprojekt",
         "text": "Kostnader och intäkter (-) för följande typer av verksamhetsprojekt: verksamhetsprojekt där kostnaderna "
                 "bedöms överstiga 50 mkr; verksamhetsprojekt som har betydande påverkan på stadens ekonomi; "
                 "verksamhetsprojekt som berör frågor som är av strategisk vikt.",
         "source_line": 1240},
        {"id": "resultatenheter", "title": "Resultatenheter 2019", "status": "blank",
         "text": "Respektive nämnd ska besluta om vilka enheter som är resultatenheter med en beslutsats. Ange nedan vilka "
                 "enheter som är resultatenheter och vilka som eventuellt avslutades under 2018. Fördela "
                 "resultatenheterna per verksamhetsområde.",
         "entries": [], "source_line": 1309},
    ],
}

y2021 = {
    "$schema": "../../schemas/budget.schema.json",
    "title": "Nämndens budget/verksamhetsplan 2021",
    "source": {"document": S2021, "lines": [3358, 3376],
               "note": "Resultatenheter (L3358-L3363): the PDF text keeps only the form's last instruction line, the "
                       "column heading and \"Inga resultatenheter\"; the footer \"2021-01-26  10:37 Resultatenheter\" "
                       "names the sheet. Investeringsbudget (L3369-L3376), footer \"Invent o maskiner\"."},
    "tables": [dict(investment(3371, [("Prognos 2020", "forecast", "2020"), ("VP 2021", "budget", "2021"),
                                      ("Plan 2022", "plan", "2022"), ("Plan 2023", "plan", "2023"),
                                      ("Plan 2024", "plan", "2024"), ("Plan 2025", "plan", "2025")],
                               split("3,0	4,0	4,0	4,0	4,0	4,0"), 3376),
                    title="Investeringsbudget 2021 och kommande år (Prognos (mnkr))")],
    "forms": [
        {"id": "resultatenheter", "title": "Resultatenheter 2021", "status": "stated_none",
         "text": "Fördela resultatenheterna per verksamhetsområde.", "entries": ["Inga resultatenheter"],
         "source_line": 3358},
    ],
}

for year, doc in ((2019, y2019), (2021, y2021)):
    with open(f"content/amn/{year}/budget.json", "w", encoding="utf-8") as f:
        json.dump(doc, f, ensure_ascii=False, indent=2)
        f.write("\n")
