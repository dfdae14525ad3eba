#include "office/import_projects.h"

#include <cmath>
#include <map>
#include <set>

#include "office/project_sheet.h"

namespace insyn {

namespace {

using ojson = nlohmann::ordered_json;

// Columns that belong to the heading a project stands under, not to the project.
bool group_key(const std::string& key) {
  return key == "group" || key == "funder" || key == "role";
}

// The part of a project a dotted key ("budget.amount") names: the object and the key inside it,
// made when `make` is set.
ojson* parent_of(ojson& project, const std::string& key, std::string& leaf, bool make) {
  size_t dot = key.find('.');
  if (dot == std::string::npos) {
    leaf = key;
    return &project;
  }
  std::string outer = key.substr(0, dot);
  leaf = key.substr(dot + 1);
  if (!project.contains(outer) || !project[outer].is_object()) {
    if (!make) return nullptr;
    project[outer] = ojson::object();
  }
  return &project[outer];
}

// The content's value for a checked cell text: numbers as numbers, an open end as "open".
ojson content_value(const std::string& key, const std::string& text) {
  if (key == "nr") return std::stoi(text);
  if (key == "budget.amount" || key == "cofinancing.amount") {
    double d = std::stod(text);
    return d == std::floor(d) ? ojson(static_cast<long long>(d)) : ojson(d);
  }
  if (key == "period.end" && text == "löpande") return "open";
  return text;
}

ojson* find_project(ojson& appendix, const std::string& id, ojson** group) {
  for (ojson& g : appendix["groups"])
    if (g.is_object() && g.contains("projects") && g["projects"].is_array())
      for (ojson& p : g["projects"])
        if (p.is_object() && p.value("id", std::string()) == id) {
          *group = &g;
          return &p;
        }
  return nullptr;
}

}  // namespace

ProjectImport import_projects(const ReadSheet& sheet, const std::string& file,
                              const ProjectAppendix* existing, ojson appendix) {
  ProjectImport out;
  SheetCursor cur{sheet, file, &out.diags};
  const auto& columns = project_columns();
  auto located =
      locate_columns(sheet, file, column_headers(columns), out.diags,
                     "the first row names the columns (Id, Namn, Rubrik, Budget som publicerad, …)");
  if (!located) return out;
  const std::vector<int>& at = *located;
  const ReadRow& header = sheet.rows.front();
  auto index_of = [&](const std::string& key) { return column_index(columns, key); };
  auto col = [&](const std::string& key) { return at[index_of(key)]; };
  cur.row = &header;
  if (col("id") < 0) {
    cur.error_at(static_cast<int>(header.cells.size()), "the sheet has no column \"Id\"",
                 "the first row names the columns as the workbook `insyn build` writes does");
    return out;
  }

  // Check every row first and keep its cells in the export's text form; nothing is applied when a cell
  // is wrong.
  struct Row {
    const ReadRow* row;
    std::string id;
    std::vector<std::string> text;  // per column of project_columns(); "" when the sheet lacks it
  };
  std::vector<Row> rows;
  std::set<std::string> seen;
  std::map<std::string, std::pair<std::string, std::string>> heading_terms;  // heading → funder, role
  for (size_t i = 1; i < sheet.rows.size(); ++i) {
    cur.row = &sheet.rows[i];
    Row r{cur.row, trim_cell(cur.cell(col("id")).text), {}};
    bool ok = true;
    auto fail = [&](const std::string& key, std::string message, std::string hint) {
      cur.error_at(col(key), std::move(message), std::move(hint));
      ok = false;
    };
    if (r.id.empty())
      fail("id", "\"Id\" is empty", "every project has an id, a short lower-case slug such as \"spangen\"");
    else if (!seen.insert(r.id).second)
      fail("id", "project " + r.id + " is in the sheet twice", "give the new project an id of its own");
    for (size_t c = 0; c < columns.size(); ++c) {
      const std::string key = columns[c].json_key;
      const ReadCell& cell = cur.cell(at[c]);
      std::string text = trim_cell(cell.text);
      const std::string quoted = "\"" + columns[c].column.header + "\" is \"" + cell.text + "\"";
      if (at[c] < 0 || text.empty()) {
        if ((key == "name" || key == "group") && at[c] >= 0)
          fail(key, "\"" + columns[c].column.header + "\" is empty",
               "every project has a name and a heading");
        r.text.push_back("");
        continue;
      }
      if (key == "nr") {
        auto v = parse_integer(cell);
        if (!v || *v < 1 || *v > 10000)
          fail(key, quoted + "; it must be a whole number from 1 to 10000", "or leave it empty");
        else
          text = std::to_string(*v);
      } else if (key == "budget.amount" || key == "cofinancing.amount") {
        auto v = parse_number(cell);
        if (!v || *v < 0 || *v >= 1e15)
          fail(key, quoted + "; it must be an amount from 0 to 10^15",
               "write the amount in the currency's units, e.g. 24200000");
        else
          text = number_cell(*v).text;
      } else if (key == "budget.currency" || key == "cofinancing.currency") {
        if (text != "SEK" && text != "EUR")
          fail(key, quoted + "; it must be SEK or EUR", "or leave it empty");
      } else if (key == "period.start" || (key == "period.end" && text != "löpande")) {
        auto v = parse_date(cell);
        if (!v)
          fail(key, quoted + "; it is not a date",
               "write YYYY, YYYY-MM or YYYY-MM-DD" + std::string(key == "period.end" ? ", or löpande" : ""));
        else
          text = *v;
      } else if (key == "role" && text != "owner" && text != "partner" && text != "unspecified") {
        fail(key, quoted + "; it must be owner, partner or unspecified",
             "owner: the board owns the project; partner: the board takes part");
      }
      r.text.push_back(text);
    }
    if (!ok) continue;
    // A budget, co-financing or period needs its text as published once any part of it is given.
    for (const char* part : {"budget", "cofinancing", "period"}) {
      bool any = false, raw = false;
      for (size_t c = 0; c < columns.size(); ++c) {
        std::string key = columns[c].json_key;
        if (key.rfind(std::string(part) + ".", 0) != 0 || r.text[c].empty()) continue;
        (key == std::string(part) + ".raw" ? raw : any) = true;
      }
      if (any && !raw && col(std::string(part) + ".raw") >= 0)
        fail(std::string(part) + ".raw",
             "the text as published is empty, but the other columns of it are filled",
             "copy the figure or period as the plan prints it, e.g. \"24,2 miljoner kr\"");
    }
    // Funder and role belong to the heading: its rows must agree.
    auto terms = std::make_pair(r.text[index_of("funder")], r.text[index_of("role")]);
    auto [it, fresh] = heading_terms.emplace(r.text[index_of("group")], terms);
    if (col("group") >= 0 && !fresh && it->second != terms)
      fail(it->second.first != terms.first ? "funder" : "role",
           "the rows under the heading \"" + it->first + "\" name different funders or roles",
           "funder and role belong to the heading; give every row of it the same, or give this project a new "
           "heading");
    if (ok) rows.push_back(std::move(r));
  }
  if (out.diags.has_errors()) return out;

  std::map<std::string, std::vector<Cell>> before;  // the export's cells of each existing project
  if (existing)
    for (const Project& p : existing->projects) {
      std::vector<Cell> cells;
      for (const auto& c : columns) cells.push_back(c.get({p, existing->groups[p.group]}));
      before[p.id] = std::move(cells);
    }
  if (!appendix.contains("groups") || !appendix["groups"].is_array()) appendix["groups"] = ojson::array();
  for (ojson& g : appendix["groups"]) {
    if (!g.is_object() || !g.contains("projects") || !g["projects"].is_array()) continue;
    for (auto it = g["projects"].begin(); it != g["projects"].end();) {
      if (it->is_object() && !seen.count(it->value("id", std::string()))) {
        it = g["projects"].erase(it);
        ++out.removed;
      } else {
        ++it;
      }
    }
  }
  for (const Row& r : rows) {
    ojson* group = nullptr;
    ojson* project = find_project(appendix, r.id, &group);
    auto old = before.find(r.id);
    bool fresh = project == nullptr || old == before.end();
    ojson made = {{"id", r.id}};
    ojson& target = project ? *project : made;
    bool changed = false;
    for (size_t c = 0; c < columns.size(); ++c) {
      const std::string key = columns[c].json_key;
      if (key == "id" || group_key(key) || at[c] < 0) continue;
      if (!fresh && r.text[c] == old->second[c].text) continue;
      std::string leaf;
      ojson* parent = parent_of(target, key, leaf, !r.text[c].empty());
      if (r.text[c].empty()) {
        if (parent) changed |= parent->erase(leaf) > 0;
      } else {
        (*parent)[leaf] = content_value(key, r.text[c]);
        changed = true;
      }
    }
    for (const char* part : {"budget", "cofinancing", "period"})
      if (target.contains(part) && target[part].value("raw", std::string()).empty()) target.erase(part);
    // Where it stands: its heading, made when new.
    std::string heading =
        col("group") >= 0 ? r.text[index_of("group")] : (group ? group->value("heading", std::string()) : "");
    bool move = fresh || !group || group->value("heading", std::string()) != heading;
    if (move) {
      ojson moving = target;
      if (project) {
        auto& list = (*group)["projects"];
        for (auto it = list.begin(); it != list.end(); ++it)
          if (&*it == project) {
            list.erase(it);
            break;
          }
      }
      ojson* home = nullptr;
      for (ojson& candidate : appendix["groups"])
        if (candidate.is_object() && candidate.value("heading", std::string()) == heading) home = &candidate;
      if (!home) {
        const auto& terms = heading_terms[heading];
        appendix["groups"].push_back({{"heading", heading},
                                      {"funder", terms.first},
                                      {"role", terms.second.empty() ? "unspecified" : terms.second},
                                      {"projects", ojson::array()}});
        home = &appendix["groups"].back();
      }
      (*home)["projects"].push_back(std::move(moving));
      ++(fresh ? out.added : out.moved);
    } else {
      out.changed += changed;
    }
  }
  // The headings' funder and role, as their rows name them.
  for (const auto& [heading, terms] : heading_terms)
    for (ojson& g : appendix["groups"])
      if (g.is_object() && g.value("heading", std::string()) == heading) {
        if (col("funder") >= 0 && g.value("funder", std::string()) != terms.first) {
          g["funder"] = terms.first;
          ++out.changed;
        }
        if (col("role") >= 0 && !terms.second.empty() && g.value("role", std::string()) != terms.second) {
          g["role"] = terms.second;
          ++out.changed;
        }
      }
  out.appendix = std::move(appendix);
  return out;
}

}  // namespace insyn
