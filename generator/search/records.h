#pragma once
// What search finds: one record per risk, control, project, activity, goal, narrative section and
// free-standing page, collected from the model by one small function per kind (records.cc has the
// table; a new document kind adds a function and a line there).

#include <functional>
#include <string>
#include <vector>

#include "model/types.h"

namespace insyn::search {

/// One search result: what it is, where it lives and the text it is found by.
struct SearchRecord {
  std::string kind;  ///< "risk", "control", "project", "activity", "application", "goal", "section", "page",
                     ///< "indicator", "table", "procurement", "case", "term"
  std::string board;   ///< the organisation's name; "" for free-standing pages
  int year = 0;        ///< the plan year; 0 for free-standing pages
  std::string doc;     ///< the document's label ("Väsentlighets- och riskanalys"), or the section's title
  std::string page;    ///< the page's output path from the site root ("amn/2019/vor/index.html")
  std::string anchor;  ///< the row's or heading's id on that page, "" for the page itself
  std::string code;    ///< the number or code shown before the title ("92", "K10", "1.1"), may be ""
  std::string title;
  std::string text;    ///< further text the record is found by; its start is the excerpt
  int order = 0;       ///< position of the page among a year's documents (print order), for sorting
};

/// What record functions need besides the model: the site's UI strings' document labels.
struct RecordContext {
  const Site& site;
  /// The label of document `key` of a plan year, as the site's navigation names it.
  std::function<std::string(const PlanYear&, const std::string&)> doc_label;
  /// The document keys that have a page, in print order ("internkontroll", "vor", …).
  std::vector<std::string> doc_keys;
  /// A narrative's HTML as its page shows it (with heading ids), from the document key and model HTML.
  std::function<std::string(const std::string&, const std::string&)> narrative_html;
};

/// Adds the records of one plan year of one board.
using YearRecords = void (*)(const RecordContext&, const Organisation&, const PlanYear&, std::vector<SearchRecord>&);

/// The kinds of a plan year with their record functions, in the order they are listed.
struct YearRecordSource {
  const char* kind;
  YearRecords add;
};
/// The table every plan-year kind registers in (records_year.cc).
extern const std::vector<YearRecordSource> kYearRecordSources;

/// A record of document `key` of a plan year with what every record of that page shares (board,
/// year, document label, page, print order).
SearchRecord year_document_record(const RecordContext& ctx, const Organisation& org, const PlanYear& year,
                                  const std::string& key, const std::string& kind);

/// The follow-up's goals, indicators, activities, tables and the board's year (records_followup.cc).
void add_followup_records(const RecordContext& ctx, const Organisation& org, const PlanYear& year,
                          std::vector<SearchRecord>& out);
/// The procurement plan's rows, numbered as the page numbers them (records_followup.cc).
void add_procurement_records(const RecordContext& ctx, const Organisation& org, const PlanYear& year,
                             std::vector<SearchRecord>& out);
/// The budget's tables and forms (records_followup.cc).
void add_budget_records(const RecordContext& ctx, const Organisation& org, const PlanYear& year,
                        std::vector<SearchRecord>& out);

/// Every record of the site, sorted by board, year (newest first), document, kind and source order
/// (records of one page and kind are contiguous: the index stores them as ranges).
std::vector<SearchRecord> collect_records(const RecordContext& ctx);

/// Plain text of an HTML fragment: tags dropped, the five predefined entities and numeric references
/// decoded, white space collapsed.
std::string html_text(std::string_view html);

/// A narrative's sections: the text before the first heading (anchor "") and one per heading with an
/// id (see core/heading_ids.h), each with the heading's text and the text up to the next heading.
struct NarrativeSection {
  std::string anchor, title, text;
};
std::vector<NarrativeSection> narrative_sections(std::string_view html);

}  // namespace insyn::search
