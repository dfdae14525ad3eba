// Spreadsheets: the workbook writer and reader, CSV input, and importing a risk register. The round
// trip (a workbook `insyn build` wrote, imported back) must change nothing, on the real content and
// after random edits of cells.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>
#include <random>

#include "core/diagnostics_json.h"
#include "office/import_cells.h"
#include "office/import_risks.h"
#include "office/risk_sheet.h"
#include "office/xlsx_reader.h"
#include "office/xlsx_writer.h"
#include "office/year_workbook.h"
#include "support.h"

using namespace insyn;
using ojson = nlohmann::ordered_json;

namespace {

using test::year_of;

const ReadSheet& sheet_named(const ReadResult& r, const std::string& name) {
  for (const ReadSheet& s : r.sheets)
    if (s.name == name) return s;
  FAIL("no sheet " << name);
  throw;
}

std::string xlsx_of(const PlanYear& year, const RiskModel& model) {
  std::string error;
  auto bytes = write_xlsx(year_workbook(year, model), error);
  REQUIRE(bytes);
  return *bytes;
}

}  // namespace

TEST_CASE("Diagnostics as JSON lines are valid JSON, one per line, with the source line", "[office]") {
  Diagnostic d;
  d.loc = {"content/a.json", 2, 5};
  d.message = "\"x\" is \"\x01\xff\"";
  d.hint = "fix \\ it";
  d.code = "enum";
  std::string line =
      diagnostic_json_line(d, [](const std::string&) { return std::string_view("one\n  two\n"); });
  REQUIRE(line.back() == '\n');
  REQUIRE(line.find('\n') == line.size() - 1);
  auto j = nlohmann::json::parse(line);
  CHECK(j["file"] == "content/a.json");
  CHECK(j["line"] == 2);
  CHECK(j["column"] == 5);
  CHECK(j["severity"] == "error");
  CHECK(j["code"] == "enum");
  CHECK(j["message"] == "\"x\" is \"\x01\xEF\xBF\xBD\"");
  CHECK(j["hint"] == "fix \\ it");
  CHECK(j["source"] == "  two");
}

TEST_CASE("The workbook of a year reads back cell for cell", "[office]") {
  BuildResult r = test::run(test::load_fixture("content"));
  const PlanYear& y = year_of(r, 2021);
  Workbook book = year_workbook(y, r.site->config.risk_model);
  std::string error;
  auto bytes = write_xlsx(book, error);
  REQUIRE(bytes);
  SECTION("the same workbook gives the same bytes") {
    auto again = write_xlsx(year_workbook(y, r.site->config.risk_model), error);
    REQUIRE(again);
    CHECK(*again == *bytes);
  }
  ReadResult read = read_xlsx(*bytes);
  REQUIRE(read.error == "");
  REQUIRE(read.sheets.size() == book.sheets.size());
  for (size_t s = 0; s < book.sheets.size(); ++s) {
    const Sheet& sheet = book.sheets[s];
    const ReadSheet& back = read.sheets[s];
    CHECK(back.name == sheet.name);
    REQUIRE(back.rows.size() == sheet.rows.size() + 1);
    for (size_t row = 0; row < sheet.rows.size(); ++row) {
      for (size_t c = 0; c < sheet.columns.size(); ++c) {
        const Cell& want = sheet.rows[row][c];
        std::string got = c < back.rows[row + 1].cells.size() ? back.rows[row + 1].cells[c].text : "";
        if (sheet.columns[c].kind == CellKind::Date && want.numeric)
          continue;  // a date comes back as a serial
        INFO(sheet.name << " row " << row + 2 << " column " << sheet.columns[c].header);
        CHECK(got == want.text);
      }
    }
  }
}

TEST_CASE("Text that looks like a formula is written as a string cell", "[office]") {
  Workbook book{
      "t",
      0,
      {{"S", {{"A", CellKind::Text, ""}}, {{text_cell("=HYPERLINK(\"http://x\")")}, {text_cell("+1")}}}}};
  std::string error;
  auto bytes = write_xlsx(book, error);
  REQUIRE(bytes);
  ReadResult read = read_xlsx(*bytes);  // the reader refuses formulas, so reading proves there is none
  REQUIRE(read.error == "");
  CHECK(read.sheets[0].rows[1].cells[0].text == "=HYPERLINK(\"http://x\")");
  CHECK_FALSE(read.sheets[0].rows[1].cells[0].numeric);
}

TEST_CASE("A workbook imported unchanged changes nothing (2019 and 2021)", "[office]") {
  BuildResult r = test::run(test::load_fixture("content"));
  for (int year : {2019, 2021}) {
    const PlanYear& y = year_of(r, year);
    ReadResult read = read_xlsx(xlsx_of(y, r.site->config.risk_model));
    REQUIRE(read.ok());
    ojson vor = ojson::parse(test::read_source_file("content/amn/" + std::to_string(year) + "/vor.json"));
    RiskImport imp =
        import_risks(sheet_named(read, "Risker"), "x.xlsx", *y.vor, r.site->config.risk_model, vor);
    INFO(format_cell_diagnostics(imp.diags));
    CHECK_FALSE(imp.diags.has_errors());
    CHECK(imp.changed + imp.added + imp.removed + imp.moved == 0);
    CHECK(imp.vor == vor);
  }
}

TEST_CASE("Random edits of cells come back as exactly those edits", "[office]") {
  MemoryFileSystem content = test::load_fixture("content");
  BuildResult r = test::run(content);
  const PlanYear& y = year_of(r, 2021);
  const RiskModel& model = r.site->config.risk_model;
  std::mt19937 rng(20211);
  for (int round = 0; round < 20; ++round) {
    Sheet sheet = risk_sheet(*y.vor, model);
    // Edit a few cells of the columns an editor changes: scores, event, measure, flag. (Not
    // "unspecified": in 2021 a blank flag reads as in_plan, by the document's blank_flag.)
    std::map<std::pair<size_t, std::string>, std::string> edits;
    const auto& cols = risk_columns();
    for (int e = 0; e < 4; ++e) {
      size_t row = rng() % sheet.rows.size();
      size_t col = std::vector<size_t>{5, 6, 8, 13, 15}[rng() % 5];
      std::string v = cols[col].column.kind == CellKind::Integer ? std::to_string(1 + rng() % 5)
                      : col == 13 ? std::vector<std::string>{"in_plan", "vor_only"}[rng() % 2]
                                  : "Ändrad text " + std::to_string(rng() % 1000);
      sheet.rows[row][col] =
          cols[col].column.kind == CellKind::Integer ? integer_cell(std::stoi(v)) : text_cell(v);
      edits[{row, cols[col].json_key}] = v;
    }
    Workbook book{"t", 0, {sheet}};
    std::string error;
    ReadResult read = read_xlsx(*write_xlsx(book, error));
    REQUIRE(read.ok());
    ojson vor = ojson::parse(*content.read("amn/2021/vor.json"));
    RiskImport imp = import_risks(read.sheets[0], "x.xlsx", *y.vor, model, vor);
    REQUIRE_FALSE(imp.diags.has_errors());
    MemoryFileSystem edited = content;
    edited.write("amn/2021/vor.json", imp.vor.dump(2));
    BuildResult after = test::run(edited);
    INFO(test::formatted(after));
    REQUIRE_FALSE(after.diagnostics.has_errors());
    // Exporting the imported content gives the edited sheet back, but for what follows a score.
    Sheet again = risk_sheet(*year_of(after, 2021).vor, model);
    REQUIRE(again.rows.size() == sheet.rows.size());
    for (size_t row = 0; row < sheet.rows.size(); ++row) {
      for (size_t c : {size_t{5}, size_t{6}, size_t{8}, size_t{13}, size_t{15}}) {
        INFO("round " << round << " row " << row << " column " << cols[c].column.header);
        CHECK(again.rows[row][c].text == sheet.rows[row][c].text);
      }
    }
  }
}

TEST_CASE("Bad cells are errors that name the cell, and nothing is imported", "[office]") {
  BuildResult r = test::run(test::load_fixture("content"));
  const PlanYear& y = year_of(r, 2021);
  ReadResult read = read_xlsx(xlsx_of(y, r.site->config.risk_model));
  ReadSheet sheet = sheet_named(read, "Risker");
  sheet.rows[13].cells[6] = {"7", true};
  sheet.rows[14].cells[0] = sheet.rows[15].cells[0];
  RiskImport imp = import_risks(sheet, "register.xlsx", *y.vor, r.site->config.risk_model, ojson::object());
  std::string text = format_cell_diagnostics(imp.diags);
  CHECK(
      text.find(
          "register.xlsx:Risker!G14: error: \"Sannolikhet\" is \"7\"; it must be an integer from 1 to 5\n") !=
      std::string::npos);
  CHECK(text.find("register.xlsx:Risker!A16: error: risk ") != std::string::npos);
  CHECK(text.find("\nhint: ") != std::string::npos);
  CHECK(text.find(" 14 | 13 | ") != std::string::npos);
}

TEST_CASE("CSV from Swedish Excel: BOM, semicolons, quotes, protected formulas", "[office]") {
  ReadResult r =
      read_csv("\xEF\xBB\xBFNr;Text\r\n1;\"a;b\"\"c\"\r\n2;'=SUM(A1)\r\n\r\n3;\"two\nlines\"\r\n", "reg");
  REQUIRE(r.ok());
  const ReadSheet& s = r.sheets[0];
  REQUIRE(s.rows.size() == 4);
  CHECK(s.rows[0].cells[0].text == "Nr");
  CHECK(s.rows[1].cells[1].text == "a;b\"c");
  CHECK(s.rows[2].cells[1].text == "=SUM(A1)");
  CHECK(s.rows[3].number == 5);
  CHECK(s.rows[3].cells[1].text == "two\nlines");
  CHECK(read_csv("a,b\n1,2\n", "x").sheets[0].rows[1].cells[1].text == "2");
  CHECK_FALSE(read_csv("a;\"b\n", "x").ok());
}

TEST_CASE("The reader refuses what is not a workbook without crashing", "[office]") {
  CHECK(read_xlsx("").error.find("not an .xlsx workbook") != std::string::npos);
  CHECK(read_xlsx("PK\x03\x04 garbage").error.find("not an .xlsx workbook") != std::string::npos);
  BuildResult r = test::run(test::load_fixture("content"));
  std::string bytes = xlsx_of(year_of(r, 2021), r.site->config.risk_model);
  ReadLimits tight;
  tight.max_entry_bytes = 2000;
  CHECK(read_xlsx(bytes, tight).error.find("expands to more than") != std::string::npos);
  ReadLimits narrow;
  narrow.max_columns = 5;
  ReadResult n = read_xlsx(bytes, narrow);
  CHECK(n.where == "Risker!F1");
  CHECK(n.error.find("beyond the 5 columns") != std::string::npos);
  CHECK(column_letters(0) == "A");
  CHECK(column_letters(25) == "Z");
  CHECK(column_letters(26) == "AA");
  CHECK(column_letters(16383) == "XFD");
}

TEST_CASE("Cells read as people and Excel write numbers and dates", "[office]") {
  using insyn::ReadCell;
  CHECK(insyn::parse_number(ReadCell{"24 200 000", false}) == 24200000.0);
  CHECK(insyn::parse_number(ReadCell{"24,2", false}) == 24.2);
  CHECK(insyn::parse_number(ReadCell{"2.42E7", true}) == 24200000.0);
  CHECK_FALSE(insyn::parse_number(ReadCell{"24,2 mnkr", false}));
  CHECK_FALSE(insyn::parse_number(ReadCell{"", false}));
  // Excel's day numbers: 44197 is 2021-01-01, 61 is 1900-03-01 (the first day after its phantom 29 February).
  CHECK(insyn::parse_date(ReadCell{"44197", true}) == std::string("2021-01-01"));
  CHECK(insyn::parse_date(ReadCell{"61", true}) == std::string("1900-03-01"));
  CHECK(insyn::parse_date(ReadCell{"2022-03", false}) == std::string("2022-03"));
  CHECK_FALSE(insyn::parse_date(ReadCell{"2022-13", false}));
  CHECK_FALSE(insyn::parse_date(ReadCell{"44197.5", true}));
}
