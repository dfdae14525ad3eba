#pragma once

// Plan för upphandling (upphandling.json): the procurements a board plans to start in the year,
// grouped by department and by the section of the printed form (a value threshold or the
// department's projects), with the rows that report that nothing is needed.

#include <optional>
#include <string>
#include <vector>

#include "core/source_loc.h"
#include "model/values.h"

namespace insyn {

/// An estimated contract value as printed ("2,5 - 3 miljarder kr", "Okänt", "ca 500 000 kr") and
/// what can be read from it. An unknown value is never 0: it has no amount at all.
struct ContractValue {
  std::string raw;   ///< exactly as printed; "" when the cell is blank
  std::string kind;  ///< "amount", "range", "unknown" (printed as unknown) or "not_stated" (blank)
  std::optional<double> low, high;  ///< kr; low == high for an amount; both nullopt when unknown
  bool approximate = false;         ///< "ca …"
  bool uncertain = false;           ///< the source marks the figure as doubtful ("???")
  std::string note;
  SourceLoc loc;
  /// True when a figure can be read (amount or range).
  bool known() const { return low.has_value() && high.has_value(); }
};

/// The contract period as printed, with the dates that can be read from it.
struct ContractPeriod {
  std::string raw;
  std::optional<PartialDate> start, end;
  std::string options;  ///< extension options printed after the period ("+1 +1"), "" when none
  SourceLoc loc;
};

/// One planned procurement, or a row that reports that there is no need.
struct Procurement {
  std::string kind = "procurement";  ///< "procurement" or "no_need"
  std::string unit;                  ///< the first column: unit, project or category family
  std::string description;
  std::string start_raw;             ///< planned start as printed ("2019-01-01", "Pågår", "vt-17", "")
  std::optional<PartialDate> start;  ///< when start_raw is a date
  bool ongoing = false;              ///< "Pågår": the procurement has already begun
  ContractPeriod period;
  ContractValue value;
  std::string contract_type_raw;  ///< as printed ("Tjänst", "Tjänster", "Varor", "")
  std::string contract_type;      ///< "tjanst", "vara", "entreprenad" or "" (not stated)
  std::string note;
  int source_line = 0;
  SourceLoc loc;
};

/// A section of a department's form: "Upphandlingar ÖVER 2,0 Mnkr", "… ÖVER 300 tkr", projects.
struct ProcurementSection {
  std::string label;  ///< as printed; "" when the form has no sections
  /// The value range the section asks for, in kr: at least `min` (more than `min` when `min_exclusive`)
  /// and less than `below`; nullopt when the section sets no bound.
  std::optional<double> min, below;
  bool min_exclusive = false;
  std::vector<Procurement> rows;
  SourceLoc loc;
};

/// A department (avdelning, stab or unit) with who reported its needs.
struct ProcurementDepartment {
  std::string name;
  std::string reported_by;  ///< "Uppgifterna lämnade av: …" as printed, "" when not stated
  std::vector<ProcurementSection> sections;
  SourceLoc loc;
};

/// The year's procurement plan.
struct ProcurementPlan {
  std::string title;
  std::string path;
  std::string instructions;  ///< the form's Anvisningar, as printed
  std::vector<std::string> contacts;
  /// The lowest value the form asks to report, when it states one ("över 1 miljon").
  std::optional<double> reporting_threshold;
  bool threshold_exclusive = true;
  std::string threshold_raw;
  std::optional<ContractValue> stated_total;  ///< a total the source prints, to check against the rows
  std::string reading_note;                   ///< how the printed layout was read, shown on the page
  std::vector<ProcurementDepartment> departments;
  SourceLoc loc, threshold_loc;

  /// Every procurement row (not the no-need rows), in document order.
  std::vector<const Procurement*> procurements() const;
  /// The number of rows reporting no need.
  size_t no_need_count() const;
};

/// The Swedish label of a normalised contract type ("Tjänst"), "" for "".
std::string contract_type_label(const std::string& type);

}  // namespace insyn
