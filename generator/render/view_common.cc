#include "render/view_common.h"

#include <algorithm>

#include "core/format.h"

namespace insyn {

std::string join_with(const std::vector<std::string>& items, const std::string& sep) {
  std::string out;
  for (size_t i = 0; i < items.size(); ++i) out += (i ? sep : "") + items[i];
  return out;
}

std::string goal_heading(const PlanYear& year, const std::string& id) {
  if (id.empty()) return "";
  const Goal* g = year.find_goal(id);
  return g ? id + " " + g->text : id;
}

std::string relative_root(const std::string& output_path) {
  std::string root;
  for (char c : output_path) {
    if (c == '/') root += "../";
  }
  return root;
}

std::string format_money(const Money& money) {
  if (!money.amount) return "";
  std::string unit = money.currency == "SEK" ? "kr" : money.currency;
  return format_number(*money.amount, 2) + "\xC2\xA0" + unit;
}

std::string format_period(const Period& period, const nlohmann::json& strings) {
  if (!period.start && !period.end && !period.open_end) return "";
  std::string start = period.start ? period.start->to_string() : "?";
  std::string end = period.open_end ? "(" + strings.value("open_end", "löpande") + ")"
                                    : (period.end ? period.end->to_string() : "?");
  return start + " – " + end;
}

bool has_document(const PlanYear& year, const std::string& key) {
  if (key == "vor") return year.vor.has_value();
  if (key == "ordlista") return year.glossary.has_value();
  if (year.appendices.count(key)) return true;
  if (key == "kontrollplan") return year.control_plan.has_value();
  if (key == "projekt") return year.projects.has_value();
  if (key == "upphandling") return year.procurement.has_value();
  if (key == "budget") return year.budget.has_value();
  if (key == "verksamhetsberattelse") return year.followup.has_value() || year.narratives.count(key);
  if (key == "kompetens") return year.competence.has_value() || year.narratives.count("kompetens");
  return year.narratives.count(key) > 0;
}

std::string document_label(const nlohmann::json& strings, const PlanYear& year, const std::string& key) {
  const auto& c = year.competence;
  bool only_applications =
      key == "kompetens" && c && c->applications && c->staff.empty() && c->activities.empty();
  std::string fallback = strings.value("doc_" + key, key);
  return only_applications ? strings.value("doc_kompetens_applications", fallback) : fallback;
}

nlohmann::json page_view(const Site& site, const Theme& theme, const std::string& output_path, const std::string& title,
                         const Organisation* org, const PlanYear* year, const std::string& current) {
  const nlohmann::json& t = theme.strings;
  std::string root = relative_root(output_path);
  nlohmann::json v;
  v["lang"] = site.config.default_language;
  v["root"] = root;
  v["title"] = title;
  v["site_title"] = site.config.title;
  v["head_title"] = title == site.config.title ? title : title + " – " + site.config.title;
  nlohmann::json crumbs = nlohmann::json::array();
  crumbs.push_back({{"href", root + "index.html"}, {"label", t.value("home", "Start")}});
  if (org) {
    v["organisation"] = org->name;
    crumbs.push_back({{"href", root + org->slug + "/index.html"}, {"label", org->name}});
  }
  if (org && year) {
    std::string year_root = root + year->dir + "/";
    crumbs.push_back({{"href", year_root + "index.html"}, {"label", t.value("plan_year", "Planår") + " " + std::to_string(year->year)}});
    nlohmann::json nav = nlohmann::json::array();
    nav.push_back({{"href", year_root + "index.html"}, {"label", t.value("overview", "Översikt")}, {"current", current.empty()}});
    for (const char* key : kDocumentKeys) {
      if (!has_document(*year, key)) continue;
      nav.push_back({{"href", year_root + key + "/index.html"},
                     {"label", document_label(t, *year, key)},
                     {"current", current == key}});
    }
    v["doc_nav"] = std::move(nav);
    v["has_doc_nav"] = true;
    v["year"] = std::to_string(year->year);
    // Other plan years of the same board: the same document when that year has it, else its overview.
    nlohmann::json years = nlohmann::json::array();
    for (const PlanYear& other : org->years) {
      bool same_doc = !current.empty() && current != "utskrift" && has_document(other, current);
      std::string href = root + other.dir + "/" + (same_doc ? current + "/" : std::string()) + "index.html";
      years.push_back({{"label", std::to_string(other.year)}, {"href", href}, {"current", other.year == year->year}});
    }
    v["year_nav"] = std::move(years);
    v["has_year_nav"] = org->years.size() > 1;
  }
  v["breadcrumbs"] = std::move(crumbs);
  v["accessibility_href"] = root + "tillganglighet/index.html";
  return v;
}

nlohmann::json layout_view(nlohmann::json page) {
  static const char* const kLayoutKeys[] = {"lang",     "root",         "title",       "site_title",  "head_title",
                                            "organisation", "breadcrumbs", "doc_nav",     "has_doc_nav",
                                            "year_nav", "has_year_nav", "year",        "accessibility_href"};
  nlohmann::json layout = nlohmann::json::object();
  for (const char* key : kLayoutKeys) {
    if (auto it = page.find(key); it != page.end()) layout[key] = std::move(*it);
  }
  return layout;
}

}  // namespace insyn
