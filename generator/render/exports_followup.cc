// Open data of the follow-up: goals, indicators, activities and each printed table, as CSV (for
// Swedish Excel: ';', UTF-8 with BOM) and JSON (values as printed beside the numbers read from them).
#include <nlohmann/json.hpp>

#include "core/format.h"
#include "office/followup_sheets.h"
#include "office/year_workbook.h"
#include "render/exports.h"

namespace insyn {

namespace {

using ojson = nlohmann::ordered_json;

OutputFile csv(const std::string& path, const std::vector<std::vector<std::string>>& rows) {
  std::string bytes = "\xEF\xBB\xBF";
  for (const auto& row : rows) bytes += csv_line(row);
  return {path, bytes};
}

OutputFile json_out(const std::string& path, const ojson& value) {
  return {path, value.dump(2) + "\n"};
}

ojson quantity(const Quantity& q) {
  ojson j{{"raw", q.raw}};
  j["value"] = q.value ? ojson(*q.value) : ojson(nullptr);
  if (!q.unit.empty()) j["unit"] = q.unit;
  return j;
}

std::string assessment_key(Assessment a) {
  switch (a) {
    case Assessment::Met:
      return "uppfylls_helt";
    case Assessment::PartlyMet:
      return "uppfylls_delvis";
    case Assessment::NotMet:
      return "uppfylls_inte";
    case Assessment::None:
      break;
  }
  return "";
}

}  // namespace

std::vector<std::string> followup_export_names(const PlanYear& year) {
  if (!year.followup) return {};
  std::vector<std::string> names;
  for (const char* base : {"vb-mal", "vb-indikatorer", "vb-aktiviteter"}) {
    names.push_back(std::string(base) + ".csv");
    names.push_back(std::string(base) + ".json");
  }
  for (const DataTable& t : year.followup->tables) {
    names.push_back("vb-tabell-" + t.id + ".csv");
    names.push_back("vb-tabell-" + t.id + ".json");
  }
  names.push_back(workbook_name(year));  // the year's workbook holds the follow-up's sheets too
  return names;
}

void add_followup_exports(const PlanYear& year, const std::string& dir, OutputFiles& out) {
  const FollowUp& f = *year.followup;
  std::vector<std::vector<std::string>> rows{
      {"id", "nivå", "överordnat", "mål", "bedömning", "bedömning_som_publicerad"}};
  ojson goals = ojson::array();
  for (const FollowUpGoal& g : f.goals) {
    rows.push_back({g.id, g.level, g.parent, g.text, assessment_label(g.assessment), g.assessment_raw});
    goals.push_back({{"id", g.id},
                     {"level", g.level},
                     {"parent", g.parent},
                     {"text", g.text},
                     {"assessment", assessment_key(g.assessment)},
                     {"assessment_label", assessment_label(g.assessment)},
                     {"assessment_raw", g.assessment_raw},
                     {"description", g.description},
                     {"expected_result", g.expected_result},
                     {"analysis", g.analysis}});
  }
  out.push_back(csv(dir + "vb-mal.csv", rows));
  out.push_back(json_out(dir + "vb-mal.json", {{"year", year.year}, {"title", f.title}, {"goals", goals}}));

  rows = {{"id", "mål", "indikator", "jämställdhetsintegrerad", "utfall", "utfall_män", "utfall_kvinnor",
           "utfall_föregående_år", "årsmål", "kf_årsmål", "period", "riktning", "resultat", "analys"}};
  ojson indicators = ojson::array();
  for (const Indicator& i : f.indicators) {
    rows.push_back({i.id, i.goal, i.name, i.gender_mainstreamed ? "ja" : "nej", i.outcome.raw, i.men.raw,
                    i.women.raw, i.previous.raw, i.target.raw, i.kf_target.raw, i.period, i.direction,
                    target_result_label(target_result(i)), i.analysis});
    ojson series = ojson::array();
    for (const SeriesPoint& p : i.series(year.year))
      series.push_back({{"year", p.year}, {"value", quantity(p.value)}});
    indicators.push_back({{"id", i.id},
                          {"goal", i.goal},
                          {"name", i.name},
                          {"gender_mainstreamed", i.gender_mainstreamed},
                          {"outcome", quantity(i.outcome)},
                          {"men", quantity(i.men)},
                          {"women", quantity(i.women)},
                          {"previous", quantity(i.previous)},
                          {"target", quantity(i.target)},
                          {"kf_target", quantity(i.kf_target)},
                          {"period", i.period},
                          {"direction", i.direction},
                          {"result_label", target_result_label(target_result(i))},
                          {"series", series},
                          {"analysis", i.analysis}});
  }
  out.push_back(csv(dir + "vb-indikatorer.csv", rows));
  out.push_back(json_out(dir + "vb-indikatorer.json",
                         {{"year", year.year}, {"title", f.title}, {"indicators", indicators}}));

  rows = {{"id", "mål", "aktivitet", "startdatum", "slutdatum", "status", "avvikelse", "analys"}};
  ojson activities = ojson::array();
  for (const FollowUpActivity& a : f.activities) {
    std::string status = activity_status_label(a.status);
    rows.push_back({a.id, a.goal, a.text, a.start, a.end, status, a.deviation_raw, a.analysis});
    activities.push_back({{"id", a.id},
                          {"goal", a.goal},
                          {"text", a.text},
                          {"start", a.start},
                          {"end", a.end},
                          {"status", a.status},
                          {"status_label", status},
                          {"status_raw", a.status_raw},
                          {"deviation_raw", a.deviation_raw},
                          {"deviates", a.deviates()},
                          {"analysis", a.analysis}});
  }
  out.push_back(csv(dir + "vb-aktiviteter.csv", rows));
  out.push_back(json_out(dir + "vb-aktiviteter.json",
                         {{"year", year.year}, {"title", f.title}, {"activities", activities}}));

  for (const DataTable& t : f.tables) {
    std::vector<std::string> header{"rad"};
    ojson columns = ojson::array();
    for (const TableColumn& c : t.columns) {
      header.push_back(c.label);
      columns.push_back(
          {{"key", c.key}, {"label", c.label}, {"kind", c.kind}, {"period", c.period}, {"sex", c.sex}});
    }
    rows = {header};
    ojson trows = ojson::array();
    for (const TableRow& r : t.rows) {
      std::vector<std::string> line{r.label};
      ojson values = ojson::array();
      for (const Quantity& q : r.values) {
        line.push_back(q.raw);
        values.push_back(quantity(q));
      }
      rows.push_back(line);
      trows.push_back({{"key", r.key}, {"label", r.label}, {"level", r.level}, {"values", values}});
    }
    ojson checks = ojson::array();
    for (const TableCheck& c : t.checks) {
      checks.push_back(
          {{"kind", c.kind}, {"total", c.total}, {"parts", c.parts}, {"minus", c.minus}, {"scale", c.scale}});
    }
    out.push_back(csv(dir + "vb-tabell-" + t.id + ".csv", rows));
    out.push_back(json_out(dir + "vb-tabell-" + t.id + ".json", {{"year", year.year},
                                                                 {"id", t.id},
                                                                 {"title", t.title},
                                                                 {"kind", t.kind},
                                                                 {"unit", t.unit},
                                                                 {"columns", columns},
                                                                 {"rows", trows},
                                                                 {"checks", checks},
                                                                 {"footnotes", t.footnotes}}));
  }
}

}  // namespace insyn
