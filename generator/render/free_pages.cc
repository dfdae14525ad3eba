// The jobs for free-standing Markdown pages: each page, each folder's list, and tag and category pages.
#include <algorithm>

#include "core/format.h"
#include "core/html.h"
#include "render/renderer.h"
#include "render/view_common.h"

namespace insyn {

// Free-standing Markdown pages: one job per page, section and taxonomy term.
namespace {

// Stand-ins for a page's title in a shared matrix figure: one where the SVG escapes it, one where
// Mustache does (the two escape an apostrophe differently). Control characters never occur in titles.
constexpr const char* kSvgTitle = "\x1e" "svg-title" "\x1e";
constexpr const char* kCaptionTitle = "\x1e" "caption-title" "\x1e";

void replace_all(std::string& text, const std::string& from, const std::string& to) {
  for (size_t at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size())) {
    text.replace(at, from.size(), to);
  }
}

}  // namespace

void Renderer::prepare_page_matrices() {
  std::string prefix = t().value("matrix_title", "") + ": ";
  for (const Page& p : site_.pages) {
    if (!p.rv() || page_matrices_.count({*p.probability, *p.consequence})) continue;
    nlohmann::json v = page_matrix(*p.probability, *p.consequence, prefix + kSvgTitle, prefix + kCaptionTitle,
                                   model(), t());
    v["legend"] = legend();
    page_matrices_[{*p.probability, *p.consequence}] = theme_.templates.render("partials/matrix", v, diags_);
  }
}

std::string Renderer::page_matrix_html(const Page& p) const {
  std::string html = page_matrices_.at({*p.probability, *p.consequence});
  std::string escaped = html_escape(p.title);
  replace_all(html, kSvgTitle, escaped);
  replace_all(escaped, "&#39;", "&apos;");  // as Mustache writes it
  replace_all(html, kCaptionTitle, escaped);
  return html;
}

void Renderer::queue_pages() {
  sections_ = page_sections(site_);
  prepare_page_matrices();
  for (const Section& section : sections_) {
    if (!section.name.empty()) queue([this, &section](Sink& sink) { render_section(sink, section); });
    for (const Page* p : section.pages) queue([this, p](Sink& sink) { render_free_page(sink, *p); });
  }
  for (const char* kind : {"tags", "categories"}) {
    auto& terms = taxonomies_[kind] = taxonomy(site_, kind);
    if (terms.empty()) continue;
    queue([this, kind](Sink& sink) { render_terms(sink, kind); });
    for (const auto& entry : terms) {
      // Captured through the pair: clang (the fuzz build) cannot capture structured bindings.
      queue([this, kind, &entry](Sink& sink) { render_term(sink, kind, entry.first, entry.second); });
    }
  }
}

// A page view for a free-standing page: sections as the navigation, the section in the breadcrumbs.
nlohmann::json Renderer::free_page_view(const std::string& path, const std::string& title,
                                        const std::string& section) const {
  nlohmann::json v = page_view(site_, theme_, path, title, nullptr, nullptr, "");
  std::string root = relative_root(path);
  nlohmann::json nav = nlohmann::json::array();
  for (const Section& s : sections_) {
    if (s.name.empty()) continue;
    nav.push_back({{"href", root + s.name + "/index.html"},
                   {"label", section_title(s)},
                   {"current", s.name == section}});
    if (s.name == section && path != s.name + "/index.html") {
      v["breadcrumbs"].push_back({{"href", root + s.name + "/index.html"}, {"label", section_title(s)}});
    }
  }
  v["has_doc_nav"] = !nav.empty();
  v["doc_nav"] = std::move(nav);
  return v;
}

void Renderer::add_page_home(nlohmann::json& v) const {
  nlohmann::json sections = nlohmann::json::array();
  size_t total = 0;
  for (const Section& s : sections_) {
    if (s.name.empty()) {
      if (s.index) v["intro"] = s.index->html;
      continue;
    }
    total += s.pages.size();
    sections.push_back({{"href", s.name + "/index.html"},
                        {"label", section_title(s)},
                        {"count", format_integer(static_cast<long long>(s.pages.size()))}});
  }
  nlohmann::json bands = nlohmann::json::array();
  for (auto b = model().bands.rbegin(); b != model().bands.rend(); ++b) {
    long long n = std::count_if(site_.pages.begin(), site_.pages.end(), [&](const Page& p) {
      return !p.is_index && p.rv() && *p.rv() >= b->min && *p.rv() <= b->max;
    });
    bands.push_back({{"id", b->id}, {"label", b->label}, {"count", format_integer(n)}});
  }
  v["sections"] = std::move(sections);
  v["page_count"] = format_integer(static_cast<long long>(total));
  v["page_bands"] = std::move(bands);
}

void Renderer::render_free_page(Sink& sink, const Page& p) const {
  nlohmann::json v = free_page_view(p.url, p.title, p.section);
  v["page"] = page_body_view(p, model(), relative_root(p.url));
  if (p.rv()) v["page"]["matrix_html"] = page_matrix_html(p);
  v["legend"] = legend();
  page(sink, p.url, "page", std::move(v));
}

void Renderer::render_section(Sink& sink, const Section& section) const {
  std::string path = section.name + "/index.html";
  nlohmann::json v = free_page_view(path, section_title(section), section.name);
  if (section.index) v["intro"] = section.index->html;
  add_page_list(v, section.pages, path);
  page(sink, path, "section", std::move(v));
}

void Renderer::render_terms(Sink& sink, const std::string& kind) const {
  std::string path = kind + "/index.html";
  nlohmann::json v = free_page_view(path, t().value("taxonomy_" + kind, kind), "");
  nlohmann::json terms = nlohmann::json::array();
  for (const auto& [slug, term] : taxonomies_.at(kind)) {
    terms.push_back({{"name", term.name},
                     {"href", slug + "/index.html"},
                     {"count", format_integer(static_cast<long long>(term.pages.size()))}});
  }
  v["terms"] = std::move(terms);
  page(sink, path, "terms", std::move(v));
}

void Renderer::render_term(Sink& sink, const std::string& kind, const std::string& slug,
                           const Term& term) const {
  std::string path = kind + "/" + slug + "/index.html";
  nlohmann::json v = free_page_view(path, t().value("taxonomy_" + kind, kind) + ": " + term.name, "");
  add_page_list(v, term.pages, path);
  page(sink, path, "section", std::move(v));
}

void Renderer::add_page_list(nlohmann::json& v, const std::vector<const Page*>& pages,
                             const std::string& path) const {
  v["pages"] = page_list(pages, model(), relative_root(path));
  v["count"] = format_integer(static_cast<long long>(pages.size()));
}

}  // namespace insyn
