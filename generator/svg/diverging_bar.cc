// Horizontal bars of signed values around a zero line: surplus to the right, deficit to the left.
#include <algorithm>
#include <cmath>

#include "core/format.h"
#include "svg/canvas.h"
#include "svg/diverging_bar.h"

namespace insyn::svg {

namespace {

constexpr int kMargin = 8;
constexpr int kLabelWidth = 300;
constexpr int kHalf = 170;  // px on each side of zero
constexpr int kValueRoom = 120;
constexpr int kRow = 24;

}  // namespace

std::string diverging_bar_chart(const DivergingBarSpec& spec) {
  Canvas canvas(spec.id, "diverging");
  double extent = 0;
  for (const DivergingBar& b : spec.bars) extent = std::max(extent, std::fabs(b.value));
  if (extent <= 0) extent = 1;
  int zero = kMargin + kLabelWidth + kValueRoom + kHalf;
  int y = kMargin + 18;
  // Side headings say in words which side is which, so the sign is never carried by colour alone.
  canvas.text(zero - 6, y - 6, spec.negative_label, "text-anchor=\"end\" class=\"axis-label\"");
  canvas.text(zero + 6, y - 6, spec.positive_label, "class=\"axis-label\"");
  for (const DivergingBar& b : spec.bars) {
    int len = static_cast<int>(std::lround(std::fabs(b.value) / extent * kHalf));
    std::string cls = b.value < 0 ? "series-2" : "series-1";
    std::vector<std::string> label = wrap_text(b.label, kLabelWidth - 8, 1);
    canvas.text(kMargin, y + 15, label.empty() ? "" : label[0]);
    int x = b.value < 0 ? zero - len : zero;
    if (len > 0) {
      canvas.rect(x, y + 4, len, kRow - 8, cls);
      canvas.pattern(x, y + 4, len, kRow - 8, cls);
    }
    std::string text = (b.value > 0 ? "+" : "") + format_decimal(b.value, spec.decimals) +
                       (spec.unit.empty() ? "" : " " + spec.unit);
    if (b.value < 0) {
      canvas.text(x - 4, y + 15, text, "text-anchor=\"end\"");
    } else {
      canvas.text(x + len + 4, y + 15, text);
    }
    y += kRow;
  }
  canvas.line(zero, kMargin + 18, zero, y, "axis");
  int width = zero + kHalf + kValueRoom + kMargin;
  return canvas.finish(width, y + kMargin, spec.title, spec.description);
}

}  // namespace insyn::svg
