#include <catch2/catch.hpp>

#include "core/diagnostics.h"
#include "core/format.h"
#include "core/html.h"
#include "core/utf8.h"
#include "model/types.h"

using namespace insyn;

namespace {
const std::string kNbsp = "\xC2\xA0";
const std::string kMinus = "\xE2\x88\x92";
}  // namespace

TEST_CASE("Numbers are formatted the Swedish way, whatever the locale") {
  struct Row {
    double value;
    int decimals;
    std::string expected;
  };
  for (const Row& row : std::vector<Row>{
           {0, 0, "0"},
           {999, 0, "999"},
           {1000, 0, "1" + kNbsp + "000"},
           {30700000, 0, "30" + kNbsp + "700" + kNbsp + "000"},
           {30.7, 1, "30,7"},
           {1234.5, 2, "1" + kNbsp + "234,50"},
           {-2.25, 1, kMinus + "2,3"},
           {-0.01, 1, "0,0"},
       }) {
    CAPTURE(row.value, row.decimals);
    CHECK(format_decimal(row.value, row.decimals) == row.expected);
  }
  CHECK(format_integer(-1234) == kMinus + "1" + kNbsp + "234");
  CHECK(format_number(30.70, 2) == "30,7");
  CHECK(format_number(12.0, 2) == "12");
}

TEST_CASE("HTML escaping covers every character that can break out of text or attributes") {
  CHECK(html_escape("<script>alert('x')</script> & \"q\"") ==
        "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot;");
}

TEST_CASE("Slugs are ASCII and readable") {
  CHECK(slugify("Spången") == "spangen");
  CHECK(slugify("Vux 2.0") == "vux-2-0");
  CHECK(slugify("  Ärende – Öppet ") == "arende-oppet");
  CHECK(slugify("★") == "x");
}

TEST_CASE("UTF-8 validation finds the first bad byte") {
  CHECK_FALSE(find_invalid_utf8("Möjlig ★"));
  CHECK(find_invalid_utf8("ab\xFF") == 2u);
  CHECK(find_invalid_utf8("\xC0\xAF") == 0u);          // overlong '/'
  CHECK(find_invalid_utf8("\xED\xA0\x80") == 0u);      // surrogate
  CHECK(find_invalid_utf8("ok\xE2\x82") == 2u);        // truncated
  CHECK(truncate_utf8("åäö", 2) == "åä…");
  CHECK(truncate_utf8("åäö", 3) == "åäö");
  LineColumn lc = line_column_at("a\nbc\nd", 4);
  CHECK(lc.line == 2);
  CHECK(lc.column == 3);
}

TEST_CASE("Partial dates accept year, month or day precision and reject impossible dates") {
  auto d = PartialDate::parse("2018-09");
  REQUIRE(d);
  CHECK(d->year == 2018);
  CHECK(d->month == 9);
  CHECK(d->day == 0);
  CHECK(d->to_string() == "2018-09");
  CHECK(PartialDate::parse("2020")->last_month() == 2020 * 12 + 11);
  CHECK(PartialDate::parse("2020-02-29"));
  CHECK_FALSE(PartialDate::parse("2019-02-29"));
  CHECK_FALSE(PartialDate::parse("2019-13"));
  CHECK_FALSE(PartialDate::parse("19-01-01"));
  CHECK_FALSE(PartialDate::parse("2019-1-1"));
  CHECK_FALSE(PartialDate::parse("september 2018"));
}

TEST_CASE("Diagnostics are formatted with the source line and a caret under the column") {
  Diagnostic d;
  d.loc = {"c/vor.json", 2, 19};
  d.message = "\"probability\" is 7; it must be an integer from 1 to 5";
  d.hint = "probability is rated 1 (Osannolikt) to 5 (Mycket sannolikt)";
  d.code = "range";
  std::string source = "{\n  \"å\": 1, \"probability\": 7\n}";
  auto lookup = [&](const std::string&) -> std::optional<std::string_view> { return std::string_view(source); };
  CHECK(format_diagnostic(d, lookup) ==
        "c/vor.json:2:19: error: \"probability\" is 7; it must be an integer from 1 to 5\n"
        " 2 |   \"å\": 1, \"probability\": 7\n"
        "   |                  ^\n"
        "hint: probability is rated 1 (Osannolikt) to 5 (Mycket sannolikt)\n");
}

TEST_CASE("Diagnostics sort by file and position so output is stable") {
  Diagnostics diags;
  diags.warning({"b.json", 1, 1}, "x", "second file");
  diags.error({"a.json", 9, 1}, "x", "later line");
  diags.error({"a.json", 2, 5}, "x", "earlier line");
  diags.sort();
  CHECK(diags.items()[0].message == "earlier line");
  CHECK(diags.items()[1].message == "later line");
  CHECK(diags.items()[2].message == "second file");
  CHECK(diags.count(Severity::Error) == 2);
  CHECK(format_diagnostics(Diagnostics{}, nullptr) == "0 errors, 0 warnings, 0 info\n");
}
