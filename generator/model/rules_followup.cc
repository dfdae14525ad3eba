#include "model/rules_followup.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>

#include "core/format.h"
#include "model/rules_board_year.h"

namespace insyn {

namespace {

using Args = std::map<std::string, std::string>;

// Adds a finding to the build's diagnostics and to the year's published list (as rules.cc does).
class Report {
 public:
  Report(PlanYear& year, Diagnostics& diags, std::string doc = "verksamhetsberattelse")
      : year_(year), diags_(diags), doc_(std::move(doc)) {}
  void add(Severity severity, const SourceLoc& loc, std::string code, std::string message, std::string hint,
           Args args) {
    args.emplace("doc", doc_);
    Diagnostic d{severity, loc, std::move(message), std::move(hint), std::move(code), std::move(args)};
    year_.findings.push_back(d);
    diags_.add(std::move(d));
  }

 private:
  PlanYear& year_;
  Diagnostics& diags_;
  std::string doc_;
};

// A number for messages, in the source's style: decimal comma, as many decimals as printed.
std::string num(double v, int decimals) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.*f", decimals, v);
  std::string s = buf;
  if (size_t dot = s.find('.'); dot != std::string::npos) s[dot] = ',';
  if (s == "-0" || s.rfind("-0,", 0) == 0) {
    bool zero = s.find_first_not_of("-0,") == std::string::npos;
    if (zero) s = s.substr(1);
  }
  return s;
}

std::string line_hint(int line) {
  return line ? " (source line " + std::to_string(line) + ")" : "";
}

// How far a sum of printed values may stray: whole counts add up exactly; amounts printed with
// decimals are rounded, so the total may differ by half a unit of its last decimal.
double sum_tolerance(const Quantity& total) {
  return total.decimals == 0 ? 1e-9 : total.tolerance() + 1e-9;
}

void check_table(const DataTable& t, Report& r) {
  auto unknown = [&](const TableCheck& c, const std::string& key, const char* what) {
    r.add(Severity::Error, c.loc, "table-check-key",
          "table \"" + t.id + "\": check names " + what + " \"" + key + "\", which the table does not have",
          "use the keys of the table's rows and columns", {{"table", t.id}, {"key", key}});
  };
  for (const TableCheck& c : t.checks) {
    if (c.kind == "rows") {
      int total = t.row(c.total);
      if (total < 0) {
        unknown(c, c.total, "row");
        continue;
      }
      std::vector<std::pair<int, double>> parts;
      for (const std::string& k : c.parts) parts.push_back({t.row(k), 1.0});
      for (const std::string& k : c.minus) parts.push_back({t.row(k), -1.0});
      if (std::any_of(parts.begin(), parts.end(), [](auto& p) { return p.first < 0; })) {
        for (const std::string& k : c.parts)
          if (t.row(k) < 0) unknown(c, k, "row");
        continue;
      }
      const TableRow& tr = t.rows[total];
      for (size_t col = 0; col < t.columns.size() && col < tr.values.size(); ++col) {
        const Quantity& tv = tr.values[col];
        // Shares and percentages do not add up over rows; their own checks are ratios.
        if (!tv.value || t.columns[col].kind == "pct" || t.columns[col].kind == "share") continue;
        if (!c.only.empty() && std::find(c.only.begin(), c.only.end(), t.columns[col].key) == c.only.end())
          continue;
        double sum = 0;
        bool any = false;
        for (auto [ri, sign] : parts) {
          if (col < t.rows[ri].values.size() && t.rows[ri].values[col].value) {
            sum += sign * *t.rows[ri].values[col].value;
            any = true;
          }
        }
        if (!any || std::fabs(sum - *tv.value) <= sum_tolerance(tv)) continue;
        r.add(Severity::Warning, tr.value_locs[col], "table-sum",
              "table \"" + t.id + "\", column \"" + t.columns[col].label + "\": \"" + tr.label + "\" is " +
                  tv.raw + " but its rows add up to " + num(sum, tv.decimals),
              "the source's total and its parts disagree; keep what it prints" + line_hint(t.first_line),
              {{"table", t.id},
               {"title", t.title},
               {"row", tr.label},
               {"column", t.columns[col].label},
               {"stated", tv.raw},
               {"sum", num(sum, tv.decimals)},
               {"anchor", "tabell-" + t.id}});
      }
    } else if (c.kind == "columns" || c.kind == "ratio") {
      int total = t.column(c.total);
      if (total < 0) {
        unknown(c, c.total, "column");
        continue;
      }
      std::vector<int> plus, minus;
      for (const std::string& k : c.parts) plus.push_back(t.column(k));
      for (const std::string& k : c.minus) minus.push_back(t.column(k));
      bool bad = false;
      for (size_t i = 0; i < plus.size(); ++i)
        if (plus[i] < 0) {
          unknown(c, c.parts[i], "column");
          bad = true;
        }
      for (size_t i = 0; i < minus.size(); ++i)
        if (minus[i] < 0) {
          unknown(c, c.minus[i], "column");
          bad = true;
        }
      if (bad || (c.kind == "ratio" && plus.size() != 2)) continue;
      for (size_t ri = 0; ri < t.rows.size(); ++ri) {
        const TableRow& row = t.rows[ri];
        if (!c.only.empty() && std::find(c.only.begin(), c.only.end(), row.key) == c.only.end()) continue;
        if (static_cast<size_t>(total) >= row.values.size() || !row.values[total].value) continue;
        const Quantity& tv = row.values[total];
        double expected = 0, tolerance = sum_tolerance(tv);
        bool complete = true;
        if (c.kind == "ratio") {
          const Quantity& a = row.values[plus[0]];
          const Quantity& b = row.values[plus[1]];
          if (!a.value || !b.value || *b.value == 0) continue;
          // The inputs are rounded too: allow for the whole range they may stand for.
          expected = *a.value / *b.value * c.scale;
          double lo = expected, hi = expected;
          for (double da : {-a.tolerance(), a.tolerance()}) {
            for (double db : {-b.tolerance(), b.tolerance()}) {
              double v = (*a.value + da) / (*b.value + db) * c.scale;
              lo = std::min(lo, v);
              hi = std::max(hi, v);
            }
          }
          tolerance = std::max(hi - expected, expected - lo) + tv.tolerance();
        } else {
          int decimals = 0;
          for (int ci : plus) {
            const Quantity& q = row.values[ci];
            if (q.value)
              expected += *q.value;
            else
              complete = q.raw == "-" || q.raw.empty();
            decimals = std::max(decimals, q.decimals);
          }
          for (int ci : minus) {
            const Quantity& q = row.values[ci];
            if (q.value)
              expected -= *q.value;
            else
              complete = false;
          }
          if (decimals == 0 && tv.decimals == 0) tolerance = 1e-9;
          bool any =
              std::any_of(plus.begin(), plus.end(), [&](int ci) { return row.values[ci].value.has_value(); });
          if (!any || !complete) continue;
        }
        if (std::fabs(expected - *tv.value) <= tolerance) continue;
        std::string got = num(expected, std::max(tv.decimals, c.kind == "ratio" ? 1 : 0));
        r.add(Severity::Warning, row.value_locs[total], "table-sum",
              "table \"" + t.id + "\", row \"" + row.label + "\": \"" + t.columns[total].label + "\" is " +
                  tv.raw + " but its columns give " + got,
              "the source's total and its parts disagree; keep what it prints" + line_hint(t.first_line),
              {{"table", t.id},
               {"title", t.title},
               {"row", row.label},
               {"column", t.columns[total].label},
               {"stated", tv.raw},
               {"sum", got},
               {"anchor", "tabell-" + t.id}});
      }
    }
  }
}

// The value a text figure is compared with, or nullopt (reported) when its reference is wrong.
std::optional<double> figure_reference(const FollowUp& f, const TextFigure& x, Report& r) {
  if (!x.plus.empty() || !x.minus.empty()) {
    double v = 0;
    for (double p : x.plus) v += p;
    for (double m : x.minus) v -= m;
    return v;
  }
  const DataTable* t = f.find_table(x.table);
  if (!t) {
    r.add(Severity::Error, x.loc, "figure-reference",
          "text figure refers to table \"" + x.table + "\", which does not exist",
          "name a table's \"id\", or give \"plus\"/\"minus\" figures", {{"table", x.table}});
    return std::nullopt;
  }
  if (!x.sum_rows.empty()) {
    double v = 0;
    for (const std::string& k : x.sum_rows) {
      int ri = t->row(k);
      if (ri < 0) return std::nullopt;
      for (const Quantity& q : t->rows[ri].values) v += q.value.value_or(0);
    }
    return v;
  }
  int ri = t->row(x.row), ci = t->column(x.column);
  if (ri < 0 || ci < 0 || static_cast<size_t>(ci) >= t->rows[ri].values.size()) {
    r.add(Severity::Error, x.loc, "figure-reference",
          "text figure refers to row \"" + x.row + "\", column \"" + x.column + "\" of table \"" + x.table +
              "\", which it does not have",
          "use the table's row and column keys", {{"table", x.table}});
    return std::nullopt;
  }
  return t->rows[ri].values[ci].value;
}

void check_figures(const FollowUp& f, Report& r) {
  for (const TextFigure& x : f.figures) {
    std::optional<double> ref = figure_reference(f, x, r);
    if (!ref) continue;
    double stated = x.sign * x.value * x.scale;
    double tolerance = 0.5 * std::pow(10.0, -x.decimals) * x.scale + 1e-9;
    if (std::fabs(stated - *ref) <= tolerance) continue;
    std::string where = x.table.empty() ? "the figures it is computed from" : "table \"" + x.table + "\"";
    std::string ref_text = num(*ref / (x.sign * x.scale), x.decimals);
    r.add(Severity::Warning, x.loc, "text-figure-mismatch",
          "the text says \"" + x.quote + "\" (" + num(x.value, x.decimals) + ") but " + where + " gives " +
              ref_text,
          "the report's text and its table disagree; keep both as printed" + line_hint(x.source_line),
          {{"quote", x.quote},
           {"stated", num(x.value, x.decimals)},
           {"expected", ref_text},
           {"table", x.table},
           {"line", std::to_string(x.source_line)},
           {"anchor", x.table.empty() ? "" : "tabell-" + x.table}});
  }
}

bool is_count(const Indicator& ind) {
  return ind.outcome.unit == "st" || ind.name.rfind("Antal", 0) == 0;
}

void check_indicators(const FollowUp& f, Report& r) {
  std::set<std::string> ids;
  for (const Indicator& ind : f.indicators) {
    Args args{{"id", ind.id}, {"name", ind.name}, {"anchor", "indikator-" + ind.id}};
    if (!ids.insert(ind.id).second) {
      r.add(Severity::Error, ind.loc, "vb-duplicate-id", "indicator id \"" + ind.id + "\" is used twice",
            "give every indicator its own id", args);
    }
    if (!f.find_goal(ind.goal)) {
      r.add(Severity::Warning, ind.loc, "vb-dangling-goal",
            "indicator " + ind.id + " belongs to goal " + ind.goal + ", which the report does not have",
            "correct \"goal\"", args);
    }
    if (!ind.outcome.value) {
      r.add(Severity::Warning, ind.outcome_loc, "indicator-no-outcome",
            "indicator " + ind.id + " (\"" + ind.name + "\") has no outcome",
            "the source leaves the outcome blank; its analysis may say why", args);
    }
    if (!ind.target.value && !ind.kf_target.value && ind.direction != "band") {
      r.add(Severity::Info, ind.target_loc, "indicator-no-target",
            "indicator " + ind.id + " (\"" + ind.name + "\") has no numeric annual target" +
                (ind.kf_target.raw.empty() ? "" : " (KF: \"" + ind.kf_target.raw + "\")"),
            "without a target its outcome cannot be assessed", args);
    }
    if (!ind.outcome.value || !ind.men.value || !ind.women.value) continue;
    double o = *ind.outcome.value, m = *ind.men.value, w = *ind.women.value;
    if (is_count(ind)) {
      if (std::fabs(m + w - o) > 1e-9) {
        Args a = args;
        a.insert({{"stated", ind.outcome.raw},
                  {"sum", num(m + w, 0)},
                  {"men", ind.men.raw},
                  {"women", ind.women.raw}});
        r.add(Severity::Warning, ind.outcome_loc, "indicator-sum",
              "indicator " + ind.id + ": the outcome is " + ind.outcome.raw + " but women (" + ind.women.raw +
                  ") and men (" + ind.men.raw + ") add up to " + num(m + w, 0),
              "a count's total should be the sum of women and men; keep what the source prints", a);
      }
    } else {
      // A share or mean lies between the women's and the men's (each printed rounded).
      double tol = std::max(ind.men.tolerance(), ind.women.tolerance()) + 1e-9;
      if (o < std::min(m, w) - tol || o > std::max(m, w) + tol) {
        Args a = args;
        a.insert({{"stated", ind.outcome.raw}, {"men", ind.men.raw}, {"women", ind.women.raw}});
        r.add(Severity::Warning, ind.outcome_loc, "indicator-range",
              "indicator " + ind.id + ": the outcome " + ind.outcome.raw +
                  " is outside the range of women (" + ind.women.raw + ") and men (" + ind.men.raw + ")",
              "a total share or mean lies between the two groups'; check the source", a);
      }
    }
  }
}

void check_goals(const FollowUp& f, Report& r) {
  std::set<std::string> ids;
  for (const FollowUpGoal& g : f.goals) {
    std::string anchor = "mal-" + g.id;
    for (char& c : anchor) {
      if (c == '.') c = '-';  // as the page writes it: ids keep to letters, digits and dashes
    }
    Args args{{"goal", g.id}, {"text", g.text}, {"anchor", anchor}};
    if (!ids.insert(g.id).second) {
      r.add(Severity::Error, g.loc, "vb-duplicate-id", "goal \"" + g.id + "\" appears twice",
            "give each goal once", args);
    }
    if (!g.parent.empty() && !f.find_goal(g.parent)) {
      r.add(Severity::Warning, g.loc, "vb-dangling-goal",
            "goal " + g.id + " has parent " + g.parent + ", which the report does not have",
            "correct \"parent\"", args);
    }
    if (g.level != "inriktningsmal" && g.assessment == Assessment::None) {
      r.add(Severity::Warning, g.loc, "goal-no-assessment", "goal " + g.id + " has no assessment",
            "give \"assessment\" and the printed \"assessment_raw\"", args);
    }
    if (!g.assessment_raw.empty() && g.assessment_raw != assessment_label(g.assessment)) {
      Args a = args;
      a.insert({{"raw", g.assessment_raw}, {"label", assessment_label(g.assessment)}});
      r.add(Severity::Info, g.assessment_loc, "assessment-spelling",
            "goal " + g.id + " is assessed \"" + g.assessment_raw + "\", read as \"" +
                assessment_label(g.assessment) + "\"",
            "the source's spelling is kept as printed", a);
    }
    if (g.assessment != Assessment::Met) continue;
    std::string missed, deviating;
    for (const Indicator& ind : f.indicators) {
      if (ind.goal == g.id && target_result(ind) == TargetResult::Missed)
        missed += (missed.empty() ? "" : ", ") + ind.id;
    }
    for (const FollowUpActivity& a : f.activities) {
      if (a.goal == g.id && a.deviates()) deviating += (deviating.empty() ? "" : ", ") + a.id;
    }
    if (missed.empty() && deviating.empty()) continue;
    Args a = args;
    a.insert({{"indicators", missed}, {"activities", deviating}});
    std::string why;
    if (!missed.empty()) why += "its indicators " + missed + " miss their targets";
    if (!deviating.empty())
      why += std::string(why.empty() ? "" : " and ") + "its activities " + deviating + " report a deviation";
    a["variant"] = missed.empty() ? "activities" : deviating.empty() ? "indicators" : "both";
    r.add(Severity::Warning, g.assessment_loc, "assessment-contradicted",
          "goal " + g.id + " is assessed \"" + g.assessment_raw + "\" although " + why,
          "the assessment should weigh its own indicators and activities; the analysis may explain it", a);
  }
}

void check_activities(const FollowUp& f, Report& r) {
  std::set<std::string> ids;
  for (const FollowUpActivity& a : f.activities) {
    Args args{{"id", a.id}, {"anchor", "aktivitet-" + a.id}};
    if (!ids.insert(a.id).second) {
      r.add(Severity::Error, a.loc, "vb-duplicate-id", "activity id \"" + a.id + "\" is used twice",
            "give every activity its own id", args);
    }
    if (!f.find_goal(a.goal)) {
      r.add(Severity::Warning, a.loc, "vb-dangling-goal",
            "activity " + a.id + " belongs to goal " + a.goal + ", which the report does not have",
            "correct \"goal\"", args);
    }
    if (!a.start.empty() && !a.end.empty() && a.end < a.start) {
      r.add(Severity::Warning, a.loc, "vb-period-order",
            "activity " + a.id + " ends (" + a.end + ") before it starts (" + a.start + ")",
            "check the dates", args);
    }
  }
}

// A plan link must lead somewhere at both ends: a goal or activity of the report, an application of
// the year's competence plan.
void check_plan_links(const PlanYear& year, const FollowUp& f, Report& r) {
  for (const PlanLink& l : f.plan_links) {
    bool report_end = !l.goal.empty()
                          ? f.find_goal(l.goal) != nullptr
                          : std::any_of(f.activities.begin(), f.activities.end(),
                                        [&](const FollowUpActivity& a) { return a.id == l.activity; });
    bool plan_end =
        year.competence && year.competence->applications &&
        std::any_of(year.competence->applications->items.begin(), year.competence->applications->items.end(),
                    [&](const FundingApplication& a) { return a.priority == l.application; });
    if (report_end && plan_end) continue;
    std::string what = !report_end ? (l.goal.empty() ? "activity " + l.activity : "goal " + l.goal) +
                                         ", which the report does not have"
                                   : "application " + std::to_string(l.application) +
                                         ", which the year's competence plan does not have";
    r.add(Severity::Warning, l.loc, "plan-link-dangling", "plan link to " + what,
          "link a goal or activity of the report to an application's priority in kompetens.json",
          {{"application", std::to_string(l.application)}});
  }
}

void check_headings(const FollowUp& f, Report& r) {
  for (const ReportHeading& h : f.headings) {
    if (h.has_content) continue;
    r.add(Severity::Warning, h.loc, "empty-heading", "heading \"" + h.text + "\" has no text under it",
          "the source stops or skips here; add the missing text if another source has it",
          {{"heading", h.text}});
  }
}

}  // namespace

void check_internal_control(const InternalControlFollowUp& ic, const ControlPlan* plan, PlanYear& year,
                            Diagnostics& diags) {
  Report r(year, diags);
  if (ic.status == "missing") {
    r.add(Severity::Info, ic.loc, "ic-followup-missing",
          "the internal-control follow-up is not in the source" +
              (ic.note.empty() ? std::string() : ": " + ic.note),
          "enter it when the appendix is found", {});
    return;
  }
  if (ic.overall.empty()) {
    r.add(Severity::Warning, ic.loc, "ic-no-verdict",
          "the internal-control follow-up gives no overall verdict",
          "give \"overall\": \"tillracklig\", \"delvis_tillracklig\" or \"otillracklig\"", {});
  } else if (ic.basis.empty()) {
    r.add(Severity::Warning, ic.overall_loc, "ic-no-basis", "the overall verdict has no basis",
          "the basis of the board's verdict must be stated (\"basis\")", {});
  }
  for (const ControlFollowUp& c : ic.controls) {
    Args args{{"id", c.control}};
    if (plan && std::none_of(plan->controls.begin(), plan->controls.end(),
                             [&](const Control& k) { return k.id == c.control; })) {
      r.add(Severity::Warning, c.loc, "ic-unknown-control",
            "follow-up of control \"" + c.control + "\", which the control plan does not have",
            "use the control plan's ids", args);
    }
    if (c.performed && !*c.performed && c.analysis.empty()) {
      r.add(Severity::Warning, c.loc, "ic-not-performed",
            "control \"" + c.control + "\" was not performed and no analysis says why",
            "every control is documented and analysed, also when it was not performed", args);
    }
    if (!c.deviations.empty() && c.actions.empty()) {
      r.add(Severity::Warning, c.loc, "ic-no-actions",
            "control \"" + c.control + "\" reports deviations but no actions taken",
            "describe the actions taken for each deviation (\"actions\")", args);
    }
  }
}

void check_data_tables(const std::vector<DataTable>& tables, const std::string& doc, PlanYear& year,
                       Diagnostics& diags) {
  Report r(year, diags, doc);
  for (const DataTable& t : tables) check_table(t, r);
}

void check_followup(PlanYear& year, Diagnostics& diags) {
  if (!year.followup) return;
  const FollowUp& f = *year.followup;
  Report r(year, diags);
  check_goals(f, r);
  check_indicators(f, r);
  check_activities(f, r);
  for (const DataTable& t : f.tables) check_table(t, r);
  check_figures(f, r);
  check_headings(f, r);
  check_plan_links(year, f, r);
  check_board_year(year, diags);
  if (f.internal_control) {
    check_internal_control(*f.internal_control, year.control_plan ? &*year.control_plan : nullptr, year,
                           diags);
  }
}

}  // namespace insyn
