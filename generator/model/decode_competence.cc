#include "model/decode.h"
#include "model/object_reader.h"

namespace insyn {

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
      f.value = sr.number("value", true).value_or(0);
      f.unit = sr.text("unit");
      f.permanent = sr.number("permanent", false);
      f.temporary = sr.number("temporary", false);
      f.as_of = sr.text("as_of");
      f.quote = sr.string("quote", true, "add \"quote\": the sentence the figure is read from").value_or("");
      sr.skip("source_line");
      plan.staff.push_back(std::move(f));
    }
  }
  if (const JsonValue* activities = r.array("activities", true)) {
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
