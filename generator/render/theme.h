#pragma once

#include <map>
#include <string>

#include <nlohmann/json.hpp>

#include "core/diagnostics.h"
#include "core/filesystem.h"
#include "render/templates.h"

namespace insyn {

/// A loaded theme: templates (site overrides applied), static files and UI strings for one language.
struct Theme {
  std::string name;
  Templates templates;
  /// Static files by output path (e.g. "css/site.css").
  std::map<std::string, std::string> static_files;
  /// UI strings of the site's language, falling back to Swedish for missing keys.
  nlohmann::json strings = nlohmann::json::object();
};

/// Loads a theme folder: templates/**/*.mustache, static/**, i18n/<lang>.json. Templates in
/// `overrides` (a site's own templates/ folder, may be null) replace the theme's of the same name.
/// `display_root` names the theme folder in messages.
Theme load_theme(const FileSystem& theme, const std::string& display_root, const FileSystem* overrides,
                 const std::string& overrides_root, const std::string& language, Diagnostics& diags);

}  // namespace insyn
