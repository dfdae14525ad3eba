#pragma once

#include "core/diagnostics.h"
#include "model/types.h"

namespace insyn {

/// Links each control to the risks it names (fills Risk::controls).
void link_controls(PlanYear& year);

/// Applies the rules the plans themselves state (RV = P × K, RV ≥ 12 in the control plan, ★ risks
/// covered by a control, controls covering a risk, owners and managers named, numbers unique,
/// references resolvable). Each finding goes to `diags` and to the year's published findings.
void check_year(PlanYear& year, const RiskModel& model, Diagnostics& diags);

/// Links and checks every plan year of the site.
void check_site(Site& site, Diagnostics& diags);

/// Loose equality for names typed by hand in two places: case, punctuation and one doubled
/// letter do not count ("Betygssättning" matches "Betygsättning").
bool same_name(const std::string& a, const std::string& b);

}  // namespace insyn
