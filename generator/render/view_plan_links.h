#pragma once

#include <nlohmann/json.hpp>

#include "model/plan_year.h"

namespace insyn {

/// Plan next to outcome, from the plan's side: where the report speaks of the competence-funding
/// application of priority `priority`, as links into the follow-up page ("mal-…", "aktivitet-…") with
/// the report's words. Empty when the year has no follow-up or the report does not speak of it.
nlohmann::json report_links_for_application(const PlanYear& year, int priority,
                                            const nlohmann::json& strings);

/// From the report's side: the applications a goal (or activity, by id) of the report speaks of, as
/// links to the competence page ("ansokan-N").
nlohmann::json application_links(const PlanYear& year, const std::string& goal, const std::string& activity,
                                 const nlohmann::json& strings);

}  // namespace insyn
