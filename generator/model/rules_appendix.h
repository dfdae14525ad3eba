#pragma once

#include "core/diagnostics.h"
#include "model/plan_year.h"

namespace insyn {

/// Checks what an appendix's tables state: the count the source gives against the rows, required
/// cells the source leaves empty, and cells it cuts off mid-sentence. Each finding (a warning) goes to
/// `diags` and to the year's published findings, pointing at the appendix's page.
void check_appendices(PlanYear& year, Diagnostics& diags);

}  // namespace insyn
