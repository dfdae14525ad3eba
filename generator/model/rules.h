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

/// A name as same_name() compares it: lowercase letters and digits only.
std::string fold_name(const std::string& name);

/// same_name() for names already folded with fold_name() (for comparing many pairs).
bool same_folded_name(const std::string& folded_a, const std::string& folded_b);

}  // namespace insyn
