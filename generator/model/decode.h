#pragma once

#include <optional>

#include "content/json.h"
#include "core/diagnostics.h"
#include "model/types.h"

namespace insyn {

// Typed decoding of each content kind. Each function reports every problem it finds to `diags`
// (file:line:col via the JSON positions) and returns what it could read.

/// Decodes content/site.json.
SiteConfig decode_site_config(const JsonValue& root, const std::string& file, Diagnostics& diags);
/// Decodes <org>/organisation.json into `org` (slug and years are left alone).
void decode_organisation(const JsonValue& root, const std::string& file, Diagnostics& diags, Organisation& org);
/// Decodes <org>/<year>/plan.json into `year` (documents are left alone).
void decode_plan(const JsonValue& root, const std::string& file, Diagnostics& diags, PlanYear& year);
/// Decodes vor.json.
Vor decode_vor(const JsonValue& root, const std::string& file, Diagnostics& diags);
/// Decodes kontrollplan.json.
ControlPlan decode_control_plan(const JsonValue& root, const std::string& file, Diagnostics& diags);
/// Decodes projekt.json.
ProjectAppendix decode_projects(const JsonValue& root, const std::string& file, Diagnostics& diags);
/// Decodes kompetens.json.
CompetencePlan decode_competence(const JsonValue& root, const std::string& file, Diagnostics& diags);
/// Decodes verksamhetsberattelse.json (the follow-up; its Markdown headings are added by the loader).
FollowUp decode_followup(const JsonValue& root, const std::string& file, Diagnostics& diags);
/// Decodes upphandling.json (the procurement plan).
ProcurementPlan decode_procurement(const JsonValue& root, const std::string& file, Diagnostics& diags);
/// Decodes budget.json (the budget forms).
Budget decode_budget(const JsonValue& root, const std::string& file, Diagnostics& diags);
/// Decodes a list of printed tables in the follow-up's generic table model (verksamhetsberattelse.json, budget.json).
std::vector<DataTable> decode_data_tables(const JsonValue& list, const std::string& file, Diagnostics& diags);
/// Decodes ordlista.json (the glossary); duplicate terms and words claimed by two terms are errors.
Glossary decode_glossary(const JsonValue& root, const std::string& file, Diagnostics& diags);
/// Decodes riskmatris.json (the risk matrix as printed; checked against the register by the rules).
PrintedMatrix decode_printed_matrix(const JsonValue& root, const std::string& file, Diagnostics& diags);
/// Decodes an appendix of forms and tables (<key>.json, e.g. informationssakerhet.json); its section
/// texts are rendered by the loader.
Appendix decode_appendix(const JsonValue& root, const std::string& file, const std::string& key, Diagnostics& diags);
/// Decodes an internal-control follow-up object (part of verksamhetsberattelse.json).
InternalControlFollowUp decode_internal_control(const JsonValue& root, const std::string& file, Diagnostics& diags);
/// The front matter of a free-standing page (title, date, risk scores, owner, categories, tags).
void decode_page_front_matter(const JsonValue& root, const std::string& file, Diagnostics& diags, Page& page);

}  // namespace insyn
