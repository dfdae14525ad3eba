#pragma once
// Chart kinds drawn as standalone SVG strings. This module knows nothing of risks or projects: the
// render module turns the model into these plain specs. Every chart is accessible: role="img",
// <title> and <desc> referenced by aria-labelledby, text labels on every mark (no meaning carried by
// colour alone), CSS classes for colours (the theme's CSS fills them) plus patterns so that charts stay
// readable when printed in greyscale. Output is deterministic: same spec → same bytes.

#include <string>
#include <vector>

namespace insyn::svg {

/// One entry listed inside a heat-matrix cell (e.g. a risk number), optionally marked (★). An item with
/// an `href` is a link in the chart and in its data-table twin; a matrix with links is drawn as
/// role="group" (role="img" would hide the links) with its other text hidden from screen readers.
struct MatrixItem {
  std::string label;
  std::string href;     ///< "" for no link
  bool marked = false;  ///< drawn with a ★ after the label
  std::string name;  ///< the link's accessible name, e.g. "Risk 65, Hög, i internkontrollplanen"; "" = label
};

/// One cell of a heat matrix.
struct MatrixCell {
  std::string css_class;   ///< e.g. "band-high"; also selects the greyscale pattern "pattern-<css_class>"
  std::string level_word;  ///< e.g. "Hög", printed in the cell so the band is not shown by colour only
  std::string value_text;  ///< e.g. "RV 12", printed small in the cell corner; may be ""
  std::vector<MatrixItem> items;
};

/// A rows × columns heat matrix (the 5×5 risk matrix). Row 0 is drawn at the top.
struct HeatMatrixSpec {
  std::string id;  ///< unique within the page; prefixes the ids of <title>, <desc> and patterns
  std::string title;
  std::string description;
  std::string row_axis;                        ///< e.g. "Sannolikhet" (drawn vertically at the left)
  std::string column_axis;                     ///< e.g. "Konsekvens" (drawn below the columns)
  std::vector<std::string> row_labels;         ///< top to bottom, e.g. "5 Mycket sannolikt"
  std::vector<std::string> column_labels;      ///< left to right
  std::vector<std::vector<MatrixCell>> cells;  ///< [row][column]
  std::string count_suffix;                    ///< e.g. "st": each cell shows "<count> st" above its items
  bool show_counts = true;  ///< false for a matrix that marks one position rather than counting
  int cell_width = 150;     ///< px; small matrices (one page's position) use narrower cells
  bool show_items = true;   ///< false draws counts only (small multiples); the items stay in the spec
};

/// Draws the heat matrix. Cells show count, level word and item labels (wrapped over several lines;
/// items that do not fit are summarised as "+N").
std::string heat_matrix(const HeatMatrixSpec& spec);

/// A series of a bar chart (one colour/pattern).
struct BarSeries {
  std::string name;
  std::string css_class;  ///< e.g. "band-high" or "series-1"; selects the fill and pattern
};

/// One bar (or stack of bars) with a label.
struct BarCategory {
  std::string label;
  std::vector<double> values;  ///< one per series, ≥ 0
  std::string href;            ///< for the data-table twin; "" for no link
  /// Per series: "" or words drawn instead of a bar, for a value that cannot be read in the chart's unit
  /// (unknown, or in another currency); such a value is never drawn as 0.
  std::vector<std::string> missing = {};
};

/// A horizontal bar chart, grouped (stacked = false: one bar per series) or stacked.
struct BarChartSpec {
  std::string id;
  std::string title;
  std::string description;
  std::vector<BarSeries> series;
  std::vector<BarCategory> categories;
  bool stacked = false;
  std::string unit;        ///< appended to value labels, e.g. "st" or "mnkr"; may be ""
  int decimals = 0;        ///< decimals of the value labels (Swedish format: 30,7)
  double value_scale = 1;  ///< values are divided by this before labelling (1e6 for mnkr)
};

/// Draws the bar chart with category labels at the left, a value label at the end of each bar (total
/// for stacks, and each segment's value inside it where it fits), a legend when there are several
/// series, and light grid lines with axis tick labels.
std::string bar_chart(const BarChartSpec& spec);

/// One row of a Gantt timeline. Months are counted as year * 12 + (month - 1).
struct GanttRow {
  std::string label;
  std::string href;       ///< for the list beside the chart; "" for no link
  std::string css_class;  ///< e.g. "series-1"
  int start_month = 0;
  int end_month = 0;             ///< inclusive; ignored when open_end
  bool start_uncertain = false;  ///< only the year is known: the first months are drawn faded/hatched
  bool end_uncertain = false;    ///< only the year is known: the last months are drawn faded/hatched
  bool open_end = false;         ///< runs on: the bar continues to the chart's end with an arrow
  bool unknown = false;          ///< no usable dates: the row shows its label and date_text only
  std::string date_text;         ///< printed after the bar, e.g. "2018-09 – 2021-12"
};

/// A Gantt timeline over whole years, with a vertical marker line (e.g. the start of the plan year).
struct GanttSpec {
  std::string id;
  std::string title;
  std::string description;
  int from_year = 0;  ///< first year drawn
  int to_year = 0;    ///< last year drawn (inclusive)
  std::vector<GanttRow> rows;
  int marker_month = -1;  ///< -1 for none
  std::string marker_label;
  std::string legend_uncertain;  ///< legend text for the hatched part, e.g. "Endast år angivet"
  std::string legend_open;       ///< legend text for the open end, e.g. "Löpande"
};

/// Draws the timeline: year columns with labels, one bar per row, uncertain ends hatched, open ends
/// as arrows, the marker line, and a legend for the hatching and arrows.
std::string gantt(const GanttSpec& spec);

/// Escapes text for SVG/XML content and attributes.
std::string xml_escape(const std::string& text);

}  // namespace insyn::svg
