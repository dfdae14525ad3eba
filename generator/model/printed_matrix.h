#pragma once

// The risk matrix as a plan prints it (riskmatris.json), kept beside the register it should show so
// the rules can report where the two disagree.

#include <optional>
#include <string>
#include <vector>

#include "core/source_loc.h"

namespace insyn {

/// A count printed under the matrix ("Totalt: 66", a zone's total) with the band it is said to count.
struct PrintedCount {
  std::string label;  ///< the legend word, e.g. "Kritisk"
  std::string band;   ///< the risk model's band id the word names, "" for the grand total
  std::string raw;
  int value = 0;
  SourceLoc loc;
};

/// One cell of the printed matrix: the risk numbers printed in it, in printed order.
struct PrintedCell {
  int probability = 0;
  int consequence = 0;
  std::vector<int> risks;
  std::vector<SourceLoc> risk_locs;  ///< where each number is in riskmatris.json
  SourceLoc loc;
};

/// The printed matrix with its stated totals and the editor's reading of its numbering.
struct PrintedMatrix {
  std::string title;
  std::string path;
  std::optional<PrintedCount> stated_total;
  std::vector<PrintedCount> zone_totals;
  /// From printed number `numbering_from` on, the register's number is the printed one plus
  /// `numbering_offset` (0: the same numbers).
  int numbering_from = 0;
  int numbering_offset = 0;
  std::string numbering_note;
  SourceLoc numbering_loc;
  std::vector<PrintedCell> cells;
  SourceLoc loc;

  /// The register number a printed number stands for under the recorded numbering.
  int register_nr(int printed) const {
    return numbering_offset != 0 && printed >= numbering_from ? printed + numbering_offset : printed;
  }
};

}  // namespace insyn
