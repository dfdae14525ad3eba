#pragma once

#include "core/diagnostics.h"
#include "core/output_file.h"
#include "model/types.h"
#include "render/theme.h"

namespace insyn {

/// Renders the whole site — every page of every organisation and plan year, plus the theme's static
/// files — into a list of output files sorted by path. Pure: reads nothing and writes nothing.
/// Template problems are reported to `diags`.
OutputFiles render_site(const Site& site, const Theme& theme, Diagnostics& diags);

}  // namespace insyn
