#pragma once
// The preview's fast paths, so that a save shows up at once even on a large site:
// - a save that changes only the text of free-standing pages — nothing that another page shows of
//   them (title, date, scores, tags…) — renders only those pages again;
// - a save inside one plan year's folder reloads and checks the content (cheap) and renders that
//   year's pages and the site-wide ones, keeping the other years' pages.
// Anything else (site.json, themes, an _index.md, a new or deleted page or year, a page with
// findings, a build with errors) is left to a full build, so the served site always equals a fresh
// build.

#include <memory>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "core/output_file.h"
#include "model/types.h"
#include "render/render_memo.h"
#include "render/theme.h"

namespace insyn {

/// What the preview keeps of its last good full build.
struct PreviewModel {
  Site site;
  Theme theme;
  /// Display paths of the files some diagnostic points into: their pages always take a full build,
  /// which is what reports diagnostics.
  std::set<std::string> files_with_findings;
  /// Pages kept from the patches' renders by their inputs (the A–Ö register).
  std::shared_ptr<RenderMemo> memo = std::make_shared<RenderMemo>();
};

/// Brings `model` up to date with the changed files (paths as the watcher reports them, below
/// `content_root`) and returns the re-rendered files, or nullopt when the change needs a full build
/// (`model` may then be half updated and must be rebuilt).
std::optional<OutputFiles> patch_pages(PreviewModel& model, const std::string& content_root,
                                       const std::set<std::string>& changed);

/// The outcome of a plan-year patch: the re-rendered files, the folders whose previous files stay, and
/// the build's diagnostics as the terminal shows them.
struct YearPatch {
  OutputFiles files;
  std::vector<std::string> kept_dirs;  ///< e.g. "amn/2014/", "arkiv/": previous files below them are still current
  std::string diagnostics;
};

/// When every changed file lies in an existing plan-year folder and the content still loads without
/// errors into the same boards and years, updates `model.site` and returns what to re-serve;
/// otherwise nullopt (a full build is needed; `model` may be half updated and must be rebuilt).
/// On a site without findings only the changed years are read again; see serve/page_inputs.h for
/// which pages are rendered again.
std::optional<YearPatch> patch_years(PreviewModel& model, const std::string& content_root, const std::string& themes_root,
                                     const std::set<std::string>& changed);

}  // namespace insyn
