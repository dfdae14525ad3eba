// The record functions of a plan year's kinds, one per kind, and the table that lists them. Anchors
// are the ids the pages give their rows (render/view_documents.cc) and headings (core/heading_ids.h).

#include <algorithm>

#include "core/heading_ids.h"
#include "search/records.h"

namespace insyn::search {

SearchRecord year_document_record(const RecordContext& ctx, const Organisation& org, const PlanYear& year,
                                  const std::string& key, const std::string& kind) {
  SearchRecord r;
  r.kind = kind;
  r.board = org.name;
  r.year = year.year;
  r.doc = ctx.doc_label(year, key);
  r.page = year.dir + "/" + key + "/index.html";
  auto it = std::find(ctx.doc_keys.begin(), ctx.doc_keys.end(), key);
  r.order = static_cast<int>(it - ctx.doc_keys.begin());
  return r;
}

namespace {

// Joins the non-empty parts with ". ".
std::string join_text(std::initializer_list<std::string_view> parts) {
  std::string out;
  for (std::string_view p : parts) {
    if (p.empty()) continue;
    if (!out.empty()) out += ". ";
    out += p;
  }
  return out;
}

std::string join_names(const std::vector<std::string>& names) {
  std::string out;
  for (const std::string& n : names) out += (out.empty() ? "" : ", ") + n;
  return out;
}

void add_goals(const RecordContext& ctx, const Organisation& org, const PlanYear& year, std::vector<SearchRecord>& out) {
  for (const Goal& g : year.goals) {
    bool in_vor = year.vor && std::any_of(year.vor->processes.begin(), year.vor->processes.end(),
                                          [&](const Process& p) { return p.goal == g.id; });
    SearchRecord r = year_document_record(ctx, org, year, "vor", "goal");
    if (in_vor) {
      r.anchor = anchor_id("mal", g.id);
    } else {  // goals no risk refers to are listed with the year
      r.doc = year.title;
      r.page = year.dir + "/index.html";
      r.order = -1;
    }
    r.code = g.id;
    r.title = g.text;
    out.push_back(std::move(r));
  }
}

void add_risks(const RecordContext& ctx, const Organisation& org, const PlanYear& year, std::vector<SearchRecord>& out) {
  if (!year.vor) return;
  const Vor& vor = *year.vor;
  for (const Risk& risk : vor.risks) {
    SearchRecord r = year_document_record(ctx, org, year, "vor", "risk");
    const Process& p = vor.processes[risk.process];
    r.anchor = "risk-" + std::to_string(risk.nr);
    r.code = std::to_string(risk.nr);
    r.title = risk.event;
    r.text = join_text({p.name, risk.method, risk.measure, join_names(p.managers), p.area});
    out.push_back(std::move(r));
  }
  if (!vor.selection) return;
  for (size_t i = 0; i < vor.selection->risks.size(); ++i) {
    const SelectedRisk& s = vor.selection->risks[i];
    SearchRecord r = year_document_record(ctx, org, year, "vor", "risk");
    r.anchor = "urval-" + std::to_string(i + 1);
    r.title = s.event;
    r.text = join_text({s.process, s.method, s.measure});
    out.push_back(std::move(r));
  }
}

void add_controls(const RecordContext& ctx, const Organisation& org, const PlanYear& year, std::vector<SearchRecord>& out) {
  if (!year.control_plan) return;
  for (const Control& c : year.control_plan->controls) {
    SearchRecord r = year_document_record(ctx, org, year, "kontrollplan", "control");
    r.anchor = "kontroll-" + c.id;
    r.code = c.id;
    r.title = c.control;
    r.text = join_text({c.process, c.method, c.event, c.follow_up, c.description, c.check_method,
                        join_names(c.owners), c.frequency});
    out.push_back(std::move(r));
  }
}

void add_projects(const RecordContext& ctx, const Organisation& org, const PlanYear& year, std::vector<SearchRecord>& out) {
  if (!year.projects) return;
  for (const Project& p : year.projects->projects) {
    SearchRecord r = year_document_record(ctx, org, year, "projekt", "project");
    r.anchor = "projekt-" + p.id;
    r.title = p.name;
    const ProjectGroup& g = year.projects->groups[p.group];
    r.text = join_text({p.description, p.department, p.project_owner, g.heading, p.period ? p.period->raw : "",
                        p.budget ? p.budget->raw : ""});
    out.push_back(std::move(r));
  }
}

void add_activities(const RecordContext& ctx, const Organisation& org, const PlanYear& year, std::vector<SearchRecord>& out) {
  if (!year.competence) return;
  const CompetencePlan& cp = *year.competence;
  for (size_t i = 0; i < cp.activities.size(); ++i) {
    const Activity& a = cp.activities[i];
    SearchRecord r = year_document_record(ctx, org, year, "kompetens", "activity");
    r.anchor = "aktivitet-" + std::to_string(i + 1);
    r.title = a.text;
    r.text = join_text({a.category, a.responsible, a.goals_raw, a.follow_up});
    out.push_back(std::move(r));
  }
  if (!cp.applications) return;
  for (size_t i = 0; i < cp.applications->items.size(); ++i) {
    const FundingApplication& a = cp.applications->items[i];
    SearchRecord r = year_document_record(ctx, org, year, "kompetens", "application");
    r.anchor = "ansokan-" + std::to_string(i + 1);
    r.code = a.priority ? std::to_string(*a.priority) : "";
    r.title = a.title;
    r.text = join_text({a.target_group, a.need, a.description, a.effect, a.amount.raw});
    out.push_back(std::move(r));
  }
}

// The glossary's terms, found by the term or any word of its definition; also listed in the A–Ö register.
void add_glossary_terms(const RecordContext& ctx, const Organisation& org, const PlanYear& year,
                        std::vector<SearchRecord>& out) {
  if (!year.glossary) return;
  for (const GlossaryTerm& t : year.glossary->terms) {
    SearchRecord r = year_document_record(ctx, org, year, "ordlista", "term");
    r.anchor = t.anchor;
    r.title = t.term;
    std::string list;
    for (const std::string& item : t.list) list += (list.empty() ? "" : " ") + item;
    r.text = join_text({t.definition, list});
    out.push_back(std::move(r));
  }
}

// The appendices of forms and tables: one record per section, its text, fields and table cells.
void add_appendix_sections(const RecordContext& ctx, const Organisation& org, const PlanYear& year,
                           std::vector<SearchRecord>& out) {
  for (const auto& [key, a] : year.appendices) {
    if (std::find(ctx.doc_keys.begin(), ctx.doc_keys.end(), key) == ctx.doc_keys.end()) continue;
    for (const AppendixSection& s : a.sections) {
      SearchRecord r = year_document_record(ctx, org, year, key, "section");
      r.anchor = s.id;
      r.title = s.heading;
      std::string text = s.text;
      for (const AppendixField& f : s.fields) text += (text.empty() ? "" : ". ") + f.label + " " + f.value;
      for (const AppendixTable& t : s.tables) {
        for (const AppendixRow& row : t.rows) {
          for (const auto& [col, cell] : row.cells) text += (text.empty() ? "" : ". ") + cell;
        }
      }
      r.text = std::move(text);
      out.push_back(std::move(r));
    }
  }
}

// Narrative sections: the text before the first heading is found as the document itself.
void add_sections(const RecordContext& ctx, const Organisation& org, const PlanYear& year, std::vector<SearchRecord>& out) {
  for (const auto& [key, narrative] : year.narratives) {
    if (std::find(ctx.doc_keys.begin(), ctx.doc_keys.end(), key) == ctx.doc_keys.end()) continue;
    for (NarrativeSection& s : narrative_sections(ctx.narrative_html(key, narrative.html))) {
      if (s.anchor.empty() && s.text.empty()) continue;
      SearchRecord r = year_document_record(ctx, org, year, key, "section");
      r.anchor = std::move(s.anchor);
      r.title = s.title.empty() ? r.doc : std::move(s.title);
      r.text = std::move(s.text);
      out.push_back(std::move(r));
    }
  }
}

}  // namespace

const std::vector<YearRecordSource> kYearRecordSources = {
    {"goal", add_goals},
    {"risk", add_risks},
    {"control", add_controls},
    {"project", add_projects},
    {"activity", add_activities},
    {"section", add_sections},
    {"glossary", add_glossary_terms},
    {"appendix", add_appendix_sections},
    {"followup", add_followup_records},
    {"procurement", add_procurement_records},
    {"budget", add_budget_records},
};

}  // namespace insyn::search
