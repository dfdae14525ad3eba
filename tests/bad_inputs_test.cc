// Runs every case under tests/bad/: the minimal fixture with the case's files laid over it
// (files/), optionally with files removed or generated (actions.txt), must give exactly the
// diagnostics in expected.txt. Set INSYN_UPDATE_GOLDEN=1 to rewrite expected.txt (refused under CI).
#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "support.h"

using namespace insyn;
namespace fs = std::filesystem;

namespace {

std::string read_file(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

// A file that is syntactically valid but far over the size limit: an object padded with spaces.
std::string huge_json(size_t bytes) {
  std::string s = "{\"title\": \"x\",";
  s.resize(bytes - 2, ' ');
  return s + "}\n";
}

void apply_actions(const fs::path& file, MemoryFileSystem& content) {
  std::istringstream lines(read_file(file));
  std::string verb;
  while (lines >> verb) {
    if (verb == "remove") {
      std::string path;
      lines >> path;
      content.remove(path);
    } else if (verb == "generate") {
      size_t bytes;
      std::string path;
      lines >> bytes >> path;
      content.write(path, huge_json(bytes));
    } else {
      FAIL("unknown action " << verb << " in " << file);
    }
  }
}


}  // namespace

TEST_CASE("Every invalid input gives its exact diagnostics and no crash") {
  fs::path corpus = fs::path(test::source_dir()) / "tests/bad";
  std::vector<fs::path> cases;
  for (const auto& entry : fs::directory_iterator(corpus)) cases.push_back(entry.path());
  std::sort(cases.begin(), cases.end());
  REQUIRE(cases.size() >= 25);
  for (const fs::path& dir : cases) {
    SECTION(dir.filename().string()) {
      MemoryFileSystem content = test::load_fixture("tests/fixtures/minimal");
      if (fs::exists(dir / "files")) {
        DiskFileSystem overlay((dir / "files").string());
        for (const std::string& rel : overlay.list_files("")) content.write(rel, *overlay.read(rel));
      }
      if (fs::exists(dir / "actions.txt")) apply_actions(dir / "actions.txt", content);
      BuildResult result = test::run(content, true);
      std::string actual = test::formatted(result);
      // Every case is broken on purpose: it must produce at least one finding.
      CHECK(result.diagnostics.size() > 0);
      test::check_golden((fs::path("tests/bad") / dir.filename() / "expected.txt").string(), actual);
    }
  }
}
