// Tables are wrapped in focusable, labelled scroll frames (render/table_frames.cc).
#include <catch2/catch.hpp>

#include "render/table_frames.h"

using insyn::frame_tables;

TEST_CASE("A table is framed and named by its caption, which gets an id") {
  std::string out = frame_tables(
      "<p>x</p><table class=\"risks\">\n<caption>Risker</caption><tr><td>1</td></tr></table>", "Tabell");
  CHECK(
      out ==
      "<p>x</p><div class=\"table-frame\" role=\"group\" tabindex=\"0\" aria-labelledby=\"tabell-1\"><table "
      "class=\"risks\">\n<caption id=\"tabell-1\">Risker</caption><tr><td>1</td></tr></table></div>");
}

TEST_CASE("A table without a caption is named by number, and its empty corner header becomes a cell") {
  std::string out = frame_tables(
      "<table><thead><tr><th></th><th>P</th></tr></thead></table><table>\n<tr></tr></table>", "Tabell");
  CHECK(out.find("aria-label=\"Tabell 1\"><table><thead><tr><td></td><th scope=\"col\">P</th>") != std::string::npos);
  CHECK(out.find("aria-label=\"Tabell 2\"><table>\n<tr></tr></table></div>") != std::string::npos);
}

TEST_CASE("Nested, unclosed and look-alike tags pass through whole") {
  CHECK(frame_tables("<tablet>x</tablet>", "T") == "<tablet>x</tablet>");
  CHECK(frame_tables("<table><tr><td>", "T") == "<table><tr><td>");
  std::string nested = frame_tables("<table><tr><td><table><tr></tr></table></td></tr></table>", "T");
  CHECK(nested.find("<div") == 0);
  CHECK(nested.find("<div", 1) == std::string::npos);  // only the outer table gets a frame
  CHECK(nested.size() > 10);
  CHECK(nested.substr(nested.size() - 14) == "</table></div>");
}

TEST_CASE("A caption that has an id keeps it") {
  std::string out = frame_tables("<table><caption id=\"own\">C</caption></table>", "T");
  CHECK(out.find("aria-labelledby=\"own\"") != std::string::npos);
  CHECK(out.find("tabell-") == std::string::npos);
}

TEST_CASE("Head cells without a scope head their columns; body cells and given scopes are kept") {
  std::string out = frame_tables(
      "<table><thead><tr><th>A</th><th align=\"right\">B</th><th scope=\"colgroup\">C</th></tr></thead>"
      "<tbody><tr><th>row</th><td>1</td></tr></tbody></table>",
      "T");
  CHECK(out.find("<th scope=\"col\">A</th><th scope=\"col\" align=\"right\">B</th><th scope=\"colgroup\">C</th>") !=
        std::string::npos);
  CHECK(out.find("<tbody><tr><th>row</th>") != std::string::npos);
}
