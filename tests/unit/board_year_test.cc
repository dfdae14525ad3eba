// The board's year of VB 2017 (seed 004, L188-351) as data: every member, case and council member is
// there as printed, and the rules find what the source really gets wrong, nothing else. Also: budget
// adherence judged within a band, and the "Lex Sarah" ending of the report.
#include <catch2/catch.hpp>

#include <map>
#include <set>

#include "model/followup.h"
#include "support.h"

using namespace insyn;

namespace {

using test::year_of;

using test::findings_with_code;

MemoryFileSystem followup_fixture() {
  MemoryFileSystem fs = test::load_fixture("tests/fixtures/minimal");
  for (const char* name : {"verksamhetsberattelse.json", "verksamhetsberattelse.md"}) {
    fs.write(std::string("org/2019/") + name,
             test::read_source_file(std::string("tests/fixtures/followup/") + name));
  }
  return fs;
}

const Indicator& indicator(const FollowUp& f, const std::string& id) {
  for (const Indicator& i : f.indicators) {
    if (i.id == id) return i;
  }
  FAIL("no indicator " << id);
  throw;
}

}  // namespace

TEST_CASE("VB 2017's board's year holds every member, case and council member as printed", "[board_year]") {
  BuildResult r = test::run(test::load_fixture("content"));
  INFO(test::formatted(r));
  REQUIRE(r.ok());
  const PlanYear& y = year_of(r, 2017);
  REQUIRE(y.followup);
  REQUIRE(y.followup->board_year);
  const BoardYear& b = *y.followup->board_year;

  std::map<std::string, int> roles;
  for (const BoardMember& m : b.members) ++roles[m.role];
  CHECK(roles["ordforande"] == 2);  // Emilia Bjuggren t.o.m. 2017-08-20, Mirja Räihä fr.o.m. 2017-08-21
  CHECK(roles["vice_ordforande"] == 1);
  CHECK(roles["ledamot"] == 13);
  CHECK(roles["ersattare"] == 16);
  CHECK(b.stated_members.count == 13);
  CHECK(b.stated_substitutes.count == 13);
  CHECK(b.parties.size() == 8);

  // Two people printed on one line, both kept; a name with a comma kept as printed.
  const BoardMember* renlund = nullptr;
  const BoardMember* akselsson = nullptr;
  std::set<std::string> names;
  for (const BoardMember& m : b.members) {
    names.insert(m.name);
    if (m.name == "Emmelie Renlund") renlund = &m;
    if (m.name == "Ingegerd Akselsson Le Douaron" && m.role == "ersattare") akselsson = &m;
  }
  REQUIRE(renlund);
  CHECK(renlund->from == "2017-09-04");
  CHECK(renlund->party.empty());
  REQUIRE(akselsson);
  CHECK(akselsson->from == "2017-02-13");
  CHECK(akselsson->to == "2017-05-15");
  CHECK(names.count("Rojan, Karakaya"));

  CHECK(b.meetings.count == 9);
  CHECK(b.meetings.dates.empty());  // the source gives no dates

  REQUIRE(b.case_lists.size() == 3);
  CHECK(b.case_lists[0].kind == "decisions");
  CHECK(b.case_lists[0].cases.size() == 12);
  CHECK(b.case_lists[1].cases.size() == 13);
  CHECK(b.case_lists[2].cases.size() == 3);
  CHECK(b.case_lists[0].cases[0].dnr == "AMN 2016-0377-01.04");

  CHECK(b.council.meetings.count == 9);
  CHECK(b.council.elected_until == "2018-12-31");
  CHECK(b.council.members.size() == 7);
  CHECK(b.council.members[0].organisation == "Handikappföreningarnas samarbetsorgan i Stockholms stad (HSO)");
}

TEST_CASE("The board's year's findings are the source's real slips, all of them", "[board_year]") {
  BuildResult r = test::run(test::load_fixture("content"));
  REQUIRE(r.ok());
  const PlanYear& y = year_of(r, 2017);

  // Two diarienummer with a dot where the dash belongs.
  std::set<std::string> dnr;
  for (const Diagnostic* d : findings_with_code(y, "dnr-malformed")) dnr.insert(d->args.at("dnr"));
  CHECK(dnr == std::set<std::string>{"AMN 2017-0192.01.05", "AMN 2017-0208.01.06"});

  // Two members printed without a party; Inger Edvardsson is (S) among the substitutes.
  std::set<std::string> no_party;
  for (const Diagnostic* d : findings_with_code(y, "board-member-no-party")) {
    no_party.insert(d->args.at("name"));
    if (d->args.at("name") == "Inger Edvardsson") CHECK(d->message.find("listed as S") != std::string::npos);
  }
  CHECK(no_party == std::set<std::string>{"Inger Edvardsson", "Emmelie Renlund"});

  // 13 + 13 stated; the lists have 12 members until Akselsson Le Douaron joins on 2017-05-15, and 12
  // substitutes before Ulrika Ström joins on 2017-03-20 (but for 2017-02-13, when two overlap).
  std::map<std::string, std::string> seats;
  for (const Diagnostic* d : findings_with_code(y, "board-seat-count"))
    seats[d->args.at("variant")] = d->args.at("when");
  CHECK(seats ==
        std::map<std::string, std::string>{
            {"members", "12 från 2017-01-01 till 2017-05-14"},
            {"substitutes", "12 från 2017-01-01 till 2017-02-12 och 12 från 2017-02-14 till 2017-03-19"}});
}

TEST_CASE("A diarienummer has the printed form AMN YYYY-NNNN-NN.NN", "[board_year]") {
  CHECK(well_formed_dnr("AMN 2017-0128-01.02"));
  CHECK(well_formed_dnr("AMN 2017-0211-02.05.03"));
  CHECK_FALSE(well_formed_dnr("AMN 2017-0192.01.05"));
  CHECK_FALSE(well_formed_dnr("AMN 2017-0128-01."));
  CHECK_FALSE(well_formed_dnr("AMN 17-0128-01.02"));
  CHECK_FALSE(well_formed_dnr("2017-0128-01.02"));
  CHECK_FALSE(well_formed_dnr("AMN 2017-0128-1.02"));
  CHECK_FALSE(well_formed_dnr(""));
}

TEST_CASE("A member serves on the days of the period, both ends included", "[board_year]") {
  BoardMember m;
  m.from = "2017-02-13";
  m.to = "2017-05-15";
  CHECK_FALSE(m.serves_on("2017-02-12"));
  CHECK(m.serves_on("2017-02-13"));
  CHECK(m.serves_on("2017-05-15"));
  CHECK_FALSE(m.serves_on("2017-05-16"));
  CHECK(BoardMember{}.serves_on("2017-01-01"));
}

TEST_CASE("Budget adherence is on target within a band around its target", "[board_year][followup]") {
  Indicator i;
  i.outcome = Quantity::parse("98,08 %");
  i.target = Quantity::parse("100 %");
  i.direction = "higher";
  CHECK(target_result(i) == TargetResult::Missed);  // what "higher is better" wrongly said
  i.direction = "band";
  i.band_tolerance = 2;
  CHECK(target_result(i) == TargetResult::Met);
  i.band_tolerance = 1;
  CHECK(target_result(i) == TargetResult::Missed);
  i.outcome = Quantity::parse("101,5 %");
  i.band_tolerance = 2;
  CHECK(target_result(i) == TargetResult::Met);  // over budget by as much is as far off target
  i.outcome = Quantity::parse("102,5 %");
  CHECK(target_result(i) == TargetResult::Missed);
  i.band_tolerance.reset();
  i.band_min = 98;
  i.band_max = 102;
  CHECK(target_result(i) == TargetResult::Missed);
  i.outcome = Quantity::parse("98 %");
  CHECK(target_result(i) == TargetResult::Met);
  // A target printed "+/- 1 %" is still the band around zero.
  Indicator p;
  p.direction = "band";
  p.outcome = Quantity::parse("1 %");
  p.target = Quantity::parse("+/- 1 %");
  CHECK(target_result(p) == TargetResult::Met);
}

TEST_CASE("VB 2017: budget adherence 98,08 % meets its target of 100 %, so goal 3.5 is not contradicted",
          "[board_year][followup]") {
  BuildResult r = test::run(test::load_fixture("content"));
  REQUIRE(r.ok());
  const PlanYear& y = year_of(r, 2017);
  const FollowUp& f = *y.followup;
  for (const char* id : {"I56", "I57"}) {
    INFO(id);
    const Indicator& i = indicator(f, id);
    CHECK(i.direction == "band");
    REQUIRE(i.band_tolerance);
    CHECK(*i.band_tolerance == 2);
    CHECK(target_result(i) == TargetResult::Met);
  }
  CHECK(target_result(indicator(f, "I58")) == TargetResult::Met);  // prognossäkerhet 1 % within +/- 1 %
  CHECK(f.direction_rule.find("budgetföljsamhet") != std::string::npos);
  for (const Diagnostic* d : findings_with_code(y, "assessment-contradicted"))
    CHECK(d->args.at("goal") != "3.5");
}

TEST_CASE("A report cut off after its last heading is found, with or without a final newline",
          "[board_year]") {
  const std::string head = "## Synpunkter och klagomål\n\nText.\n\n### Lex Sarah";
  for (const char* ending : {"", "\n", "\n\n"}) {
    INFO("ending: " << ending);
    MemoryFileSystem fs = followup_fixture();
    fs.write("org/2019/verksamhetsberattelse.md", "{\"title\": \"VB\"}\n\n" + head + ending);
    BuildResult r = test::run(fs);
    const PlanYear& y = year_of(r, 2019);
    auto empty = findings_with_code(y, "empty-heading");
    REQUIRE(empty.size() == 1);
    CHECK(empty[0]->args.at("heading") == "Lex Sarah");
    CHECK(empty[0]->loc.line == 7);
  }
  // The seed's own ending: the paragraph is the last line, without a newline. Not cut off.
  MemoryFileSystem fs = followup_fixture();
  fs.write("org/2019/verksamhetsberattelse.md",
           "{\"title\": \"VB\"}\n\n" + head + "\n\nTre Lex Sarah rapporter.");
  BuildResult r = test::run(fs);
  CHECK(findings_with_code(year_of(r, 2019), "empty-heading").empty());
}

TEST_CASE("VB 2017 ends with the paragraph under Lex Sarah: the report is not cut off", "[board_year]") {
  BuildResult r = test::run(test::load_fixture("content"));
  REQUIRE(r.ok());
  const PlanYear& y = year_of(r, 2017);
  REQUIRE(!y.followup->headings.empty());
  const ReportHeading& last = y.followup->headings.back();
  CHECK(last.text == "Lex Sarah");
  CHECK(last.has_content);
  CHECK(findings_with_code(y, "empty-heading").empty());
}

TEST_CASE("The follow-up page shows the board's year with its tables, and publishes it as open data",
          "[board_year]") {
  BuildResult r = test::run(test::load_fixture("content"), true);
  REQUIRE(r.ok());
  const OutputFile* page = test::find_output(r, "amn/2017/verksamhetsberattelse/index.html");
  REQUIRE(page);
  const std::string& html = page->bytes;
  CHECK(html.find("id=\"namndens-ar\"") != std::string::npos);
  CHECK(html.find("id=\"namndens-ar-ledamoter\"") != std::string::npos);
  CHECK(html.find("<th scope=\"row\">Mirja Räihä</th><td>S</td><td>från och med 2017-08-21</td>") !=
        std::string::npos);
  CHECK(html.find("AMN 2017-0192.01.05 <span class=\"by-missing\">") != std::string::npos);
  CHECK(html.find("id=\"arende-referrals-13\"") != std::string::npos);
  CHECK(html.find("Källan anger inte datum för sammanträdena.") != std::string::npos);
  const OutputFile* print = test::find_output(r, "amn/2017/utskrift/index.html");
  REQUIRE(print);
  CHECK(print->bytes.find("Britt Marie Färm") != std::string::npos);
  const OutputFile* csv = test::find_output(r, "amn/2017/data/vb-namndens-ar-arenden.csv");
  REQUIRE(csv);
  CHECK(csv->bytes.find("Större remissärenden;Yttrande över remiss av motion (2016:111) om ett jobbtorg för "
                        "validering;AMN 2016-0362-01.06") != std::string::npos);
  const OutputFile* json = test::find_output(r, "amn/2017/data/vb-namndens-ar-ledamoter.json");
  REQUIRE(json);
  CHECK(json->bytes.find("\"stated_members\": 13") != std::string::npos);
}
