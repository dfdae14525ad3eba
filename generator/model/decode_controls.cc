#include "model/decode.h"
#include "model/decode_shared.h"

namespace insyn {

ControlPlan decode_control_plan(const JsonValue& root, const std::string& file, Diagnostics& diags) {
  ControlPlan plan;
  plan.path = file;
  ObjectReader r(root, file, diags, "control plan");
  plan.title = r.string("title", true).value_or("");
  r.skip("source");
  const JsonValue* controls = r.array("controls", true);
  if (!controls) return plan;
  for (const JsonValue& item : controls->items) {
    ObjectReader cr(item, file, diags, "control");
    if (!cr.ok()) continue;
    Control c;
    c.loc = cr.loc();
    c.id = cr.string("id", true, "add \"id\": a short stable id such as \"K1\"").value_or("");
    c.goal = cr.text("goal");
    c.goal_loc = cr.loc_of("goal");
    c.process = cr.string("process", true).value_or("");
    c.process_is_indicator = decode_process_kind(cr, "process_kind");
    c.method = cr.text("method");
    c.control = cr.text("control");
    c.event = cr.text("event");
    c.follow_up = cr.text("follow_up");
    c.description = cr.text("description");
    c.probability = cr.integer("probability", false, 1, 5, kProbabilityHint);
    c.consequence = cr.integer("consequence", false, 1, 5, kConsequenceHint);
    c.probability_loc = cr.loc_of("probability");
    c.consequence_loc = cr.loc_of("consequence");
    c.probability_label = cr.text("probability_label");
    c.consequence_label = cr.text("consequence_label");
    c.check_method = cr.text("check_method");
    c.owners = cr.strings("owners", false);
    c.frequency = cr.text("frequency");
    c.link_note = cr.text("link_note");
    c.note = cr.text("note");
    cr.skip("source_line");
    c.risks_loc = cr.loc_of("risks");
    if (const JsonValue* risks = cr.array("risks", true, "add \"risks\": the numbers of the VoR risks it covers, e.g. [1, 4]")) {
      for (const JsonValue& ref : risks->items) {
        if (ref.is_integer() && ref.number >= 1) {
          c.risks.push_back({static_cast<int>(ref.number), {file, ref.line, ref.column}});
        } else {
          diags.error({file, ref.line, ref.column}, "type", "a risk reference must be a risk number (a whole number ≥ 1)",
                      "write the VoR number without quotes, e.g. 12");
        }
      }
    }
    plan.controls.push_back(std::move(c));
  }
  return plan;
}

}  // namespace insyn
