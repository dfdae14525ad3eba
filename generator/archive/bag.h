#pragma once

#include <string>
#include <utility>
#include <vector>

#include "core/filesystem.h"
#include "core/output_file.h"

namespace insyn {

/// The tag manifest, whose SHA-256 is the bag's pin.
inline constexpr const char* kTagManifest = "tagmanifest-sha256.txt";
/// The optional detached Ed25519 signature over the tag manifest (raw 64 bytes).
inline constexpr const char* kSignature = "tagmanifest-sha256.txt.sig";

/// bag-info.txt's "Name: value" fields, in file order.
using BagInfo = std::vector<std::pair<std::string, std::string>>;

/// A BagIt 1.0 bag (RFC 8493) holding `payload` under data/: bagit.txt, bag-info.txt (`info` plus
/// Payload-Oxum), manifest-sha256.txt and tagmanifest-sha256.txt, sorted by path.
OutputFiles make_bag(const OutputFiles& payload, BagInfo info);

/// Parses bag-info.txt; continuation lines (starting with whitespace) join the field before them.
BagInfo parse_bag_info(const std::string& text);

/// One way a bag differs from its manifests.
struct BagProblem {
  std::string path;  ///< relative to the bag
  std::string what;  ///< "changed", "missing", "extra" or what is wrong
  std::string code;  ///< the diagnostic's code after "archive-"; "" for what's first word
};

/// Checks the bag rooted at `bag` against manifest-sha256.txt and tagmanifest-sha256.txt: every
/// changed, missing or extra file, a missing tag file, a manifest line that is malformed or names a
/// path that is not plainly inside the bag (never read), and an empty payload. Empty when the bag is
/// intact. It proves internal consistency only; the pin (archive/pins.h) ties the bag to the register.
std::vector<BagProblem> verify_bag(const FileSystem& bag);

}  // namespace insyn
