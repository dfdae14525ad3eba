#pragma once

#include <nlohmann/json.hpp>
#include <string>

#include "core/diagnostics.h"
#include "model/types.h"
#include "office/import_cells.h"

namespace insyn {

/// What importing a risk register did to a year's vor.json.
struct RiskImport {
  Diagnostics diags;
  nlohmann::ordered_json vor;  ///< the updated content (valid only without errors)
  int changed = 0, added = 0, removed = 0, moved = 0;
  bool any() const { return changed + added + removed + moved > 0; }
};

/// Applies a risk-register sheet (header row, then one risk per row, columns from risk_columns(),
/// found by header) to a year's vor.json: a cell that differs from what the export writes for the
/// same risk sets that field, a new number adds a risk (in its goal, process and method, made when
/// missing), a risk whose number is not in the sheet is removed; columns the sheet lacks and fields
/// no column holds (source lines, notes) are kept. When a score changes but its label or stated RV
/// cell does not, they follow the score. Risks the sheet changes lose `"review": "carried-over"`.
/// Every bad cell is an error at `file:Sheet!D14` (with the row quoted in args "quote"/"caret").
RiskImport import_risks(const ReadSheet& sheet, const std::string& file, const Vor& existing,
                        const RiskModel& model, nlohmann::ordered_json vor);

}  // namespace insyn
