#pragma once

#include <nlohmann/json.hpp>
#include <string>

#include "core/diagnostics.h"
#include "model/control_plan.h"
#include "office/import_cells.h"

namespace insyn {

/// What importing a control-plan sheet did to a year's kontrollplan.json.
struct ControlImport {
  Diagnostics diags;
  nlohmann::ordered_json plan;  ///< the updated content (valid only without errors)
  int changed = 0, added = 0, removed = 0;
  bool any() const { return changed + added + removed > 0; }
};

/// Applies a control-plan sheet (header row, then one control per row, columns from
/// control_columns(), found by header; "Id" is required) to a year's kontrollplan.json: a cell that
/// differs from what the export writes for the same control sets that field (an empty cell removes
/// it), a new id adds a control at the end, a control whose id is not in the sheet is removed;
/// columns the sheet lacks and fields no column holds (events, scores, notes, source lines) are kept.
/// "Risker" holds risk numbers separated by commas, "Kontrollansvarig" names separated by commas.
/// Every bad cell is an error at `file:Sheet!D14`. `existing` is null for a year without a plan.
ControlImport import_controls(const ReadSheet& sheet, const std::string& file, const ControlPlan* existing,
                              nlohmann::ordered_json plan);

}  // namespace insyn
