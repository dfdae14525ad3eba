#!/usr/bin/python3
"""Checks the comparison page of the walk-through: between FROM and TO exactly risks 1, 2 and 3 moved
(their new scores), one risk is new (the added one), none is gone or changed otherwise.
Usage: check_comparison.py PAGE FROM TO"""
import re
import sys

page, a, b = sys.argv[1], sys.argv[2], sys.argv[3]
html = open(page, encoding="utf-8").read()
m = re.search(rf'<section class="year-pair" aria-labelledby="jamforelse-{a}-{b}">(.*?)</section>', html, re.S)
if not m:
    sys.exit(f"no comparison {a} -> {b} on {page}")
section = m.group(1)
changes = section.split('<details class="unchanged">')[0]
rows = re.findall(r'<tr class="change-([a-z_]+)">(.*?)</tr>', changes, re.S)
kinds = sorted(k for k, _ in rows)
errors = []
if kinds != ["moved", "moved", "moved", "new"]:
    errors.append(f"changes are {kinds}, expected three moved and one new")
moved = sorted(int(n) for k, r in rows if k == "moved" for n in re.findall(rf"Risk (\d+) \({b}\)", r))
if moved != [1, 2, 3]:
    errors.append(f"moved risks of {b} are {moved}, expected [1, 2, 3]")
new = [r for k, r in rows if k == "new"]
if not new or "Leverantören av det nya ärendesystemet hinner inte leverera i tid" not in new[0]:
    errors.append("the new risk is not the one added in the workbook")
reviewed = re.search(r'class="review-summary"[^>]*>(.*?)</', section, re.S)
for e in errors:
    print("FAIL:", e)
print(f"{a} -> {b}: {kinds}")
sys.exit(1 if errors else 0)
