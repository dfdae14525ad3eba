#!/usr/bin/env python3
"""City-scale content for insyn: many boards x plan years x risks, with controls and projects.

Writes a content folder in insyn's own format (site.json, <board>/organisation.json,
<board>/<year>/{plan,vor,kontrollplan,projekt}.json and vor.md). Deterministic for a given seed.

Usage: make_city.py OUTDIR [--boards 40] [--years 10] [--risks 100] [--seed 1]
"""
import argparse, json, os, random, shutil

WORDS = ("risk kontroll uppföljning rutin ansvar avtal leverantör upphandling budget personal kompetens "
         "it informationssäkerhet dataskydd beredskap fastighet underhåll projekt mål indikator rapport").split()
GOALS = [("1.1", "Människor är självförsörjande"), ("1.2", "Staden är trygg och välskött"),
         ("3.1", "Budget i balans"), ("3.2", "Skattemedlen används effektivt")]
FUNDERS = ["ESF", "AMIF", "FINSAM", "Erasmus+"]


def text(rng, lo, hi):
    words = [rng.choice(WORDS) for _ in range(rng.randint(lo, hi))]
    return " ".join(words).capitalize()


def write(path, data):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write(data if isinstance(data, str) else json.dumps(data, ensure_ascii=False, indent=1) + "\n")


def year_files(rng, out, year, risks_per_year):
    write(os.path.join(out, "plan.json"), {"year": year, "title": f"Verksamhetsplan {year}",
                                            "goals": [{"id": g, "text": t, "kind": "kf"} for g, t in GOALS]})
    goals, controls, nr = [], [], 0
    per_goal = max(1, risks_per_year // len(GOALS))
    for g, _ in GOALS:
        processes = []
        for p in range(max(1, per_goal // 5)):
            risks = []
            for _ in range(5):
                if nr >= risks_per_year:
                    break
                nr += 1
                prob, cons = rng.randint(1, 5), rng.randint(1, 5)
                flag = "in_plan" if prob * cons >= 12 else rng.choice(["vor_only", "in_plan"])
                risks.append({"nr": nr, "event": text(rng, 4, 10), "probability": prob, "consequence": cons,
                              "rv": prob * cons, "ikp": flag})
            if not risks:
                continue
            name = f"Process {g}-{p + 1}"
            method = f"Arbetssätt {g}-{p + 1}"
            processes.append({"name": name, "managers": [f"Chef {rng.randint(1, 30)}"],
                              "methods": [{"name": method, "risks": risks}]})
            planned = [r["nr"] for r in risks if r["ikp"] == "in_plan"]
            if planned:
                controls.append({"id": f"K{len(controls) + 1}", "goal": g, "process": name, "method": method,
                                 "control": text(rng, 3, 8), "check_method": "Stickprov",
                                 "owners": [f"Ansvarig {rng.randint(1, 30)}"], "risks": planned})
        goals.append({"goal": g, "processes": processes})
    write(os.path.join(out, "vor.json"), {"title": "Väsentlighets- och riskanalys", "goals": goals})
    write(os.path.join(out, "vor.md"), "{\n  \"title\": \"Väsentlighets- och riskanalys\"\n}\n\n" + text(rng, 30, 60) + ".\n")
    write(os.path.join(out, "kontrollplan.json"), {"title": "Internkontrollplan", "controls": controls})
    groups = []
    for f in FUNDERS:
        projects = []
        for i in range(rng.randint(1, 4)):
            start = year - rng.randint(0, 2)
            projects.append({"id": f"{f.lower().replace('+', 'plus')}-{i + 1}", "nr": i + 1, "name": text(rng, 2, 4),
                             "budget": {"raw": f"{rng.randint(1, 30)} miljoner kr", "amount": rng.randint(1, 30) * 1000000,
                                        "currency": "SEK", "kind": "total"},
                             "period": {"raw": f"{start}–{start + 3}", "start": str(start), "end": str(start + 3)}})
        groups.append({"heading": f"{f}-projekt", "funder": f, "role": "owner", "projects": projects})
    write(os.path.join(out, "projekt.json"), {"title": "Projektbilaga", "groups": groups})


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("outdir")
    ap.add_argument("--boards", type=int, default=40)
    ap.add_argument("--years", type=int, default=10)
    ap.add_argument("--risks", type=int, default=100)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--site-json", default=os.path.join(os.path.dirname(__file__), "..", "content", "site.json"))
    a = ap.parse_args()
    rng = random.Random(a.seed)
    shutil.rmtree(a.outdir, ignore_errors=True)
    os.makedirs(a.outdir)
    shutil.copy(a.site_json, os.path.join(a.outdir, "site.json"))
    for b in range(a.boards):
        board = os.path.join(a.outdir, f"namnd{b + 1:02d}")
        write(os.path.join(board, "organisation.json"), {"name": f"Nämnd {b + 1}"})
        for y in range(a.years):
            year_files(rng, os.path.join(board, str(2016 + y)), 2016 + y, a.risks)
    print(f"wrote {a.boards} boards x {a.years} years x {a.risks} risks to {a.outdir}")


if __name__ == "__main__":
    main()
