#pragma once

#include <map>
#include <string>

#include "core/diagnostics.h"

namespace insyn {

/// The register of pins, under version control beside the bags: content/arkiv/pins.json.
inline constexpr const char* kPinsFile = "pins.json";

/// Each archived plan year's pin: the SHA-256 of its bag's tag manifest, recorded outside the bag, so
/// that a bag rewritten consistently (payload, manifest and tag manifest together) no longer matches.
using Pins = std::map<int, std::string>;

/// Reads the register (`file` is its display path for diagnostics). A malformed register, a year
/// outside 1900-2999, a digest that is not 64 lowercase hex digits or a year pinned twice is an error
/// in `diags`; the pins read so far are returned.
Pins parse_pins(const std::string& text, const std::string& file, Diagnostics& diags);

/// The register's text, the same bytes for the same pins: one line per year, in year order.
std::string format_pins(const Pins& pins);

/// The pin of a bag whose tag manifest holds `tag_manifest`.
std::string pin_of(const std::string& tag_manifest);

}  // namespace insyn
