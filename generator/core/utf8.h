#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace insyn {

/// Returns the byte offset of the first invalid UTF-8 sequence (overlong forms, surrogates and
/// code points above U+10FFFF count as invalid), or nullopt when the text is valid UTF-8.
std::optional<size_t> find_invalid_utf8(std::string_view text);

/// Shortens text to at most `max_chars` characters (not bytes), ending in "…" when cut.
std::string truncate_utf8(std::string_view text, size_t max_chars);

/// Converts a byte offset into a 1-based line and column (column in bytes).
struct LineColumn {
  int line = 1;
  int column = 1;
};
LineColumn line_column_at(std::string_view text, size_t offset);

/// Appends the UTF-8 encoding of a code point (the caller passes a valid scalar value).
void append_utf8(std::string& out, char32_t cp);

}  // namespace insyn
