#pragma once

// Projektbilaga (projekt.json).

#include <optional>
#include <string>
#include <vector>

#include "core/source_loc.h"
#include "model/values.h"

namespace insyn {

/// A funder heading of the project appendix.
struct ProjectGroup {
  std::string heading;
  std::string funder;
  std::string programme;
  std::string role;
};

/// A part of a text written in another language than the site's, to be marked lang="…" (WCAG 3.1.2).
struct ForeignPart {
  std::string lang;  ///< a BCP 47 tag such as "en"
  std::string text;  ///< the words as they occur in the text
};

/// One entry of the project appendix.
struct Project {
  std::string id;
  std::optional<int> nr;
  std::string name;
  /// The parts of the name in another language (a whole English name is one part).
  std::vector<ForeignPart> name_lang;
  std::string description;
  std::optional<Money> budget;
  std::optional<Money> cofinancing;
  std::optional<Period> period;
  std::string department;
  std::string department_label;
  std::string project_owner;
  std::string note;
  size_t group = 0;  ///< index into ProjectAppendix::groups
  SourceLoc loc;
};

/// Projektbilaga.
struct ProjectAppendix {
  std::string title;
  std::string path;
  std::vector<ProjectGroup> groups;
  std::vector<Project> projects;
};

}  // namespace insyn
