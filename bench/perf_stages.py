#!/usr/bin/env python3
# Where the CPU of a build goes, by job (which page) and stage (what work), from a perf profile.
# Usage: perf record --call-graph dwarf,16384 -F 250 -o perf.data build-prof/insyn build ...
#        perf script -i perf.data --no-inline -F comm,tid,ip,sym | c++filt | python3 bench/perf_stages.py
# Needs a -fno-omit-frame-pointer RelWithDebInfo build (see "Where the time goes"). Each sample is
# counted once: under the first job and the first stage whose pattern matches a frame of its stack.
import sys, re, collections
jobs = [
 ("write", r"SiteWriter|run_build.*lambda.*OutputFile|FileEmitter"),
 ("register A-Ö", r"render_register"),  # before "search": its job is queued by queue_search
 ("search", r"insyn::search::|queue_search"),
 ("exports", r"year_exports"),
 ("print", r"render_print"),
 ("doc page", r"render_document"),
 ("risk lists", r"render_risk_list"),
 ("dashboard", r"render_dashboard"),
 ("comparison", r"render_comparison"),
 ("other pages", r"insyn::Renderer::"),
 ("load/check", r"insyn::load|load_site|load_plan|insyn::check|run_pipeline"),
]
stages = [
 ("xlsx", r"write_xlsx"),
 ("svg", r"insyn::svg::|risk_matrix_table|bar_table"),
 ("to_data", r"\bto_data\b"),
 ("mustache", r"basic_mustache|Templates::render"),
 ("matching", r"compare_years"),
 ("html post", r"frame_tables|add_contents|link_terms|add_heading_ids"),
 ("view json", r"."),
]
jobs = [(n, re.compile(p)) for n, p in jobs]; stages = [(n, re.compile(p)) for n, p in stages]
c = collections.Counter(); total = 0; sample = []
def flush():
    global total
    if not sample: return
    total += 1
    text = "\n".join(sample[1:])
    j = next((n for n, rx in jobs if rx.search(text)), "other")
    s = next((n for n, rx in stages if rx.search(text)), "-")
    c[(j, s)] += 1
for line in sys.stdin:
    if line.strip() == "": flush(); sample = []
    elif line[0] in "\t ": sample.append(line.strip())
    else: sample = [line.strip()]
flush()
J = [n for n, _ in jobs] + ["other"]; S = [n for n, _ in stages]
print(f"{'':14s}" + "".join(f"{s:>10s}" for s in S) + f"{'total':>10s}")
for j in J:
    row = [100.0 * c[(j, s)] / total for s in S]
    print(f"{j:14s}" + "".join(f"{v:10.1f}" for v in row) + f"{sum(row):10.1f}")
col = [100.0 * sum(c[(j, s)] for j in J) / total for s in S]
print(f"{'total':14s}" + "".join(f"{v:10.1f}" for v in col) + f"{sum(col):10.1f}")
print("samples", total)
