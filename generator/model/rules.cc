#include "model/rules.h"

#include <cctype>
#include <map>

#include "core/utf8.h"
#include "model/object_reader.h"

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

void check_scale_label(const Scale& scale, int value, const std::string& label, const SourceLoc& loc,
                       const std::string& variant, const Risk& r, Findings& f) {
  std::string expected = scale.label_for(value);
  if (label.empty() || expected.empty() || label == expected) return;
  f.add(kWarning, loc, "scale-label",
        variant + " " + str(value) + " is labelled \"" + label + "\" but the scale calls " + str(value) + " \"" +
            expected + "\"",
        "the number and the label disagree in the source; check which one is right",
        risk_args(r, {{"variant", variant}, {"value", str(value)}, {"label", label}, {"expected", expected}}));
}

void check_processes(const PlanYear& year, Findings& f) {
  for (const Process& p : year.vor->processes) {
    check_goal_ref(year, p.goal, p.goal_loc, "process \"" + p.name + "\"",
                   {{"variant", "process"}, {"name", p.name}, {"doc", "vor"}}, f);
    if (p.managers.empty()) {
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
    check_scale_label(model.probability, r.probability, r.probability_label, r.probability_loc, "probability", r, f);
    check_scale_label(model.consequence, r.consequence, r.consequence_label, r.consequence_loc, "consequence", r, f);
    Args scores{{"rv", str(r.rv())}, {"p", str(r.probability)}, {"k", str(r.consequence)}, {"threshold", threshold}};
    if (r.rv_stated && *r.rv_stated != r.rv()) {
      Args a = scores;
      a["stated"] = str(*r.rv_stated);
      f.add(kError, r.rv_loc, "rv-mismatch",
            who + ": stated risk value " + str(*r.rv_stated) + " differs from probability × consequence = " +
                str(r.probability) + " × " + str(r.consequence) + " = " + str(r.rv()),
            "correct \"rv\", \"probability\" or \"consequence\" (or drop \"rv\": Insyn computes it)", risk_args(r, a));
    }
    if (r.rv() >= model.control_plan_threshold && r.flag != PlanFlag::InPlan) {
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
    } else if (r.flag == PlanFlag::Unspecified) {
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

void check_controls(PlanYear& year, Findings& f) {
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

std::string fold(const std::string& s) {
  std::string out;
  for (unsigned char c : s) {
    if (std::isalnum(c) || c >= 0x80) out += static_cast<char>(std::tolower(c));
  }
  return out;
}

}  // namespace

bool same_name(const std::string& a, const std::string& b) {
  std::string fa = fold(a), fb = fold(b);
  return fa == fb || edit_distance(fa, fb) <= 1;
}

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
    check_processes(year, f);
    check_risks(year, model, f);
  }
  if (year.control_plan) check_controls(year, f);
  if (year.projects) check_projects(year, f);
  if (year.competence) check_activities(year, f);
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
  for (Organisation& org : site.organisations) {
    for (PlanYear& year : org.years) {
      link_controls(year);
      check_year(year, site.config.risk_model, diags);
    }
  }
  check_pages(site, diags);
}

}  // namespace insyn
