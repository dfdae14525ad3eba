#pragma once

#include <string>
#include <vector>

namespace insyn {

/// What a column holds, which decides the cell type in a workbook and how an imported cell is read.
enum class CellKind { Text, Integer, Number, Date };

/// One cell: its text (as a person would type it; a date as YYYY-MM-DD, a number in the C locale)
/// and, for numbers and dates, the value. An empty text is an empty cell.
struct Cell {
  std::string text;
  bool numeric = false;  ///< written as a number (or date) cell rather than a string
  double number = 0;
};

/// A column of a sheet: its Swedish header, what it holds, and a sentence for the explanation sheet.
struct SheetColumn {
  std::string header;
  CellKind kind = CellKind::Text;
  std::string description;
};

/// One sheet: a header row from `columns`, then the rows (each as long as `columns`).
struct Sheet {
  std::string name;
  std::vector<SheetColumn> columns;
  std::vector<std::vector<Cell>> rows;
};

/// A workbook: its title (document property) and its sheets in order.
struct Workbook {
  std::string title;
  /// The document's creation time in seconds since 1970 (fixed by the caller, so the bytes are too).
  long long created = 0;
  std::vector<Sheet> sheets;
};

/// A text cell.
Cell text_cell(std::string text);
/// An integer cell; its text is the decimal number.
Cell integer_cell(long long value);
/// A number cell; its text is the plain digits of a whole number, else the shortest C-locale form
/// that reads back to the same value.
Cell number_cell(double value);
/// A date cell from YYYY-MM-DD; a partial date (YYYY, YYYY-MM) stays a text cell.
Cell date_cell(const std::string& iso);

}  // namespace insyn
