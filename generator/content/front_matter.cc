#include "content/front_matter.h"

#include <algorithm>

#include "core/utf8.h"

namespace insyn {

std::optional<MarkdownSource> split_front_matter(std::string_view text, const std::string& file, Diagnostics& diags) {
  if (auto bad = find_invalid_utf8(text)) {
    LineColumn lc = line_column_at(text, *bad);
    diags.error({file, lc.line, lc.column}, "encoding", "invalid UTF-8 byte sequence",
                "save the file as UTF-8 (not Latin-1 or Windows-1252)");
    return std::nullopt;
  }
  MarkdownSource out;
  if (text.empty() || text.front() != '{') {
    out.body = text;
    return out;
  }
  size_t end = 0;
  auto front = parse_json(text, file, diags, &end);
  if (!front) return std::nullopt;
  // The object must end its line: "{...} text" is more likely a typo than intended.
  size_t eol = text.find('\n', end);
  std::string_view rest_of_line = text.substr(end, eol == std::string_view::npos ? std::string_view::npos : eol - end);
  if (rest_of_line.find_first_not_of(" \t\r") != std::string_view::npos) {
    LineColumn lc = line_column_at(text, end);
    diags.error({file, lc.line, lc.column}, "front-matter", "text after the front matter on the same line",
                "end the front-matter object with '}' on a line of its own");
    return std::nullopt;
  }
  out.front_matter = std::move(front);
  size_t body_start = eol == std::string_view::npos ? text.size() : eol + 1;
  out.body = text.substr(body_start);
  out.body_line = static_cast<int>(std::count(text.begin(), text.begin() + static_cast<long>(body_start), '\n')) + 1;
  return out;
}

}  // namespace insyn
