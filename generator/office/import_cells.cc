#include "office/import_cells.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "model/values.h"

namespace insyn {

std::string trim_cell(std::string s) {
  auto space = [](unsigned char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; };
  while (!s.empty() && space(static_cast<unsigned char>(s.back()))) s.pop_back();
  size_t i = 0;
  while (i < s.size() && space(static_cast<unsigned char>(s[i]))) ++i;
  return s.substr(i);
}

std::string header_key(std::string s) {
  for (char& c : s) c = c == '_' ? ' ' : static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

namespace {

// The text without spaces and no-break spaces (thousands separators).
std::string without_spaces(const std::string& text) {
  std::string t;
  for (size_t i = 0; i < text.size(); ++i) {
    if (text.compare(i, 2, "\xC2\xA0") == 0) {
      ++i;
      continue;
    }
    if (text[i] != ' ') t += text[i];
  }
  return t;
}

// The civil date of a day count since 1970-01-01 (H. Hinnant's days_from_civil, inverted).
std::string civil_from_days(long long z) {
  z += 719468;
  const long long era = (z >= 0 ? z : z - 146096) / 146097;
  const long long doe = z - era * 146097;
  const long long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const long long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const long long mp = (5 * doy + 2) / 153;
  const long long d = doy - (153 * mp + 2) / 5 + 1;
  const long long m = mp < 10 ? mp + 3 : mp - 9;
  const long long y = yoe + era * 400 + (m <= 2);
  char buf[72];  // room for any long long, so the compiler can see nothing is cut
  std::snprintf(buf, sizeof buf, "%04lld-%02lld-%02lld", y, m, d);
  return buf;
}

}  // namespace

std::optional<long long> parse_integer(const ReadCell& cell) {
  std::string t = without_spaces(cell.text);
  if (t.empty() || t.size() > 18) return std::nullopt;
  if (cell.numeric) {
    char* end = nullptr;
    double d = std::strtod(t.c_str(), &end);
    if (*end || d != std::floor(d) || std::fabs(d) > 1e15) return std::nullopt;
    return static_cast<long long>(d);
  }
  size_t i = t[0] == '-' ? 1 : 0;
  if (i == t.size() ||
      !std::all_of(t.begin() + static_cast<long>(i), t.end(), [](char c) { return c >= '0' && c <= '9'; }))
    return std::nullopt;
  return std::stoll(t);
}

std::optional<double> parse_number(const ReadCell& cell) {
  std::string t = without_spaces(cell.text);
  if (t.empty() || t.size() > 32) return std::nullopt;
  if (!cell.numeric)
    for (char& c : t) {
      if (c == ',')
        c = '.';
      else if (!(c >= '0' && c <= '9') && c != '.' && c != '-')
        return std::nullopt;
    }
  char* end = nullptr;
  double d = std::strtod(t.c_str(), &end);
  if (*end || !std::isfinite(d)) return std::nullopt;
  return d;
}

std::optional<std::string> parse_date(const ReadCell& cell) {
  if (cell.numeric) {
    auto serial = parse_integer(cell);
    // Day numbers from 1900-03-01 to 9999-12-31 (Excel's own range, without its 1900 leap-year bug).
    if (!serial || *serial < 61 || *serial > 2958465) return std::nullopt;
    return civil_from_days(*serial - 25569);
  }
  std::string t = trim_cell(cell.text);
  if (!PartialDate::parse(t)) return std::nullopt;
  return t;
}

std::vector<std::string> split_list(const std::string& text) {
  std::vector<std::string> out;
  size_t start = 0;
  while (start <= text.size()) {
    size_t comma = text.find(',', start);
    std::string item =
        trim_cell(text.substr(start, comma == std::string::npos ? std::string::npos : comma - start));
    if (!item.empty()) out.push_back(item);
    if (comma == std::string::npos) break;
    start = comma + 1;
  }
  return out;
}

std::vector<int> find_columns(const ReadRow& header_row, const std::vector<std::string>& headers) {
  std::vector<int> at(headers.size(), -1);
  for (size_t c = 0; c < header_row.cells.size(); ++c) {
    std::string key = header_key(trim_cell(header_row.cells[c].text));
    for (size_t h = 0; h < headers.size(); ++h)
      if (at[h] < 0 && header_key(headers[h]) == key) at[h] = static_cast<int>(c);
  }
  return at;
}

std::optional<std::vector<int>> locate_columns(const ReadSheet& sheet, const std::string& file,
                                               const std::vector<std::string>& headers, Diagnostics& diags,
                                               const std::string& hint) {
  if (sheet.rows.empty()) {
    diags.error({file + ":" + sheet.name, 0, 0}, "import-empty", "the sheet is empty", hint);
    return std::nullopt;
  }
  return find_columns(sheet.rows.front(), headers);
}

// The row as a quoted line ("A | B | C", each cell cut to 24 characters) and the caret position of a
// column.
void SheetCursor::error_at(int column, std::string message, std::string hint) {
  Diagnostic d;
  d.loc.file = file + ":" + sheet.name + "!" + column_letters(column) + std::to_string(row->number);
  d.message = std::move(message);
  d.hint = std::move(hint);
  d.code = "import-cell";
  std::string quote;
  size_t caret = 0;
  for (size_t c = 0; c < row->cells.size(); ++c) {
    if (c) quote += " | ";
    if (static_cast<int>(c) == column)
      caret = std::count_if(quote.begin(), quote.end(), [](char ch) { return (ch & 0xC0) != 0x80; });
    std::string text = row->cells[c].text;
    size_t chars = 0, cut = 0;
    for (; cut < text.size(); ++cut) {
      if ((text[cut] & 0xC0) != 0x80 && ++chars > 24) break;
    }
    quote += cut < text.size() ? text.substr(0, cut) + "…" : text;
    if (text.empty() && static_cast<int>(c) == column) quote += " ";
  }
  if (column >= static_cast<int>(row->cells.size()))
    caret = std::count_if(quote.begin(), quote.end(), [](char ch) { return (ch & 0xC0) != 0x80; }) + 1;
  d.args = {{"row", std::to_string(row->number)}, {"quote", quote}, {"caret", std::to_string(caret)}};
  diags->add(std::move(d));
}

const ReadCell& SheetCursor::cell(int column) const {
  static const ReadCell empty;
  return column >= 0 && column < static_cast<int>(row->cells.size()) ? row->cells[static_cast<size_t>(column)]
                                                                     : empty;
}

std::string format_cell_diagnostics(const Diagnostics& diags) {
  std::string out;
  for (const Diagnostic& d : diags.items()) {
    auto quote = d.args.find("quote");
    if (quote == d.args.end()) {
      out += format_diagnostic(d, {});
      continue;
    }
    std::string number = d.args.at("row");
    out += d.loc.file + ": " + std::string(severity_name(d.severity)) + ": " + d.message + "\n";
    out += " " + number + " | " + quote->second + "\n";
    out += " " + std::string(number.size(), ' ') + " | " + std::string(std::stoul(d.args.at("caret")), ' ') +
           "^\n";
    if (!d.hint.empty()) out += "hint: " + d.hint + "\n";
  }
  return out;
}

}  // namespace insyn
