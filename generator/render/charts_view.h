#pragma once
// Turns the model into plain chart specs (svg/charts.h) and their data-table twins.

#include <string>

#include <nlohmann/json.hpp>

#include "model/types.h"
#include "svg/charts.h"

namespace insyn {

/// The 5×5 risk matrix of a year, oriented as the risk model says. Risk numbers link to
/// `risk_href` + "#risk-N" (e.g. "vor/index.html").
svg::HeatMatrixSpec risk_matrix_spec(const PlanYear& year, const RiskModel& model, const nlohmann::json& strings,
                                     const std::string& id, const std::string& risk_href);

/// The same matrix as a view model for an HTML table (its accessible twin): header row, rows with
/// a header cell and cells holding band, level word, count and linked risk numbers.
nlohmann::json risk_matrix_table(const svg::HeatMatrixSpec& spec, const nlohmann::json& strings);

/// Risks per goal or per process (`by` is "goal" or "process"), stacked by band.
svg::BarChartSpec risks_per_group_spec(const PlanYear& year, const RiskModel& model, const nlohmann::json& strings,
                                       const std::string& by, const std::string& id);

/// Projects on a timeline, from the earliest start to the latest end, with the plan year marked.
svg::GanttSpec project_gantt_spec(const PlanYear& year, const nlohmann::json& strings, const std::string& id);

/// Total budget and co-financing (SEK) per funder category.
svg::BarChartSpec project_budget_spec(const PlanYear& year, const nlohmann::json& strings, const std::string& id);

/// Competence activities counted per UBARA category (`by` "category") or responsible function ("responsible").
svg::BarChartSpec activities_spec(const PlanYear& year, const nlohmann::json& strings, const std::string& by,
                                  const std::string& id);

/// Staff figures stated in persons, split into permanent and temporary where the text says so.
svg::BarChartSpec staff_spec(const PlanYear& year, const nlohmann::json& strings, const std::string& id);

/// Risks per band in each plan year of a board (the urval's risks counted by their stated RV).
svg::BarChartSpec risks_per_band_by_year_spec(const Organisation& org, const RiskModel& model, const nlohmann::json& strings,
                                              const std::string& id);

/// Controls of the control plan in each plan year of a board.
svg::BarChartSpec controls_by_year_spec(const Organisation& org, const nlohmann::json& strings, const std::string& id);

/// A data-table twin of a bar chart: caption, series headers and one row per category.
nlohmann::json bar_table(const svg::BarChartSpec& spec);

}  // namespace insyn
