// Horizontal bar charts, grouped or stacked, with value labels, a legend and a light grid.
#include <algorithm>
#include <cmath>
#include <numeric>

#include "core/format.h"
#include "svg/canvas.h"
#include "svg/charts.h"

namespace insyn::svg {

namespace {

constexpr int kMargin = 8;
constexpr int kMaxLabelWidth = 240;
constexpr int kPlotWidth = 340;
constexpr int kValueWidth = 96;
constexpr int kLine = 14;

// A step of 1, 2 or 5 × 10^k that gives at most five grid intervals (at least 1 for whole counts).
double nice_step(double max_value, bool whole) {
  if (!(max_value > 0) || !std::isfinite(max_value)) return 1;
  double raw = max_value / 5;
  double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
  double step = magnitude * 10;
  for (double f : {1.0, 2.0, 5.0}) {
    if (f * magnitude >= raw) {
      step = f * magnitude;
      break;
    }
  }
  return whole ? std::max(1.0, std::ceil(step)) : step;
}

std::string value_label(const BarChartSpec& spec, double value, bool with_unit) {
  std::string text = format_decimal(value / spec.value_scale, spec.decimals);
  return with_unit && !spec.unit.empty() ? text + " " + spec.unit : text;
}

// Draws the series swatches and names in a row that wraps; returns the height used.
int legend(Canvas& canvas, const BarChartSpec& spec, int x0, int y0, int width, const std::string& hidden) {
  if (spec.series.size() < 2) return 0;
  int x = x0, y = y0;
  for (const BarSeries& s : spec.series) {
    int w = 12 + 6 + text_width(s.name) + 16;
    if (x > x0 && x + w > x0 + width) {
      x = x0;
      y += 20;
    }
    canvas.rect(x, y, 12, 12, s.css_class);
    canvas.pattern(x, y, 12, 12, s.css_class);
    canvas.text(x + 18, y + 11, s.name, hidden);
    x += w;
  }
  return y - y0 + 26;
}

}  // namespace

std::string bar_chart(const BarChartSpec& spec) {
  Canvas canvas(spec.id, spec.stacked ? "stacked-bars" : "bars");
  const size_t n_series = spec.series.size();

  int label_width = 0;
  for (const BarCategory& c : spec.categories) label_width = std::max(label_width, text_width(c.label));
  label_width = std::min(label_width, kMaxLabelWidth) + 10;
  const int plot_x = kMargin + label_width;
  const int width = plot_x + kPlotWidth + kValueWidth + kMargin;

  double max_value = 0;
  for (const BarCategory& c : spec.categories) {
    double total = std::accumulate(c.values.begin(), c.values.end(), 0.0);
    double largest = c.values.empty() ? 0 : *std::max_element(c.values.begin(), c.values.end());
    max_value = std::max(max_value, spec.stacked ? total : largest);
  }
  if (!std::isfinite(max_value)) max_value = 0;
  const bool whole = spec.decimals == 0 && spec.value_scale == 1;
  const double step = nice_step(max_value, whole);
  const double axis_max = std::max(step, std::ceil(max_value / step - 1e-9) * step);
  auto x_of = [&](double v) { return plot_x + static_cast<int>(std::lround(v / axis_max * kPlotWidth)); };

  // Bars with an href have their labels as links; the chart is then a group of links and its other
  // text is hidden from screen readers, who get it from the table twin.
  const bool links = std::any_of(spec.categories.begin(), spec.categories.end(),
                                 [](const BarCategory& c) { return !c.href.empty(); });
  if (links) canvas.set_interactive();
  const std::string hidden = links ? "aria-hidden=\"true\"" : "";
  const std::string hide = links ? " aria-hidden=\"true\"" : "";
  int y = kMargin + legend(canvas, spec, kMargin, kMargin, width - 2 * kMargin, hidden);
  const int plot_top = y;
  const int bar_height = spec.stacked ? 18 : 14;
  for (const BarCategory& c : spec.categories) {
    std::vector<std::string> label = wrap_text(c.label, kMaxLabelWidth, 2);
    int bars = spec.stacked ? bar_height : static_cast<int>(std::max<size_t>(n_series, 1)) * (bar_height + 2);
    int row_height = std::max(bars, static_cast<int>(label.size()) * kLine) + 12;
    int label_y = y + row_height / 2 - static_cast<int>(label.size() - 1) * kLine / 2 + 4;
    // The link's name is its visible label (WCAG 2.5.3); the values are in the table twin.
    if (!c.href.empty()) canvas.raw("<a href=\"" + xml_escape(c.href) + "\">");
    for (size_t l = 0; l < label.size(); ++l) {
      canvas.text(plot_x - 8, label_y + static_cast<int>(l) * kLine, label[l],
                  "text-anchor=\"end\"" + (c.href.empty() ? hide : std::string()));
    }
    if (!c.href.empty()) canvas.raw("</a>");
    int bar_y = y + (row_height - bars) / 2;
    if (spec.stacked) {
      double at = 0;
      for (size_t s = 0; s < n_series && s < c.values.size(); ++s) {
        if (c.values[s] <= 0) continue;
        int x0 = x_of(at), x1 = x_of(at + c.values[s]);
        canvas.rect(x0, bar_y, x1 - x0, bar_height, spec.series[s].css_class);
        canvas.pattern(x0, bar_y, x1 - x0, bar_height, spec.series[s].css_class);
        std::string text = value_label(spec, c.values[s], false);
        if (x1 - x0 >= text_width(text) + 6) {
          canvas.text(
              (x0 + x1) / 2, bar_y + 13, text,
              "class=\"segment-label on-" + spec.series[s].css_class + "\" text-anchor=\"middle\"" + hide);
        }
        at += c.values[s];
      }
      canvas.text(x_of(at) + 6, bar_y + 13, value_label(spec, at, true), hidden);
    } else {
      for (size_t s = 0; s < n_series && s < c.values.size(); ++s) {
        int by = bar_y + static_cast<int>(s) * (bar_height + 2);
        if (s < c.missing.size() && !c.missing[s].empty()) {
          canvas.text(plot_x + 6, by + 11, c.missing[s], "class=\"unknown\"");
          continue;
        }
        // Bar charts show amounts from zero up; the decoders refuse negative and huge values, and
        // a value that still gets here draws no bar rather than a negative width.
        int x1 = std::max(plot_x, x_of(c.values[s]));
        canvas.rect(plot_x, by, x1 - plot_x, bar_height, spec.series[s].css_class);
        canvas.pattern(plot_x, by, x1 - plot_x, bar_height, spec.series[s].css_class);
        canvas.text(x1 + 6, by + 11, value_label(spec, c.values[s], true), hidden);
      }
    }
    y += row_height;
  }
  const int plot_bottom = y;
  // Counted, not stepped by adding: at most six grid lines whatever the values (a sum that
  // overflowed to infinity once made this loop endless).
  for (int i = 0; i <= 10 && i * step <= axis_max + step / 2; ++i) {
    double v = i * step;
    int x = x_of(v);
    canvas.line(x, plot_top, x, plot_bottom, v == 0 ? "axis" : "grid");
    canvas.text(x, plot_bottom + 14, value_label(spec, v, false),
                "class=\"tick\" text-anchor=\"middle\"" + hide);
  }
  if (!spec.unit.empty())
    canvas.text(plot_x + kPlotWidth, plot_bottom + 30, spec.unit,
                "class=\"tick\" text-anchor=\"end\"" + hide);
  return canvas.finish(width, plot_bottom + 30 + kMargin, spec.title, spec.description);
}

}  // namespace insyn::svg
