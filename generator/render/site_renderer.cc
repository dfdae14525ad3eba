#include "render/site_renderer.h"

#include <algorithm>
#include <functional>
#include <chrono>
#include <cstdio>

#include "core/format.h"
#include "core/parallel.h"
#include "render/band_stylesheet.h"
#include "render/charts_view.h"
#include "render/exports.h"
#include "render/findings_text.h"
#include "render/pages_view.h"
#include "render/view_common.h"
#include "render/view_documents.h"

namespace insyn {

namespace {

nlohmann::json bar_chart_view(const svg::BarChartSpec& spec) {
  return {{"svg", svg::bar_chart(spec)}, {"table", bar_table(spec)}, {"id", spec.id}};
}

class Renderer {
 public:
  Renderer(const Site& site, const Theme& theme, Diagnostics& diags) : site_(site), theme_(theme), diags_(diags) {}

  OutputFiles run() {
    queue([this](Sink& sink) { render_home(sink); });
    queue([this](Sink& sink) { render_accessibility(sink); });
    for (const Organisation& org : site_.organisations) {
      queue([this, &org](Sink& sink) { render_organisation(sink, org); });
      for (const PlanYear& year : org.years) queue_year(org, year);
    }
    if (!site_.pages.empty()) queue_pages();
    // Pages are independent: build their views and render them on all cores, each into its own
    // slot, then merge in queue order so output and diagnostics never depend on scheduling.
    std::vector<Sink> sinks(jobs_.size());
    parallel_for(jobs_.size(), [&](size_t i) { jobs_[i](sinks[i]); });
    for (Sink& sink : sinks) {
      for (const Diagnostic& d : sink.diags.items()) diags_.add(d);
      for (OutputFile& f : sink.files) out_.push_back(std::move(f));
    }
    for (const auto& [path, bytes] : theme_.static_files) out_.push_back({path, bytes});
    out_.push_back({"css/bands.css", band_stylesheet(model())});
    std::sort(out_.begin(), out_.end(), [](const OutputFile& a, const OutputFile& b) { return a.path < b.path; });
    return std::move(out_);
  }

 private:
  /// What one job produces.
  struct Sink {
    OutputFiles files;
    Diagnostics diags;
  };
  using Job = std::function<void(Sink&)>;

  void queue(Job job) { jobs_.push_back(std::move(job)); }

  const nlohmann::json& t() const { return theme_.strings; }
  const RiskModel& model() const { return site_.config.risk_model; }
  std::string doc_label(const std::string& key) const { return t().value("doc_" + key, key); }

  // Renders the page body with template `kind`, then wraps it in the base layout.
  void page(Sink& sink, const std::string& path, const std::string& kind, nlohmann::json view) const {
    std::string body = theme_.templates.render(kind, view, sink.diags);
    nlohmann::json layout = layout_view(std::move(view));
    layout["body"] = std::move(body);
    sink.files.push_back({path, theme_.templates.render("base", layout, sink.diags)});
  }

  nlohmann::json organisation_entry(const Organisation& org, const std::string& root) const {
    nlohmann::json years = nlohmann::json::array();
    // Newest first: that is the plan a reader usually wants.
    for (auto it = org.years.rbegin(); it != org.years.rend(); ++it) {
      years.push_back({{"year", std::to_string(it->year)}, {"title", it->title}, {"href", root + it->dir + "/index.html"}});
    }
    return {{"name", org.name}, {"href", root + org.slug + "/index.html"}, {"years", years}};
  }

  void render_home(Sink& sink) const {
    nlohmann::json v = page_view(site_, theme_, "index.html", site_.config.title, nullptr, nullptr, "");
    nlohmann::json orgs = nlohmann::json::array();
    for (const Organisation& org : site_.organisations) orgs.push_back(organisation_entry(org, ""));
    v["organisations"] = orgs;
    v["has_organisations"] = !orgs.empty();
    if (!sections_.empty()) add_page_home(v);
    page(sink, "index.html", "home", v);
  }

  // Free-standing Markdown pages: one job per page, section and taxonomy term.
  void queue_pages() {
    sections_ = page_sections(site_);
    for (const Section& section : sections_) {
      if (!section.name.empty()) queue([this, &section](Sink& sink) { render_section(sink, section); });
      for (const Page* p : section.pages) queue([this, p](Sink& sink) { render_free_page(sink, *p); });
    }
    for (const char* kind : {"tags", "categories"}) {
      auto& terms = taxonomies_[kind] = taxonomy(site_, kind);
      if (terms.empty()) continue;
      queue([this, kind](Sink& sink) { render_terms(sink, kind); });
      for (const auto& [slug, term] : terms) {
        queue([this, kind, &slug, &term](Sink& sink) { render_term(sink, kind, slug, term.first, term.second); });
      }
    }
  }

  // A page view for a free-standing page: sections as the navigation, the section in the breadcrumbs.
  nlohmann::json free_page_view(const std::string& path, const std::string& title, const std::string& section) const {
    nlohmann::json v = page_view(site_, theme_, path, title, nullptr, nullptr, "");
    std::string root = relative_root(path);
    nlohmann::json nav = nlohmann::json::array();
    for (const Section& s : sections_) {
      if (s.name.empty()) continue;
      nav.push_back({{"href", root + s.name + "/index.html"}, {"label", section_title(s)}, {"current", s.name == section}});
      if (s.name == section && path != s.name + "/index.html") {
        v["breadcrumbs"].push_back({{"href", root + s.name + "/index.html"}, {"label", section_title(s)}});
      }
    }
    v["doc_nav"] = nav;
    v["has_doc_nav"] = !nav.empty();
    return v;
  }

  static std::string section_title(const Section& s) { return s.index ? s.index->title : s.name; }

  void add_page_home(nlohmann::json& v) const {
    nlohmann::json sections = nlohmann::json::array();
    size_t total = 0;
    for (const Section& s : sections_) {
      if (s.name.empty()) {
        if (s.index) v["intro"] = s.index->html;
        continue;
      }
      total += s.pages.size();
      sections.push_back({{"href", s.name + "/index.html"}, {"label", section_title(s)},
                          {"count", format_integer(static_cast<long long>(s.pages.size()))}});
    }
    nlohmann::json bands = nlohmann::json::array();
    for (auto b = model().bands.rbegin(); b != model().bands.rend(); ++b) {
      long long n = std::count_if(site_.pages.begin(), site_.pages.end(), [&](const Page& p) {
        return !p.is_index && p.rv() && *p.rv() >= b->min && *p.rv() <= b->max;
      });
      bands.push_back({{"id", b->id}, {"label", b->label}, {"count", format_integer(n)}});
    }
    v["sections"] = sections;
    v["page_count"] = format_integer(static_cast<long long>(total));
    v["page_bands"] = bands;
  }

  void render_free_page(Sink& sink, const Page& p) const {
    nlohmann::json v = free_page_view(p.url, p.title, p.section);
    v["page"] = page_body_view(p, model(), t(), relative_root(p.url));
    v["legend"] = legend();
    page(sink, p.url, "page", v);
  }

  void render_section(Sink& sink, const Section& section) const {
    std::string path = section.name + "/index.html";
    nlohmann::json v = free_page_view(path, section_title(section), section.name);
    if (section.index) v["intro"] = section.index->html;
    nlohmann::json list = nlohmann::json::array();
    for (const Page* p : section.pages) list.push_back(page_list_entry(*p, model(), relative_root(path)));
    v["pages"] = list;
    v["count"] = format_integer(static_cast<long long>(list.size()));
    page(sink, path, "section", v);
  }

  void render_terms(Sink& sink, const std::string& kind) const {
    std::string path = kind + "/index.html";
    nlohmann::json v = free_page_view(path, t().value("taxonomy_" + kind, kind), "");
    nlohmann::json terms = nlohmann::json::array();
    for (const auto& [slug, term] : taxonomies_.at(kind)) {
      terms.push_back({{"name", term.first}, {"href", slug + "/index.html"},
                       {"count", format_integer(static_cast<long long>(term.second.size()))}});
    }
    v["terms"] = terms;
    page(sink, path, "terms", v);
  }

  void render_term(Sink& sink, const std::string& kind, const std::string& slug, const std::string& name,
                   const std::vector<const Page*>& pages) const {
    std::string path = kind + "/" + slug + "/index.html";
    nlohmann::json v = free_page_view(path, t().value("taxonomy_" + kind, kind) + ": " + name, "");
    nlohmann::json list = nlohmann::json::array();
    for (const Page* p : pages) list.push_back(page_list_entry(*p, model(), relative_root(path)));
    v["pages"] = list;
    v["count"] = format_integer(static_cast<long long>(list.size()));
    page(sink, path, "section", v);
  }

  void render_accessibility(Sink& sink) const {
    std::string path = "tillganglighet/index.html";
    page(sink, path, "accessibility", page_view(site_, theme_, path, t().value("accessibility", ""), nullptr, nullptr, ""));
  }

  void render_organisation(Sink& sink, const Organisation& org) const {
    std::string path = org.slug + "/index.html";
    nlohmann::json v = page_view(site_, theme_, path, org.name, &org, nullptr, "");
    v["org"] = organisation_entry(org, relative_root(path));
    v["administration"] = org.administration;
    page(sink, path, "organisation", v);
  }

  // The findings for the board, most severe first. Many findings of one kind (2021 names no manager
  // for any of its 30 processes) become one line with a count and the list folded under it.
  nlohmann::json findings(const PlanYear& year, const std::string& root) const {
    constexpr size_t kGroupFrom = 4;
    std::vector<const Diagnostic*> sorted;
    for (const Diagnostic& d : year.findings) {
      if (d.severity != Severity::Info) sorted.push_back(&d);  // infos are for editors, not the board
    }
    // Most severe first; within a severity, in document order as the checks found them.
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const Diagnostic* a, const Diagnostic* b) { return a->severity < b->severity; });
    std::map<std::string, size_t> per_kind;
    for (const Diagnostic* d : sorted) ++per_kind[kind_of(*d)];
    nlohmann::json items = nlohmann::json::array();
    std::map<std::string, size_t> group_at;  // kind -> index in items
    for (const Diagnostic* d : sorted) {
      nlohmann::json item = finding_item(*d, year, root);
      std::string kind = kind_of(*d);
      if (per_kind[kind] < kGroupFrom) {
        items.push_back(item);
        continue;
      }
      auto [it, first] = group_at.emplace(kind, items.size());
      if (first) {
        std::string label = t().value("finding_kind." + d->code, d->code);
        items.push_back({{"severity", item["severity"]}, {"severity_label", item["severity_label"]}, {"doc", item["doc"]},
                         {"text", format_integer(static_cast<long long>(per_kind[kind])) + " " + label},
                         {"grouped", true}, {"members", nlohmann::json::array()}});
      }
      items[it->second]["members"].push_back(item);
    }
    return {{"items", items}, {"count", format_integer(static_cast<long long>(sorted.size()))}, {"any", !sorted.empty()}};
  }

  static std::string kind_of(const Diagnostic& d) {
    auto variant = d.args.find("variant");
    return d.code + (variant != d.args.end() ? "." + variant->second : "");
  }

  nlohmann::json finding_item(const Diagnostic& d, const PlanYear& year, const std::string& root) const {
    std::string href;
    auto doc = d.args.find("doc");
    auto anchor = d.args.find("anchor");
    if (doc != d.args.end()) href = root + year.dir + "/" + doc->second + "/index.html";
    if (doc != d.args.end() && anchor != d.args.end()) href += "#" + anchor->second;
    std::string severity(severity_name(d.severity));
    return {{"severity", severity},
            {"severity_label", t().value("severity_" + severity, severity)},
            {"text", finding_text(d, t())},
            {"doc", doc != d.args.end() ? doc_label(doc->second) : ""},
            {"href", href}};
  }

  nlohmann::json key_figures(const PlanYear& year) const {
    nlohmann::json figures = nlohmann::json::array();
    auto add = [&](const std::string& label, long long value, const std::string& href, const std::string& note = "") {
      figures.push_back({{"label", label}, {"value", format_integer(value)}, {"href", href}, {"note", note}});
    };
    if (year.vor) {
      const auto& risks = year.vor->risks;
      add(t().value("risk_count", ""), static_cast<long long>(risks.size()), "vor/index.html");
      for (auto b = model().bands.rbegin(); b != model().bands.rend(); ++b) {
        long long n = std::count_if(risks.begin(), risks.end(), [&](const Risk& r) { return r.rv() >= b->min && r.rv() <= b->max; });
        add(t().value("risks_in_band", "") + " " + b->label, n, "vor/niva/index.html",
            t().value("rv", "") + " " + std::to_string(b->min) + "–" + std::to_string(b->max));
      }
      long long starred = std::count_if(risks.begin(), risks.end(), [](const Risk& r) { return r.flag == PlanFlag::InPlan; });
      add(t().value("in_plan_count", ""), starred, "vor/index.html");
    }
    if (year.control_plan) {
      add(t().value("control_count", ""), static_cast<long long>(year.control_plan->controls.size()), "kontrollplan/index.html");
    }
    if (year.projects) {
      double total = 0;
      for (const Project& p : year.projects->projects) {
        if (p.budget && p.budget->amount && p.budget->currency == "SEK" && (p.budget->kind.empty() || p.budget->kind == "total")) {
          total += *p.budget->amount;
        }
      }
      add(t().value("project_count", ""), static_cast<long long>(year.projects->projects.size()), "projekt/index.html",
          t().value("total_budget", "") + " " + format_decimal(total / 1e6, 1) + "\xC2\xA0" + t().value("mnkr", ""));
    }
    if (year.competence) {
      add(t().value("activity_count", ""), static_cast<long long>(year.competence->activities.size()), "kompetens/index.html");
    }
    return figures;
  }

  nlohmann::json matrix(const PlanYear& year, const std::string& id, const std::string& risk_href) const {
    svg::HeatMatrixSpec spec = risk_matrix_spec(year, model(), t(), id, risk_href);
    return {{"svg", svg::heat_matrix(spec)}, {"table", risk_matrix_table(spec, t())}, {"id", id},
            {"legend", legend()}};
  }

  nlohmann::json legend() const {
    nlohmann::json bands = nlohmann::json::array();
    for (const Band& b : model().bands) {
      bands.push_back({{"id", b.id}, {"label", b.label}, {"range", std::to_string(b.min) + "–" + std::to_string(b.max)}});
    }
    return {{"formula", model().formula}, {"bands", bands},
            {"measures_threshold", std::to_string(model().measures_threshold)},
            {"control_plan_threshold", std::to_string(model().control_plan_threshold)}};
  }

  nlohmann::json exports(const PlanYear& year, const std::string& doc, const std::string& prefix) const {
    nlohmann::json files = nlohmann::json::array();
    for (const std::string& name : export_names(year, doc)) {
      std::string format = name.substr(name.rfind('.') + 1);
      files.push_back({{"href", prefix + "data/" + name}, {"name", name}, {"format", t().value("format_" + format, format)}});
    }
    return files;
  }

  // Adds the view of document `key` to `v`; `links` and `prefix` differ between its own page and the
  // print view, where all documents share one page.
  void add_document(nlohmann::json& v, const PlanYear& year, const std::string& key, const DocLinks& links,
                    const std::string& prefix) const {
    auto narrative = year.narratives.find(key);
    if (narrative != year.narratives.end()) v["narrative"] = narrative->second.html;
    if (key == "vor" && year.vor) {
      nlohmann::json doc = vor_view(year, model(), t(), links);
      doc["matrix"] = matrix(year, "matris-vor", links.vor);
      doc["filters"] = vor_filters(year);
      v["doc"] = doc;
    } else if (key == "kontrollplan" && year.control_plan) {
      v["doc"] = control_plan_view(year, t(), links);
    } else if (key == "projekt" && year.projects) {
      nlohmann::json doc = projects_view(year, t());
      svg::GanttSpec gantt = project_gantt_spec(year, t(), "tidslinje");
      doc["gantt"] = {{"svg", svg::gantt(gantt)}, {"id", gantt.id}};
      doc["budget_chart"] = bar_chart_view(project_budget_spec(year, t(), "budget"));
      v["doc"] = doc;
    } else if (key == "kompetens" && year.competence) {
      nlohmann::json doc = competence_view(year, t());
      doc["category_chart"] = bar_chart_view(activities_spec(year, t(), "category", "aktiviteter-kategori"));
      doc["function_chart"] = bar_chart_view(activities_spec(year, t(), "responsible", "aktiviteter-funktion"));
      svg::BarChartSpec staff = staff_spec(year, t(), "personal");
      if (!staff.categories.empty()) doc["staff_chart"] = bar_chart_view(staff);
      v["doc"] = doc;
    }
    v["exports"] = exports(year, key, prefix);
    v["has_exports"] = !v["exports"].empty();
  }

  nlohmann::json vor_filters(const PlanYear& year) const {
    auto options = [](std::vector<std::string> values) {
      nlohmann::json out = nlohmann::json::array();
      for (const std::string& value : values) out.push_back({{"value", value}, {"label", value}});
      return out;
    };
    std::vector<std::string> goals, processes, managers;
    for (const Process& p : year.vor->processes) {
      if (std::find(goals.begin(), goals.end(), p.goal) == goals.end()) goals.push_back(p.goal);
      if (std::find(processes.begin(), processes.end(), p.name) == processes.end()) processes.push_back(p.name);
      for (const std::string& m : p.managers) {
        if (std::find(managers.begin(), managers.end(), m) == managers.end()) managers.push_back(m);
      }
    }
    std::sort(processes.begin(), processes.end());
    std::sort(managers.begin(), managers.end());
    nlohmann::json bands = nlohmann::json::array();
    for (const Band& b : model().bands) bands.push_back({{"value", b.id}, {"label", b.label}});
    return {{"bands", bands}, {"goals", options(goals)}, {"processes", options(processes)}, {"managers", options(managers)}};
  }

  void queue_year(const Organisation& org, const PlanYear& year) {
    // The heaviest page first, so the cores finish together.
    queue([this, &org, &year](Sink& sink) { render_print(sink, org, year); });
    queue([this, &org, &year](Sink& sink) { render_dashboard(sink, org, year); });
    for (const char* key : kDocumentKeys) {
      if (has_document(year, key)) queue([this, &org, &year, key](Sink& sink) { render_document(sink, org, year, key); });
    }
    if (year.vor) {
      for (const char* by : {"band", "manager"}) {
        queue([this, &org, &year, by](Sink& sink) { render_risk_list(sink, org, year, by); });
      }
    }
    queue([this, &year](Sink& sink) { sink.files = year_exports(year, model()); });
  }

  void render_dashboard(Sink& sink, const Organisation& org, const PlanYear& year) const {
    std::string dir = year.dir + "/";
    std::string root = relative_root(dir + "index.html");
    nlohmann::json v = page_view(site_, theme_, dir + "index.html", year.title, &org, &year, "");
    // The plan's own title is too long for a browser tab; the tab names the overview, year and board.
    v["head_title"] = t().value("overview", "") + " " + std::to_string(year.year) + " – " + org.name;
    v["figures"] = key_figures(year);
    v["findings"] = findings(year, root);
    if (year.vor) {
      v["matrix"] = matrix(year, "matris", "vor/index.html");
      v["goal_chart"] = bar_chart_view(risks_per_group_spec(year, model(), t(), "goal", "risker-mal"));
      v["process_chart"] = bar_chart_view(risks_per_group_spec(year, model(), t(), "process", "risker-process"));
    }
    nlohmann::json docs = nlohmann::json::array();
    for (const char* key : kDocumentKeys) {
      if (has_document(year, key)) docs.push_back({{"href", std::string(key) + "/index.html"}, {"label", doc_label(key)}});
    }
    docs.push_back({{"href", "utskrift/index.html"}, {"label", t().value("print_view", "")}});
    v["documents"] = docs;
    page(sink, dir + "index.html", "dashboard", v);
  }

  void render_document(Sink& sink, const Organisation& org, const PlanYear& year, const std::string& key) const {
    std::string path = year.dir + "/" + key + "/index.html";
    nlohmann::json dv = page_view(site_, theme_, path, doc_label(key) + " " + std::to_string(year.year), &org, &year, key);
    add_document(dv, year, key, DocLinks{}, "../");
    page(sink, path, theme_.templates.has(key) ? key : "narrative", dv);
  }

  // The register as static lists by band ("niva") or by responsible manager ("chef").
  void render_risk_list(Sink& sink, const Organisation& org, const PlanYear& year, const std::string& by) const {
    std::string path = year.dir + "/vor/" + (by == "band" ? "niva" : "chef") + "/index.html";
    std::string title = t().value("risks_by_" + by, "") + " " + std::to_string(year.year);
    nlohmann::json lv = page_view(site_, theme_, path, title, &org, &year, "vor");
    DocLinks links{"../index.html", "../../kontrollplan/index.html"};
    lv["groups"] = risk_groups_view(year, model(), t(), by, links);
    page(sink, path, "risk_list", lv);
  }

  void render_print(Sink& sink, const Organisation& org, const PlanYear& year) const {
    std::string path = year.dir + "/utskrift/index.html";
    nlohmann::json v = page_view(site_, theme_, path, t().value("print_title", "") + " " + std::to_string(year.year), &org,
                                 &year, "utskrift");
    nlohmann::json sections = nlohmann::json::array();
    DocLinks links{"", ""};
    for (const char* key : kDocumentKeys) {
      if (!has_document(year, key)) continue;
      nlohmann::json dv = v;
      add_document(dv, year, key, links, "../");
      dv["print"] = true;
      std::string tmpl = theme_.templates.has(key) ? key : "narrative";
      sections.push_back({{"key", key}, {"title", doc_label(key)}, {"body", theme_.templates.render(tmpl, dv, sink.diags)}});
    }
    v["sections"] = sections;
    v["findings"] = findings(year, relative_root(path));
    v["print"] = true;
    page(sink, path, "print", v);
  }

  const Site& site_;
  const Theme& theme_;
  Diagnostics& diags_;
  OutputFiles out_;
  std::vector<Job> jobs_;
  std::vector<Section> sections_;  // free-standing pages by folder; read by jobs
  std::map<std::string, std::map<std::string, std::pair<std::string, std::vector<const Page*>>>> taxonomies_;
};

}  // namespace

OutputFiles render_site(const Site& site, const Theme& theme, Diagnostics& diags) {
  return Renderer(site, theme, diags).run();
}

}  // namespace insyn
