#pragma once

#include <map>
#include <memory>
#include <string>

#include <nlohmann/json.hpp>

#include "core/diagnostics.h"

namespace insyn {

/// Mustache templates by name ("base", "vor", "partials/nav", …). Partials are looked up by name
/// among the same templates. View models are plain JSON values.
class Templates {
 public:
  Templates();
  ~Templates();
  Templates(Templates&&) noexcept;
  Templates& operator=(Templates&&) noexcept;

  /// Adds or replaces a template; a syntax error is reported to `diags` against `origin` (its file).
  void add(const std::string& name, const std::string& text, const std::string& origin, Diagnostics& diags);
  /// Call once after the last add(): inlines partials ({{> partials/x}}) and fills in the theme's UI
  /// strings ({{t.key}}), which are the same on every page, then parses every template once.
  void prepare(const nlohmann::json& strings, Diagnostics& diags);
  /// True when a template of that name exists.
  bool has(const std::string& name) const;
  /// Renders template `name` with `view`. Unknown names render as "" after an error in `diags`.
  /// Safe to call from several threads at once.
  std::string render(const std::string& name, const nlohmann::json& view, Diagnostics& diags) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace insyn
