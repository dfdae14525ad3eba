#pragma once

#include <string>
#include <string_view>

#include "core/diagnostics.h"
#include "core/source_loc.h"

namespace insyn {

/// How Markdown is turned into HTML.
struct MarkdownOptions {
  /// Pass raw HTML through. Off by default: content comes from many hands.
  bool allow_raw_html = false;
};

/// Renders GitHub-flavoured Markdown (tables, strikethrough, autolinks) to HTML.
/// `origin` is where the body starts in its file; raw HTML that is dropped and unsafe link targets
/// (anything but http:, https:, mailto:, tel: and links within the site) that are removed are
/// reported there as warnings; with raw HTML allowed, attributes that run script or link to such
/// targets are errors.
std::string render_markdown(std::string_view body, const SourceLoc& origin, const MarkdownOptions& options,
                            Diagnostics& diags);

}  // namespace insyn
