#include "office/table_sheet.h"

#include "office/sheet_columns.h"

namespace insyn {

namespace {

/// One filled cell of a printed table, the row of the long table sheet.
struct TableCell {
  const DataTable& table;
  const TableRow& row;
  const TableColumn& column;
  const Quantity& value;
};

const std::vector<Column<TableCell>> kTableColumns{
    {{"Tabell", CellKind::Text, "Tabellens id."},
     "table",
     [](const TableCell& c) { return text_cell(c.table.id); }},
    {{"Tabellrubrik", CellKind::Text, "Tabellens rubrik."},
     "table_title",
     [](const TableCell& c) { return text_cell(c.table.title); }},
    {{"Rad", CellKind::Text, "Radens text."},
     "row_label",
     [](const TableCell& c) { return text_cell(c.row.label); }},
    {{"Radnivå", CellKind::Text, "detail, part (en varav-rad), share, heading eller total."},
     "level",
     [](const TableCell& c) { return text_cell(c.row.level); }},
    {{"Kolumn", CellKind::Text, "Kolumnens rubrik."},
     "column_label",
     [](const TableCell& c) { return text_cell(c.column.label); }},
    {{"Period", CellKind::Text, "Perioden som kolumnen gäller."},
     "period",
     [](const TableCell& c) { return text_cell(c.column.period); }},
    {{"Kön", CellKind::Text, "women (kvinnor), men (män) eller tomt."},
     "sex",
     [](const TableCell& c) { return text_cell(c.column.sex); }},
    {{"Värde", CellKind::Number, "Värdet som tal (tomt om inget tal kan läsas)."},
     "value.value",
     [](const TableCell& c) { return opt_number(c.value.value); }},
    {{"Värde som publicerat", CellKind::Text, "Värdet som dokumentet skriver det."},
     "value.raw",
     [](const TableCell& c) { return text_cell(c.value.raw); }},
    {{"Enhet", CellKind::Text, "Värdets enhet, tomt om dokumentet inte anger den."},
     "value.unit",
     [](const TableCell& c) { return text_cell(c.value.unit); }},
};

}  // namespace

void add_table_sheet(Workbook& book, Sheet& help, const char* name, const std::vector<DataTable>& tables) {
  // Every table in one long sheet, so a reader can filter and pivot across tables; blank cells left out.
  std::vector<TableCell> cells;
  for (const DataTable& t : tables)
    for (const TableRow& r : t.rows)
      for (size_t c = 0; c < r.values.size() && c < t.columns.size(); ++c)
        if (!r.values[c].raw.empty()) cells.push_back({t, r, t.columns[c], r.values[c]});
  add_sheet(book, help, name, kTableColumns, pointers(cells));
}

}  // namespace insyn
