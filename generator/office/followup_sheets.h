#pragma once

#include "model/followup.h"
#include "office/workbook.h"

namespace insyn {

/// Adds the follow-up's sheets to a year's workbook: goal assessments (VB-mål), indicators
/// (VB-indikatorer), activities (VB-aktiviteter) and every printed table in one long sheet
/// (VB-tabeller: one row per filled cell), and their rows of the explanation sheet `help`.
void add_followup_sheets(const FollowUp& followup, Workbook& book, Sheet& help);

/// The Swedish word for whether an indicator met its target ("uppnått", "ej uppnått", …).
std::string target_result_label(TargetResult result);

/// The Swedish word for an activity's status ("genomförd", "ej genomförd" or "").
std::string activity_status_label(const std::string& status);

}  // namespace insyn
