#include <catch2/catch.hpp>

#include "model/rules.h"
#include "support.h"

using namespace insyn;

namespace {

// One rule case: a textual edit of the minimal fixture and the finding it must produce.
struct RuleCase {
  const char* name;
  const char* file;
  const char* from;
  const char* to;
  const char* code;
  Severity severity;
  const char* finding_file = nullptr;  ///< where the finding points, when not `file`
};

const Diagnostic* find(const BuildResult& r, const std::string& code) {
  for (const Diagnostic& d : r.diagnostics.items()) {
    if (d.code == code) return &d;
  }
  return nullptr;
}

}  // namespace

TEST_CASE("The minimal fixture is clean") {
  BuildResult r = test::run(test::load_fixture("tests/fixtures/minimal"));
  INFO(test::formatted(r, true));
  CHECK(r.diagnostics.empty());
}

TEST_CASE("Each rule the plans state produces its finding") {
  const std::vector<RuleCase> cases = {
      {"stated RV differs from P x K", "org/2019/vor.json", "\"rv\": 12", "\"rv\": 9", "rv-mismatch", Severity::Error},
      {"RV >= 12 marked VoR only", "org/2019/vor.json", "\"rv\": 12, \"ikp\": \"in_plan\"", "\"rv\": 12, \"ikp\": \"vor_only\"",
       "rv-not-in-plan", Severity::Warning},
      {"RV >= 12 with a blank flag", "org/2019/vor.json", "\"rv\": 12, \"ikp\": \"in_plan\"",
       "\"rv\": 12, \"ikp\": \"unspecified\"", "rv-not-in-plan", Severity::Warning},
      {"starred risk with no control", "org/2019/kontrollplan.json", "\"risks\": [1]", "\"risks\": [2]",
       "flagged-without-control", Severity::Warning, "org/2019/vor.json"},
      {"control covering no risk", "org/2019/kontrollplan.json", "\"risks\": [1]", "\"risks\": []",
       "control-without-risk", Severity::Warning},
      {"control naming a missing risk", "org/2019/kontrollplan.json", "\"risks\": [1]", "\"risks\": [1, 99]",
       "dangling-risk", Severity::Warning},
      {"control about another process", "org/2019/kontrollplan.json", "\"process\": \"Antagning\"",
       "\"process\": \"Lönehantering\"", "link-process-mismatch", Severity::Warning},
      {"process without a manager", "org/2019/vor.json", "\"managers\": [\"Anna Andersson\"]", "\"managers\": []",
       "missing-manager", Severity::Warning},
      {"control without an owner", "org/2019/kontrollplan.json", "\"owners\": [\"Bo Berg\"], ", "", "missing-owner",
       Severity::Warning},
      {"duplicate risk number", "org/2019/vor.json", "{\"nr\": 2,", "{\"nr\": 1,", "duplicate-nr", Severity::Error},
      {"label disagrees with the number", "org/2019/vor.json", "\"probability_label\": \"Möjlig\"",
       "\"probability_label\": \"Sannolikt\"", "scale-label", Severity::Warning},
      {"activity citing an unknown goal", "org/2019/kompetens.json", "\"goals\": [\"1.1.1\"]", "\"goals\": [\"3.1.1\"]",
       "dangling-goal", Severity::Warning},
      {"project ending before it starts", "org/2019/projekt.json", "\"end\": \"2021-12\"", "\"end\": \"2017-12\"",
       "period-order", Severity::Warning},
      {"duplicate control id", "org/2019/kontrollplan.json", "\"risks\": [1]}", "\"risks\": [1]},\n{\"id\": \"K1\", \"process\": \"Antagning\", \"owners\": [\"X\"], \"risks\": [1]}",
       "duplicate-id", Severity::Error},
  };
  for (const RuleCase& c : cases) {
    SECTION(c.name) {
      MemoryFileSystem fs = test::load_fixture("tests/fixtures/minimal");
      test::replace_in(fs, c.file, c.from, c.to);
      BuildResult r = test::run(fs);
      INFO(test::formatted(r, true));
      const Diagnostic* d = find(r, c.code);
      REQUIRE(d != nullptr);
      CHECK(d->severity == c.severity);
      CHECK(d->loc.file == std::string("content/") + (c.finding_file ? c.finding_file : c.file));
      CHECK(d->loc.line > 0);
    }
  }
}

TEST_CASE("Findings are published with their plan year") {
  MemoryFileSystem fs = test::load_fixture("tests/fixtures/minimal");
  test::replace_in(fs, "org/2019/vor.json", "\"managers\": [\"Anna Andersson\"]", "\"managers\": []");
  BuildResult r = test::run(fs);
  REQUIRE(r.site);
  const PlanYear& year = r.site->organisations.at(0).years.at(0);
  REQUIRE(year.findings.size() == 1);
  CHECK(year.findings[0].code == "missing-manager");
}

TEST_CASE("Scoring: RV is P x K and falls in the configured band") {
  BuildResult r = test::run(test::load_fixture("tests/fixtures/minimal"));
  REQUIRE(r.site);
  const RiskModel& model = r.site->config.risk_model;
  for (int p = 1; p <= 5; ++p) {
    for (int k = 1; k <= 5; ++k) {
      Risk risk;
      risk.probability = p;
      risk.consequence = k;
      CAPTURE(p, k);
      CHECK(risk.rv() == p * k);
      const Band* band = model.band_for(risk.rv());
      REQUIRE(band);
      CHECK(band->id == (p * k >= 12 ? "high" : p * k >= 9 ? "medium" : "low"));
    }
  }
  const Risk* risk = r.site->organisations[0].years[0].vor->find(1);
  REQUIRE(risk);
  CHECK(risk->controls == std::vector<std::string>{"K1"});
}

TEST_CASE("Names typed twice match loosely, but different names do not") {
  CHECK(same_name("Betygssättning", "Betygsättning"));
  CHECK(same_name("IT-säkerhet", "IT säkerhet"));
  CHECK_FALSE(same_name("Redovisning", "Lönehantering"));
}

TEST_CASE("An unflagged high risk that a control covers is reported as a flag to fix, naming the control") {
  MemoryFileSystem fs = test::load_fixture("tests/fixtures/minimal");
  test::replace_in(fs, "org/2019/vor.json", "\"rv\": 12, \"ikp\": \"in_plan\"", "\"rv\": 12, \"ikp\": \"unspecified\"");
  BuildResult covered = test::run(fs);
  const Diagnostic* d = find(covered, "rv-not-in-plan");
  REQUIRE(d);
  CHECK(d->args.at("variant") == "blank_covered");
  CHECK(d->args.at("controls") == "K1");
  CHECK(d->message.find("the control plan covers it (K1)") != std::string::npos);

  test::replace_in(fs, "org/2019/kontrollplan.json", "\"risks\": [1]", "\"risks\": [2]");
  BuildResult uncovered = test::run(fs);
  d = find(uncovered, "rv-not-in-plan");
  REQUIRE(d);
  CHECK(d->args.at("variant") == "blank");
  CHECK(d->message.find("covers it") == std::string::npos);
}

TEST_CASE("A year that prints its star as nothing declares blank flags as in the plan") {
  MemoryFileSystem fs = test::load_fixture("tests/fixtures/minimal");
  test::replace_in(fs, "org/2019/vor.json", "\"rv\": 12, \"ikp\": \"in_plan\", \"ikp_raw\": \"★\"",
                   "\"rv\": 12, \"ikp\": \"unspecified\", \"ikp_raw\": \"\"");
  BuildResult undeclared = test::run(fs);
  CHECK(test::has_code(undeclared, "rv-not-in-plan"));

  test::replace_in(fs, "org/2019/vor.json", "\"title\": ", "\"blank_flag\": \"in_plan\", \"title\": ");
  BuildResult declared = test::run(fs);
  INFO(test::formatted(declared, true));
  CHECK_FALSE(test::has_code(declared, "rv-not-in-plan"));
  REQUIRE(declared.site);
  const Risk* risk = declared.site->organisations[0].years[0].vor->find(1);
  REQUIRE(risk);
  CHECK(risk->flag == PlanFlag::InPlan);
  CHECK(risk->flag_inferred);

  test::replace_in(fs, "org/2019/vor.json", "\"blank_flag\": \"in_plan\"", "\"blank_flag\": \"ja\"");
  CHECK_FALSE(test::run(fs).ok());
}
