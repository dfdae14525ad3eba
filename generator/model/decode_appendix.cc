// Decodes an appendix of forms and tables (informationssakerhet.json, lokalavveckling.json,
// digitalisering.json, jamstalldhet.json): sections with text, fields and tables.
#include <set>
#include <utility>
#include <vector>

#include "core/heading_ids.h"
#include "model/decode.h"
#include "model/object_reader.h"

namespace insyn {

namespace {

AppendixTable decode_table(const JsonValue& value, const std::string& file, Diagnostics& diags) {
  AppendixTable t;
  ObjectReader r(value, file, diags, "table");
  t.loc = r.loc();
  if (!r.ok()) return t;
  t.id =
      r.string("id", true, "add \"id\": a short name for the table's anchor and CSV file, e.g. \"baskrav\"")
          .value_or("");
  bool plain = !t.id.empty();
  for (char c : t.id)
    plain = plain && ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_');
  if (!t.id.empty() && !plain) {
    diags.error(r.loc_of("id"), "bad-id",
                "table id \"" + t.id + "\" holds characters other than a-z, 0-9, - and _",
                "use a short ASCII name such as \"baskrav\"; it names the CSV file");
  }
  t.caption = r.string("caption", true, "add \"caption\": what the table shows").value_or("");
  t.note = r.text("note");
  if (r.has("stated_count")) {
    t.stated_count = r.integer("stated_count", false, 0, 100000);
    t.stated_count_loc = r.loc_of("stated_count");
  }
  r.skip("source_lines");
  std::set<std::string> keys;
  // The "required_with" names, checked once all the table's keys are known.
  std::vector<std::pair<std::string, SourceLoc>> with_locs;
  if (const JsonValue* columns = r.array("columns", true, "add \"columns\": [{\"key\": …, \"label\": …}]")) {
    for (const JsonValue& c : columns->items) {
      ObjectReader cr(c, file, diags, "column");
      if (!cr.ok()) continue;
      AppendixColumn col;
      col.key = cr.string("key", true).value_or("");
      col.label = cr.string("label", true, "add \"label\": the column heading as printed").value_or("");
      col.required = cr.boolean("required", false).value_or(false);
      col.required_with = cr.text("required_with");
      if (!col.required_with.empty()) with_locs.emplace_back(col.required_with, cr.loc_of("required_with"));
      if (!keys.insert(col.key).second) {
        diags.error(cr.loc_of("key"), "duplicate-id",
                    "column key \"" + col.key + "\" is used twice in table \"" + t.id + "\"",
                    "give each column its own key");
      }
      t.columns.push_back(std::move(col));
    }
  }
  for (const auto& [with, loc] : with_locs) {
    if (!keys.count(with)) {
      diags.error(loc, "unknown-field",
                  "\"required_with\" names \"" + with + "\", which is not a column of table \"" + t.id + "\"",
                  "name the key of the column whose filled cell makes this one required");
    }
  }
  const JsonValue* rows = r.array("rows", true, "add \"rows\": [{\"cells\": {…}}]");
  if (!rows) return t;
  for (const JsonValue& row : rows->items) {
    ObjectReader rr(row, file, diags, "row");
    if (!rr.ok()) continue;
    AppendixRow out;
    out.loc = rr.loc();
    out.note = rr.text("note");
    out.truncated = rr.strings("truncated", false);
    rr.skip("source_line");
    if (const JsonValue* cells =
            rr.object("cells", true, "add \"cells\": {\"<column key>\": \"text as printed\"}")) {
      for (const JsonMember& m : cells->members) {
        const std::string& key = m.key;
        const JsonValue& cell = m.value;
        if (!keys.count(key)) {
          diags.error({file, cell.line, cell.column}, "unknown-field",
                      "cell \"" + key + "\" is not a column of table \"" + t.id + "\"",
                      "use one of the keys in \"columns\"");
          continue;
        }
        if (!cell.is_string()) {
          diags.error({file, cell.line, cell.column}, "type", "cell \"" + key + "\" must be a string",
                      "write the cell as printed, in quotes");
          continue;
        }
        out.cells[key] = cell.text;
      }
    }
    for (const std::string& key : out.truncated) {
      if (!keys.count(key)) {
        diags.error(rr.loc_of("truncated"), "unknown-field",
                    "\"truncated\" names \"" + key + "\", which is not a column",
                    "list the keys of cells the source cuts off");
      }
    }
    t.rows.push_back(std::move(out));
  }
  return t;
}

}  // namespace

Appendix decode_appendix(const JsonValue& root, const std::string& file, const std::string& key,
                         Diagnostics& diags) {
  Appendix a;
  a.key = key;
  a.path = file;
  ObjectReader r(root, file, diags, "appendix");
  a.title = r.string("title", true).value_or("");
  r.skip("source");
  std::set<std::string> ids;
  const JsonValue* sections =
      r.array("sections", true, "add \"sections\": [{\"heading\": …, \"text\": …, \"tables\": […]}]");
  if (!sections) return a;
  for (const JsonValue& item : sections->items) {
    ObjectReader sr(item, file, diags, "section");
    if (!sr.ok()) continue;
    AppendixSection s;
    s.loc = sr.loc();
    s.heading = sr.string("heading", true, "add \"heading\": the section's heading as printed").value_or("");
    s.id = anchor_id(key, s.heading);
    s.text = sr.text("text");
    sr.skip("source_lines");
    if (const JsonValue* fields = sr.array("fields", false)) {
      for (const JsonValue& f : fields->items) {
        ObjectReader fr(f, file, diags, "field");
        if (!fr.ok()) continue;
        s.fields.push_back({fr.string("label", true).value_or(""), fr.text("value")});
      }
    }
    if (const JsonValue* tables = sr.array("tables", false)) {
      for (const JsonValue& t : tables->items) {
        s.tables.push_back(decode_table(t, file, diags));
        if (!s.tables.back().id.empty() && !ids.insert(s.tables.back().id).second) {
          diags.error(s.tables.back().loc, "duplicate-id",
                      "table id \"" + s.tables.back().id + "\" is used twice",
                      "each table names its own CSV file: give it its own id");
        }
      }
    }
    a.sections.push_back(std::move(s));
  }
  return a;
}

}  // namespace insyn
