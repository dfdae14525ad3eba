#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "model/types.h"
#include "office/workbook.h"

namespace insyn {

/// A risk with what its row shows beside it.
struct RiskRow {
  const Risk& risk;
  const Process& process;
  const RiskModel& model;
};

/// One column of the risk register: the sheet's header and kind, the key in data/vor.json, how the
/// cell is made from the model, and how an imported cell is written back into content/…/vor.json
/// (nullptr: derived, e.g. RV = P × K, so it is not imported). Export and import read this one table,
/// so a workbook imported unchanged changes nothing.
struct RiskColumn {
  SheetColumn column;
  const char* json_key;
  Cell (*get)(const RiskRow&);
  /// Sets the content JSON risk's field from the cell text already checked by `kind`.
  void (*set)(nlohmann::ordered_json& risk, const std::string& text);
  /// For grouping columns (goal, process, manager, method): where the risk sits rather than a field.
  bool grouping = false;
};

/// The name of the risk register's sheet.
inline constexpr const char* kRiskSheetName = "Risker";

/// The risk register's columns in sheet order.
const std::vector<RiskColumn>& risk_columns();

/// The risk register of a year as a sheet.
Sheet risk_sheet(const Vor& vor, const RiskModel& model);

/// The control-plan flag as written in the sheet and the JSON export ("in_plan", "vor_only", "unspecified").
std::string plan_flag_name(PlanFlag flag);

}  // namespace insyn
