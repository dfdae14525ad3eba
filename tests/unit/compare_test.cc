// The year-over-year matching of risks: text normalisation, word similarity, the three passes on a
// synthetic pair of years, and the shipped amn plans.
#include <catch2/catch.hpp>

#include <tuple>
#include <vector>

#include "model/compare.h"
#include "support.h"

using namespace insyn;

namespace {

// Builds a plan year's VoR by hand: processes by name, risks as (process, nr, event, P, K).
class YearBuilder {
 public:
  explicit YearBuilder(int year) {
    year_.year = year;
    year_.vor.emplace();
  }
  YearBuilder& process(const std::string& name) {
    Process p;
    p.name = name;
    year_.vor->processes.push_back(p);
    return *this;
  }
  YearBuilder& risk(size_t process, int nr, const std::string& event, int p, int k) {
    Risk r;
    r.nr = nr;
    r.process = process;
    r.event = event;
    r.probability = p;
    r.consequence = k;
    year_.vor->risks.push_back(r);
    return *this;
  }
  YearBuilder& selected(const std::string& process, const std::string& event, int rv) {
    if (!year_.vor->selection) year_.vor->selection.emplace();
    SelectedRisk r;
    r.process = process;
    r.event = event;
    r.rv = rv;
    year_.vor->selection->risks.push_back(r);
    return *this;
  }
  PlanYear build() const { return year_; }

 private:
  PlanYear year_;
};

// Processes 0 Antagning, 1 Lönehantering, 2 Upphandling in both years.
YearBuilder with_processes(int year) {
  YearBuilder b(year);
  b.process("Antagning").process("Lönehantering").process("Upphandling");
  return b;
}

PlanYear earlier_year() {
  return with_processes(2020)
      .risk(0, 1, "Studerande antas utan tillräckliga förutsättningar", 3, 4)
      .risk(0, 2, "För få sökande, kan leda till att utbildningar inte startar.", 3, 3)
      .risk(1, 3, "Löneutbetalningar görs inte i rätt tid till medarbetarna", 2, 4)
      .risk(2, 4, "Regler för upphandling följs inte", 2, 2)
      .risk(0, 5, "Brister i statistikunderlaget", 2, 3)
      .risk(1, 6, "Brister i statistikunderlaget", 2, 3)
      .risk(2, 7, "Leverantörer fakturerar för mycket enligt avtalet", 2, 3)
      .selected("Lönehantering", "Felaktiga löner betalas ut", 9)
      .build();
}

// Each risk says what it should become against earlier_year().
PlanYear later_year() {
  return with_processes(2021)
      // exact once trimmed; unchanged
      .risk(0, 1, "  Studerande antas utan tillräckliga förutsättningar ", 3, 4)
      // normalised; moved from 3 × 3
      .risk(0, 2, "för få sökande – kan leda till att utbildningar INTE startar", 2, 3)
      // fuzzy; moved from 2 × 4 although the RV stays 8
      .risk(1, 3, "Löneutbetalningar görs inte i tid till medarbetarna", 4, 2)
      // exact with the urval risk; RV changed from 9 to 12
      .risk(1, 4, "Felaktiga löner betalas ut", 3, 4)
      // new
      .risk(0, 5, "Lokaler saknas för verksamheten", 2, 2)
      // new: scores 0.52 against risk 4, just below the threshold
      .risk(2, 6, "Avtal följs inte av leverantören", 2, 2)
      // exact with risk 6 rather than 5: the same process wins over source order
      .risk(1, 7, "Brister i statistikunderlaget", 2, 3)
      // new: a weaker fuzzy candidate for risk 7, which goes to risk 9
      .risk(2, 8, "Leverantörer fakturerar mer än avtalet", 2, 3)
      // fuzzy; unchanged
      .risk(2, 9, "Leverantörer fakturerar för mycket enligt avtal", 2, 3)
      .build();
}

// A risk's identity within its year: its number, or its place in the urval.
std::string id(const std::optional<ComparedRisk>& r) {
  if (!r) return "-";
  std::string out = r->nr ? "#" : "u";
  out += std::to_string(r->nr ? static_cast<size_t>(r->nr) : r->selection_index);
  return out;
}

const RiskChange* change_to(const YearComparison& c, const std::string& after) {
  for (const RiskChange& ch : c.changes) {
    if (ch.after && id(ch.after) == after) return &ch;
  }
  return nullptr;
}

using Row = std::tuple<ChangeKind, std::string, std::string, std::optional<MatchKind>, double>;

std::vector<Row> rows(const YearComparison& c) {
  std::vector<Row> out;
  for (const RiskChange& ch : c.changes)
    out.emplace_back(ch.kind, id(ch.before), id(ch.after), ch.match, ch.score);
  return out;
}

const PlanYear& plan_year(const BuildResult& r, int year) {
  REQUIRE(r.site);
  REQUIRE(!r.site->organisations.empty());
  for (const PlanYear& y : r.site->organisations[0].years) {
    if (y.year == year) return y;
  }
  FAIL("no plan year " << year);
  throw;
}

}  // namespace

TEST_CASE("normalise_text folds case, punctuation and spacing, Swedish letters included", "[compare]") {
  CHECK(normalise_text("  ÅRLIGA Uppföljningar, av ÄRENDEN – och ÖVERKLAGANDEN!  ") ==
        "årliga uppföljningar av ärenden och överklaganden");
  CHECK(normalise_text("Elevernas  NÄRVARO!") == "elevernas närvaro");
  CHECK(normalise_text("É Ü é ü") == "é ü é ü");
  CHECK(normalise_text("kurser/utbildningar; IT-system") == "kurser utbildningar it system");
  CHECK(normalise_text("Mål 1.1\u00a0\u201dklart\u201d\u2026") == "mål 1 1 klart");
  CHECK(normalise_text("Sekretesshandlingar lämnas ut.") == normalise_text("sekretesshandlingar lämnas ut"));
  CHECK(normalise_text("") == "");
  CHECK(normalise_text(" – … ") == "");
  // Differences in letters still count.
  CHECK(normalise_text("Lärare saknas") != normalise_text("Larare saknas"));
}

TEST_CASE("word_similarity is a Dice coefficient in 0..1, symmetric and blind to case and punctuation",
          "[compare]") {
  CHECK(word_similarity("Brist på lärare", "brist på legitimerade lärare") == Approx(6.0 / 7.0));
  CHECK(word_similarity("Lärare saknas.", "LÄRARE  SAKNAS") == 1.0);
  CHECK(word_similarity("Fel i systemet", "Fel systemet") == 1.0);  // one-letter words do not count
  CHECK(word_similarity("Lokaler saknas", "Avtal följs inte") == 0.0);
  CHECK(word_similarity("", "") == 0.0);
  CHECK(word_similarity("Lokaler saknas", "") == 0.0);
  const std::vector<std::string> texts = {
      "Löneutbetalningar görs inte i rätt tid", "Löneutbetalningar görs inte i tid till medarbetarna",
      "Regler för upphandling följs inte", "Avtal följs inte av leverantören", ""};
  for (const std::string& a : texts) {
    for (const std::string& b : texts) {
      double s = word_similarity(a, b);
      CHECK(s >= 0.0);
      CHECK(s <= 1.0);
      CHECK(s == word_similarity(b, a));
    }
  }
}

TEST_CASE("compared_risks lists the scored risks in source order, then the urval", "[compare]") {
  std::vector<ComparedRisk> risks = compared_risks(earlier_year());
  REQUIRE(risks.size() == 8);
  CHECK(risks[0].nr == 1);
  CHECK(risks[0].year == 2020);
  CHECK(risks[0].process == "Antagning");
  CHECK(risks[0].probability == 3);
  CHECK(risks[0].rv == 12);
  CHECK(risks[6].nr == 7);
  const ComparedRisk& selected = risks[7];
  CHECK(selected.nr == 0);
  CHECK(selected.selection_index == 0);
  CHECK(selected.process == "Lönehantering");
  CHECK(!selected.probability);
  CHECK(!selected.consequence);
  CHECK(selected.rv == 9);
  CHECK(compared_risks(PlanYear{}).empty());
}

TEST_CASE("compare_years matches exactly, then normalised, then fuzzy, and classifies each change",
          "[compare]") {
  YearComparison c = compare_years(earlier_year(), later_year());
  CHECK(c.from == 2020);
  CHECK(c.to == 2021);
  const std::vector<Row> expected = {
      {ChangeKind::Unchanged, "#1", "#1", MatchKind::Exact, 1.0},
      {ChangeKind::Moved, "#2", "#2", MatchKind::Normalised, 1.0},
      {ChangeKind::Moved, "#3", "#3", MatchKind::Fuzzy, 0.8 * 12.0 / 13.0 + 0.2},
      {ChangeKind::RvChanged, "u0", "#4", MatchKind::Exact, 1.0},
      {ChangeKind::Unchanged, "#6", "#7", MatchKind::Exact, 1.0},
      {ChangeKind::Unchanged, "#7", "#9", MatchKind::Fuzzy, 0.8 * 10.0 / 12.0 + 0.2},
      {ChangeKind::New, "-", "#5", std::nullopt, 0.0},
      {ChangeKind::New, "-", "#6", std::nullopt, 0.0},
      {ChangeKind::New, "-", "#8", std::nullopt, 0.0},
      {ChangeKind::Gone, "#4", "-", std::nullopt, 0.0},
      {ChangeKind::Gone, "#5", "-", std::nullopt, 0.0},
  };
  std::vector<Row> actual = rows(c);
  REQUIRE(actual.size() == expected.size());
  for (size_t i = 0; i < expected.size(); ++i) {
    INFO("change " << i << ": " << std::get<1>(actual[i]) << " -> " << std::get<2>(actual[i]));
    CHECK(std::get<0>(actual[i]) == std::get<0>(expected[i]));
    CHECK(std::get<1>(actual[i]) == std::get<1>(expected[i]));
    CHECK(std::get<2>(actual[i]) == std::get<2>(expected[i]));
    CHECK(std::get<3>(actual[i]) == std::get<3>(expected[i]));
    CHECK(std::get<4>(actual[i]) == Approx(std::get<4>(expected[i])));
  }
  CHECK(c.count(ChangeKind::New) == 3);
  CHECK(c.count(ChangeKind::Gone) == 2);
  CHECK(c.count(ChangeKind::Moved) == 2);
  CHECK(c.count(ChangeKind::RvChanged) == 1);
  CHECK(c.count(ChangeKind::Unchanged) == 3);
  CHECK(c.count(MatchKind::Exact) == 3);
  CHECK(c.count(MatchKind::Normalised) == 1);
  CHECK(c.count(MatchKind::Fuzzy) == 2);

  // The pair's data travels with the change, so a page can show both scores.
  const RiskChange* moved = change_to(c, "#2");
  REQUIRE(moved);
  CHECK(moved->before->rv == 9);
  CHECK(moved->after->rv == 6);
  const RiskChange* selected = change_to(c, "#4");
  REQUIRE(selected);
  CHECK(selected->before->nr == 0);
  CHECK(!selected->before->probability);
  CHECK(selected->before->rv == 9);
  CHECK(selected->after->rv == 12);
  // Below the threshold: "Avtal följs inte av leverantören" shares two of five words with risk 4.
  CHECK(0.8 * word_similarity("Regler för upphandling följs inte", "Avtal följs inte av leverantören") + 0.2 <
        kFuzzyThreshold);
}

TEST_CASE("A risk is matched at most once and every risk is accounted for", "[compare]") {
  PlanYear earlier = with_processes(2020)
                         .risk(0, 1, "Lärare saknas", 2, 2)
                         .risk(0, 2, "Lärare saknas", 3, 3)
                         .risk(0, 3, "Lärare saknas.", 4, 4)
                         .build();
  PlanYear later =
      with_processes(2021).risk(0, 1, "Lärare saknas", 3, 3).risk(0, 2, "lärare saknas", 2, 2).build();
  YearComparison c = compare_years(earlier, later);
  // Exact first, in source order: #1 → #1; the normalised pass then pairs #2 → #2; #3 is left.
  std::vector<Row> actual = rows(c);
  REQUIRE(actual.size() == 3);
  CHECK(std::get<1>(actual[0]) == "#1");
  CHECK(std::get<3>(actual[0]) == MatchKind::Exact);
  CHECK(std::get<1>(actual[1]) == "#2");
  CHECK(std::get<3>(actual[1]) == MatchKind::Normalised);
  CHECK(std::get<0>(actual[2]) == ChangeKind::Gone);
  CHECK(std::get<1>(actual[2]) == "#3");
}

TEST_CASE("compare_years is deterministic", "[compare]") {
  PlanYear earlier = earlier_year(), later = later_year();
  std::vector<Row> first = rows(compare_years(earlier, later));
  for (int i = 0; i < 3; ++i) CHECK(rows(compare_years(earlier, later)) == first);
  // Comparing the other way round pairs the same risks.
  YearComparison back = compare_years(later, earlier);
  CHECK(back.count(ChangeKind::New) == 2);
  CHECK(back.count(ChangeKind::Gone) == 3);
  CHECK(back.count(MatchKind::Exact) == 3);
  CHECK(back.count(MatchKind::Fuzzy) == 2);
}

TEST_CASE("The amn plans compare year over year", "[compare]") {
  BuildResult r = test::run(test::load_fixture("content"));
  const std::vector<int> years = {2014, 2017, 2019, 2021};
  for (size_t i = 0; i + 1 < years.size(); ++i) {
    const PlanYear& earlier = plan_year(r, years[i]);
    const PlanYear& later = plan_year(r, years[i + 1]);
    YearComparison c = compare_years(earlier, later);
    INFO(c.from << " -> " << c.to);
    size_t matched = c.changes.size() - c.count(ChangeKind::New) - c.count(ChangeKind::Gone);
    CHECK(matched ==
          c.count(ChangeKind::Moved) + c.count(ChangeKind::RvChanged) + c.count(ChangeKind::Unchanged));
    CHECK(matched == c.count(MatchKind::Exact) + c.count(MatchKind::Normalised) + c.count(MatchKind::Fuzzy));
    CHECK(matched + c.count(ChangeKind::New) == compared_risks(later).size());
    CHECK(matched + c.count(ChangeKind::Gone) == compared_risks(earlier).size());
    for (const RiskChange& ch : c.changes) {
      if (ch.match == MatchKind::Fuzzy) {
        CHECK(ch.score >= kFuzzyThreshold);
        CHECK(ch.score <= 1.0);
      }
    }
    CHECK(rows(compare_years(earlier, later)) == rows(c));
  }

  YearComparison c = compare_years(plan_year(r, 2019), plan_year(r, 2021));
  CHECK(c.count(MatchKind::Exact) >= 1);
  CHECK(c.count(MatchKind::Normalised) >= 1);
  CHECK(c.count(MatchKind::Fuzzy) >= 1);
  CHECK(c.count(ChangeKind::Moved) >= 1);
  CHECK(c.count(ChangeKind::Unchanged) >= 1);
  CHECK(c.count(ChangeKind::New) >= 1);
  CHECK(c.count(ChangeKind::Gone) >= 1);
  // "…inte startar" gained a full stop in 2021.
  const RiskChange* startar = change_to(c, "#2");
  REQUIRE(startar);
  CHECK(id(startar->before) == "#3");
  CHECK(startar->match == MatchKind::Normalised);
  // "betygs-sättningen" was rejoined in 2021 and the risk rescored from 2 × 5 to 2 × 2.
  const RiskChange* betyg = change_to(c, "#3");
  REQUIRE(betyg);
  CHECK(id(betyg->before) == "#5");
  CHECK(betyg->match == MatchKind::Fuzzy);
  CHECK(betyg->kind == ChangeKind::Moved);

  // 2017's urval risk "Sekretesshandlingar lämnas ut." is 2019's scored risk 84, with another RV.
  YearComparison c17 = compare_years(plan_year(r, 2017), plan_year(r, 2019));
  const RiskChange* secrecy = change_to(c17, "#84");
  REQUIRE(secrecy);
  CHECK(secrecy->before->nr == 0);
  CHECK(secrecy->match == MatchKind::Normalised);
  CHECK(secrecy->kind == ChangeKind::RvChanged);
}
