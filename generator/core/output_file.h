#pragma once

#include <functional>
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

/// Takes each file as soon as it is made (e.g. to write it), instead of collecting the site in
/// memory. Called from several threads at once, each time with a different path.
using FileEmitter = std::function<void(const OutputFile&)>;

}  // namespace insyn
