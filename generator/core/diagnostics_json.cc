#include "core/diagnostics_json.h"

#include <cstdio>
#include <string_view>

namespace insyn {

namespace {

// Length of the valid UTF-8 sequence at text[i], or 0 when it is not one.
size_t utf8_sequence(std::string_view text, size_t i) {
  auto c = static_cast<unsigned char>(text[i]);
  size_t n = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 0;
  if (n == 0 || i + n > text.size()) return 0;
  for (size_t k = 1; k < n; ++k) {
    if ((static_cast<unsigned char>(text[i + k]) & 0xC0) != 0x80) return 0;
  }
  return n;
}

std::string_view source_line(std::string_view text, int line) {
  size_t start = 0;
  for (int i = 1; i < line; ++i) {
    size_t nl = text.find('\n', start);
    if (nl == std::string_view::npos) return {};
    start = nl + 1;
  }
  size_t end = text.find('\n', start);
  std::string_view result =
      text.substr(start, end == std::string_view::npos ? text.size() - start : end - start);
  if (!result.empty() && result.back() == '\r') result.remove_suffix(1);
  return result;
}

}  // namespace

std::string json_quote(const std::string& text) {
  std::string out = "\"";
  for (size_t i = 0; i < text.size();) {
    auto c = static_cast<unsigned char>(text[i]);
    if (c == '"' || c == '\\') {
      out += '\\';
      out += static_cast<char>(c);
      ++i;
    } else if (c < 0x20 || c == 0x7F) {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\u%04x", c);
      out += buf;
      ++i;
    } else if (size_t n = utf8_sequence(text, i)) {
      out.append(text, i, n);
      i += n;
    } else {
      out += "\xEF\xBF\xBD";  // U+FFFD: a JSON consumer must get valid UTF-8
      ++i;
    }
  }
  return out + "\"";
}

std::string diagnostic_json_line(const Diagnostic& d, const SourceLookup& lookup) {
  std::string out = "{\"file\":" + json_quote(d.loc.file);
  out += ",\"line\":" + std::to_string(d.loc.line) + ",\"column\":" + std::to_string(d.loc.column);
  out += ",\"severity\":" + json_quote(std::string(severity_name(d.severity)));
  out += ",\"code\":" + json_quote(d.code);
  out += ",\"message\":" + json_quote(d.message);
  out += ",\"hint\":" + json_quote(d.hint);
  if (d.loc.has_position() && lookup) {
    if (auto text = lookup(d.loc.file))
      out += ",\"source\":" + json_quote(std::string(source_line(*text, d.loc.line)));
  }
  return out + "}\n";
}

std::string diagnostics_json_lines(const Diagnostics& diagnostics, const SourceLookup& lookup) {
  std::string out;
  for (const Diagnostic& d : diagnostics.items()) out += diagnostic_json_line(d, lookup);
  return out;
}

}  // namespace insyn
