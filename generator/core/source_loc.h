#pragma once

#include <string>

namespace insyn {

/// A position in a content file: display path plus 1-based line and column (column counts bytes).
struct SourceLoc {
  std::string file;
  int line = 0;
  int column = 0;

  /// True when the location points into a file (line 0 means "the file as a whole").
  bool has_position() const { return line > 0; }
};

}  // namespace insyn
