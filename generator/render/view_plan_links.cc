// Plan next to outcome for the competence-funding applications (KUS): links both ways between an
// application on the competence page and the goal or activity of the follow-up that speaks of it.
#include "render/view_plan_links.h"

namespace insyn {

namespace {

// The application's anchor on the competence page: "ansokan-<position>", as view_documents.cc writes it.
std::string application_anchor(const PlanYear& year, int priority, const FundingApplication** found) {
  if (!year.competence || !year.competence->applications) return "";
  const auto& items = year.competence->applications->items;
  for (size_t i = 0; i < items.size(); ++i) {
    if (items[i].priority == priority) {
      *found = &items[i];
      return "ansokan-" + std::to_string(i + 1);
    }
  }
  return "";
}

std::string goal_anchor(const std::string& id) {
  std::string a = "mal-" + id;
  for (char& c : a) {
    if (c == '.') c = '-';
  }
  return a;
}

}  // namespace

nlohmann::json report_links_for_application(const PlanYear& year, int priority, const nlohmann::json& t) {
  nlohmann::json out = nlohmann::json::array();
  if (!year.followup) return out;
  const FollowUp& f = *year.followup;
  for (const PlanLink& l : f.plan_links) {
    if (l.application != priority) continue;
    std::string href = "../verksamhetsberattelse/index.html#", label;
    if (!l.goal.empty()) {
      const FollowUpGoal* g = f.find_goal(l.goal);
      if (!g) continue;
      href += goal_anchor(g->id);
      label = t.value("kus_report_goal", "") + " " + g->id + " " + g->text;
    } else {
      const FollowUpActivity* found = nullptr;
      for (const FollowUpActivity& a : f.activities) {
        if (a.id == l.activity) found = &a;
      }
      if (!found) continue;
      href += "aktivitet-" + found->id;
      label = t.value("kus_report_activity", "") + ": " + found->text;
    }
    out.push_back({{"href", href}, {"label", label}, {"quote", l.quote}});
  }
  return out;
}

nlohmann::json application_links(const PlanYear& year, const std::string& goal, const std::string& activity,
                                 const nlohmann::json& t) {
  nlohmann::json out = nlohmann::json::array();
  if (!year.followup) return out;
  for (const PlanLink& l : year.followup->plan_links) {
    if (goal.empty() ? l.activity != activity : l.goal != goal) continue;
    const FundingApplication* app = nullptr;
    std::string anchor = application_anchor(year, l.application, &app);
    if (!app) continue;
    out.push_back({{"href", "../kompetens/index.html#" + anchor},
                   {"label", t.value("kus_application", "") + " " + std::to_string(l.application) + ": " +
                                 app->title}});
  }
  return out;
}

}  // namespace insyn
