#pragma once
// The preview's table of which pages read which inputs, for a save inside plan-year folders.
//
// | pages                                          | read                                                |
// |------------------------------------------------|-----------------------------------------------------|
// | a plan year's pages (<board>/<year>/...)        | that year; the board's list of years and which      |
// |                                                | documents each has (year navigation); the followup   |
// |                                                | a budget compares with; every budget of the board    |
// |                                                | (the investments over time)                          |
// | a board's page, comparison, procurement         | the board's years                                   |
// | start page, search index, search page, A–Ö      | every board and year (re-rendered on every patch)   |
// | archived years (arkiv/)                         | content/arkiv/ only                                 |
//
// A save that changes which boards or years exist, or which documents a year has, is not a patch:
// the caller compares the shapes and falls back to a full build.

#include <set>
#include <string>
#include <vector>

#include "model/types.h"

namespace insyn {

/// What a save in some plan years makes stale.
struct StalePages {
  std::set<std::string> years;   ///< plan-year folders to render again, e.g. "amn/2019"
  std::set<std::string> boards;  ///< organisation slugs whose board pages to render again
};

/// The pages of `site` (already reloaded) that depend on the plan-year folders in `changed_years`.
StalePages stale_pages(const Site& site, const std::set<std::string>& changed_years);

/// The output folders whose previous files stay current after rendering `stale`: every other
/// board's folder, the other years of the stale boards, and the archive.
std::vector<std::string> kept_prefixes(const Site& site, const StalePages& stale);

}  // namespace insyn
