#pragma once

#include <optional>
#include <string>

#include "cli/commands.h"

namespace insyn {

/// `insyn import FILE ORG YEAR`: reads the risk register, control plan and project list (sheets
/// "Risker", "Kontroller", "Projekt" of an .xlsx, or one CSV file) into <content>/ORG/YEAR/vor.json,
/// kontrollplan.json and projekt.json, keeping what the sheets lack. Checks the result as `check` does
/// and writes nothing when the sheet or the result has an error (exit 1) or nothing changed.
int run_import(const CommonOptions& options, const std::string& file, const std::string& org, int year);

/// `insyn new-year ORG YEAR [--from YEAR]`: writes <content>/ORG/YEAR/ from an earlier year (the
/// latest before YEAR by default): goals, processes, managers, risks with their scores marked
/// `"review": "carried-over"`, controls, the projects still running in YEAR and the competence
/// activities still open, without last year's follow-up and source references. Refuses to overwrite
/// an existing year; writes nothing when the new year does not check.
int run_new_year(const CommonOptions& options, const std::string& org, int year, std::optional<int> from);

}  // namespace insyn
