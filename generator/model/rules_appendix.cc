#include "model/rules_appendix.h"

#include <map>

namespace insyn {

namespace {

void warn(PlanYear& year, Diagnostics& diags, const SourceLoc& loc, const std::string& code,
          const std::string& message, const std::string& hint, std::map<std::string, std::string> args) {
  Diagnostic d{Severity::Warning, loc, message, hint, code, std::move(args)};
  year.findings.push_back(d);
  diags.add(std::move(d));
}

}  // namespace

void check_appendices(PlanYear& year, Diagnostics& diags) {
  for (const auto& [key, a] : year.appendices) {
    for (const AppendixSection& s : a.sections) {
      for (const AppendixTable& t : s.tables) {
        std::map<std::string, std::string> base{
            {"doc", key}, {"anchor", "tabell-" + t.id}, {"table", t.caption}};
        if (t.stated_count && *t.stated_count != static_cast<int>(t.rows.size())) {
          auto args = base;
          args["stated"] = std::to_string(*t.stated_count);
          args["rows"] = std::to_string(t.rows.size());
          warn(year, diags, t.stated_count_loc, "appendix-count",
               "table \"" + t.caption + "\" is said to hold " + args["stated"] + " rows but has " +
                   args["rows"],
               "the source disagrees with itself; keep both as printed", args);
        }
        for (size_t i = 0; i < t.rows.size(); ++i) {
          const AppendixRow& row = t.rows[i];
          for (const AppendixColumn& c : t.columns) {
            auto cell = row.cells.find(c.key);
            if (cell != row.cells.end() && !cell->second.empty()) continue;
            auto with = c.required_with.empty() ? row.cells.end() : row.cells.find(c.required_with);
            bool needed = c.required || (with != row.cells.end() && !with->second.empty());
            if (!needed) continue;
            auto args = base;
            args["row"] = std::to_string(i + 1);
            args["column"] = c.label;
            warn(year, diags, row.loc, "appendix-empty-cell",
                 "row " + args["row"] + " of \"" + t.caption + "\" leaves \"" + c.label + "\" empty",
                 "the source leaves it empty; the page says so (write \"\" rather than leaving the cell out)",
                 args);
          }
          for (const std::string& k : row.truncated) {
            auto args = base;
            args["row"] = std::to_string(i + 1);
            for (const AppendixColumn& c : t.columns) {
              if (c.key == k) args["column"] = c.label;
            }
            warn(year, diags, row.loc, "appendix-truncated",
                 "row " + args["row"] + " of \"" + t.caption + "\": the source cuts \"" + args["column"] +
                     "\" off mid-sentence",
                 "keep the text as printed; the page marks it as cut off", args);
          }
        }
      }
    }
  }
}

}  // namespace insyn
