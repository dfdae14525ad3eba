#pragma once
// Scroll frames around tables: on a narrow screen a wide table scrolls inside its own frame instead of
// pushing the page sideways, and the frame can be reached and scrolled by keyboard (WCAG 2.1.1) and is
// named by the table's caption.

#include <string>
#include <string_view>

namespace insyn {

/// Wraps every top-level <table> of a page body in
/// `<div class="table-frame" role="group" tabindex="0" aria-labelledby="CAPTION-ID">` (a group, not a
/// region: a region named like its section would be a duplicate landmark), giving the
/// caption an id ("tabell-N") when it has none; a table without a caption is named
/// "`fallback_label` N" instead. Text that is not a table passes through unchanged; never fails.
std::string frame_tables(std::string html, std::string_view fallback_label);

}  // namespace insyn
