// Free-standing Markdown pages (the layout of ../shared/bench/make_pages.py): sections, pages placed
// in the risk matrix, taxonomies, and the checks that apply to them.
#include <catch2/catch.hpp>

#include "support.h"

using namespace insyn;

TEST_CASE("A folder of Markdown pages becomes sections, pages and taxonomy pages") {
  BuildResult r = test::run(test::load_fixture("tests/fixtures/pages"), true);
  INFO(test::formatted(r, true));
  REQUIRE(r.ok());
  CHECK(r.diagnostics.empty());
  REQUIRE(r.site);
  CHECK(r.site->pages.size() == 16);  // 12 pages, 3 section indexes and the home page

  const OutputFile* page = test::find_output(r, "riskanalys/r00001/index.html");
  REQUIRE(page);
  CHECK(page->bytes.find("<h1>R00001 Avlopp kompetens informationssäkerhet kris</h1>") != std::string::npos);
  CHECK(page->bytes.find("class=\"chart chart-matrix\"") != std::string::npos);  // P 5, K 1: scored
  CHECK(page->bytes.find("5 Låg</span>") != std::string::npos);
  CHECK(page->bytes.find("href=\"../../tags/ekonomi/index.html\"") != std::string::npos);

  const OutputFile* section = test::find_output(r, "riskanalys/index.html");
  REQUIRE(section);
  for (const char* p : {"r00001", "r00004", "r00007", "r00010"}) {
    CHECK(section->bytes.find(std::string("href=\"../riskanalys/") + p + "/index.html\"") != std::string::npos);
  }
  const OutputFile* tag = test::find_output(r, "tags/ekonomi/index.html");
  REQUIRE(tag);
  CHECK(tag->bytes.find("R00001") != std::string::npos);
  CHECK(test::find_output(r, "categories/index.html"));
  const OutputFile* home = test::find_output(r, "index.html");
  REQUIRE(home);
  CHECK(home->bytes.find("href=\"riskanalys/index.html\"") != std::string::npos);
}

TEST_CASE("A page's stated score must equal probability × consequence") {
  MemoryFileSystem fs = test::load_fixture("tests/fixtures/pages");
  test::replace_in(fs, "riskanalys/r00001.md", "\"score\": 5,", "\"score\": 6,");
  BuildResult r = test::run(fs);
  CHECK_FALSE(r.ok());
  std::string text = test::formatted(r);
  CHECK(text.find("riskanalys/r00001.md:7:12: error: stated score 6 differs from probability × consequence = 5 × 1 = 5") !=
        std::string::npos);
}

TEST_CASE("Draft pages are not published, and a page needs front matter") {
  MemoryFileSystem fs = test::load_fixture("tests/fixtures/pages");
  test::replace_in(fs, "riskanalys/r00004.md", "\"draft\": false", "\"draft\": true");
  fs.write("projekt/utan-huvud.md", "Bara text.\n");
  BuildResult r = test::run(fs, true);
  CHECK(test::has_code(r, "missing-front-matter"));
  MemoryFileSystem ok = test::load_fixture("tests/fixtures/pages");
  test::replace_in(ok, "riskanalys/r00004.md", "\"draft\": false", "\"draft\": true");
  BuildResult built = test::run(ok, true);
  REQUIRE(built.ok());
  CHECK_FALSE(test::find_output(built, "riskanalys/r00004/index.html"));
  CHECK(test::find_output(built, "riskanalys/r00001/index.html"));
}
