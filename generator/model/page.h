#pragma once

// Free-standing Markdown pages.

#include <optional>
#include <string>
#include <vector>

#include "core/source_loc.h"

namespace insyn {

/// A free-standing Markdown page (content/<section>/<name>.md), optionally scored as a risk.
/// `_index.md` is the page of its folder: the section list, or the home page at the top.
struct Page {
  std::string source;   ///< path relative to content/
  std::string section;  ///< "" for the home page
  bool is_index = false;
  std::string url;  ///< output path, e.g. "riskanalys/r00001/index.html"
  std::string title;
  std::string date;
  std::string risk_id;
  std::optional<int> probability;
  std::optional<int> consequence;
  std::optional<int> score_stated;
  std::string level;
  std::string owner;
  std::vector<std::string> categories;
  std::vector<std::string> tags;
  bool draft = false;
  std::string html;
  SourceLoc loc, score_loc;
  /// RV = P × K when both are given.
  std::optional<int> rv() const {
    if (probability && consequence) return *probability * *consequence;
    return std::nullopt;
  }
};

}  // namespace insyn
