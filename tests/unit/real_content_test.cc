// The shipped content: the 2019 plan transcribed from seed 000 must load without errors, keep every
// row of the source, and report the source's known inconsistencies as warnings.
#include <catch2/catch.hpp>

#include <set>

#include "support.h"

using namespace insyn;

namespace {

const PlanYear& year_2019(const BuildResult& r) {
  REQUIRE(r.site);
  REQUIRE(r.site->organisations.size() == 1);
  const Organisation& amn = r.site->organisations[0];
  REQUIRE(amn.slug == "amn");
  REQUIRE(amn.years.size() >= 1);
  for (const PlanYear& y : amn.years) {
    if (y.year == 2019) return y;
  }
  FAIL("no 2019 plan year");
  throw;
}

std::set<std::string> codes(const PlanYear& year, Severity severity) {
  std::set<std::string> out;
  for (const Diagnostic& d : year.findings) {
    if (d.severity == severity) out.insert(d.code);
  }
  return out;
}

}  // namespace

TEST_CASE("The 2019 plan loads without errors and keeps every row of the source") {
  BuildResult r = test::run(test::load_fixture("content"), true);
  INFO(test::formatted(r));
  REQUIRE(r.ok());
  const PlanYear& y = year_2019(r);
  CHECK(y.goals.size() == 8);

  REQUIRE(y.vor);
  CHECK(y.vor->risks.size() == 100);
  for (size_t i = 0; i < y.vor->risks.size(); ++i) CHECK(y.vor->risks[i].nr == static_cast<int>(i) + 1);
  CHECK(y.vor->processes.size() == 31);
  std::set<std::string> managers;
  for (const Process& p : y.vor->processes) managers.insert(p.managers.begin(), p.managers.end());
  CHECK(managers.size() == 8);
  size_t starred = 0;
  for (const Risk& risk : y.vor->risks) starred += risk.flag == PlanFlag::InPlan;
  CHECK(starred == 16);

  REQUIRE(y.control_plan);
  CHECK(y.control_plan->controls.size() == 16);
  REQUIRE(y.projects);
  CHECK(y.projects->projects.size() == 31);
  REQUIRE(y.competence);
  CHECK(y.competence->activities.size() == 23);
  CHECK(y.narratives.count("internkontroll") == 1);
  CHECK(y.narratives.count("kompetens") == 1);
}

TEST_CASE("The source's known inconsistencies are reported as warnings, not errors") {
  BuildResult r = test::run(test::load_fixture("content"));
  const PlanYear& y = year_2019(r);
  CHECK(codes(y, Severity::Error).empty());
  std::set<std::string> warnings = codes(y, Severity::Warning);
  CHECK(warnings.count("rv-not-in-plan"));   // RV >= 12 with a blank flag (e.g. risk 11)
  CHECK(warnings.count("missing-manager"));  // "Förebyggande säkerhetsarbete"
  CHECK(warnings.count("dangling-goal"));    // the activity plan cites goal 3.1.1
  bool cites_311 = false;
  for (const Diagnostic& d : y.findings) cites_311 |= d.message.find("goal 3.1.1") != std::string::npos;
  CHECK(cites_311);
}

TEST_CASE("The built site has a page per document of the 2019 plan") {
  BuildResult r = test::run(test::load_fixture("content"), true);
  REQUIRE(r.ok());
  std::set<std::string> paths;
  for (const OutputFile& f : r.files) paths.insert(f.path);
  for (const char* page : {"index.html", "amn/index.html", "amn/2019/index.html", "amn/2019/internkontroll/index.html",
                           "amn/2019/vor/index.html", "amn/2019/kontrollplan/index.html", "amn/2019/projekt/index.html",
                           "amn/2019/kompetens/index.html", "css/site.css"}) {
    CAPTURE(page);
    CHECK(paths.count(page));
  }
  for (const OutputFile& f : r.files) {
    if (f.path == "amn/2019/vor/index.html") {
      // Every risk is addressable by anchor.
      for (int nr = 1; nr <= 100; ++nr) CHECK(f.bytes.find("id=\"risk-" + std::to_string(nr) + "\"") != std::string::npos);
    }
  }
}

TEST_CASE("Many findings of one kind reach the board as one line with the list folded under it") {
  BuildResult r = test::run(test::load_fixture("content"), true);
  REQUIRE(r.ok());
  const OutputFile* dashboard = test::find_output(r, "amn/2021/index.html");
  REQUIRE(dashboard);
  // 2021 names no responsible manager for any of its 30 processes.
  CHECK(dashboard->bytes.find("<summary>30 processer utan ansvarig chef</summary>") != std::string::npos);
  const OutputFile* print = test::find_output(r, "amn/2021/utskrift/index.html");
  REQUIRE(print);
  CHECK(print->bytes.find("<details class=\"finding-group\" open><summary>30 processer") != std::string::npos);
}
