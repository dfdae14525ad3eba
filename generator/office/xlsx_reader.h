#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace insyn {

/// One cell as read: its text (a number cell's value as written in the file, e.g. "3" or "44561").
struct ReadCell {
  std::string text;
  bool numeric = false;
};

/// One row of a read sheet: its 1-based number and its cells by 0-based column (empty cells are "").
struct ReadRow {
  int number = 0;
  std::vector<ReadCell> cells;
};

/// A sheet as read from a workbook or a CSV file.
struct ReadSheet {
  std::string name;
  std::vector<ReadRow> rows;
};

/// What a workbook may hold before it is refused (hostile or broken files must not exhaust memory).
struct ReadLimits {
  size_t max_entry_bytes = size_t{64} << 20;   ///< uncompressed size of one zip entry
  size_t max_total_bytes = size_t{256} << 20;  ///< uncompressed size of all entries read
  int max_columns = 256;
  int max_rows = 100000;
};

/// The result of reading: the sheets, or an error ("Risker!D14: …" or a file-level message).
struct ReadResult {
  std::vector<ReadSheet> sheets;
  std::string error;
  /// Where the error is, when it is in a cell: "Risker!D14" (CSV: "<name>!D14"); else "".
  std::string where;
  bool ok() const { return error.empty(); }
};

/// Reads the sheets of an .xlsx file (libzip + expat). Refuses, with an error naming the sheet and
/// cell where there is one: formulas, error values, shared-string indices out of range, columns or
/// rows beyond the limits, entries larger than the limits (zip bombs), DTDs and entity declarations,
/// and anything that is not a workbook. Never throws.
ReadResult read_xlsx(std::string_view bytes, const ReadLimits& limits = {});

/// Reads a CSV file as Swedish Excel writes it: optional UTF-8 BOM, ';' (or ',' or tab, taken from
/// the header line) between fields, fields quoted with '"'. The sheet is named `name`. A leading
/// apostrophe that protected a formula character (`'=…`, as `insyn build` writes) is removed.
ReadResult read_csv(std::string_view bytes, const std::string& name, const ReadLimits& limits = {});

/// Sets `result.where` and `result.error` from "Sheet!D14: message" (or only the error without a cell).
void split_where(const std::string& error, ReadResult& result);

/// The column letters of a 0-based column (0 → "A", 26 → "AA").
std::string column_letters(int column);

}  // namespace insyn
