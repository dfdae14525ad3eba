// Tables of contents on long pages (render/contents.cc).
#include <catch2/catch.hpp>

#include "render/contents.h"

using insyn::add_contents;

TEST_CASE("Long pages get a table of contents of their h2s with the h3s nested") {
  std::string html =
      "<h2 id=\"a\">Riskmatris</h2><p>x</p><h2 class=\"register-heading\">Riskregister</h2>"
      "<h3>1.1 <em>Mål</em> &amp; mer</h3><h3>1.2 Mål</h3><h2 id=\"f\" data-no-toc>Filter</h2><h3></h3>"
      "<h2 id=\"c\">Urval</h2><h4>not listed</h4>";
  std::string out = add_contents(html, "Innehåll");
  CHECK(out.rfind(
            "<nav class=\"toc\" aria-labelledby=\"toc-heading\">\n<h2 id=\"toc-heading\">Innehåll</h2>\n<ol>"
            "<li><a href=\"#a\">Riskmatris</a></li>\n"
            "<li><a href=\"#avsnitt-1\">Riskregister</a><ol><li><a href=\"#avsnitt-2\">1.1 Mål &amp; "
            "mer</a></li>"
            "<li><a href=\"#avsnitt-3\">1.2 Mål</a></li></ol></li>\n"
            "<li><a href=\"#c\">Urval</a></li>\n</ol>\n</nav>\n",
            0) == 0);
  // Headings without an id get one; the rest of the page is unchanged.
  CHECK(out.find("<h2 id=\"avsnitt-1\" class=\"register-heading\">Riskregister</h2>") != std::string::npos);
  CHECK(out.find("<h3 id=\"avsnitt-2\">1.1 <em>Mål</em> &amp; mer</h3>") != std::string::npos);
  CHECK(out.find("<h2 id=\"f\" data-no-toc>Filter</h2><h3></h3>") != std::string::npos);
  CHECK(out.find("<h4>not listed</h4>") != std::string::npos);
}

TEST_CASE("Short pages and broken markup are left as they are") {
  CHECK(add_contents("<h2>A</h2><h3>a</h3><h2>B</h2>", "I") == "<h2>A</h2><h3>a</h3><h2>B</h2>");
  CHECK(add_contents("<h2>A</h2><h2>B</h2><h2>C</h2><h2>D</h2><h2>E", "I") ==
        "<h2>A</h2><h2>B</h2><h2>C</h2><h2>D</h2><h2>E");
  CHECK(add_contents("<header><hr><h2", "I") == "<header><hr><h2");
}

TEST_CASE("Many headings list the h2s alone") {
  std::string html;
  for (int i = 0; i < 5; ++i) html += "<h2>H" + std::to_string(i) + "</h2><h3>s</h3><h3>t</h3>";
  std::string out = add_contents(html, "I", 10);
  CHECK(out.find("<ol><li><a href=\"#avsnitt-2\">") == std::string::npos);
  CHECK(out.find("<li><a href=\"#avsnitt-4\">H1</a></li>") != std::string::npos);
}
