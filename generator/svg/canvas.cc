#include "svg/canvas.h"

#include <map>

#include "core/html.h"

#include "svg/charts.h"

namespace insyn::svg {

namespace {

size_t code_points(std::string_view text) {
  size_t n = 0;
  for (unsigned char c : text) n += (c & 0xC0) != 0x80;
  return n;
}

void pop_code_point(std::string& text) {
  while (!text.empty() && (static_cast<unsigned char>(text.back()) & 0xC0) == 0x80) text.pop_back();
  if (!text.empty()) text.pop_back();
}

// Greyscale cues per colour class: a tile of 8×8 px drawn with the class "pattern-stroke".
// Classes not listed (the lowest band, the first series) stay plain, which is itself a cue.
const std::map<std::string, std::string>& pattern_tiles() {
  static const std::map<std::string, std::string> tiles = {
      {"band-medium", R"(<path d="M0 8L8 0" stroke-width="1.2"/>)"},
      {"band-high", R"(<path d="M0 8L8 0M0 0L8 8" stroke-width="1.2"/>)"},
      {"series-2", R"(<path d="M0 8L8 0" stroke-width="1.5"/>)"},
      {"series-3", R"(<circle cx="4" cy="4" r="1.5"/>)"},
      {"series-4", R"(<path d="M0 4H8" stroke-width="1.5"/>)"},
      {"series-5", R"(<path d="M0 8L8 0M0 0L8 8" stroke-width="1"/>)"},
      {"series-6", R"(<path d="M4 0V8" stroke-width="1.5"/>)"},
      {"series-7", R"(<path d="M0 0L8 8" stroke-width="1.5"/>)"},
      {"series-8", R"(<circle cx="2" cy="2" r="1"/><circle cx="6" cy="6" r="1"/>)"},
      {"hatch", R"(<path d="M0 8L8 0" stroke-width="2"/>)"},
  };
  return tiles;
}

}  // namespace

int text_width(std::string_view text, int font_size) {
  return static_cast<int>(code_points(text) * font_size * 6 / 10);
}

std::vector<std::string> wrap_text(std::string_view text, int max_width, size_t max_lines, int font_size) {
  std::vector<std::string> lines;
  std::string current;
  size_t pos = 0;
  bool cut = false;
  while (pos < text.size()) {
    size_t space = text.find(' ', pos);
    std::string_view word =
        text.substr(pos, space == std::string_view::npos ? std::string_view::npos : space - pos);
    pos = space == std::string_view::npos ? text.size() : space + 1;
    if (word.empty()) continue;
    std::string candidate = current.empty() ? std::string(word) : current + " " + std::string(word);
    if (current.empty() || text_width(candidate, font_size) <= max_width) {
      current = candidate;
      continue;
    }
    lines.push_back(current);
    current = std::string(word);
    if (lines.size() == max_lines) {
      cut = true;
      break;
    }
  }
  if (!cut && !current.empty()) lines.push_back(current);
  if (lines.size() > max_lines) lines.resize(max_lines);
  // Cut the last line (or an overlong word) to the width, marking the cut with an ellipsis.
  for (size_t i = 0; i < lines.size(); ++i) {
    bool last = i + 1 == lines.size();
    std::string& line = lines[i];
    if (text_width(line, font_size) <= max_width && !(last && cut)) continue;
    while (!line.empty() && text_width(line + "…", font_size) > max_width) pop_code_point(line);
    while (!line.empty() && line.back() == ' ') line.pop_back();
    line += "…";
  }
  return lines;
}

// A length in px at the default 16 px root font size, in rem (so a chart grows with the reader's
// text size, text and drawing together) with up to four decimals (integer
// arithmetic, so the bytes do not depend on how floats print).
static std::string rem(int px) {
  const long scaled = (static_cast<long>(px) * 10000 + 8) / 16;
  std::string out = std::to_string(scaled / 10000);
  long frac = scaled % 10000;
  if (frac == 0) return out;
  std::string digits = std::to_string(frac);
  digits.insert(0, 4 - digits.size(), '0');
  while (digits.back() == '0') digits.pop_back();
  return out + "." + digits;
}

Canvas::Canvas(std::string id, std::string kind) : id_(std::move(id)), kind_(std::move(kind)) {}

void Canvas::rect(int x, int y, int w, int h, const std::string& css_class) {
  body_ += "<rect x=\"" + std::to_string(x) + "\" y=\"" + std::to_string(y) + "\" width=\"" +
           std::to_string(w) + "\" height=\"" + std::to_string(h) + "\" class=\"" + xml_escape(css_class) +
           "\"/>";
}

void Canvas::pattern(int x, int y, int w, int h, const std::string& css_class) {
  if (!pattern_tiles().count(css_class) || w <= 0 || h <= 0) return;
  patterns_.insert(css_class);
  body_ += "<rect x=\"" + std::to_string(x) + "\" y=\"" + std::to_string(y) + "\" width=\"" +
           std::to_string(w) + "\" height=\"" + std::to_string(h) + "\" fill=\"url(#" + id_ + "-pat-" +
           css_class + ")\" class=\"pattern-overlay\"/>";
}

void Canvas::line(int x1, int y1, int x2, int y2, const std::string& css_class) {
  body_ += "<line x1=\"" + std::to_string(x1) + "\" y1=\"" + std::to_string(y1) + "\" x2=\"" +
           std::to_string(x2) + "\" y2=\"" + std::to_string(y2) + "\" class=\"" + xml_escape(css_class) +
           "\"/>";
}

void Canvas::text(int x, int y, std::string_view content, std::string_view attrs) {
  body_ += "<text x=\"" + std::to_string(x) + "\" y=\"" + std::to_string(y) + "\"";
  if (!attrs.empty()) body_ += " " + std::string(attrs);
  body_ += ">" + xml_escape(std::string(content)) + "</text>";
}

void Canvas::raw(std::string_view markup) {
  body_ += markup;
}

std::string Canvas::finish(int width, int height, std::string_view title,
                           std::string_view description) const {
  std::string w = std::to_string(width), h = std::to_string(height);
  std::string out = "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart chart-" + kind_ + "\" id=\"" +
                    id_ + "\" viewBox=\"0 0 " + w + " " + h + "\" width=\"" + rem(width) + "rem\" height=\"" +
                    rem(height) + "rem" + "\" role=\"" + (interactive_ ? "group" : "img") +
                    "\" aria-labelledby=\"" + id_ + "-title " + id_ + "-desc\">\n";
  out += "<title id=\"" + id_ + "-title\">" + xml_escape(std::string(title)) + "</title>\n";
  out += "<desc id=\"" + id_ + "-desc\">" + xml_escape(std::string(description)) + "</desc>\n";
  if (!patterns_.empty()) {
    out += "<defs>";
    for (const std::string& cls : patterns_) {
      out += "<pattern id=\"" + id_ + "-pat-" + cls +
             "\" width=\"8\" height=\"8\" patternUnits=\"userSpaceOnUse\"><g class=\"pattern-stroke\">" +
             pattern_tiles().at(cls) + "</g></pattern>";
    }
    out += "</defs>\n";
  }
  out += body_;
  out += "\n</svg>";
  return out;
}

// The same five characters as in HTML; SVG inline in HTML is parsed by the HTML parser anyway.
std::string xml_escape(const std::string& text) {
  return html_escape(text);
}

}  // namespace insyn::svg
