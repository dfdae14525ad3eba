#include "render/pages_view.h"

#include <algorithm>

#include "core/html.h"
#include "render/charts_view.h"
#include "svg/charts.h"

namespace insyn {

namespace {

std::string s(const nlohmann::json& t, const std::string& key) {
  return t.value(key, key);
}

// Links name index.html explicitly so the site also works opened from disk (file://).
std::string href_of(const Page& page, const std::string& root) {
  return root + page.url;
}

void sort_by_title(std::vector<const Page*>& pages) {
  std::stable_sort(pages.begin(), pages.end(),
                   [](const Page* a, const Page* b) { return a->title < b->title; });
}

}  // namespace

nlohmann::json page_matrix(int probability, int consequence, const std::string& svg_title,
                           const std::string& caption, const RiskModel& model, const nlohmann::json& t) {
  svg::HeatMatrixSpec spec;
  spec.id = "matris";
  spec.show_counts = false;
  spec.cell_width = 80;
  const Scale& rows = model.probability_on_rows ? model.probability : model.consequence;
  const Scale& cols = model.probability_on_rows ? model.consequence : model.probability;
  int row_value = model.probability_on_rows ? probability : consequence;
  int col_value = model.probability_on_rows ? consequence : probability;
  spec.row_axis = rows.name;
  spec.column_axis = cols.name;
  for (int v = 5; v >= 1; --v) spec.row_labels.push_back(std::to_string(v) + " " + rows.label_for(v));
  for (int v = 1; v <= 5; ++v) spec.column_labels.push_back(std::to_string(v) + " " + cols.label_for(v));
  for (int r = 5; r >= 1; --r) {
    std::vector<svg::MatrixCell> line;
    for (int c = 1; c <= 5; ++c) {
      const Band* band = model.band_for(r * c);
      svg::MatrixCell cell{band ? "band-" + band->id : "", band ? band->label : "", "", {}};
      if (r == row_value && c == col_value) cell.items.push_back({"●", "", false});
      line.push_back(cell);
    }
    spec.cells.push_back(line);
  }
  spec.title = svg_title;
  spec.description = s(t, "probability") + " " + std::to_string(probability) + ", " + s(t, "consequence") +
                     " " + std::to_string(consequence) + ", " + s(t, "rv") + " " +
                     std::to_string(probability * consequence) + ".";
  nlohmann::json table = risk_matrix_table(spec, t);
  table["caption"] = caption;
  table["marked_legend"] = s(t, "page_position_legend");
  return {{"svg", svg::heat_matrix(spec)}, {"table", std::move(table)}, {"id", spec.id}};
}

std::vector<Section> page_sections(const Site& site) {
  std::map<std::string, Section> by_name;
  for (const Page& p : site.pages) {
    Section& section = by_name[p.section];
    section.name = p.section;
    if (p.is_index)
      section.index = &p;
    else
      section.pages.push_back(&p);
  }
  std::vector<Section> out;
  for (auto& [name, section] : by_name) {
    sort_by_title(section.pages);
    out.push_back(std::move(section));
  }
  return out;
}

Taxonomy taxonomy(const Site& site, const std::string& kind) {
  Taxonomy terms;
  for (const Page& p : site.pages) {
    for (const std::string& name : kind == "tags" ? p.tags : p.categories) {
      Term& term = terms[slugify(name)];
      if (term.name.empty()) term.name = name;
      term.pages.push_back(&p);
    }
  }
  for (auto& [slug, term] : terms) sort_by_title(term.pages);
  return terms;
}

nlohmann::json page_list(const std::vector<const Page*>& pages, const RiskModel& model,
                         const std::string& root) {
  nlohmann::json list = nlohmann::json::array();
  for (const Page* page : pages) {
    nlohmann::json entry = {{"title", page->title}, {"href", href_of(*page, root)}};
    if (std::optional<int> rv = page->rv()) {
      const Band* band = model.band_for(*rv);
      entry["rv"] = std::to_string(*rv);
      entry["band"] = band ? band->id : "";
      entry["band_label"] = band ? band->label : "";
    }
    list.push_back(std::move(entry));
  }
  return list;
}

// Readers see "2024-02-02 kl. 08.00"; the machine form stays in <time datetime>.
std::string reader_date(const std::string& iso) {
  if (iso.size() >= 16 && iso[10] == 'T')
    return iso.substr(0, 10) + " kl. " + iso.substr(11, 2) + "." + iso.substr(14, 2);
  return iso;
}

nlohmann::json page_body_view(const Page& page, const RiskModel& model, const std::string& root) {
  nlohmann::json v = {{"html", page.html},       {"owner", page.owner},
                      {"date", page.date},       {"date_text", reader_date(page.date)},
                      {"risk_id", page.risk_id}, {"level", page.level}};
  nlohmann::json tags = nlohmann::json::array(), categories = nlohmann::json::array();
  for (const std::string& tag : page.tags)
    tags.push_back({{"name", tag}, {"href", root + "tags/" + slugify(tag) + "/index.html"}});
  for (const std::string& c : page.categories) {
    categories.push_back({{"name", c}, {"href", root + "categories/" + slugify(c) + "/index.html"}});
  }
  v["has_terms"] = !tags.empty() || !categories.empty();
  v["tags"] = std::move(tags);
  v["categories"] = std::move(categories);
  if (std::optional<int> rv = page.rv()) {
    const Band* band = model.band_for(*rv);
    v["scored"] = true;
    v["probability"] =
        std::to_string(*page.probability) + " " + model.probability.label_for(*page.probability);
    v["consequence"] =
        std::to_string(*page.consequence) + " " + model.consequence.label_for(*page.consequence);
    v["rv"] = std::to_string(*rv);
    v["band"] = band ? band->id : "";
    v["band_label"] = band ? band->label : "";
  }
  return v;
}

}  // namespace insyn
