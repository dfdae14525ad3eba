// Fuzz target: the content loader with validation, scoring, rules and rendering. The input replaces
// vor.json of the minimal fixture (the largest document kind), so every byte goes through the JSON
// parser, the typed decoders, the rules and, when it loads cleanly, every template and chart.
#include <cstddef>
#include <cstdint>
#include <string>

#include "core/filesystem.h"
#include "render/pipeline.h"

namespace {

const insyn::MemoryFileSystem& fixture() {
  static insyn::MemoryFileSystem fs = [] {
    insyn::DiskFileSystem disk(INSYN_SOURCE_DIR "/tests/fixtures/minimal");
    insyn::MemoryFileSystem mem;
    for (const std::string& rel : disk.list_files("")) mem.write(rel, *disk.read(rel));
    return mem;
  }();
  return fs;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static insyn::DiskFileSystem themes(INSYN_SOURCE_DIR "/themes");
  insyn::MemoryFileSystem content = fixture();
  content.write("org/2019/vor.json", std::string(reinterpret_cast<const char*>(data), size));
  insyn::BuildResult result = insyn::run_pipeline({.content = &content, .themes = &themes}, true);
  // Formatting the diagnostics quotes source lines and places carets: it must cope with any input.
  (void)insyn::format_diagnostics(result.diagnostics, result.tree.source_lookup());
  return 0;
}
