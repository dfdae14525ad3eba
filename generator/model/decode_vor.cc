#include "model/decode.h"
#include "model/decode_shared.h"

namespace insyn {

namespace {

PlanFlag decode_flag(ObjectReader& r, std::string& raw_out) {
  raw_out = r.text("ikp_raw");
  auto flag = r.string("ikp", true, "add \"ikp\": \"in_plan\", \"vor_only\" or \"unspecified\"");
  if (!flag) return PlanFlag::Unspecified;
  if (*flag == "in_plan") return PlanFlag::InPlan;
  if (*flag == "vor_only") return PlanFlag::VorOnly;
  if (*flag != "unspecified") {
    r.diags().error(r.loc_of("ikp"), "enum", "\"ikp\" is \"" + *flag + "\"; it must be \"in_plan\", \"vor_only\" or \"unspecified\"",
                    "use \"in_plan\" for ★, \"vor_only\" for \"Nej, endast VoR\" and \"unspecified\" for a blank cell");
  }
  return PlanFlag::Unspecified;
}

// 2014's three-valued "Finns rutinbeskr." and "Genomförs löp. kontroller".
std::string decode_yes_no(ObjectReader& r, std::string_view key) {
  std::string value = r.text(key);
  if (!value.empty() && value != "Ja" && value != "Nej" && value != "Ej aktuell") {
    r.diags().error(r.loc_of(key), "enum", "\"" + std::string(key) + "\" is \"" + value + "\"; it must be \"Ja\", \"Nej\" or \"Ej aktuell\"",
                    "write the answer as the source prints it");
    return "";
  }
  return value;
}

void decode_risk(const JsonValue& value, ObjectReader& parent, Vor& vor, size_t process, const std::string& method) {
  ObjectReader r(value, parent.file(), parent.diags(), "risk");
  if (!r.ok()) return;
  Risk risk;
  risk.loc = r.loc();
  risk.process = process;
  risk.method = method;
  auto nr = r.integer("nr", true, 1, 100000);
  risk.nr_loc = r.loc_of("nr");
  risk.event = r.string("event", true).value_or("");
  auto p = r.integer("probability", true, 1, 5, kProbabilityHint);
  auto c = r.integer("consequence", true, 1, 5, kConsequenceHint);
  risk.probability_loc = r.loc_of("probability");
  risk.consequence_loc = r.loc_of("consequence");
  risk.probability_label = r.text("probability_label");
  risk.consequence_label = r.text("consequence_label");
  risk.rv_stated = r.integer("rv", false, 1, 25, "RV = probability × consequence, so it lies between 1 and 25");
  risk.rv_loc = r.loc_of("rv");
  risk.flag = decode_flag(r, risk.flag_raw);
  risk.flag_loc = r.loc_of("ikp");
  risk.measure = r.text("measure");
  risk.routine_documented = decode_yes_no(r, "routine_documented");
  risk.ongoing_controls = decode_yes_no(r, "ongoing_controls");
  risk.note = r.text("note");
  risk.review = r.text("review");
  if (!risk.review.empty() && risk.review != "carried-over") {
    r.diags().error(r.loc_of("review"), "enum",
                    "\"review\" is \"" + risk.review + "\"; it must be \"carried-over\"",
                    "remove the field once the risk has been reviewed");
    risk.review.clear();
  }
  r.skip("source_line");
  // A risk without a number or scores cannot be placed or scored; it is left out after reporting.
  if (!nr || !p || !c) return;
  risk.nr = *nr;
  risk.probability = *p;
  risk.consequence = *c;
  vor.risks.push_back(std::move(risk));
}

/// What a group of processes shares: its goal or heading and the table it comes from.
struct GroupInfo {
  std::string goal, area, table;
  SourceLoc goal_loc;
};

void decode_process(const JsonValue& value, ObjectReader& parent, const GroupInfo& group, Vor& vor) {
  ObjectReader r(value, parent.file(), parent.diags(), "process");
  if (!r.ok()) return;
  Process process;
  process.loc = r.loc();
  process.goal = group.goal;
  process.goal_loc = group.goal_loc;
  process.area = group.area;
  process.table = group.table;
  process.name = r.string("name", true).value_or("");
  process.is_indicator = decode_process_kind(r, "kind");
  process.kf_target = r.text("kf_target");
  process.target = r.text("target");
  process.managers = r.strings("managers", false);
  process.note = r.text("note");
  r.skip("source_line");
  size_t index = vor.processes.size();
  vor.processes.push_back(process);
  if (const JsonValue* methods = r.array("methods", true)) {
    for (const JsonValue& m : methods->items) {
      ObjectReader mr(m, r.file(), r.diags(), "working method");
      if (!mr.ok()) continue;
      std::string name = mr.string("name", true, "add \"name\": the arbetssätt, or \"\" when the source leaves it blank").value_or("");
      if (const JsonValue* risks = mr.array("risks", true)) {
        for (const JsonValue& risk : risks->items) decode_risk(risk, mr, vor, index, name);
      }
    }
  }
}

RiskSelection decode_selection(const JsonValue& value, const std::string& file, Diagnostics& diags) {
  RiskSelection selection;
  ObjectReader r(value, file, diags, "\"selection\"");
  selection.title = r.string("title", true).value_or("");
  selection.note = r.text("note");
  r.skip("source_line");
  const JsonValue* risks = r.array("risks", true);
  if (!risks) return selection;
  for (const JsonValue& item : risks->items) {
    ObjectReader sr(item, file, diags, "selected risk");
    if (!sr.ok()) continue;
    SelectedRisk risk;
    risk.loc = sr.loc();
    risk.process = sr.string("process", true).value_or("");
    risk.method = sr.text("method");
    risk.event = sr.string("event", true).value_or("");
    auto rv = sr.integer("rv", true, 1, 25, "RV = probability × consequence, so it lies between 1 and 25");
    risk.rv_loc = sr.loc_of("rv");
    risk.measure = sr.text("measure");
    risk.note = sr.text("note");
    sr.skip("source_line");
    if (!rv) continue;
    risk.rv = *rv;
    selection.risks.push_back(std::move(risk));
  }
  return selection;
}

}  // namespace

Vor decode_vor(const JsonValue& root, const std::string& file, Diagnostics& diags) {
  Vor vor;
  vor.path = file;
  ObjectReader r(root, file, diags, "risk analysis");
  vor.title = r.string("title", true).value_or("");
  r.skip("source");
  vor.consequence_name = r.text("consequence_name");
  vor.measure_name = r.text("measure_name");
  vor.rv_column = r.boolean("rv_column", false).value_or(true);
  std::string blank = r.string("blank_flag", false).value_or("unspecified");
  if (blank != "unspecified" && blank != "in_plan") {
    diags.error(r.loc_of("blank_flag"), "enum", "\"blank_flag\" is \"" + blank + "\"; it must be \"unspecified\" or \"in_plan\"",
                "\"in_plan\" declares that this year's blank cells mean the risk is in the control plan");
  }
  if (const JsonValue* goals = r.array("goals", true)) {
    for (const JsonValue& g : goals->items) {
      ObjectReader gr(g, file, diags, "goal group");
      if (!gr.ok()) continue;
      // Goals are optional: 2014 groups by verksamhetsområde and 2017's table has no goal column.
      GroupInfo group{gr.text("goal"), gr.text("area"), gr.text("table"), gr.loc_of("goal")};
      if (const JsonValue* processes = gr.array("processes", true)) {
        for (const JsonValue& p : processes->items) decode_process(p, gr, group, vor);
      }
    }
  }
  if (const JsonValue* selection = r.object("selection", false)) vor.selection = decode_selection(*selection, file, diags);
  // A year that prints its ★ as nothing (2021) declares how its blanks are read, once, in the
  // document; the risks keep their blank source cell (flag_raw "") and say the flag was inferred.
  if (blank == "in_plan") {
    for (Risk& risk : vor.risks) {
      if (risk.flag == PlanFlag::Unspecified && risk.flag_raw.empty()) {
        risk.flag = PlanFlag::InPlan;
        risk.flag_inferred = true;
      }
    }
  }
  return vor;
}

}  // namespace insyn
