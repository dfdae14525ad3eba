#pragma once
// A table of contents for long pages (the register, the project appendix, the annual report): a list
// of links to the page's h2 (and h3) headings, put first in the page body, so a reader on a phone can
// jump to a part instead of scrolling through hundreds of rows. Plain HTML: it works without JS.

#include <string>
#include <string_view>

namespace insyn {

/// Gives every h2 and h3 of `html` an id ("avsnitt-N") when it has none and puts a
/// `<nav class="toc">` headed `heading` before the body, listing the h2s with their h3s nested (the
/// h2s alone when there are more than `max_entries` headings). Headings marked `data-no-toc` (shown
/// only with JS) and empty ones are left out. Returns `html` unchanged when it has fewer than two
/// h2s or fewer than five headings in all. Never fails.
std::string add_contents(std::string_view html, std::string_view heading, size_t max_entries = 40);

}  // namespace insyn
