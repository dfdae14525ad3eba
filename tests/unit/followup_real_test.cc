// VB 2017 (seed 004) transcribed into content/amn/2017/: every goal, indicator, activity and table
// is there, and the validator finds exactly the inconsistencies the source really has.
#include <catch2/catch.hpp>

#include <map>
#include <set>

#include "support.h"

using namespace insyn;

namespace {

const PlanYear& year_2017(const BuildResult& r) {
  REQUIRE(r.site);
  for (const PlanYear& y : r.site->organisations.at(0).years) {
    if (y.year == 2017) return y;
  }
  FAIL("no plan year 2017");
  throw;
}

using test::findings_with_code;

}  // namespace

TEST_CASE("VB 2017 keeps the 41 assessments, 73 indicators and 83 activities of the source", "[followup]") {
  BuildResult r = test::run(test::load_fixture("content"));
  INFO(test::formatted(r));
  REQUIRE(r.ok());
  const PlanYear& y = year_2017(r);
  REQUIRE(y.followup);
  const FollowUp& f = *y.followup;

  std::map<std::string, int> levels, raw;
  int assessed = 0, partly = 0, icons = 0;
  for (const FollowUpGoal& g : f.goals) {
    ++levels[g.level];
    if (g.assessment != Assessment::None) ++assessed;
    if (g.assessment == Assessment::PartlyMet) ++partly;
    if (!g.assessment_raw.empty()) ++raw[g.assessment_raw];
    icons += g.icon;
  }
  CHECK(levels["inriktningsmal"] == 4);
  CHECK(levels["kf"] == 19);
  CHECK(levels["namnd"] == 22);
  CHECK(assessed == 41);
  CHECK(partly == 2);
  CHECK(raw["Uppfylles helt"] == 2);
  CHECK(raw["Uppfylls helt"] == 37);
  CHECK(icons == 12);
  CHECK(f.find_goal("3.4.2")->assessment == Assessment::PartlyMet);
  CHECK(f.find_goal("4.2")->assessment == Assessment::PartlyMet);

  REQUIRE(f.indicators.size() == 73);
  int gender = 0, ind_icons = 0;
  for (const Indicator& i : f.indicators) {
    gender += i.gender_mainstreamed;
    ind_icons += i.icon;
  }
  CHECK(gender == 40);
  CHECK(ind_icons == 5);
  // Men before women in the source: "473 st | 259 st | 214 st".
  const Indicator& sthlmsjobb = f.indicators[9];
  CHECK(sthlmsjobb.name == "Antal aspiranter som fått Stockholmsjobb");
  CHECK(sthlmsjobb.men.raw == "259 st");
  CHECK(sthlmsjobb.women.raw == "214 st");
  CHECK(sthlmsjobb.series(2017).size() == 2);

  REQUIRE(f.activities.size() == 83);
  std::map<std::string, int> status;
  int deviation_column = 0;
  for (const FollowUpActivity& a : f.activities) {
    ++status[a.status];
    deviation_column += !a.deviation_raw.empty();
  }
  CHECK(status["done"] == 17);
  CHECK(status["not_done"] == 3);
  CHECK(status[""] == 63);
  CHECK(deviation_column == 2);

  CHECK(f.tables.size() == 13);
  CHECK(f.find_table("driftbudget")->rows.size() == 9);
  REQUIRE(f.internal_control);
  CHECK(f.internal_control->status == "missing");
}

TEST_CASE("VB 2017's findings are the source's real inconsistencies, all of them", "[followup]") {
  BuildResult r = test::run(test::load_fixture("content"));
  REQUIRE(r.ok());
  const PlanYear& y = year_2017(r);

  // Declared sums: only "varav Extratjänst 86" (33 + 56 = 89) fails; every other table adds up.
  auto sums = findings_with_code(y, "table-sum");
  REQUIRE(sums.size() == 1);
  CHECK(sums[0]->args.at("table") == "stockholmsjobb-finansiar");
  CHECK(sums[0]->args.at("stated") == "86");
  CHECK(sums[0]->args.at("sum") == "89");

  // An indicator of 210 whose women and men give 218.
  auto counts = findings_with_code(y, "indicator-sum");
  REQUIRE(counts.size() == 1);
  CHECK(counts[0]->args.at("stated") == "210 st");
  CHECK(counts[0]->args.at("sum") == "218");

  // Text against table: 21,5 vs −20,6; 822 vs 879; 3,1 vs 3,2; 92,6 vs 92,5; 7,9 % vs 8,0 %; 7,9 vs 7,8.
  std::set<std::pair<std::string, std::string>> text;
  for (const Diagnostic* d : findings_with_code(y, "text-figure-mismatch"))
    text.insert({d->args.at("stated"), d->args.at("expected")});
  CHECK(text == std::set<std::pair<std::string, std::string>>{{"-21,5", "-20,6"},
                                                              {"822", "879"},
                                                              {"3,1", "3,2"},
                                                              {"92,6", "92,5"},
                                                              {"7,9", "8,0"},
                                                              {"7,9", "7,8"}});

  // Both misspelt assessments are named, the missing appendix too.
  CHECK(findings_with_code(y, "assessment-spelling").size() == 2);
  CHECK(findings_with_code(y, "ic-followup-missing").size() == 1);

  // Outcomes missing on three rows (L824, L1649, L1651).
  std::set<std::string> no_outcome;
  for (const Diagnostic* d : findings_with_code(y, "indicator-no-outcome"))
    no_outcome.insert(d->args.at("id"));
  CHECK(no_outcome == std::set<std::string>{"I15", "I49", "I50"});

  // "Uppfylls helt" while the goal's own indicators miss or its activities deviate.
  std::set<std::string> contradicted;
  for (const Diagnostic* d : findings_with_code(y, "assessment-contradicted"))
    contradicted.insert(d->args.at("goal"));
  CHECK(contradicted.count("3.3"));          // I07 75,98 % against 84 %, I10 473 against 500
  CHECK(contradicted.count("4.1.1"));        // "Varje enhet genomför en jämställdhetsanalys": Avvikelse
  CHECK(contradicted.count("4.3"));          // hbtq routines: Avvikelse
  CHECK(contradicted.count("4.4"));          // "!" on the children's-participation routines
  CHECK(contradicted.count("4.2.1"));        // analyses that start "Avvikelse:"
  CHECK_FALSE(contradicted.count("3.4.2"));  // assessed "delvis": not a contradiction

  // The seed is not cut off: "Lex Sarah" has its paragraph on the file's last line (without a final
  // newline), so no heading is empty.
  CHECK(findings_with_code(y, "empty-heading").empty());
  for (const Diagnostic& d : y.findings) CHECK(d.severity != Severity::Error);
}
