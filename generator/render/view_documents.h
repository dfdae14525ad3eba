#pragma once

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "model/types.h"

namespace insyn {

// View models of the document pages. Every value is a display string (numbers already formatted),
// so templates stay logic-less. `strings` are the theme's UI strings.

/// Where links to items of the other documents point: a page URL (relative to the current page) to
/// which "#anchor" is appended. The print view sets them all to "" because everything is on one page.
struct DocLinks {
  std::string vor = "../vor/index.html";
  std::string kontrollplan = "../kontrollplan/index.html";
};

/// A VoR's page view: title, counts, bands, the selection; the register itself is rendered on its own
/// from vor_register_view (template "vor_register") and placed in the page as "register".
nlohmann::json vor_view(const PlanYear& year, const RiskModel& model, const nlohmann::json& strings,
                        const DocLinks& links);
/// The risk register grouped goal → process → working method, with scores, bands and control links,
/// and the optional columns it shows.
nlohmann::json vor_register_view(const PlanYear& year, const RiskModel& model, const nlohmann::json& strings,
                                 const DocLinks& links);
/// The risks regrouped by band (`by` "band", riskiest first) or by responsible manager ("manager"),
/// for the static list views: each group's heading, anchor and count, and its rows as {"html": …},
/// taken from `row_html` (every risk's row rendered, in source order).
nlohmann::json risk_groups_view(const PlanYear& year, const RiskModel& model, const nlohmann::json& strings,
                                const std::string& by, const std::vector<std::string>& row_html);
/// Every risk's list row in source order, as {"risks": [...]}: what a list shows (nr, href, event,
/// process, rv, band, band_label, in_plan, flag, controls), linking to the register.
nlohmann::json risk_rows_view(const PlanYear& year, const RiskModel& model, const nlohmann::json& strings,
                              const DocLinks& links);
/// The controls in source order with their goals, owners and links to the risks they cover.
nlohmann::json control_plan_view(const PlanYear& year, const RiskModel& model, const nlohmann::json& strings,
                                 const DocLinks& links);
/// The projects grouped by funder heading, with raw and normalised money and periods.
nlohmann::json projects_view(const PlanYear& year, const nlohmann::json& strings);
/// Staff figures and the activity plan.
nlohmann::json competence_view(const PlanYear& year, const nlohmann::json& strings);
/// The year's rule findings, most severe first, as short sentences with their source location.
nlohmann::json findings_view(const PlanYear& year, const nlohmann::json& strings);

}  // namespace insyn
