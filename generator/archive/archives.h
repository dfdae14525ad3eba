#pragma once

#include <string>
#include <vector>

#include "core/diagnostics.h"
#include "core/filesystem.h"
#include "model/types.h"

namespace insyn {

/// Where archived years live in the content tree: arkiv/<year>/ holds one BagIt bag.
inline constexpr const char* kArchiveDir = "arkiv";

/// Reads the archived years below arkiv/ and checks each bag against its manifests: a changed,
/// missing or extra file is an error, so a tampered archive is never published.
std::vector<ArchivedYear> load_archives(const FileSystem& content, const std::string& display_root,
                                        Diagnostics& diags);

/// A fingerprint of a tree: SHA-256 over its "digest  path" lines, leaving out arkiv/ and hidden files.
std::string tree_hash(const FileSystem& tree);

/// `epoch` (seconds since 1970) as ISO 8601 UTC, e.g. "2026-11-25T17:00:00Z".
std::string utc_time(long long epoch);

}  // namespace insyn
