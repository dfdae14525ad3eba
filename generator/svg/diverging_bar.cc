// Horizontal bars of signed values around a zero line: surplus to the right, deficit to the left.
#include <algorithm>
#include <cmath>

#include "core/format.h"
#include "svg/canvas.h"
#include "svg/diverging_bar.h"

namespace insyn::svg {

namespace {

constexpr int kMargin = 8;
constexpr int kBars = 340;       // px shared by the two sides, each in proportion to its largest value
constexpr int kValueRoom = 120;  // px beside each side for the printed value and the side's heading
constexpr int kLabelLine = 18;   // the label sits on its own line above its bar
constexpr int kRow = kLabelLine + 24;

}  // namespace

std::string diverging_bar_chart(const DivergingBarSpec& spec) {
  Canvas canvas(spec.id, "diverging");
  double most_negative = 0, most_positive = 0;
  for (const DivergingBar& b : spec.bars) {
    most_negative = std::max(most_negative, -b.value);
    most_positive = std::max(most_positive, b.value);
  }
  // One scale for both sides, and each side only as wide as its largest bar: the zero line then sits
  // near the left on a phone, where the chart scrolls sideways, instead of past the first screen.
  double extent = most_negative + most_positive;
  if (extent <= 0) extent = 1;
  double px_per_unit = kBars / extent;
  int zero = kMargin + kValueRoom + static_cast<int>(std::lround(most_negative * px_per_unit));
  int width = kMargin + kValueRoom + kBars + kValueRoom + kMargin;
  int y = kMargin + 18;
  // Side headings say in words which side is which, so the sign is never carried by colour alone.
  canvas.text(zero - 6, y - 6, spec.negative_label, "text-anchor=\"end\" class=\"axis-label\"");
  canvas.text(zero + 6, y - 6, spec.positive_label, "class=\"axis-label\"");
  for (const DivergingBar& b : spec.bars) {
    // Labels get the chart's whole width on their own line, so long names are not cut.
    std::vector<std::string> label = wrap_text(b.label, width - 2 * kMargin, 1);
    canvas.text(kMargin, y + 14, label.empty() ? "" : label[0]);
    int bar_top = y + kLabelLine + 2;
    int len = static_cast<int>(std::lround(std::fabs(b.value) * px_per_unit));
    std::string cls = b.value < 0 ? "series-2" : "series-1";
    int x = b.value < 0 ? zero - len : zero;
    // The zero line runs beside each bar, not through the label lines between them.
    canvas.line(zero, bar_top - 2, zero, bar_top + kRow - kLabelLine - 6, "axis");
    if (len > 0) {
      canvas.rect(x, bar_top, len, kRow - kLabelLine - 8, cls);
      canvas.pattern(x, bar_top, len, kRow - kLabelLine - 8, cls);
    }
    std::string text = (b.value > 0 ? "+" : "") + format_decimal(b.value, spec.decimals) +
                       (spec.unit.empty() ? "" : " " + spec.unit);
    if (b.value < 0) {
      canvas.text(x - 4, bar_top + 12, text, "text-anchor=\"end\"");
    } else {
      canvas.text(x + len + 4, bar_top + 12, text);
    }
    y += kRow;
  }
  return canvas.finish(width, y + kMargin, spec.title, spec.description);
}

}  // namespace insyn::svg
