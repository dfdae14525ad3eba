#pragma once

#include <string>
#include <vector>

namespace insyn {

/// One file of the generated site: a '/'-separated path relative to the output root, and its bytes.
struct OutputFile {
  std::string path;
  std::string bytes;
};

/// The whole generated site, sorted by path.
using OutputFiles = std::vector<OutputFile>;

}  // namespace insyn
