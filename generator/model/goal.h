#pragma once

// Goals and references to them by id or number.

#include <string>

#include "core/source_loc.h"

namespace insyn {

/// A goal a plan refers to: the city council's (kf) or the board's own (vp).
struct Goal {
  std::string id;
  std::string raw;
  std::string text;
  std::string kind;
  std::string parent;
  std::string note;
  SourceLoc loc;
};

/// A reference from one item to another with where it was written.
struct Ref {
  int nr = 0;
  SourceLoc loc;
};

/// A goal reference by number, with where it was written.
struct GoalRef {
  std::string id;
  SourceLoc loc;
};

}  // namespace insyn
