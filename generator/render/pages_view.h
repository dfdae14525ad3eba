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

/// A tag or category as first written, with its pages by title.
struct Term {
  std::string name;
  std::vector<const Page*> pages;
};

/// The terms of one taxonomy by slug.
using Taxonomy = std::map<std::string, Term>;

/// Groups the site's pages by folder (sections in path order, pages by title).
std::vector<Section> page_sections(const Site& site);

/// The terms of a taxonomy ("tags" or "categories") with their pages.
Taxonomy taxonomy(const Site& site, const std::string& kind);

/// The matrix view of a scored page: its cell (probability × consequence) marked, the others showing
/// their band. `svg_title` titles the SVG, `caption` the figure and its table.
nlohmann::json page_matrix(int probability, int consequence, const std::string& svg_title,
                           const std::string& caption, const RiskModel& model, const nlohmann::json& strings);

/// The body view of one page: metadata and its Markdown (the matrix is added by the renderer);
/// links relative to `root`.
nlohmann::json page_body_view(const Page& page, const RiskModel& model, const std::string& root);

/// A list of pages, one line each (title, link, score and band), linked relative to `root`.
nlohmann::json page_list(const std::vector<const Page*>& pages, const RiskModel& model, const std::string& root);

}  // namespace insyn
