#pragma once

#include "core/diagnostics.h"
#include "model/plan_year.h"

namespace insyn {

/// Applies the budget's rules: the sums each table declares (column 4 = 1 + 2 + 3, net = costs +
/// income, totals), forms marked as all zero that hold another amount, and forms naming a missing table.
void check_budget(PlanYear& year, Diagnostics& diags);

/// Compares a budget's outcome column with the follow-up it restates (2019's "Utfall 2017 (VB 2017)"
/// against VB 2017), per declared activity area; each disagreement is a finding of the budget's year.
void check_budget_followup(Organisation& org, Diagnostics& diags);

/// One area of a budget-to-follow-up comparison: the two sums, or nullopt where a key is unknown.
struct BudgetAreaSums {
  std::optional<double> budget, followup;
  int decimals = 1;
};

/// The sums of `area` in the budget's and the follow-up's tables.
BudgetAreaSums budget_area_sums(const BudgetFollowUpLink& link, const BudgetArea& area, const Budget& budget,
                                const FollowUp& followup);

}  // namespace insyn
