// The jobs for a board's plan year: dashboard, one page per document, static risk lists, the print
// view and the open data.
#include <algorithm>

#include "core/format.h"
#include "core/heading_ids.h"
#include "render/charts_view.h"
#include "render/exports.h"
#include "render/findings_text.h"
#include "render/renderer.h"
#include "render/term_links.h"
#include "render/view_budget.h"
#include "render/view_common.h"
#include "render/view_followup.h"
#include "render/view_more.h"
#include "render/view_procurement.h"

namespace insyn {

namespace {

nlohmann::json bar_chart_view(const svg::BarChartSpec& spec) {
  return {{"svg", svg::bar_chart(spec)}, {"table", bar_table(spec)}, {"id", spec.id}};
}

}  // namespace

// The findings for the board, most severe first. Many findings of one kind (2021 names no manager
// for any of its 30 processes) become one line with a count and the list folded under it.
nlohmann::json Renderer::findings(const PlanYear& year, const std::string& root) const {
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
      items.push_back(std::move(item));
      continue;
    }
    auto [it, first] = group_at.emplace(kind, items.size());
    if (first) {
      std::string label = t().value("finding_kind." + d->code, d->code);
      items.push_back({{"severity", item["severity"]},
                       {"severity_label", item["severity_label"]},
                       {"doc", item["doc"]},
                       {"text", format_integer(static_cast<long long>(per_kind[kind])) + " " + label},
                       {"grouped", true},
                       {"members", nlohmann::json::array()}});
    }
    items[it->second]["members"].push_back(std::move(item));
  }
  return {{"items", std::move(items)},
          {"count", format_integer(static_cast<long long>(sorted.size()))},
          {"any", !sorted.empty()}};
}

std::string Renderer::kind_of(const Diagnostic& d) {
  auto variant = d.args.find("variant");
  return d.code + (variant != d.args.end() ? "." + variant->second : "");
}

nlohmann::json Renderer::finding_item(const Diagnostic& d, const PlanYear& year,
                                      const std::string& root) const {
  std::string href;
  auto doc = d.args.find("doc");
  auto anchor = d.args.find("anchor");
  if (doc != d.args.end()) href = root + year.dir + "/" + doc->second + "/index.html";
  if (doc != d.args.end() && anchor != d.args.end()) href += "#" + anchor->second;
  std::string severity(severity_name(d.severity));
  return {{"severity", severity},
          {"severity_label", t().value("severity_" + severity, severity)},
          {"text", finding_text(d, t())},
          {"doc", doc != d.args.end() ? document_label(t(), year, doc->second) : ""},
          {"href", href}};
}

nlohmann::json Renderer::key_figures(const PlanYear& year) const {
  nlohmann::json figures = nlohmann::json::array();
  auto add = [&](const std::string& label, long long value, const std::string& href,
                 const std::string& note = "") {
    figures.push_back({{"label", label}, {"value", format_integer(value)}, {"href", href}, {"note", note}});
  };
  if (year.vor) {
    const auto& risks = year.vor->risks;
    add(t().value("risk_count", ""), static_cast<long long>(risks.size()), "vor/index.html");
    for (auto b = model().bands.rbegin(); b != model().bands.rend(); ++b) {
      long long n = std::count_if(risks.begin(), risks.end(),
                                  [&](const Risk& r) { return r.rv() >= b->min && r.rv() <= b->max; });
      add(t().value("risks_in_band", "") + " " + b->label, n, "vor/niva/index.html#niva-" + b->id,
          t().value("rv", "") + " " + std::to_string(b->min) + "–" + std::to_string(b->max));
    }
    long long starred =
        std::count_if(risks.begin(), risks.end(), [](const Risk& r) { return r.flag == PlanFlag::InPlan; });
    add(t().value("in_plan_count", ""), starred, "vor/index.html");
  }
  if (year.control_plan) {
    add(t().value("control_count", ""), static_cast<long long>(year.control_plan->controls.size()),
        "kontrollplan/index.html");
  }
  if (year.projects) {
    double total = 0;
    for (const Project& p : year.projects->projects) {
      if (p.budget && p.budget->amount && p.budget->currency == "SEK" &&
          (p.budget->kind.empty() || p.budget->kind == "total")) {
        total += *p.budget->amount;
      }
    }
    add(t().value("project_count", ""), static_cast<long long>(year.projects->projects.size()),
        "projekt/index.html",
        t().value("total_budget", "") + " " + format_decimal(total / 1e6, 1) + "\xC2\xA0" +
            t().value("mnkr", ""));
  }
  if (year.competence && !year.competence->activities.empty()) {
    add(t().value("activity_count", ""), static_cast<long long>(year.competence->activities.size()),
        "kompetens/index.html");
  }
  if (year.competence && year.competence->applications) {
    const FundingApplications& apps = *year.competence->applications;
    add(t().value("application_count", ""), static_cast<long long>(apps.items.size()), "kompetens/index.html",
        apps.total ? t().value("total_requested", "") + " " + format_money(*apps.total) : "");
  }
  return figures;
}

nlohmann::json Renderer::matrix(const PlanYear& year, const std::string& id,
                                const std::string& risk_href) const {
  svg::HeatMatrixSpec spec = risk_matrix_spec(year, model(), t(), id, risk_href);
  return {{"svg", svg::heat_matrix(spec)},
          {"table", risk_matrix_table(spec, t())},
          {"id", id},
          {"legend", legend()}};
}

nlohmann::json Renderer::legend() const {
  nlohmann::json bands = nlohmann::json::array();
  for (const Band& b : model().bands) {
    bands.push_back(
        {{"id", b.id}, {"label", b.label}, {"range", std::to_string(b.min) + "–" + std::to_string(b.max)}});
  }
  return {{"formula", model().formula},
          {"bands", std::move(bands)},
          {"measures_threshold", std::to_string(model().measures_threshold)},
          {"control_plan_threshold", std::to_string(model().control_plan_threshold)}};
}

nlohmann::json Renderer::exports(const PlanYear& year, const std::string& doc,
                                 const std::string& prefix) const {
  nlohmann::json files = nlohmann::json::array();
  for (const std::string& name : export_names(year, doc)) {
    std::string format = name.substr(name.rfind('.') + 1);
    files.push_back({{"href", prefix + "data/" + name},
                     {"name", name},
                     {"format", t().value("format_" + format, format)}});
  }
  return files;
}

// Adds the view of document `key` to `v`; `links` and `prefix` differ between its own page and the
// print view, where all documents share one page.
void Renderer::add_document(nlohmann::json& v, const PlanYear& year, const std::string& key,
                            const DocLinks& links, const std::string& prefix, Diagnostics& sink_diags) const {
  auto narrative = year.narratives.find(key);
  // Headings get ids so links and search results can point at a section.
  if (narrative != year.narratives.end()) v["narrative"] = add_heading_ids(narrative->second.html, key);
  if (key == "vor" && year.vor) {
    nlohmann::json doc = vor_view(year, model(), t(), links);
    // Rendered once for the page and the print view (render/shared_fragments.cc).
    doc["register"] = vor_register(year, links, sink_diags);
    doc["matrix"] = matrix(year, "matris-vor", links.vor);
    doc["filters"] = vor_filters(year);
    if (year.printed_matrix) doc["printed_matrix"] = printed_matrix_view(year, model(), links.vor);
    v["doc"] = std::move(doc);
  } else if (key == "kontrollplan" && year.control_plan) {
    v["doc"] = control_plan_view(year, model(), t(), links);
  } else if (key == "projekt" && year.projects) {
    nlohmann::json doc = projects_view(year, t());
    svg::GanttSpec gantt = project_gantt_spec(year, t(), "tidslinje");
    doc["gantt"] = {{"svg", svg::gantt(gantt)}, {"id", gantt.id}};
    doc["budget_chart"] = bar_chart_view(project_budget_spec(year, t(), "budget"));
    v["doc"] = std::move(doc);
  } else if (key == "kompetens" && year.competence) {
    nlohmann::json doc = competence_view(year, t());
    doc["category_chart"] = bar_chart_view(activities_spec(year, t(), "category", "aktiviteter-kategori"));
    doc["function_chart"] = bar_chart_view(activities_spec(year, t(), "responsible", "aktiviteter-funktion"));
    svg::BarChartSpec staff = staff_spec(year, t(), "personal");
    if (!staff.categories.empty()) doc["staff_chart"] = bar_chart_view(staff);
    v["doc"] = std::move(doc);
  } else if (key == "verksamhetsberattelse" && year.followup) {
    v["doc"] = followup_view(year, t());
  } else if (key == "upphandling" && year.procurement) {
    v["doc"] = procurement_view(year, t());
  } else if (key == "budget" && year.budget) {
    // The budget restates an earlier year's outcome: its page needs the board's other years.
    for (const Organisation& org : site_.organisations) {
      for (const PlanYear& y : org.years) {
        if (&y == &year) v["doc"] = budget_view(org, year, t());
      }
    }
  } else if (key == "ordlista" && year.glossary) {
    v["doc"] = glossary_view(year);
  } else if (auto a = year.appendices.find(key); a != year.appendices.end()) {
    v["doc"] = appendix_view(a->second, t(), prefix);
  }
  v["exports"] = exports(year, key, prefix);
  v["has_exports"] = !v["exports"].empty();
  // A long list of files (the annual report's 17 tables, each as CSV and JSON) folds away, so on a
  // phone the report starts on the first screen.
  v["many_exports"] = v["exports"].size() > 6;
  v["export_count"] = format_integer(static_cast<long long>(v["exports"].size()));
}

nlohmann::json Renderer::vor_filters(const PlanYear& year) const {
  auto options = [](std::vector<std::string> values) {
    nlohmann::json out = nlohmann::json::array();
    for (const std::string& value : values) out.push_back({{"value", value}, {"label", value}});
    return out;
  };
  std::vector<std::string> goals, processes, managers;
  for (const Process& p : year.vor->processes) {
    if (!p.goal.empty() && std::find(goals.begin(), goals.end(), p.goal) == goals.end())
      goals.push_back(p.goal);
    if (std::find(processes.begin(), processes.end(), p.name) == processes.end()) processes.push_back(p.name);
    for (const std::string& m : p.managers) {
      if (std::find(managers.begin(), managers.end(), m) == managers.end()) managers.push_back(m);
    }
  }
  std::sort(processes.begin(), processes.end());
  std::sort(managers.begin(), managers.end());
  nlohmann::json bands = nlohmann::json::array();
  for (const Band& b : model().bands) bands.push_back({{"value", b.id}, {"label", b.label}});
  // A goal's option names the goal ("1.1 Stockholmarna ska …"), not only its number.
  nlohmann::json goal_options = nlohmann::json::array();
  for (const std::string& id : goals) {
    const Goal* g = year.find_goal(id);
    goal_options.push_back({{"value", id}, {"label", g ? id + " " + g->text : id}});
  }
  return {{"bands", std::move(bands)},
          {"goals", std::move(goal_options)},
          {"processes", options(processes)},
          {"managers", options(managers)}};
}

void Renderer::queue_year(const Organisation& org, const PlanYear& year) {
  // The register page and the print view share the register's HTML.
  if (year.vor) share_register(year, 2);
  // The heaviest page first, so the cores finish together.
  queue([this, &org, &year](Sink& sink) { render_print(sink, org, year); });
  queue([this, &org, &year](Sink& sink) { render_dashboard(sink, org, year); });
  for (const char* key : kDocumentKeys) {
    if (has_document(year, key))
      queue([this, &org, &year, key](Sink& sink) { render_document(sink, org, year, key); });
  }
  if (year.vor) queue([this, &org, &year](Sink& sink) { render_risk_lists(sink, org, year); });
  queue([this, &year](Sink& sink) { sink.files = year_exports(year, model(), sink.diags); });
}

void Renderer::render_dashboard(Sink& sink, const Organisation& org, const PlanYear& year) const {
  std::string dir = year.dir + "/";
  std::string root = relative_root(dir + "index.html");
  nlohmann::json v = page_view(site_, theme_, dir + "index.html", year.title, &org, &year, "");
  // The plan's own title is too long for a browser tab; the tab names the overview, year and board.
  v["head_title"] = t().value("overview", "") + " " + std::to_string(year.year) + " – " + org.name;
  v["figures"] = key_figures(year);
  v["findings"] = findings(year, root);
  // Plan next to outcome: the year's overview shows the follow-up at a glance when there is one.
  if (year.followup) v["followup"] = followup_summary(year, t());
  if (year.vor) {
    v["matrix"] = matrix(year, "matris", "vor/index.html");
    v["goal_chart"] = bar_chart_view(risks_per_group_spec(year, model(), t(), "goal", "risker-mal"));
    v["process_chart"] =
        bar_chart_view(risks_per_group_spec(year, model(), t(), "process", "risker-process"));
  }
  nlohmann::json docs = nlohmann::json::array();
  for (const char* key : kDocumentKeys) {
    if (has_document(year, key))
      docs.push_back({{"href", std::string(key) + "/index.html"}, {"label", document_label(t(), year, key)}});
  }
  docs.push_back({{"href", "utskrift/index.html"}, {"label", t().value("print_view", "")}});
  v["documents"] = std::move(docs);
  page(sink, dir + "index.html", "dashboard", std::move(v));
}

void Renderer::render_document(Sink& sink, const Organisation& org, const PlanYear& year,
                               const std::string& key) const {
  std::string path = year.dir + "/" + key + "/index.html";
  nlohmann::json dv =
      page_view(site_, theme_, path, document_label(t(), year, key) + " " + std::to_string(year.year), &org,
                &year, key);
  add_document(dv, year, key, DocLinks{}, "../", sink.diags);
  // The first use of each glossary term on the page links to its definition.
  std::function<std::string(const std::string&)> terms;
  if (year.glossary && key != "ordlista") {
    terms = [&year](const std::string& body) {
      return link_terms(body, *year.glossary, "../ordlista/index.html");
    };
  }
  page(sink, path, document_template(year, key, theme_.templates.has(key)), std::move(dv), terms);
}

// The register as static lists by band ("niva") or by responsible manager ("chef").
void Renderer::render_risk_list(Sink& sink, const Organisation& org, const PlanYear& year,
                                const std::string& by, const std::vector<std::string>& row_html) const {
  std::string path = year.dir + "/vor/" + (by == "band" ? "niva" : "chef") + "/index.html";
  std::string title = t().value("risks_by_" + by, "") + " " + std::to_string(year.year);
  nlohmann::json lv = page_view(site_, theme_, path, title, &org, &year, "vor");
  lv["groups"] = risk_groups_view(year, model(), t(), by, row_html);
  page(sink, path, "risk_list", std::move(lv));
}

void Renderer::render_print(Sink& sink, const Organisation& org, const PlanYear& year) const {
  std::string path = year.dir + "/utskrift/index.html";
  nlohmann::json v =
      page_view(site_, theme_, path, t().value("print_title", "") + " " + std::to_string(year.year), &org,
                &year, "utskrift");
  nlohmann::json sections = nlohmann::json::array();
  DocLinks links{"", ""};
  for (const char* key : kDocumentKeys) {
    if (!has_document(year, key)) continue;
    nlohmann::json dv = v;
    add_document(dv, year, key, links, "../", sink.diags);
    dv["print"] = true;
    std::string tmpl = document_template(year, key, theme_.templates.has(key));
    sections.push_back({{"key", key},
                        {"title", document_label(t(), year, key)},
                        {"body", theme_.templates.render(tmpl, dv, sink.diags)}});
  }
  v["sections"] = std::move(sections);
  v["findings"] = findings(year, relative_root(path));
  v["print"] = true;
  // On the print view the definitions are on the same page, in the glossary's section.
  std::function<std::string(const std::string&)> terms;
  if (year.glossary)
    terms = [&year](const std::string& body) { return link_terms(body, *year.glossary, ""); };
  page(sink, path, "print", std::move(v), terms);
}

}  // namespace insyn
