// Fuzz target: the theme loader. The input is cut at each line "%%" into up to five files that
// replace or add to the default theme: templates/home.mustache, templates/partials/a.mustache,
// templates/partials/b.mustache, i18n/sv.json and theme.json. The theme is loaded (partials
// inlined, UI strings filled in, every template parsed) and, when it loads cleanly, the home
// template is rendered with a small view, so every byte goes through the partial inliner, the
// string filler, kainjow's parser and its renderer.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "core/filesystem.h"
#include "render/theme.h"

namespace {

const insyn::MemoryFileSystem& default_theme() {
  static insyn::MemoryFileSystem fs = [] {
    insyn::DiskFileSystem disk(INSYN_SOURCE_DIR "/themes/default");
    insyn::MemoryFileSystem mem;
    for (const std::string& rel : disk.list_files("")) {
      // Static files do not go through the loader's logic; leaving them out keeps runs fast.
      if (rel.rfind("static/", 0) != 0) mem.write(rel, *disk.read(rel));
    }
    return mem;
  }();
  return fs;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const char* kFiles[] = {"templates/home.mustache", "templates/partials/a.mustache",
                                 "templates/partials/b.mustache", "i18n/sv.json", "theme.json"};
  insyn::MemoryFileSystem theme = default_theme();
  std::string_view input(reinterpret_cast<const char*>(data), size);
  size_t part = 0;
  while (part < std::size(kFiles)) {
    size_t cut = input.find("\n%%\n");
    theme.write(kFiles[part++], std::string(input.substr(0, cut)));
    if (cut == std::string_view::npos) break;
    input.remove_prefix(cut + 4);
  }
  insyn::Diagnostics diags;
  insyn::Theme loaded = insyn::load_theme(theme, "themes/fuzz", nullptr, "", "sv", diags);
  if (!diags.has_errors()) {
    nlohmann::json view = {{"title", "<T>"},
                           {"organisations", {{{"name", "N"}, {"href", "n/"}, {"years", nlohmann::json::array()}}}},
                           {"has_organisations", true}};
    (void)loaded.templates.render("home", view, diags);
  }
  (void)insyn::format_diagnostics(diags, {});
  return 0;
}
