#pragma once

#include <string>
#include <string_view>

namespace insyn {

/// Gives every heading of rendered Markdown (`<h1>`…`<h6>` without attributes, as cmark writes them)
/// an id: `prefix` + "-" + a slug of its text ("internkontroll-1-inledning"; å/ä → a, ö → o, other
/// characters → "-"), made unique with "-2", "-3" … so links and search results can point at a section.
std::string add_heading_ids(std::string_view html, std::string_view prefix);

}  // namespace insyn
