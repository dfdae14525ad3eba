#include "model/rules.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <map>

#include "core/format.h"
#include "core/parallel.h"
#include "core/utf8.h"
#include "model/object_reader.h"
#include "model/rules_followup.h"
#include "model/rules_budget.h"
#include "model/rules_procurement.h"
#include "model/rules_printed_matrix.h"
#include "model/rules_appendix.h"

namespace insyn {

namespace {

using Args = std::map<std::string, std::string>;

std::string str(int n) { return std::to_string(n); }

// Collects a year's findings into both the build's diagnostics and the published list. The English
// message is for the editor's terminal; `args` let the site retell it for the board in Swedish.
class Findings {
 public:
  Findings(PlanYear& year, Diagnostics& diags) : year_(year), diags_(diags) {}
  void add(Severity severity, const SourceLoc& loc, std::string code, std::string message, std::string hint,
           Args args) {
    Diagnostic d{severity, loc, std::move(message), std::move(hint), std::move(code), std::move(args)};
    year_.findings.push_back(d);
    diags_.add(std::move(d));
  }

 private:
  PlanYear& year_;
  Diagnostics& diags_;
};

constexpr Severity kError = Severity::Error;
constexpr Severity kWarning = Severity::Warning;
constexpr Severity kInfo = Severity::Info;

Args risk_args(const Risk& r, Args extra = {}) {
  extra.emplace("nr", str(r.nr));
  extra.emplace("doc", "vor");
  extra.emplace("anchor", "risk-" + str(r.nr));
  return extra;
}

Args control_args(const Control& c, Args extra = {}) {
  extra.emplace("id", c.id);
  extra.emplace("process", c.process);
  extra.emplace("doc", "kontrollplan");
  extra.emplace("anchor", "kontroll-" + c.id);
  return extra;
}

void check_goal_ref(const PlanYear& year, const std::string& goal, const SourceLoc& loc, const std::string& who,
                    Args args, Findings& f) {
  if (goal.empty() || year.find_goal(goal)) return;
  args["goal"] = goal;
  f.add(kWarning, loc, "dangling-goal", who + " refers to goal " + goal + ", which plan.json does not define",
        "add the goal to plan.json's \"goals\", or correct the number", std::move(args));
}

// `args` say whose score it is (a risk's or a control's); `variant` is "probability" or "consequence".
void check_scale_label(const Scale& scale, int value, const std::string& label, const SourceLoc& loc,
                       const std::string& variant, Args args, Findings& f) {
  std::string expected = scale.label_for(value);
  if (label.empty() || expected.empty() || label == expected) return;
  std::string who = args.count("nr") ? "risk " + args["nr"] : "control " + args["id"];
  args.insert({{"variant", (args.count("nr") ? "" : "control_") + variant}, {"value", str(value)}, {"label", label},
               {"expected", expected}});
  f.add(kWarning, loc, "scale-label",
        who + ": " + variant + " " + str(value) + " is labelled \"" + label + "\" but the scale calls " + str(value) +
            " \"" + expected + "\"",
        "the number and the label disagree in the source; check which one is right", std::move(args));
}

// Whether the year's documents state the rules that the risk model's thresholds come from.
bool states_rules(const PlanYear& year, const RiskModel& model) { return year.year >= model.rules_since; }

void check_processes(const PlanYear& year, const RiskModel& model, Findings& f) {
  for (const Process& p : year.vor->processes) {
    check_goal_ref(year, p.goal, p.goal_loc, "process \"" + p.name + "\"",
                   {{"variant", "process"}, {"name", p.name}, {"doc", "vor"}}, f);
    if (p.managers.empty() && states_rules(year, model)) {
      f.add(kWarning, p.loc, "missing-manager", "process \"" + p.name + "\" has no responsible manager",
            "add \"managers\": [\"Name\"] (ansvarig chef)", {{"process", p.name}, {"doc", "vor"}});
    }
  }
}

void check_risks(PlanYear& year, const RiskModel& model, Findings& f) {
  std::map<int, const Risk*> seen;
  std::string threshold = str(model.control_plan_threshold);
  for (const Risk& r : year.vor->risks) {
    std::string who = "risk " + str(r.nr);
    auto [it, inserted] = seen.emplace(r.nr, &r);
    if (!inserted) {
      f.add(kError, r.nr_loc, "duplicate-nr",
            "risk number " + str(r.nr) + " is used twice (first at line " + str(it->second->loc.line) + ")",
            "risk numbers must be unique within a plan year; renumber one of them", risk_args(r));
    }
    check_scale_label(model.probability, r.probability, r.probability_label, r.probability_loc, "probability",
                      risk_args(r), f);
    check_scale_label(model.consequence, r.consequence, r.consequence_label, r.consequence_loc, "consequence",
                      risk_args(r), f);
    Args scores{{"rv", str(r.rv())}, {"p", str(r.probability)}, {"k", str(r.consequence)}, {"threshold", threshold}};
    if (r.rv_stated && *r.rv_stated != r.rv()) {
      Args a = scores;
      a["stated"] = str(*r.rv_stated);
      f.add(kError, r.rv_loc, "rv-mismatch",
            who + ": stated risk value " + str(*r.rv_stated) + " differs from probability × consequence = " +
                str(r.probability) + " × " + str(r.consequence) + " = " + str(r.rv()),
            "correct \"rv\", \"probability\" or \"consequence\" (or drop \"rv\": Insyn computes it)", risk_args(r, a));
    }
    if (r.rv() >= model.control_plan_threshold && r.flag != PlanFlag::InPlan && states_rules(year, model)) {
      bool vor_only = r.flag == PlanFlag::VorOnly;
      // A control that covers the risk anyway changes what the board should do: fix the flag, not the plan.
      std::string covering;
      for (const std::string& id : r.controls) covering += (covering.empty() ? "" : ", ") + id;
      Args a = scores;
      a["variant"] = std::string(vor_only ? "vor_only" : "blank") + (covering.empty() ? "" : "_covered");
      a["controls"] = covering;
      f.add(kWarning, r.flag_loc, "rv-not-in-plan",
            who + " has RV " + str(r.rv()) + " (≥ " + threshold + ") but " +
                (vor_only ? "is marked \"VoR only\"" : "has no control-plan flag") +
                (covering.empty() ? "" : ", although the control plan covers it (" + covering + ")"),
            covering.empty() ? "risks with RV " + threshold + " or more must always be in the internal control plan"
                             : "mark the risk \"in_plan\" (★) to match the control plan",
            risk_args(r, a));
    } else if (r.flag == PlanFlag::Unspecified && states_rules(year, model)) {
      f.add(kInfo, r.flag_loc, "plan-flag-blank", who + " has no control-plan flag",
            "write \"in_plan\" or \"vor_only\" when the source says which", risk_args(r));
    }
    if (r.flag == PlanFlag::InPlan && year.control_plan && r.controls.empty()) {
      f.add(kWarning, r.flag_loc, "flagged-without-control",
            who + " is marked for the control plan (★) but no control covers it",
            "add the risk number to the \"risks\" of the control that covers it in kontrollplan.json", risk_args(r));
    }
  }
}

// The urval lists only an RV; it must still be a product of two scale steps.
void check_selection(PlanYear& year, const RiskModel& model, Findings& f) {
  int top = static_cast<int>(std::max(model.probability.levels.size(), model.consequence.levels.size()));
  auto possible = [&](int rv) {
    for (int p = 1; p <= top; ++p) {
      if (rv % p == 0 && rv / p <= top) return true;
    }
    return false;
  };
  for (const SelectedRisk& r : year.vor->selection->risks) {
    if (possible(r.rv)) continue;
    std::string event = truncate_utf8(r.event, 60);
    f.add(kWarning, r.rv_loc, "rv-impossible",
          "risk \"" + event + "\" has RV " + str(r.rv) + ", which is no product of probability × consequence",
          "check the risk value against the source", {{"event", event}, {"rv", str(r.rv)}, {"doc", "vor"}});
  }
}

// A control that states its own scores (2014) should agree with the risks it is linked to.
void check_control_scores(const PlanYear& year, const RiskModel& model, const Control& c, Findings& f) {
  if (c.probability) {
    check_scale_label(model.probability, *c.probability, c.probability_label, c.probability_loc, "probability",
                      control_args(c), f);
  }
  if (c.consequence) {
    check_scale_label(model.consequence, *c.consequence, c.consequence_label, c.consequence_loc, "consequence",
                      control_args(c), f);
  }
  if (!c.probability || !c.consequence || !year.vor) return;
  for (const Ref& ref : c.risks) {
    const Risk* risk = year.vor->find(ref.nr);
    if (!risk || (risk->probability == *c.probability && risk->consequence == *c.consequence)) continue;
    f.add(kWarning, c.probability_loc, "link-score-mismatch",
          "control " + c.id + " scores its risk " + str(*c.probability) + " × " + str(*c.consequence) + " but risk " +
              str(ref.nr) + " is scored " + str(risk->probability) + " × " + str(risk->consequence),
          "the control plan and the risk analysis disagree in the source; check which one is right",
          control_args(c, {{"nr", str(ref.nr)},
                           {"scores", str(*c.probability) + " × " + str(*c.consequence)},
                           {"risk_scores", str(risk->probability) + " × " + str(risk->consequence)}}));
  }
}

// each application has its own priority, its form gives the same one as the summary (a blank
// form field is not read as a disagreement), and the amounts add up to the stated total.
void check_applications(PlanYear& year, Findings& f) {
  const FundingApplications& apps = *year.competence->applications;
  std::map<int, const FundingApplication*> seen;
  double sum = 0;
  bool all_amounts = true;
  for (const FundingApplication& a : apps.items) {
    std::string name = truncate_utf8(a.title, 60);
    Args args{{"name", name}, {"doc", "kompetens"}};
    if (a.amount.amount) {
      sum += *a.amount.amount;
    } else {
      all_amounts = false;
    }
    if (!a.priority) continue;
    args["priority"] = str(*a.priority);
    auto [it, inserted] = seen.emplace(*a.priority, &a);
    if (!inserted) {
      f.add(kWarning, a.loc, "priority-duplicate",
            "application \"" + name + "\" has priority " + str(*a.priority) + ", like \"" +
                truncate_utf8(it->second->title, 60) + "\"",
            "each application gets its own priority; 1 is the highest", args);
    }
    if (a.priority_form && a.priority_form->empty()) {
      f.add(kWarning, a.loc, "priority-form-missing",
            "application \"" + name + "\" has priority " + str(*a.priority) +
                " in the summary but none on its form",
            "the summary and the form should give the same priority", args);
    } else if (a.priority_form && *a.priority_form != str(*a.priority)) {
      args["form"] = *a.priority_form;
      f.add(kWarning, a.loc, "priority-form-mismatch",
            "application \"" + name + "\" has priority " + str(*a.priority) + " in the summary but " +
                *a.priority_form + " on its form",
            "the summary and the form should give the same priority", args);
    }
  }
  if (apps.total && apps.total->amount && all_amounts && std::abs(*apps.total->amount - sum) > 0.5) {
    f.add(kError, apps.total_loc, "total-mismatch",
          "the applications add up to " + format_integer(static_cast<long long>(sum)) + " but the stated total is " +
              apps.total->raw,
          "correct the total or one of the amounts",
          {{"sum", format_integer(static_cast<long long>(sum))}, {"stated", apps.total->raw}, {"doc", "kompetens"}});
  }
}

void check_controls(PlanYear& year, const RiskModel& model, Findings& f) {
  std::map<std::string, const Control*> ids;
  for (const Control& c : year.control_plan->controls) {
    std::string who = "control " + c.id;
    auto [it, inserted] = ids.emplace(c.id, &c);
    if (!inserted && !c.id.empty()) {
      f.add(kError, c.loc, "duplicate-id",
            "control id " + c.id + " is used twice (first at line " + str(it->second->loc.line) + ")",
            "give each control its own id", control_args(c));
    }
    check_goal_ref(year, c.goal, c.goal_loc, who, control_args(c, {{"variant", "control"}}), f);
    check_control_scores(year, model, c, f);
    if (c.owners.empty()) {
      f.add(kWarning, c.loc, "missing-owner", who + " (\"" + c.process + "\") has no control owner",
            "add \"owners\": [\"Name\"] (kontrollansvarig)", control_args(c));
    }
    if (c.risks.empty()) {
      f.add(kWarning, c.risks_loc, "control-without-risk",
            who + " (\"" + c.process + "\") covers no risk of the risk analysis",
            "list the numbers of the risks it covers in \"risks\"", control_args(c));
    }
    for (const Ref& ref : c.risks) {
      const Risk* risk = year.vor ? year.vor->find(ref.nr) : nullptr;
      if (!risk) {
        f.add(kWarning, ref.loc, "dangling-risk",
              who + " refers to risk " + str(ref.nr) + ", which the risk analysis does not have",
              "correct the number or remove it", control_args(c, {{"nr", str(ref.nr)}}));
        continue;
      }
      const Process& process = year.vor->processes[risk->process];
      if (!same_name(process.name, c.process)) {
        f.add(kWarning, ref.loc, "link-process-mismatch",
              who + " is about process \"" + c.process + "\" but risk " + str(ref.nr) + " belongs to \"" +
                  process.name + "\"",
              "check that the control really covers this risk",
              control_args(c, {{"nr", str(ref.nr)}, {"risk_process", process.name}}));
      }
    }
  }
}

void check_projects(PlanYear& year, Findings& f) {
  std::map<std::string, const Project*> ids;
  for (const Project& p : year.projects->projects) {
    Args args{{"name", p.name}, {"id", p.id}, {"doc", "projekt"}, {"anchor", "projekt-" + p.id}};
    auto [it, inserted] = ids.emplace(p.id, &p);
    if (!inserted && !p.id.empty()) {
      f.add(kError, p.loc, "duplicate-id",
            "project id \"" + p.id + "\" is used twice (first at line " + str(it->second->loc.line) + ")",
            "give each project its own id", args);
    }
    if (p.period && p.period->start && p.period->end &&
        p.period->start->first_month() > p.period->end->last_month()) {
      args["start"] = p.period->start->to_string();
      args["end"] = p.period->end->to_string();
      f.add(kWarning, p.period->end_loc, "period-order",
            "project \"" + p.name + "\" ends (" + args["end"] + ") before it starts (" + args["start"] + ")",
            "check the period against the source", args);
    }
  }
}

void check_activities(PlanYear& year, Findings& f) {
  for (const Activity& a : year.competence->activities) {
    std::string name = truncate_utf8(a.text, 60);
    for (const GoalRef& g : a.goals) {
      check_goal_ref(year, g.id, g.loc, "activity \"" + name + "\"",
                     {{"variant", "activity"}, {"name", name}, {"doc", "kompetens"}}, f);
    }
  }
}

}  // namespace

std::string fold_name(const std::string& s) {
  std::string out;
  for (unsigned char c : s) {
    if (std::isalnum(c) || c >= 0x80) out += static_cast<char>(std::tolower(c));
  }
  return out;
}

namespace {

// edit_distance(a, b) <= 1 in one pass: after the common prefix, what is left of the two must be
// equal once one character is dropped from one side (or from both, for a substitution).
bool within_one_edit(std::string_view a, std::string_view b) {
  if (a.size() < b.size()) std::swap(a, b);
  if (a.size() - b.size() > 1) return false;
  size_t i = 0;
  while (i < b.size() && a[i] == b[i]) ++i;
  if (i == b.size()) return true;  // equal, or one character added at the end
  return a.substr(i + 1) == b.substr(i + (a.size() == b.size() ? 1 : 0));
}

}  // namespace

bool same_folded_name(const std::string& fa, const std::string& fb) { return within_one_edit(fa, fb); }

bool same_name(const std::string& a, const std::string& b) { return same_folded_name(fold_name(a), fold_name(b)); }

void link_controls(PlanYear& year) {
  if (!year.vor || !year.control_plan) return;
  std::map<int, Risk*> by_nr;
  for (Risk& r : year.vor->risks) by_nr.emplace(r.nr, &r);
  for (const Control& c : year.control_plan->controls) {
    for (const Ref& ref : c.risks) {
      auto it = by_nr.find(ref.nr);
      if (it != by_nr.end()) it->second->controls.push_back(c.id);
    }
  }
}

void check_year(PlanYear& year, const RiskModel& model, Diagnostics& diags) {
  Findings f(year, diags);
  if (year.vor) {
    check_processes(year, model, f);
    check_risks(year, model, f);
    if (year.vor->selection) check_selection(year, model, f);
  }
  if (year.control_plan) check_controls(year, model, f);
  if (year.projects) check_projects(year, f);
  if (year.competence) {
    check_activities(year, f);
    if (year.competence->applications) check_applications(year, f);
  }
  check_followup(year, diags);
  check_procurement(year, diags);
  check_budget(year, diags);
  check_printed_matrix(year, model, diags);
  check_appendices(year, diags);
}

void check_pages(const Site& site, Diagnostics& diags) {
  for (const Page& page : site.pages) {
    if (page.score_stated && page.rv() && *page.score_stated != *page.rv()) {
      diags.error(page.score_loc, "rv-mismatch",
                  "stated score " + str(*page.score_stated) + " differs from probability × consequence = " +
                      str(*page.probability) + " × " + str(*page.consequence) + " = " + str(*page.rv()),
                  "correct \"score\", \"probability\" or \"consequence\" (or drop \"score\": Insyn computes it)");
    }
    if (page.probability.has_value() != page.consequence.has_value()) {
      diags.warning(page.loc, "half-scored", "page has only one of \"probability\" and \"consequence\"",
                    "give both to place the page in the risk matrix");
    }
  }
}

void check_site(Site& site, Diagnostics& diags) {
  // Each year's rules read only that year: check them on all cores, merging the findings in order.
  std::vector<PlanYear*> years;
  for (Organisation& org : site.organisations) {
    for (PlanYear& year : org.years) years.push_back(&year);
  }
  std::vector<Diagnostics> found(years.size());
  parallel_for(years.size(), [&](size_t i) {
    link_controls(*years[i]);
    check_year(*years[i], site.config.risk_model, found[i]);
  });
  for (const Diagnostics& d : found) {
    for (const Diagnostic& item : d.items()) diags.add(item);
  }
  // Across years: a budget that restates an earlier follow-up's outcome.
  for (Organisation& org : site.organisations) check_budget_followup(org, diags);
  check_pages(site, diags);
}

}  // namespace insyn
