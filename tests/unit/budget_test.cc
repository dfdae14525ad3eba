// The budget forms of 2019 and 2021: every table, row and form of the source is there (a test fails
// if one is dropped, the empty forms included), the sums the tables imply are checked at the cell
// that disagrees, and the 2019 budget's "Utfall 2017 (VB 2017)" is reconciled with VB 2017.
#include <catch2/catch.hpp>

#include "model/budget.h"
#include "support.h"

using namespace insyn;

namespace {

using test::year_of;

size_t count_code(const PlanYear& y, const std::string& code) {
  size_t n = 0;
  for (const Diagnostic& d : y.findings) n += d.code == code;
  return n;
}

}  // namespace

TEST_CASE("The 2019 and 2021 budgets keep every table, row and form of the source", "[budget]") {
  BuildResult r = test::run(test::load_fixture("content"));
  INFO(test::formatted(r));
  REQUIRE(r.ok());
  const Budget& b19 = *year_of(r, 2019).budget;
  REQUIRE(b19.tables.size() == 3);
  const DataTable* drift = b19.find_table("drift");
  REQUIRE(drift);
  CHECK(drift->columns.size() == 6);
  CHECK(drift->rows.size() == 14);  // heading, costs + 4 areas + the empty row, income + 5, net
  CHECK(drift->rows[drift->row("netto")].values[3].raw == "851,3");
  CHECK(*drift->rows[drift->row("intakter-statsbidrag")].values[0].value == -232.3);  // income stays negative
  const DataTable* vp = b19.find_table("verksamhetsprojekt");
  REQUIRE(vp);
  CHECK(vp->columns.size() == 26);
  CHECK(vp->rows.size() == 6);
  const DataTable* inv = b19.find_table("investeringar");
  REQUIRE(inv);
  CHECK(inv->rows.at(0).values.size() == 6);
  REQUIRE(b19.forms.size() == 2);
  CHECK(b19.forms[0].status == "zero");
  CHECK(b19.forms[1].status == "blank");
  const Budget& b21 = *year_of(r, 2021).budget;
  REQUIRE(b21.tables.size() == 1);
  CHECK(b21.tables[0].rows.at(0).values.at(0).raw == "3,0");
  REQUIRE(b21.forms.size() == 1);
  CHECK(b21.forms[0].entries == std::vector<std::string>{"Inga resultatenheter"});
  // The source's budget is consistent: no sum and no comparison disagrees.
  CHECK(count_code(year_of(r, 2019), "table-sum") == 0);
  CHECK(count_code(year_of(r, 2019), "budget-followup-mismatch") == 0);
}

TEST_CASE("A budget cell that breaks a declared sum is reported where it stands", "[budget]") {
  MemoryFileSystem fs = test::load_fixture("content");
  // Column 4 of Jobbtorg's costs: 382,2 = 313,2 + 69,0 + 0,0; 383,2 breaks it and the cost total.
  test::replace_in(fs, "amn/2019/budget.json", "\"382,2\"", "\"383,2\"");
  BuildResult r = test::run(fs);
  const PlanYear& y = year_of(r, 2019);
  CHECK(count_code(y, "table-sum") == 2);
  std::string out = test::formatted(r);
  CHECK(out.find("content/amn/2019/budget.json:") != std::string::npos);
  CHECK(out.find("\"Verksamhetsområde Jobbtorg\": \"4. Nämndens budget efter") != std::string::npos);
}

TEST_CASE("The 2019 budget's outcome 2017 is compared with VB 2017 per activity area", "[budget]") {
  MemoryFileSystem fs = test::load_fixture("content");
  // Jobbtorg's outcome 2017 is 283,9 = VB 2017's Jobbtorg 271,7 + EFAS 12,2; 280,0 must be reported.
  test::replace_in(fs, "amn/2019/budget.json", "\"283,9\"", "\"280,0\"");
  BuildResult r = test::run(fs);
  const PlanYear& y = year_of(r, 2019);
  CHECK(count_code(y, "budget-followup-mismatch") == 1);  // Jobbtorg (the net row is unchanged)
}

TEST_CASE("A form marked as all zero that holds an amount is reported", "[budget]") {
  MemoryFileSystem fs = test::load_fixture("content");
  test::replace_in(
      fs, "amn/2019/budget.json",
      "\"Projekt\",\n          \"level\": \"detail\",\n          \"values\": [\n            \"0,0\"",
      "\"Projekt\",\n          \"level\": \"detail\",\n          \"values\": [\n            \"1,0\"");
  BuildResult r = test::run(fs);
  CHECK(test::has_code(r, "budget-form-status"));
}

TEST_CASE("Budget pages show the tables, the net chart, the comparison and the empty forms", "[budget]") {
  BuildResult r = test::run(test::load_fixture("content"), true);
  REQUIRE(r.ok());
  const OutputFile* p19 = test::find_output(r, "amn/2019/budget/index.html");
  REQUIRE(p19);
  for (const char* s :
       {"diagram-netto", "diagram-investeringar", "Resultatenheter 2019", "Verksamhetsprojekt",
        "Blanketten är tom i källan", "Utfall 2017 enligt budgeten", "1 321,7"}) {
    INFO(s);
    CHECK(p19->bytes.find(s) != std::string::npos);
  }
  const OutputFile* p21 = test::find_output(r, "amn/2021/budget/index.html");
  REQUIRE(p21);
  CHECK(p21->bytes.find("Inga resultatenheter") != std::string::npos);
  CHECK(test::find_output(r, "amn/2019/data/budget.json"));
  CHECK(test::find_output(r, "amn/2019/data/budget-drift.csv"));
  CHECK(test::find_output(r, "amn/2021/data/budget-investeringar.csv"));
  const OutputFile* print = test::find_output(r, "amn/2019/utskrift/index.html");
  REQUIRE(print);
  CHECK(print->bytes.find("diagram-netto") != std::string::npos);
}

TEST_CASE("A project budget that cannot be read in kronor is named, not drawn as 0,0 mnkr",
          "[budget][projects]") {
  BuildResult r = test::run(test::load_fixture("content"), true);
  REQUIRE(r.ok());
  const OutputFile* page = test::find_output(r, "amn/2021/projekt/index.html");
  REQUIRE(page);
  // EaSI's only project (FAB) is budgeted in euro: the chart and its twin say so.
  size_t chart = page->bytes.find("id=\"budget");
  REQUIRE(chart != std::string::npos);
  CHECK(page->bytes.find("i euro – ritas inte i kr", chart) != std::string::npos);
  size_t twin_row = page->bytes.find("<th scope=\"row\">EaSI</th>");
  REQUIRE(twin_row != std::string::npos);
  CHECK(page->bytes.substr(twin_row, 120).find("0,0") == std::string::npos);
}

TEST_CASE("The investment plans of 2019 and 2021 are shown side by side per calendar year", "[budget]") {
  BuildResult r = test::run(test::load_fixture("content"), true);
  REQUIRE(r.ok());
  const OutputFile* p21 = test::find_output(r, "amn/2021/budget/index.html");
  REQUIRE(p21);
  // 2021: a plan in 2019's budget (4,0), the VP in 2021's; 2020: plan 4,0 against forecast 3,0.
  CHECK(p21->bytes.find("<th scope=\"row\">2021</th><td>4,0 (Plan 2021)</td><td>4,0 (VP 2021)</td>") !=
        std::string::npos);
  CHECK(p21->bytes.find("<th scope=\"row\">2020</th><td>4,0 (Plan 2020)</td><td>3,0 (Prognos 2020)</td>") !=
        std::string::npos);
}
