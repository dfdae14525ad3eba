#include "render/pipeline.h"

#include "archive/archives.h"
#include "model/load.h"
#include "model/rules.h"
#include "render/output_paths.h"
#include "render/site_renderer.h"
#include "render/theme.h"

namespace insyn {

namespace {

// A snapshot holds one plan year of every organisation that has it, and nothing else.
void keep_only_year(Site& site, int year, const std::string& content_root, Diagnostics& diags) {
  auto& orgs = site.organisations;
  for (Organisation& org : orgs) {
    std::erase_if(org.years, [&](const PlanYear& y) { return y.year != year; });
  }
  std::erase_if(orgs, [](const Organisation& org) { return org.years.empty(); });
  site.pages.clear();
  if (orgs.empty()) {
    diags.error({content_root, 0, 0}, "no-such-year", "no organisation has a plan year " + std::to_string(year),
                "archive a year that has a folder content/<organisation>/" + std::to_string(year) + "/");
  }
}

}  // namespace

BuildResult run_pipeline(const BuildInputs& inputs, bool render) {
  BuildResult result;
  Diagnostics& diags = result.diagnostics;
  result.tree = load_content_tree(*inputs.content, inputs.content_root, diags);
  result.site = load_site(result.tree, inputs.content_root, diags);
  if (result.site && inputs.only_year) {
    keep_only_year(*result.site, *inputs.only_year, inputs.content_root, diags);
    // A snapshot is self-contained and may be opened from anywhere: relative links only.
    result.site->config.base_path.clear();
  } else if (result.site) {
    result.site->archives = load_archives(*inputs.content, inputs.content_root, diags);
  }
  // Rules run only on content that loaded cleanly: checking half-read documents would report
  // consequences of the first error (a risk that failed to parse "is missing") as new problems.
  if (result.site && !diags.has_errors()) check_site(*result.site, diags);
  diags.sort();
  if (diags.has_errors() || !result.site || !inputs.themes) return result;

  // `check` loads the theme too: a broken template is an error before anyone builds.
  SubFileSystem theme_fs(*inputs.themes, result.site->config.theme);
  SubFileSystem overrides(*inputs.content, "templates");
  Theme theme = load_theme(theme_fs, inputs.themes_root + "/" + result.site->config.theme, &overrides,
                           inputs.content_root + "/templates", result.site->config.default_language, diags);
  if (!diags.has_errors()) {
    check_output_paths(*result.site, theme, inputs.content_root, inputs.themes_root + "/" + result.site->config.theme,
                       diags);
    diags.sort();
  }
  if (!render || diags.has_errors()) return result;
  result.files = render_site(*result.site, theme, diags, inputs.emit);
  result.theme = std::move(theme);
  if (diags.has_errors()) result.files.clear();
  return result;
}

}  // namespace insyn
