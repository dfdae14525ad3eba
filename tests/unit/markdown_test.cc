#include <catch2/catch.hpp>

#include "content/front_matter.h"
#include "content/markdown.h"

#include <atomic>
#include <thread>
#include <vector>

using namespace insyn;

namespace {
std::string render(const std::string& md, Diagnostics& diags, bool raw = false) {
  MarkdownOptions options;
  options.allow_raw_html = raw;
  return render_markdown(md, {"t.md", 5, 1}, options, diags);
}
}  // namespace

TEST_CASE("Markdown renders GitHub tables, strikethrough and autolinks") {
  Diagnostics diags;
  std::string html = render("| a | b |\n|---|---|\n| 1 | 2 |\n\n~~gammal~~ https://stockholm.se\n", diags);
  CHECK(html.find("<table>") != std::string::npos);
  CHECK(html.find("<del>gammal</del>") != std::string::npos);
  CHECK(html.find("<a href=\"https://stockholm.se\">") != std::string::npos);
  CHECK(diags.empty());
}

// cmark-gfm keeps the inline extensions' special characters in one global table that each parse
// adds to and clears; unguarded, a parse on one thread drops another thread's autolinks.
TEST_CASE("Markdown renders the same on several threads at once") {
  const std::string md =
      "| a | b |\n|---|---|\n| 1 | 2 |\n\n~~gammal~~ se https://stockholm.se och www.example.se\n\n"
      "Text: http://curia.europa.eu/juris/liste.jsf?num=C-311/18\n";
  Diagnostics diags;
  const std::string expected = render(md, diags);
  REQUIRE(expected.find("<a href=\"http://curia.europa.eu") != std::string::npos);
  std::atomic<int> differing{0};
  std::vector<std::thread> threads;
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&] {
      for (int i = 0; i < 400; ++i) {
        Diagnostics local;
        if (render(md, local) != expected) ++differing;
      }
    });
  }
  for (std::thread& t : threads) t.join();
  CHECK(differing == 0);
}

TEST_CASE("Raw HTML and script links in Markdown are dropped and reported") {
  Diagnostics diags;
  std::string html = render("Text\n\n<script>alert(1)</script>\n\n[klick](javascript:alert(1)) <b onclick=x>b</b>\n", diags);
  CHECK(html.find("<script") == std::string::npos);
  CHECK(html.find("javascript:") == std::string::npos);
  CHECK(html.find("onclick") == std::string::npos);
  REQUIRE(diags.size() == 4);  // the block, the link, the two inline tags
  CHECK(diags.items()[0].code == "raw-html");
  CHECK(diags.items()[0].loc.line == 7);  // body line 3 + origin line 5 - 1
  CHECK(diags.items()[1].code == "unsafe-link");
}

TEST_CASE("Raw HTML passes through only when configured") {
  Diagnostics diags;
  std::string html = render("<span class=\"x\">ok</span>\n", diags, true);
  CHECK(html.find("<span class=\"x\">ok</span>") != std::string::npos);
  CHECK(diags.empty());
}

TEST_CASE("Front matter is split off and the body's first line is known") {
  Diagnostics diags;
  auto md = split_front_matter("{\n  \"title\": \"T\"\n}\n\n# Rubrik\n", "t.md", diags);
  REQUIRE(md);
  REQUIRE(md->front_matter);
  CHECK(md->front_matter->find("title")->text == "T");
  CHECK(md->body_line == 4);
  CHECK(md->body == "\n# Rubrik\n");
  auto plain = split_front_matter("# Bara text\n", "t.md", diags);
  REQUIRE(plain);
  CHECK_FALSE(plain->front_matter);
  CHECK(diags.empty());
  CHECK_FALSE(split_front_matter("{\"title\": \"T\"} text\n", "t.md", diags));
  CHECK(diags.items().back().message == "text after the front matter on the same line");
}

TEST_CASE("Table alignment is written as classes, not the obsolete align attribute") {
  Diagnostics diags;
  std::string html = render_markdown("| a | b |\n|---:|:---:|\n| 1 | 2 |\n", {"t.md", 1, 1}, {}, diags);
  CHECK(html.find("align=") == std::string::npos);
  CHECK(html.find("<th class=\"align-right\">a</th>") != std::string::npos);
  CHECK(html.find("<td class=\"align-center\">2</td>") != std::string::npos);
}
