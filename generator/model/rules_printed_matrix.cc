#include "model/rules_printed_matrix.h"

#include <map>
#include <set>

namespace insyn {

namespace {

using Args = std::map<std::string, std::string>;

std::string str(int n) {
  return std::to_string(n);
}

void warn(PlanYear& year, Diagnostics& diags, const SourceLoc& loc, const std::string& code,
          const std::string& message, const std::string& hint, Args args) {
  args.emplace("doc", "vor");
  args.emplace("anchor", "tryckt-matris");
  Diagnostic d{Severity::Warning, loc, message, hint, code, std::move(args)};
  year.findings.push_back(d);
  diags.add(std::move(d));
}

std::string cell_name(int p, int k) {
  return str(p) + " × " + str(k);
}

// How many risks of `cells` (probability, consequence pairs) fall in the band [min, max] of RV.
int count_in_band(const std::vector<std::pair<int, int>>& cells, const Band& band) {
  int n = 0;
  for (auto [p, k] : cells) n += p * k >= band.min && p * k <= band.max;
  return n;
}

}  // namespace

void check_printed_matrix(PlanYear& year, const RiskModel& model, Diagnostics& diags) {
  if (!year.printed_matrix || !year.vor) return;
  const PrintedMatrix& m = *year.printed_matrix;
  std::map<int, const Risk*> by_nr;
  for (const Risk& r : year.vor->risks) by_nr.emplace(r.nr, &r);
  const std::string hint =
      "the source disagrees with itself; keep both as printed (riskmatris.json, vor.json)";

  if (m.numbering_offset != 0) {
    warn(year, diags, m.numbering_loc, "printed-matrix-numbering",
         "the printed matrix numbers risks from " + str(m.numbering_from) + " on " +
             str(m.numbering_offset < 0 ? -m.numbering_offset : m.numbering_offset) +
             (m.numbering_offset < 0 ? " above" : " below") + " the register's numbers",
         "read as recorded in \"numbering\"; the rules below compare the matrix under that reading",
         {{"from", str(m.numbering_from)},
          {"offset", str(m.numbering_offset < 0 ? -m.numbering_offset : m.numbering_offset)}});
  }
  std::map<int, int> printed_register;  // register number -> the printed number read as it
  // Renumbered numbers claim their register row first: the numbering says printed 52 is register 51,
  // so a printed 51 as well is the one left without a row (and is reported as such).
  for (const PrintedCell& c : m.cells) {
    for (int printed : c.risks) {
      if (m.register_nr(printed) != printed) printed_register.emplace(m.register_nr(printed), printed);
    }
  }
  std::set<int> seen;
  std::vector<std::pair<int, int>> printed_cells;
  int printed_count = 0;
  for (const PrintedCell& c : m.cells) {
    for (size_t i = 0; i < c.risks.size(); ++i) {
      int printed = c.risks[i];
      const SourceLoc& at = c.risk_locs[i];
      ++printed_count;
      printed_cells.push_back({c.probability, c.consequence});
      Args args{{"printed", str(printed)}, {"p", str(c.probability)}, {"k", str(c.consequence)}};
      if (!seen.insert(printed).second) {
        warn(year, diags, at, "printed-matrix-duplicate",
             "risk " + str(printed) + " is printed twice in the matrix", hint, args);
        continue;
      }
      int nr = m.register_nr(printed);
      args["nr"] = str(nr);
      auto it = by_nr.find(nr);
      auto claimed = printed_register.emplace(nr, printed).first;
      if (it == by_nr.end() || claimed->second != printed) {
        std::string why =
            it == by_nr.end() ? "" : ": register risk " + str(nr) + " is printed as " + str(claimed->second);
        warn(year, diags, at, "printed-matrix-no-row",
             "printed risk " + str(printed) + " (probability × consequence " +
                 cell_name(c.probability, c.consequence) + ") has no row in the register" + why,
             hint, args);
        continue;
      }
      const Risk& r = *it->second;
      if (r.probability != c.probability || r.consequence != c.consequence) {
        args["rp"] = str(r.probability);
        args["rk"] = str(r.consequence);
        warn(year, diags, at, "printed-matrix-cell",
             "printed risk " + str(printed) + " stands in cell " + cell_name(c.probability, c.consequence) +
                 " but register risk " + str(nr) + " is scored " + cell_name(r.probability, r.consequence),
             hint, args);
      }
    }
  }
  for (const Risk& r : year.vor->risks) {
    if (printed_register.count(r.nr)) continue;
    warn(year, diags, m.loc, "printed-matrix-missing",
         "register risk " + str(r.nr) + " (" + cell_name(r.probability, r.consequence) +
             ") is not in the printed matrix",
         hint, {{"nr", str(r.nr)}, {"p", str(r.probability)}, {"k", str(r.consequence)}});
  }
  int register_count = static_cast<int>(year.vor->risks.size());
  if (m.stated_total && (m.stated_total->value != printed_count || m.stated_total->value != register_count)) {
    warn(year, diags, m.stated_total->loc, "printed-matrix-total",
         "the matrix states a total of " + str(m.stated_total->value) + "; it prints " + str(printed_count) +
             " numbers and the register has " + str(register_count) + " risks",
         hint,
         {{"stated", str(m.stated_total->value)},
          {"printed", str(printed_count)},
          {"register", str(register_count)}});
  }
  std::vector<std::pair<int, int>> register_cells;
  for (const Risk& r : year.vor->risks) register_cells.push_back({r.probability, r.consequence});
  for (const PrintedCount& z : m.zone_totals) {
    const Band* band = nullptr;
    for (const Band& b : model.bands) {
      if (b.id == z.band) band = &b;
    }
    if (!band) {
      diags.error(
          z.loc, "unknown-band",
          "zone total \"" + z.label + "\" names band \"" + z.band + "\", which the risk model does not have",
          "use a band id from site.json's risk_model.bands");
      continue;
    }
    int in_printed = count_in_band(printed_cells, *band), in_register = count_in_band(register_cells, *band);
    if (z.value == in_printed && z.value == in_register) continue;
    warn(year, diags, z.loc, "printed-matrix-zone",
         "zone total " + z.label + " is printed as " + z.raw + "; band " + band->label + " (RV " +
             str(band->min) + "–" + str(band->max) + ") holds " + str(in_printed) +
             " risks of the printed matrix and " + str(in_register) + " of the register",
         hint,
         {{"label", z.label},
          {"stated", z.raw},
          {"band", band->label},
          {"printed", str(in_printed)},
          {"register", str(in_register)},
          {"min", str(band->min)},
          {"max", str(band->max)}});
  }
}

}  // namespace insyn
