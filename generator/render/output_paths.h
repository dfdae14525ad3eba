#pragma once

#include <string>

#include "core/diagnostics.h"
#include "model/types.h"
#include "render/theme.h"

namespace insyn {

/// Plans every output path the site will have, with the file each comes from, without rendering:
/// the fixed pages, the organisations' pages and plan-year folders, the archive, the theme's static
/// files and the free pages with their sections and tags. Two sources for one path, a page whose
/// path is also a file's folder (css/site.css.md beside the theme's css/site.css) and a path the
/// writer refuses (holding "..") are errors naming both sources. Run by `check` and `build` alike.
void check_output_paths(const Site& site, const Theme& theme, const std::string& content_root,
                        const std::string& theme_root, Diagnostics& diags);

}  // namespace insyn
