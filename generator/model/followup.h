#pragma once

// Verksamhetsberättelse (verksamhetsberattelse.json): the follow-up half of a plan year — goal
// assessments, indicators against targets, activities with status, printed tables (statistics and
// finance in one generic model), figures the text states, and the internal-control follow-up.

#include <optional>
#include <string>
#include <vector>

#include "core/source_loc.h"
#include "model/board_year.h"
#include "model/values.h"

namespace insyn {

/// How the report assesses a goal. The raw label is kept beside it (the source misspells it).
enum class Assessment { None, Met, PartlyMet, NotMet };

/// A number as printed ("75,98 %", "8 500 st", "340*", "-") with what could be read from it.
struct Quantity {
  std::string raw;
  std::optional<double> value;  ///< nullopt when the cell is blank, a dash or text
  std::string unit;             ///< "%", "st", "mån", "kwh/kvm" or "" (bare number or text)
  int decimals = 0;             ///< decimals printed, for rounding tolerances
  /// Parses a printed Swedish number: optional sign, space-grouped thousands, decimal comma, then a
  /// unit or footnote star; anything after (e.g. " (34%)") is left in `raw` only.
  static Quantity parse(const std::string& raw);
  /// Half a unit of the last printed decimal (0.5 for integers, 0.05 for one decimal).
  double tolerance() const;
};

/// A goal of the follow-up: KF's inriktningsmål, KF's goal for the area, or the board's own goal.
struct FollowUpGoal {
  std::string id;     ///< "3", "3.4", "3.4.1"
  std::string level;  ///< "inriktningsmal", "kf" or "namnd"
  std::string text;
  std::string parent;
  std::string assessment_raw;  ///< as printed, e.g. "Uppfylles helt"
  Assessment assessment = Assessment::None;
  bool icon = false;  ///< the printed status icon (●) survived in the source
  std::string description, expected_result, analysis;  ///< Markdown as transcribed
  std::string description_html, expected_result_html, analysis_html;
  SourceLoc loc, assessment_loc;
};

/// One point of an indicator's series (the VB 2016 column gives the point before the year's own).
struct SeriesPoint {
  int year = 0;
  Quantity value;
};

/// One indicator row: outcome (total, men, women) against the board's and KF's annual targets.
struct Indicator {
  std::string id;
  std::string goal;
  std::string name;
  bool gender_mainstreamed = false;  ///< marked ♀ in the source
  bool icon = false;
  Quantity outcome, men, women, previous, target, kf_target;
  std::string period;
  std::string direction = "higher";  ///< "higher", "lower" or "band" (curated; see the README)
  /// With direction "band": on target within target ± tolerance, or within [min, max] (the target's
  /// unit). Without either, a target printed "+/- N" is the band around zero.
  std::optional<double> band_tolerance, band_min, band_max;
  std::string band_note;
  std::string analysis;
  std::string note;
  SourceLoc loc, outcome_loc, target_loc;
  /// Earlier points as entered (history) plus previous (year − 1) and outcome (year), oldest first.
  std::vector<SeriesPoint> history;
  std::vector<SeriesPoint> series(int year) const;
};

/// Whether an indicator met its target: met, missed, or cannot say (no target or no outcome).
enum class TargetResult { Met, Missed, NoTarget, NoOutcome };

/// Compares the outcome with the board's target (KF's when the board has none), by direction.
TargetResult target_result(const Indicator& indicator);

/// One activity row of the follow-up.
struct FollowUpActivity {
  std::string id;
  std::string goal;
  std::string text;
  std::string start, end;  ///< as printed (YYYY-MM-DD)
  std::string status_raw;  ///< "✓", "!" or ""
  std::string status;      ///< "done", "not_done" or ""
  std::string deviation_raw;
  std::string analysis;
  SourceLoc loc, deviation_loc;
  /// True when the row reports a deviation: the Avvikelse column, status "!", or an analysis that
  /// starts with "Avvikelse".
  bool deviates() const;
};

/// A column of a printed table.
struct TableColumn {
  std::string key, label;
  std::string kind;    ///< count, share, budget, adjusted_budget, outcome, adjustment, result, diff, pct
  std::string period;  ///< "2017", "2017-01/2017-10", or ""
  std::string sex;     ///< "women", "men" or ""
};

/// A row of a printed table.
struct TableRow {
  std::string key, label;
  std::string level;             ///< detail, part (a "varav" row), share, heading or total
  std::vector<Quantity> values;  ///< one per column
  SourceLoc loc;
  std::vector<SourceLoc> value_locs;
};

/// A sum a table implies, declared as data: total = Σ parts − Σ minus (rows or columns), or a ratio.
struct TableCheck {
  std::string kind;  ///< "rows", "columns" or "ratio"
  std::string total;
  std::vector<std::string> parts, minus;
  std::vector<std::string> only;  ///< rows (or columns) to check; empty: all with values
  double scale = 1;
  SourceLoc loc;
};

/// A table printed in the report: statistics and finance alike.
struct DataTable {
  std::string id, title, kind, unit, goal, note;
  std::vector<std::string> footnotes;
  int first_line = 0, last_line = 0;
  std::vector<TableColumn> columns;
  std::vector<TableRow> rows;
  std::vector<TableCheck> checks;
  SourceLoc loc;
  int column(const std::string& key) const;  ///< index or -1
  /// The index of the last column of `kind` ("result", "adjusted_budget"), or -1.
  int last_column_of_kind(const std::string& kind) const;
  int row(const std::string& key) const;  ///< index or -1
};

/// A figure the text states, to compare with a table cell or with other figures of the text.
struct TextFigure {
  std::string quote;
  double value = 0;
  int decimals = 0;
  int source_line = 0;
  std::string table, row, column;
  std::vector<std::string> sum_rows;  ///< compare with the sum of these rows over every column
  std::vector<double> plus, minus;    ///< compare with Σ plus − Σ minus
  double sign = 1, scale = 1;         ///< table value = sign × value × scale
  std::string note;
  SourceLoc loc;
};

/// One control's follow-up (bilaga 1 to the VB in the source; missing in the 2017 seed).
struct ControlFollowUp {
  std::string control;  ///< the control plan's id
  std::optional<bool> performed;
  std::string assessment;  ///< tillracklig, delvis_tillracklig or otillracklig
  std::string documentation, analysis, deviations, actions;
  SourceLoc loc;
};

/// The internal-control follow-up: per control, and the board's overall verdict with its basis.
struct InternalControlFollowUp {
  std::string status;  ///< "present" or "missing" (the appendix is not in the source)
  std::string note;
  std::string overall;  ///< tillracklig, delvis_tillracklig or otillracklig
  std::string basis;
  std::vector<ControlFollowUp> controls;
  SourceLoc loc, overall_loc;
};

/// A heading of the report's Markdown, with whether anything follows it before the next heading.
struct ReportHeading {
  std::string text;
  int level = 0;
  bool has_content = false;
  SourceLoc loc;
};

/// Plan next to outcome: a passage of the report (a goal's text or an activity) that speaks of an item
/// of the same year's plan, here a competence-funding application (KUS) by its priority. Curated.
struct PlanLink {
  int application = 0;         ///< the application's priority in kompetens.json
  std::string goal, activity;  ///< where the report speaks of it: one of the two
  std::string quote, note;
  int source_line = 0;
  SourceLoc loc;
};

/// Verksamhetsberättelse: the year's follow-up.
struct FollowUp {
  std::string title;
  std::string path;
  std::string dated;
  std::string direction_rule;
  std::vector<FollowUpGoal> goals;
  std::vector<Indicator> indicators;
  std::vector<FollowUpActivity> activities;
  std::vector<DataTable> tables;
  std::vector<TextFigure> figures;
  std::optional<InternalControlFollowUp> internal_control;
  std::vector<PlanLink> plan_links;
  std::optional<BoardYear> board_year;  ///< Nämndens år: members, meetings, cases, council
  std::vector<ReportHeading> headings;  ///< from verksamhetsberattelse.md, filled by the loader

  const FollowUpGoal* find_goal(const std::string& id) const;
  const DataTable* find_table(const std::string& id) const;
};

/// The Swedish word for an assessment ("Uppfylls helt"), "" for None.
std::string assessment_label(Assessment a);

}  // namespace insyn
