#pragma once

#include "core/diagnostics.h"
#include "model/plan_year.h"
#include "model/site_config.h"

namespace insyn {

/// Reconciles the printed matrix with the register, correcting neither: a printed number with no
/// register row, a risk printed in another cell than the register scores it, a register risk the
/// matrix leaves out, a number printed twice, the stated total and each zone total against the counts
/// of both, and the recorded renumbering itself. Each finding (a warning: the source disagrees with
/// itself) goes to `diags` and to the year's published findings, pointing at the VoR page.
void check_printed_matrix(PlanYear& year, const RiskModel& model, Diagnostics& diags);

}  // namespace insyn
