// The parts of the plans added by issue 14 (part B): the 2021 glossary and its term links, the 2021
// risk matrix as printed against the register, and the appendices of forms and tables (2021's
// information-security baseline and premises form, 2019's digitalisation projects). Counts are
// pinned, so a dropped section or row fails here.
#include <catch2/catch.hpp>

#include <map>
#include <set>

#include "render/term_links.h"
#include "support.h"

using namespace insyn;

namespace {

using test::year_of;

using test::findings_with_code;

std::string page(const BuildResult& r, const std::string& path) {
  const OutputFile* f = test::find_output(r, path);
  REQUIRE(f);
  return f->bytes;
}

size_t count_of(const std::string& haystack, const std::string& needle) {
  size_t n = 0;
  for (size_t at = haystack.find(needle); at != std::string::npos; at = haystack.find(needle, at + 1)) ++n;
  return n;
}

Glossary small_glossary() {
  Glossary g;
  auto add = [&](std::string term, std::vector<std::string> forms, std::string anchor) {
    GlossaryTerm t;
    t.term = term;
    t.forms = forms.empty() ? std::vector<std::string>{term} : forms;
    t.definition = "def of " + term;
    t.anchor = anchor;
    g.terms.push_back(t);
  };
  add("Komvux", {}, "term-komvux");
  add("Elevteam Komvux", {}, "term-elevteam-komvux");
  add("SIG (Sociala insatsgruppen)", {"SIG", "Sociala insatsgruppen"}, "term-sig");
  add("Stockholmsjobb", {}, "term-stockholmsjobb");
  add("Ålder", {}, "term-alder");
  return g;
}

}  // namespace

TEST_CASE("The 2021 glossary keeps all 52 terms of the source, in printed order, each with an anchor",
          "[plans2]") {
  BuildResult r = test::run(test::load_fixture("content"));
  INFO(test::formatted(r));
  REQUIRE(r.ok());
  const PlanYear& y = year_of(r, 2021);
  REQUIRE(y.glossary);
  const auto& terms = y.glossary->terms;
  REQUIRE(terms.size() == 52);
  CHECK(terms.front().term == "Alfa");
  CHECK(terms.back().term == "Yrkeshögskola");
  std::set<std::string> anchors;
  for (const GlossaryTerm& t : terms) {
    CAPTURE(t.term);
    CHECK(!t.definition.empty());
    CHECK(anchors.insert(t.anchor).second);
  }
  CHECK(terms[16].term == "Jobbspår nyanlända");
  CHECK(terms[16].list.size() == 2);
  CHECK(terms[46].term == "Studievägar");
  CHECK(terms[46].list.size() == 3);
  CHECK(terms[20].anchor == "term-kommunala-aktivitetsansvaret-forkortas-kaa");
  CHECK(terms[20].forms == std::vector<std::string>{"Kommunala aktivitetsansvaret", "KAA"});
}

TEST_CASE("Term links: the first use on a page, whole words, never inside links, headings or tags",
          "[plans2]") {
  Glossary g = small_glossary();
  SECTION("first use only, with the Swedish ending kept inside the link") {
    std::string out = link_terms("<p>Stockholmsjobben och Stockholmsjobb.</p>", g, "../ordlista/index.html");
    CHECK(out ==
          "<p><a class=\"term\" href=\"../ordlista/index.html#term-stockholmsjobb\" title=\"def of "
          "Stockholmsjobb\">"
          "Stockholmsjobben</a> och Stockholmsjobb.</p>");
  }
  SECTION("the longest form wins and a term is not found inside another word") {
    std::string out = link_terms("<p>Elevteam Komvux, komvuxelever, komvux</p>", g, "o.html");
    CHECK(count_of(out, "<a ") == 2);
    CHECK(out.find(">Elevteam Komvux</a>") != std::string::npos);
    CHECK(out.find("komvuxelever") != std::string::npos);
    CHECK(out.find(">komvux</a></p>") != std::string::npos);
  }
  SECTION("abbreviations match in their own case only") {
    CHECK(link_terms("<p>att anmäla sig</p>", g, "o.html") == "<p>att anmäla sig</p>");
    CHECK(count_of(link_terms("<p>SIG arbetar</p>", g, "o.html"), "#term-sig") == 1);
  }
  SECTION("a first letter Å is matched in either case") {
    CHECK(count_of(link_terms("<p>efter ålder</p>", g, "o.html"), "#term-alder") == 1);
  }
  SECTION("links, headings, captions, table heads, attributes and comments are left alone") {
    std::string html =
        "<h2>Komvux</h2><a href=\"x\">Komvux</a><table><caption>Komvux</caption><tr><th>Komvux</th>"
        "<td title=\"Komvux\"><!-- Komvux --></td></tr></table><svg><title>Komvux</title></svg>";
    CHECK(link_terms(html, g, "o.html") == html);
    std::string cell = link_terms("<table><tr><th>Rubrik</th><td>om komvux</td></tr></table>", g, "o.html");
    CHECK(cell ==
          "<table><tr><th>Rubrik</th><td>om <a class=\"term\" href=\"o.html#term-komvux\" title=\"def of "
          "Komvux\">"
          "komvux</a></td></tr></table>");
  }
}

TEST_CASE("The 2021 pages link terms to the glossary page, which lists every term", "[plans2]") {
  BuildResult r = test::run(test::load_fixture("content"), true);
  INFO(test::formatted(r));
  REQUIRE(r.ok());
  std::string glossary = page(r, "amn/2021/ordlista/index.html");
  CHECK(count_of(glossary, "<dt id=\"term-") == 52);
  CHECK(glossary.find("class=\"term\"") == std::string::npos);  // the glossary does not link to itself
  std::string projects = page(r, "amn/2021/projekt/index.html");
  CHECK(projects.find("<a class=\"term\" href=\"../ordlista/index.html#term-") != std::string::npos);
  std::string overview = page(r, "amn/2021/index.html");
  CHECK(overview.find("href=\"ordlista/index.html\"") != std::string::npos);
  std::string print = page(r, "amn/2021/utskrift/index.html");
  CHECK(print.find("<a class=\"term\" href=\"#term-") != std::string::npos);
  CHECK(test::find_output(r, "amn/2021/data/ordlista.csv"));
  CHECK(test::find_output(r, "amn/2021/data/ordlista.json"));
  // The 2019 pages have no glossary and no term links.
  CHECK(page(r, "amn/2019/projekt/index.html").find("class=\"term\"") == std::string::npos);
}

TEST_CASE(
    "The 2021 printed matrix holds 66 numbers and disagrees with the register exactly as the source does",
    "[plans2]") {
  BuildResult r = test::run(test::load_fixture("content"));
  INFO(test::formatted(r));
  REQUIRE(r.ok());
  const PlanYear& y = year_of(r, 2021);
  REQUIRE(y.printed_matrix);
  size_t numbers = 0;
  for (const PrintedCell& c : y.printed_matrix->cells) numbers += c.risks.size();
  CHECK(numbers == 66);
  CHECK(y.printed_matrix->cells.size() == 12);
  // Under the recorded numbering every printed risk sits where the register scores it ...
  CHECK(findings_with_code(y, "printed-matrix-cell").empty());
  CHECK(findings_with_code(y, "printed-matrix-missing").empty());
  CHECK(findings_with_code(y, "printed-matrix-numbering").size() == 1);
  // ... but one P4 × K3 risk has no row, the total is 66 against 65, and no zone total fits.
  auto no_row = findings_with_code(y, "printed-matrix-no-row");
  REQUIRE(no_row.size() == 1);
  CHECK(no_row[0]->args.at("printed") == "51");
  CHECK(no_row[0]->args.at("p") == "4");
  CHECK(no_row[0]->args.at("k") == "3");
  CHECK(no_row[0]->severity == Severity::Warning);
  CHECK(no_row[0]->loc.line > 0);
  auto total = findings_with_code(y, "printed-matrix-total");
  REQUIRE(total.size() == 1);
  CHECK(total[0]->args.at("register") == "65");
  auto zones = findings_with_code(y, "printed-matrix-zone");
  REQUIRE(zones.size() == 3);
  CHECK(zones[0]->args.at("label") == "Kritisk");
  CHECK(zones[0]->args.at("printed") == "15");
  CHECK(zones[0]->args.at("register") == "14");
}

TEST_CASE("Without the recorded numbering the printed matrix disagrees from 52 on", "[plans2]") {
  MemoryFileSystem fs = test::load_fixture("content");
  test::replace_in(fs, "amn/2021/riskmatris.json", "\"offset\": -1", "\"offset\": 0");
  BuildResult r = test::run(fs);
  const PlanYear& y = year_of(r, 2021);
  CHECK(findings_with_code(y, "printed-matrix-numbering").empty());
  // Printed 52-65 are compared with register 52-65 by number: 9 of them stand in other cells than the
  // register scores them; printed 66 has no row, and register 51 (printed 52) is then shown by printed 51.
  CHECK(findings_with_code(y, "printed-matrix-cell").size() == 9);
  CHECK(findings_with_code(y, "printed-matrix-no-row").size() == 1);
}

TEST_CASE("The VoR 2021 page shows the printed matrix beside the computed one", "[plans2]") {
  BuildResult r = test::run(test::load_fixture("content"), true);
  REQUIRE(r.ok());
  std::string vor = page(r, "amn/2021/vor/index.html");
  CHECK(vor.find("id=\"tryckt-matris\"") != std::string::npos);
  CHECK(vor.find("51 (saknas i registret)") != std::string::npos);
  CHECK(vor.find(">52</a><span class=\"renumbered\" aria-hidden=\"true\">→51</span>") != std::string::npos);
  CHECK(page(r, "amn/2019/vor/index.html").find("tryckt-matris") == std::string::npos);
}

TEST_CASE(
    "The appendices keep every row: 7 security requirements, 3 + 3 digitalisation projects, the blank form",
    "[plans2]") {
  BuildResult r = test::run(test::load_fixture("content"), true);
  INFO(test::formatted(r));
  REQUIRE(r.ok());
  const PlanYear& y21 = year_of(r, 2021);
  const PlanYear& y19 = year_of(r, 2019);
  auto rows = [](const PlanYear& y, const std::string& key) {
    std::vector<size_t> out;
    for (const AppendixSection& s : y.appendices.at(key).sections) {
      for (const AppendixTable& t : s.tables) out.push_back(t.rows.size());
    }
    return out;
  };
  CHECK(y21.appendices.at("informationssakerhet").sections.size() == 4);
  CHECK(rows(y21, "informationssakerhet") == std::vector<size_t>{7});
  CHECK(rows(y21, "lokalavveckling") == std::vector<size_t>{0});
  CHECK(rows(y19, "digitalisering") == std::vector<size_t>{3, 3});
  // 2017's equality plan: goals, the areas listed, area goals, then the measures table under each goal.
  CHECK(rows(year_of(r, 2017), "jamstalldhet") ==
        std::vector<size_t>({10, 9, 11, 13, 8, 8, 1, 1, 2, 3, 4, 1, 3, 2}));
  CHECK(findings_with_code(y21, "appendix-truncated").size() == 2);
  const AppendixTable& ongoing = y19.appendices.at("digitalisering").sections[3].tables[0];
  CHECK(ongoing.rows[2].cells.at("name") == "Vux 2.0");
  CHECK(ongoing.rows[2].cells.at("start") == "2018-01-01");
  for (const char* path :
       {"amn/2021/informationssakerhet/index.html", "amn/2021/lokalavveckling/index.html",
        "amn/2019/digitalisering/index.html", "amn/2021/data/informationssakerhet-baskrav.csv",
        "amn/2019/data/digitalisering-planerade.csv", "amn/2019/data/digitalisering.json"}) {
    CAPTURE(path);
    CHECK(test::find_output(r, path));
  }
  CHECK(page(r, "amn/2021/lokalavveckling/index.html").find("Tabellen är tom i källan") != std::string::npos);
  CHECK(page(r, "amn/2019/digitalisering/index.html").find("sammanfogade efter ordningen") !=
        std::string::npos);
  std::string print = page(r, "amn/2021/utskrift/index.html");
  CHECK(count_of(print, "<dt id=\"term-") == 52);
  // 2017: the equality plan (transcribed whole: no notice that it is partial) and the guidelines
  // against harassment.
  CHECK(page(r, "amn/2017/jamstalldhet/index.html").find("delvis överförd") == std::string::npos);
  std::string harassment = page(r, "amn/2017/trakasserier/index.html");
  CHECK(count_of(harassment, "<h2") >= 7);
  CHECK(count_of(harassment, "<h3") >= 8);
  CHECK(harassment.find("Avsked") != std::string::npos);
  CHECK(harassment.find("Anmälan ska bekräftas inom fem arbetsdagar") != std::string::npos);
  CHECK(print.find("Redovisning av grundläggande baskrav för informationssäkerhet") != std::string::npos);
}
