// The follow-up page (verksamhetsberättelse): assessments at a glance, the goal tree with indicators
// and activities under each goal, every indicator with an anchor, the printed tables with charts and
// data-table twins, and the finance result drawn on both sides of zero.
#include "render/view_followup.h"

#include <map>

#include "core/format.h"
#include "render/charts_view.h"
#include "render/view_board_year.h"
#include "render/view_plan_links.h"
#include "svg/charts.h"
#include "svg/diverging_bar.h"

namespace insyn {

namespace {

using json = nlohmann::json;

// A goal's anchor: "3.4.1" becomes "mal-3-4-1" (ids keep to letters, digits and dashes).
std::string goal_anchor(const std::string& id) {
  std::string a = "mal-" + id;
  for (char& c : a) {
    if (c == '.') c = '-';
  }
  return a;
}

std::string str(const json& t, const std::string& key) {
  return t.value(key, key);
}

// An assessment in words with a symbol beside it (never colour alone): ✔ met, ◐ partly, ✘ not met.
json assessment_view(const FollowUpGoal& g, const json& t) {
  std::string key = g.assessment == Assessment::Met         ? "met"
                    : g.assessment == Assessment::PartlyMet ? "partly"
                    : g.assessment == Assessment::NotMet    ? "not-met"
                                                            : "";
  if (key.empty()) return nullptr;
  const char* symbol = g.assessment == Assessment::Met         ? "✔"
                       : g.assessment == Assessment::PartlyMet ? "◐"
                                                               : "✘";
  json v{{"key", key}, {"label", assessment_label(g.assessment)}, {"symbol", symbol}};
  if (g.assessment_raw != assessment_label(g.assessment)) v["raw"] = g.assessment_raw;
  v["raw_note"] = str(t, "vb_as_printed");
  return v;
}

std::string result_key(TargetResult r) {
  switch (r) {
    case TargetResult::Met:
      return "met";
    case TargetResult::Missed:
      return "missed";
    case TargetResult::NoTarget:
      return "no-target";
    case TargetResult::NoOutcome:
      return "no-outcome";
  }
  return "";
}

const char* result_symbol(TargetResult r) {
  switch (r) {
    case TargetResult::Met:
      return "✔";
    case TargetResult::Missed:
      return "✘";
    default:
      return "–";
  }
}

json indicator_view(const Indicator& i, const json& t) {
  TargetResult r = target_result(i);
  json v{{"id", i.id},
         {"anchor", "indikator-" + i.id},
         {"name", i.name},
         {"goal", i.goal},
         {"gender", i.gender_mainstreamed},
         {"outcome", i.outcome.raw},
         {"men", i.men.raw},
         {"women", i.women.raw},
         {"previous", i.previous.raw},
         {"target", i.target.raw},
         {"kf_target", i.kf_target.raw},
         {"period", i.period},
         {"analysis", i.analysis},
         {"result", result_key(r)},
         {"result_label", str(t, "vb_result_" + result_key(r))},
         {"result_symbol", result_symbol(r)},
         {"direction_label", str(t, "vb_direction_" + i.direction)}};
  // A band states its width beside the target: "± 2 procentenheter", "98–102".
  const Quantity& target = i.target.value ? i.target : i.kf_target;
  std::string unit = target.unit == "%"    ? " " + str(t, "vb_points")
                     : target.unit.empty() ? ""
                                           : " " + target.unit;
  if (i.band_tolerance) v["band"] = "± " + format_decimal(*i.band_tolerance, 0) + unit;
  if (i.band_min && i.band_max)
    v["band"] = format_decimal(*i.band_min, 0) + "–" + format_decimal(*i.band_max, 0);
  // The change since last year, in words, when both points are numbers of the same unit.
  if (i.outcome.value && i.previous.value && i.outcome.unit == i.previous.unit) {
    double d = *i.outcome.value - *i.previous.value;
    int decimals = std::max(i.outcome.decimals, i.previous.decimals);
    // A change of a percentage is in percentage points.
    std::string unit = i.outcome.unit == "%" ? str(t, "vb_points") : i.outcome.unit;
    v["change"] = (d > 0 ? "+" : "") + format_decimal(d, decimals) + (unit.empty() ? "" : " " + unit);
  }
  return v;
}

json activity_view(const FollowUpActivity& a, const json& t) {
  std::string key = a.status == "done" ? "done" : a.status == "not_done" ? "not-done" : "blank";
  return {{"id", a.id},
          {"anchor", "aktivitet-" + a.id},
          {"text", a.text},
          {"start", a.start},
          {"end", a.end},
          {"status", key},
          {"status_label", str(t, "vb_status_" + key)},
          {"status_symbol", a.status_raw.empty() ? "–" : a.status_raw},
          {"deviation", a.deviates()},
          {"deviation_raw", a.deviation_raw},
          {"analysis", a.analysis}};
}

json goal_view(const FollowUp& f, const FollowUpGoal& g, const PlanYear& year, const json& t) {
  json v{{"id", g.id},
         {"anchor", goal_anchor(g.id)},
         {"text", g.text},
         {"level", g.level},
         {"level_label", str(t, "vb_level_" + g.level)},
         {"assessment", assessment_view(g, t)},
         {"description", g.description_html},
         {"expected_result", g.expected_result_html},
         {"analysis", g.analysis_html}};
  if (year.find_goal(g.id)) v["in_plan"] = true;  // the plan of the same year names this goal
  v["plan_links"] = application_links(year, g.id, "", t);
  json inds = json::array(), acts = json::array(), tables = json::array();
  for (const Indicator& i : f.indicators) {
    if (i.goal == g.id) inds.push_back(indicator_view(i, t));
  }
  for (const FollowUpActivity& a : f.activities) {
    if (a.goal != g.id) continue;
    json av = activity_view(a, t);
    av["plan_links"] = application_links(year, "", a.id, t);
    acts.push_back(av);
  }
  for (const DataTable& d : f.tables) {
    if (d.goal == g.id) tables.push_back({{"anchor", "tabell-" + d.id}, {"title", d.title}});
  }
  v["indicators"] = inds;
  v["has_indicators"] = !inds.empty();
  v["activities"] = acts;
  v["has_activities"] = !acts.empty();
  v["tables"] = tables;
  v["has_tables"] = !tables.empty();
  return v;
}

json chart_view(const svg::BarChartSpec& spec) {
  return {{"svg", svg::bar_chart(spec)}, {"table", bar_table(spec)}, {"id", spec.id}};
}

// A statistics table as a bar chart of its detail rows: women and men stacked where the table splits
// by sex, otherwise its count columns side by side (the first two periods at most, to stay readable).
std::optional<svg::BarChartSpec> table_chart(const DataTable& d, const json& t) {
  std::vector<int> cols;
  for (size_t c = 0; c < d.columns.size(); ++c) {
    if (!d.columns[c].sex.empty()) cols.push_back(static_cast<int>(c));
  }
  bool stacked = cols.size() == 2;
  if (!stacked) {
    cols.clear();
    for (size_t c = 0; c < d.columns.size() && cols.size() < 2; ++c) {
      if (d.columns[c].kind == "count") cols.push_back(static_cast<int>(c));
    }
  }
  if (cols.empty()) return std::nullopt;
  svg::BarChartSpec spec;
  spec.id = "diagram-" + d.id;
  spec.title = d.title;
  spec.stacked = stacked;
  spec.unit = d.unit == "st" ? "st" : d.unit;
  int n = 0;
  for (int c : cols) spec.series.push_back({d.columns[c].label, "series-" + std::to_string(++n)});
  for (const TableRow& r : d.rows) {
    if (r.level != "detail") continue;
    svg::BarCategory cat{r.label, {}, ""};
    bool any = false;
    for (int c : cols) {
      double v = c < static_cast<int>(r.values.size()) ? r.values[c].value.value_or(0) : 0;
      if (v < 0) return std::nullopt;  // bar charts draw counts; signed tables have their own chart
      any = any || r.values[c].value.has_value();
      cat.values.push_back(v);
    }
    if (any) spec.categories.push_back(cat);
  }
  if (spec.categories.empty()) return std::nullopt;
  spec.description = str(t, "vb_chart_desc") + " " + d.title + ".";
  return spec;
}

json table_view(const DataTable& d, const json& t) {
  json cols = json::array();
  for (const TableColumn& c : d.columns) cols.push_back(c.label);
  json rows = json::array();
  for (const TableRow& r : d.rows) {
    json values = json::array();
    for (const Quantity& q : r.values) values.push_back(q.raw);
    rows.push_back({{"label", r.label},
                    {"level", r.level},
                    {"total", r.level == "total"},
                    {"heading", r.level == "heading"},
                    {"values", values}});
  }
  // The unit goes into the caption unless the title already names it ("belopp i mnkr").
  std::string unit = d.title.find(d.unit) == std::string::npos ? d.unit : "";
  json v{{"id", d.id},
         {"anchor", "tabell-" + d.id},
         {"title", d.title},
         {"unit", unit},
         {"columns", cols},
         {"rows", rows},
         {"footnotes", d.footnotes},
         {"has_footnotes", !d.footnotes.empty()},
         {"note", d.note}};
  if (d.kind != "finance") {
    if (auto spec = table_chart(d, t)) v["chart"] = chart_view(*spec);
  }
  return v;
}

// The result per activity area drawn on both sides of zero (surplus right, deficit left).
json result_chart(const DataTable& d, const json& t) {
  int col = d.last_column_of_kind("result");
  if (col < 0) return nullptr;
  svg::DivergingBarSpec spec;
  spec.id = "diagram-resultat";
  spec.title = str(t, "vb_result_chart_title");
  spec.negative_label = str(t, "vb_deficit");
  spec.positive_label = str(t, "vb_surplus");
  spec.unit = d.unit;
  json rows = json::array();
  std::string desc;
  for (const TableRow& r : d.rows) {
    if (r.level != "detail" || !r.values[col].value) continue;
    spec.bars.push_back({r.label, *r.values[col].value});
    rows.push_back({{"label", r.label}, {"values", json::array({r.values[col].raw})}});
    desc += (desc.empty() ? "" : "; ") + r.label + " " + r.values[col].raw + " " + d.unit;
  }
  spec.description = str(t, "vb_result_chart_desc") + " " + desc + ".";
  return {{"svg", svg::diverging_bar_chart(spec)},
          {"id", spec.id},
          {"table",
           {{"caption", spec.title},
            {"series", json::array({d.columns[col].label})},
            {"rows", rows},
            {"unit", d.unit}}}};
}

}  // namespace

json followup_summary(const PlanYear& year, const json& t) {
  const FollowUp& f = *year.followup;
  std::map<Assessment, int> per;
  for (const FollowUpGoal& g : f.goals) {
    if (g.assessment != Assessment::None) ++per[g.assessment];
  }
  json assessments = json::array();
  for (Assessment a : {Assessment::Met, Assessment::PartlyMet, Assessment::NotMet}) {
    FollowUpGoal probe;
    probe.assessment = a;
    probe.assessment_raw = assessment_label(a);
    json v = assessment_view(probe, t);
    v["count"] = format_integer(per[a]);
    assessments.push_back(v);
  }
  std::map<TargetResult, int> results;
  for (const Indicator& i : f.indicators) ++results[target_result(i)];
  json indicators = json::array();
  for (TargetResult r :
       {TargetResult::Met, TargetResult::Missed, TargetResult::NoTarget, TargetResult::NoOutcome}) {
    indicators.push_back({{"key", result_key(r)},
                          {"label", str(t, "vb_result_" + result_key(r))},
                          {"symbol", result_symbol(r)},
                          {"count", format_integer(results[r])}});
  }
  std::map<std::string, int> status;
  int deviations = 0;
  for (const FollowUpActivity& a : f.activities) {
    ++status[a.status == "done" ? "done" : a.status == "not_done" ? "not-done" : "blank"];
    deviations += a.deviates();
  }
  json activities = json::array();
  for (const char* k : {"done", "not-done", "blank"}) {
    activities.push_back(
        {{"key", k}, {"label", str(t, std::string("vb_status_") + k)}, {"count", format_integer(status[k])}});
  }
  activities.push_back(
      {{"key", "deviation"}, {"label", str(t, "vb_deviations")}, {"count", format_integer(deviations)}});
  // Plan next to outcome: each goal of the year's plan with its assessment in the report.
  json plan_goals = json::array();
  for (const Goal& pg : year.goals) {
    const FollowUpGoal* g = f.find_goal(pg.id);
    if (!g) continue;
    plan_goals.push_back({{"id", pg.id},
                          {"text", pg.text},
                          {"assessment", assessment_view(*g, t)},
                          {"href", "verksamhetsberattelse/index.html#" + goal_anchor(pg.id)}});
  }
  return {{"has_board_year", f.board_year.has_value()},
          {"plan_goals", plan_goals},
          {"has_plan_goals", !plan_goals.empty()},
          {"assessments", assessments},
          {"indicators", indicators},
          {"activities", activities},
          {"indicator_count", format_integer(static_cast<long long>(f.indicators.size()))},
          {"activity_count", format_integer(static_cast<long long>(f.activities.size()))},
          {"title", f.title}};
}

json data_table_view(const DataTable& table, const json& t) {
  return table_view(table, t);
}

json followup_view(const PlanYear& year, const json& t) {
  const FollowUp& f = *year.followup;
  json v = followup_summary(year, t);
  // The goal tree: inriktningsmål → KF's goals → the board's goals, in source order.
  json tree = json::array();
  for (const FollowUpGoal& top : f.goals) {
    if (top.level != "inriktningsmal") continue;
    json tv = goal_view(f, top, year, t);
    json kfs = json::array();
    for (const FollowUpGoal& kf : f.goals) {
      if (kf.parent != top.id) continue;
      json kv = goal_view(f, kf, year, t);
      json boards = json::array();
      for (const FollowUpGoal& b : f.goals) {
        if (b.parent == kf.id) boards.push_back(goal_view(f, b, year, t));
      }
      kv["children"] = boards;
      kfs.push_back(kv);
    }
    tv["children"] = kfs;
    tree.push_back(tv);
  }
  v["goals"] = tree;
  json indicators = json::array();
  for (const Indicator& i : f.indicators) indicators.push_back(indicator_view(i, t));
  v["all_indicators"] = indicators;
  // Year over year: every percentage indicator with both points, last year's beside this year's.
  svg::BarChartSpec yoy;
  yoy.id = "diagram-indikatorer-ar";
  yoy.title = str(t, "vb_yoy_title");
  yoy.unit = "%";
  yoy.decimals = 1;
  yoy.series = {{std::to_string(year.year - 1), "series-2"}, {std::to_string(year.year), "series-1"}};
  for (const Indicator& i : f.indicators) {
    if (i.outcome.unit != "%" || i.previous.unit != "%" || !i.outcome.value || !i.previous.value) continue;
    yoy.categories.push_back({i.name, {*i.previous.value, *i.outcome.value}, "#indikator-" + i.id});
  }
  yoy.description = str(t, "vb_yoy_desc");
  if (!yoy.categories.empty()) v["yoy_chart"] = chart_view(yoy);
  json stats = json::array(), finance = json::array();
  for (const DataTable& d : f.tables) (d.kind == "finance" ? finance : stats).push_back(table_view(d, t));
  v["statistics"] = stats;
  v["finance"] = finance;
  if (const DataTable* budget = f.find_table("driftbudget")) v["result_chart"] = result_chart(*budget, t);
  if (f.internal_control && f.internal_control->status == "missing") {
    v["ic_missing"] = f.internal_control->note.empty() ? str(t, "vb_ic_missing") : f.internal_control->note;
  }
  v["direction_rule"] = f.direction_rule;
  if (f.board_year) v["board_year"] = board_year_view(*f.board_year, t);
  return v;
}

}  // namespace insyn
