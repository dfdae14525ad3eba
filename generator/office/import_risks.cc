#include "office/import_risks.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>

#include "office/import_cells.h"
#include "office/risk_sheet.h"

namespace insyn {

namespace {

using ojson = nlohmann::ordered_json;

struct Importer : SheetCursor {
  const Vor& existing;
  const RiskModel& model;
  RiskImport out;
};

// The risk objects of a vor.json wherever they sit (goals → processes → methods → risks, or shorter).
void collect(ojson& node, std::vector<ojson*>& containers) {
  if (node.is_object()) {
    for (auto& [key, value] : node.items()) {
      if (key == "risks" && value.is_array())
        containers.push_back(&value);
      else if ((key == "goals" || key == "processes" || key == "methods") && value.is_array())
        collect(value, containers);
    }
  } else if (node.is_array()) {
    for (ojson& item : node) collect(item, containers);
  }
}

ojson* find_risk(ojson& vor, int nr) {
  std::vector<ojson*> containers;
  collect(vor, containers);
  for (ojson* risks : containers)
    for (ojson& r : *risks)
      if (r.is_object() && r.value("nr", 0) == nr) return &r;
  return nullptr;
}

ojson& find_or_add(ojson& array, const char* key, const std::string& value, const ojson& fresh) {
  for (ojson& item : array)
    if (item.is_object() && item.value(key, std::string()) == value) return item;
  array.push_back(fresh);
  return array.back();
}

// Where a new or moved risk goes: its goal, process and method, each made when missing.
void place(ojson& vor, const std::string& goal, const std::string& process,
           const std::vector<std::string>& managers, const std::string& method, ojson risk) {
  ojson* processes;
  if (vor.contains("goals") || !goal.empty()) {
    if (!vor.contains("goals")) vor["goals"] = ojson::array();
    processes = &find_or_add(vor["goals"], "goal", goal,
                             {{"goal", goal}, {"processes", ojson::array()}})["processes"];
  } else {
    if (!vor.contains("processes")) vor["processes"] = ojson::array();
    processes = &vor["processes"];
  }
  ojson& p = find_or_add(*processes, "name", process, {{"name", process}, {"managers", managers}});
  if (!method.empty() || p.contains("methods")) {
    if (!p.contains("methods")) p["methods"] = ojson::array();
    find_or_add(p["methods"], "name", method, {{"name", method}, {"risks", ojson::array()}})["risks"]
        .push_back(risk);
  } else {
    if (!p.contains("risks")) p["risks"] = ojson::array();
    p["risks"].push_back(std::move(risk));
  }
}

}  // namespace

RiskImport import_risks(const ReadSheet& sheet, const std::string& file, const Vor& existing,
                        const RiskModel& model, ojson vor) {
  Importer im{{sheet, file}, existing, model, {}};
  im.diags = &im.out.diags;
  const auto& columns = risk_columns();
  std::map<std::string, size_t> by_header;  // lower-case header → index in risk_columns()
  for (size_t i = 0; i < columns.size(); ++i) by_header[header_key(columns[i].column.header)] = i;
  std::vector<int> at(columns.size(), -1);  // sheet column of each risk column, -1 when absent
  if (sheet.rows.empty()) {
    im.out.diags.error({file + ":" + sheet.name, 0, 0}, "import-empty", "the sheet is empty",
                       "the first row names the columns (Nr, Oönskad händelse, Sannolikhet, Konsekvens, …)");
    return std::move(im.out);
  }
  const ReadRow& header = sheet.rows.front();
  im.row = &header;
  for (size_t c = 0; c < header.cells.size(); ++c) {
    auto it = by_header.find(header_key(trim_cell(header.cells[c].text)));
    if (it != by_header.end()) at[it->second] = static_cast<int>(c);
  }
  auto index_of = [&](const char* key) {
    for (size_t i = 0; i < columns.size(); ++i)
      if (std::string(columns[i].json_key) == key) return i;
    return size_t{0};
  };
  const size_t kNr = index_of("nr"), kP = index_of("probability"), kK = index_of("consequence"),
               kEvent = index_of("event"), kGoal = index_of("goal"), kProcess = index_of("process"),
               kManagers = index_of("managers"), kMethod = index_of("method"),
               kStated = index_of("rv_stated"), kPLabel = index_of("probability_label"),
               kKLabel = index_of("consequence_label"), kFlag = index_of("ikp"), kReview = index_of("review");
  for (size_t required : {kNr, kEvent, kP, kK}) {
    if (at[required] < 0)
      im.error_at(static_cast<int>(header.cells.size()),
                  "the sheet has no column \"" + columns[required].column.header + "\"",
                  "the first row names the columns as the workbook `insyn build` writes does");
  }
  if (im.out.diags.has_errors()) return std::move(im.out);

  std::map<int, const Risk*> old;
  for (const Risk& r : existing.risks) old[r.nr] = &r;
  std::set<int> seen;
  std::vector<std::pair<int, const ReadRow*>> rows;
  for (size_t i = 1; i < sheet.rows.size(); ++i) {
    im.row = &sheet.rows[i];
    bool ok = true;
    auto check_int = [&](size_t col, long long lo, long long hi, bool required, const std::string& hint) {
      if (at[col] < 0) return;
      const ReadCell& c = im.cell(at[col]);
      if (!required && trim_cell(c.text).empty()) return;
      auto v = parse_integer(c);
      if (!v || *v < lo || *v > hi) {
        im.error_at(at[col],
                    "\"" + columns[col].column.header + "\" is \"" + c.text +
                        "\"; it must be an integer from " + std::to_string(lo) + " to " + std::to_string(hi),
                    hint);
        ok = false;
      }
    };
    check_int(kNr, 1, 100000, true, "every risk has a number; a new risk takes a number no other risk has");
    check_int(kP, 1, 5, true, "probability is scored 1 (mycket osannolik) to 5 (mycket sannolik)");
    check_int(kK, 1, 5, true, "consequence is scored 1 (försumbar) to 5 (mycket allvarlig)");
    check_int(kStated, 1, 25, false,
              "RV = probability × consequence, so it lies between 1 and 25; or leave it empty");
    if (trim_cell(im.cell(at[kEvent]).text).empty()) {
      im.error_at(at[kEvent], "\"" + columns[kEvent].column.header + "\" is empty",
                  "every risk names its undesired event");
      ok = false;
    }
    if (at[kFlag] >= 0) {
      std::string f = trim_cell(im.cell(at[kFlag]).text);
      if (f != "in_plan" && f != "vor_only" && f != "unspecified") {
        im.error_at(at[kFlag],
                    "\"" + columns[kFlag].column.header + "\" is \"" + f +
                        "\"; it must be in_plan, vor_only or unspecified",
                    "in_plan: in the internal control plan; vor_only: only in the risk analysis");
        ok = false;
      }
    }
    if (at[kReview] >= 0) {
      std::string f = trim_cell(im.cell(at[kReview]).text);
      if (!f.empty() && f != "carried-over" && f != "granskad" && f != "reviewed") {
        im.error_at(at[kReview],
                    "\"" + columns[kReview].column.header + "\" is \"" + f +
                        "\"; it must be granskad, carried-over or empty",
                    "write granskad once the risk has been reviewed; an empty cell leaves the risk as it is");
        ok = false;
      }
    }
    if (!ok) continue;
    int nr = static_cast<int>(*parse_integer(im.cell(at[kNr])));
    if (!seen.insert(nr).second) {
      im.error_at(at[kNr], "risk " + std::to_string(nr) + " is in the sheet twice",
                  "give the new risk a number of its own");
      continue;
    }
    rows.emplace_back(nr, im.row);
  }
  if (im.out.diags.has_errors()) return std::move(im.out);

  // The cell text a column has for a row: integers in their plain form so "3.0" equals "3".
  auto value = [&](const ReadRow& r, size_t col) -> std::string {
    im.row = &r;
    const ReadCell& c = im.cell(at[col]);
    if (columns[col].column.kind == CellKind::Integer) {
      auto v = parse_integer(c);
      return v ? std::to_string(*v) : "";
    }
    return col == kEvent || columns[col].set == nullptr ? trim_cell(c.text) : c.text;
  };
  RiskImport& out = im.out;
  // Removed: in the content but not in the sheet.
  std::vector<ojson*> containers;
  collect(vor, containers);
  for (ojson* risks : containers) {
    for (auto it = risks->begin(); it != risks->end();) {
      if (it->is_object() && !seen.count(it->value("nr", 0))) {
        it = risks->erase(it);
        ++out.removed;
      } else {
        ++it;
      }
    }
  }
  for (const auto& entry : rows) {
    // Not a structured binding: clang 14 (the fuzz build) cannot capture one in a lambda.
    const int nr = entry.first;
    const ReadRow* r = entry.second;
    auto found = old.find(nr);
    std::vector<Cell> before;
    if (found != old.end()) {
      RiskRow rr{*found->second, existing.processes[found->second->process], model};
      for (const RiskColumn& c : columns) before.push_back(c.get(rr));
    }
    auto differs = [&](size_t col) {
      if (at[col] < 0) return false;
      std::string v = value(*r, col);
      if (col == kReview && v.empty()) return false;  // a blank review cell leaves the risk as it is
      return before.empty() || v != before[col].text;
    };
    ojson fresh = {{"nr", nr}};
    ojson* risk = before.empty() ? &fresh : find_risk(vor, nr);
    if (!risk) continue;  // in the model but not found in the JSON: cannot happen for a loaded year
    bool changed = false;
    for (size_t col = 0; col < columns.size(); ++col) {
      if (!columns[col].set || !differs(col)) continue;
      columns[col].set(*risk, value(*r, col));
      changed = true;
    }
    // A new score with the old label or stated RV: those follow the score, as the editor means.
    bool scores = differs(kP) || differs(kK);
    if (!before.empty() && scores) {
      int p = (*risk)["probability"].get<int>(), k = (*risk)["consequence"].get<int>();
      if (differs(kP) && !differs(kPLabel) && risk->contains("probability_label"))
        (*risk)["probability_label"] = model.probability.label_for(p);
      if (differs(kK) && !differs(kKLabel) && risk->contains("consequence_label"))
        (*risk)["consequence_label"] = model.consequence.label_for(k);
      if (!differs(kStated) && risk->contains("rv")) (*risk)["rv"] = p * k;
      if (!differs(kReview)) risk->erase("review");  // a changed score is a reviewed one
    }
    bool regroup = before.empty() || differs(kGoal) || differs(kProcess) || differs(kMethod);
    if (!regroup) {
      out.changed += changed;
      continue;
    }
    auto text_or = [&](size_t col, const std::string& fallback) {
      return at[col] >= 0 ? trim_cell(value(*r, col)) : fallback;
    };
    const Process* p = before.empty() ? nullptr : &existing.processes[found->second->process];
    std::string goal = text_or(kGoal, p ? p->goal : "");
    std::string process = text_or(kProcess, p ? p->name : "");
    std::string method = text_or(kMethod, before.empty() ? "" : found->second->method);
    std::vector<std::string> managers = at[kManagers] >= 0 ? split_list(value(*r, kManagers))
                                                           : (p ? p->managers : std::vector<std::string>{});
    ojson moving = *risk;
    if (!before.empty()) {
      containers.clear();
      collect(vor, containers);
      for (ojson* risks : containers)
        for (auto it = risks->begin(); it != risks->end(); ++it)
          if (&*it == risk) {
            risks->erase(it);
            break;
          }
      ++out.moved;
    } else {
      ++out.added;
    }
    place(vor, goal, process, managers, method, std::move(moving));
  }
  out.vor = std::move(vor);
  return std::move(im.out);
}

}  // namespace insyn
