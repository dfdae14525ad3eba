#pragma once

#include <string>
#include <string_view>

namespace insyn {

/// Escapes text for HTML element content and quoted attribute values (& < > " ').
std::string html_escape(std::string_view text);

/// Turns text into a URL-safe ASCII slug for anchors and file names: "Spången 2.0" -> "spangen-2-0".
/// Swedish letters map to their base letter; the result is never empty ("x" for no usable characters).
std::string slugify(std::string_view text);

}  // namespace insyn
