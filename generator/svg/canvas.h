#pragma once
// The drawing surface shared by the chart kinds: integer coordinates (so output never depends on how
// floats print), escaped text, and greyscale patterns keyed by colour class.

#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace insyn::svg {

/// The chart font size in px; set once on the root element.
inline constexpr int kFontSize = 12;

/// Estimated width in px of text at `font_size`. Charts are drawn without font metrics, so this
/// errs on the wide side (0.6 em per character).
int text_width(std::string_view text, int font_size = kFontSize);

/// Wraps text at spaces into at most `max_lines` lines of at most `max_width` px; text that still does
/// not fit is cut with "…" (the full text is always in the chart's data-table twin).
std::vector<std::string> wrap_text(std::string_view text, int max_width, size_t max_lines,
                                   int font_size = kFontSize);

/// Collects the markup of one chart and wraps it in an accessible <svg> root at the end.
class Canvas {
 public:
  /// `id` prefixes every id in the chart; `kind` becomes the class "chart-<kind>".
  Canvas(std::string id, std::string kind);

  /// A rectangle filled by its colour class.
  void rect(int x, int y, int w, int h, const std::string& css_class);
  /// The greyscale pattern of `css_class` laid over a rectangle; nothing for classes without one.
  void pattern(int x, int y, int w, int h, const std::string& css_class);
  void line(int x1, int y1, int x2, int y2, const std::string& css_class);
  /// A text element; `attrs` is inserted verbatim (e.g. `text-anchor="end"`), the content is escaped.
  void text(int x, int y, std::string_view content, std::string_view attrs = "");
  /// Markup written by the caller (already escaped).
  void raw(std::string_view markup);

  /// Draws the chart as role="group" instead of role="img", for charts that hold links.
  void set_interactive() { interactive_ = true; }

  /// The finished <svg> with role="img" (or "group"), <title>, <desc> and the patterns it used.
  std::string finish(int width, int height, std::string_view title, std::string_view description) const;

 private:
  std::string id_;
  std::string kind_;
  std::string body_;
  std::set<std::string> patterns_;
  bool interactive_ = false;
};

}  // namespace insyn::svg
