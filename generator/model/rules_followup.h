#pragma once

#include "core/diagnostics.h"
#include "model/plan_year.h"

namespace insyn {

/// Applies the follow-up's rules: declared table sums, text figures against their tables, indicator
/// totals against women and men, missing outcomes and targets, "Uppfylls helt" contradicted by the
/// goal's own indicators or activities, headings with no text, and the internal-control follow-up.
/// Each finding goes to `diags` and to the year's published findings.
void check_followup(PlanYear& year, Diagnostics& diags);

/// The internal-control follow-up's rules (verdict and basis given, controls known, actions for
/// deviations); `plan` may be nullptr when the year has no control plan.
void check_internal_control(const InternalControlFollowUp& ic, const ControlPlan* plan, PlanYear& year,
                            Diagnostics& diags);

/// Checks the sums each table declares (the follow-up's rule, for other documents' tables); findings
/// name `doc` as the page they are about.
void check_data_tables(const std::vector<DataTable>& tables, const std::string& doc, PlanYear& year,
                       Diagnostics& diags);

}  // namespace insyn
