// Golden files: the risk matrix of the real 2019 plan and one page of each kind built from the minimal
// fixture. A change in output must be looked at and accepted (INSYN_UPDATE_GOLDEN=1), never slip in.
#include <catch2/catch.hpp>

#include "support.h"

using namespace insyn;

TEST_CASE("The 2019 risk matrix SVG matches its golden file") {
  BuildResult r = test::run(test::load_fixture("content"), true);
  REQUIRE(r.ok());
  const OutputFile* page = test::find_output(r, "amn/2019/vor/index.html");
  REQUIRE(page);
  size_t start = page->bytes.find("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart chart-matrix\"");
  REQUIRE(start != std::string::npos);
  size_t end = page->bytes.find("</svg>", start);
  REQUIRE(end != std::string::npos);
  test::check_golden("tests/golden/matrix-2019.svg", page->bytes.substr(start, end + 6 - start) + "\n");
}

TEST_CASE("One page of each kind matches its golden file") {
  BuildResult r = test::run(test::load_fixture("tests/fixtures/minimal"), true);
  INFO(test::formatted(r));
  REQUIRE(r.ok());
  for (const char* path : {"index.html", "org/index.html", "org/2019/index.html", "org/2019/vor/index.html",
                           "org/2019/vor/niva/index.html", "org/2019/kontrollplan/index.html",
                           "org/2019/projekt/index.html", "org/2019/kompetens/index.html",
                           "org/2019/utskrift/index.html", "tillganglighet/index.html", "org/2019/data/vor.csv",
                           "org/2019/data/projekt.json"}) {
    SECTION(path) {
      const OutputFile* f = test::find_output(r, path);
      REQUIRE(f);
      std::string name = path;
      for (char& c : name) c = c == '/' ? '_' : c;
      test::check_golden("tests/golden/pages/" + name, f->bytes);
    }
  }
}

TEST_CASE("The search index of the minimal fixture matches its golden file") {
  BuildResult r = test::run(test::load_fixture("tests/fixtures/minimal"), true);
  INFO(test::formatted(r));
  REQUIRE(r.ok());
  // Every index file in path order, each after a line naming it: one file to review.
  std::string all;
  for (const OutputFile& f : r.files) {
    if (f.path.rfind("sok/index/", 0) == 0) all += "// " + f.path + "\n" + f.bytes;
  }
  REQUIRE(!all.empty());
  test::check_golden("tests/golden/search-index.js", all);
  for (const char* path : {"sok/index.html", "register/index.html"}) {
    const OutputFile* f = test::find_output(r, path);
    REQUIRE(f);
    std::string name = path;
    for (char& c : name) c = c == '/' ? '_' : c;
    test::check_golden("tests/golden/pages/" + name, f->bytes);
  }
}

TEST_CASE("The search index of the follow-up, procurement and budget fixture matches its golden file") {
  // tests/fixtures/search: the minimal plan with a follow-up (goals, indicators, activities, tables),
  // a procurement plan whose first row's description holds </script>, <!--, quotes and U+2028, and
  // budget tables with a form.
  BuildResult r = test::run(test::load_fixture("tests/fixtures/search"), true);
  INFO(test::formatted(r));
  REQUIRE(r.ok());
  std::string all;
  for (const OutputFile& f : r.files) {
    if (f.path.rfind("sok/index/", 0) != 0) continue;
    all += "// " + f.path + "\n" + f.bytes;
    INFO(f.path);
    CHECK(f.bytes.find("</script") == std::string::npos);
    CHECK(f.bytes.find("<!--") == std::string::npos);
    CHECK(f.bytes.find("\xE2\x80\xA8") == std::string::npos);
  }
  for (const char* wanted :
       {"\"indikator-", "\"upphandling-1\"", "\"tabell-", "\"blankett-resultatenheter\"",
        "Gr\xC3\xB6na investeringar \\u003c/script>\\u003c!-- \\\"citat\\\" \\u2028rad"}) {
    INFO(wanted);
    CHECK(all.find(wanted) != std::string::npos);
  }
  test::check_golden("tests/golden/search-index-documents.js", all);
}
