#include "support.h"

#include <catch2/catch.hpp>

#include <unistd.h>

#include <atomic>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <sstream>

namespace insyn::test {

const PlanYear& year_of(const BuildResult& result, int year) {
  REQUIRE(result.site);
  for (const Organisation& org : result.site->organisations)
    for (const PlanYear& y : org.years)
      if (y.year == year) return y;
  FAIL("no plan year " << year);
  throw;  // not reached: FAIL throws
}

std::vector<const Diagnostic*> findings_with_code(const PlanYear& year, const std::string& code) {
  std::vector<const Diagnostic*> out;
  for (const Diagnostic& d : year.findings)
    if (d.code == code) out.push_back(&d);
  return out;
}

MemoryFileSystem load_fixture(const std::string& dir) {
  return load_fixture_from(source_dir() + "/" + dir);
}

MemoryFileSystem load_fixture_from(const std::string& absolute_dir) {
  DiskFileSystem disk(absolute_dir);
  MemoryFileSystem mem;
  for (const std::string& rel : disk.list_files("")) mem.write(rel, *disk.read(rel));
  return mem;
}

BuildResult run(const MemoryFileSystem& content, bool render) {
  static DiskFileSystem themes(source_dir() + "/themes");
  BuildInputs inputs{.content = &content, .themes = &themes};
  return run_pipeline(inputs, render);
}

std::string formatted(const BuildResult& result, bool include_infos) {
  return format_diagnostics(include_infos ? result.diagnostics : result.diagnostics.without_infos(),
                            result.tree.source_lookup());
}

std::string read_source_file(const std::string& rel) {
  std::ifstream in(source_dir() + "/" + rel, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

bool updating_golden() {
  const char* update = std::getenv("INSYN_UPDATE_GOLDEN");
  bool on = update && std::string(update) == "1";
  if (on && std::getenv("CI")) FAIL("refusing to update golden files when CI is set");
  return on;
}

void check_golden(const std::string& rel, const std::string& actual) {
  std::filesystem::path path = std::filesystem::path(source_dir()) / rel;
  if (updating_golden()) {
    std::filesystem::create_directories(path.parent_path());
    std::ofstream(path, std::ios::binary) << actual;
    return;
  }
  INFO("golden file " << rel << " (rewrite with INSYN_UPDATE_GOLDEN=1 after checking the change)");
  REQUIRE(std::filesystem::exists(path));
  CHECK(actual == read_source_file(rel));
}

void replace_in(MemoryFileSystem& fs, const std::string& file, const std::string& from,
                const std::string& to) {
  std::string text = *fs.read(file);
  auto pos = text.find(from);
  REQUIRE(pos != std::string::npos);
  text.replace(pos, from.size(), to);
  fs.write(file, text);
}

const OutputFile* find_output(const BuildResult& result, const std::string& path) {
  for (const OutputFile& f : result.files) {
    if (f.path == path) return &f;
  }
  return nullptr;
}

bool has_code(const BuildResult& result, const std::string& code) {
  for (const Diagnostic& d : result.diagnostics.items()) {
    if (d.code == code) return true;
  }
  return false;
}

TempContent::TempContent(const std::string& fixture) {
  static std::atomic<int> counter{0};
  dir = std::filesystem::temp_directory_path() /
        ("insyn-test-" + std::to_string(::getpid()) + "-" + std::to_string(counter++));
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  std::filesystem::copy(std::filesystem::path(source_dir()) / fixture, dir / "content",
                        std::filesystem::copy_options::recursive);
}

TempContent::~TempContent() {
  std::error_code ignored;
  std::filesystem::remove_all(dir, ignored);
}

void TempContent::write(const std::string& rel, const std::string& text) const {
  std::ofstream(dir / "content" / rel, std::ios::binary) << text;
}

std::string TempContent::read(const std::string& rel) const {
  std::ifstream in(dir / "content" / rel, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

}  // namespace insyn::test
