#pragma once

// View models of the documents added after the first four (glossary, printed matrix, information
// security, digitalisation, equality plan): one file per kind, declared here so year_pages.cc and
// the exports need one include.

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/output_file.h"
#include "model/types.h"

namespace insyn {

/// The glossary's terms for ordlista.mustache: anchor, term, definition, list; and their count.
nlohmann::json glossary_view(const PlanYear& year);

/// The risk matrix as printed (riskmatris.json) on the computed grid, numbers linked to the register
/// rows `vor_href` + "#risk-N" they are read as, with the stated totals beside the counts of both.
nlohmann::json printed_matrix_view(const PlanYear& year, const RiskModel& model, const std::string& vor_href);

/// An appendix of forms and tables for bilaga.mustache: sections with rendered text, fields and
/// tables whose empty and cut-off cells are flagged; CSV links start with `data_prefix`.
nlohmann::json appendix_view(const Appendix& a, const nlohmann::json& t, const std::string& data_prefix);

/// The template a document key renders with: an appendix uses "bilaga"; otherwise the key's own
/// template when the theme has one, else "narrative".
std::string document_template(const PlanYear& year, const std::string& key, bool theme_has_key);

/// The open data of the added documents under `dir` (ordlista.csv/.json, …), called by year_exports().
void add_more_exports(const PlanYear& year, const std::string& dir, OutputFiles& out);

/// The file names add_more_exports() writes for document `doc`; empty when it writes none.
std::vector<std::string> more_export_names(const PlanYear& year, const std::string& doc);

}  // namespace insyn
