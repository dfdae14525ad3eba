#pragma once

// Internkontrollplan (kontrollplan.json).

#include <optional>
#include <string>
#include <vector>

#include "core/source_loc.h"
#include "model/goal.h"

namespace insyn {

/// One row of the internal control plan.
struct Control {
  std::string id;
  std::string goal;
  std::string process;
  bool process_is_indicator = false;
  std::string method;
  std::string control;
  std::string event;               ///< the undesired event as the plan prints it
  std::string follow_up;           ///< 2017: follow-up of the working method
  std::string description;         ///< 2017: description of the follow-up
  std::optional<int> probability;  ///< 2014: the row's own scores
  std::optional<int> consequence;
  std::string probability_label, consequence_label;
  std::string check_method;
  std::vector<std::string> owners;
  std::string frequency;
  std::vector<Ref> risks;
  std::string link_note;
  std::string note;
  SourceLoc loc;
  SourceLoc goal_loc;
  SourceLoc risks_loc;
  SourceLoc probability_loc, consequence_loc;
};

/// Internkontrollplan.
struct ControlPlan {
  std::string title;
  std::string path;
  std::vector<Control> controls;
};

}  // namespace insyn
