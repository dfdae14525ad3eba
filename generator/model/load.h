#pragma once

#include <optional>
#include <string>

#include "content/content_tree.h"
#include "content/markdown.h"
#include "core/diagnostics.h"
#include "model/types.h"

namespace insyn {

/// Interprets a parsed content tree as a Site: site.json, one folder per organisation holding
/// organisation.json, one folder per plan year (named by the year) holding plan.json and the
/// documents. `display_root` names the content folder in messages. Every problem goes to `diags`;
/// returns nullopt only when there is no usable site.json.
std::optional<Site> load_site(const ContentTree& tree, const std::string& display_root, Diagnostics& diags);

/// Reads a free-standing page (`rel` relative to content/): content/<section>/<name>.md is published
/// at <section>/<name>/index.html, and _index.md at its folder. nullopt without front matter.
std::optional<Page> load_page(const MarkdownDocument& doc, const std::string& rel, const MarkdownOptions& options,
                              Diagnostics& diags);

/// Reads one plan-year folder (`dir`, e.g. "amn/2019") from `tree` as load_site() does, for the
/// preview's patch of a save. nullopt when the tree holds anything load_site() would warn about
/// (an unknown file name, a file that failed to parse) or no plan.json: the caller then loads the site.
std::optional<PlanYear> load_plan_year(const ContentTree& tree, const std::string& dir, int number,
                                       const MarkdownOptions& options, Diagnostics& diags);

/// True for a plan-year folder name: four digits.
bool is_year_name(const std::string& name);

/// How the site renders its Markdown (raw HTML allowed or not).
MarkdownOptions markdown_options(const SiteConfig& config);

}  // namespace insyn
