#pragma once

// A plan's appendix that is forms and tables (bilaga): the information-security baseline, the
// premises phase-out form, the digitalisation projects, the equality plan. One model for all of
// them: the printed tables are content, not code (design.md, "Generic tables").

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/source_loc.h"

namespace insyn {

/// A column of an appendix table. `required` cells left empty in the source are findings; so are
/// cells left empty in a row whose `required_with` cell is filled (a measure without its annual target).
struct AppendixColumn {
  std::string key;
  std::string label;
  bool required = false;
  std::string required_with;  ///< key of the column whose filled cell makes this one required; "" for none
};

/// A row: its cells by column key, as printed ("" for an empty cell).
struct AppendixRow {
  std::map<std::string, std::string> cells;
  std::vector<std::string> truncated;  ///< keys of cells the source cuts off mid-sentence
  std::string note;
  SourceLoc loc;
};

/// A printed table with a caption, how it was read (note) and, where the source states it, its count.
struct AppendixTable {
  std::string id;
  std::string caption;
  std::string note;
  std::vector<AppendixColumn> columns;
  std::vector<AppendixRow> rows;
  std::optional<int> stated_count;  ///< rows the source says there are ("3 pågående")
  SourceLoc stated_count_loc;
  SourceLoc loc;
};

/// A labelled value printed on a form ("Nämnd/bolag: Arbetsmarknadsnämnden").
struct AppendixField {
  std::string label;
  std::string value;
};

/// A section of an appendix: a heading, text (Markdown), fields and tables, in printed order.
struct AppendixSection {
  std::string id;
  std::string heading;
  std::string text;       ///< Markdown as transcribed
  std::string text_html;  ///< rendered by the loader
  std::vector<AppendixField> fields;
  std::vector<AppendixTable> tables;
  SourceLoc loc;
};

/// An appendix of a plan year (content/<org>/<year>/<key>.json; key e.g. "informationssakerhet").
struct Appendix {
  std::string key;
  std::string title;
  std::string path;
  std::vector<AppendixSection> sections;
};

}  // namespace insyn
