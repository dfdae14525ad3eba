// Search: Swedish tokens and stems, heading anchors, the index files and the records of the real plans.
#include <catch2/catch.hpp>

#include <algorithm>

#include <nlohmann/json.hpp>

#include "core/heading_ids.h"
#include "search/index_writer.h"
#include "search/records.h"
#include "search/stemmer.h"
#include "search/tokenize.h"
#include "support.h"

using namespace insyn;
using namespace insyn::search;
using Words = std::vector<std::string>;

TEST_CASE("Tokens are folded words; codes and numbers stay whole", "[search]") {
  CHECK(tokenize("Internkontrollplan 2019") == Words{"internkontrollplan", "2019"});
  CHECK(tokenize("Vux 2.0") == Words{"vux", "2.0"});
  CHECK(tokenize("mål 3.1.1. och K10") == Words{"mål", "3.1.1", "och", "k10"});
  CHECK(tokenize("30,7 miljoner kr") == Words{"30,7", "miljoner", "kr"});
  CHECK(tokenize("rehabilitering, sjukskrivning") == Words{"rehabilitering", "sjukskrivning"});
  CHECK(tokenize("FINSAM-Team") == Words{"finsam", "team"});
  CHECK(tokenize("«Arbete»—nu…") == Words{"arbete", "nu"});
  CHECK(tokenize("") == Words{});
}

TEST_CASE("Å, Ä and Ö are letters; other accents fold", "[search]") {
  CHECK(tokenize("HÄR har") == Words{"här", "har"});
  CHECK(tokenize("ÅTGÄRD Öppen") == Words{"åtgärd", "öppen"});
  CHECK(tokenize("Café Müller señor") == Words{"cafe", "muller", "senor"});
  CHECK(tokenize("Ærø Øresund") == Words{"ärö", "öresund"});
  CHECK(tokenize("Łódź") == Words{"lodz"});
  // Invalid UTF-8 separates words instead of breaking them.
  CHECK(tokenize("ab\xFF" "cd") == Words{"ab", "cd"});
  CHECK(tokenize("ab\xC3") == Words{"ab"});
}

TEST_CASE("The browser's fold table holds what fold_char changes", "[search]") {
  std::string table = fold_table_json();
  CHECK(table.find("\"A\":\"a\"") != std::string::npos);
  CHECK(table.find("\"Å\":\"å\"") != std::string::npos);
  CHECK(table.find("\"é\":\"e\"") != std::string::npos);
  CHECK(table.find("\"å\":") == std::string::npos);  // å is not changed, so not listed as a key
}

TEST_CASE("Swedish words are stemmed by Snowball", "[search]") {
  SwedishStemmer s;
  CHECK(s.stem("rehabilitering") == s.stem("rehabiliteringen"));
  CHECK(s.stem("rehabilitering") == s.stem("rehabiliteringar"));
  CHECK(s.stem("kontroller") == s.stem("kontrollerna"));
  CHECK(s.stem("risker") == s.stem("riskerna"));
  CHECK(s.stem("har") != s.stem("här"));
  CHECK(s.stem("k10") == "k10");
  CHECK(s.stem("2.0") == "2.0");
}

TEST_CASE("Headings of Markdown get unique ids", "[search]") {
  CHECK(add_heading_ids("<h2>1. Inledning</h2>\n<p>x</p>\n<h3>Åtgärder &amp; mål</h3>", "kompetens") ==
        "<h2 id=\"kompetens-1-inledning\">1. Inledning</h2>\n<p>x</p>\n<h3 id=\"kompetens-atgarder-mal\">Åtgärder &amp; mål</h3>");
  CHECK(add_heading_ids("<h2>Mål</h2><h2>Mål</h2><h2>!</h2>", "x") ==
        "<h2 id=\"x-mal\">Mål</h2><h2 id=\"x-mal-2\">Mål</h2><h2 id=\"x-avsnitt\">!</h2>");
  CHECK(add_heading_ids("<hr /><p>h</p>", "x") == "<hr /><p>h</p>");
  CHECK(anchor_id("mal", "1.1.2") == "mal-1-1-2");
}

TEST_CASE("Narrative sections split at headings with ids", "[search]") {
  auto s = narrative_sections("<p>Intro &amp; mer</p><h2 id=\"a-1\">Ett</h2><p>text <em>ett</em></p><h2 id=\"a-2\">Två</h2>");
  REQUIRE(s.size() == 3);
  CHECK(s[0].anchor.empty());
  CHECK(s[0].text == "Intro & mer");
  CHECK(s[1].anchor == "a-1");
  CHECK(s[1].title == "Ett");
  CHECK(s[1].text == "text ett");
  CHECK(s[2].title == "Två");
  CHECK(s[2].text.empty());
}

TEST_CASE("Index text is safe inside a script and file names are plain", "[search]") {
  CHECK(js_safe_json("[\"</script><!--\"]") == "[\"\\u003c/script>\\u003c!--\"]");
  CHECK(js_safe_json("\"a\xE2\x80\xA8" "b\xE2\x80\xA9\"") == "\"a\\u2028b\\u2029\"");
  CHECK(shard_file_key("ab") == "ab");
  CHECK(shard_file_key("ö1") == "_00f61");
  CHECK(shard_file_key("2.") == "2_002e");
}

namespace {

SearchRecord record(std::string title, std::string text) {
  SearchRecord r;
  r.kind = "section";
  r.board = "Nämnden";
  r.year = 2019;
  r.doc = "Dokument";
  r.page = "n/2019/doc/index.html";
  r.title = std::move(title);
  r.text = std::move(text);
  return r;
}

std::string file(const OutputFiles& files, const std::string& path) {
  for (const OutputFile& f : files) {
    if (f.path == path) return f.bytes;
  }
  return "";
}

}  // namespace

TEST_CASE("The index finds compounds by their parts and escapes every string", "[search]") {
  OutputFiles files = write_search_index(
      {record("Internkontrollplan", "</script> har"), record("Kontroll", "här")}, "sok/index");
  std::string ko = file(files, "sok/index/tko.js");
  REQUIRE(!ko.empty());
  CHECK(ko.find("[\"kontrollplan\",[0],[]]") != std::string::npos);  // part of record 0's title
  CHECK(ko.find("[\"kontroll\",\"\",[1],[]]") != std::string::npos);
  std::string r0 = file(files, "sok/index/r0.js");
  CHECK(r0.find("</script") == std::string::npos);
  CHECK(r0.find("\\u003c/script>") != std::string::npos);
  // "har" and "här" are different words in different files.
  CHECK(!file(files, "sok/index/tha.js").empty());
  CHECK(!file(files, "sok/index/th_00e4.js").empty());
  CHECK(file(files, "sok/index/meta.js").rfind("insynSearch(\"meta\",{", 0) == 0);
}

TEST_CASE("meta.js gives every term file's size, which the page's preloading budgets by", "[search]") {
  // Enough words beginning with "pr" that their entries split into files by the third character.
  std::vector<SearchRecord> records;
  for (int i = 0; i < 3000; ++i) {
    records.push_back(record("Projekt " + std::to_string(i),
                             "prognos" + std::to_string(i) + " protokoll" + std::to_string(i) + " pris"));
  }
  OutputFiles files = write_search_index(records, "sok/index");
  std::string meta = file(files, "sok/index/meta.js");
  REQUIRE(meta.size() > 30);
  nlohmann::json m = nlohmann::json::parse(meta.substr(19, meta.size() - 19 - 3));  // insynSearch("meta",…);
  REQUIRE(m["sizes"].size() == m["shards"].size());
  bool split = false;
  for (size_t i = 0; i < m["shards"].size(); ++i) {
    std::string key = m["shards"][i];
    split = split || key.rfind("pro", 0) == 0;
    std::string bytes = file(files, "sok/index/t" + shard_file_key(key) + ".js");
    INFO(key);
    REQUIRE(!bytes.empty());
    CHECK(m["sizes"][i] == (bytes.size() + 1023) / 1024);  // KiB, rounded up
  }
  CHECK(split);
}

TEST_CASE("Record files are the JSON nlohmann would write, made safe for a script", "[search]") {
  // The writer escapes strings itself (it writes a million of them on 10 000 pages); every byte it
  // can meet must come out as nlohmann's dump() would write it: quotes, backslashes, control
  // characters, DEL, </script>, U+2028/2029, and invalid UTF-8 (replaced).
  std::vector<std::string> titles = {"plain",
                                     "\"quoted\" \\ back",
                                     "tab\tnew\nline\r\b\f",
                                     "ctl \x01\x1f \x7f",
                                     "</script><!-- x",
                                     "a\xE2\x80\xA8"
                                     "b\xE2\x80\xA9"
                                     "c",
                                     "bad \xC3 \xFF utf8",
                                     "åäö é 日本"};
  std::vector<SearchRecord> records;
  for (const std::string& t : titles) records.push_back(record(t, t + " text"));
  OutputFiles files = write_search_index(records, "sok/index");
  nlohmann::ordered_json chunk = nlohmann::ordered_json::array();
  for (const SearchRecord& r : records) chunk.push_back({r.page, r.anchor, r.code, r.title, r.text});
  std::string expected = "insynSearch(\"r0\"," +
                         js_safe_json(chunk.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace)) +
                         ");\n";
  CHECK(file(files, "sok/index/r0.js") == expected);
}

TEST_CASE("The real plans' records point at rows and headings", "[search]") {
  BuildResult r = test::run(test::load_fixture("content"), true);
  REQUIRE(r.ok());
  const OutputFile* vor = test::find_output(r, "amn/2019/vor/index.html");
  REQUIRE(vor);
  CHECK(vor->bytes.find("id=\"risk-92\"") != std::string::npos);
  CHECK(vor->bytes.find("id=\"mal-1-1\"") != std::string::npos);
  const OutputFile* kompetens = test::find_output(r, "amn/2019/kompetens/index.html");
  REQUIRE(kompetens);
  CHECK(kompetens->bytes.find("<tr id=\"aktivitet-1\">") != std::string::npos);
  CHECK(kompetens->bytes.find("<h2 id=\"kompetens-") != std::string::npos);
  const OutputFile* chunk = test::find_output(r, "sok/index/meta.js");
  REQUIRE(chunk);
  CHECK(test::find_output(r, "register/index.html"));
  CHECK(test::find_output(r, "sok/index.html"));
}
