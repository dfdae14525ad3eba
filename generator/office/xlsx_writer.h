#pragma once

#include <optional>
#include <string>

#include "office/workbook.h"

namespace insyn {

/// The workbook as .xlsx bytes (libxlsxwriter): a bold, frozen header row with a filter on every
/// sheet, column widths that fit the text, integers and amounts as number cells, dates as date cells,
/// and every text as a string cell (never a formula, whatever it starts with). The same workbook gives
/// the same bytes. nullopt and `error` set when libxlsxwriter fails (no temporary folder, disk full).
std::optional<std::string> write_xlsx(const Workbook& workbook, std::string& error);

}  // namespace insyn
