#pragma once

#include <nlohmann/json.hpp>
#include <string>

#include "core/diagnostics.h"
#include "model/projects.h"
#include "office/import_cells.h"

namespace insyn {

/// What importing a project sheet did to a year's projekt.json.
struct ProjectImport {
  Diagnostics diags;
  nlohmann::ordered_json appendix;  ///< the updated content (valid only without errors)
  int changed = 0, added = 0, removed = 0, moved = 0;
  bool any() const { return changed + added + removed + moved > 0; }
};

/// Applies a project sheet (header row, then one project per row, columns from project_columns(),
/// found by header; "Id" is required) to a year's projekt.json: a cell that differs from what the
/// export writes for the same project sets that field (an empty cell removes it; a budget, co-financing
/// or period without its text as published is removed whole), a new id adds a project under its heading
/// (Rubrik), a changed heading moves the project (a new heading is made with the row's Finansiär and
/// Roll), a project whose id is not in the sheet is removed. Funder and role belong to the heading: the
/// rows of one heading must agree on them. Fields no column holds (labels, kinds, notes, source lines)
/// are kept. Every bad cell is an error at `file:Sheet!D14`. `existing` is null for a year without one.
ProjectImport import_projects(const ReadSheet& sheet, const std::string& file,
                              const ProjectAppendix* existing, nlohmann::ordered_json appendix);

}  // namespace insyn
