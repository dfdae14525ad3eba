#include "serve/page_inputs.h"

namespace insyn {

StalePages stale_pages(const Site& site, const std::set<std::string>& changed_years) {
  StalePages stale;
  for (const Organisation& org : site.organisations) {
    std::set<int> changed;  // the board's changed plan years, by number
    bool budget_changed = false;
    for (const PlanYear& year : org.years) {
      if (!changed_years.count(year.dir)) continue;
      changed.insert(year.year);
      budget_changed = budget_changed || year.budget;
    }
    if (changed.empty()) continue;
    stale.boards.insert(org.slug);
    for (const PlanYear& year : org.years) {
      bool stale_year = changed.count(year.year) > 0;
      if (year.budget) {
        // A budget page shows the investments of every budget of the board, and may restate the
        // outcome of another year's follow-up (also in its findings).
        stale_year = stale_year || budget_changed;
        if (const auto& link = year.budget->compare_followup)
          stale_year = stale_year || changed.count(link->year);
      }
      if (stale_year) stale.years.insert(year.dir);
    }
  }
  return stale;
}

std::vector<std::string> kept_prefixes(const Site& site, const StalePages& stale) {
  std::vector<std::string> kept;
  for (const Organisation& org : site.organisations) {
    if (!stale.boards.count(org.slug)) {
      kept.push_back(org.slug + "/");
      continue;
    }
    for (const PlanYear& year : org.years) {
      if (!stale.years.count(year.dir)) kept.push_back(year.dir + "/");
    }
  }
  kept.push_back("arkiv/");  // archived years only change with content/arkiv/
  return kept;
}

}  // namespace insyn
