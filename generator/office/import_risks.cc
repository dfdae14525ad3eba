#include "office/import_risks.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>

#include "office/risk_sheet.h"

namespace insyn {

namespace {

using ojson = nlohmann::ordered_json;

std::string trim(std::string s) {
  auto space = [](unsigned char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; };
  while (!s.empty() && space(static_cast<unsigned char>(s.back()))) s.pop_back();
  size_t i = 0;
  while (i < s.size() && space(static_cast<unsigned char>(s[i]))) ++i;
  // A no-break space (U+00A0) around a number is as good as a space.
  return s.substr(i);
}

// Headers match without regard to ASCII case, and '_' counts as a space, so the CSV export's
// headers ("oönskad_händelse") name the same columns as the workbook's ("Oönskad händelse").
std::string lower_ascii(std::string s) {
  for (char& c : s) c = c == '_' ? ' ' : static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

// Reads an integer as a person or Excel writes it: "3", "3.0" (number cell), " 3 ", "1 000".
std::optional<long long> parse_integer(const ReadCell& cell) {
  std::string t;
  for (size_t i = 0; i < cell.text.size(); ++i) {
    if (cell.text.compare(i, 2, "\xC2\xA0") == 0) {
      ++i;
      continue;
    }
    if (cell.text[i] != ' ') t += cell.text[i];
  }
  if (t.empty() || t.size() > 18) return std::nullopt;
  if (cell.numeric) {
    char* end = nullptr;
    double d = std::strtod(t.c_str(), &end);
    if (*end || d != std::floor(d) || std::fabs(d) > 1e15) return std::nullopt;
    return static_cast<long long>(d);
  }
  size_t i = t[0] == '-' ? 1 : 0;
  if (i == t.size() ||
      !std::all_of(t.begin() + static_cast<long>(i), t.end(), [](char c) { return c >= '0' && c <= '9'; }))
    return std::nullopt;
  return std::stoll(t);
}

struct Importer {
  const ReadSheet& sheet;
  const std::string& file;
  const Vor& existing;
  const RiskModel& model;
  RiskImport out;
  const ReadRow* row = nullptr;

  // The row as a quoted line ("A | B | C", each cell cut to 24 characters) and the caret position of a
  // column.
  void error_at(int column, std::string message, std::string hint) {
    Diagnostic d;
    d.loc.file = file + ":" + sheet.name + "!" + column_letters(column) + std::to_string(row->number);
    d.message = std::move(message);
    d.hint = std::move(hint);
    d.code = "import-cell";
    std::string quote;
    size_t caret = 0;
    for (size_t c = 0; c < row->cells.size(); ++c) {
      if (c) quote += " | ";
      if (static_cast<int>(c) == column)
        caret = std::count_if(quote.begin(), quote.end(), [](char ch) { return (ch & 0xC0) != 0x80; });
      std::string text = row->cells[c].text;
      size_t chars = 0, cut = 0;
      for (; cut < text.size(); ++cut) {
        if ((text[cut] & 0xC0) != 0x80 && ++chars > 24) break;
      }
      quote += cut < text.size() ? text.substr(0, cut) + "…" : text;
      if (text.empty() && static_cast<int>(c) == column) quote += " ";
    }
    if (column >= static_cast<int>(row->cells.size()))
      caret = std::count_if(quote.begin(), quote.end(), [](char ch) { return (ch & 0xC0) != 0x80; }) + 1;
    d.args = {{"row", std::to_string(row->number)}, {"quote", quote}, {"caret", std::to_string(caret)}};
    out.diags.add(std::move(d));
  }

  const ReadCell& cell(int column) const {
    static const ReadCell empty;
    return column >= 0 && column < static_cast<int>(row->cells.size())
               ? row->cells[static_cast<size_t>(column)]
               : empty;
  }
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

std::vector<std::string> split_list(const std::string& text) {
  std::vector<std::string> out;
  size_t start = 0;
  while (start <= text.size()) {
    size_t comma = text.find(',', start);
    std::string item =
        trim(text.substr(start, comma == std::string::npos ? std::string::npos : comma - start));
    if (!item.empty()) out.push_back(item);
    if (comma == std::string::npos) break;
    start = comma + 1;
  }
  return out;
}

}  // namespace

RiskImport import_risks(const ReadSheet& sheet, const std::string& file, const Vor& existing,
                        const RiskModel& model, ojson vor) {
  Importer im{sheet, file, existing, model, {}, nullptr};
  const auto& columns = risk_columns();
  std::map<std::string, size_t> by_header;  // lower-case header → index in risk_columns()
  for (size_t i = 0; i < columns.size(); ++i) by_header[lower_ascii(columns[i].column.header)] = i;
  std::vector<int> at(columns.size(), -1);  // sheet column of each risk column, -1 when absent
  if (sheet.rows.empty()) {
    im.out.diags.error({file + ":" + sheet.name, 0, 0}, "import-empty", "the sheet is empty",
                       "the first row names the columns (Nr, Oönskad händelse, Sannolikhet, Konsekvens, …)");
    return std::move(im.out);
  }
  const ReadRow& header = sheet.rows.front();
  im.row = &header;
  for (size_t c = 0; c < header.cells.size(); ++c) {
    auto it = by_header.find(lower_ascii(trim(header.cells[c].text)));
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
      if (!required && trim(c.text).empty()) return;
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
    if (trim(im.cell(at[kEvent]).text).empty()) {
      im.error_at(at[kEvent], "\"" + columns[kEvent].column.header + "\" is empty",
                  "every risk names its undesired event");
      ok = false;
    }
    if (at[kFlag] >= 0) {
      std::string f = trim(im.cell(at[kFlag]).text);
      if (f != "in_plan" && f != "vor_only" && f != "unspecified") {
        im.error_at(at[kFlag],
                    "\"" + columns[kFlag].column.header + "\" is \"" + f +
                        "\"; it must be in_plan, vor_only or unspecified",
                    "in_plan: in the internal control plan; vor_only: only in the risk analysis");
        ok = false;
      }
    }
    if (at[kReview] >= 0) {
      std::string f = trim(im.cell(at[kReview]).text);
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
    return col == kEvent || columns[col].set == nullptr ? trim(c.text) : c.text;
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
      return at[col] >= 0 ? trim(value(*r, col)) : fallback;
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

std::string format_cell_diagnostics(const Diagnostics& diags) {
  std::string out;
  for (const Diagnostic& d : diags.items()) {
    auto quote = d.args.find("quote");
    if (quote == d.args.end()) {
      out += format_diagnostic(d, {});
      continue;
    }
    std::string number = d.args.at("row");
    out += d.loc.file + ": " + std::string(severity_name(d.severity)) + ": " + d.message + "\n";
    out += " " + number + " | " + quote->second + "\n";
    out += " " + std::string(number.size(), ' ') + " | " + std::string(std::stoul(d.args.at("caret")), ' ') +
           "^\n";
    if (!d.hint.empty()) out += "hint: " + d.hint + "\n";
  }
  return out;
}

}  // namespace insyn
