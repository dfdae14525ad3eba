#include <catch2/catch.hpp>

#include "model/object_reader.h"
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
      {"urval RV that no P x K gives", "org/2019/vor.json", "\"goals\": [",
       "\"selection\": {\"title\": \"Urval\", \"risks\": [{\"process\": \"P\", \"event\": \"E\", \"rv\": 7}]}, \"goals\": [",
       "rv-impossible", Severity::Warning},
      {"control scores differ from its risk", "org/2019/kontrollplan.json", "\"risks\": [1]",
       "\"probability\": 2, \"consequence\": 4, \"risks\": [1]", "link-score-mismatch", Severity::Warning},
      {"control score label disagrees", "org/2019/kontrollplan.json", "\"risks\": [1]",
       "\"probability\": 3, \"probability_label\": \"Sannolikt\", \"consequence\": 4, \"risks\": [1]", "scale-label",
       Severity::Warning},
      {"two applications with one priority", "org/2019/kompetens.json", "\"activities\"",
       "\"applications\": {\"title\": \"KUS\", \"items\": [{\"priority\": 1, \"title\": \"A\", \"amount\": {\"raw\": \"1\"}}, "
       "{\"priority\": 1, \"title\": \"B\", \"amount\": {\"raw\": \"2\"}}]}, \"activities\"",
       "priority-duplicate", Severity::Warning},
      {"form priority differs from the summary", "org/2019/kompetens.json", "\"activities\"",
       "\"applications\": {\"title\": \"KUS\", \"items\": [{\"priority\": 1, \"priority_form\": \"3\", \"title\": \"A\", "
       "\"amount\": {\"raw\": \"1\"}}]}, \"activities\"",
       "priority-form-mismatch", Severity::Warning},
      {"form leaves the priority blank", "org/2019/kompetens.json", "\"activities\"",
       "\"applications\": {\"title\": \"KUS\", \"items\": [{\"priority\": 1, \"priority_form\": \"\", \"title\": \"A\", "
       "\"amount\": {\"raw\": \"1\"}}]}, \"activities\"",
       "priority-form-missing", Severity::Warning},
      {"applications that do not add up to the total", "org/2019/kompetens.json", "\"activities\"",
       "\"applications\": {\"title\": \"KUS\", \"total\": {\"raw\": \"Totalt 300\", \"amount\": 300, \"currency\": \"SEK\"}, "
       "\"items\": [{\"title\": \"A\", \"amount\": {\"raw\": \"100 kr\", \"amount\": 100, \"currency\": \"SEK\"}}, "
       "{\"title\": \"B\", \"amount\": {\"raw\": \"150 kr\", \"amount\": 150, \"currency\": \"SEK\"}}]}, \"activities\"",
       "total-mismatch", Severity::Error},
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

TEST_CASE("Folded names match when at most one edit apart, as the edit distance says") {
  // Every pair of strings up to four letters over a three-letter alphabet.
  std::vector<std::string> names{""};
  for (size_t from = 0; names.back().size() < 4;) {
    size_t to = names.size();
    for (size_t i = from; i < to; ++i) {
      for (char c : {'a', 'b', 'c'}) names.push_back(names[i] + c);
    }
    from = to;
  }
  size_t mismatches = 0;
  for (const std::string& a : names) {
    for (const std::string& b : names) {
      if (same_folded_name(a, b) != (edit_distance(a, b) <= 1)) ++mismatches;
    }
  }
  CHECK(names.size() == 121);
  CHECK(mismatches == 0);
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

TEST_CASE("Rules the plans state from a given year are not applied to earlier years") {
  MemoryFileSystem fs = test::load_fixture("tests/fixtures/minimal");
  test::replace_in(fs, "org/2019/vor.json", "\"rv\": 12, \"ikp\": \"in_plan\"", "\"rv\": 12, \"ikp\": \"vor_only\"");
  test::replace_in(fs, "org/2019/vor.json", "\"managers\": [\"Anna Andersson\"]", "\"managers\": []");
  BuildResult stated = test::run(fs);
  CHECK(test::has_code(stated, "rv-not-in-plan"));
  CHECK(test::has_code(stated, "missing-manager"));

  test::replace_in(fs, "site.json", "\"control_plan_threshold\": 12,", "\"control_plan_threshold\": 12, \"rules_since\": 2020,");
  BuildResult earlier = test::run(fs);
  INFO(test::formatted(earlier, true));
  REQUIRE(earlier.ok());
  CHECK_FALSE(test::has_code(earlier, "rv-not-in-plan"));
  CHECK_FALSE(test::has_code(earlier, "missing-manager"));
}

TEST_CASE("A year without an RV column, goals or working methods loads and is marked derived") {
  MemoryFileSystem fs = test::load_fixture("tests/fixtures/minimal");
  test::replace_in(fs, "org/2019/vor.json", "\"goal\": \"1.1\",", "\"area\": \"Utbildning\", \"table\": \"Tabell A\",");
  test::replace_in(fs, "org/2019/vor.json", "\"title\": ", "\"rv_column\": false, \"consequence_name\": \"Väsentlighet\", \"measure_name\": \"Aktivitet\", \"title\": ");
  test::replace_in(fs, "org/2019/vor.json", "\"rv\": 8,", "\"measure\": \"Ny rutin\", \"routine_documented\": \"Ej aktuell\",");
  BuildResult r = test::run(fs, true);
  INFO(test::formatted(r, true));
  REQUIRE(r.ok());
  const Vor& vor = *r.site->organisations[0].years[0].vor;
  CHECK_FALSE(vor.rv_column);
  CHECK(vor.consequence_name == "Väsentlighet");
  CHECK(vor.processes[0].goal.empty());
  CHECK(vor.processes[0].area == "Utbildning");
  CHECK(vor.find(2)->measure == "Ny rutin");
  CHECK(vor.find(2)->routine_documented == "Ej aktuell");
  const OutputFile* out = test::find_output(r, "org/2019/vor/index.html");
  REQUIRE(out);
  const std::string* page = &out->bytes;
  CHECK(page->find("<th scope=\"col\">Väsentlighet</th>") != std::string::npos);
  CHECK(page->find("<th scope=\"col\">Aktivitet</th>") != std::string::npos);
  CHECK(page->find("(beräknat)") != std::string::npos);
  CHECK(page->find("<h3>Utbildning</h3>") != std::string::npos);
  CHECK(page->find("Tabell: Tabell A") != std::string::npos);

  test::replace_in(fs, "org/2019/vor.json", "\"Ej aktuell\"", "\"Kanske\"");
  CHECK_FALSE(test::run(fs).ok());
}
