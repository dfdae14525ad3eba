// An appendix of forms and tables: its sections with text, fields and tables, empty and cut-off
// cells said in words (never a silent blank), and each table's open-data files.
#include <algorithm>

#include "core/format.h"
#include "render/view_more.h"

namespace insyn {

nlohmann::json appendix_view(const Appendix& a, const nlohmann::json& t, const std::string& data_prefix) {
  nlohmann::json sections = nlohmann::json::array();
  for (const AppendixSection& s : a.sections) {
    nlohmann::json fields = nlohmann::json::array();
    for (const AppendixField& f : s.fields) {
      fields.push_back({{"label", f.label}, {"value", f.value}, {"empty", f.value.empty()}});
    }
    nlohmann::json tables = nlohmann::json::array();
    for (const AppendixTable& table : s.tables) {
      nlohmann::json header = nlohmann::json::array();
      for (const AppendixColumn& c : table.columns) header.push_back(c.label);
      nlohmann::json rows = nlohmann::json::array();
      for (const AppendixRow& row : table.rows) {
        nlohmann::json cells = nlohmann::json::array();
        for (size_t i = 0; i < table.columns.size(); ++i) {
          const AppendixColumn& c = table.columns[i];
          auto it = row.cells.find(c.key);
          std::string text = it == row.cells.end() ? "" : it->second;
          bool cut = std::find(row.truncated.begin(), row.truncated.end(), c.key) != row.truncated.end();
          cells.push_back({{"text", text},
                           {"label", c.label},  // names the value on a phone, where the table is cards
                           {"empty", text.empty()},
                           {"truncated", cut},
                           {"head", i == 0}});
        }
        rows.push_back({{"cells", std::move(cells)}, {"note", row.note}});
      }
      std::string csv = data_prefix + "data/" + a.key + "-" + table.id + ".csv";
      tables.push_back({{"id", "tabell-" + table.id},
                        {"caption", table.caption},
                        {"note", table.note},
                        {"header", std::move(header)},
                        {"wide", table.columns.size() >= 6},  // printed as cards (site.css)
                        {"rows", std::move(rows)},
                        {"count", format_integer(static_cast<long long>(table.rows.size()))},
                        {"is_empty", table.rows.empty()},
                        {"stated_count", table.stated_count ? format_integer(*table.stated_count) : ""},
                        {"csv", csv},
                        {"csv_name", a.key + "-" + table.id + ".csv"}});
    }
    sections.push_back({{"id", s.id},
                        {"heading", s.heading},
                        {"text", s.text_html},
                        {"has_fields", !fields.empty()},
                        {"fields", std::move(fields)},
                        {"tables", std::move(tables)}});
  }
  (void)t;
  return {{"title", a.title}, {"sections", std::move(sections)}};
}

std::string document_template(const PlanYear& year, const std::string& key, bool theme_has_key) {
  if (year.appendices.count(key)) return "bilaga";
  return theme_has_key ? key : "narrative";
}

}  // namespace insyn
