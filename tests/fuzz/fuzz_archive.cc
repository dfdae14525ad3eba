// Fuzz target: the archive reader, as the build runs it on content/arkiv/. The input is a bag written
// as files, each introduced by a line "=== PATH" (a path below arkiv/2019/, or "pins.json" for the
// register of pins beside the bags), so every byte reaches the manifest, tag-manifest, bag-info and
// register parsers, the path checks and the pin check; an accepted year is also written as a tar.
#include <cstddef>
#include <cstdint>
#include <string>

#include "archive/archives.h"
#include "archive/tar.h"
#include "core/filesystem.h"

namespace {

insyn::MemoryFileSystem split(const std::string& input) {
  insyn::MemoryFileSystem content;
  std::string path, bytes;
  auto flush = [&] {
    if (path.empty()) return;
    content.write(path == "pins.json" ? "arkiv/pins.json" : "arkiv/2019/" + path, bytes);
  };
  size_t begin = 0;
  while (begin < input.size()) {
    size_t end = input.find('\n', begin);
    std::string line = input.substr(begin, end == std::string::npos ? std::string::npos : end + 1 - begin);
    begin = end == std::string::npos ? input.size() : end + 1;
    if (line.rfind("=== ", 0) == 0) {
      flush();
      path = line.substr(4, line.size() - 4 - (line.back() == '\n'));
      bytes.clear();
    } else {
      bytes += line;
    }
  }
  flush();
  return content;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  insyn::MemoryFileSystem content = split(std::string(reinterpret_cast<const char*>(data), size));
  insyn::Diagnostics diags;
  std::vector<insyn::ArchivedYear> years = insyn::load_archives(content, "content", diags);
  (void)insyn::format_diagnostics(diags, [](const std::string&) { return std::nullopt; });
  for (const insyn::ArchivedYear& year : years) {
    // An accepted bag is published: its paths must stay inside it and its time must fit a tar header.
    for (const insyn::OutputFile& file : year.files) {
      if (file.path.empty() || file.path.front() == '/' || file.path.find("..") != std::string::npos)
        __builtin_trap();
    }
    auto epoch = insyn::parse_epoch(year.field("Source-Date-Epoch"));
    if (!epoch) __builtin_trap();
    (void)insyn::make_tar(year.files, "2019/", *epoch);
  }
  return 0;
}
