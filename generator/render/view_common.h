#pragma once

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "model/types.h"
#include "render/theme.h"

namespace insyn {

/// The document pages of a plan year, in reading order: key (URL folder and template name).
inline const char* const kDocumentKeys[] = {"internkontroll", "vor", "kontrollplan", "projekt", "kompetens",
                                                  "verksamhetsberattelse", "budget", "upphandling",
                                                  "ordlista", "digitalisering", "informationssakerhet",
                                                  "lokalavveckling", "jamstalldhet", "trakasserier"};

/// The items joined with `sep` ("a, b, c").
std::string join_with(const std::vector<std::string>& items, const std::string& sep = ", ");

/// A goal's heading: its id and text ("1.1 Stockholmarna ska …"), the id alone when the plan year does
/// not define it, "" for "".
std::string goal_heading(const PlanYear& year, const std::string& id);

/// "../" repeated once per folder of `output_path`, so links work under any sub-path.
std::string relative_root(const std::string& output_path);

/// A money value for display: the normalised amount with currency ("30 700 000 kr"), or "" when none.
std::string format_money(const Money& money);

/// A period for display: "2018-09 – 2021-12", "2018-08-01 – (löpande)", or "" when neither end is known.
std::string format_period(const Period& period, const nlohmann::json& strings);

/// Does the plan year have the document with this key?
bool has_document(const PlanYear& year, const std::string& key);

/// The name of a plan year's document in the theme's language. A year whose competence material
/// is only funding applications (2017's KUS) does not call it a competence-supply plan.
std::string document_label(const nlohmann::json& strings, const PlanYear& year, const std::string& key);

/// The fields every page shares: language, relative root, titles, UI strings and navigation.
/// `org` and `year` may be null for site-level pages; `current` is the document key or "".
nlohmann::json page_view(const Site& site, const Theme& theme, const std::string& output_path, const std::string& title,
                         const Organisation* org, const PlanYear* year, const std::string& current);

/// Keeps only what the base layout uses of a page view: the page's own data is already rendered into
/// its body, and converting it a second time for the layout would double the template work.
nlohmann::json layout_view(nlohmann::json page);

}  // namespace insyn
