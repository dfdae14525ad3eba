#pragma once
// The budget page of a plan year: every printed table (framed, with its sums checked), the net per
// activity area on both sides of zero, the investment plan as bars, the forms (empty ones said to be
// empty, not dropped), and the restated outcome beside the follow-up it comes from.

#include <nlohmann/json.hpp>

#include "model/types.h"

namespace insyn {

/// The budget page data; `org` gives the other years for the comparison with a follow-up.
nlohmann::json budget_view(const Organisation& org, const PlanYear& year, const nlohmann::json& strings);

}  // namespace insyn
