// Fragments rendered once and shared by several pages (render/shared_fragments.cc, the risk lists' rows):
// each page must show exactly what it would have rendered on its own, whatever the content says.
#include <catch2/catch.hpp>

#include "support.h"

using namespace insyn;

namespace {

size_t count(const std::string& text, const std::string& what) {
  size_t n = 0;
  for (size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + what.size())) ++n;
  return n;
}

}  // namespace

TEST_CASE("The register page and the print view share one register, each with its own control links",
          "[shared]") {
  MemoryFileSystem fs = test::load_fixture("tests/fixtures/minimal");
  BuildResult r = test::run(fs, true);
  INFO(test::formatted(r));
  REQUIRE(r.ok());
  const OutputFile* vor = test::find_output(r, "org/2019/vor/index.html");
  const OutputFile* print = test::find_output(r, "org/2019/utskrift/index.html");
  REQUIRE(vor);
  REQUIRE(print);
  CHECK(count(vor->bytes, "href=\"../kontrollplan/index.html#kontroll-K1\"") == 1);
  CHECK(count(vor->bytes, "href=\"#kontroll-") == 0);
  CHECK(count(print->bytes, "href=\"#kontroll-K1\"") >= 1);
  CHECK(count(print->bytes, "href=\"../kontrollplan/index.html#kontroll-") == 0);
  // Both show every risk of the register once.
  CHECK(count(vor->bytes, "<tr id=\"risk-") == 2);
  CHECK(count(print->bytes, "<tr id=\"risk-") == 2);
}

TEST_CASE("Content that looks like the markup shared fragments are cut at stays text", "[shared]") {
  MemoryFileSystem fs = test::load_fixture("tests/fixtures/minimal");
  // The rows are cut apart after "</tr>" and a newline, and the register's control links are found by
  // `href="#kontroll-`: an event that says both must not move a cut or gain a link.
  test::replace_in(fs, "org/2019/vor.json", "\"event\": \"Fel studerande antas\"",
                   "\"event\": \"Fel </tr>\\n<tr> href=\\\"#kontroll-K1 antas\"");
  BuildResult r = test::run(fs, true);
  INFO(test::formatted(r));
  REQUIRE(r.ok());
  const std::string escaped = "Fel &lt;/tr&gt;\n&lt;tr&gt; href=&quot;#kontroll-K1 antas";
  for (const char* path : {"org/2019/vor/index.html", "org/2019/utskrift/index.html",
                           "org/2019/vor/niva/index.html", "org/2019/vor/chef/index.html"}) {
    const OutputFile* page = test::find_output(r, path);
    REQUIRE(page);
    INFO(path);
    CHECK(count(page->bytes, escaped) == 1);
  }
  const OutputFile* by_band = test::find_output(r, "org/2019/vor/niva/index.html");
  const OutputFile* by_manager = test::find_output(r, "org/2019/vor/chef/index.html");
  // Two risks, each one row in each list, each row linking into the register.
  CHECK(count(by_band->bytes, "<tr><th scope=\"row\" class=\"nr\"><a href=\"../index.html#risk-") == 2);
  CHECK(count(by_manager->bytes, "<tr><th scope=\"row\" class=\"nr\"><a href=\"../index.html#risk-") == 2);
}

TEST_CASE("A site's own row template that does not end rows with a newline still fills both lists",
          "[shared]") {
  MemoryFileSystem fs = test::load_fixture("tests/fixtures/minimal");
  // Rows on one line: the shared rendering cannot cut them apart and renders them one by one.
  fs.write("templates/risk_list_rows.mustache",
           "{{#risks}}<tr class=\"own\"><th scope=\"row\">{{nr}}</th><td>{{event}}</td></tr>{{/risks}}");
  BuildResult r = test::run(fs, true);
  INFO(test::formatted(r));
  REQUIRE(r.ok());
  for (const char* path : {"org/2019/vor/niva/index.html", "org/2019/vor/chef/index.html"}) {
    const OutputFile* page = test::find_output(r, path);
    REQUIRE(page);
    INFO(path);
    CHECK(count(page->bytes, "<tr class=\"own\">") == 2);
  }
}
