// Open data of the documents added after the first four: CSV (for Swedish Excel: ';', UTF-8 with
// BOM) and JSON with the values as printed.
#include <nlohmann/json.hpp>

#include "render/exports.h"
#include "render/view_more.h"

namespace insyn {

namespace {

using ojson = nlohmann::ordered_json;

std::string join_lines(const std::vector<std::string>& items) {
  std::string out;
  for (const std::string& s : items) out += (out.empty() ? "" : "\n") + s;
  return out;
}

void add_glossary(const PlanYear& year, const std::string& dir, OutputFiles& out) {
  std::vector<std::vector<std::string>> rows{{"begrepp", "ankare", "förklaring", "lista", "källrad"}};
  ojson terms = ojson::array();
  for (const GlossaryTerm& t : year.glossary->terms) {
    rows.push_back({t.term, t.anchor, t.definition, join_lines(t.list),
                    t.source_line ? std::to_string(t.source_line) : ""});
    ojson j{{"term", t.term}, {"anchor", t.anchor}, {"forms", t.forms}, {"definition", t.definition}};
    if (!t.list.empty()) j["list"] = t.list;
    terms.push_back(j);
  }
  out.push_back(csv_file(dir + "ordlista.csv", rows));
  out.push_back(json_file(dir + "ordlista.json",
                          {{"year", year.year}, {"title", year.glossary->title}, {"terms", terms}}));
}

// An appendix: one CSV per table (<key>-<table>.csv) and one JSON with every section.
void add_appendix(const Appendix& a, int year, const std::string& dir, OutputFiles& out) {
  ojson sections = ojson::array();
  for (const AppendixSection& s : a.sections) {
    ojson fields = ojson::array();
    for (const AppendixField& f : s.fields) fields.push_back({{"label", f.label}, {"value", f.value}});
    ojson tables = ojson::array();
    for (const AppendixTable& t : s.tables) {
      std::vector<std::vector<std::string>> rows(1);
      ojson columns = ojson::array();
      for (const AppendixColumn& c : t.columns) {
        rows[0].push_back(c.label);
        columns.push_back({{"key", c.key}, {"label", c.label}});
      }
      ojson jrows = ojson::array();
      for (const AppendixRow& r : t.rows) {
        std::vector<std::string> line;
        ojson cells = ojson::object();
        for (const AppendixColumn& c : t.columns) {
          auto it = r.cells.find(c.key);
          line.push_back(it == r.cells.end() ? "" : it->second);
          cells[c.key] = line.back();
        }
        rows.push_back(std::move(line));
        ojson jr{{"cells", cells}};
        if (!r.truncated.empty()) jr["truncated"] = r.truncated;
        if (!r.note.empty()) jr["note"] = r.note;
        jrows.push_back(jr);
      }
      out.push_back(csv_file(dir + a.key + "-" + t.id + ".csv", rows));
      ojson jt{{"id", t.id}, {"caption", t.caption}, {"columns", columns}, {"rows", jrows}};
      if (t.stated_count) jt["stated_count"] = *t.stated_count;
      if (!t.note.empty()) jt["note"] = t.note;
      tables.push_back(jt);
    }
    sections.push_back({{"heading", s.heading}, {"text", s.text}, {"fields", fields}, {"tables", tables}});
  }
  out.push_back(
      json_file(dir + a.key + ".json", {{"year", year}, {"title", a.title}, {"sections", sections}}));
}

}  // namespace

void add_more_exports(const PlanYear& year, const std::string& dir, OutputFiles& out) {
  if (year.glossary) add_glossary(year, dir, out);
  for (const auto& [key, a] : year.appendices) add_appendix(a, year.year, dir, out);
}

std::vector<std::string> more_export_names(const PlanYear& year, const std::string& doc) {
  if (doc == "ordlista" && year.glossary) return {"ordlista.csv", "ordlista.json"};
  auto a = year.appendices.find(doc);
  if (a == year.appendices.end()) return {};
  std::vector<std::string> names{doc + ".json"};
  for (const AppendixSection& s : a->second.sections) {
    for (const AppendixTable& t : s.tables) names.push_back(doc + "-" + t.id + ".csv");
  }
  return names;
}

}  // namespace insyn
