#pragma once

#include <string>

#include "core/diagnostics.h"

namespace insyn {

/// One diagnostic as a JSON object on one line (for editors and CI annotations):
///   {"file":"…","line":14,"column":75,"severity":"error","code":"…","message":"…","hint":"…","source":"…"}
/// `source` is the quoted source line when `lookup` knows the file, else absent. Never fails.
std::string diagnostic_json_line(const Diagnostic& diagnostic, const SourceLookup& lookup);

/// Every diagnostic as one JSON line each (JSON Lines), no summary.
std::string diagnostics_json_lines(const Diagnostics& diagnostics, const SourceLookup& lookup);

/// A string as a JSON string literal: quotes, backslash and control characters escaped; bytes that
/// are not valid UTF-8 become U+FFFD so the line is always valid JSON.
std::string json_quote(const std::string& text);

}  // namespace insyn
