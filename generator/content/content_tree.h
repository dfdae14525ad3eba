#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <string>

#include "content/json.h"
#include "core/diagnostics.h"
#include "core/filesystem.h"

namespace insyn {

/// A parsed JSON content file.
struct JsonDocument {
  std::string path;  ///< display path, e.g. "content/amn/2019/vor.json"
  JsonValue root;
};

/// A Markdown content file with its optional front matter; the body is rendered later.
struct MarkdownDocument {
  std::string path;  ///< display path
  std::optional<JsonValue> front_matter;
  std::string body;
  int body_line = 1;
};

/// Everything under content/, parsed but not yet interpreted. Keys are paths relative to content/.
struct ContentTree {
  std::map<std::string, JsonDocument> json;
  std::map<std::string, MarkdownDocument> markdown;
  /// Display path → file text, for quoting source lines in diagnostics.
  std::map<std::string, std::string> sources;
  /// Relative paths of files that exist but could not be read or parsed (already reported).
  std::set<std::string> failed;

  /// Looks up a JSON document by relative path, or nullptr.
  const JsonDocument* find_json(const std::string& rel) const;
  /// Looks up a Markdown document by relative path, or nullptr.
  const MarkdownDocument* find_markdown(const std::string& rel) const;
  /// A SourceLookup over `sources` for format_diagnostics().
  SourceLookup source_lookup() const;
};

/// Size limit for content files: a plan's largest file is well under 1 MB.
inline constexpr std::uintmax_t kMaxContentFileBytes = 8u * 1024u * 1024u;

/// Reads and parses every .json and .md file under the tree (sorted), except schemas/ and templates/.
/// `display_root` prefixes paths in diagnostics. Problems (unreadable, empty, too large, invalid
/// UTF-8, malformed JSON) are reported to `diags`; the file is then left out of the tree.
ContentTree load_content_tree(const FileSystem& fs, const std::string& display_root, Diagnostics& diags);

}  // namespace insyn
