#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace insyn {

/// True when a link target may be published: a link within the site (no scheme) or an http:,
/// https:, mailto: or tel: address. Compares the scheme the way a browser reads it: ignoring case,
/// leading spaces and control characters, and tabs and line breaks anywhere in it. Everything else
/// (javascript:, vbscript:, data:, file:, blob:, filesystem:, …) is refused.
bool is_allowed_url(std::string_view url);

/// An attribute of raw HTML that could run script or load an unsafe target.
struct UnsafeAttribute {
  size_t offset = 0;  ///< byte offset of the attribute's name in the HTML text
  std::string name;   ///< lower-case attribute name
  std::string value;  ///< its value with character references decoded
};

/// Scans raw HTML for event handlers (on…), http-equiv, and URL attributes (href, src, action,
/// formaction, srcset, …) whose target is_allowed_url refuses. Character references in values
/// (&#x09;, &colon;, …) are decoded first, as a browser would.
std::vector<UnsafeAttribute> find_unsafe_attributes(std::string_view html);

}  // namespace insyn
