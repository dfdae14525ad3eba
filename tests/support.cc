#include "support.h"

namespace insyn::test {

MemoryFileSystem load_fixture(const std::string& dir) {
  DiskFileSystem disk(source_dir() + "/" + dir);
  MemoryFileSystem mem;
  for (const std::string& rel : disk.list_files("")) mem.write(rel, *disk.read(rel));
  return mem;
}

BuildResult run(const MemoryFileSystem& content, bool render) {
  static DiskFileSystem themes(source_dir() + "/themes");
  BuildInputs inputs{&content, "content", &themes, "themes"};
  return run_pipeline(inputs, render);
}

std::string formatted(const BuildResult& result, bool include_infos) {
  Diagnostics shown;
  for (const Diagnostic& d : result.diagnostics.items()) {
    if (d.severity != Severity::Info || include_infos) shown.add(d);
  }
  return format_diagnostics(shown, result.tree.source_lookup());
}

bool has_code(const BuildResult& result, const std::string& code) {
  for (const Diagnostic& d : result.diagnostics.items()) {
    if (d.code == code) return true;
  }
  return false;
}

}  // namespace insyn::test
