// The Gantt timeline. Dates known only to the year are drawn faded and hatched over that year, and
// open ends run to the chart's edge with an arrow, so the chart never claims more than the source says.
#include <algorithm>
#include <cmath>

#include "svg/canvas.h"
#include "svg/charts.h"

namespace insyn::svg {

namespace {

constexpr int kMargin = 8;
constexpr int kMaxLabelWidth = 250;
constexpr int kLine = 14;
constexpr int kBar = 12;

void arrow(Canvas& canvas, int x, int y, const std::string& css_class) {
  canvas.raw("<polygon points=\"" + std::to_string(x) + "," + std::to_string(y - 3) + " " +
             std::to_string(x + 9) + "," + std::to_string(y + kBar / 2) + " " + std::to_string(x) + "," +
             std::to_string(y + kBar + 3) + "\" class=\"" + xml_escape(css_class) + " arrow\"/>");
}

// A span whose exact start or end is not known: faded and hatched.
void uncertain(Canvas& canvas, int x0, int x1, int y) {
  if (x1 <= x0) return;
  canvas.rect(x0, y, x1 - x0, kBar, "fade");
  canvas.pattern(x0, y, x1 - x0, kBar, "hatch");
}

}  // namespace

std::string gantt(const GanttSpec& spec) {
  Canvas canvas(spec.id, "gantt");
  const int years = std::max(1, spec.to_year - spec.from_year + 1);
  const int year_width = std::clamp(560 / years, 48, 120);
  const int timeline_width = years * year_width;

  int label_width = 0, date_width = 60;
  for (const GanttRow& r : spec.rows) {
    label_width = std::max(label_width, text_width(r.label));
    date_width = std::max(date_width, text_width(r.date_text) + 24);
  }
  label_width = std::min(label_width, kMaxLabelWidth) + 10;
  date_width = std::min(date_width, 220);
  const int tl_x = kMargin + label_width;
  const int width = tl_x + timeline_width + date_width + kMargin;
  auto x_of = [&](int month) {
    return tl_x + static_cast<int>(std::lround((month - spec.from_year * 12) * year_width / 12.0));
  };
  auto clamp_x = [&](int x) { return std::clamp(x, tl_x, tl_x + timeline_width); };

  const int header = kMargin + 34;
  for (int y = 0; y < years; ++y) {
    canvas.text(tl_x + y * year_width + year_width / 2, header - 8, std::to_string(spec.from_year + y),
                "class=\"tick\" text-anchor=\"middle\"");
  }
  int y = header;
  for (const GanttRow& r : spec.rows) {
    std::vector<std::string> label = wrap_text(r.label, kMaxLabelWidth, 2);
    int row_height = std::max(22, static_cast<int>(label.size()) * kLine + 8);
    int label_y = y + row_height / 2 - static_cast<int>(label.size() - 1) * kLine / 2 + 4;
    for (size_t l = 0; l < label.size(); ++l) {
      canvas.text(tl_x - 8, label_y + static_cast<int>(l) * kLine, label[l], "text-anchor=\"end\"");
    }
    const int bar_y = y + (row_height - kBar) / 2;
    if (r.unknown) {
      canvas.text(tl_x + 4, bar_y + 10, r.date_text, "class=\"unknown\"");
    } else {
      int x0 = clamp_x(x_of(r.start_month));
      int x1 = r.open_end ? tl_x + timeline_width : clamp_x(x_of(std::max(r.end_month, r.start_month) + 1));
      canvas.rect(x0, bar_y, std::max(2, x1 - x0), kBar, r.css_class);
      canvas.pattern(x0, bar_y, std::max(2, x1 - x0), kBar, r.css_class);
      if (r.start_uncertain) uncertain(canvas, x0, std::min(x1, clamp_x(x_of(r.start_month + 12))), bar_y);
      if (r.end_uncertain && !r.open_end)
        uncertain(canvas, std::max(x0, clamp_x(x_of(r.end_month - 11))), x1, bar_y);
      if (r.open_end) arrow(canvas, x1, bar_y, r.css_class);
      canvas.text(tl_x + timeline_width + 14, bar_y + 10, r.date_text, "class=\"date\"");
    }
    y += row_height;
  }
  const int bottom = y;
  for (int i = 0; i <= years; ++i) {
    int x = tl_x + i * year_width;
    canvas.line(x, header - 4, x, bottom, i == 0 ? "axis" : "grid");
  }
  if (spec.marker_month >= spec.from_year * 12 && spec.marker_month <= (spec.to_year + 1) * 12) {
    int x = x_of(spec.marker_month);
    canvas.line(x, kMargin + 16, x, bottom, "marker");
    canvas.text(x + 4, kMargin + 12, spec.marker_label, "class=\"marker-label\"");
  }

  // Legend: what the hatching and the arrow mean.
  int ly = bottom + 14;
  int lx = tl_x;
  if (!spec.legend_uncertain.empty()) {
    canvas.rect(lx, ly, 28, kBar, "series-1");
    uncertain(canvas, lx, lx + 28, ly);
    canvas.text(lx + 34, ly + 10, spec.legend_uncertain);
    lx += 34 + text_width(spec.legend_uncertain) + 20;
  }
  if (!spec.legend_open.empty()) {
    canvas.rect(lx, ly, 20, kBar, "series-1");
    arrow(canvas, lx + 20, ly, "series-1");
    canvas.text(lx + 36, ly + 10, spec.legend_open);
  }
  return canvas.finish(width, ly + kBar + 6 + kMargin, spec.title, spec.description);
}

}  // namespace insyn::svg
