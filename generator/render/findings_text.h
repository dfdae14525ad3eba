#pragma once

#include <map>
#include <string>

#include <nlohmann/json.hpp>

#include "core/diagnostics.h"

namespace insyn {

/// Replaces each {name} in `pattern` by args[name]; unknown names stay as they are.
std::string fill_placeholders(const std::string& pattern, const std::map<std::string, std::string>& args);

/// Retells a rule finding for the board in the site's language, from the UI string
/// "finding.<code>.<variant>" or "finding.<code>" with {name} placeholders filled from its args.
/// Falls back to the diagnostic's own (English) message when the theme has no text for it.
std::string finding_text(const Diagnostic& finding, const nlohmann::json& strings);

}  // namespace insyn
