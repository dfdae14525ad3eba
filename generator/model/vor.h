#pragma once

// Väsentlighets- och riskanalys (vor.json).

#include <optional>
#include <string>
#include <vector>

#include "core/source_loc.h"

namespace insyn {

/// The control-plan flag of a risk.
enum class PlanFlag { InPlan, VorOnly, Unspecified };

/// A process in the risk analysis with its responsible managers.
struct Process {
  std::string goal;   ///< KF goal id; "" when the year groups its risks otherwise
  std::string area;   ///< group heading without a goal number (2014's verksamhetsområde)
  std::string table;  ///< the source table, when a year publishes several (2014)
  std::string name;
  bool is_indicator = false;  ///< keyed by an indicator rather than a process (2014)
  std::string kf_target;      ///< the indicator's KF annual target as printed
  std::string target;         ///< the board's annual target as printed
  std::vector<std::string> managers;
  std::string note;
  SourceLoc loc;
  SourceLoc goal_loc;
};

/// One undesired event of the risk analysis, scored on the two scales.
struct Risk {
  int nr = 0;
  std::string event;
  int probability = 0;
  int consequence = 0;
  std::string probability_label;
  std::string consequence_label;
  std::optional<int> rv_stated;
  PlanFlag flag = PlanFlag::Unspecified;
  std::string flag_raw;
  /// True when the flag was read from a blank cell by the document's "blank_flag" declaration.
  bool flag_inferred = false;
  std::string measure;             ///< Åtgärd (2017) or Aktivitet (2014) as printed
  std::string routine_documented;  ///< 2014: "Ja", "Nej" or "Ej aktuell"
  std::string ongoing_controls;    ///< 2014: "Ja", "Nej" or "Ej aktuell"
  std::string note;
  /// "carried-over" when `insyn new-year` copied the risk and nobody has reviewed it yet; else "".
  std::string review;
  size_t process = 0;  ///< index into Vor::processes
  std::string method;  ///< working method (arbetssätt), may be empty
  SourceLoc loc;
  SourceLoc nr_loc, probability_loc, consequence_loc, rv_loc, flag_loc;
  /// Ids of the controls that cover this risk (filled by link_controls()).
  std::vector<std::string> controls;

  /// The computed risk value RV = P × K.
  int rv() const { return probability * consequence; }
};

/// A risk published with its risk value only: no number, probability or consequence (2017's urval).
struct SelectedRisk {
  std::string process;
  std::string method;
  std::string event;
  int rv = 0;
  std::string measure;
  std::string note;
  SourceLoc loc, rv_loc;
};

/// A selection of risks listed apart from the scored table.
struct RiskSelection {
  std::string title;
  std::string note;
  std::vector<SelectedRisk> risks;
};

/// Väsentlighets- och riskanalys: processes and risks in source order.
struct Vor {
  std::string title;
  std::string path;
  /// What the year calls the consequence axis, "" for the site's scale name (2014: "Väsentlighet").
  std::string consequence_name;
  /// The measure column's heading as printed, "" when the year has none.
  std::string measure_name;
  /// False when the year's tables have no RV column: every RV is derived.
  bool rv_column = true;
  std::vector<Process> processes;
  std::vector<Risk> risks;
  std::optional<RiskSelection> selection;
  /// The risk with this number, or nullptr.
  const Risk* find(int nr) const;
  /// True when any risk names its working method (arbetssätt).
  bool has_methods() const;
};

}  // namespace insyn
