#pragma once

// The table a sheet is made from: a column list (header, kind, JSON field, how to read the cell from
// an item) turned into a Sheet and into the rows of the explanation sheet (Kolumner). Each document
// kind declares its own columns in its own file (year_workbook.cc, followup_sheets.cc, …).

#include <optional>
#include <string>
#include <vector>

#include "office/workbook.h"

namespace insyn {

/// A column of an exported sheet: header, kind and description, the field of the JSON export that
/// holds the same value (the workbook test compares the two), and the cell for an item.
template <class Item>
struct Column {
  SheetColumn column;
  const char* json_key;
  Cell (*get)(const Item&);
};

/// A sheet named `name` with one row per item.
template <class Item>
Sheet make_sheet(const char* name, const std::vector<Column<Item>>& columns,
                 const std::vector<const Item*>& items) {
  Sheet sheet{name, {}, {}};
  for (const auto& c : columns) sheet.columns.push_back(c.column);
  for (const Item* item : items) {
    std::vector<Cell> cells;
    for (const auto& c : columns) cells.push_back(c.get(*item));
    sheet.rows.push_back(std::move(cells));
  }
  return sheet;
}

/// The index in `columns` of the column whose JSON field is `key` (every caller names an existing field).
template <class Item>
size_t column_index(const std::vector<Column<Item>>& columns, const std::string& key) {
  for (size_t i = 0; i < columns.size(); ++i)
    if (columns[i].json_key == key) return i;
  return columns.size();
}

/// The headers of `columns`, in order (what an import looks for in a sheet's first row).
template <class Item>
std::vector<std::string> column_headers(const std::vector<Column<Item>>& columns) {
  std::vector<std::string> headers;
  for (const auto& c : columns) headers.push_back(c.column.header);
  return headers;
}

/// Adds one row per column to the explanation sheet: sheet, header, (type, filled in later), field, text.
template <class Item>
void explain(Sheet& out, const char* sheet, const std::vector<Column<Item>>& columns) {
  for (const auto& c : columns)
    out.rows.push_back({text_cell(sheet), text_cell(c.column.header), text_cell(""), text_cell(c.json_key),
                        text_cell(c.column.description)});
}

/// Adds the sheet and its explanation.
template <class Item>
void add_sheet(Workbook& book, Sheet& help, const char* name, const std::vector<Column<Item>>& columns,
               const std::vector<const Item*>& items) {
  book.sheets.push_back(make_sheet(name, columns, items));
  explain(help, name, columns);
}

/// Pointers to each item, the form make_sheet() takes.
template <class T>
std::vector<const T*> pointers(const std::vector<T>& items) {
  std::vector<const T*> out;
  for (const T& item : items) out.push_back(&item);
  return out;
}

/// The items as one cell's text, separated by ", " (the import splits at the commas).
inline std::string join_list(const std::vector<std::string>& items) {
  std::string out;
  for (size_t i = 0; i < items.size(); ++i) out += (i ? ", " : "") + items[i];
  return out;
}

/// A number cell, or an empty cell when there is no number.
inline Cell opt_number(const std::optional<double>& v) {
  return v ? number_cell(*v) : text_cell("");
}

}  // namespace insyn
