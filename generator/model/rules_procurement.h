#pragma once

#include "core/diagnostics.h"
#include "model/plan_year.h"

namespace insyn {

/// Applies the procurement plan's rules to what the source states: values below the plan's own
/// reporting threshold or outside the range of the form's section, contracts that start before the
/// procurement is planned to start, values left blank or printed as unknown or doubtful, and a
/// stated total against the rows. Each finding goes to `diags` and to the year's published findings.
void check_procurement(PlanYear& year, Diagnostics& diags);

/// "1 500 000 kr" or "2 500 000 000–3 000 000 000 kr" for messages; "" when no figure is known.
std::string contract_value_text(const ContractValue& v);

}  // namespace insyn
