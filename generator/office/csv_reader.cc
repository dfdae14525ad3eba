// CSV input for `insyn import` (no third-party code: the format is small and Excel's dialect is fixed).
#include <algorithm>

#include "office/xlsx_reader.h"

namespace insyn {

namespace {

char detect_separator(std::string_view text) {
  size_t end = text.find('\n');
  std::string_view header = text.substr(0, end);
  size_t semi = 0, comma = 0, tab = 0;
  bool quoted = false;
  for (char c : header) {
    if (c == '"') quoted = !quoted;
    if (quoted) continue;
    semi += c == ';';
    comma += c == ',';
    tab += c == '\t';
  }
  if (tab > semi && tab > comma) return '\t';
  return comma > semi ? ',' : ';';
}

std::string unprotect(std::string field) {
  // insyn's CSV writes '=… for a text starting with a formula character; the apostrophe is not content.
  if (field.size() >= 2 && field[0] == '\'' && std::string("=+-@\t\r").find(field[1]) != std::string::npos)
    field.erase(0, 1);
  return field;
}

}  // namespace

ReadResult read_csv(std::string_view text, const std::string& name, const ReadLimits& limits) {
  ReadResult result;
  if (text.size() > limits.max_entry_bytes) {
    result.error = "the file is larger than " + std::to_string(limits.max_entry_bytes >> 20) + " MB";
    return result;
  }
  if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
  char sep = detect_separator(text);
  ReadSheet sheet{name, {}};
  ReadRow row{1, {}};
  std::string field;
  bool quoted = false, was_quoted = false;
  int line = 1;
  auto end_field = [&]() -> bool {
    if (static_cast<int>(row.cells.size()) >= limits.max_columns) {
      split_where(name + "!" + column_letters(limits.max_columns) + std::to_string(row.number) +
                      ": more than " + std::to_string(limits.max_columns) + " columns",
                  result);
      return false;
    }
    row.cells.push_back({was_quoted ? field : unprotect(field), false});
    field.clear();
    was_quoted = false;
    return true;
  };
  auto end_row = [&]() -> bool {
    if (!end_field()) return false;
    bool blank =
        std::all_of(row.cells.begin(), row.cells.end(), [](const ReadCell& c) { return c.text.empty(); });
    if (!blank) sheet.rows.push_back(std::move(row));
    if (static_cast<int>(sheet.rows.size()) > limits.max_rows) {
      result.error = name + ": more than " + std::to_string(limits.max_rows) + " rows";
      return false;
    }
    row = ReadRow{line, {}};
    return true;
  };
  for (size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (quoted) {
      if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
        field += '"';
        ++i;
      } else if (c == '"') {
        quoted = false;
      } else {
        if (c == '\n') ++line;
        field += c;
      }
    } else if (c == '"' && field.empty()) {
      quoted = was_quoted = true;
    } else if (c == sep) {
      if (!end_field()) return result;
    } else if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') {
      continue;
    } else if (c == '\n') {
      ++line;
      if (!end_row()) return result;
    } else {
      field += c;
    }
  }
  if (quoted) {
    result.error = name + ":" + std::to_string(row.number) + ": a quoted field is not closed";
    return result;
  }
  if (!field.empty() || !row.cells.empty()) {
    if (!end_row()) return result;
  }
  result.sheets.push_back(std::move(sheet));
  return result;
}

}  // namespace insyn
