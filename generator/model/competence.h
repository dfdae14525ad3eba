#pragma once

// Kompetensförsörjningsplan and the year's KUS applications (kompetens.json).

#include <optional>
#include <string>
#include <vector>

#include "core/source_loc.h"
#include "model/goal.h"
#include "model/values.h"

namespace insyn {

/// A staff figure stated in the competence plan's text.
struct StaffFigure {
  std::string scope;
  std::string metric;
  double value = 0;
  std::string unit;
  std::optional<double> permanent;
  std::optional<double> temporary;
  std::string as_of;
  std::string quote;
};

/// One row of the competence activity plan.
struct Activity {
  std::string category;
  std::string text;
  std::vector<GoalRef> goals;
  std::string goals_raw;
  std::optional<PartialDate> target_date;
  std::string responsible;
  std::string follow_up;
  std::string note;
  SourceLoc loc;
};

/// One line of an application's cost breakdown.
struct CostLine {
  std::string kind;  ///< "education", "substitutes" or "other"
  std::string raw;
  std::optional<double> amount;
};

/// An application for competence-development funding (2017's KUS).
struct FundingApplication {
  std::optional<int> priority;
  /// The priority printed on the form: "" when the form leaves it blank, nullopt when not transcribed.
  std::optional<std::string> priority_form;
  std::string title;
  std::string title_form;
  Money amount;
  std::optional<Money> amount_form;
  std::string target_group;
  std::string headcount_form;
  std::string roles_covered;
  std::vector<CostLine> costs;
  std::string need, description, effect, spread, complements, cooperation, follow_up;
  std::string note;
  SourceLoc loc, amount_loc;
};

/// The applications of one round with their stated total.
struct FundingApplications {
  std::string title;
  std::string dnr;
  std::optional<Money> total;
  std::string note;
  std::vector<FundingApplication> items;
  SourceLoc total_loc;
};

/// Kompetensförsörjningsplan, or the year's competence material.
struct CompetencePlan {
  std::string title;
  std::string path;
  std::string period;
  std::vector<StaffFigure> staff;
  std::vector<Activity> activities;
  std::optional<FundingApplications> applications;
};

}  // namespace insyn
