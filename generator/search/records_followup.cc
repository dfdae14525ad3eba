// The record functions of the year's follow-up (verksamhetsberättelse), procurement plan and budget
// forms. Anchors are the ids their pages give rows, tables and sections (render/view_followup.cc,
// view_board_year.cc, view_procurement.cc, view_budget.cc and the templates of the same names).

#include <algorithm>

#include "core/heading_ids.h"
#include "search/records.h"

namespace insyn::search {

namespace {

// Appends `part` to `text`, separated by ". ", when it is not empty.
void add_text(std::string& text, std::string_view part) {
  if (part.empty()) return;
  if (!text.empty()) text += ". ";
  text += part;
}

// A printed table's words: column labels, row labels and printed values, footnotes.
std::string table_text(const DataTable& d) {
  std::string text;
  for (const TableColumn& c : d.columns) add_text(text, c.label);
  for (const TableRow& r : d.rows) {
    std::string row = r.label;
    for (const Quantity& q : r.values) {
      if (!q.raw.empty()) row += (row.empty() ? "" : " ") + q.raw;
    }
    add_text(text, row);
  }
  for (const std::string& f : d.footnotes) add_text(text, f);
  add_text(text, d.note);
  return text;
}

// A follow-up goal's anchor, as view_followup.cc gives it: "3.4.1" → "mal-3-4-1".
std::string followup_goal_anchor(const std::string& id) {
  return anchor_id("mal", id);
}

void add_board_year(SearchRecord base, const BoardYear& by, std::vector<SearchRecord>& out) {
  if (!by.members.empty()) {
    SearchRecord r = base;
    r.kind = "section";
    r.anchor = "namndens-ar-ledamoter";
    r.title = by.heading;
    std::string text;
    for (const BoardMember& m : by.members) {
      add_text(text, m.name + (m.party.empty() ? "" : " (" + m.party + ")") + " " + m.role_raw);
    }
    r.text = std::move(text);
    out.push_back(std::move(r));
  }
  for (const CaseList& list : by.case_lists) {
    for (size_t i = 0; i < list.cases.size(); ++i) {
      SearchRecord r = base;
      r.kind = "case";
      r.anchor = "arende-" + list.kind + "-" + std::to_string(i + 1);
      r.code = list.cases[i].dnr;
      r.title = list.cases[i].title;
      r.text = list.heading;
      out.push_back(std::move(r));
    }
  }
  if (!by.council.name.empty()) {
    SearchRecord r = base;
    r.kind = "section";
    r.anchor = "namndens-ar-rad";
    r.title = by.council.name;
    std::string text = by.council.text;
    for (const BoardMember& m : by.council.members) {
      add_text(text, m.name + (m.organisation.empty() ? "" : " (" + m.organisation + ")"));
    }
    r.text = std::move(text);
    out.push_back(std::move(r));
  }
}

}  // namespace

void add_followup_records(const RecordContext& ctx, const Organisation& org, const PlanYear& year,
                          std::vector<SearchRecord>& out) {
  if (!year.followup) return;
  const FollowUp& f = *year.followup;
  SearchRecord base = year_document_record(ctx, org, year, "verksamhetsberattelse", "");
  for (const FollowUpGoal& g : f.goals) {
    SearchRecord r = base;
    r.kind = "goal";
    r.anchor = followup_goal_anchor(g.id);
    r.code = g.id;
    r.title = g.text;
    std::string text = g.assessment_raw;
    add_text(text, html_text(g.description_html));
    add_text(text, html_text(g.expected_result_html));
    add_text(text, html_text(g.analysis_html));
    r.text = std::move(text);
    out.push_back(std::move(r));
  }
  for (const Indicator& i : f.indicators) {
    SearchRecord r = base;
    r.kind = "indicator";
    r.anchor = "indikator-" + i.id;
    r.title = i.name;
    std::string text;
    add_text(text, i.outcome.raw.empty() ? "" : "Utfall " + i.outcome.raw);
    add_text(text, i.target.raw.empty() ? "" : "Målvärde " + i.target.raw);
    add_text(text, i.period);
    add_text(text, i.analysis);
    add_text(text, i.note);
    r.text = std::move(text);
    out.push_back(std::move(r));
  }
  for (const FollowUpActivity& a : f.activities) {
    SearchRecord r = base;
    r.kind = "activity";
    r.anchor = "aktivitet-" + a.id;
    r.title = a.text;
    std::string text = a.analysis;
    add_text(text, a.deviation_raw);
    r.text = std::move(text);
    out.push_back(std::move(r));
  }
  for (const DataTable& d : f.tables) {
    SearchRecord r = base;
    r.kind = "table";
    r.anchor = "tabell-" + d.id;
    r.title = d.title;
    r.text = table_text(d);
    out.push_back(std::move(r));
  }
  if (f.board_year) add_board_year(base, *f.board_year, out);
}

void add_procurement_records(const RecordContext& ctx, const Organisation& org, const PlanYear& year,
                             std::vector<SearchRecord>& out) {
  if (!year.procurement) return;
  SearchRecord base = year_document_record(ctx, org, year, "upphandling", "procurement");
  int n = 0;  // numbered as view_procurement.cc numbers them: procurement rows only, in document order
  for (const ProcurementDepartment& d : year.procurement->departments) {
    for (const ProcurementSection& s : d.sections) {
      for (const Procurement& p : s.rows) {
        if (p.kind != "procurement") continue;
        SearchRecord r = base;
        r.anchor = "upphandling-" + std::to_string(++n);
        r.code = std::to_string(n);
        r.title = p.description;
        std::string text = p.unit;
        add_text(text, d.name);
        add_text(text, s.label);
        add_text(text, p.start_raw);
        add_text(text, p.period.raw);
        add_text(text, p.value.raw);
        add_text(text, p.contract_type_raw);
        add_text(text, p.note);
        r.text = std::move(text);
        out.push_back(std::move(r));
      }
    }
  }
}

void add_budget_records(const RecordContext& ctx, const Organisation& org, const PlanYear& year,
                        std::vector<SearchRecord>& out) {
  if (!year.budget) return;
  const Budget& b = *year.budget;
  SearchRecord base = year_document_record(ctx, org, year, "budget", "");
  for (const DataTable& d : b.tables) {
    bool in_form =
        std::any_of(b.forms.begin(), b.forms.end(), [&](const BudgetForm& f) { return f.table == d.id; });
    if (in_form) continue;  // found as its form
    SearchRecord r = base;
    r.kind = "table";
    r.anchor = "tabell-" + d.id;
    r.title = d.title;
    r.text = table_text(d);
    out.push_back(std::move(r));
  }
  for (const BudgetForm& f : b.forms) {
    SearchRecord r = base;
    r.kind = "section";
    r.anchor = anchor_id("blankett", f.id);
    r.title = f.title;
    std::string text = f.text;
    for (const std::string& e : f.entries) add_text(text, e);
    if (const DataTable* d = b.find_table(f.table)) add_text(text, table_text(*d));
    r.text = std::move(text);
    out.push_back(std::move(r));
  }
}

}  // namespace insyn::search
