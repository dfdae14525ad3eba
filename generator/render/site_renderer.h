#pragma once

#include <set>
#include <vector>

#include "core/diagnostics.h"
#include "core/output_file.h"
#include "model/types.h"
#include "render/render_memo.h"
#include "render/theme.h"

namespace insyn {

/// Renders the whole site — every page of every organisation and plan year, plus the theme's static
/// files — into a list of output files sorted by path. Pure: reads nothing and writes nothing.
/// Template problems are reported to `diags`.
/// With `emit`, each file is handed to it as soon as its page is rendered and the result is empty,
/// so the site is never held in memory as a whole.
OutputFiles render_site(const Site& site, const Theme& theme, Diagnostics& diags, const FileEmitter& emit = {});

/// render_site() without the pages of the plan years outside `year_dirs` (e.g. "amn/2019") and
/// without the archived years (arkiv/): everything else — start pages, boards, comparisons, free
/// pages — is rendered. The preview's fast path when a save changed one plan year's documents.
/// With `boards`, the board pages (board, comparison, procurement) of only those organisation slugs;
/// with `memo`, pages whose inputs are unchanged since the memo's last render are taken from it.
OutputFiles render_site_for_years(const Site& site, const Theme& theme,
                                  const std::set<std::string>& year_dirs, Diagnostics& diags,
                                  const std::set<std::string>* boards = nullptr, RenderMemo* memo = nullptr);

/// Renders only the pages of `pages` (free-standing pages of `site`), as render_site() would: the
/// preview's fast path when a page's text changed and nothing that other pages show of it.
OutputFiles render_free_pages(const Site& site, const Theme& theme, const std::vector<const Page*>& pages,
                              Diagnostics& diags);

}  // namespace insyn
