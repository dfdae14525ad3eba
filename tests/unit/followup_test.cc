// The follow-up (verksamhetsberättelse): printed numbers, the rules on a small fixture, and the
// transcription of VB 2017 (seed 004) with the findings the source really has.
#include <catch2/catch.hpp>

#include <map>
#include <set>

#include "model/followup.h"
#include "support.h"

using namespace insyn;

namespace {

MemoryFileSystem followup_fixture() {
  MemoryFileSystem fs = test::load_fixture("tests/fixtures/minimal");
  for (const char* name : {"verksamhetsberattelse.json", "verksamhetsberattelse.md"}) {
    fs.write(std::string("org/2019/") + name,
             test::read_source_file(std::string("tests/fixtures/followup/") + name));
  }
  return fs;
}

using test::year_of;

}  // namespace

TEST_CASE("Printed numbers are read as printed, with unit, decimals and what follows", "[followup]") {
  struct Case {
    const char* raw;
    std::optional<double> value;
    const char* unit;
    int decimals;
  };
  const std::vector<Case> cases = {
      {"75,98 %", 75.98, "%", 2},
      {"8 500 st", 8500, "st", 0},
      {"4,3 mån", 4.3, "mån", 1},
      {"31 kwh/kvm", 31, "kwh/kvm", 0},
      {"-20,6", -20.6, "", 1},
      {"20 805", 20805, "", 0},
      {"2779 (34%)", 2779, "", 0},
      {"340*", 340, "", 0},
      {"43,1%", 43.1, "%", 1},
      {"-4 858", -4858, "", 0},
      {"80%", 80, "%", 0},
      {"-", std::nullopt, "", 0},
      {"", std::nullopt, "", 0},
      {"tas fram av nämnden", std::nullopt, "", 0},
      {"+/- 1 %", std::nullopt, "", 0},
      {"VB 2017", std::nullopt, "", 0},
      {"12 3456", std::nullopt, "", 0},
  };
  for (const Case& c : cases) {
    INFO(c.raw);
    Quantity q = Quantity::parse(c.raw);
    CHECK(q.raw == c.raw);
    CHECK(q.value == c.value);
    if (c.value) {
      CHECK(q.unit == c.unit);
      CHECK(q.decimals == c.decimals);
    }
  }
  CHECK(Quantity::parse("0,1").tolerance() == Approx(0.05));
}

TEST_CASE("An indicator meets its target by its direction, and a band by distance from zero", "[followup]") {
  Indicator i;
  i.outcome = Quantity::parse("5,3 %");
  i.target = Quantity::parse("4,9 %");
  CHECK(target_result(i) == TargetResult::Met);  // higher is better by default
  i.direction = "lower";                         // sick leave: 5,3 % against 4,9 % misses
  CHECK(target_result(i) == TargetResult::Missed);
  i.target = Quantity::parse("5,3 %");
  CHECK(target_result(i) == TargetResult::Met);
  i.direction = "band";
  i.target = Quantity::parse("+/- 1 %");
  i.outcome = Quantity::parse("1 %");
  CHECK(target_result(i) == TargetResult::Met);
  i.outcome = Quantity::parse("1,5 %");
  CHECK(target_result(i) == TargetResult::Missed);
  i.direction = "higher";
  i.target = Quantity::parse("");
  i.kf_target = Quantity::parse("tas fram av nämnden");
  CHECK(target_result(i) == TargetResult::NoTarget);
  i.kf_target = Quantity::parse("2 %");
  CHECK(target_result(i) == TargetResult::Missed);  // KF's target when the board has none
  i.outcome = Quantity::parse("");
  CHECK(target_result(i) == TargetResult::NoOutcome);
}

TEST_CASE("An indicator's series is its history, last year's column and the outcome", "[followup]") {
  Indicator i;
  i.history = {{2015, Quantity::parse("70 %")}};
  i.previous = Quantity::parse("72 %");
  i.outcome = Quantity::parse("75 %");
  std::vector<SeriesPoint> s = i.series(2017);
  REQUIRE(s.size() == 3);
  CHECK(s[0].year == 2015);
  CHECK(s[1].year == 2016);
  CHECK(*s[2].value.value == 75);
}

TEST_CASE("The follow-up fixture is clean", "[followup]") {
  BuildResult r = test::run(followup_fixture());
  INFO(test::formatted(r, true));
  CHECK(r.diagnostics.empty());
  const PlanYear& y = year_of(r, 2019);
  REQUIRE(y.followup);
  CHECK(y.followup->goals.size() == 3);
  CHECK(y.followup->goals[2].analysis_html.find("<em>med</em>") != std::string::npos);
  CHECK(y.followup->headings.size() == 3);
  REQUIRE(y.followup->internal_control);
  CHECK(y.followup->internal_control->overall == "tillracklig");
}

TEST_CASE("Each follow-up rule produces its finding", "[followup]") {
  struct Case {
    const char* name;
    const char* file;
    const char* from;
    const char* to;
    const char* code;
    Severity severity;
  };
  const char* json = "org/2019/verksamhetsberattelse.json";
  const std::vector<Case> cases = {
      {"a row does not add up", json, "\"10\", \"4\", \"6\"", "\"10\", \"4\", \"7\"", "table-sum",
       Severity::Warning},
      {"a derived column does not add up", json, "\"12,1\", \"-2,1\"", "\"12,1\", \"-2,2\"", "table-sum",
       Severity::Warning},
      {"a ratio column is off", json, "\"-21,0%\"", "\"-25,0%\"", "table-sum", Severity::Warning},
      {"a check names a missing row", json, "\"parts\": [\"a\", \"b\"]", "\"parts\": [\"a\", \"c\"]",
       "table-check-key", Severity::Error},
      {"a count is not women + men", json, "\"20 st\"", "\"22 st\"", "indicator-sum", Severity::Warning},
      {"a share outside women and men", json, "\"outcome\": \"75 %\"", "\"outcome\": \"80 %\"",
       "indicator-range", Severity::Warning},
      {"no outcome", json, "\"outcome\": \"75 %\", ", "", "indicator-no-outcome", Severity::Warning},
      {"no target", json, "\"target\": \"70 %\", ", "", "indicator-no-target", Severity::Info},
      {"met although an indicator misses", json, "\"target\": \"70 %\"", "\"target\": \"80 %\"",
       "assessment-contradicted", Severity::Warning},
      {"met although an activity is not done", json, "\"status_raw\": \"✓\"", "\"status_raw\": \"!\"",
       "assessment-contradicted", Severity::Warning},
      {"met although an activity deviates", json, "\"status_raw\": \"✓\"", "\"deviation_raw\": \"Avvikelse\"",
       "assessment-contradicted", Severity::Warning},
      {"a misspelt assessment", json, "\"Uppfylls helt\"", "\"Uppfylles helt\"", "assessment-spelling",
       Severity::Info},
      {"a text figure differs from its table", json, "\"value\": -2.1", "\"value\": -2.5",
       "text-figure-mismatch", Severity::Warning},
      {"a text figure differs from its parts", json, "\"plus\": [30]", "\"plus\": [31]",
       "text-figure-mismatch", Severity::Warning},
      {"a text figure names a missing table", json, "\"table\": \"ekonomi\", \"row\"",
       "\"table\": \"ekonomy\", \"row\"", "figure-reference", Severity::Error},
      {"a heading with nothing under it", "org/2019/verksamhetsberattelse.md", "Mer text.", "",
       "empty-heading", Severity::Warning},
      {"internal control without a verdict", json, "\"overall\": \"tillracklig\", ", "", "ic-no-verdict",
       Severity::Warning},
      {"a verdict without a basis", json, "\"basis\": \"Alla kontroller är genomförda.\"", "\"basis\": \"\"",
       "ic-no-basis", Severity::Warning},
      {"a follow-up of an unknown control", json, "\"control\": \"K1\"", "\"control\": \"K9\"",
       "ic-unknown-control", Severity::Warning},
      {"a control not performed, unexplained", json,
       "\"performed\": true, \"assessment\": \"tillracklig\", \"analysis\": \"Inga avvikelser.\"",
       "\"performed\": false", "ic-not-performed", Severity::Warning},
      {"deviations without actions", json, "\"analysis\": \"Inga avvikelser.\"",
       "\"deviations\": \"Två fel.\"", "ic-no-actions", Severity::Warning},
      {"the appendix is missing", json, "\"status\": \"present\"", "\"status\": \"missing\"",
       "ic-followup-missing", Severity::Info},
      {"an unknown assessment", json, "\"assessment\": \"uppfylls_helt\"", "\"assessment\": \"uppfylls_bra\"",
       "enum", Severity::Error},
      {"an impossible date", json, "\"2019-12-31\"", "\"2019-13-31\"", "date", Severity::Error},
      {"an activity of a missing goal", json, "\"id\": \"A1\", \"goal\": \"1.1.1\"",
       "\"id\": \"A1\", \"goal\": \"9.9\"", "vb-dangling-goal", Severity::Warning},
  };
  for (const Case& c : cases) {
    SECTION(c.name) {
      MemoryFileSystem fs = followup_fixture();
      test::replace_in(fs, c.file, c.from, c.to);
      BuildResult r = test::run(fs);
      INFO(test::formatted(r, true));
      const Diagnostic* found = nullptr;
      for (const Diagnostic& d : r.diagnostics.items()) {
        if (d.code == c.code) found = &d;
      }
      REQUIRE(found);
      CHECK(found->severity == c.severity);
      CHECK(found->loc.file.find("verksamhetsberattelse") != std::string::npos);
      CHECK(found->loc.line > 0);
      CHECK_FALSE(found->hint.empty());
    }
  }
}
