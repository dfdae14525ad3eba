#pragma once

#include <string>

#include <nlohmann/json.hpp>

#include "core/diagnostics.h"

namespace insyn {

/// Retells a rule finding for the board in the site's language, from the UI string
/// "finding.<code>.<variant>" or "finding.<code>" with {name} placeholders filled from its args.
/// Falls back to the diagnostic's own (English) message when the theme has no text for it.
std::string finding_text(const Diagnostic& finding, const nlohmann::json& strings);

}  // namespace insyn
