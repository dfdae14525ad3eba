#pragma once

#include <vector>

#include "model/followup.h"
#include "office/workbook.h"

namespace insyn {

/// Adds printed tables (the generic table model of the follow-up and the budget) as one long sheet
/// named `name`: one row per filled cell with its table, row, level, column, period, sex, value (a
/// number), value as printed and unit; and their rows of the explanation sheet `help`.
void add_table_sheet(Workbook& book, Sheet& help, const char* name, const std::vector<DataTable>& tables);

}  // namespace insyn
