#pragma once

#include <nlohmann/json.hpp>

#include "model/plan_year.h"

namespace insyn {

/// The follow-up at a glance: goals per assessment (word and symbol), indicators that met, missed,
/// lack a target or an outcome, and activities by status. The year must have a follow-up.
nlohmann::json followup_summary(const PlanYear& year, const nlohmann::json& strings);

/// The whole follow-up page: the summary, the goal tree with each goal's indicators and activities,
/// every indicator (anchor "indikator-<id>"), the statistics and finance tables (anchor
/// "tabell-<id>") with charts and data-table twins, and the result chart on both sides of zero.
nlohmann::json followup_view(const PlanYear& year, const nlohmann::json& strings);

/// One printed table in the form partials/vb_table reads (anchor "tabell-<id>"), with its chart where
/// the table has one; shared with the budget page.
nlohmann::json data_table_view(const DataTable& table, const nlohmann::json& strings);

}  // namespace insyn
