// Open data of the follow-up: goals, indicators, activities and each printed table, as CSV (for
// Swedish Excel: ';', UTF-8 with BOM) and JSON (values as printed beside the numbers read from them).
#include <nlohmann/json.hpp>

#include "core/format.h"
#include "office/followup_sheets.h"
#include "render/exports.h"

namespace insyn {

namespace {

using ojson = nlohmann::ordered_json;

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

// The board's year: every member of the board and of its council in one list (body, role, party or
// organisation, period as printed and read), and every case with its list and diarienummer.
void add_board_year_exports(const PlanYear& year, const BoardYear& b, const std::string& dir,
                            OutputFiles& out) {
  std::vector<std::vector<std::string>> rows{{"organ", "roll", "roll_som_publicerad", "namn", "parti",
                                              "organisation", "från", "till", "period_som_publicerad"}};
  ojson members = ojson::array();
  auto add = [&](const std::string& body, const BoardMember& m) {
    rows.push_back({body, m.role, m.role_raw, m.name, m.party, m.organisation, m.from, m.to, m.period_raw});
    members.push_back({{"body", body},
                       {"role", m.role},
                       {"role_raw", m.role_raw},
                       {"name", m.name},
                       {"party", m.party},
                       {"organisation", m.organisation},
                       {"from", m.from},
                       {"to", m.to},
                       {"period_raw", m.period_raw},
                       {"raw", m.raw},
                       {"note", m.note}});
  };
  for (const BoardMember& m : b.members) add("nämnd", m);
  for (const BoardMember& m : b.council.members) add("råd", m);
  out.push_back(csv_file(dir + "vb-namndens-ar-ledamoter.csv", rows));
  ojson meetings{{"count", b.meetings.count}, {"dates", b.meetings.dates}, {"text", b.meetings.text}};
  ojson council_meetings{{"count", b.council.meetings.count},
                         {"dates", b.council.meetings.dates},
                         {"text", b.council.meetings.text}};
  out.push_back(
      json_file(dir + "vb-namndens-ar-ledamoter.json", {{"year", year.year},
                                                        {"stated_members", b.stated_members.count},
                                                        {"stated_substitutes", b.stated_substitutes.count},
                                                        {"meetings", meetings},
                                                        {"council",
                                                         {{"name", b.council.name},
                                                          {"elected_until", b.council.elected_until},
                                                          {"meetings", council_meetings}}},
                                                        {"members", members}}));

  rows = {{"lista", "ärende", "diarienummer"}};
  ojson lists = ojson::array();
  for (const CaseList& list : b.case_lists) {
    ojson cases = ojson::array();
    for (const BoardCase& c : list.cases) {
      rows.push_back({list.heading, c.title, c.dnr});
      cases.push_back({{"title", c.title}, {"dnr", c.dnr}, {"dnr_well_formed", well_formed_dnr(c.dnr)}});
    }
    lists.push_back({{"kind", list.kind}, {"heading", list.heading}, {"cases", cases}});
  }
  out.push_back(csv_file(dir + "vb-namndens-ar-arenden.csv", rows));
  out.push_back(json_file(dir + "vb-namndens-ar-arenden.json", {{"year", year.year}, {"case_lists", lists}}));
}

}  // namespace

std::vector<std::string> followup_export_names(const PlanYear& year) {
  if (!year.followup) return {};
  std::vector<std::string> names;
  for (const char* base : {"vb-mal", "vb-indikatorer", "vb-aktiviteter"}) {
    names.push_back(std::string(base) + ".csv");
    names.push_back(std::string(base) + ".json");
  }
  if (year.followup->board_year) {
    for (const char* base : {"vb-namndens-ar-ledamoter", "vb-namndens-ar-arenden"}) {
      names.push_back(std::string(base) + ".csv");
      names.push_back(std::string(base) + ".json");
    }
  }
  for (const DataTable& t : year.followup->tables) {
    names.push_back("vb-tabell-" + t.id + ".csv");
    names.push_back("vb-tabell-" + t.id + ".json");
  }
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
  out.push_back(csv_file(dir + "vb-mal.csv", rows));
  out.push_back(json_file(dir + "vb-mal.json", {{"year", year.year}, {"title", f.title}, {"goals", goals}}));

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
  out.push_back(csv_file(dir + "vb-indikatorer.csv", rows));
  out.push_back(json_file(dir + "vb-indikatorer.json",
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
  out.push_back(csv_file(dir + "vb-aktiviteter.csv", rows));
  out.push_back(json_file(dir + "vb-aktiviteter.json",
                          {{"year", year.year}, {"title", f.title}, {"activities", activities}}));

  if (f.board_year) add_board_year_exports(year, *f.board_year, dir, out);

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
    out.push_back(csv_file(dir + "vb-tabell-" + t.id + ".csv", rows));
    out.push_back(json_file(dir + "vb-tabell-" + t.id + ".json", {{"year", year.year},
                                                                  {"id", t.id},
                                                                  {"title", t.title},
                                                                  {"kind", t.kind},
                                                                  {"unit", t.unit},
                                                                  {"columns", columns},
                                                                  {"rows", trows},
                                                                  {"checks", checks},
                                                                 {"source_lines", {t.first_line, t.last_line}},
                                                                  {"footnotes", t.footnotes}}));
  }
}

}  // namespace insyn
