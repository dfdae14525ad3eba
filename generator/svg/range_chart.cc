// The range chart: amounts, ranges and unknown values on one logarithmic axis.
#include "svg/range_chart.h"

#include <algorithm>
#include <cmath>

#include "svg/canvas.h"

namespace insyn::svg {

namespace {

constexpr int kMargin = 8;
constexpr int kLabelWidth = 250;
constexpr int kPlotWidth = 360;
constexpr int kValueWidth = 190;
constexpr int kRow = 34;
constexpr int kMark = 10;

}  // namespace

std::string range_chart(const RangeChartSpec& spec) {
  Canvas canvas(spec.id, "range");
  const int plot_x = kMargin + kLabelWidth + 10;
  const int width = plot_x + kPlotWidth + kValueWidth + kMargin;
  const int decades = std::max(1, spec.max_exponent - spec.min_exponent);
  // Values are clamped to the axis: a value outside it is drawn at the end, with an arrow.
  auto x_of = [&](double v) {
    double e = v > 0 ? std::log10(v) : spec.min_exponent;
    e = std::clamp(e, static_cast<double>(spec.min_exponent), static_cast<double>(spec.max_exponent));
    return plot_x + static_cast<int>(std::lround((e - spec.min_exponent) / decades * kPlotWidth));
  };

  int y = kMargin;
  // Legend: what a dot, a bar and words mean.
  int lx = kMargin;
  if (!spec.legend_value.empty()) {
    canvas.rect(lx, y + 2, kMark, kMark, "series-1");
    canvas.text(lx + kMark + 6, y + 11, spec.legend_value);
    lx += kMark + 6 + text_width(spec.legend_value) + 18;
  }
  if (!spec.legend_range.empty()) {
    canvas.rect(lx, y + 4, 28, 6, "series-1");
    canvas.text(lx + 34, y + 11, spec.legend_range);
    lx += 34 + text_width(spec.legend_range) + 18;
  }
  if (!spec.legend_unknown.empty()) canvas.text(lx, y + 11, spec.legend_unknown, "class=\"unknown\"");
  y += 28;

  const int plot_top = y;
  for (const RangeRow& r : spec.rows) {
    std::vector<std::string> label = wrap_text(r.label, kLabelWidth, 2);
    std::string attrs = r.heading ? "text-anchor=\"end\" font-weight=\"600\"" : "text-anchor=\"end\"";
    int first = y + (label.size() > 1 ? 14 : 21);
    for (size_t l = 0; l < label.size(); ++l)
      canvas.text(plot_x - 10, first + static_cast<int>(l) * 14, label[l], attrs);
    if (!r.heading) {
      int mid = y + kRow / 2;
      if (r.low && r.high) {
        int x0 = x_of(*r.low), x1 = x_of(*r.high);
        if (*r.low == *r.high) {
          // An amount (or a range narrower than the mark): a square dot centred on the value.
          int cx = (x0 + x1) / 2;
          canvas.rect(cx - kMark / 2, mid - kMark / 2, kMark, kMark, r.css_class);
          if (r.uncertain) canvas.pattern(cx - kMark / 2, mid - kMark / 2, kMark, kMark, "hatch");
        } else {
          // A range is a bar between two end caps however narrow the axis makes it (2,5–3 billion
          // kr is a few pixels wide): the caps tell it from an amount's square.
          x1 = std::max(x1, x0 + 2);
          canvas.rect(x0, mid - 3, x1 - x0, 6, r.css_class);
          canvas.line(x0, mid - 7, x0, mid + 7, "axis");
          canvas.line(x1, mid - 7, x1, mid + 7, "axis");
          if (r.uncertain) canvas.pattern(x0, mid - 4, x1 - x0, 8, "hatch");
        }
        bool beyond =
            *r.high > std::pow(10.0, spec.max_exponent) || *r.low < std::pow(10.0, spec.min_exponent);
        std::string text = r.value_text + (r.uncertain ? " (?)" : "") + (beyond ? " \xE2\x86\x92" : "");
        canvas.text(plot_x + kPlotWidth + 8, mid + 4, text);
      } else {
        // Unknown: words across the plot, so the row is visibly present and visibly without a value.
        canvas.text(plot_x + 6, mid + 4, r.value_text, "class=\"unknown\"");
      }
    }
    y += kRow;
  }
  const int plot_bottom = y;
  for (int e = spec.min_exponent; e <= spec.max_exponent; ++e) {
    int x = plot_x + (e - spec.min_exponent) * kPlotWidth / decades;
    canvas.line(x, plot_top, x, plot_bottom, e == spec.min_exponent ? "axis" : "grid");
    size_t i = static_cast<size_t>(e - spec.min_exponent);
    if (i < spec.tick_labels.size()) {
      canvas.text(x, plot_bottom + 14, spec.tick_labels[i], "class=\"tick\" text-anchor=\"middle\"");
    }
  }
  if (!spec.axis_label.empty()) canvas.text(plot_x, plot_bottom + 32, spec.axis_label, "class=\"tick\"");
  return canvas.finish(width, plot_bottom + 40 + kMargin, spec.title, spec.description);
}

}  // namespace insyn::svg
