#include "render/exports.h"
#include "render/view_more.h"

#include <nlohmann/json.hpp>

#include "core/format.h"
#include "office/xlsx_writer.h"
#include "office/risk_sheet.h"
#include "office/year_workbook.h"

namespace insyn {

namespace {

using ojson = nlohmann::ordered_json;

std::string join(const std::vector<std::string>& items, const char* sep) {
  std::string out;
  for (size_t i = 0; i < items.size(); ++i) out += (i ? sep : "") + items[i];
  return out;
}

// Numbers in CSV use the Swedish decimal comma without thousands separators, as Excel reads them.
std::string csv_number(double v) {
  std::string s = format_number(v, 2);
  std::string out;
  for (size_t i = 0; i < s.size(); ++i) {
    if (s.compare(i, 2, "\xC2\xA0") == 0) {
      ++i;
    } else if (s.compare(i, 3, "\xE2\x88\x92") == 0) {
      out += '-';
      i += 2;
    } else {
      out += s[i];
    }
  }
  return out;
}

ojson money_json(const std::optional<Money>& m) {
  if (!m) return nullptr;
  ojson j{{"raw", m->raw}};
  if (m->amount) j["amount"] = *m->amount;
  if (!m->currency.empty()) j["currency"] = m->currency;
  if (!m->kind.empty()) j["kind"] = m->kind;
  if (m->year) j["year"] = *m->year;
  return j;
}

void add_vor(const PlanYear& year, const RiskModel& model, const std::string& dir, OutputFiles& out) {
  std::vector<std::vector<std::string>> rows{
      {"nr", "mål", "process", "ansvarig_chef", "arbetssätt", "oönskad_händelse", "sannolikhet",
       "sannolikhet_text", "konsekvens", "konsekvens_text", "riskvärde", "riskvärde_angivet", "nivå",
       "internkontrollplan", "internkontrollplan_källa", "kontroller"}};
  ojson risks = ojson::array();
  for (const Risk& r : year.vor->risks) {
    const Process& p = year.vor->processes[r.process];
    const Band* band = model.band_for(r.rv());
    std::string stated = r.rv_stated ? std::to_string(*r.rv_stated) : "";
    rows.push_back({std::to_string(r.nr), p.goal, p.name, join(p.managers, ", "), r.method, r.event,
                    std::to_string(r.probability), model.probability.label_for(r.probability),
                    std::to_string(r.consequence), model.consequence.label_for(r.consequence),
                    std::to_string(r.rv()), stated, band ? band->label : "", plan_flag_name(r.flag), r.flag_raw,
                    join(r.controls, ", ")});
    ojson j{{"nr", r.nr},
            {"goal", p.goal},
            {"process", p.name},
            {"managers", p.managers},
            {"method", r.method},
            {"event", r.event},
            {"probability", r.probability},
            {"consequence", r.consequence},
            {"rv", r.rv()}};
    j["rv_stated"] = r.rv_stated ? ojson(*r.rv_stated) : ojson(nullptr);
    j["band"] = band ? band->id : "";
    // The workbook's columns (office/risk_sheet.cc) each have a field here, so the two can be compared.
    j["band_label"] = band ? band->label : "";
    j["probability_label"] = r.probability_label;
    j["consequence_label"] = r.consequence_label;
    j["measure"] = r.measure;
    j["review"] = r.review;
    j["ikp"] = plan_flag_name(r.flag);
    j["ikp_raw"] = r.flag_raw;
    j["controls"] = r.controls;
    risks.push_back(j);
  }
  out.push_back(csv_file(dir + "vor.csv", rows));
  out.push_back(
      json_file(dir + "vor.json", {{"year", year.year}, {"title", year.vor->title}, {"risks", risks}}));
}

void add_controls(const PlanYear& year, const std::string& dir, OutputFiles& out) {
  std::vector<std::vector<std::string>> rows{{"id", "mål", "process", "arbetssätt", "systematisk_kontroll",
                                              "metod_för_kontroll", "kontrollansvarig", "frekvens",
                                              "risker"}};
  ojson controls = ojson::array();
  for (const Control& c : year.control_plan->controls) {
    std::vector<std::string> nrs;
    std::vector<int> ints;
    for (const Ref& r : c.risks) {
      nrs.push_back(std::to_string(r.nr));
      ints.push_back(r.nr);
    }
    rows.push_back({c.id, c.goal, c.process, c.method, c.control, c.check_method, join(c.owners, ", "),
                    c.frequency, join(nrs, ", ")});
    controls.push_back({{"id", c.id},
                        {"goal", c.goal},
                        {"process", c.process},
                        {"method", c.method},
                        {"control", c.control},
                        {"check_method", c.check_method},
                        {"owners", c.owners},
                        {"frequency", c.frequency},
                        {"risks", ints},
                        {"link_note", c.link_note}});
  }
  out.push_back(csv_file(dir + "kontrollplan.csv", rows));
  out.push_back(
      json_file(dir + "kontrollplan.json",
                {{"year", year.year}, {"title", year.control_plan->title}, {"controls", controls}}));
}

// The CSV is read by people in Swedish Excel, so enum values are written in Swedish like the headers;
// the JSON keeps the schema's values for programs.
std::string role_sv(const std::string& role) {
  if (role == "owner") return "projektägare";
  if (role == "partner") return "samarbetspartner";
  return "ej angiven";
}

void add_projects(const PlanYear& year, const std::string& dir, OutputFiles& out) {
  std::vector<std::vector<std::string>> rows{
      {"nr", "namn", "rubrik", "finansiär", "roll", "budget_som_publicerad", "budget_belopp", "budget_valuta",
       "medfinansiering_som_publicerad", "medfinansiering_belopp", "medfinansiering_valuta",
       "period_som_publicerad", "start", "slut", "ansvarig_avdelning", "projektägare"}};
  ojson projects = ojson::array();
  for (const Project& p : year.projects->projects) {
    const ProjectGroup& g = year.projects->groups[p.group];
    auto amount = [](const std::optional<Money>& m) { return m && m->amount ? csv_number(*m->amount) : ""; };
    auto currency = [](const std::optional<Money>& m) { return m ? m->currency : ""; };
    std::string start = p.period && p.period->start ? p.period->start->to_string() : "";
    std::string end = p.period ? (p.period->open_end ? "löpande"
                                  : p.period->end    ? p.period->end->to_string()
                                                     : "")
                               : "";
    rows.push_back({p.nr ? std::to_string(*p.nr) : "", p.name, g.heading, g.funder, role_sv(g.role),
                    p.budget ? p.budget->raw : "", amount(p.budget), currency(p.budget),
                    p.cofinancing ? p.cofinancing->raw : "", amount(p.cofinancing), currency(p.cofinancing),
                    p.period ? p.period->raw : "", start, end, p.department, p.project_owner});
    ojson j{{"id", p.id},
            {"nr", p.nr ? ojson(*p.nr) : ojson(nullptr)},
            {"name", p.name},
            {"description", p.description},
            {"group", g.heading},
            {"funder", g.funder},
            {"role", g.role},
            {"budget", money_json(p.budget)},
            {"cofinancing", money_json(p.cofinancing)}};
    j["period"] = p.period ? ojson{{"raw", p.period->raw}, {"start", start}, {"end", end}} : ojson(nullptr);
    j["department"] = p.department;
    j["project_owner"] = p.project_owner;
    projects.push_back(j);
  }
  out.push_back(csv_file(dir + "projekt.csv", rows));
  out.push_back(json_file(dir + "projekt.json",
                          {{"year", year.year}, {"title", year.projects->title}, {"projects", projects}}));
}

void add_activities(const PlanYear& year, const std::string& dir, OutputFiles& out) {
  std::vector<std::vector<std::string>> rows{
      {"kategori", "åtgärd", "mål", "mål_som_publicerat", "måldatum", "ansvarig_funktion", "uppföljning"}};
  ojson activities = ojson::array();
  for (const Activity& a : year.competence->activities) {
    std::vector<std::string> goals;
    for (const GoalRef& g : a.goals) goals.push_back(g.id);
    std::string date = a.target_date ? a.target_date->to_string() : "";
    rows.push_back({a.category, a.text, join(goals, ", "), a.goals_raw, date, a.responsible, a.follow_up});
    activities.push_back({{"category", a.category},
                          {"text", a.text},
                          {"goals", goals},
                          {"goals_raw", a.goals_raw},
                          {"target_date", date},
                          {"responsible", a.responsible},
                          {"follow_up", a.follow_up}});
  }
  ojson staff = ojson::array();
  for (const StaffFigure& f : year.competence->staff) {
    ojson j{{"scope", f.scope}, {"metric", f.metric}, {"value", f.value}, {"unit", f.unit}};
    if (f.permanent) j["permanent"] = *f.permanent;
    if (f.temporary) j["temporary"] = *f.temporary;
    j["as_of"] = f.as_of;
    j["quote"] = f.quote;
    staff.push_back(j);
  }
  ojson doc{{"year", year.year},
            {"title", year.competence->title},
            {"staff_figures", staff},
            {"activities", activities}};
  // The funding applications with the editors' notes on the transcription: open data keeps what the
  // reader pages leave out (issue 12: readers' words only).
  if (const auto& apps = year.competence->applications) {
    ojson items = ojson::array();
    for (const FundingApplication& a : apps->items) {
      ojson j{{"title", a.title}, {"title_form", a.title_form}, {"amount", a.amount.raw}};
      if (a.priority) j["priority"] = *a.priority;
      if (a.priority_form) j["priority_form"] = *a.priority_form;
      j["target_group"] = a.target_group;
      j["note"] = a.note;
      items.push_back(j);
    }
    doc["applications"] = {{"title", apps->title},
                           {"dnr", apps->dnr},
                           {"total", apps->total ? apps->total->raw : ""},
                           {"note", apps->note},
                           {"items", items}};
  }
  out.push_back(csv_file(dir + "kompetens.csv", rows));
  out.push_back(json_file(dir + "kompetens.json", doc));
}

}  // namespace

OutputFile csv_file(const std::string& path, const std::vector<std::vector<std::string>>& rows) {
  std::string bytes = "\xEF\xBB\xBF";  // BOM: Excel then reads the file as UTF-8
  for (const auto& row : rows) bytes += csv_line(row);
  return {path, bytes};
}

OutputFile json_file(const std::string& path, const ojson& value) {
  return {path, value.dump(2) + "\n"};
}

std::string csv_line(const std::vector<std::string>& fields) {
  std::string line;
  for (size_t i = 0; i < fields.size(); ++i) {
    std::string f = fields[i];
    if (!f.empty() &&
        (f[0] == '=' || f[0] == '+' || f[0] == '-' || f[0] == '@' || f[0] == '\t' || f[0] == '\r')) {
      // Spreadsheets would run these as formulas (=HYPERLINK(…)); the apostrophe makes them text.
      f = "'" + f;
    }
    if (f.find_first_of(";\"\n\r") != std::string::npos) {
      std::string quoted = "\"";
      for (char c : f) quoted += c == '"' ? std::string("\"\"") : std::string(1, c);
      f = quoted + "\"";
    }
    line += (i ? ";" : "") + f;
  }
  return line + "\r\n";
}

std::vector<std::string> export_names(const PlanYear& year, const std::string& doc) {
  bool has = (doc == "vor" && year.vor) || (doc == "kontrollplan" && year.control_plan) ||
             (doc == "projekt" && year.projects) || (doc == "kompetens" && year.competence) ||
             (doc == "upphandling" && year.procurement);
  std::vector<std::string> names;
  if (doc == "verksamhetsberattelse")
    names = followup_export_names(year);
  else if (doc == "budget")
    names = budget_export_names(year);
  else if (auto more = more_export_names(year, doc); !more.empty())
    names = more;
  else if (has)
    names = {doc + ".csv", doc + ".json"};
  // The year's workbook holds every table, so each document links it beside its own files.
  if (!names.empty()) names.push_back(workbook_name(year));
  return names;
}

OutputFiles year_exports(const PlanYear& year, const RiskModel& model, Diagnostics& diags) {
  OutputFiles out = year_exports(year, model);
  std::string error;
  if (auto bytes = write_xlsx(year_workbook(year, model), error)) {
    out.push_back({year.dir + "/data/" + workbook_name(year), std::move(*bytes)});
  } else {
    diags.error({year.dir, 0, 0}, "xlsx-write", "cannot write the year's workbook: " + error,
                "check that the temporary folder ($TMPDIR or /tmp) is writable");
  }
  return out;
}

OutputFiles year_exports(const PlanYear& year, const RiskModel& model) {
  OutputFiles out;
  std::string dir = year.dir + "/data/";
  if (year.vor) add_vor(year, model, dir, out);
  if (year.control_plan) add_controls(year, dir, out);
  if (year.projects) add_projects(year, dir, out);
  if (year.competence) add_activities(year, dir, out);
  if (year.followup) add_followup_exports(year, dir, out);
  add_procurement_exports(year, dir, out);
  add_budget_exports(year, dir, out);
  add_more_exports(year, dir, out);
  return out;
}

}  // namespace insyn
