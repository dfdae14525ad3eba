#pragma once

#include <string>

#include "core/output_file.h"

namespace insyn {

/// The file every output folder carries, so insyn only ever replaces folders it made itself.
inline constexpr const char* kOutputMarker = ".insyn-output";

/// Writes `files` into `out_dir` so that readers see either the old tree or the new one, never a mix:
/// everything goes into a temporary sibling folder first, which is then swapped in. Refuses "/", the
/// content folder or a folder above it (unless `content_dir` is ""), and an existing non-empty folder without the marker file.
/// Returns "" on success, otherwise what went wrong (the old `out_dir` is then untouched).
std::string write_site(const OutputFiles& files, const std::string& out_dir, const std::string& content_dir);

}  // namespace insyn
