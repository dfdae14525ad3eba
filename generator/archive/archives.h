#pragma once

#include <optional>
#include <string>
#include <vector>

#include "archive/bag.h"
#include "archive/pins.h"
#include "core/diagnostics.h"
#include "core/filesystem.h"
#include "model/types.h"

namespace insyn {

/// Where archived years live in the content tree: arkiv/<year>/ holds one BagIt bag.
inline constexpr const char* kArchiveDir = "arkiv";

/// Reads the archived years below arkiv/ and checks each bag against its manifests (verify_bag), its
/// claims (check_claims) and its pin in arkiv/pins.json: every problem is an error, so a tampered
/// archive is never published. A pinned year without a bag is an error too.
std::vector<ArchivedYear> load_archives(const FileSystem& content, const std::string& display_root,
                                        Diagnostics& diags);

/// `text` as seconds since 1970 when it is 1 to 11 decimal digits and at most kTarMaxTime (the latest
/// time a tar header holds); otherwise nullopt.
std::optional<long long> parse_epoch(const std::string& text);

/// Checks what a bag claims beyond its manifests: bag-info.txt's Insyn-Plan-Year (which must equal
/// `folder_year` unless that is 0; stored in `year`), its Source-Date-Epoch (see parse_epoch), and
/// that its tag manifest's SHA-256 is the year's pin in `pins`. Paths are relative to the bag.
std::vector<BagProblem> check_claims(const FileSystem& bag, int folder_year, const Pins& pins, int& year);

/// A fingerprint of a tree: SHA-256 over its "digest  path" lines, leaving out arkiv/ and hidden files.
std::string tree_hash(const FileSystem& tree);

/// `epoch` (seconds since 1970) as ISO 8601 UTC, e.g. "2026-11-25T17:00:00Z".
std::string utc_time(long long epoch);

}  // namespace insyn
