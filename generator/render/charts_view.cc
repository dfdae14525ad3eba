#include "render/charts_view.h"

#include <algorithm>
#include <map>

#include "core/format.h"
#include "core/heading_ids.h"

namespace insyn {

namespace {

std::string s(const nlohmann::json& t, const std::string& key) {
  return t.value(key, key);
}

std::string band_class(const Band* band) {
  return band ? "band-" + band->id : "";
}

// A value for a URL query: percent-encoded UTF-8, so a process name with spaces or "&" stays one value.
std::string query_escape(const std::string& value) {
  static const char* const kHex = "0123456789ABCDEF";
  std::string out;
  for (unsigned char c : value) {
    bool plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');  // locale-free
    if (plain || c == '-' || c == '.' || c == '_' || c == '~')
      out += static_cast<char>(c);
    else
      out += std::string("%") + kHex[c >> 4] + kHex[c & 15];
  }
  return out;
}

// Counts risks per group in first-seen order, one value per band.
svg::BarChartSpec stacked_by_band(const std::vector<std::pair<std::string, std::vector<const Risk*>>>& groups,
                                  const RiskModel& model) {
  svg::BarChartSpec spec;
  spec.stacked = true;
  for (const Band& b : model.bands) spec.series.push_back({b.label, "band-" + b.id});
  for (const auto& [label, risks] : groups) {
    svg::BarCategory cat{label, std::vector<double>(model.bands.size(), 0.0), ""};
    for (const Risk* r : risks) {
      for (size_t i = 0; i < model.bands.size(); ++i) {
        if (r->rv() >= model.bands[i].min && r->rv() <= model.bands[i].max) cat.values[i] += 1;
      }
    }
    spec.categories.push_back(cat);
  }
  return spec;
}

std::string count_label(size_t n) {
  return format_integer(static_cast<long long>(n));
}

}  // namespace

svg::HeatMatrixSpec risk_matrix_spec(const PlanYear& year, const RiskModel& model, const nlohmann::json& t,
                                     const std::string& id, const std::string& risk_href) {
  svg::HeatMatrixSpec spec;
  spec.id = id;
  const Scale& rows = model.probability_on_rows ? model.probability : model.consequence;
  const Scale& cols = model.probability_on_rows ? model.consequence : model.probability;
  // A year may call the consequence axis by its own name (2014: "Väsentlighet").
  const std::string& consequence =
      year.vor && !year.vor->consequence_name.empty() ? year.vor->consequence_name : model.consequence.name;
  spec.row_axis = model.probability_on_rows ? rows.name : consequence;
  spec.column_axis = model.probability_on_rows ? consequence : cols.name;
  spec.count_suffix = s(t, "count_suffix");
  for (int v = 5; v >= 1; --v) spec.row_labels.push_back(std::to_string(v) + " " + rows.label_for(v));
  for (int v = 1; v <= 5; ++v) spec.column_labels.push_back(std::to_string(v) + " " + cols.label_for(v));
  size_t total = 0;
  for (int rv_row = 5; rv_row >= 1; --rv_row) {
    std::vector<svg::MatrixCell> line;
    for (int col = 1; col <= 5; ++col) {
      int p = model.probability_on_rows ? rv_row : col;
      int k = model.probability_on_rows ? col : rv_row;
      const Band* band = model.band_for(p * k);
      svg::MatrixCell cell{band_class(band), band ? band->label : "", "RV " + std::to_string(p * k), {}};
      if (year.vor) {
        for (const Risk& r : year.vor->risks) {
          if (r.probability != p || r.consequence != k) continue;
          const bool in_plan = r.flag == PlanFlag::InPlan;
          // The link says what the cell shows by colour, position and star: "Risk 65, Hög, i
          // internkontrollplanen".
          std::string name = s(t, "matrix_link_risk") + " " + std::to_string(r.nr) +
                             (band ? ", " + band->label : "") +
                             (in_plan ? ", " + s(t, "matrix_link_in_plan") : "");
          cell.items.push_back(
              {std::to_string(r.nr), risk_href + "#risk-" + std::to_string(r.nr), in_plan, name});
          ++total;
        }
      }
      line.push_back(cell);
    }
    spec.cells.push_back(line);
  }
  spec.title = s(t, "matrix_title") + " " + std::to_string(year.year);
  spec.description = s(t, "matrix_desc_prefix") + " " + count_label(total) + " " +
                     s(t, "matrix_desc_suffix") + " " + model.formula + ".";
  return spec;
}

nlohmann::json risk_matrix_table(const svg::HeatMatrixSpec& spec, const nlohmann::json& t) {
  nlohmann::json header = nlohmann::json::array();
  for (const std::string& label : spec.column_labels) header.push_back(label);
  nlohmann::json rows = nlohmann::json::array();
  for (size_t r = 0; r < spec.cells.size(); ++r) {
    nlohmann::json cells = nlohmann::json::array();
    for (const svg::MatrixCell& c : spec.cells[r]) {
      nlohmann::json items = nlohmann::json::array();
      for (const svg::MatrixItem& item : c.items) {
        items.push_back(
            {{"label", item.label}, {"href", item.href}, {"marked", item.marked}, {"name", item.name}});
      }
      cells.push_back({{"css_class", c.css_class},
                       {"level", c.level_word},
                       {"value", c.value_text},
                       {"count", count_label(c.items.size())},
                       {"items", std::move(items)}});
    }
    rows.push_back({{"label", spec.row_labels[r]}, {"cells", std::move(cells)}});
  }
  return {{"caption", spec.title},
          {"row_axis", spec.row_axis},
          {"column_axis", spec.column_axis},
          {"header", std::move(header)},
          {"rows", std::move(rows)},
          {"count_suffix", spec.count_suffix},
          {"marked_legend", s(t, "matrix_marked_legend")}};
}

svg::BarChartSpec risks_per_group_spec(const PlanYear& year, const RiskModel& model, const nlohmann::json& t,
                                       const std::string& by, const std::string& id) {
  std::vector<std::pair<std::string, std::vector<const Risk*>>> groups;
  if (year.vor) {
    for (const Risk& r : year.vor->risks) {
      const Process& p = year.vor->processes[r.process];
      std::string key = p.name;
      if (by == "goal") {
        const Goal* g = year.find_goal(p.goal);
        // Years without goals (2014, 2017) group by their heading instead.
        key = p.goal.empty() ? (p.area.empty() ? s(t, "no_goal") : p.area)
              : g            ? p.goal + " " + g->text
                             : p.goal;
      }
      auto it = std::find_if(groups.begin(), groups.end(), [&](const auto& g) { return g.first == key; });
      if (it == groups.end()) {
        groups.push_back({key, {}});
        it = groups.end() - 1;
      }
      it->second.push_back(&r);
    }
  }
  // The riskiest groups first: a reader scans for where the high risks are.
  std::stable_sort(groups.begin(), groups.end(), [](const auto& a, const auto& b) {
    auto max_rv = [](const auto& g) {
      int m = 0;
      for (const Risk* r : g.second) m = std::max(m, r->rv());
      return m;
    };
    if (max_rv(a) != max_rv(b)) return max_rv(a) > max_rv(b);
    return a.second.size() > b.second.size();
  });
  svg::BarChartSpec spec = stacked_by_band(groups, model);
  // Each bar links to the register filtered to its goal or process (site.js reads the query); without
  // JavaScript a goal's link still lands on that goal's risks.
  for (size_t i = 0; i < groups.size(); ++i) {
    const Process& p = year.vor->processes[groups[i].second.front()->process];
    if (by == "goal" && !p.goal.empty()) {
      spec.categories[i].href =
          "vor/index.html?goal=" + query_escape(p.goal) + "#" + anchor_id("mal", p.goal);
    } else if (by == "process") {
      spec.categories[i].href = "vor/index.html?process=" + query_escape(p.name);
    }
  }
  spec.id = id;
  spec.unit = s(t, "count_suffix");
  spec.title = s(t, by == "goal" ? "chart_risks_per_goal" : "chart_risks_per_process") + " " +
               std::to_string(year.year);
  spec.description = s(t, "chart_risks_per_group_desc");
  return spec;
}

svg::GanttSpec project_gantt_spec(const PlanYear& year, const nlohmann::json& t, const std::string& id) {
  svg::GanttSpec spec;
  spec.id = id;
  spec.title = s(t, "chart_projects_timeline") + " " + std::to_string(year.year);
  spec.description = s(t, "chart_projects_timeline_desc");
  spec.legend_uncertain = s(t, "legend_year_only");
  spec.legend_open = s(t, "open_end");
  spec.marker_month = year.year * 12;
  spec.marker_label = s(t, "plan_year") + " " + std::to_string(year.year);
  int from = year.year, to = year.year;
  if (!year.projects) return spec;
  std::map<std::string, int> funder_index;
  for (const Project& p : year.projects->projects) {
    const std::string& funder = year.projects->groups[p.group].funder;
    int series = funder_index.emplace(funder, static_cast<int>(funder_index.size()) % 8 + 1).first->second;
    svg::GanttRow row;
    row.label = (p.nr ? std::to_string(*p.nr) + ". " : "") + p.name;
    row.href = "#projekt-" + p.id;
    row.css_class = "series-" + std::to_string(series);
    if (!p.period || !p.period->start || (!p.period->end && !p.period->open_end)) {
      row.unknown = true;
      row.date_text = p.period ? p.period->raw : s(t, "no_period");
    } else {
      row.start_month = p.period->start->first_month();
      row.start_uncertain = p.period->start->month == 0;
      row.open_end = p.period->open_end;
      if (p.period->end) {
        row.end_month = p.period->end->last_month();
        row.end_uncertain = p.period->end->month == 0;
        to = std::max(to, p.period->end->year);
      }
      from = std::min(from, p.period->start->year);
      row.date_text = p.period->start->to_string() + " – " +
                      (p.period->open_end ? s(t, "open_end") : p.period->end->to_string());
    }
    spec.rows.push_back(row);
  }
  spec.from_year = from;
  spec.to_year = to;
  return spec;
}

svg::BarChartSpec project_budget_spec(const PlanYear& year, const nlohmann::json& t, const std::string& id) {
  svg::BarChartSpec spec;
  spec.id = id;
  spec.title = s(t, "chart_project_budgets") + " " + std::to_string(year.year);
  spec.description = s(t, "chart_project_budgets_desc");
  spec.series = {{s(t, "budget"), "series-1"}, {s(t, "cofinancing"), "series-2"}};
  spec.unit = s(t, "mnkr");
  spec.decimals = 1;
  spec.value_scale = 1e6;
  if (!year.projects) return spec;
  for (const ProjectGroup& g : year.projects->groups) {
    auto it = std::find_if(spec.categories.begin(), spec.categories.end(),
                           [&](const svg::BarCategory& c) { return c.label == g.funder; });
    if (it == spec.categories.end()) spec.categories.push_back({g.funder, {0, 0}, ""});
  }
  // Only whole-project totals in kronor add up; annual, in-kind and euro amounts are listed, not summed.
  auto sek_total = [](const std::optional<Money>& m) {
    return m && m->amount && m->currency == "SEK" && (m->kind.empty() || m->kind == "total") ? *m->amount
                                                                                             : 0.0;
  };
  // A funder none of whose amounts is a total in kronor (EaSI 2021: euro) has no value in this
  // chart: it is named in words, not drawn as 0,0 mnkr.
  auto is_sek_total = [&](const std::optional<Money>& m) { return sek_total(m) > 0 || (m && m->amount && *m->amount == 0 && m->currency == "SEK"); };
  std::map<std::string, std::pair<bool, bool>> known;  // funder -> (budget, co-financing) has a SEK total
  std::map<std::string, bool> euro;
  for (const Project& p : year.projects->projects) {
    const std::string& funder = year.projects->groups[p.group].funder;
    known[funder].first = known[funder].first || is_sek_total(p.budget);
    known[funder].second = known[funder].second || is_sek_total(p.cofinancing);
    euro[funder] = euro[funder] || (p.budget && p.budget->currency == "EUR");
    for (svg::BarCategory& c : spec.categories) {
      if (c.label != funder) continue;
      c.values[0] += sek_total(p.budget);
      c.values[1] += sek_total(p.cofinancing);
    }
  }
  for (svg::BarCategory& c : spec.categories) {
    std::string words = s(t, euro[c.label] ? "budget_in_euro" : "budget_unknown");
    c.missing = {known[c.label].first ? "" : words, known[c.label].second ? "" : words};
  }
  return spec;
}

svg::BarChartSpec activities_spec(const PlanYear& year, const nlohmann::json& t, const std::string& by,
                                  const std::string& id) {
  svg::BarChartSpec spec;
  spec.id = id;
  spec.title = s(t, by == "category" ? "chart_activities_per_category" : "chart_activities_per_function") +
               " " + std::to_string(year.year);
  spec.description = s(t, "chart_activities_desc");
  spec.series = {{s(t, "activities"), "series-1"}};
  spec.unit = s(t, "count_suffix");
  if (!year.competence) return spec;
  for (const Activity& a : year.competence->activities) {
    std::string key = by == "category" ? a.category : a.responsible;
    if (key.empty()) key = s(t, "not_given");
    auto it = std::find_if(spec.categories.begin(), spec.categories.end(),
                           [&](const svg::BarCategory& c) { return c.label == key; });
    if (it == spec.categories.end()) {
      spec.categories.push_back({key, {0}, ""});
      it = spec.categories.end() - 1;
    }
    it->values[0] += 1;
  }
  // The most common first; ties keep the order of the activity plan. Spellings are kept as published,
  // so "HR-Staben" and "HR-staben" stay two bars, as in the source.
  std::stable_sort(
      spec.categories.begin(), spec.categories.end(),
      [](const svg::BarCategory& a, const svg::BarCategory& b) { return a.values[0] > b.values[0]; });
  return spec;
}

svg::BarChartSpec staff_spec(const PlanYear& year, const nlohmann::json& t, const std::string& id) {
  svg::BarChartSpec spec;
  spec.id = id;
  spec.stacked = true;
  spec.title = s(t, "chart_staff") + " " + std::to_string(year.year);
  spec.description = s(t, "chart_staff_desc");
  spec.series = {
      {s(t, "permanent"), "series-1"}, {s(t, "temporary"), "series-2"}, {s(t, "not_split"), "series-4"}};
  spec.unit = s(t, "persons_short");
  if (!year.competence) return spec;
  for (const StaffFigure& f : year.competence->staff) {
    if (f.unit != "personer") continue;
    double permanent = f.permanent.value_or(0);
    double temporary = f.temporary.value_or(0);
    if (f.permanent && !f.temporary) temporary = std::max(0.0, f.value - permanent);
    if (f.temporary && !f.permanent) permanent = std::max(0.0, f.value - temporary);
    double rest = f.value - permanent - temporary;
    spec.categories.push_back(
        {f.metric + " (" + f.scope + ")", {permanent, temporary, std::max(0.0, rest)}, ""});
  }
  return spec;
}

nlohmann::json bar_table(const svg::BarChartSpec& spec) {
  nlohmann::json series = nlohmann::json::array();
  for (const svg::BarSeries& s : spec.series) series.push_back(s.name);
  nlohmann::json rows = nlohmann::json::array();
  for (const svg::BarCategory& c : spec.categories) {
    nlohmann::json values = nlohmann::json::array();
    for (size_t i = 0; i < c.values.size(); ++i) {
      bool missing = i < c.missing.size() && !c.missing[i].empty();
      values.push_back(missing ? c.missing[i] : format_decimal(c.values[i] / spec.value_scale, spec.decimals));
    }
    rows.push_back({{"label", c.label}, {"values", std::move(values)}, {"href", c.href}});
  }
  return {{"caption", spec.title}, {"series", std::move(series)}, {"rows", std::move(rows)}, {"unit", spec.unit}};
}

}  // namespace insyn

namespace insyn {

svg::BarChartSpec risks_per_band_by_year_spec(const Organisation& org, const RiskModel& model,
                                              const nlohmann::json& t, const std::string& id) {
  svg::BarChartSpec spec;
  spec.id = id;
  spec.stacked = true;
  for (const Band& b : model.bands) spec.series.push_back({b.label, "band-" + b.id});
  for (const PlanYear& year : org.years) {
    if (!year.vor) continue;
    svg::BarCategory cat{std::to_string(year.year), std::vector<double>(model.bands.size(), 0.0),
                         year.dir + "/vor/index.html"};
    auto count = [&](int rv) {
      for (size_t i = 0; i < model.bands.size(); ++i) {
        if (rv >= model.bands[i].min && rv <= model.bands[i].max) cat.values[i] += 1;
      }
    };
    for (const Risk& r : year.vor->risks) count(r.rv());
    if (year.vor->selection) {
      for (const SelectedRisk& r : year.vor->selection->risks) count(r.rv);
    }
    spec.categories.push_back(cat);
  }
  spec.unit = s(t, "count_suffix");
  spec.title = s(t, "chart_trend_risks");
  spec.description = s(t, "chart_trend_risks_desc");
  return spec;
}

svg::BarChartSpec controls_by_year_spec(const Organisation& org, const nlohmann::json& t,
                                        const std::string& id) {
  svg::BarChartSpec spec;
  spec.id = id;
  spec.series.push_back({s(t, "control_count"), "series-1"});
  for (const PlanYear& year : org.years) {
    if (!year.control_plan) continue;
    spec.categories.push_back({std::to_string(year.year),
                               {static_cast<double>(year.control_plan->controls.size())},
                               year.dir + "/kontrollplan/index.html"});
  }
  spec.unit = s(t, "count_suffix");
  spec.title = s(t, "chart_trend_controls");
  spec.description = s(t, "chart_trend_controls_desc");
  return spec;
}

}  // namespace insyn
