#pragma once

#include "model/plan_year.h"
#include "office/workbook.h"

namespace insyn {

/// Adds the sheets of the documents beyond the plan's first four and the follow-up's core: the
/// glossary (Ordlista), the board's year (VB-ledamöter, VB-ärenden) and every appendix table in one
/// long sheet (Bilagor: appendix, table, row, column, value as printed), as far as the year has them,
/// with their rows of the explanation sheet `help`.
void add_more_sheets(const PlanYear& year, Workbook& book, Sheet& help);

}  // namespace insyn
