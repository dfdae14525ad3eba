#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "content/json.h"
#include "core/diagnostics.h"

namespace insyn {

/// A Markdown file split into its optional JSON front matter and its body.
struct MarkdownSource {
  std::optional<JsonValue> front_matter;
  std::string_view body;
  /// 1-based line of the body's first line in the file, so Markdown positions map back to it.
  int body_line = 1;
};

/// Splits `text`: when it starts with '{', the JSON object there is the front matter and must be
/// followed by a line break. Reports malformed front matter to `diags` and returns nullopt.
std::optional<MarkdownSource> split_front_matter(std::string_view text, const std::string& file, Diagnostics& diags);

}  // namespace insyn
