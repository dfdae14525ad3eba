// Red-team cases of issue 11 that are properties of one function rather than of a whole content
// folder (those are in tests/bad/).
#include <catch2/catch.hpp>

#include "content/markdown.h"
#include "content/url_policy.h"
#include "core/diagnostics.h"
#include "core/format.h"
#include "render/templates.h"
#include "support.h"

using namespace insyn;

TEST_CASE("Quoting many findings in one file reads the file once, not once per finding") {
  // The source line of each finding used to be found by walking the file from its top, which made
  // `check` quadratic in the number of findings. The count of lookups is the algorithmic property.
  std::string source;
  Diagnostics diags;
  for (int i = 1; i <= 2000; ++i) {
    source += "line " + std::to_string(i) + "\n";
    diags.warning({"big.json", i, 1}, "x", "finding " + std::to_string(i));
  }
  int lookups = 0;
  auto lookup = [&](const std::string&) -> std::optional<std::string_view> {
    ++lookups;
    return std::string_view(source);
  };
  std::string text = format_diagnostics(diags, lookup);
  CHECK(lookups == 1);
  CHECK(text.find(" 2000 | line 2000\n") != std::string::npos);
}

TEST_CASE("A column past the end of its line quotes the line instead of throwing") {
  Diagnostic d;
  d.loc = {"p.md", 2, 152};
  d.message = "m";
  std::string source = std::string(150, '0') + "\n<javascript:1>\n";
  auto lookup = [&](const std::string&) -> std::optional<std::string_view> { return std::string_view(source); };
  std::string text;
  REQUIRE_NOTHROW(text = format_diagnostic(d, lookup));
  CHECK(text == "p.md:2:152: error: m\n 2 | <javascript:1>\n   |               ^\n");
}

TEST_CASE("Diagnostics print control characters escaped") {
  Diagnostic d;
  d.loc = {"a\x1b[2J.json", 1, 3};
  d.message = "bad \"x\ncontent/site.json:1:1: error: FORGED\"";
  d.hint = "\x07\xc2\x9b\xe2\x80\xae";
  std::string source = "\"\x1b\"\tx";
  auto lookup = [&](const std::string&) -> std::optional<std::string_view> { return std::string_view(source); };
  CHECK(format_diagnostic(d, lookup) ==
        "a\\x1b[2J.json:1:3: error: bad \"x\\ncontent/site.json:1:1: error: FORGED\"\n"
        " 1 | \"\\x1b\"\tx\n"
        "   |      ^\n"
        "hint: \\x07\\u009b\\u202e\n");
}

TEST_CASE("Only http, https, mailto, tel and links within the site pass the link filter") {
  for (const char* ok : {"https://example.se", "http://x", "HTTPS://x", "mailto:a@b.se", "tel:+468", "../index.html",
                         "/a/b", "a/b:c", "?q=a:b", "#x:y", "page.html", ""}) {
    INFO(ok);
    CHECK(is_allowed_url(ok));
  }
  for (const char* bad : {"javascript:alert(1)", "JaVaScRiPt:x", "java\tscript:x", " javascript:x", "\x01javascript:x",
                          "java\nscript:x", "vbscript:x", "data:text/html,x", "file:///etc/passwd",
                          "blob:https://x/y", "filesystem:https://x/y", ":x"}) {
    INFO(bad);
    CHECK_FALSE(is_allowed_url(bad));
  }
}

TEST_CASE("Raw HTML attributes that run script or leave the allowed schemes are found") {
  auto names = [](std::string_view html) {
    std::string out;
    for (const UnsafeAttribute& a : find_unsafe_attributes(html)) out += a.name + "=" + a.value + ";";
    return out;
  };
  CHECK(names("<a href=\"https://x\" title=\"javascript:x\">ok</a>") == "");
  CHECK(names("<a href=\"java&#x09;script:x\">") == "href=java\tscript:x;");
  CHECK(names("<a HREF='JAVASCRIPT&colon;x'>") == "href=JAVASCRIPT:x;");
  CHECK(names("<a href=&#106;avascript:x>") == "href=javascript:x;");
  CHECK(names("<img src=x onerror=alert(1)>") == "onerror=alert(1);");
  CHECK(names("<img srcset=\"a.png 1x, javascript:x 2x\">") == "srcset=a.png 1x, javascript:x 2x;");
  CHECK(names("<form action=\"blob:x\"><button formaction=\"data:x\">") == "action=blob:x;formaction=data:x;");
  CHECK(names("<svg><a xlink:href=\"vbscript:x\"></a></svg>") == "xlink:href=vbscript:x;");
  CHECK(names("<meta http-equiv=\"refresh\" content=\"0;url=javascript:x\">") == "http-equiv=refresh;");
  CHECK(names("<a href=\"x\" <<< = = '") == "");  // malformed: no crash, no hang
}

TEST_CASE("Markdown links outside the allow-list are removed even with raw HTML allowed") {
  Diagnostics diags;
  MarkdownOptions options;
  options.allow_raw_html = true;
  std::string html = render_markdown("[a](javascript:x) [b](blob:x) <javascript:y> [c](https://ok.se)\n",
                                     {"p.md", 1, 1}, options, diags);
  CHECK(html.find("href=\"javascript") == std::string::npos);
  CHECK(html.find("href=\"blob:") == std::string::npos);
  CHECK(html.find("<a href=\"\">javascript:y</a>") != std::string::npos);
  CHECK(html.find("href=\"https://ok.se\"") != std::string::npos);
  CHECK(diags.count(Severity::Warning) == 3);
}

TEST_CASE("Numbers past 64 bits are formatted, not printed as 0") {
  CHECK(format_integer(0) == "0");
  CHECK(format_decimal(1e19, 0) == "10\u00a0000\u00a0000\u00a0000\u00a0000\u00a0000\u00a0000");
  CHECK(format_decimal(-2.5e19, 1) == "\u221225\u00a0000\u00a0000\u00a0000\u00a0000\u00a0000\u00a0000,0");
  CHECK(format_decimal(1.7976931348623157e308, 0).size() > 300);
  CHECK(format_decimal(std::numeric_limits<double>::infinity(), 0) == "–");
}

TEST_CASE("Partials that include themselves, or do not exist, are errors at their tag") {
  Diagnostics diags;
  Templates t;
  t.add("a", "x\n  {{> b}}", "t/a.mustache", diags);
  t.add("b", "{{> a}}", "t/b.mustache", diags);
  t.add("c", "{{> c }}", "t/c.mustache", diags);
  t.add("d", "{{> missing}}", "t/d.mustache", diags);
  // Each level includes the next twice: 2^40 copies if expanded blindly.
  for (int i = 0; i < 40; ++i) {
    std::string next = "{{> e" + std::to_string(i + 1) + "}}";
    t.add("e" + std::to_string(i), "<p>" + next + next + "</p>", "t/e.mustache", diags);
  }
  t.add("e40", std::string(1000, 'x'), "t/e40.mustache", diags);
  t.prepare(nlohmann::json::object(), diags);
  std::string all = format_diagnostics(diags, {});
  CHECK(all.find("t/b.mustache:1:1: error: partial \"a\" includes itself (a → b → a)") != std::string::npos);
  CHECK(all.find("t/c.mustache:1:1: error: partial \"c\" includes itself (c → c)") != std::string::npos);
  CHECK(all.find("t/d.mustache:1:1: error: template \"d\" includes partial \"missing\", which does not exist") !=
        std::string::npos);
  CHECK(all.find("grows past 16 MiB once its partials are inlined") != std::string::npos);
}

TEST_CASE("A folder that cannot be listed is reported by name and the rest is still read") {
  // Tests run as root, where chmod 000 does not stop a listing; the in-memory file system fails it.
  MemoryFileSystem content = test::load_fixture("tests/fixtures/minimal");
  content.write("org/2019/extra/notes.json", "{}");
  content.make_unreadable("org/2019/extra");
  BuildResult result = test::run(content, false);
  std::string text = test::formatted(result);
  CHECK(text ==
        "content/org/2019/extra: error: cannot read the folder; the files in it are not checked\n"
        "hint: check its permissions (the folder must be readable and searchable: chmod u+rx)\n"
        "1 error, 0 warnings, 0 info\n");
}
