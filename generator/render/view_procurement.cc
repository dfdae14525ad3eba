#include "render/view_procurement.h"

#include <cmath>

#include "core/format.h"
#include "model/rules_procurement.h"
#include "render/charts_view.h"

namespace insyn {

namespace {

std::string mnkr(double v, const nlohmann::json& t) {
  // Whole millions print without decimals; 0,7 and 2,5 keep theirs.
  return format_number(v / 1e6, 1) + "\xC2\xA0" + t.value("mnkr", "mnkr");
}

std::string mnkr_text(const ContractValue& v, const nlohmann::json& t) {
  if (!v.known())
    return v.kind == "unknown" ? t.value("value_unknown", "okänt")
                               : t.value("value_not_stated", "ej angivet");
  std::string text = *v.low == *v.high ? mnkr(*v.low, t)
                                       : format_number(*v.low / 1e6, 1) + "\xE2\x80\x93" + mnkr(*v.high, t);
  return (v.approximate ? t.value("approximately", "ca") + " " : std::string()) + text;
}

std::string date_text(const Procurement& p, const nlohmann::json& t) {
  if (p.ongoing) return t.value("procurement_ongoing", "Pågår");
  return p.start_raw;
}

nlohmann::json row_view(const Procurement& p, int n, const nlohmann::json& t) {
  nlohmann::json v = {{"no_need", p.kind == "no_need"},
                      {"unit", p.unit},
                      {"description", p.description},
                      {"start", date_text(p, t)},
                      {"period", p.period.raw},
                      {"options", p.period.options},
                      {"value_raw", p.value.raw},
                      {"value", procurement_value_text(p.value, t)},
                      {"value_known", p.value.known()},
                      {"uncertain", p.value.uncertain},
                      {"contract_type", p.contract_type_raw},
                      {"note", p.note},
                      {"source_line", p.source_line ? std::to_string(p.source_line) : ""}};
  if (p.kind == "procurement") {
    v["anchor"] = "upphandling-" + std::to_string(n);
    v["nr"] = std::to_string(n);
  }
  return v;
}

}  // namespace

std::string procurement_value_text(const ContractValue& v, const nlohmann::json& t) {
  if (v.kind == "unknown") return t.value("value_unknown", "okänt");
  if (!v.known()) return t.value("value_not_stated", "ej angivet");
  return (v.approximate ? t.value("approximately", "ca") + " " : std::string()) + contract_value_text(v);
}

svg::RangeChartSpec procurement_chart_spec(
    const std::vector<std::pair<std::string, const Procurement*>>& rows, const nlohmann::json& t,
    const std::string& id, const std::string& title) {
  svg::RangeChartSpec spec;
  spec.id = id;
  spec.title = title;
  spec.description = t.value("procurement_chart_desc", "");
  spec.tick_labels = {"0,1",
                      "1",
                      "10",
                      "100",
                      "1\xC2\xA0"
                      "000",
                      "10\xC2\xA0"
                      "000"};
  spec.axis_label = t.value("procurement_axis", "mnkr");
  spec.legend_value = t.value("legend_amount", "Belopp");
  spec.legend_range = t.value("legend_range", "Intervall");
  spec.legend_unknown = t.value("legend_unknown", "Okänt värde: ingen markering");
  for (const auto& [label, p] : rows) {
    svg::RangeRow r;
    r.label = label;
    if (!p) {
      r.heading = true;
      spec.rows.push_back(r);
      continue;
    }
    r.low = p->value.low;
    r.high = p->value.high;
    r.uncertain = p->value.uncertain;
    r.value_text = mnkr_text(p->value, t);
    if (!p->value.known()) r.value_text = t.value("no_mark", "inget värde: ") + r.value_text;
    spec.rows.push_back(r);
  }
  return spec;
}

nlohmann::json range_table(const svg::RangeChartSpec& spec, const nlohmann::json& t) {
  nlohmann::json rows = nlohmann::json::array();
  for (const svg::RangeRow& r : spec.rows) {
    if (r.heading) {
      rows.push_back({{"label", r.label}, {"values", nlohmann::json::array({"", ""})}});
      continue;
    }
    std::string low = r.low ? mnkr(*r.low, t) : "", high = r.high ? mnkr(*r.high, t) : "";
    rows.push_back(
        {{"label", r.label},
         {"values", nlohmann::json::array(
                        {r.low && *r.low == *r.high ? low : low + (r.low ? "\xE2\x80\x93" : "") + high,
                         r.value_text + (r.uncertain ? " (?)" : "")})}});
  }
  return {{"caption", spec.title},
          {"series", nlohmann::json::array(
                         {t.value("value_read", "Tolkat värde"), t.value("value_shown", "I diagrammet")})},
          {"rows", std::move(rows)},
          {"unit", ""}};
}

nlohmann::json procurement_view(const PlanYear& year, const nlohmann::json& t) {
  const ProcurementPlan& plan = *year.procurement;
  nlohmann::json departments = nlohmann::json::array();
  std::vector<std::pair<std::string, const Procurement*>> chart_rows;
  int n = 0;
  double low = 0, high = 0;
  int unknown = 0;
  for (const ProcurementDepartment& d : plan.departments) {
    nlohmann::json sections = nlohmann::json::array();
    chart_rows.push_back({d.name, nullptr});
    for (const ProcurementSection& s : d.sections) {
      nlohmann::json rows = nlohmann::json::array();
      for (const Procurement& p : s.rows) {
        bool proc = p.kind == "procurement";
        rows.push_back(row_view(p, proc ? ++n : 0, t));
        if (!proc) continue;
        chart_rows.push_back(
            {std::to_string(n) + ". " + p.description + (p.unit.empty() ? "" : " (" + p.unit + ")"), &p});
        if (p.value.known()) {
          low += *p.value.low;
          high += *p.value.high;
        } else {
          ++unknown;
        }
      }
      sections.push_back({{"label", s.label}, {"rows", std::move(rows)}, {"empty", s.rows.empty()}});
    }
    departments.push_back({{"name", d.name}, {"reported_by", d.reported_by}, {"sections", std::move(sections)}});
  }
  std::string total =
      low == high ? mnkr(low, t) : format_number(low / 1e6, 1) + "\xE2\x80\x93" + mnkr(high, t);
  svg::RangeChartSpec chart =
      procurement_chart_spec(chart_rows, t, "upphandling-diagram",
                             t.value("procurement_chart", "") + " " + std::to_string(year.year));
  return {{"title", plan.title},
          {"instructions", plan.instructions},
          {"contacts", plan.contacts},
          {"threshold", plan.threshold_raw},
          {"reading_note", plan.reading_note},
          {"count", std::to_string(n)},
          {"no_need_count", std::to_string(plan.no_need_count())},
          {"has_no_need", plan.no_need_count() > 0},
          {"total", total},
          {"unknown_count", std::to_string(unknown)},
          {"has_unknown", unknown > 0},
          {"departments", std::move(departments)},
          {"chart", {{"svg", svg::range_chart(chart)}, {"table", range_table(chart, t)}, {"id", chart.id}}}};
}

bool has_procurement(const Organisation& org) {
  for (const PlanYear& y : org.years) {
    if (y.procurement) return true;
  }
  return false;
}

nlohmann::json procurement_over_time_view(const Organisation& org, const nlohmann::json& t,
                                          const std::string& root) {
  // Contract type is the one category every year's form has (2021 adds a category family, the others
  // do not), so the lists are per contract type; "" collects the rows that state none.
  const std::vector<std::string> kTypes = {"tjanst", "vara", "entreprenad", ""};
  nlohmann::json groups = nlohmann::json::array();
  std::vector<std::pair<std::string, const Procurement*>> chart_rows;
  for (const std::string& type : kTypes) {
    nlohmann::json rows = nlohmann::json::array();
    std::string label =
        type.empty() ? t.value("contract_type_none", "Kontraktstyp ej angiven") : contract_type_label(type);
    bool headed = false;
    for (const PlanYear& y : org.years) {
      if (!y.procurement) continue;
      int n = 0;
      for (const Procurement* p : y.procurement->procurements()) {
        ++n;
        if (p->contract_type != type) continue;
        if (!headed) chart_rows.push_back({label, nullptr});
        headed = true;
        std::string href = root + y.dir + "/upphandling/index.html#upphandling-" + std::to_string(n);
        rows.push_back({{"year", std::to_string(y.year)},
                        {"href", href},
                        {"description", p->description},
                        {"unit", p->unit},
                        {"start", p->ongoing ? t.value("procurement_ongoing", "Pågår") : p->start_raw},
                        {"period", p->period.raw},
                        {"value_raw", p->value.raw},
                        {"value", procurement_value_text(p->value, t)}});
        chart_rows.push_back({std::to_string(y.year) + ": " + p->description, p});
      }
    }
    if (!rows.empty())
      groups.push_back({{"label", label}, {"count", std::to_string(rows.size())}, {"rows", std::move(rows)}});
  }
  nlohmann::json years = nlohmann::json::array();
  for (const PlanYear& y : org.years) {
    if (!y.procurement) continue;
    years.push_back({{"year", std::to_string(y.year)},
                     {"href", root + y.dir + "/upphandling/index.html"},
                     {"count", std::to_string(y.procurement->procurements().size())},
                     {"threshold", y.procurement->threshold_raw}});
  }
  svg::RangeChartSpec chart =
      procurement_chart_spec(chart_rows, t, "upphandling-over-tid", t.value("procurement_over_time", ""));
  return {{"groups", std::move(groups)},
          {"years", std::move(years)},
          {"chart", {{"svg", svg::range_chart(chart)}, {"table", range_table(chart, t)}, {"id", chart.id}}}};
}

}  // namespace insyn
