// Open data of the budget: every table (forms included) as CSV (';', UTF-8 with BOM) with the cells as
// printed, and one JSON file with each cell as printed beside the number read from it.
#include <nlohmann/json.hpp>

#include "render/exports.h"

namespace insyn {

std::vector<std::string> budget_export_names(const PlanYear& year) {
  if (!year.budget) return {};
  std::vector<std::string> names{"budget.json"};
  for (const DataTable& t : year.budget->tables) names.push_back("budget-" + t.id + ".csv");
  return names;
}

void add_budget_exports(const PlanYear& year, const std::string& dir, OutputFiles& out) {
  if (!year.budget) return;
  using ojson = nlohmann::ordered_json;
  ojson tables = ojson::array();
  for (const DataTable& t : year.budget->tables) {
    std::vector<std::string> header{"rad", "nivå"};
    for (const TableColumn& c : t.columns) header.push_back(c.label);
    std::string bytes = "\xEF\xBB\xBF" + csv_line(header);
    ojson rows = ojson::array();
    for (const TableRow& r : t.rows) {
      std::vector<std::string> line{r.label, r.level};
      ojson values = ojson::array();
      for (const Quantity& q : r.values) {
        line.push_back(q.raw);
        ojson value{{"raw", q.raw}, {"value", q.value ? ojson(*q.value) : ojson(nullptr)}};
        if (!q.unit.empty()) value["unit"] = q.unit;
        values.push_back(value);
      }
      bytes += csv_line(line);
      rows.push_back({{"key", r.key}, {"label", r.label}, {"level", r.level}, {"values", values}});
    }
    out.push_back({dir + "budget-" + t.id + ".csv", bytes});
    ojson cols = ojson::array();
    for (const TableColumn& c : t.columns)
      cols.push_back({{"key", c.key}, {"label", c.label}, {"kind", c.kind}, {"period", c.period}});
    tables.push_back({{"id", t.id},
                      {"title", t.title},
                      {"kind", t.kind},
                      {"unit", t.unit},
                      {"columns", cols},
                      {"rows", rows},
                      {"source_lines", {t.first_line, t.last_line}}});
  }
  ojson forms = ojson::array();
  for (const BudgetForm& f : year.budget->forms) {
    forms.push_back({{"id", f.id},
                     {"title", f.title},
                     {"status", f.status},
                     {"text", f.text},
                     {"table", f.table},
                     {"entries", f.entries}});
  }
  ojson doc{{"year", year.year}, {"title", year.budget->title}, {"tables", tables}, {"forms", forms}};
  out.push_back({dir + "budget.json", doc.dump(2) + "\n"});
}

}  // namespace insyn
