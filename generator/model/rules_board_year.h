#pragma once

#include "core/diagnostics.h"
#include "model/plan_year.h"

namespace insyn {

/// Checks the board's year of the year's follow-up against what its own text states: diarienummer of
/// the printed form (dnr-malformed), a party for every board member (board-member-no-party), and the
/// stated number of members and substitutes against those the lists have serving on each day of the
/// year (board-seat-count). Findings go to `diags` and to the year's published findings.
void check_board_year(PlanYear& year, Diagnostics& diags);

}  // namespace insyn
