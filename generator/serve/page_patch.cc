#include "serve/page_patch.h"

#include <algorithm>

#include "content/content_tree.h"
#include "content/front_matter.h"
#include "core/filesystem.h"
#include "model/load.h"
#include "model/rules.h"
#include "model/rules_budget.h"
#include "render/pipeline.h"
#include "render/site_renderer.h"
#include "render/view_common.h"
#include "serve/page_inputs.h"

namespace insyn {

namespace {

// Everything of a page that other pages (lists, terms, navigation) or the checks use: all but its text.
bool same_outside_text(const Page& a, const Page& b) {
  return a.source == b.source && a.section == b.section && a.is_index == b.is_index && a.url == b.url &&
         a.title == b.title && a.date == b.date && a.risk_id == b.risk_id && a.probability == b.probability &&
         a.consequence == b.consequence && a.score_stated == b.score_stated && a.level == b.level &&
         a.owner == b.owner && a.categories == b.categories && a.tags == b.tags && a.draft == b.draft;
}

// The page's new version, or nullopt when the file is not a plain page edit that loads cleanly.
std::optional<Page> reload_page(const PreviewModel& model, const std::string& content_root, const std::string& rel) {
  std::string display = content_root + "/" + rel;
  if (model.files_with_findings.count(display)) return std::nullopt;
  std::optional<std::string> text = DiskFileSystem(content_root).read(rel);
  if (!text || text->size() > kMaxContentFileBytes || text->find_first_not_of(" \t\r\n") == std::string::npos) {
    return std::nullopt;
  }
  Diagnostics diags;
  std::optional<MarkdownSource> split = split_front_matter(*text, display, diags);
  if (!split) return std::nullopt;
  MarkdownDocument doc{display, std::move(split->front_matter), std::string(split->body), split->body_line};
  std::optional<Page> page = load_page(doc, rel, markdown_options(model.site.config), diags);
  if (!diags.empty()) return std::nullopt;  // findings come from full builds only
  return page;
}

// The plan-year folders ("amn/2019") of a site.
std::set<std::string> year_dirs(const Site& site) {
  std::set<std::string> dirs;
  for (const Organisation& org : site.organisations) {
    for (const PlanYear& year : org.years) dirs.insert(year.dir);
  }
  return dirs;
}

// What a plan year's pages show of the other years: which years there are and which documents each
// has (the year navigation links to the same document in another year when it exists).
std::string year_shape(const Site& site) {
  std::string shape;
  for (const Organisation& org : site.organisations) {
    for (const PlanYear& year : org.years) {
      shape += year.dir + ":";
      for (const char* key : kDocumentKeys) shape += has_document(year, key) ? '1' : '0';
      shape += ";";
    }
  }
  return shape;
}

// The plan years of `dirty` read again from disk and checked, as load_site() and check_site() would
// make them, keeping the other years' parsed model. nullopt when that alone could differ from loading
// the whole site: the last build had findings (their text quotes other files), or the folder now holds
// something load_site() would report, or the years bring findings of their own.
std::optional<std::vector<PlanYear>> reload_years(const PreviewModel& model, const std::string& content_root,
                                                  const std::set<std::string>& dirty) {
  if (!model.files_with_findings.empty()) return std::nullopt;
  DiskFileSystem content(content_root);
  MarkdownOptions md = markdown_options(model.site.config);
  std::vector<PlanYear> years;
  for (const std::string& dir : dirty) {
    Diagnostics diags;
    SubFileSystem folder(content, dir);
    ContentTree part = load_content_tree(folder, content_root + "/" + dir, diags);
    ContentTree tree;  // keyed by paths below content/, as load_site() reads them
    for (auto& [rel, doc] : part.json) tree.json.emplace(dir + "/" + rel, std::move(doc));
    for (auto& [rel, doc] : part.markdown) tree.markdown.emplace(dir + "/" + rel, std::move(doc));
    for (const std::string& rel : part.failed) tree.failed.insert(dir + "/" + rel);
    int number = std::stoi(dir.substr(dir.find('/') + 1));
    std::optional<PlanYear> year = load_plan_year(tree, dir, number, md, diags);
    if (!year || !diags.empty()) return std::nullopt;
    link_controls(*year);
    check_year(*year, model.site.config.risk_model, diags);
    if (!diags.empty()) return std::nullopt;
    years.push_back(std::move(*year));
  }
  return years;
}

// Puts the reloaded years into `site` when each has the same documents as before (the other years'
// navigation shows which exist) and the board-wide rules still find nothing; otherwise leaves `site` as
// it was and returns false (the caller then loads the whole site).
bool replace_years(Site& site, std::vector<PlanYear>& years) {
  std::vector<std::pair<Organisation*, PlanYear*>> places;
  for (const PlanYear& fresh : years) {
    PlanYear* place = nullptr;
    for (Organisation& org : site.organisations) {
      for (PlanYear& old : org.years) {
        if (old.dir != fresh.dir) continue;
        for (const char* key : kDocumentKeys) {
          if (has_document(old, key) != has_document(fresh, key)) return false;
        }
        place = &old;
        places.emplace_back(&org, &old);
      }
    }
    if (!place) return false;
  }
  // `years` holds the old years after the swap, so a failed check can put them back.
  for (size_t i = 0; i < places.size(); ++i) std::swap(*places[i].second, years[i]);
  Diagnostics diags;
  std::set<Organisation*> boards;
  for (const auto& [org, year] : places) boards.insert(org);
  for (Organisation* org : boards) check_budget_followup(*org, diags);
  if (diags.empty()) return true;
  for (size_t i = 0; i < places.size(); ++i) std::swap(*places[i].second, years[i]);
  return false;
}

}  // namespace

std::optional<YearPatch> patch_years(PreviewModel& model, const std::string& content_root, const std::string& themes_root,
                                     const std::set<std::string>& changed) {
  std::string prefix = content_root + "/";
  std::set<std::string> years = year_dirs(model.site), dirty;
  for (const std::string& path : changed) {
    if (path.rfind(prefix, 0) != 0) return std::nullopt;  // a theme file
    std::string rel = path.substr(prefix.size());
    size_t first = rel.find('/');
    size_t second = first == std::string::npos ? std::string::npos : rel.find('/', first + 1);
    if (second == std::string::npos || rel.find('/', second + 1) != std::string::npos) return std::nullopt;
    std::string dir = rel.substr(0, second);
    if (!years.count(dir)) return std::nullopt;  // not a plan year the site has
    dirty.insert(dir);
  }
  if (dirty.empty()) return std::nullopt;
  if (std::optional<std::vector<PlanYear>> fresh = reload_years(model, content_root, dirty)) {
    if (!replace_years(model.site, *fresh)) return std::nullopt;
    YearPatch patch;
    Diagnostics render_diags;
    StalePages stale = stale_pages(model.site, dirty);
    patch.files = render_site_for_years(model.site, model.theme, stale.years, render_diags, &stale.boards,
                                        model.memo.get());
    if (!render_diags.empty()) return std::nullopt;
    patch.kept_dirs = kept_prefixes(model.site, stale);
    return patch;  // no findings before or after: no diagnostics to show
  }
  // A site with findings: load and check everything (their text and the dashboards need the whole
  // site's diagnostics; 0.4 s at city scale), then render only what reads the changed years.
  DiskFileSystem content(content_root);
  DiskFileSystem themes(themes_root);
  BuildResult result = run_pipeline(
      {.content = &content, .content_root = content_root, .themes = &themes, .themes_root = themes_root},
      false);
  if (!result.ok() || !result.site || year_shape(*result.site) != year_shape(model.site)) return std::nullopt;
  YearPatch patch;
  Diagnostics render_diags;
  StalePages stale = stale_pages(*result.site, dirty);
  patch.files = render_site_for_years(*result.site, model.theme, stale.years, render_diags, &stale.boards,
                                      model.memo.get());
  if (!render_diags.empty()) return std::nullopt;
  patch.kept_dirs = kept_prefixes(*result.site, stale);
  patch.diagnostics = format_diagnostics(result.diagnostics.without_infos(), result.tree.source_lookup());
  model.site = std::move(*result.site);
  model.files_with_findings.clear();
  for (const Diagnostic& d : result.diagnostics.items()) model.files_with_findings.insert(d.loc.file);
  return patch;
}

std::optional<OutputFiles> patch_pages(PreviewModel& model, const std::string& content_root,
                                       const std::set<std::string>& changed) {
  std::string prefix = content_root + "/";
  std::vector<const Page*> pages;
  for (const std::string& path : changed) {
    if (path.rfind(prefix, 0) != 0) return std::nullopt;  // a theme file
    std::string rel = path.substr(prefix.size());
    std::string name = rel.substr(rel.rfind('/') + 1);
    if (!rel.ends_with(".md") || name == "_index.md" || name.front() == '.') return std::nullopt;
    auto old = std::find_if(model.site.pages.begin(), model.site.pages.end(),
                            [&](const Page& p) { return p.source == rel; });
    if (old == model.site.pages.end()) return std::nullopt;  // a new page, a draft, or plan-year text
    std::optional<Page> page = reload_page(model, content_root, rel);
    if (!page || !same_outside_text(*page, *old)) return std::nullopt;
    *old = std::move(*page);
    pages.push_back(&*old);
  }
  if (pages.empty()) return std::nullopt;
  Diagnostics diags;
  OutputFiles files = render_free_pages(model.site, model.theme, pages, diags);
  if (!diags.empty()) return std::nullopt;
  return files;
}

}  // namespace insyn
