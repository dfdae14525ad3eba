#pragma once

#include <string>

#include "model/types.h"

namespace insyn {

/// css/bands.css: the band colours of the risk model (content/site.json) as CSS custom properties and
/// the fill/background rules of each band class, so the colours are data, not theme code.
std::string band_stylesheet(const RiskModel& model);

}  // namespace insyn
