#pragma once

// Nämndens budget/verksamhetsplan (budget.json): the budget forms of a plan — the operating budget,
// the investment budget and the forms for verksamhetsprojekt and resultatenheter — in the generic
// table model the follow-up uses (columns, rows with levels, sums declared as data), plus where the
// operating budget's outcome column can be compared with a follow-up's finance table.

#include <string>
#include <vector>

#include "core/source_loc.h"
#include "model/followup.h"

namespace insyn {

/// A form of the budget that may be empty in the source: its text and what was filled in.
struct BudgetForm {
  std::string id, title;
  std::string status;  ///< "zero" (all amounts 0,0), "blank" (nothing filled in), "stated_none", "filled"
  std::string text;    ///< the form's instructions as printed
  std::string table;   ///< the id of the form's table in the budget, "" when it has none
  std::vector<std::string> entries;  ///< what the form lists (e.g. result units), as printed
  int source_line = 0;
  SourceLoc loc;
};

/// One activity area measured by both the budget and a follow-up: the budget's rows and the follow-up
/// table's rows whose sums should agree.
struct BudgetArea {
  std::string label;
  std::vector<std::string> rows, followup_rows;
  std::string note;  ///< how the two split the area differently, "" when they measure it alike
  SourceLoc loc;
};

/// Which follow-up table and column the budget's outcome column restates (2019's "Utfall 2017 (VB 2017)").
struct BudgetFollowUpLink {
  int year = 0;
  std::string table, column, own_table, own_column, note;
  std::vector<BudgetArea> areas;
  SourceLoc loc;
};

/// The year's budget forms.
struct Budget {
  std::string title;
  std::string path;
  std::vector<DataTable> tables;
  std::vector<BudgetForm> forms;
  std::optional<BudgetFollowUpLink> compare_followup;
  const DataTable* find_table(const std::string& id) const;
};

}  // namespace insyn
