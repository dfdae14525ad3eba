#pragma once

#include <vector>

#include "model/projects.h"
#include "office/sheet_columns.h"

namespace insyn {

/// A project with the group (heading) it stands under: one row of the project sheet.
struct ProjectItem {
  const Project& p;
  const ProjectGroup& g;
};

/// The columns of the project list's sheet (Projekt), shared by the export and `insyn import`. Each
/// column's JSON field is the project's key in projekt.json ("budget.amount": inside "budget"), except
/// "group", "funder" and "role", which are the keys of the heading the project stands under.
const std::vector<Column<ProjectItem>>& project_columns();

/// The name of the project list's sheet.
inline constexpr const char* kProjectSheetName = "Projekt";

}  // namespace insyn
