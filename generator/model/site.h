#pragma once

// Everything the site is built from.

#include <vector>

#include "model/archive.h"
#include "model/page.h"
#include "model/plan_year.h"
#include "model/site_config.h"

namespace insyn {

/// Everything the site is built from.
struct Site {
  SiteConfig config;
  std::vector<Organisation> organisations;
  /// Free-standing pages in path order (sections and their pages, and the home page).
  std::vector<Page> pages;
  /// Archived plan years, oldest first.
  std::vector<ArchivedYear> archives;
};

}  // namespace insyn
