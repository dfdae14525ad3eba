#pragma once

// The plan's glossary: abbreviations, activity-specific words and concepts (ordlista.json).

#include <string>
#include <vector>

#include "core/source_loc.h"

namespace insyn {

/// One term of the glossary with its definition as printed.
struct GlossaryTerm {
  std::string term;                ///< as printed, e.g. "SIG (Sociala insatsgruppen)"
  std::vector<std::string> forms;  ///< the words looked for in other documents; never empty after decoding
  std::string definition;
  std::vector<std::string> list;  ///< a list printed under the definition
  std::string anchor;             ///< "term-" + a slug of the term, unique in the glossary
  int source_line = 0;
  SourceLoc loc;
};

/// The glossary of a plan year, in printed order.
struct Glossary {
  std::string title;
  std::string path;
  std::vector<GlossaryTerm> terms;
};

}  // namespace insyn
