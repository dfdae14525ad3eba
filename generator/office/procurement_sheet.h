#pragma once

#include "model/procurement.h"
#include "office/workbook.h"

namespace insyn {

/// Adds the procurement plan as one sheet (Upphandling): a row per printed row, procurements and
/// no-need rows alike, with the value as printed beside its lowest and highest kronor (empty when
/// unknown, never 0); and its rows of the explanation sheet `help`.
void add_procurement_sheet(const ProcurementPlan& plan, Workbook& book, Sheet& help);

}  // namespace insyn
