#pragma once
// A chart of signed values (budget results): bars go right of a zero line for a surplus and left for
// a deficit, each labelled with its signed value; the two sides are named in words.

#include <string>
#include <vector>

namespace insyn::svg {

/// One bar: a label and a signed value.
struct DivergingBar {
  std::string label;
  double value = 0;
};

/// A diverging bar chart; `negative_label` and `positive_label` name the sides ("Underskott", "Överskott").
struct DivergingBarSpec {
  std::string id;
  std::string title;
  std::string description;
  std::string negative_label, positive_label;
  std::string unit;
  int decimals = 1;
  std::vector<DivergingBar> bars;
};

/// Draws the chart with role="img", <title> and <desc>; output depends only on the spec.
std::string diverging_bar_chart(const DivergingBarSpec& spec);

}  // namespace insyn::svg
