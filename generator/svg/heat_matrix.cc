// The heat matrix: a grid of cells coloured by band, each naming its band in words, counting its
// items and listing them; a pattern strip at the cell's left edge keeps bands apart in greyscale.
#include <algorithm>

#include "svg/canvas.h"
#include "svg/charts.h"

namespace insyn::svg {

namespace {

constexpr int kMargin = 8;
constexpr int kAxisTitle = 20;  // the rotated row-axis title
constexpr int kStrip = 8;       // the pattern strip inside each cell
constexpr int kLine = 15;
constexpr size_t kMaxItemLines = 6;

std::string item_text(const MatrixItem& item) {
  return item.label + (item.marked ? "★" : "");
}

// One laid-out line of a cell: the items on it, and "+N" when it summarises the items not shown.
struct ItemLine {
  std::vector<size_t> items;
  std::string more;
};

// Lays the items of a cell out as comma-separated lines; when they need more than kMaxItemLines
// lines, the last line says how many items are not shown ("+N").
std::vector<ItemLine> item_lines(const MatrixCell& cell, int width) {
  std::vector<ItemLine> lines;
  std::string current;
  for (size_t i = 0; i < cell.items.size(); ++i) {
    std::string token = item_text(cell.items[i]) + (i + 1 < cell.items.size() ? "," : "");
    if (!lines.empty() && text_width(current + " " + token) <= width) {
      current += " " + token;
      lines.back().items.push_back(i);
    } else {
      current = token;
      lines.push_back({{i}, ""});
    }
  }
  if (lines.size() <= kMaxItemLines) return lines;
  lines.resize(kMaxItemLines - 1);
  size_t shown = 0;
  for (const ItemLine& line : lines) shown += line.items.size();
  lines.push_back({{}, "+" + std::to_string(cell.items.size() - shown)});
  return lines;
}

// The markup of one line of items: links where an item has an href, separated by ", ".
std::string line_markup(const MatrixCell& cell, const ItemLine& line, int x, int y, bool hide_text) {
  std::string out =
      "<text x=\"" + std::to_string(x) + "\" y=\"" + std::to_string(y) + "\" class=\"cell-items\">";
  for (size_t n = 0; n < line.items.size(); ++n) {
    const size_t i = line.items[n];
    const MatrixItem& item = cell.items[i];
    const std::string comma = i + 1 < cell.items.size() ? "," : "";
    if (item.href.empty()) {
      out += hide_text ? "<tspan aria-hidden=\"true\">" + xml_escape(item_text(item)) + "</tspan>"
                       : xml_escape(item_text(item));
    } else {
      out += "<a href=\"" + xml_escape(item.href) + "\" aria-label=\"" +
             xml_escape(item.name.empty() ? item.label : item.name) + "\">" + xml_escape(item_text(item)) +
             "</a>";
    }
    out += (n + 1 < line.items.size() ? comma + " " : comma);
  }
  if (!line.more.empty())
    out += hide_text ? "<tspan aria-hidden=\"true\">" + xml_escape(line.more) + "</tspan>"
                     : xml_escape(line.more);
  return out + "</text>";
}

}  // namespace

std::string heat_matrix(const HeatMatrixSpec& spec) {
  Canvas canvas(spec.id, "matrix");
  const int cell_width = spec.cell_width;
  const size_t rows = spec.cells.size();
  const size_t cols = rows ? spec.cells[0].size() : 0;
  const int inner = std::max(10, cell_width - kStrip - 10);

  int row_label_width = 0;
  for (const std::string& label : spec.row_labels)
    row_label_width = std::max(row_label_width, text_width(label));
  row_label_width = std::min(row_label_width, 130) + 10;

  size_t most_lines = spec.show_items ? 1 : 0;
  std::vector<std::vector<std::vector<ItemLine>>> laid(rows);
  // A matrix with links is a group of links (role="img" would hide them); its other text is hidden
  // from screen readers, who get the same facts from the title, description and the table twin.
  bool links = false;
  for (const auto& row : spec.cells)
    for (const MatrixCell& cell : row)
      for (const MatrixItem& item : cell.items) links = links || !item.href.empty();
  if (links) canvas.set_interactive();
  const std::string hidden = links ? " aria-hidden=\"true\"" : "";
  for (size_t r = 0; r < rows; ++r) {
    for (const MatrixCell& cell : spec.cells[r]) {
      laid[r].push_back(spec.show_items ? item_lines(cell, inner) : std::vector<ItemLine>{});
      most_lines = std::max(most_lines, laid[r].back().size());
    }
  }
  const int cell_height = 20 + static_cast<int>(most_lines) * kLine + 18;
  const int grid_x = kMargin + kAxisTitle + row_label_width;
  const int grid_y = kMargin;

  for (size_t r = 0; r < rows; ++r) {
    const int y = grid_y + static_cast<int>(r) * cell_height;
    std::vector<std::string> label = wrap_text(r < spec.row_labels.size() ? spec.row_labels[r] : "", 130, 2);
    int label_y = y + cell_height / 2 - static_cast<int>(label.size() - 1) * kLine / 2 + 4;
    for (size_t l = 0; l < label.size(); ++l) {
      canvas.text(grid_x - 8, label_y + static_cast<int>(l) * kLine, label[l],
                  "text-anchor=\"end\"" + hidden);
    }
    for (size_t c = 0; c < cols && c < spec.cells[r].size(); ++c) {
      const MatrixCell& cell = spec.cells[r][c];
      const int x = grid_x + static_cast<int>(c) * cell_width;
      canvas.rect(x, y, cell_width, cell_height, "cell " + cell.css_class);
      canvas.pattern(x + 1, y + 1, kStrip, cell_height - 2, cell.css_class);
      const int left = x + kStrip + 6;
      if (spec.show_counts) {
        canvas.text(
            left, y + 16,
            std::to_string(cell.items.size()) + (spec.count_suffix.empty() ? "" : " " + spec.count_suffix),
            "class=\"cell-count\"" + hidden);
      }
      canvas.text(x + cell_width - 6, y + 16, cell.level_word,
                  "class=\"cell-level\" text-anchor=\"end\"" + hidden);
      for (size_t l = 0; l < laid[r][c].size(); ++l) {
        canvas.raw(line_markup(cell, laid[r][c][l], left, y + 20 + kLine * static_cast<int>(l + 1), links));
      }
      if (!cell.value_text.empty()) {
        canvas.text(x + cell_width - 6, y + cell_height - 6, cell.value_text,
                    "class=\"cell-value\" text-anchor=\"end\"" + hidden);
      }
    }
  }

  const int grid_bottom = grid_y + static_cast<int>(rows) * cell_height;
  int label_lines = 1;
  for (size_t c = 0; c < cols; ++c) {
    std::vector<std::string> label =
        wrap_text(c < spec.column_labels.size() ? spec.column_labels[c] : "", cell_width - 6, 2);
    label_lines = std::max(label_lines, static_cast<int>(label.size()));
    const int x = grid_x + static_cast<int>(c) * cell_width + cell_width / 2;
    for (size_t l = 0; l < label.size(); ++l) {
      canvas.text(x, grid_bottom + 16 + static_cast<int>(l) * kLine, label[l],
                  "text-anchor=\"middle\"" + hidden);
    }
  }
  const int grid_width = static_cast<int>(cols) * cell_width;
  const int axis_y = grid_bottom + 16 + label_lines * kLine + 4;
  canvas.text(grid_x + grid_width / 2, axis_y, spec.column_axis + " →",
              "class=\"axis-title\" text-anchor=\"middle\"" + hidden);
  const int middle = grid_y + static_cast<int>(rows) * cell_height / 2;
  const int ax = kMargin + 14;
  canvas.text(ax, middle, spec.row_axis + " →",
              "class=\"axis-title\" text-anchor=\"middle\"" + hidden + " transform=\"rotate(-90 " +
                  std::to_string(ax) + " " + std::to_string(middle) + ")\"");
  return canvas.finish(grid_x + grid_width + kMargin, axis_y + kMargin, spec.title, spec.description);
}

}  // namespace insyn::svg
