// The budget's rules: declared sums (shared with the follow-up's tables), forms that say they are
// empty, and the restated outcome against the follow-up it comes from.
#include "model/rules_budget.h"

#include <cmath>

#include "core/format.h"
#include "model/rules_followup.h"

namespace insyn {

namespace {

void add(PlanYear& year, Diagnostics& diags, Severity severity, const SourceLoc& loc, std::string code,
         std::string message, std::string hint, std::map<std::string, std::string> args) {
  args.emplace("doc", "budget");
  Diagnostic d{severity, loc, std::move(message), std::move(hint), std::move(code), std::move(args)};
  year.findings.push_back(d);
  diags.add(std::move(d));
}

// The sum of `keys` in column `column` of `table`; nullopt when a key or the column is unknown.
std::optional<double> sum_rows(const DataTable& table, const std::string& column,
                               const std::vector<std::string>& keys, int& decimals) {
  int c = table.column(column);
  if (c < 0) return std::nullopt;
  double sum = 0;
  for (const std::string& k : keys) {
    int r = table.row(k);
    if (r < 0 || static_cast<size_t>(c) >= table.rows[r].values.size()) return std::nullopt;
    const Quantity& q = table.rows[r].values[c];
    sum += q.value.value_or(0);
    decimals = std::max(decimals, q.decimals);
  }
  return sum;
}

}  // namespace

void check_budget(PlanYear& year, Diagnostics& diags) {
  if (!year.budget) return;
  const Budget& b = *year.budget;
  check_data_tables(b.tables, "budget", year, diags);
  for (const BudgetForm& f : b.forms) {
    if (f.table.empty()) continue;
    const DataTable* t = b.find_table(f.table);
    if (!t) {
      add(year, diags, Severity::Error, f.loc, "budget-form-table",
          "form \"" + f.id + "\" names table \"" + f.table + "\", which budget.json does not have",
          "use the id of one of the budget's tables", {{"form", f.title}});
      continue;
    }
    if (f.status != "zero") continue;
    for (const TableRow& row : t->rows) {
      for (size_t i = 0; i < row.values.size(); ++i) {
        if (row.values[i].value && *row.values[i].value != 0) {
          add(year, diags, Severity::Error, row.value_locs[i], "budget-form-status",
              "form \"" + f.id + "\" is marked \"zero\" but its row \"" + row.label + "\" holds " +
                  row.values[i].raw,
              "set \"status\": \"filled\" when the form has amounts", {{"form", f.title}});
          return;
        }
      }
    }
  }
}

BudgetAreaSums budget_area_sums(const BudgetFollowUpLink& link, const BudgetArea& area, const Budget& budget,
                                const FollowUp& followup) {
  BudgetAreaSums s;
  const DataTable* own = budget.find_table(link.own_table);
  const DataTable* other = followup.find_table(link.table);
  if (own) s.budget = sum_rows(*own, link.own_column, area.rows, s.decimals);
  if (other) s.followup = sum_rows(*other, link.column, area.followup_rows, s.decimals);
  return s;
}

void check_budget_followup(Organisation& org, Diagnostics& diags) {
  for (PlanYear& year : org.years) {
    if (!year.budget || !year.budget->compare_followup) continue;
    const BudgetFollowUpLink& link = *year.budget->compare_followup;
    const PlanYear* other = nullptr;
    for (const PlanYear& y : org.years) {
      if (y.year == link.year && y.followup) other = &y;
    }
    if (!other) {
      add(year, diags, Severity::Warning, link.loc, "budget-followup-missing",
          "the budget compares with the follow-up of " + std::to_string(link.year) +
              ", which is not transcribed",
          "add that year's verksamhetsberattelse.json, or drop \"compare_followup\"", {});
      continue;
    }
    for (const BudgetArea& area : link.areas) {
      BudgetAreaSums s = budget_area_sums(link, area, *year.budget, *other->followup);
      if (!s.budget || !s.followup) {
        add(year, diags, Severity::Error, area.loc, "budget-followup-key",
            "area \"" + area.label + "\" names a row or column that its table does not have",
            "use the keys of the budget's and the follow-up's tables", {{"area", area.label}});
        continue;
      }
      if (std::fabs(*s.budget - *s.followup) <= 0.5 * std::pow(10.0, -s.decimals) + 1e-9) continue;
      add(year, diags, Severity::Warning, area.loc, "budget-followup-mismatch",
          "area \"" + area.label + "\": the budget restates " + format_decimal(*s.budget, s.decimals) +
              " but the follow-up of " + std::to_string(link.year) + " has " +
              format_decimal(*s.followup, s.decimals),
          "the two documents disagree; keep what each prints",
          {{"area", area.label},
           {"budget", format_decimal(*s.budget, s.decimals)},
           {"followup", format_decimal(*s.followup, s.decimals)},
           {"year", std::to_string(link.year)}});
    }
  }
}

}  // namespace insyn
