#pragma once

#include <vector>

#include "model/control_plan.h"
#include "office/sheet_columns.h"

namespace insyn {

/// The columns of the control plan's sheet (Kontroller), shared by the export and `insyn import`.
/// Each column's JSON field is the key of the control in kontrollplan.json.
const std::vector<Column<Control>>& control_columns();

/// The name of the control plan's sheet.
inline constexpr const char* kControlSheetName = "Kontroller";

}  // namespace insyn
