#include "render/site_renderer.h"
#include "core/html.h"
#include "render/contents.h"
#include "render/table_frames.h"

#include <algorithm>

#include "core/parallel.h"
#include "render/band_stylesheet.h"
#include "render/renderer.h"
#include "render/view_common.h"
#include "render/view_procurement.h"

namespace insyn {

OutputFiles Renderer::run() {
  queue([this](Sink& sink) { render_home(sink); });
  queue([this](Sink& sink) { render_accessibility(sink); });
  queue([this](Sink& sink) {
    nlohmann::json view =
        page_view(site_, theme_, "404.html", t().value("not_found_title", ""), nullptr, nullptr, "");
    // A server sends this page for any missing path, however deep: its links start from the base path.
    if (const std::string& base = site_.config.base_path; !base.empty()) {
      view["root"] = base;
      view["breadcrumbs"][0]["href"] = base + "index.html";
      view["accessibility_href"] = base + "tillganglighet/index.html";
    }
    page(sink, "404.html", "notfound", std::move(view));
  });
  for (const Organisation& org : site_.organisations) {
    if (!only_boards_ || only_boards_->count(org.slug)) {
      queue([this, &org](Sink& sink) { render_organisation(sink, org); });
      if (org.years.size() > 1) queue([this, &org](Sink& sink) { render_comparison(sink, org); });
      if (has_procurement(org)) queue([this, &org](Sink& sink) { render_procurement_over_time(sink, org); });
    }
    for (const PlanYear& year : org.years) {
      if (!only_years_ || only_years_->count(year.dir)) queue_year(org, year);
    }
  }
  if (!site_.pages.empty()) queue_pages();
  // Archived years depend on content/arkiv/ alone: a plan-year patch keeps them as they were.
  if (!site_.archives.empty() && !only_years_) queue_archives();
  queue_search();
  run_jobs();
  for (const auto& [path, bytes] : theme_.static_files) out_.push_back({path, bytes});
  out_.push_back({"css/bands.css", band_stylesheet(model())});
  if (emit_) {
    for (const OutputFile& f : out_) emit_(f);
    out_.clear();
  }
  std::sort(out_.begin(), out_.end(),
            [](const OutputFile& a, const OutputFile& b) { return a.path < b.path; });
  return std::move(out_);
}

// Pages are independent: build their views and render them on all cores, each into its own slot,
// then merge in queue order so output and diagnostics never depend on scheduling.
void Renderer::run_jobs() {
  std::vector<Sink> sinks(jobs_.size());
  std::vector<size_t> order = early_;
  std::vector<bool> is_early(jobs_.size(), false);
  for (size_t i : early_) is_early[i] = true;
  for (size_t i = 0; i < jobs_.size(); ++i) {
    if (!is_early[i]) order.push_back(i);
  }
  parallel_for(order.size(), [&](size_t n) {
    size_t i = order[n];
    jobs_[i](sinks[i]);
    if (!emit_) return;
    for (const OutputFile& f : sinks[i].files) emit_(f);
    OutputFiles().swap(sinks[i].files);  // handed over: free the memory now
  });
  for (Sink& sink : sinks) {
    for (const Diagnostic& d : sink.diags.items()) diags_.add(d);
    for (OutputFile& f : sink.files) out_.push_back(std::move(f));
  }
}

// Renders the page body with template `kind`, then wraps it in the base layout.
void Renderer::page(Sink& sink, const std::string& path, const std::string& kind, nlohmann::json view,
                    const std::function<std::string(const std::string&)>& filter) const {
  std::string body =
      frame_tables(theme_.templates.render(kind, view, sink.diags), t().value("table_label", "Tabell"));
  if (filter) body = filter(body);
  // The long documents get a table of contents (issue 12: getting around on a phone).
  if (kind == "vor" || kind == "projekt" || kind == "verksamhetsberattelse") {
    body = add_contents(body, html_escape(t().value("toc_heading", "")));
  }
  nlohmann::json layout = layout_view(std::move(view));
  layout["body"] = std::move(body);
  sink.files.push_back({path, theme_.templates.render("base", layout, sink.diags)});
}

nlohmann::json Renderer::organisation_entry(const Organisation& org, const std::string& root) const {
  nlohmann::json years = nlohmann::json::array();
  // Newest first: that is the plan a reader usually wants.
  for (auto it = org.years.rbegin(); it != org.years.rend(); ++it) {
    years.push_back(
        {{"year", std::to_string(it->year)}, {"title", it->title}, {"href", root + it->dir + "/index.html"}});
  }
  return {{"name", org.name}, {"href", root + org.slug + "/index.html"}, {"years", std::move(years)}};
}

void Renderer::render_home(Sink& sink) const {
  nlohmann::json v = page_view(site_, theme_, "index.html", site_.config.title, nullptr, nullptr, "");
  nlohmann::json orgs = nlohmann::json::array();
  for (const Organisation& org : site_.organisations) orgs.push_back(organisation_entry(org, ""));
  v["has_organisations"] = !orgs.empty();
  v["organisations"] = std::move(orgs);
  v["archives"] = archive_entries("");
  v["has_archives"] = !site_.archives.empty();
  if (!sections_.empty()) add_page_home(v);
  page(sink, "index.html", "home", std::move(v));
}

void Renderer::render_accessibility(Sink& sink) const {
  std::string path = "tillganglighet/index.html";
  nlohmann::json v = page_view(site_, theme_, path, t().value("accessibility", ""), nullptr, nullptr, "");
  const AccessibilityStatement& a = site_.config.accessibility;
  v["statement"] = {{"contact_name", a.contact_name},
                    {"contact_email", a.contact_email},
                    {"contact_phone", a.contact_phone},
                    {"assessed", a.assessed},
                    {"has_contact", !a.contact_email.empty() || !a.contact_phone.empty()}};
  page(sink, path, "accessibility", std::move(v));
}

void Renderer::render_organisation(Sink& sink, const Organisation& org) const {
  std::string path = org.slug + "/index.html";
  nlohmann::json v = page_view(site_, theme_, path, org.name, &org, nullptr, "");
  v["org"] = organisation_entry(org, relative_root(path));
  v["administration"] = org.administration;
  if (org.years.size() > 1) v["comparison_href"] = "jamforelse/index.html";
  if (has_procurement(org)) v["procurement_href"] = "upphandling/index.html";
  v["archives"] = archive_entries(relative_root(path));
  v["has_archives"] = !site_.archives.empty();
  page(sink, path, "organisation", std::move(v));
}

OutputFiles Renderer::run_pages(const std::vector<const Page*>& pages) {
  sections_ = page_sections(site_);
  prepare_page_matrices();
  for (const Page* p : pages) queue([this, p](Sink& sink) { render_free_page(sink, *p); });
  queue_search();  // the index holds the pages' text
  run_jobs();
  return std::move(out_);
}

OutputFiles render_free_pages(const Site& site, const Theme& theme, const std::vector<const Page*>& pages,
                              Diagnostics& diags) {
  return Renderer(site, theme, diags).run_pages(pages);
}

OutputFiles render_site_for_years(const Site& site, const Theme& theme,
                                  const std::set<std::string>& year_dirs, Diagnostics& diags,
                                  const std::set<std::string>* boards, RenderMemo* memo) {
  Renderer renderer(site, theme, diags);
  renderer.only_years(&year_dirs);
  renderer.only_boards(boards);
  renderer.use_memo(memo);
  return renderer.run();
}

OutputFiles render_site(const Site& site, const Theme& theme, Diagnostics& diags, const FileEmitter& emit) {
  return Renderer(site, theme, diags, emit).run();
}

}  // namespace insyn
