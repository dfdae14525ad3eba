#pragma once
// View models of free-standing Markdown pages: a page (with its place in the risk matrix when it is
// scored), a section's list of pages, and the taxonomy pages for tags and categories.

#include <map>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "model/types.h"

namespace insyn {

/// The pages of one folder, its _index.md (if any), and the folder's output path.
struct Section {
  std::string name;            ///< folder relative to content/
  const Page* index = nullptr;  ///< the folder's _index.md
  std::vector<const Page*> pages;
};

/// Groups the site's pages by folder (sections in path order, pages by title).
std::vector<Section> page_sections(const Site& site);

/// Terms of a taxonomy ("tags" or "categories") with their pages, by term slug.
std::map<std::string, std::pair<std::string, std::vector<const Page*>>> taxonomy(const Site& site,
                                                                               const std::string& kind);

/// The body view of one page: metadata, matrix (when scored) and its Markdown; links relative to `root`.
nlohmann::json page_body_view(const Page& page, const RiskModel& model, const nlohmann::json& strings,
                              const std::string& root);

/// One line of a list of pages (title, link, score and band), linked relative to `root`.
nlohmann::json page_list_entry(const Page& page, const RiskModel& model, const std::string& root);

}  // namespace insyn
