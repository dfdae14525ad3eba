#pragma once
// The procurement plan's views: the year's page (departments, sections, rows with values as printed
// beside read ones, and a chart on a logarithmic axis with its data-table twin) and the board's
// "procurement over time" page, which lists the three years' rows per contract type on one axis.

#include <string>

#include <nlohmann/json.hpp>

#include "model/types.h"
#include "svg/range_chart.h"

namespace insyn {

/// A read value for display: "1 500 000 kr", "2 500 000 000–3 000 000 000 kr", "okänt", "ej angivet".
std::string procurement_value_text(const ContractValue& v, const nlohmann::json& t);

/// The chart of `rows` (procurements with their labels) on the common axis, 100 tkr to 10 000 mnkr.
svg::RangeChartSpec procurement_chart_spec(
    const std::vector<std::pair<std::string, const Procurement*>>& rows, const nlohmann::json& t,
    const std::string& id, const std::string& title);

/// The data-table twin of a range chart, in the form partials/bar_chart reads.
nlohmann::json range_table(const svg::RangeChartSpec& spec, const nlohmann::json& t);

/// The year's procurement page data (the year must have a procurement plan).
nlohmann::json procurement_view(const PlanYear& year, const nlohmann::json& t);

/// The board's procurement-over-time page data: one group per contract type, rows from every year.
/// `root` is the relative root of the page.
nlohmann::json procurement_over_time_view(const Organisation& org, const nlohmann::json& t,
                                          const std::string& root);

/// True when at least one of the board's years has a procurement plan.
bool has_procurement(const Organisation& org);

}  // namespace insyn
