#include <algorithm>
#include <cmath>
#include <cstdio>
#include <set>

#include "model/decode.h"
#include "model/object_reader.h"

namespace insyn {

namespace {

const std::set<std::string> kLevels = {"inriktningsmal", "kf", "namnd"};
const std::set<std::string> kDirections = {"higher", "lower", "band"};
const std::set<std::string> kRowLevels = {"detail", "part", "share", "heading", "total"};
const std::set<std::string> kCheckKinds = {"rows", "columns", "ratio"};
const std::set<std::string> kVerdicts = {"tillracklig", "delvis_tillracklig", "otillracklig"};

// Reads an optional member that must be one of `allowed`; reports anything else.
std::string one_of(ObjectReader& r, std::string_view key, const std::set<std::string>& allowed,
                   std::string fallback) {
  std::string v = r.text(key);
  if (v.empty()) return fallback;
  if (!allowed.count(v)) {
    std::string list;
    for (const std::string& a : allowed) list += (list.empty() ? "\"" : ", \"") + a + "\"";
    r.diags().error(r.loc_of(key), "enum", "\"" + std::string(key) + "\" is \"" + v + "\"",
                    "use one of " + list);
  }
  return v;
}

// The normalised assessment must agree with the raw label (its spelling may vary: "Uppfylles helt").
Assessment decode_assessment(ObjectReader& r) {
  std::string v = r.text("assessment");
  if (v.empty()) return Assessment::None;
  if (v == "uppfylls_helt") return Assessment::Met;
  if (v == "uppfylls_delvis") return Assessment::PartlyMet;
  if (v == "uppfylls_inte") return Assessment::NotMet;
  r.diags().error(r.loc_of("assessment"), "enum", "\"assessment\" is \"" + v + "\"",
                  "use \"uppfylls_helt\", \"uppfylls_delvis\" or \"uppfylls_inte\"; keep the printed words "
                  "in \"assessment_raw\"");
  return Assessment::None;
}

Quantity quantity(ObjectReader& r, std::string_view key) {
  return Quantity::parse(r.text(key));
}

SourceLoc at_line(const std::string& file, const JsonValue& v) {
  return {file, v.line, v.column};
}

void decode_goals(const JsonValue& list, const std::string& file, Diagnostics& diags, FollowUp& f) {
  for (const JsonValue& item : list.items) {
    ObjectReader r(item, file, diags, "goal");
    if (!r.ok()) continue;
    FollowUpGoal g;
    g.loc = r.loc();
    g.id = r.string("id", true, "the goal's number as printed, e.g. \"3.4.1\"").value_or("");
    g.level = one_of(r, "level", kLevels, "");
    if (g.level.empty()) r.string("level", true, "\"inriktningsmal\", \"kf\" or \"namnd\"");
    g.text = r.text("text");
    g.parent = r.text("parent");
    g.assessment_raw = r.text("assessment_raw");
    g.assessment = decode_assessment(r);
    g.assessment_loc = r.loc_of("assessment_raw");
    g.icon = r.boolean("icon", false).value_or(false);
    g.description = r.text("description");
    g.expected_result = r.text("expected_result");
    g.analysis = r.text("analysis");
    r.skip("source_line");
    r.skip("assessment_line");
    f.goals.push_back(std::move(g));
  }
}

void decode_indicators(const JsonValue& list, const std::string& file, Diagnostics& diags, FollowUp& f) {
  for (const JsonValue& item : list.items) {
    ObjectReader r(item, file, diags, "indicator");
    if (!r.ok()) continue;
    Indicator ind;
    ind.loc = r.loc();
    ind.id = r.string("id", true, "a short stable id, e.g. \"I07\"").value_or("");
    ind.goal = r.string("goal", true, "the number of the goal it measures").value_or("");
    ind.name = r.string("name", true).value_or("");
    ind.gender_mainstreamed = r.boolean("gender_mainstreamed", false).value_or(false);
    ind.icon = r.boolean("icon", false).value_or(false);
    ind.outcome = quantity(r, "outcome");
    ind.outcome_loc = r.loc_of("outcome");
    ind.men = quantity(r, "men");
    ind.women = quantity(r, "women");
    ind.previous = quantity(r, "previous");
    ind.target = quantity(r, "target");
    ind.target_loc = r.loc_of("target");
    ind.kf_target = quantity(r, "kf_target");
    ind.period = r.text("period");
    ind.direction = one_of(r, "direction", kDirections, "higher");
    if (const JsonValue* band = r.object("band", false)) {
      ObjectReader br(*band, file, diags, "band");
      ind.band_tolerance = br.number("tolerance", false);
      ind.band_min = br.number("min", false);
      ind.band_max = br.number("max", false);
      ind.band_note = br.text("note");
      bool interval = ind.band_min && ind.band_max;
      if (ind.band_tolerance ? (ind.band_min || ind.band_max) : !interval) {
        diags.error(br.loc(), "band", "a band gives either \"tolerance\" or both \"min\" and \"max\"",
                    "write {\"tolerance\": 2} for target ± 2, or {\"min\": 98, \"max\": 102}");
      } else if (interval && *ind.band_max < *ind.band_min) {
        diags.error(br.loc_of("max"), "band", "the band's \"max\" is below its \"min\"", "swap them");
      } else if (ind.band_tolerance && *ind.band_tolerance < 0) {
        diags.error(br.loc_of("tolerance"), "band", "the band's \"tolerance\" is negative",
                    "give the distance from the target either way, e.g. 2");
      }
      if (ind.direction != "band") {
        diags.error(br.loc(), "band",
                    "indicator " + ind.id + " has a \"band\" but its direction is \"" + ind.direction + "\"",
                    "set \"direction\": \"band\", or leave the band out");
      }
    }
    ind.analysis = r.text("analysis");
    ind.note = r.text("note");
    if (const JsonValue* history = r.array("history", false)) {
      for (const JsonValue& p : history->items) {
        ObjectReader pr(p, file, diags, "series point");
        if (!pr.ok()) continue;
        SeriesPoint point;
        point.year = pr.integer("year", true, 1900, 2200).value_or(0);
        point.value = Quantity::parse(pr.string("value", true).value_or(""));
        ind.history.push_back(point);
      }
    }
    r.skip("source_line");
    f.indicators.push_back(std::move(ind));
  }
}

void decode_activities(const JsonValue& list, const std::string& file, Diagnostics& diags, FollowUp& f) {
  for (const JsonValue& item : list.items) {
    ObjectReader r(item, file, diags, "activity");
    if (!r.ok()) continue;
    FollowUpActivity a;
    a.loc = r.loc();
    a.id = r.string("id", true).value_or("");
    a.goal = r.string("goal", true).value_or("");
    a.text = r.string("text", true).value_or("");
    a.start = r.text("start");
    a.end = r.text("end");
    for (const auto& [key, value] : {std::pair{"start", &a.start}, std::pair{"end", &a.end}}) {
      if (!value->empty() && !PartialDate::parse(*value)) {
        diags.error(r.loc_of(key), "date", "\"" + std::string(key) + "\" is \"" + *value + "\", not a date",
                    "write YYYY-MM-DD as printed");
      }
    }
    a.status_raw = r.text("status_raw");
    if (a.status_raw == "✓") {
      a.status = "done";
    } else if (a.status_raw == "!") {
      a.status = "not_done";
    } else if (!a.status_raw.empty()) {
      diags.error(r.loc_of("status_raw"), "enum", "\"status_raw\" is \"" + a.status_raw + "\"",
                  "the source marks done with \"✓\" and not done with \"!\"; leave it out when blank");
    }
    a.deviation_raw = r.text("deviation_raw");
    a.deviation_loc = r.loc_of("deviation_raw");
    a.analysis = r.text("analysis");
    r.skip("source_line");
    f.activities.push_back(std::move(a));
  }
}

TableCheck decode_check(const JsonValue& item, const std::string& file, Diagnostics& diags) {
  ObjectReader r(item, file, diags, "check");
  TableCheck c;
  c.loc = r.loc();
  c.kind = one_of(r, "kind", kCheckKinds, "rows");
  c.total = r.string("total", true, "the key of the total row (or column)").value_or("");
  c.parts = r.strings("parts", true);
  c.minus = r.strings("minus", false);
  c.only = r.strings("only", false);
  c.scale = r.number("scale", false).value_or(1);
  return c;
}

void decode_tables(const JsonValue& list, const std::string& file, Diagnostics& diags, FollowUp& f) {
  for (const JsonValue& item : list.items) {
    ObjectReader r(item, file, diags, "table");
    if (!r.ok()) continue;
    DataTable t;
    t.loc = r.loc();
    t.id = r.string("id", true).value_or("");
    t.title = r.string("title", true).value_or("");
    t.kind = r.text("kind");
    t.unit = r.text("unit");
    t.goal = r.text("goal");
    t.note = r.text("note");
    t.footnotes = r.strings("footnotes", false);
    if (const JsonValue* lines = r.array("source_lines", false); lines && lines->items.size() == 2) {
      t.first_line = static_cast<int>(lines->items[0].number);
      t.last_line = static_cast<int>(lines->items[1].number);
    }
    if (const JsonValue* cols = r.array("columns", true)) {
      for (const JsonValue& c : cols->items) {
        ObjectReader cr(c, file, diags, "column");
        if (!cr.ok()) continue;
        t.columns.push_back({cr.string("key", true).value_or(""), cr.text("label"), cr.text("kind"),
                             cr.text("period"), cr.text("sex")});
      }
    }
    if (const JsonValue* rows = r.array("rows", true)) {
      for (const JsonValue& rv : rows->items) {
        ObjectReader rr(rv, file, diags, "row");
        if (!rr.ok()) continue;
        TableRow row;
        row.loc = rr.loc();
        row.key = rr.string("key", true).value_or("");
        row.label = rr.text("label");
        row.level = one_of(rr, "level", kRowLevels, "detail");
        rr.skip("source_line");
        if (const JsonValue* values = rr.array("values", true)) {
          if (values->items.size() != t.columns.size()) {
            diags.error(rr.loc_of("values"), "table-shape",
                        "row \"" + row.key + "\" has " + std::to_string(values->items.size()) +
                            " values for " + std::to_string(t.columns.size()) + " columns",
                        "give one value per column, \"\" where the source leaves the cell blank");
          }
          for (const JsonValue& v : values->items) {
            row.values.push_back(Quantity::parse(v.is_string() ? v.text : ""));
            row.value_locs.push_back(at_line(file, v));
            if (!v.is_string()) {
              diags.error(at_line(file, v), "type", "a table value is the cell as printed, in quotes",
                          "write e.g. \"20 805\" or \"-20,6\"");
            }
          }
        }
        t.rows.push_back(std::move(row));
      }
    }
    if (const JsonValue* checks = r.array("checks", false)) {
      for (const JsonValue& c : checks->items) t.checks.push_back(decode_check(c, file, diags));
    }
    f.tables.push_back(std::move(t));
  }
}

void decode_figures(const JsonValue& list, const std::string& file, Diagnostics& diags, FollowUp& f) {
  for (const JsonValue& item : list.items) {
    ObjectReader r(item, file, diags, "text figure");
    if (!r.ok()) continue;
    TextFigure t;
    t.loc = r.loc();
    t.quote = r.string("quote", true, "the sentence's words as printed").value_or("");
    t.value = r.number("value", true, "the figure the quote states, as a number").value_or(0);
    // Decimals as the quote prints the figure ("12,0" has one), and at least as many as the value has.
    for (int d = 0; d <= 3; ++d) {
      if (std::fabs(t.value * std::pow(10.0, d) - std::round(t.value * std::pow(10.0, d))) > 1e-6)
        t.decimals = d + 1;
    }
    for (int d = 0; d <= 3; ++d) {
      char buf[64];
      std::snprintf(buf, sizeof buf, "%.*f", d, std::fabs(t.value));
      std::string printed = buf;
      if (size_t dot = printed.find('.'); dot != std::string::npos) printed[dot] = ',';
      if (t.quote.find(printed) != std::string::npos) t.decimals = std::max(t.decimals, d);
    }
    t.source_line = r.integer("source_line", false, 1, 1000000).value_or(0);
    t.table = r.text("table");
    t.row = r.text("row");
    t.column = r.text("column");
    t.sum_rows = r.strings("sum_rows", false);
    if (const JsonValue* plus = r.array("plus", false)) {
      for (const JsonValue& v : plus->items) t.plus.push_back(v.number);
    }
    if (const JsonValue* minus = r.array("minus", false)) {
      for (const JsonValue& v : minus->items) t.minus.push_back(v.number);
    }
    t.sign = r.number("sign", false).value_or(1);
    t.scale = r.number("scale", false).value_or(1);
    t.note = r.text("note");
    f.figures.push_back(std::move(t));
  }
}

}  // namespace

std::vector<DataTable> decode_data_tables(const JsonValue& list, const std::string& file, Diagnostics& diags) {
  FollowUp holder;
  decode_tables(list, file, diags, holder);
  return std::move(holder.tables);
}

InternalControlFollowUp decode_internal_control(const JsonValue& root, const std::string& file,
                                                Diagnostics& diags) {
  ObjectReader r(root, file, diags, "internal-control follow-up");
  InternalControlFollowUp ic;
  ic.loc = r.loc();
  ic.status = one_of(r, "status", {"present", "missing"}, "present");
  ic.note = r.text("note");
  ic.overall = one_of(r, "overall", kVerdicts, "");
  ic.overall_loc = r.loc_of("overall");
  ic.basis = r.text("basis");
  r.skip("source_line");
  if (const JsonValue* controls = r.array("controls", false)) {
    for (const JsonValue& item : controls->items) {
      ObjectReader cr(item, file, diags, "control follow-up");
      if (!cr.ok()) continue;
      ControlFollowUp c;
      c.loc = cr.loc();
      c.control = cr.string("control", true, "the control plan's id of the control").value_or("");
      c.performed = cr.boolean("performed", false);
      c.assessment = one_of(cr, "assessment", kVerdicts, "");
      c.documentation = cr.text("documentation");
      c.analysis = cr.text("analysis");
      c.deviations = cr.text("deviations");
      c.actions = cr.text("actions");
      ic.controls.push_back(std::move(c));
    }
  }
  return ic;
}

FollowUp decode_followup(const JsonValue& root, const std::string& file, Diagnostics& diags) {
  FollowUp f;
  f.path = file;
  ObjectReader r(root, file, diags, "verksamhetsberättelse");
  f.title = r.string("title", true).value_or("");
  f.dated = r.text("dated");
  f.direction_rule = r.text("direction_rule");
  r.skip("year");
  r.skip("source");
  if (const JsonValue* v = r.array("goals", true)) decode_goals(*v, file, diags, f);
  if (const JsonValue* v = r.array("indicators", false)) decode_indicators(*v, file, diags, f);
  if (const JsonValue* v = r.array("activities", false)) decode_activities(*v, file, diags, f);
  if (const JsonValue* v = r.array("tables", false)) decode_tables(*v, file, diags, f);
  if (const JsonValue* v = r.array("text_figures", false)) decode_figures(*v, file, diags, f);
  if (const JsonValue* v = r.array("plan_links", false)) {
    for (const JsonValue& item : v->items) {
      ObjectReader lr(item, file, diags, "plan link");
      if (!lr.ok()) continue;
      PlanLink l;
      l.loc = lr.loc();
      l.application = lr.integer("application", true, 1, 1000, "the application's priority").value_or(0);
      l.goal = lr.text("goal");
      l.activity = lr.text("activity");
      if (l.goal.empty() == l.activity.empty()) {
        diags.error(l.loc, "plan-link",
                    "a plan link names either a \"goal\" or an \"activity\" of the report",
                    "give the goal or the activity whose text speaks of the application");
      }
      l.quote = lr.string("quote", true, "the report's words").value_or("");
      l.note = lr.text("note");
      l.source_line = lr.integer("source_line", false, 1, 10000000).value_or(0);
      f.plan_links.push_back(std::move(l));
    }
  }
  if (const JsonValue* v = r.object("board_year", false)) f.board_year = decode_board_year(*v, file, diags);
  if (const JsonValue* v = r.object("internal_control", false))
    f.internal_control = decode_internal_control(*v, file, diags);
  return f;
}

}  // namespace insyn
