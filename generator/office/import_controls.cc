#include "office/import_controls.h"

#include <map>
#include <set>

#include "office/control_sheet.h"

namespace insyn {

namespace {

using ojson = nlohmann::ordered_json;

// The value a cell gives a control's field, in the content's form: a list for owners, risk numbers
// for risks, else the text. Null for an empty cell (the field is removed).
ojson field_value(const std::string& key, const std::string& text) {
  if (key == "owners") {
    auto items = split_list(text);
    return items.empty() ? ojson(nullptr) : ojson(items);
  }
  if (key == "risks") {
    ojson nrs = ojson::array();
    for (const std::string& item : split_list(text)) nrs.push_back(std::stoll(item));
    return nrs;  // an empty list stays: every control names its risks, if none
  }
  return text.empty() ? ojson(nullptr) : ojson(text);
}

// The risk numbers of a cell ("4, 12"), or nullopt when an item is not a number from 1 to 100 000.
std::optional<std::string> risk_numbers(const std::string& text) {
  std::vector<std::string> normal;
  for (const std::string& item : split_list(text)) {
    auto nr = parse_integer(ReadCell{item, false});
    if (!nr || *nr < 1 || *nr > 100000) return std::nullopt;
    normal.push_back(std::to_string(*nr));
  }
  return join_list(normal);
}

}  // namespace

ControlImport import_controls(const ReadSheet& sheet, const std::string& file, const ControlPlan* existing,
                              ojson plan) {
  ControlImport out;
  SheetCursor cur{sheet, file, &out.diags};
  const auto& columns = control_columns();
  auto located =
      locate_columns(sheet, file, column_headers(columns), out.diags,
                     "the first row names the columns (Id, Process, Systematisk kontroll, Risker, …)");
  if (!located) return out;
  const std::vector<int>& at = *located;
  const ReadRow& header = sheet.rows.front();
  auto index_of = [&](const char* key) { return column_index(columns, key); };
  const size_t kId = index_of("id"), kProcess = index_of("process"), kRisks = index_of("risks");
  cur.row = &header;
  if (at[kId] < 0) {
    cur.error_at(static_cast<int>(header.cells.size()), "the sheet has no column \"Id\"",
                 "the first row names the columns as the workbook `insyn build` writes does");
    return out;
  }

  // Check every row first: nothing is applied when a cell is wrong.
  std::vector<std::pair<std::string, const ReadRow*>> rows;
  std::set<std::string> seen;
  for (size_t i = 1; i < sheet.rows.size(); ++i) {
    cur.row = &sheet.rows[i];
    std::string id = trim_cell(cur.cell(at[kId]).text);
    bool ok = true;
    if (id.empty()) {
      cur.error_at(at[kId], "\"Id\" is empty",
                   "every control has an id, such as K12; a new control takes a new id");
      ok = false;
    } else if (!seen.insert(id).second) {
      cur.error_at(at[kId], "control " + id + " is in the sheet twice",
                   "give the new control an id of its own");
      ok = false;
    }
    if (at[kProcess] >= 0 && trim_cell(cur.cell(at[kProcess]).text).empty()) {
      cur.error_at(at[kProcess], "\"Process\" is empty", "every control belongs to a process");
      ok = false;
    }
    if (at[kRisks] >= 0 && !risk_numbers(cur.cell(at[kRisks]).text)) {
      cur.error_at(at[kRisks],
                   "\"Risker\" is \"" + cur.cell(at[kRisks]).text + "\"; it must list risk numbers",
                   "write the VoR numbers of the risks the control covers, separated by commas, e.g. 4, 12");
      ok = false;
    }
    if (ok) rows.emplace_back(id, cur.row);
  }
  if (out.diags.has_errors()) return out;

  std::map<std::string, const Control*> old;
  if (existing)
    for (const Control& c : existing->controls) old[c.id] = &c;
  if (!plan.contains("controls") || !plan["controls"].is_array()) plan["controls"] = ojson::array();
  ojson& controls = plan["controls"];
  for (auto it = controls.begin(); it != controls.end();) {
    if (it->is_object() && !seen.count(it->value("id", std::string()))) {
      it = controls.erase(it);
      ++out.removed;
    } else {
      ++it;
    }
  }
  for (const auto& [id, row] : rows) {
    cur.row = row;
    auto found = old.find(id);
    ojson* control = nullptr;
    for (ojson& c : controls)
      if (c.is_object() && c.value("id", std::string()) == id) control = &c;
    bool fresh = control == nullptr;
    ojson made = {{"id", id}, {"risks", ojson::array()}};
    ojson& target = fresh ? made : *control;
    bool changed = false;
    for (size_t col = 0; col < columns.size(); ++col) {
      if (col == kId || at[col] < 0) continue;
      std::string text = trim_cell(cur.cell(at[col]).text);
      if (col == kRisks) text = *risk_numbers(text);
      if (!fresh && found != old.end() && text == columns[col].get(*found->second).text) continue;
      ojson value = field_value(columns[col].json_key, text);
      if (value.is_null()) {
        changed |= target.erase(columns[col].json_key) > 0;
      } else {
        target[columns[col].json_key] = value;
        changed = true;
      }
    }
    if (fresh) {
      controls.push_back(std::move(made));
      ++out.added;
    } else {
      out.changed += changed;
    }
  }
  out.plan = std::move(plan);
  return out;
}

}  // namespace insyn
