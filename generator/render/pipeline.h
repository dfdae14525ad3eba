#pragma once

#include <string>

#include "content/content_tree.h"
#include "core/diagnostics.h"
#include "core/filesystem.h"
#include "core/output_file.h"
#include "model/types.h"
#include "render/theme.h"

namespace insyn {

/// Where a build reads from. `content_root` and `themes_root` name the folders in messages.
struct BuildInputs {
  const FileSystem* content = nullptr;
  std::string content_root = "content";
  const FileSystem* themes = nullptr;  ///< the folder holding themes/<name>/
  std::string themes_root = "themes";
  /// Builds only this plan year, without free pages or archives: the snapshot `insyn archive` freezes.
  std::optional<int> only_year;
  /// When set, rendered files go to it as they are made and BuildResult::files stays empty; a build
  /// with errors may already have emitted some (write them somewhere nobody reads until ok()).
  FileEmitter emit;
};

/// Everything a build produced: the diagnostics, the model and — when there were no errors — the files.
struct BuildResult {
  Diagnostics diagnostics;
  ContentTree tree;  ///< kept for quoting source lines in diagnostics
  std::optional<Site> site;
  std::optional<Theme> theme;  ///< the theme the site was rendered with
  OutputFiles files;
  /// True when no error was found (warnings allowed) and `files` (or the emitter) holds the site.
  bool ok() const { return !diagnostics.has_errors(); }
};

/// Loads, validates and scores the content. Renders only when `render` is set and nothing failed.
BuildResult run_pipeline(const BuildInputs& inputs, bool render);

}  // namespace insyn
