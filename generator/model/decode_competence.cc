#include "model/decode.h"
#include "model/decode_shared.h"

namespace insyn {

namespace {

std::vector<CostLine> decode_costs(ObjectReader& parent) {
  std::vector<CostLine> costs;
  const JsonValue* items = parent.array("cost_breakdown", false);
  if (!items) return costs;
  for (const JsonValue& item : items->items) {
    ObjectReader r(item, parent.file(), parent.diags(), "cost line");
    if (!r.ok()) continue;
    CostLine line;
    line.kind = r.string("kind", true).value_or("");
    if (!line.kind.empty() && line.kind != "education" && line.kind != "substitutes" && line.kind != "other") {
      r.diags().error(r.loc_of("kind"), "enum", "\"kind\" is \"" + line.kind + "\"; it must be \"education\", \"substitutes\" or \"other\"",
                      "education: Utbildning, substitutes: Vikarietäckning, other: Övriga kostnader");
    }
    line.raw = r.string("raw", true, "add \"raw\": the cell as printed").value_or("");
    line.amount = r.number_in("amount", false, 0, kMoneyBelow, kMoneyRange);
    costs.push_back(std::move(line));
  }
  return costs;
}

FundingApplications decode_applications(const JsonValue& value, const std::string& file, Diagnostics& diags) {
  FundingApplications apps;
  ObjectReader r(value, file, diags, "\"applications\"");
  apps.title = r.string("title", true).value_or("");
  apps.dnr = r.text("dnr");
  apps.total = decode_money(r, "total");
  apps.total_loc = r.loc_of("total");
  apps.note = r.text("note");
  r.skip("source_line");
  const JsonValue* items = r.array("items", true);
  if (!items) return apps;
  for (const JsonValue& item : items->items) {
    ObjectReader ar(item, file, diags, "application");
    if (!ar.ok()) continue;
    FundingApplication a;
    a.loc = ar.loc();
    a.priority = ar.integer("priority", false, 1, 1000);
    if (ar.has("priority_form")) a.priority_form = ar.text("priority_form");
    a.title = ar.string("title", true).value_or("");
    a.title_form = ar.text("title_form");
    a.amount = decode_money(ar, "amount").value_or(Money{});
    if (!ar.has("amount")) {
      diags.error(ar.loc(), "missing-field", "application is missing \"amount\"",
                  "add \"amount\": {\"raw\": \"… kr\", \"amount\": …, \"currency\": \"SEK\"}");
    }
    a.amount_loc = ar.loc_of("amount");
    a.amount_form = decode_money(ar, "amount_form");
    a.target_group = ar.text("target_group");
    a.headcount_form = ar.text("headcount_form");
    a.roles_covered = ar.text("roles_covered");
    a.costs = decode_costs(ar);
    a.need = ar.text("need");
    a.description = ar.text("description");
    a.effect = ar.text("effect");
    a.spread = ar.text("spread");
    a.complements = ar.text("complements");
    a.cooperation = ar.text("cooperation");
    a.follow_up = ar.text("follow_up");
    a.note = ar.text("note");
    ar.skip("source_line");
    ar.skip("form_line");
    apps.items.push_back(std::move(a));
  }
  return apps;
}

}  // namespace

CompetencePlan decode_competence(const JsonValue& root, const std::string& file, Diagnostics& diags) {
  CompetencePlan plan;
  plan.path = file;
  ObjectReader r(root, file, diags, "competence plan");
  plan.title = r.string("title", true).value_or("");
  plan.period = r.text("period");
  r.skip("source");
  if (const JsonValue* staff = r.array("staff_figures", false)) {
    for (const JsonValue& item : staff->items) {
      ObjectReader sr(item, file, diags, "staff figure");
      if (!sr.ok()) continue;
      StaffFigure f;
      f.scope = sr.string("scope", true).value_or("");
      f.metric = sr.string("metric", true).value_or("");
      f.value = sr.number_in("value", true, 0, kFigureBelow, kFigureRange, "write the figure as a plain number, e.g. 12.5").value_or(0);
      f.unit = sr.text("unit");
      f.permanent = sr.number_in("permanent", false, 0, kFigureBelow, kFigureRange, "write the figure as a plain number, e.g. 12.5");
      f.temporary = sr.number_in("temporary", false, 0, kFigureBelow, kFigureRange, "write the figure as a plain number, e.g. 12.5");
      f.as_of = sr.text("as_of");
      f.quote = sr.string("quote", true, "add \"quote\": the sentence the figure is read from").value_or("");
      sr.skip("source_line");
      plan.staff.push_back(std::move(f));
    }
  }
  if (const JsonValue* apps = r.object("applications", false)) plan.applications = decode_applications(*apps, file, diags);
  if (const JsonValue* activities = r.array("activities", false)) {
    for (const JsonValue& item : activities->items) {
      ObjectReader ar(item, file, diags, "activity");
      if (!ar.ok()) continue;
      Activity a;
      a.loc = ar.loc();
      a.category = ar.text("category");
      a.text = ar.string("text", true).value_or("");
      if (const JsonValue* goals = ar.array("goals", false)) {
        for (const JsonValue& g : goals->items) {
          if (g.is_string()) {
            a.goals.push_back({g.text, {file, g.line, g.column}});
          } else {
            diags.error({file, g.line, g.column}, "type", "a goal reference must be a goal number in quotes, e.g. \"3.2.2\"");
          }
        }
      }
      a.goals_raw = ar.text("goals_raw");
      if (auto date = ar.string("target_date", false)) {
        a.target_date = PartialDate::parse(*date);
        if (!a.target_date) {
          diags.error(ar.loc_of("target_date"), "date", "\"" + *date + "\" is not a date", "write YYYY, YYYY-MM or YYYY-MM-DD");
        }
      }
      a.responsible = ar.text("responsible");
      a.follow_up = ar.text("follow_up");
      a.note = ar.text("note");
      ar.skip("source_line");
      plan.activities.push_back(std::move(a));
    }
  }
  return plan;
}

}  // namespace insyn
