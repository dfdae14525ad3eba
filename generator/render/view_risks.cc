// The risk register of a VoR and the static lists of its risks: the views of the risks themselves.
#include <algorithm>
#include <set>

#include "core/format.h"
#include "core/heading_ids.h"
#include "render/view_common.h"
#include "render/view_documents.h"

namespace insyn {

namespace {

// The heading of a group of risks or controls: its goal, else its area, else nothing.
std::string group_heading(const PlanYear& year, const std::string& goal, const std::string& area) {
  return goal.empty() ? area : goal_heading(year, goal);
}

std::string flag_text(const Risk& r, const nlohmann::json& t) {
  switch (r.flag) {
    case PlanFlag::InPlan:
      return r.flag_inferred ? t.value("flag_in_plan_blank", "I internkontrollplanen (tom ruta i källan)")
                             : t.value("flag_in_plan", "I internkontrollplanen");
    case PlanFlag::VorOnly:
      return t.value("flag_vor_only", "Endast VoR");
    case PlanFlag::Unspecified:
      return t.value("flag_unspecified", "Ej angivet");
  }
  return "";
}

// What a list of risks shows of each one (the static lists by band and by manager).
nlohmann::json risk_row_view(const Risk& r, const Vor& vor, const RiskModel& model, const nlohmann::json& t,
                             const DocLinks& links) {
  const Band* band = model.band_for(r.rv());
  nlohmann::json controls = nlohmann::json::array();
  for (const std::string& id : r.controls) {
    controls.push_back({{"id", id}, {"href", links.kontrollplan + "#kontroll-" + id}});
  }
  return {{"nr", std::to_string(r.nr)},
          {"href", links.vor + "#risk-" + std::to_string(r.nr)},
          {"event", r.event},
          {"process", vor.processes[r.process].name},
          {"rv", std::to_string(r.rv())},
          {"band", band ? band->id : ""},
          {"band_label", band ? band->label : ""},
          {"in_plan", r.flag == PlanFlag::InPlan},
          {"flag", flag_text(r, t)},
          {"has_controls", !controls.empty()},
          {"controls", std::move(controls)}};
}

// A risk as the register shows it: the row and all its details.
nlohmann::json risk_view(const Risk& r, const Vor& vor, const RiskModel& model, const nlohmann::json& t,
                         const DocLinks& links) {
  const Process& p = vor.processes[r.process];
  nlohmann::json v = risk_row_view(r, vor, model, t, links);
  v["anchor"] = "risk-" + std::to_string(r.nr);
  v["probability"] = std::to_string(r.probability);
  v["probability_label"] = model.probability.label_for(r.probability);
  v["consequence"] = std::to_string(r.consequence);
  v["consequence_label"] = model.consequence.label_for(r.consequence);
  v["rv_derived"] = !vor.rv_column;
  v["rv_stated"] = r.rv_stated ? std::to_string(*r.rv_stated) : "";
  v["rv_differs"] = r.rv_stated && *r.rv_stated != r.rv();
  v["flag_raw"] = r.flag_raw;
  v["measure"] = r.measure;
  v["routine_documented"] = r.routine_documented;
  v["ongoing_controls"] = r.ongoing_controls;
  v["goal"] = p.goal;
  v["managers"] = join_with(p.managers, "|");
  return v;
}

}  // namespace

nlohmann::json vor_register_view(const PlanYear& year, const RiskModel& model, const nlohmann::json& t,
                                 const DocLinks& links) {
  const Vor& vor = *year.vor;
  nlohmann::json goals = nlohmann::json::array();
  // Risks are stored in source order with their process index; group consecutive runs.
  std::string table;               // 2014 publishes two tables; each group says which one starts
  std::set<std::string> anchored;  // goals whose first group carries the id "mal-<goal>" (search links there)
  for (const Risk& r : vor.risks) {
    const Process& p = vor.processes[r.process];
    std::string key = p.goal + "|" + p.area + "|" + p.table;
    if (goals.empty() || goals.back()["key"] != key) {
      bool first = !p.goal.empty() && anchored.insert(p.goal).second;
      goals.push_back({{"key", key},
                       {"anchor", first ? anchor_id("mal", p.goal) : ""},
                       {"id", p.goal},
                       {"heading", group_heading(year, p.goal, p.area)},
                       {"table", p.table != table ? p.table : ""},
                       {"processes", nlohmann::json::array()}});
      table = p.table;
    }
    nlohmann::json& processes = goals.back()["processes"];
    if (processes.empty() || processes.back()["index"] != r.process) {
      // Under a goal without a heading of its own (2017) the process heading moves up a level, so
      // the outline never skips one (h2 register, h3 process).
      bool goal_heading = !goals.back()["heading"].get<std::string>().empty();
      processes.push_back({{"index", r.process},
                           {"name", p.name},
                           {"level", goal_heading ? "h4" : "h3"},
                           {"indicator", p.is_indicator},
                           {"kf_target", p.kf_target},
                           {"target", p.target},
                           {"has_targets", !p.kf_target.empty() || !p.target.empty()},
                           {"managers", join_with(p.managers)},
                           {"has_managers", !p.managers.empty()},
                           {"methods", nlohmann::json::array()}});
    }
    nlohmann::json& methods = processes.back()["methods"];
    if (methods.empty() || methods.back()["name"] != r.method) {
      // Years without working methods (2014, 2017) caption the table by its process instead.
      std::string caption = r.method.empty() && !vor.has_methods()
                                ? t.value("risks_in", "") + " " + p.name
                                : t.value("method", "") + ": " + (r.method.empty() ? "–" : r.method);
      methods.push_back({{"name", r.method}, {"caption", caption}, {"risks", nlohmann::json::array()}});
    }
    methods.back()["risks"].push_back(risk_view(r, vor, model, t, links));
  }
  bool any_routine = std::any_of(vor.risks.begin(), vor.risks.end(), [](const Risk& r) {
    return !r.routine_documented.empty() || !r.ongoing_controls.empty();
  });
  return {
      {"goals", std::move(goals)},
      {"consequence_name", vor.consequence_name.empty() ? t.value("consequence", "") : vor.consequence_name},
      {"measure_name", vor.measure_name.empty() ? t.value("measure", "") : vor.measure_name},
      {"has_measure",
       !vor.measure_name.empty() ||
           std::any_of(vor.risks.begin(), vor.risks.end(), [](const Risk& r) { return !r.measure.empty(); })},
      {"has_routine", any_routine},
      {"has_flags", std::any_of(vor.risks.begin(), vor.risks.end(), [](const Risk& r) {
         return r.flag != PlanFlag::Unspecified || !r.flag_raw.empty();
       })}};
}

nlohmann::json risk_rows_view(const PlanYear& year, const RiskModel& model, const nlohmann::json& t,
                              const DocLinks& links) {
  nlohmann::json rows = nlohmann::json::array();
  for (const Risk& r : year.vor->risks) rows.push_back(risk_row_view(r, *year.vor, model, t, links));
  return {{"risks", std::move(rows)}};
}

nlohmann::json risk_groups_view(const PlanYear& year, const RiskModel& model, const nlohmann::json& t,
                                const std::string& by, const std::vector<std::string>& row_html) {
  const Vor& vor = *year.vor;
  std::vector<std::pair<std::string, std::vector<const Risk*>>> groups;
  auto add = [&](const std::string& key, const Risk& r) {
    auto it = std::find_if(groups.begin(), groups.end(), [&](const auto& g) { return g.first == key; });
    if (it == groups.end()) {
      groups.push_back({key, {}});
      it = groups.end() - 1;
    }
    it->second.push_back(&r);
  };
  if (by == "band") {
    for (auto b = model.bands.rbegin(); b != model.bands.rend(); ++b) groups.push_back({b->label, {}});
    for (const Risk& r : vor.risks) {
      if (const Band* band = model.band_for(r.rv())) add(band->label, r);
    }
  } else {
    for (const Risk& r : vor.risks) {
      const Process& p = vor.processes[r.process];
      if (p.managers.empty()) add(t.value("no_manager", "–"), r);
      for (const std::string& m : p.managers) add(m, r);
    }
    std::stable_sort(groups.begin(), groups.end(),
                     [](const auto& a, const auto& b) { return a.first < b.first; });
  }
  nlohmann::json out = nlohmann::json::array();
  for (auto& [heading, risks] : groups) {
    if (by == "band") {
      std::stable_sort(risks.begin(), risks.end(),
                       [](const Risk* a, const Risk* b) { return a->rv() > b->rv(); });
    }
    nlohmann::json rows = nlohmann::json::array();
    for (const Risk* r : risks) rows.push_back({{"html", row_html[static_cast<size_t>(r - vor.risks.data())]}});
    // Band groups are named by band ("niva-high"), so the dashboard's key figures can link to them.
    std::string anchor = "grupp-" + std::to_string(out.size() + 1);
    if (by == "band") {
      for (const Band& b : model.bands) {
        if (b.label == heading) anchor = "niva-" + b.id;
      }
    }
    out.push_back({{"heading", heading},
                   {"anchor", anchor},
                   {"count", format_integer(static_cast<long long>(risks.size()))},
                   {"risks", std::move(rows)},
                   {"empty", risks.empty()}});
  }
  return out;
}

}  // namespace insyn
