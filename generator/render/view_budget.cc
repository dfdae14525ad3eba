#include "render/view_budget.h"

#include <cmath>
#include <map>

#include "core/format.h"
#include "core/heading_ids.h"
#include "model/rules_budget.h"
#include "render/charts_view.h"
#include "render/view_followup.h"
#include "svg/charts.h"
#include "svg/diverging_bar.h"

namespace insyn {

namespace {

using json = nlohmann::json;

// Net per activity area (costs + income of the same area) in the column the board decides on (the
// adjusted budget), drawn on both sides of zero: income areas such as the state grant are negative.
json net_chart(const DataTable& d, const json& t) {
  int col = d.last_column_of_kind("adjusted_budget");
  if (col < 0) return nullptr;
  svg::DivergingBarSpec spec;
  spec.id = "diagram-netto";
  spec.title = t.value("budget_net_chart", "") + " (" + d.columns[col].label + ")";
  spec.negative_label = t.value("budget_net_negative", "");
  spec.positive_label = t.value("budget_net_positive", "");
  spec.unit = d.unit;
  // Areas are keyed "kostnader-<area>" and "intakter-<area>": the net of an area is the sum of both.
  std::vector<std::pair<std::string, double>> areas;
  std::map<std::string, size_t> at;
  for (const TableRow& r : d.rows) {
    if (r.level != "detail" || r.label.empty() || col >= static_cast<int>(r.values.size()) ||
        !r.values[col].value)
      continue;
    size_t dash = r.key.find('-');
    std::string area = dash == std::string::npos ? r.key : r.key.substr(dash + 1);
    auto [it, inserted] = at.emplace(area, areas.size());
    if (inserted) areas.push_back({r.label, 0});
    areas[it->second].second += *r.values[col].value;
  }
  json rows = json::array();
  std::string desc;
  for (const auto& [label, value] : areas) {
    spec.bars.push_back({label, value});
    rows.push_back({{"label", label}, {"values", json::array({format_decimal(value, 1)})}});
    desc += (desc.empty() ? "" : "; ") + label + " " + format_decimal(value, 1) + " " + d.unit;
  }
  spec.description = t.value("budget_net_chart_desc", "") + " " + desc + ".";
  return {{"svg", svg::diverging_bar_chart(spec)},
          {"id", spec.id},
          {"table",
           {{"caption", spec.title},
            {"series", json::array({d.columns[col].label})},
            {"rows", rows},
            {"unit", d.unit}}}};
}

json investment_chart(const DataTable& d) {
  if (d.rows.empty()) return nullptr;
  svg::BarChartSpec spec;
  spec.id = "diagram-" + d.id;
  spec.title = d.title;
  spec.unit = d.unit;
  spec.decimals = 1;
  spec.series.push_back({d.rows[0].label, "series-1"});
  for (size_t c = 0; c < d.columns.size(); ++c) {
    const Quantity& q = d.rows[0].values[c];
    if (q.value && *q.value >= 0) spec.categories.push_back({d.columns[c].label, {*q.value}, ""});
  }
  spec.description = d.title + ": " + d.rows[0].label + ".";
  return {{"svg", svg::bar_chart(spec)}, {"table", bar_table(spec)}, {"id", spec.id}};
}

json comparison_view(const Organisation& org, const Budget& b, const json& t) {
  const BudgetFollowUpLink& link = *b.compare_followup;
  const FollowUp* f = nullptr;
  for (const PlanYear& y : org.years) {
    if (y.year == link.year && y.followup) f = &*y.followup;
  }
  if (!f) return nullptr;
  json rows = json::array();
  for (const BudgetArea& area : link.areas) {
    BudgetAreaSums s = budget_area_sums(link, area, b, *f);
    bool same = s.budget && s.followup && std::abs(*s.budget - *s.followup) < 0.05;
    rows.push_back({{"label", area.label},
                    {"budget", s.budget ? format_decimal(*s.budget, s.decimals) : ""},
                    {"followup", s.followup ? format_decimal(*s.followup, s.decimals) : ""},
                    {"agree", same ? t.value("budget_agree", "") : t.value("budget_disagree", "")},
                    {"note", area.note.empty() ? t.value("budget_same_area", "") : area.note}});
  }
  return {{"year", std::to_string(link.year)}, {"note", link.note}, {"rows", rows}};
}

// The investment plans of every year side by side per calendar year: each plan's forecast, budget
// and plan figures for the same year are different measures, so each cell says which it is.
json investments_over_time(const Organisation& org) {
  std::map<std::string, std::map<int, std::string>> cells;  // calendar year -> plan year -> "4,0 (Plan 2021)"
  std::vector<int> plan_years;
  for (const PlanYear& y : org.years) {
    if (!y.budget) continue;
    for (const DataTable& d : y.budget->tables) {
      if (d.kind != "investment" || d.rows.empty()) continue;
      plan_years.push_back(y.year);
      for (size_t c = 0; c < d.columns.size() && c < d.rows[0].values.size(); ++c) {
        cells[d.columns[c].period][y.year] = d.rows[0].values[c].raw + " (" + d.columns[c].label + ")";
      }
    }
  }
  if (plan_years.size() < 2) return nullptr;
  json header = json::array();
  for (int py : plan_years) header.push_back(std::to_string(py));
  json rows = json::array();
  for (const auto& [period, by_plan] : cells) {
    json values = json::array();
    for (int py : plan_years) values.push_back(by_plan.count(py) ? by_plan.at(py) : "–");
    rows.push_back({{"period", period}, {"values", values}});
  }
  return {{"plans", header}, {"rows", rows}};
}

}  // namespace

json budget_view(const Organisation& org, const PlanYear& year, const json& t) {
  const Budget& b = *year.budget;
  json tables = json::array();
  json v = {{"title", b.title}};
  for (const DataTable& d : b.tables) {
    json tv = data_table_view(d, t);
    if (d.kind == "operating") tv["chart"] = net_chart(d, t);
    if (d.kind == "investment") tv["chart"] = investment_chart(d);
    if (tv["chart"].is_null()) tv.erase("chart");
    bool form = false;
    for (const BudgetForm& f : b.forms) form = form || f.table == d.id;
    if (!form) tables.push_back(tv);
  }
  json forms = json::array();
  for (const BudgetForm& f : b.forms) {
    json fv = {{"title", f.title},
               {"text", f.text},
               {"status", t.value("budget_form_" + f.status, f.status)},
               {"entries", f.entries},
               {"has_entries", !f.entries.empty()}};
    fv["anchor"] = anchor_id("blankett", f.id);  // where search leads (generator/search/records_followup.cc)
    if (const DataTable* d = b.find_table(f.table)) fv["table"] = data_table_view(*d, t);
    forms.push_back(fv);
  }
  v["tables"] = tables;
  v["forms"] = forms;
  json inv = investments_over_time(org);
  if (!inv.is_null()) v["investments_over_time"] = inv;
  if (b.compare_followup) {
    json c = comparison_view(org, b, t);
    if (!c.is_null()) v["comparison"] = c;
  }
  return v;
}

}  // namespace insyn
