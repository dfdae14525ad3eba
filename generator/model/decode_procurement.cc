// Decodes upphandling.json: departments, their form sections and rows, each value and date kept as
// printed beside what can be read from it.
#include <algorithm>

#include "model/decode_shared.h"
#include "model/procurement.h"

namespace insyn {

namespace {

std::optional<PartialDate> decode_date(ObjectReader& r, std::string_view key) {
  auto text = r.string(key, false);
  if (!text) return std::nullopt;
  auto date = PartialDate::parse(*text);
  if (!date)
    r.diags().error(r.loc_of(key), "date", "\"" + *text + "\" is not a date",
                    "write YYYY, YYYY-MM or YYYY-MM-DD");
  return date;
}

}  // namespace

ContractValue decode_contract_value(ObjectReader& parent, std::string_view key) {
  ContractValue v;
  v.loc = parent.loc_of(key);
  const JsonValue* value = parent.object(key, false);
  if (!value) {
    v.kind = "not_stated";
    return v;
  }
  ObjectReader r(*value, parent.file(), parent.diags(), std::string("\"") + std::string(key) + "\"");
  v.raw =
      r.string("raw", true, "add \"raw\": the value exactly as printed (\"\" for a blank cell)").value_or("");
  v.kind = r.string("kind", true, "add \"kind\": \"amount\", \"range\", \"unknown\" or \"not_stated\"")
               .value_or("");
  v.approximate = r.boolean("approximate", false).value_or(false);
  v.uncertain = r.boolean("uncertain", false).value_or(false);
  v.note = r.text("note");
  Diagnostics& diags = r.diags();
  if (v.kind == "amount") {
    v.low = r.number_in("amount", true, 0, kMoneyBelow, kMoneyRange, "add \"amount\": the value in kronor");
    v.high = v.low;
  } else if (v.kind == "range") {
    v.low =
        r.number_in("low", true, 0, kMoneyBelow, kMoneyRange, "add \"low\": the range's lower end in kronor");
    v.high = r.number_in("high", true, 0, kMoneyBelow, kMoneyRange,
                         "add \"high\": the range's upper end in kronor");
    if (v.low && v.high && *v.low > *v.high) {
      diags.error(r.loc_of("high"), "range", "\"high\" is less than \"low\"",
                  "write the lower end as \"low\"");
    }
  } else if (v.kind == "unknown" || v.kind == "not_stated") {
    for (const char* k : {"amount", "low", "high"}) {
      if (r.has(k)) {
        r.skip(k);
        diags.error(r.loc_of(k), "unknown-value", "a value of kind \"" + v.kind + "\" has no \"" + k + "\"",
                    "an unknown value is not 0: drop the number, or set \"kind\": \"amount\" if the source "
                    "gives one");
      }
    }
    if (v.kind == "not_stated" && !v.raw.empty()) {
      diags.error(r.loc_of("raw"), "not-stated",
                  "a value of kind \"not_stated\" is a blank cell, but \"raw\" is \"" + v.raw + "\"",
                  "use \"kind\": \"unknown\" for a value printed as unknown (\"Okänt\")");
    }
  } else if (!v.kind.empty()) {
    diags.error(
        r.loc_of("kind"), "enum",
        "\"kind\" is \"" + v.kind + "\"; it must be \"amount\", \"range\", \"unknown\" or \"not_stated\"",
        "amount: one figure; range: \"low\" and \"high\"; unknown: printed as unknown; not_stated: a blank "
        "cell");
  }
  return v;
}

namespace {

ContractPeriod decode_contract_period(ObjectReader& parent) {
  ContractPeriod p;
  p.loc = parent.loc_of("period");
  const JsonValue* v = parent.object("period", false);
  if (!v) return p;
  ObjectReader r(*v, parent.file(), parent.diags(), "period");
  p.raw = r.string("raw", true, "add \"raw\": the period exactly as printed").value_or("");
  p.start = decode_date(r, "start");
  p.end = decode_date(r, "end");
  p.options = r.text("options");
  if (p.start && p.end && p.end->last_month() < p.start->first_month()) {
    r.diags().error(
        r.loc_of("end"), "period-order",
        "the period ends (" + p.end->to_string() + ") before it starts (" + p.start->to_string() + ")",
        "check the dates against the source");
  }
  return p;
}

std::string normalise_contract_type(ObjectReader& r, const std::string& raw) {
  std::string lower;
  for (char c : raw) lower += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  // The forms print singular and plural ("Tjänst", "Tjänster", "Vara", "Varor").
  if (lower == "tjänst" || lower == "tjänster") return "tjanst";
  if (lower == "vara" || lower == "varor") return "vara";
  if (lower == "entreprenad" || lower == "entreprenader") return "entreprenad";
  if (!raw.empty()) {
    r.diags().error(r.loc_of("contract_type"), "enum",
                    "contract type \"" + raw + "\" is not vara, tjänst or entreprenad",
                    "write the type as printed: Vara/Varor, Tjänst/Tjänster or Entreprenad");
  }
  return "";
}

Procurement decode_row(const JsonValue& item, const std::string& file, Diagnostics& diags) {
  ObjectReader r(item, file, diags, "procurement");
  Procurement p;
  if (!r.ok()) return p;
  p.loc = r.loc();
  if (r.has("kind")) p.kind = r.text("kind");
  if (p.kind != "procurement" && p.kind != "no_need") {
    diags.error(r.loc_of("kind"), "enum",
                "\"kind\" is \"" + p.kind + "\"; it must be \"procurement\" or \"no_need\"",
                "no_need: a row reporting that nothing needs to be procured");
  }
  p.unit = r.text("unit");
  p.description =
      r.string("description", true, "add \"description\": the Beskrivning cell (or the no-need text)")
          .value_or("");
  p.start_raw = r.text("start");
  if (!p.start_raw.empty()) {
    p.ongoing = p.start_raw == "P\xC3\xA5g\xC3\xA5r";  // "Pågår"
    p.start = PartialDate::parse(p.start_raw);
  }
  p.period = decode_contract_period(r);
  p.value = decode_contract_value(r, "value");
  p.contract_type_raw = r.text("contract_type");
  p.contract_type = normalise_contract_type(r, p.contract_type_raw);
  p.note = r.text("note");
  p.source_line = r.integer("source_line", false, 1, 1000000).value_or(0);
  if (p.kind == "no_need" && (r.has("value") || r.has("period"))) {
    diags.error(r.loc(), "no-need-with-value", "a no-need row has a value or a period",
                "a row reporting no need has only \"unit\" and \"description\"; make it a procurement");
  }
  return p;
}

}  // namespace

ProcurementPlan decode_procurement(const JsonValue& root, const std::string& file, Diagnostics& diags) {
  ProcurementPlan plan;
  plan.path = file;
  ObjectReader r(root, file, diags, "procurement plan");
  plan.loc = r.loc();
  plan.title = r.string("title", true).value_or("");
  r.skip("source");
  plan.instructions = r.text("instructions");
  plan.contacts = r.strings("contacts", false);
  plan.reading_note = r.text("reading_note");
  if (const JsonValue* t = r.object("reporting_threshold", false)) {
    ObjectReader tr(*t, file, diags, "\"reporting_threshold\"");
    plan.threshold_loc = tr.loc();
    plan.threshold_raw = tr.string("raw", true, "add \"raw\": the rule as printed").value_or("");
    plan.reporting_threshold = tr.number_in("amount", true, 0, kMoneyBelow, kMoneyRange);
    plan.threshold_exclusive = tr.boolean("exclusive", false).value_or(true);
  }
  if (r.has("stated_total")) plan.stated_total = decode_contract_value(r, "stated_total");
  const JsonValue* departments = r.array("departments", true);
  if (!departments) return plan;
  for (const JsonValue& d : departments->items) {
    ObjectReader dr(d, file, diags, "department");
    if (!dr.ok()) continue;
    ProcurementDepartment dep;
    dep.loc = dr.loc();
    dep.name = dr.string("name", true).value_or("");
    dep.reported_by = dr.text("reported_by");
    dr.skip("source_line");
    const JsonValue* sections = dr.array("sections", true);
    if (!sections) continue;
    for (const JsonValue& s : sections->items) {
      ObjectReader sr(s, file, diags, "section");
      if (!sr.ok()) continue;
      ProcurementSection sec;
      sec.loc = sr.loc();
      sec.label = sr.text("label");
      sec.min = sr.number_in("min", false, 0, kMoneyBelow, kMoneyRange);
      sec.min_exclusive = sr.boolean("min_exclusive", false).value_or(false);
      sec.below = sr.number_in("below", false, 0, kMoneyBelow, kMoneyRange);
      sr.skip("source_line");
      if (const JsonValue* rows = sr.array("rows", true)) {
        for (const JsonValue& row : rows->items) sec.rows.push_back(decode_row(row, file, diags));
      }
      dep.sections.push_back(std::move(sec));
    }
    plan.departments.push_back(std::move(dep));
  }
  return plan;
}

std::vector<const Procurement*> ProcurementPlan::procurements() const {
  std::vector<const Procurement*> out;
  for (const auto& d : departments) {
    for (const auto& s : d.sections) {
      for (const auto& p : s.rows) {
        if (p.kind == "procurement") out.push_back(&p);
      }
    }
  }
  return out;
}

size_t ProcurementPlan::no_need_count() const {
  size_t n = 0;
  for (const auto& d : departments) {
    for (const auto& s : d.sections) {
      n += std::count_if(s.rows.begin(), s.rows.end(),
                         [](const Procurement& p) { return p.kind == "no_need"; });
    }
  }
  return n;
}

std::string contract_type_label(const std::string& type) {
  if (type == "tjanst") return "Tj\xC3\xA4nst";
  if (type == "vara") return "Vara";
  if (type == "entreprenad") return "Entreprenad";
  return "";
}

}  // namespace insyn
