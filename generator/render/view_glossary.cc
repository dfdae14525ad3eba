// The glossary page's view: every term with its anchor, definition and printed sub-list.
#include "core/format.h"
#include "render/view_more.h"

namespace insyn {

nlohmann::json glossary_view(const PlanYear& year) {
  nlohmann::json terms = nlohmann::json::array();
  for (const GlossaryTerm& t : year.glossary->terms) {
    terms.push_back({{"anchor", t.anchor},
                     {"term", t.term},
                     {"definition", t.definition},
                     {"list", t.list},
                     {"has_list", !t.list.empty()}});
  }
  return {{"title", year.glossary->title},
          {"count", format_integer(static_cast<long long>(terms.size()))},
          {"terms", std::move(terms)}};
}

}  // namespace insyn
