#pragma once

#include <string>
#include <string_view>

namespace insyn {

/// Gives every heading of rendered Markdown (`<h1>`…`<h6>` without attributes, as cmark writes them)
/// an id: `prefix` + "-" + a slug of its text ("internkontroll-1-inledning"; å/ä → a, ö → o, other
/// characters → "-"), made unique with "-2", "-3" … so links and search results can point at a section.
std::string add_heading_ids(std::string_view html, std::string_view prefix);

/// An id from `prefix` and a value such as a goal number: ASCII letters, digits, "-" and "_" are kept,
/// anything else becomes "-" ("mal", "1.1" → "mal-1-1"), as strict HTML validators want.
std::string anchor_id(std::string_view prefix, std::string_view value);

}  // namespace insyn
