#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "core/output_file.h"
#include "model/types.h"

namespace insyn {

/// One cell list as a CSV line for Swedish Excel: ';' separated, fields quoted when needed, and
/// formula injection neutralised (a field starting with = + - @ or a tab gets a leading apostrophe).
std::string csv_line(const std::vector<std::string>& fields);

/// A CSV file for Swedish Excel: UTF-8 with a BOM, one csv_line() per row.
OutputFile csv_file(const std::string& path, const std::vector<std::vector<std::string>>& rows);

/// A JSON file: the value indented by two spaces, with a final newline.
OutputFile json_file(const std::string& path, const nlohmann::ordered_json& value);

/// The open-data files of a plan year under `<dir>/data/`: the risk register, the controls, the
/// projects and the competence activities (with staff figures), each as CSV (UTF-8 with BOM, ';')
/// and JSON.
OutputFiles year_exports(const PlanYear& year, const RiskModel& model);

/// year_exports() plus the year's Excel workbook (`<dir>/data/<org>-<year>.xlsx`, office/year_workbook.h);
/// an error in `diags` when the workbook cannot be written.
OutputFiles year_exports(const PlanYear& year, const RiskModel& model, Diagnostics& diags);

/// The follow-up's open data under `dir`: goals, indicators, activities and every printed table, each
/// as CSV and JSON (called by year_exports()).
void add_followup_exports(const PlanYear& year, const std::string& dir, OutputFiles& out);

/// The file names add_followup_exports() writes, in page order; empty without a follow-up.
std::vector<std::string> followup_export_names(const PlanYear& year);

/// The procurement plan's open data under `dir`: upphandling.csv and upphandling.json (called by
/// year_exports()); nothing without a procurement plan.
void add_procurement_exports(const PlanYear& year, const std::string& dir, OutputFiles& out);

/// The budget's open data under `dir`: budget.json and one CSV per table (called by year_exports()).
void add_budget_exports(const PlanYear& year, const std::string& dir, OutputFiles& out);

/// The file names add_budget_exports() writes; empty without a budget.
std::vector<std::string> budget_export_names(const PlanYear& year);

/// The file names year_exports() writes for a document key ("vor" → vor.csv, vor.json, and the
/// year's workbook amn-2019.xlsx); empty when the year has no such data.
std::vector<std::string> export_names(const PlanYear& year, const std::string& doc);

}  // namespace insyn
