#pragma once

// A plan year with its documents, and the organisation that publishes it.

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/diagnostics.h"
#include "model/budget.h"
#include "model/appendix.h"
#include "model/competence.h"
#include "model/control_plan.h"
#include "model/followup.h"
#include "model/glossary.h"
#include "model/goal.h"
#include "model/procurement.h"
#include "model/printed_matrix.h"
#include "model/projects.h"
#include "model/vor.h"

namespace insyn {

/// A Markdown narrative rendered to HTML.
struct Narrative {
  std::string title;
  std::string html;
  std::string path;
};

/// One plan year of one organisation with its documents.
struct PlanYear {
  int year = 0;
  std::string dir;  ///< relative content folder, e.g. "amn/2019"
  std::string title;
  std::string decided;
  std::vector<Goal> goals;
  std::optional<Vor> vor;
  std::optional<ControlPlan> control_plan;
  std::optional<ProjectAppendix> projects;
  std::optional<CompetencePlan> competence;
  /// The year's verksamhetsberättelse (follow-up), when transcribed.
  std::optional<FollowUp> followup;
  /// The year's procurement plan (upphandling.json), when transcribed.
  std::optional<ProcurementPlan> procurement;
  /// The year's budget forms (budget.json), when transcribed.
  std::optional<Budget> budget;
  /// The plan's glossary (ordlista.json), when transcribed.
  std::optional<Glossary> glossary;
  /// The VoR's risk matrix as printed (riskmatris.json), when transcribed beside the register.
  std::optional<PrintedMatrix> printed_matrix;
  /// Appendices of forms and tables by document key ("informationssakerhet", "digitalisering", …).
  std::map<std::string, Appendix> appendices;
  /// Narratives by document key: "internkontroll", "vor", "kontrollplan", "projekt", "kompetens".
  std::map<std::string, Narrative> narratives;
  /// Rule findings for this year, published for the board.
  std::vector<Diagnostic> findings;

  /// The goal with this id, or nullptr.
  const Goal* find_goal(const std::string& id) const;
};

/// A board publishing plans; its folder name is its URL slug.
struct Organisation {
  std::string slug;
  std::string name;
  std::string short_name;
  std::string administration;
  std::string city;
  std::vector<PlanYear> years;  ///< sorted by year
};

}  // namespace insyn
