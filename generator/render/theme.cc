#include "render/theme.h"

namespace insyn {

namespace {

bool ends_with(const std::string& s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

void add_templates(const FileSystem& fs, const std::string& dir, const std::string& display_root, Theme& theme,
                   Diagnostics& diags) {
  std::string prefix = dir.empty() ? "" : dir + "/";
  for (const std::string& rel : fs.list_files(dir)) {
    if (!ends_with(rel, ".mustache")) continue;
    std::string name = rel.substr(prefix.size(), rel.size() - prefix.size() - std::string(".mustache").size());
    if (auto text = fs.read(rel)) theme.templates.add(name, *text, display_root + "/" + rel, diags);
  }
}

nlohmann::json read_strings(const FileSystem& fs, const std::string& rel, const std::string& display, Diagnostics& diags) {
  auto text = fs.read(rel);
  if (!text) return nlohmann::json::object();
  auto parsed = nlohmann::json::parse(*text, nullptr, false);
  if (parsed.is_discarded() || !parsed.is_object()) {
    diags.error({display, 0, 0}, "i18n", "the translation file is not a JSON object", "check it with a JSON validator");
    return nlohmann::json::object();
  }
  return parsed;
}

}  // namespace

Theme load_theme(const FileSystem& fs, const std::string& display_root, const FileSystem* overrides,
                 const std::string& overrides_root, const std::string& language, Diagnostics& diags) {
  Theme theme;
  theme.name = display_root;
  if (!fs.read("theme.json")) {
    diags.error({display_root + "/theme.json", 0, 0}, "theme", "no theme found (theme.json is missing)",
                "pass --themes DIR, or set \"theme\" in site.json to a folder under themes/");
    return theme;
  }
  add_templates(fs, "templates", display_root, theme, diags);
  if (overrides) add_templates(*overrides, "", overrides_root, theme, diags);
  for (const std::string& rel : fs.list_files("static")) {
    if (auto bytes = fs.read(rel)) theme.static_files[rel.substr(std::string("static/").size())] = std::move(*bytes);
  }
  theme.strings = read_strings(fs, "i18n/sv.json", display_root + "/i18n/sv.json", diags);
  if (language != "sv") {
    // Missing keys fall back to Swedish so a partial translation still renders every label.
    nlohmann::json local = read_strings(fs, "i18n/" + language + ".json", display_root + "/i18n/" + language + ".json", diags);
    theme.strings.update(local);
  }
  theme.templates.prepare(theme.strings, diags);
  return theme;
}

}  // namespace insyn
