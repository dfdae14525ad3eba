// The procurement plans: the three years transcribed in full (a test fails if a row or a section is
// dropped), values read as amount, range or unknown (never 0), the rules on what the source states,
// the page, the chart and the open data.
#include <catch2/catch.hpp>

#include <map>
#include <set>

#include "model/procurement.h"
#include "model/rules_procurement.h"
#include "support.h"
#include "svg/range_chart.h"

using namespace insyn;

namespace {

using test::year_of;

std::multiset<std::string> procurement_codes(const PlanYear& y) {
  std::multiset<std::string> out;
  for (const Diagnostic& d : y.findings) {
    if (d.code.rfind("procurement-", 0) == 0) out.insert(d.code);
  }
  return out;
}

// A minimal plan with one department and one section holding `rows` (JSON array items).
std::string plan_json(const std::string& rows, const std::string& extra = "") {
  return R"({"title": "Plan för upphandling", )" + extra +
         R"("departments": [{"name": "Jobbtorg", "sections": [{"label": "Över 300 tkr", "min": 300000,
         "min_exclusive": true, "below": 2000000, "rows": [)" +
         rows + "]}]}]}";
}

BuildResult run_with_plan(const std::string& json) {
  MemoryFileSystem fs = test::load_fixture("tests/fixtures/minimal");
  fs.write("org/2019/upphandling.json", json);
  return test::run(fs);
}

}  // namespace

TEST_CASE("The three procurement plans keep every row and section of the source", "[procurement]") {
  BuildResult r = test::run(test::load_fixture("content"));
  INFO(test::formatted(r));
  REQUIRE(r.ok());
  struct Expect {
    int year;
    size_t procurements, no_need, departments, sections;
    double known_sum;
    size_t unknown;
  };
  // 2019: 12 procurements and 10 no-need rows (9 "Inget anmält behov" and one "Anmält att det inte
  // finns något behov …") in 3 departments and 9 sections; 2021: 6 rows, 32 000 000 kr; 2017: 12 rows.
  for (const Expect& e : {Expect{2019, 12, 10, 3, 9, 9200000 + 2500000000.0, 6},
                          Expect{2021, 6, 0, 1, 1, 32000000, 0}, Expect{2017, 12, 0, 6, 6, 95200000, 0}}) {
    INFO("year " << e.year);
    const PlanYear& y = year_of(r, e.year);
    REQUIRE(y.procurement);
    const ProcurementPlan& p = *y.procurement;
    CHECK(p.procurements().size() == e.procurements);
    CHECK(p.no_need_count() == e.no_need);
    CHECK(p.departments.size() == e.departments);
    size_t sections = 0;
    for (const auto& d : p.departments) sections += d.sections.size();
    CHECK(sections == e.sections);
    double sum = 0;
    size_t unknown = 0;
    for (const Procurement* row : p.procurements()) {
      if (row->value.known()) {
        sum += *row->value.low;
      } else {
        ++unknown;
      }
    }
    CHECK(sum == Approx(e.known_sum));
    CHECK(unknown == e.unknown);
  }
  const ProcurementPlan& p2019 = *year_of(r, 2019).procurement;
  size_t inget = 0;
  for (const auto& d : p2019.departments) {
    for (const auto& s : d.sections) {
      for (const auto& row : s.rows) inget += row.description == "Inget anmält behov";
    }
  }
  CHECK(inget == 9);
  const Procurement* komvux = p2019.procurements()[4];
  CHECK(komvux->value.raw == "2,5 - 3 miljarder kr");
  CHECK(komvux->value.kind == "range");
  CHECK(*komvux->value.low == 2.5e9);
  CHECK(*komvux->value.high == 3e9);
}

TEST_CASE("The procurement findings are the ones the sources really have", "[procurement]") {
  BuildResult r = test::run(test::load_fixture("content"));
  REQUIRE(r.ok());
  // 2017: 1,5 and 1,6 mnkr under "över 1.8 miljoner"; two contracts that start before their
  // procurement; the FINSAM value printed "???   2 mnkr".
  CHECK(procurement_codes(year_of(r, 2017)) ==
        std::multiset<std::string>{"procurement-below-threshold", "procurement-below-threshold",
                                   "procurement-contract-before-start", "procurement-contract-before-start",
                                   "procurement-value-uncertain"});
  // 2021: 1 000 000 kr is not "över 1 miljon".
  CHECK(procurement_codes(year_of(r, 2021)) == std::multiset<std::string>{"procurement-below-threshold"});
  // 2019: five values printed "Okänt", one blank.
  std::multiset<std::string> c2019 = procurement_codes(year_of(r, 2019));
  CHECK(c2019.count("procurement-value-unknown") == 5);
  CHECK(c2019.count("procurement-value-not-stated") == 1);
  CHECK(c2019.size() == 6);
}

TEST_CASE("Procurement rules: threshold, section range, dates and stated total", "[procurement]") {
  SECTION("a clean row has no finding") {
    BuildResult r = run_with_plan(plan_json(
        R"({"description": "A", "start": "2019-01-01", "period": {"raw": "x", "start": "2019-02-01"},
            "value": {"raw": "1 mnkr", "kind": "amount", "amount": 1000000}, "contract_type": "Tjänst"})"));
    INFO(test::formatted(r, true));
    REQUIRE(r.ok());
    CHECK(procurement_codes(year_of(r, 2019)).empty());
  }
  SECTION("a value outside its section, a contract before its procurement") {
    BuildResult r = run_with_plan(plan_json(
        R"({"description": "A", "start": "2019-03-01", "period": {"raw": "x", "start": "2019-02-01"},
            "value": {"raw": "3 mnkr", "kind": "amount", "amount": 3000000}})"));
    REQUIRE(r.ok());
    CHECK(procurement_codes(year_of(r, 2019)) ==
          std::multiset<std::string>{"procurement-section-range", "procurement-contract-before-start"});
  }
  SECTION("a range reaching into the section's bound, and a threshold met exactly") {
    BuildResult r = run_with_plan(plan_json(
        R"({"description": "A", "value": {"raw": "1-3 mnkr", "kind": "range", "low": 1000000, "high": 3000000}},
           {"description": "B", "value": {"raw": "500 tkr", "kind": "amount", "amount": 500000}})",
        R"("reporting_threshold": {"raw": "över 500 tkr", "amount": 500000}, )"));
    REQUIRE(r.ok());
    CHECK(procurement_codes(year_of(r, 2019)) ==
          std::multiset<std::string>{"procurement-section-range", "procurement-below-threshold"});
  }
  SECTION("a stated total that differs from the rows is an error") {
    BuildResult r = run_with_plan(plan_json(
        R"({"description": "A", "value": {"raw": "1 mnkr", "kind": "amount", "amount": 1000000}},
           {"description": "B", "value": {"raw": "Okänt", "kind": "unknown"}})",
        R"("stated_total": {"raw": "1 000 000 kr", "kind": "amount", "amount": 1000000}, )"));
    // The unknown row means the total cannot be confirmed: 1 000 000 kr "plus unknown".
    CHECK(test::has_code(r, "procurement-total"));
    CHECK_FALSE(r.ok());
  }
  SECTION("a stated total that matches the rows is no finding") {
    BuildResult r = run_with_plan(plan_json(
        R"({"description": "A", "value": {"raw": "1 mnkr", "kind": "amount", "amount": 1000000}},
           {"description": "B", "value": {"raw": "2 mnkr", "kind": "amount", "amount": 2000000}})",
        R"("stated_total": {"raw": "3 000 000 kr", "kind": "amount", "amount": 3000000}, )"));
    CHECK_FALSE(test::has_code(r, "procurement-total"));
  }
}

TEST_CASE("An unknown value is never 0: the decoder refuses an amount on it", "[procurement]") {
  BuildResult r = run_with_plan(
      plan_json(R"({"description": "A", "value": {"raw": "Okänt", "kind": "unknown", "amount": 0}})"));
  CHECK(test::has_code(r, "unknown-value"));
  BuildResult blank =
      run_with_plan(plan_json(R"({"description": "A", "value": {"raw": "x", "kind": "not_stated"}})"));
  CHECK(test::has_code(blank, "not-stated"));
  BuildResult type = run_with_plan(plan_json(R"({"description": "A", "contract_type": "Tjänstt"})"));
  CHECK(test::has_code(type, "enum"));
}

TEST_CASE("The range chart draws amounts, ranges and unknown values honestly", "[procurement][svg]") {
  svg::RangeChartSpec spec;
  spec.id = "c";
  spec.title = "T";
  spec.tick_labels = {"a", "b", "c", "d", "e", "f"};
  spec.rows.push_back({"amount", 1e6, 1e6, "1 mnkr"});
  spec.rows.push_back({"range", 2.5e9, 3e9, "2 500–3 000 mnkr"});
  spec.rows.push_back({"unknown", std::nullopt, std::nullopt, "okänt"});
  std::string svg = svg::range_chart(spec);
  CHECK(svg.find("role=\"img\"") != std::string::npos);
  CHECK(svg.find("class=\"unknown\">okänt</text>") != std::string::npos);
  // The unknown row has no mark: three rows, but only the amount's dot and the range's bar.
  size_t marks = 0;
  for (size_t at = 0; (at = svg.find("class=\"series-1\"", at)) != std::string::npos; ++at) ++marks;
  CHECK(marks == 2);
  CHECK(svg == svg::range_chart(spec));  // deterministic
}

TEST_CASE("Procurement pages, the over-time page and the open data are built", "[procurement]") {
  BuildResult r = test::run(test::load_fixture("content"), true);
  REQUIRE(r.ok());
  for (int year : {2017, 2019, 2021}) {
    std::string dir = "amn/" + std::to_string(year) + "/";
    const OutputFile* page = test::find_output(r, dir + "upphandling/index.html");
    REQUIRE(page);
    CHECK(page->bytes.find("upphandling-diagram") != std::string::npos);
    REQUIRE(test::find_output(r, dir + "data/upphandling.csv"));
    REQUIRE(test::find_output(r, dir + "data/upphandling.json"));
    const OutputFile* print = test::find_output(r, dir + "utskrift/index.html");
    REQUIRE(print);
    CHECK(print->bytes.find("Plan för upphandling") != std::string::npos);
    const OutputFile* overview = test::find_output(r, dir + "index.html");
    REQUIRE(overview);
    CHECK(overview->bytes.find("upphandling/index.html") != std::string::npos);
  }
  const OutputFile* page2019 = test::find_output(r, "amn/2019/upphandling/index.html");
  CHECK(page2019->bytes.find("2,5 - 3 miljarder kr") != std::string::npos);
  CHECK(page2019->bytes.find("Inget anmält behov") != std::string::npos);
  // The unknown values are never shown as 0.
  CHECK(page2019->bytes.find("0,0&nbsp;mnkr") == std::string::npos);
  const OutputFile* csv = test::find_output(r, "amn/2019/data/upphandling.csv");
  size_t lines = 0;
  for (char c : csv->bytes) lines += c == '\n';
  CHECK(lines == 1 + 12 + 10);  // header, procurements, no-need rows
  CHECK(csv->bytes.find(";Okänt;unknown;;;") != std::string::npos);
  const OutputFile* over = test::find_output(r, "amn/upphandling/index.html");
  REQUIRE(over);
  for (const char* href :
       {"2017/upphandling/index.html#upphandling-12", "2019/upphandling/index.html#upphandling-1",
        "2021/upphandling/index.html#upphandling-6"}) {
    CHECK(over->bytes.find(href) != std::string::npos);
  }
}
