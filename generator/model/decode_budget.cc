// Decodes budget.json: printed tables in the generic table model, the forms (empty ones included) and
// the link from the budget's outcome column to a follow-up's finance table.
#include <algorithm>

#include "model/decode.h"
#include "model/object_reader.h"

namespace insyn {

namespace {

const char* const kStatuses[] = {"zero", "blank", "stated_none", "filled"};

BudgetForm decode_form(const JsonValue& v, const std::string& file, Diagnostics& diags) {
  ObjectReader r(v, file, diags, "form");
  BudgetForm f;
  f.loc = r.loc();
  f.id = r.string("id", true).value_or("");
  f.title = r.string("title", true).value_or("");
  f.status = r.string("status", true, "add \"status\": zero, blank, stated_none or filled").value_or("");
  if (!f.status.empty() &&
      std::find(std::begin(kStatuses), std::end(kStatuses), f.status) == std::end(kStatuses)) {
    diags.error(r.loc_of("status"), "enum",
                "\"status\" is \"" + f.status + "\"; it must be zero, blank, stated_none or filled",
                "zero: every amount 0,0; blank: nothing filled in; stated_none: the form says there is none");
  }
  f.text = r.text("text");
  f.table = r.text("table");
  f.entries = r.strings("entries", false);
  f.source_line = r.integer("source_line", false, 1, 1000000).value_or(0);
  return f;
}

BudgetFollowUpLink decode_link(const JsonValue& v, const std::string& file, Diagnostics& diags) {
  ObjectReader r(v, file, diags, "\"compare_followup\"");
  BudgetFollowUpLink l;
  l.loc = r.loc();
  l.year = r.integer("year", true, 1900, 2999).value_or(0);
  l.table = r.string("table", true).value_or("");
  l.column = r.string("column", true).value_or("");
  l.own_table = r.string("own_table", true).value_or("");
  l.own_column = r.string("own_column", true).value_or("");
  l.note = r.text("note");
  if (const JsonValue* areas = r.array("areas", true)) {
    for (const JsonValue& a : areas->items) {
      ObjectReader ar(a, file, diags, "area");
      if (!ar.ok()) continue;
      BudgetArea area;
      area.loc = ar.loc();
      area.label = ar.string("label", true).value_or("");
      area.rows = ar.strings("rows", true);
      area.followup_rows = ar.strings("followup_rows", true);
      area.note = ar.text("note");
      l.areas.push_back(std::move(area));
    }
  }
  return l;
}

}  // namespace

Budget decode_budget(const JsonValue& root, const std::string& file, Diagnostics& diags) {
  Budget b;
  b.path = file;
  ObjectReader r(root, file, diags, "budget");
  b.title = r.string("title", true).value_or("");
  r.skip("source");
  if (const JsonValue* tables = r.array("tables", true)) b.tables = decode_data_tables(*tables, file, diags);
  if (const JsonValue* forms = r.array("forms", false)) {
    for (const JsonValue& f : forms->items) b.forms.push_back(decode_form(f, file, diags));
  }
  if (const JsonValue* link = r.object("compare_followup", false))
    b.compare_followup = decode_link(*link, file, diags);
  return b;
}

const DataTable* Budget::find_table(const std::string& id) const {
  for (const DataTable& t : tables) {
    if (t.id == id) return &t;
  }
  return nullptr;
}

}  // namespace insyn
