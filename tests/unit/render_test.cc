// Rendering decisions that the golden files would only catch by accident: template overrides, the
// matrix orientation and band colours taken from the risk model, and CSV that spreadsheets cannot run.
#include <catch2/catch.hpp>

#include "render/band_stylesheet.h"
#include "render/charts_view.h"
#include "render/exports.h"
#include "support.h"

using namespace insyn;

TEST_CASE("A template in content/templates replaces the theme's template of the same name") {
  MemoryFileSystem fs = test::load_fixture("tests/fixtures/minimal");
  fs.write("templates/accessibility.mustache", "<p class=\"own\">Vår egen redogörelse för {{site_title}}</p>\n");
  BuildResult r = test::run(fs, true);
  INFO(test::formatted(r));
  REQUIRE(r.ok());
  const OutputFile* page = test::find_output(r, "tillganglighet/index.html");
  REQUIRE(page);
  CHECK(page->bytes.find("<p class=\"own\">Vår egen redogörelse för Insyn – nämndens planer</p>") != std::string::npos);
  CHECK(page->bytes.find("<html lang=\"sv\">") != std::string::npos);  // the theme's base layout still wraps it
}

TEST_CASE("The matrix orientation follows the risk model") {
  MemoryFileSystem fs = test::load_fixture("tests/fixtures/minimal");
  BuildResult standard = test::run(fs);
  REQUIRE(standard.site);
  const PlanYear& year = standard.site->organisations[0].years[0];
  const Risk* risk = year.vor->find(1);
  REQUIRE(risk);
  nlohmann::json strings = nlohmann::json::object();

  RiskModel model = standard.site->config.risk_model;
  svg::HeatMatrixSpec rows_p = risk_matrix_spec(year, model, strings, "m", "vor/index.html");
  CHECK(rows_p.row_axis == "Sannolikhet");
  // Row 0 is the top: probability 5 down to 1; columns run consequence 1 to 5.
  const svg::MatrixCell& cell = rows_p.cells[5 - risk->probability][risk->consequence - 1];
  REQUIRE(cell.items.size() == 1);
  CHECK(cell.items[0].label == "1");
  CHECK(cell.items[0].href == "vor/index.html#risk-1");

  test::replace_in(fs, "site.json", "\"matrix\": {\"rows\": \"probability\"}", "\"matrix\": {\"rows\": \"consequence\"}");
  BuildResult turned = test::run(fs);
  REQUIRE(turned.site);
  svg::HeatMatrixSpec rows_k = risk_matrix_spec(year, turned.site->config.risk_model, strings, "m", "");
  CHECK(rows_k.row_axis == "Konsekvens");
  CHECK(rows_k.column_axis == "Sannolikhet");
  CHECK(rows_k.cells[5 - risk->consequence][risk->probability - 1].items.size() == 1);
}

TEST_CASE("Band colours are data: the generated stylesheet carries site.json's colours") {
  MemoryFileSystem fs = test::load_fixture("tests/fixtures/minimal");
  test::replace_in(fs, "site.json", "\"color\": \"#f0a3a3\"", "\"color\": \"#ff00aa\"");
  BuildResult r = test::run(fs, true);
  REQUIRE(r.ok());
  const OutputFile* css = test::find_output(r, "css/bands.css");
  REQUIRE(css);
  CHECK(css->bytes.find("--band-high: #ff00aa;") != std::string::npos);
  CHECK(css->bytes.find("svg.chart .band-high { fill: var(--band-high); }") != std::string::npos);
}

TEST_CASE("A band id that cannot be a CSS class is refused") {
  MemoryFileSystem fs = test::load_fixture("tests/fixtures/minimal");
  test::replace_in(fs, "site.json", "{\"id\": \"high\"", "{\"id\": \"high}body{x\"");
  BuildResult r = test::run(fs);
  CHECK_FALSE(r.ok());
  CHECK(test::has_code(r, "band"));
}

TEST_CASE("CSV cells that a spreadsheet would run as formulas become text") {
  CHECK(csv_line({"=HYPERLINK(\"http://x\";\"y\")", "+1", "-2", "@SUM(A1)", "ok"}) ==
        "\"'=HYPERLINK(\"\"http://x\"\";\"\"y\"\")\";'+1;'-2;'@SUM(A1);ok\r\n");
  CHECK(csv_line({"a;b", "rad\nbryt", "citat \"x\""}) == "\"a;b\";\"rad\nbryt\";\"citat \"\"x\"\"\"\r\n");
}

TEST_CASE("CSV exports open in Swedish Excel: BOM, semicolons, CRLF") {
  BuildResult r = test::run(test::load_fixture("tests/fixtures/minimal"), true);
  REQUIRE(r.ok());
  const OutputFile* csv = test::find_output(r, "org/2019/data/vor.csv");
  REQUIRE(csv);
  CHECK(csv->bytes.rfind("\xEF\xBB\xBF", 0) == 0);
  CHECK(csv->bytes.find(';') != std::string::npos);
  CHECK(csv->bytes.find("\r\n") != std::string::npos);
}

TEST_CASE("With several plan years, every page links to the other years") {
  MemoryFileSystem fs = test::load_fixture("tests/fixtures/minimal");
  for (const std::string& file : fs.list_files("org/2019")) {
    std::string text = *fs.read(file);
    fs.write("org/2020" + file.substr(std::string("org/2019").size()), text);
  }
  test::replace_in(fs, "org/2020/plan.json", "2019", "2020");
  BuildResult r = test::run(fs, true);
  INFO(test::formatted(r));
  REQUIRE(r.ok());
  const OutputFile* vor_2019 = test::find_output(r, "org/2019/vor/index.html");
  REQUIRE(vor_2019);
  // The same document in the other year, and the current year marked.
  CHECK(vor_2019->bytes.find("<a href=\"../../../org/2020/vor/index.html\">2020</a>") != std::string::npos);
  CHECK(vor_2019->bytes.find("<a href=\"../../../org/2019/vor/index.html\" aria-current=\"page\">2019</a>") != std::string::npos);
  BuildResult one_year = test::run(test::load_fixture("tests/fixtures/minimal"), true);
  const OutputFile* single = test::find_output(one_year, "org/2019/vor/index.html");
  REQUIRE(single);
  CHECK(single->bytes.find("class=\"year-nav\"") == std::string::npos);
}

TEST_CASE("The project CSV speaks Swedish like its headers") {
  BuildResult r = test::run(test::load_fixture("tests/fixtures/minimal"), true);
  REQUIRE(r.ok());
  const OutputFile* csv = test::find_output(r, "org/2019/data/projekt.csv");
  REQUIRE(csv);
  CHECK(csv->bytes.find(";ESF;projektägare;") != std::string::npos);
  CHECK(csv->bytes.find(";owner;") == std::string::npos);
}
