#include "render/view_documents.h"

#include <algorithm>
#include <set>

#include "core/format.h"
#include "core/heading_ids.h"
#include "core/html.h"
#include "render/view_common.h"
#include "render/view_plan_links.h"

namespace insyn {

namespace {

// The text escaped, with each foreign part (its first occurrence) in <span lang="…">, so screen
// readers pronounce "Employment through procurement" as English.
std::string html_with_lang(const std::string& text, const std::vector<ForeignPart>& parts) {
  std::vector<std::pair<size_t, const ForeignPart*>> at;
  for (const ForeignPart& part : parts) {
    size_t pos = text.find(part.text);
    if (pos != std::string::npos && !part.text.empty()) at.emplace_back(pos, &part);
  }
  std::sort(at.begin(), at.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  std::string out;
  size_t done = 0;
  for (const auto& [pos, part] : at) {
    if (pos < done) continue;  // overlapping parts: the first wins
    out += html_escape(std::string_view(text).substr(done, pos - done));
    out += "<span lang=\"" + html_escape(part->lang) + "\">" + html_escape(part->text) + "</span>";
    done = pos + part->text.size();
  }
  return out + html_escape(std::string_view(text).substr(done));
}

// "3 Möjlig × 4 Allvarlig = 12" for a control that scores its own risk (2014).
std::string score_text(std::optional<int> p, std::optional<int> k, const RiskModel& model) {
  if (!p || !k) return "";
  return std::to_string(*p) + " " + model.probability.label_for(*p) + " × " + std::to_string(*k) + " " +
         model.consequence.label_for(*k) + " = " + std::to_string(*p * *k);
}

}  // namespace

nlohmann::json vor_view(const PlanYear& year, const RiskModel& model, const nlohmann::json& t,
                        const DocLinks& /*links*/) {
  const Vor& vor = *year.vor;
  size_t in_plan = std::count_if(vor.risks.begin(), vor.risks.end(), [](const Risk& r) { return r.flag == PlanFlag::InPlan; });
  nlohmann::json bands = nlohmann::json::array();
  for (const Band& b : model.bands) {
    size_t n = std::count_if(vor.risks.begin(), vor.risks.end(), [&](const Risk& r) { return r.rv() >= b.min && r.rv() <= b.max; });
    bands.push_back({{"id", b.id}, {"label", b.label}, {"range", std::to_string(b.min) + "–" + std::to_string(b.max)},
                     {"count", format_integer(static_cast<long long>(n))}});
  }
  nlohmann::json selection;
  if (vor.selection) {
    nlohmann::json rows = nlohmann::json::array();
    for (const SelectedRisk& r : vor.selection->risks) {
      const Band* band = model.band_for(r.rv);
      rows.push_back({{"anchor", "urval-" + std::to_string(rows.size() + 1)}, {"process", r.process}, {"method", r.method}, {"event", r.event}, {"rv", std::to_string(r.rv)},
                      {"band", band ? band->id : ""}, {"band_label", band ? band->label : ""}, {"measure", r.measure}});
    }
    selection = {{"title", vor.selection->title},
                 {"count", format_integer(static_cast<long long>(rows.size()))},
                 {"risks", std::move(rows)}};
  }
  return {
      {"title", vor.title},
      // The selection's measure column; the register's optional columns are vor_register_view's.
      {"measure_name", vor.measure_name.empty() ? t.value("measure", "") : vor.measure_name},
      {"rv_derived", !vor.rv_column},
      {"selection", std::move(selection)},
      {"risk_count", format_integer(static_cast<long long>(vor.risks.size()))},
      {"in_plan_count", format_integer(static_cast<long long>(in_plan))},
      {"bands", std::move(bands)},
      {"formula", model.formula},
      {"measures_threshold", std::to_string(model.measures_threshold)},
      {"control_plan_threshold", std::to_string(model.control_plan_threshold)}};
}

nlohmann::json control_plan_view(const PlanYear& year, const RiskModel& model, const nlohmann::json& t,
                                 const DocLinks& links) {
  nlohmann::json goals = nlohmann::json::array();
  // Columns the source does not have (2019 states no frequency) are left out rather than shown empty.
  const auto& controls = year.control_plan->controls;
  auto any = [&](auto field) { return std::any_of(controls.begin(), controls.end(), field); };
  bool any_frequency = any([](const Control& c) { return !c.frequency.empty(); });
  bool any_method = any([](const Control& c) { return !c.method.empty(); });
  bool any_event = any([](const Control& c) { return !c.event.empty(); });
  bool any_follow_up = any([](const Control& c) { return !c.follow_up.empty() || !c.description.empty(); });
  bool any_scores = any([](const Control& c) { return c.probability || c.consequence; });
  bool any_check_method = any([](const Control& c) { return !c.check_method.empty(); });
  for (const Control& c : controls) {
    if (goals.empty() || goals.back()["id"] != c.goal) {
      std::string heading = c.goal.empty() ? t.value("controls_heading", "") : goal_heading(year, c.goal);
      goals.push_back({{"id", c.goal}, {"heading", heading}, {"controls", nlohmann::json::array()}});
    }
    nlohmann::json risks = nlohmann::json::array();
    for (const Ref& ref : c.risks) {
      bool exists = year.vor && year.vor->find(ref.nr);
      risks.push_back({{"nr", std::to_string(ref.nr)}, {"href", links.vor + "#risk-" + std::to_string(ref.nr)}, {"exists", exists}});
    }
    goals.back()["controls"].push_back({{"id", c.id},
                                        {"anchor", "kontroll-" + c.id},
                                        {"process", c.process},
                                        {"indicator", c.process_is_indicator},
                                        {"method", c.method},
                                        {"control", c.control},
                                        {"event", c.event},
                                        {"follow_up", c.follow_up},
                                        {"description", c.description},
                                        {"scores", score_text(c.probability, c.consequence, model)},
                                        {"check_method", c.check_method},
                                        {"owners", join_with(c.owners)},
                                        {"has_owners", !c.owners.empty()},
                                        {"frequency", c.frequency},
                                        {"has_risks", !risks.empty()},
                                        {"risks", std::move(risks)},
                                        {"link_note", c.link_note}});
  }
  return {{"title", year.control_plan->title},
          {"goals", std::move(goals)},
          {"has_frequency", any_frequency},
          {"has_method", any_method},
          {"has_event", any_event},
          {"has_follow_up", any_follow_up},
          {"has_scores", any_scores},
          {"has_check_method", any_check_method},
          {"consequence_name", year.vor && !year.vor->consequence_name.empty() ? year.vor->consequence_name
                                                                              : t.value("consequence", "")},
          {"control_count", format_integer(static_cast<long long>(year.control_plan->controls.size()))}};
}

nlohmann::json projects_view(const PlanYear& year, const nlohmann::json& t) {
  const ProjectAppendix& pa = *year.projects;
  nlohmann::json groups = nlohmann::json::array();
  for (size_t gi = 0; gi < pa.groups.size(); ++gi) {
    const ProjectGroup& g = pa.groups[gi];
    nlohmann::json projects = nlohmann::json::array();
    for (const Project& p : pa.projects) {
      if (p.group != gi) continue;
      auto money = [&](const std::optional<Money>& m) -> nlohmann::json {
        if (!m) return {{"raw", ""}, {"normalised", ""}, {"label", ""}};
        return {{"raw", m->raw}, {"normalised", format_money(*m)}, {"label", m->label}, {"note", m->note}};
      };
      projects.push_back({{"anchor", "projekt-" + p.id},
                          {"nr", p.nr ? std::to_string(*p.nr) : ""},
                          {"name", p.name},
                          {"name_html", html_with_lang(p.name, p.name_lang)},
                          {"description", p.description},
                          {"budget", money(p.budget)},
                          {"cofinancing", money(p.cofinancing)},
                          {"period_raw", p.period ? p.period->raw : ""},
                          {"period", p.period ? format_period(*p.period, t) : ""},
                          {"department", p.department},
                          {"project_owner", p.project_owner}});
    }
    groups.push_back({{"heading", g.heading},
                      {"funder", g.funder},
                      {"role", t.value("role_" + g.role, g.role)},
                      {"projects", std::move(projects)}});
  }
  return {{"title", pa.title},
          {"groups", std::move(groups)},
          {"project_count", format_integer(static_cast<long long>(pa.projects.size()))}};
}

namespace {

nlohmann::json applications_view(const FundingApplications& apps, const nlohmann::json& t) {
  nlohmann::json items = nlohmann::json::array();
  for (size_t i = 0; i < apps.items.size(); ++i) {
    const FundingApplication& a = apps.items[i];
    nlohmann::json costs = nlohmann::json::array();
    for (const CostLine& c : a.costs) {
      costs.push_back({{"kind", t.value("cost_" + c.kind, c.kind)},
                       {"raw", c.raw},
                       {"amount", c.amount ? format_integer(static_cast<long long>(*c.amount)) + " kr" : ""}});
    }
    // The form's free-text answers, in the form's order, leaving out unanswered questions.
    nlohmann::json answers = nlohmann::json::array();
    for (const auto& [key, text] : {std::pair{"app_need", &a.need}, {"app_description", &a.description},
                                    {"app_roles", &a.roles_covered}, {"app_headcount", &a.headcount_form},
                                    {"app_effect", &a.effect}, {"app_spread", &a.spread},
                                    {"app_complements", &a.complements}, {"app_cooperation", &a.cooperation},
                                    {"app_follow_up", &a.follow_up}}) {
      if (!text->empty()) answers.push_back({{"question", t.value(key, "")}, {"answer", *text}});
    }
    items.push_back({{"anchor", "ansokan-" + std::to_string(i + 1)},
                     {"priority", a.priority ? std::to_string(*a.priority) : ""},
                     {"priority_form", a.priority_form.value_or("")},
                     {"priority_differs",
                      a.priority && a.priority_form && *a.priority_form != std::to_string(*a.priority)},
                     {"title", a.title},
                     {"title_form", a.title_form},
                     {"amount_raw", a.amount.raw},
                     {"amount", format_money(a.amount)},
                     {"amount_form", a.amount_form ? a.amount_form->raw : ""},
                     {"target_group", a.target_group},
                     {"has_costs", !costs.empty()},
                     {"costs", std::move(costs)},
                     {"answers", std::move(answers)},
                     {"note", a.note}});
  }
  return {{"title", apps.title},
          {"dnr", apps.dnr},
          {"total_raw", apps.total ? apps.total->raw : ""},
          {"total", apps.total ? format_money(*apps.total) : ""},
          {"count", format_integer(static_cast<long long>(items.size()))},
          {"items", std::move(items)}};
}

}  // namespace

nlohmann::json competence_view(const PlanYear& year, const nlohmann::json& t) {
  const CompetencePlan& cp = *year.competence;
  nlohmann::json staff = nlohmann::json::array();
  for (const StaffFigure& f : cp.staff) {
    auto opt = [](const std::optional<double>& v) { return v ? format_number(*v, 1) : std::string(); };
    staff.push_back({{"scope", f.scope}, {"metric", f.metric}, {"value", format_number(f.value, 1)}, {"unit", f.unit},
                     {"permanent", opt(f.permanent)}, {"temporary", opt(f.temporary)}, {"as_of", f.as_of}, {"quote", f.quote}});
  }
  nlohmann::json activities = nlohmann::json::array();
  for (const Activity& a : cp.activities) {
    std::string anchor = "aktivitet-" + std::to_string(activities.size() + 1);  // search links here
    std::vector<std::string> goals;
    for (const GoalRef& g : a.goals) goals.push_back(goal_heading(year, g.id));
    activities.push_back({{"anchor", anchor},
                          {"category", a.category},
                          {"text", a.text},
                          {"goals", goals},
                          {"target_date", a.target_date ? a.target_date->to_string() : ""},
                          {"responsible", a.responsible},
                          {"follow_up", a.follow_up}});
  }
  // The flags first: an initializer list is evaluated in order, and the lists are moved.
  nlohmann::json out = {{"title", cp.title},
                        {"period", cp.period},
                        {"has_staff", !staff.empty()},
                        {"has_activities", !activities.empty()},
                        {"staff", std::move(staff)},
                        {"activities", std::move(activities)}};
  if (cp.applications) {
    out["applications"] = applications_view(*cp.applications, t);
    // Plan next to outcome: what the year's follow-up says of each application.
    for (size_t i = 0; i < cp.applications->items.size(); ++i) {
      const auto& priority = cp.applications->items[i].priority;
      if (!priority) continue;
      nlohmann::json links = report_links_for_application(year, *priority, t);
      out["applications"]["items"][i]["has_report_links"] = !links.empty();
      out["applications"]["items"][i]["report_links"] = links;
    }
  }
  return out;
}

nlohmann::json findings_view(const PlanYear& year, const nlohmann::json& t) {
  std::vector<const Diagnostic*> sorted;
  for (const Diagnostic& d : year.findings) sorted.push_back(&d);
  std::stable_sort(sorted.begin(), sorted.end(), [](const Diagnostic* a, const Diagnostic* b) {
    return a->severity < b->severity;
  });
  nlohmann::json items = nlohmann::json::array();
  for (const Diagnostic* d : sorted) {
    std::string file = d->loc.file.substr(d->loc.file.find_last_of('/') + 1);
    items.push_back({{"severity", std::string(severity_name(d->severity))},
                     {"severity_label", t.value("severity_" + std::string(severity_name(d->severity)), "")},
                     {"code", d->code},
                     {"message", d->message},
                     {"where", file + ":" + std::to_string(d->loc.line)}});
  }
  return items;
}

}  // namespace insyn
