#pragma once
// Values on a common logarithmic axis, one row each: an amount as a dot, a range as a bar from its low
// to its high end, and an unknown value as words in the row, never as a mark at zero. Used where the
// values span several orders of magnitude (procurements from 500 000 kr to 3 billion kr), so that each
// can be read; the axis is labelled per power of ten so the scale is never hidden.

#include <optional>
#include <string>
#include <vector>

namespace insyn::svg {

/// One row of a range chart.
struct RangeRow {
  std::string label;
  std::optional<double> low, high;  ///< both set: a value (low == high) or a range; neither: unknown
  std::string value_text;           ///< printed after the mark (or in place of it when unknown)
  std::string css_class = "series-1";
  bool uncertain = false;  ///< the source doubts the figure: drawn hatched and with "?"
  bool heading = false;    ///< a group heading row (bold, no mark)
};

/// A range chart over powers of ten from 10^min_exponent to 10^max_exponent.
struct RangeChartSpec {
  std::string id;
  std::string title;
  std::string description;
  int min_exponent = 5;
  int max_exponent = 10;
  std::vector<std::string> tick_labels;  ///< one per power of ten, min to max ("0,1", "1", "10", …)
  std::string axis_label;                ///< under the axis, e.g. "mnkr, logaritmisk skala"
  std::vector<RangeRow> rows;
  std::string legend_value, legend_range, legend_unknown;  ///< legend texts; "" leaves an entry out
};

/// Draws the chart; values outside the axis are drawn at its end with an arrow. Deterministic.
std::string range_chart(const RangeChartSpec& spec);

}  // namespace insyn::svg
