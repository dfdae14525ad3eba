#pragma once

// What every register import shares: reading cells as people and Excel write them, finding columns
// by their headers, and errors that point at a cell (`register.xlsx:Risker!D14`) with the row quoted.

#include <optional>
#include <string>
#include <vector>

#include "core/diagnostics.h"
#include "office/xlsx_reader.h"

namespace insyn {

/// The text without surrounding spaces, tabs and line breaks.
std::string trim_cell(std::string s);

/// A header as matched: ASCII lower case, '_' as a space, so the CSV export's headers
/// ("oönskad_händelse") name the same columns as the workbook's ("Oönskad händelse").
std::string header_key(std::string s);

/// Reads an integer as a person or Excel writes it: "3", "3.0" (number cell), " 3 ", "1 000".
std::optional<long long> parse_integer(const ReadCell& cell);

/// Reads a number as a person or Excel writes it: "24200000", "24 200 000", "24,2" (decimal comma),
/// "2.5E7" (number cell). Nullopt for anything else.
std::optional<double> parse_number(const ReadCell& cell);

/// Reads a date as YYYY, YYYY-MM or YYYY-MM-DD: a text cell as written, a date cell (Excel's day
/// number, counted from 1899-12-30) as its day. Nullopt for anything else.
std::optional<std::string> parse_date(const ReadCell& cell);

/// The comma-separated items of a cell, each trimmed; empty items left out.
std::vector<std::string> split_list(const std::string& text);

/// The sheet column (0-based) of each header in `headers`, or -1 when the sheet's first row lacks it.
std::vector<int> find_columns(const ReadRow& header_row, const std::vector<std::string>& headers);

/// The sheet column of each header in `headers` (see find_columns()), or nullopt after the error
/// "the sheet is empty" at `file:Sheet` with `hint`.
std::optional<std::vector<int>> locate_columns(const ReadSheet& sheet, const std::string& file,
                                               const std::vector<std::string>& headers, Diagnostics& diags,
                                               const std::string& hint);

/// A read position in a sheet: the row being imported, and errors at its cells.
struct SheetCursor {
  const ReadSheet& sheet;
  const std::string& file;
  Diagnostics* diags = nullptr;
  const ReadRow* row = nullptr;

  /// An error at `column` of the current row: `file:Sheet!D14: error: …`, with the row quoted (args
  /// "quote", "row", "caret"; format_cell_diagnostics() prints them) and the hint.
  void error_at(int column, std::string message, std::string hint);
  /// The current row's cell in `column` (an empty cell beyond the row's end or for -1).
  const ReadCell& cell(int column) const;
};

/// Formats diagnostics whose location is a cell (`register.xlsx:Risker!D14: error: …`) with the row
/// quoted, a caret under the cell and the hint; others as format_diagnostic() does.
std::string format_cell_diagnostics(const Diagnostics& diags);

}  // namespace insyn
