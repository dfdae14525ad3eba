#pragma once

// Plan years frozen by `insyn archive`.

#include <string>
#include <utility>
#include <vector>

#include "core/output_file.h"

namespace insyn {

/// A plan year frozen by `insyn archive`: a BagIt bag below content/arkiv/<year>/, published as is.
struct ArchivedYear {
  int year = 0;
  /// bag-info.txt's fields in file order (provenance: generator, content hash, build time).
  std::vector<std::pair<std::string, std::string>> info;
  /// The bag's files, paths relative to the bag (bagit.txt, manifest-sha256.txt, data/…).
  OutputFiles files;
  /// The value of a bag-info field, or "".
  std::string field(const std::string& name) const;
};

}  // namespace insyn
