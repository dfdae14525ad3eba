#pragma once
// The preview's fast path: when a save changes only the text of free-standing pages — nothing that
// another page shows of them (title, date, scores, tags…) — only those pages are rendered again.
// Anything else (JSON, themes, an _index.md, a new or deleted page, a page with findings) is left to
// a full build, so the served site always equals a fresh build.

#include <optional>
#include <set>
#include <string>

#include "core/output_file.h"
#include "model/types.h"
#include "render/theme.h"

namespace insyn {

/// What the preview keeps of its last good full build.
struct PreviewModel {
  Site site;
  Theme theme;
  /// Display paths of the files some diagnostic points into: their pages always take a full build,
  /// which is what reports diagnostics.
  std::set<std::string> files_with_findings;
};

/// Brings `model` up to date with the changed files (paths as the watcher reports them, below
/// `content_root`) and returns the re-rendered files, or nullopt when the change needs a full build
/// (`model` may then be half updated and must be rebuilt).
std::optional<OutputFiles> patch_pages(PreviewModel& model, const std::string& content_root,
                                       const std::set<std::string>& changed);

}  // namespace insyn
