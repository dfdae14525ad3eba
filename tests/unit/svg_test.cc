// The chart kinds: accessible markup, honest summaries, escaping, greyscale cues and determinism.
#include <catch2/catch.hpp>

#include <regex>

#include "svg/canvas.h"
#include "svg/charts.h"
#include "svg/diverging_bar.h"

using namespace insyn::svg;

namespace {

size_t count(const std::string& text, const std::string& needle) {
  size_t n = 0;
  for (size_t at = text.find(needle); at != std::string::npos; at = text.find(needle, at + needle.size()))
    ++n;
  return n;
}

HeatMatrixSpec small_matrix() {
  HeatMatrixSpec spec;
  spec.id = "m";
  spec.title = "Riskmatris";
  spec.description = "Två gånger två";
  spec.row_axis = "Sannolikhet";
  spec.column_axis = "Konsekvens";
  spec.row_labels = {"2 Trolig", "1 Osannolik"};
  spec.column_labels = {"1 Försumbar", "2 Lindrig"};
  spec.count_suffix = "st";
  spec.cells = {{{"band-medium", "Medel", "RV 2", {{"7", "", true}}}, {"band-high", "Hög", "RV 4", {}}},
                {{"band-low", "Låg", "RV 1", {{"1", "", false}, {"2", "", false}}},
                 {"band-medium", "Medel", "RV 2", {}}}};
  return spec;
}

}  // namespace

TEST_CASE("A heat matrix is an accessible image that names every band in words") {
  std::string svg = heat_matrix(small_matrix());
  CHECK(svg.rfind("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart chart-matrix\"", 0) == 0);
  CHECK(svg.find("role=\"img\" aria-labelledby=\"m-title m-desc\"") != std::string::npos);
  CHECK(svg.find("<title id=\"m-title\">Riskmatris</title>") != std::string::npos);
  CHECK(svg.find("<desc id=\"m-desc\">Två gånger två</desc>") != std::string::npos);
  CHECK(count(svg, ">Medel</text>") == 2);
  CHECK(count(svg, ">Hög</text>") == 1);
  CHECK(count(svg, ">Låg</text>") == 1);
  CHECK(svg.find(">7★</text>") != std::string::npos);    // marked items carry a star
  CHECK(svg.find(">1, 2</text>") != std::string::npos);  // items listed in order
  CHECK(svg.find(">2 st</text>") != std::string::npos);  // the count of the cell
  CHECK(svg.find(">0 st</text>") != std::string::npos);
  CHECK(svg.find("<a ") == std::string::npos);  // role="img" hides children: links live in the table twin
}

TEST_CASE("Items with an href are named links, and a matrix with links is a group, not an image") {
  HeatMatrixSpec spec = small_matrix();
  spec.cells[0][0].items[0] = {"7", "vor/index.html#risk-7", true, "Risk 7, Medel, i internkontrollplanen"};
  std::string svg = heat_matrix(spec);
  CHECK(svg.find("role=\"group\" aria-labelledby=\"m-title m-desc\"") != std::string::npos);
  CHECK(
      svg.find(
          "<a href=\"vor/index.html#risk-7\" aria-label=\"Risk 7, Medel, i internkontrollplanen\">7★</a>") !=
      std::string::npos);
  // The rest of the text repeats the title, description and table twin: hidden from screen readers.
  CHECK(svg.find("<text x=\"") != std::string::npos);
  CHECK(count(svg, ">Medel</text>") == 2);
  CHECK(count(svg, "class=\"cell-level\" text-anchor=\"end\" aria-hidden=\"true\"") == 4);
  CHECK(svg.find("<tspan aria-hidden=\"true\">1</tspan>") != std::string::npos);
  // Sizes are in rem (the chart grows with the reader's text size), not in SVG attributes.
  CHECK(svg.find("font-size") == std::string::npos);
  CHECK(svg.find("font-weight") == std::string::npos);
  CHECK(std::regex_search(svg, std::regex(R"(<svg [^>]*width="[0-9.]+rem" height="[0-9.]+rem")")));
}

TEST_CASE("Bands that colour alone would tell apart also differ by pattern, defined once per chart") {
  std::string svg = heat_matrix(small_matrix());
  CHECK(count(svg, "<pattern id=\"m-pat-band-medium\"") == 1);
  CHECK(count(svg, "<pattern id=\"m-pat-band-high\"") == 1);
  CHECK(count(svg, "fill=\"url(#m-pat-band-medium)\"") == 2);
  CHECK(svg.find("m-pat-band-low") == std::string::npos);  // the lowest band is plain
}

TEST_CASE("A crowded matrix cell says how many items it does not show") {
  HeatMatrixSpec spec = small_matrix();
  for (int i = 100; i < 160; ++i) spec.cells[0][1].items.push_back({std::to_string(i), "", false});
  std::string svg = heat_matrix(spec);
  std::smatch m;
  REQUIRE(std::regex_search(svg, m, std::regex(R"(>\+(\d+)</text>)")));
  int hidden = std::stoi(m[1]);
  // Every item is either printed or counted in "+N".
  int printed = 0;
  for (int i = 100; i < 160; ++i)
    printed += svg.find(">" + std::to_string(i) + ",") != std::string::npos ||
               svg.find(" " + std::to_string(i) + ",") != std::string::npos;
  CHECK(printed + hidden == 60);
  CHECK(hidden > 0);
  CHECK(svg.find(">60 st</text>") != std::string::npos);
}

TEST_CASE("Chart text is escaped, never markup") {
  HeatMatrixSpec spec = small_matrix();
  spec.title = "<script>alert(1)</script>";
  spec.cells[0][0].items[0].label = "\"><svg onload=alert(1)>";
  spec.row_labels[0] = "a & b";
  std::string svg = heat_matrix(spec);
  CHECK(svg.find("<script") == std::string::npos);
  CHECK(svg.find("<svg onload") == std::string::npos);
  CHECK(svg.find("&lt;script&gt;alert(1)&lt;/script&gt;") != std::string::npos);
  CHECK(svg.find("a &amp; b") != std::string::npos);
}

TEST_CASE("Charts are deterministic") {
  CHECK(heat_matrix(small_matrix()) == heat_matrix(small_matrix()));
}

TEST_CASE("Text wrapping keeps to the width and marks what it cuts") {
  CHECK(wrap_text("kort", 100, 2) == std::vector<std::string>{"kort"});
  std::vector<std::string> lines = wrap_text("Hantering av allmänna handlingar och personuppgifter", 120, 2);
  REQUIRE(lines.size() == 2);
  for (const std::string& l : lines) CHECK(text_width(l) <= 120);
  CHECK(lines[1].substr(lines[1].size() - 3) == "…");
  // A single overlong word is cut rather than overflowing, and never inside a UTF-8 sequence.
  std::vector<std::string> cut = wrap_text("Kompetensförsörjningsplanering", 60, 1);
  REQUIRE(cut.size() == 1);
  CHECK(text_width(cut[0]) <= 60);
  CHECK(cut[0].substr(cut[0].size() - 3) == "…");
}

TEST_CASE("A stacked bar chart labels totals, segments that fit, and has a legend") {
  BarChartSpec spec;
  spec.id = "b";
  spec.title = "Risker per mål";
  spec.stacked = true;
  spec.unit = "st";
  spec.series = {{"Låg", "band-low"}, {"Medel", "band-medium"}, {"Hög", "band-high"}};
  spec.categories = {{"Mål 1.1", {10, 5, 12}, ""}, {"Mål 3.2", {3, 0, 1}, ""}};
  std::string svg = bar_chart(spec);
  CHECK(svg.find("class=\"chart chart-stacked-bars\"") != std::string::npos);
  CHECK(svg.find(">27 st</text>") != std::string::npos);
  CHECK(svg.find(">4 st</text>") != std::string::npos);
  CHECK(svg.find("on-band-high\" text-anchor=\"middle\">12</text>") != std::string::npos);
  CHECK(svg.find(">Mål 1.1</text>") != std::string::npos);
  CHECK(svg.find(">Medel</text>") != std::string::npos);  // legend
  // The zero-valued segment is not drawn.
  CHECK(count(svg, "class=\"band-medium\"") == 2);  // one segment + one legend swatch
}

TEST_CASE("A grouped bar chart formats values the Swedish way") {
  BarChartSpec spec;
  spec.id = "p";
  spec.title = "Budget";
  spec.unit = "mnkr";
  spec.decimals = 1;
  spec.value_scale = 1e6;
  spec.series = {{"Budget", "series-1"}, {"Medfinansiering", "series-2"}};
  spec.categories = {{"ESF", {156900000, 30700000}, ""}};
  std::string svg = bar_chart(spec);
  CHECK(svg.find(">156,9 mnkr</text>") != std::string::npos);
  CHECK(svg.find(">30,7 mnkr</text>") != std::string::npos);
}

TEST_CASE("A Gantt draws partial dates and open ends honestly") {
  GanttSpec spec;
  spec.id = "g";
  spec.title = "Projekt";
  spec.from_year = 2018;
  spec.to_year = 2021;
  spec.marker_month = 2019 * 12;
  spec.marker_label = "Planår 2019";
  spec.legend_uncertain = "Endast år angivet";
  spec.legend_open = "Löpande";
  auto row = [](const char* label, const char* css_class, int start, int end) {
    GanttRow r;
    r.label = label;
    r.css_class = css_class;
    r.start_month = start;
    r.end_month = end;
    return r;
  };
  GanttRow exact = row("Spången", "series-1", 2018 * 12 + 8, 2021 * 12 + 11);
  exact.date_text = "2018-09 – 2021-12";
  GanttRow year_only = row("Hela år", "series-2", 2019 * 12, 2020 * 12 + 11);
  year_only.start_uncertain = year_only.end_uncertain = true;
  GanttRow open = row("Löpande projekt", "series-3", 2018 * 12 + 7, 0);
  open.open_end = true;
  GanttRow unknown = row("Okänt", "series-4", 0, 0);
  unknown.unknown = true;
  unknown.date_text = "okänd period";
  spec.rows = {exact, year_only, open, unknown};
  std::string svg = gantt(spec);
  CHECK(svg.find("class=\"chart chart-gantt\"") != std::string::npos);
  // Months map linearly onto the year columns: the exact bar starts 8/12 into 2018.
  std::smatch m;
  REQUIRE(std::regex_search(
      svg, m, std::regex(R"re(<rect x="(\d+)" y="\d+" width="(\d+)" height="12" class="series-1"/>)re")));
  std::smatch year_col;
  REQUIRE(std::regex_search(svg, year_col,
                            std::regex(R"re(<line x1="(\d+)" y1="\d+" x2="\d+" y2="\d+" class="axis"/>)re")));
  int origin = std::stoi(year_col[1]);
  int year_width = (std::stoi(m[1]) - origin) * 12 / 8;
  CHECK(std::stoi(m[2]) == (12 * 3 + 4) * year_width / 12);
  CHECK(count(svg, "class=\"fade\"") == 3);  // two uncertain ends + the legend swatch
  CHECK(count(svg, "arrow\"/>") == 2);       // the open end + the legend
  CHECK(svg.find("class=\"unknown\">okänd period</text>") != std::string::npos);
  CHECK(svg.find(">Planår 2019</text>") != std::string::npos);
  CHECK(svg.find("class=\"marker\"") != std::string::npos);
}

TEST_CASE("A diverging chart starts its zero line on a phone's first screen and names each row whole") {
  // The 2019 budget's net per activity area: one income row, large cost rows.
  DivergingBarSpec spec;
  spec.id = "netto";
  spec.title = "Netto";
  spec.negative_label = "Nettointäkt";
  spec.positive_label = "Nettokostnad";
  spec.unit = "mnkr";
  spec.bars = {{"Verksamhetsområde vuxenutbildning", 674.7},
               {"Statsbidrag till verksamhet för flyktingar", -232.3},
               {"Regiongemensam samhällsorientering", 0}};
  std::string svg = diverging_bar_chart(spec);
  std::smatch m;
  REQUIRE(std::regex_search(svg, m, std::regex("viewBox=\"0 0 (\\d+) ")));
  int width = std::stoi(m[1]);
  CHECK(width <= 600);
  // Every row's zero-line segment sits at one x, left of 320 px (a phone's first screen).
  REQUIRE(std::regex_search(svg, m, std::regex("<line x1=\"(\\d+)\"")));
  int zero = std::stoi(m[1]);
  CHECK(zero < 320);
  CHECK(count(svg, "<line x1=\"" + std::to_string(zero) + "\"") == 3);
  // The widest bar ends inside the chart with room for its value.
  CHECK(svg.find("Statsbidrag till verksamhet för flyktingar<") != std::string::npos);
  CHECK(svg.find(">+674,7 mnkr<") != std::string::npos);
  CHECK(svg.find(">−232,3 mnkr<") != std::string::npos);
}
