#pragma once

#include <string>

#include "model/types.h"
#include "office/workbook.h"

namespace insyn {

/// A plan year's tables as one workbook: the risk register (Risker), the controls (Kontroller), the
/// projects (Projekt), the competence activities (Aktiviteter) and staff figures (Personal), the
/// follow-up (VB-mål, VB-indikatorer, VB-aktiviteter, VB-tabeller), the procurement plan (Upphandling)
/// and the budget forms (Budget), as far as the year has them, then a sheet (Kolumner) explaining every
/// column and naming its field in the JSON export. The creation time is 1 January of the plan year, so the
/// bytes depend on the content only.
Workbook year_workbook(const PlanYear& year, const RiskModel& model);

/// The name of the year's workbook file, e.g. "amn-2021.xlsx" for amn/2021.
std::string workbook_name(const PlanYear& year);

}  // namespace insyn
