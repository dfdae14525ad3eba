#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/diagnostics.h"
#include "core/output_file.h"
#include "core/source_loc.h"

namespace insyn {

/// One step of a 1–5 scale with its Swedish label.
struct ScaleLevel {
  int value = 0;
  std::string label;
};

/// A rating scale (sannolikhet or konsekvens).
struct Scale {
  std::string name;
  std::vector<ScaleLevel> levels;
  /// The label of a value, or "" when the scale has no such step.
  std::string label_for(int value) const;
};

/// A range of risk values drawn in one colour and named with one word (colour is never the only cue).
struct Band {
  std::string id;
  std::string label;
  int min = 1;
  int max = 25;
  std::string color;
};

/// The risk model as data: scales, formula, thresholds, bands and matrix orientation.
struct RiskModel {
  Scale probability;
  Scale consequence;
  std::string formula;
  int measures_threshold = 9;
  int control_plan_threshold = 12;
  /// The first plan year whose documents state the risk-analysis rules (RV threshold, managers); 0: every year.
  int rules_since = 0;
  std::vector<Band> bands;
  /// True when probability runs up the rows and consequence across (the default).
  bool probability_on_rows = true;
  /// The band a risk value falls in, or nullptr when the bands leave it out.
  const Band* band_for(int rv) const;
};

/// content/site.json.
/// The facts of the accessibility statement (DIGG's model) that only the publisher knows.
struct AccessibilityStatement {
  std::string contact_name;   ///< who readers report problems to, e.g. "Arbetsmarknadsförvaltningen"
  std::string contact_email;  ///< "" when not given
  std::string contact_phone;  ///< "" when not given
  std::string assessed;       ///< date of the latest assessment, YYYY-MM-DD; "" when not given
};

struct SiteConfig {
  std::string title;
  std::string default_language = "sv";
  std::vector<std::string> languages{"sv"};
  std::string theme = "default";
  /// Pass raw HTML in Markdown through (off: it is dropped and reported).
  bool allow_raw_html = false;
  RiskModel risk_model;
  AccessibilityStatement accessibility;
};

/// A goal a plan refers to: the city council's (kf) or the board's own (vp).
struct Goal {
  std::string id;
  std::string raw;
  std::string text;
  std::string kind;
  std::string parent;
  std::string note;
  SourceLoc loc;
};

/// The control-plan flag of a risk.
enum class PlanFlag { InPlan, VorOnly, Unspecified };

/// A process in the risk analysis with its responsible managers.
struct Process {
  std::string goal;  ///< KF goal id; "" when the year groups its risks otherwise
  std::string area;  ///< group heading without a goal number (2014's verksamhetsområde)
  std::string table;  ///< the source table, when a year publishes several (2014)
  std::string name;
  bool is_indicator = false;  ///< keyed by an indicator rather than a process (2014)
  std::string kf_target;  ///< the indicator's KF annual target as printed
  std::string target;     ///< the board's annual target as printed
  std::vector<std::string> managers;
  std::string note;
  SourceLoc loc;
  SourceLoc goal_loc;
};

/// One undesired event of the risk analysis, scored on the two scales.
struct Risk {
  int nr = 0;
  std::string event;
  int probability = 0;
  int consequence = 0;
  std::string probability_label;
  std::string consequence_label;
  std::optional<int> rv_stated;
  PlanFlag flag = PlanFlag::Unspecified;
  std::string flag_raw;
  /// True when the flag was read from a blank cell by the document's "blank_flag" declaration.
  bool flag_inferred = false;
  std::string measure;  ///< Åtgärd (2017) or Aktivitet (2014) as printed
  std::string routine_documented;  ///< 2014: "Ja", "Nej" or "Ej aktuell"
  std::string ongoing_controls;    ///< 2014: "Ja", "Nej" or "Ej aktuell"
  std::string note;
  size_t process = 0;  ///< index into Vor::processes
  std::string method;  ///< working method (arbetssätt), may be empty
  SourceLoc loc;
  SourceLoc nr_loc, probability_loc, consequence_loc, rv_loc, flag_loc;
  /// Ids of the controls that cover this risk (filled by link_controls()).
  std::vector<std::string> controls;

  /// The computed risk value RV = P × K.
  int rv() const { return probability * consequence; }
};

/// A risk published with its risk value only: no number, probability or consequence (2017's urval).
struct SelectedRisk {
  std::string process;
  std::string method;
  std::string event;
  int rv = 0;
  std::string measure;
  std::string note;
  SourceLoc loc, rv_loc;
};

/// A selection of risks listed apart from the scored table.
struct RiskSelection {
  std::string title;
  std::string note;
  std::vector<SelectedRisk> risks;
};

/// Väsentlighets- och riskanalys: processes and risks in source order.
struct Vor {
  std::string title;
  std::string path;
  /// What the year calls the consequence axis, "" for the site's scale name (2014: "Väsentlighet").
  std::string consequence_name;
  /// The measure column's heading as printed, "" when the year has none.
  std::string measure_name;
  /// False when the year's tables have no RV column: every RV is derived.
  bool rv_column = true;
  std::vector<Process> processes;
  std::vector<Risk> risks;
  std::optional<RiskSelection> selection;
  /// The risk with this number, or nullptr.
  const Risk* find(int nr) const;
  /// True when any risk names its working method (arbetssätt).
  bool has_methods() const;
};

/// A reference from one item to another with where it was written.
struct Ref {
  int nr = 0;
  SourceLoc loc;
};

/// One row of the internal control plan.
struct Control {
  std::string id;
  std::string goal;
  std::string process;
  bool process_is_indicator = false;
  std::string method;
  std::string control;
  std::string event;        ///< the undesired event as the plan prints it
  std::string follow_up;    ///< 2017: follow-up of the working method
  std::string description;  ///< 2017: description of the follow-up
  std::optional<int> probability;  ///< 2014: the row's own scores
  std::optional<int> consequence;
  std::string probability_label, consequence_label;
  std::string check_method;
  std::vector<std::string> owners;
  std::string frequency;
  std::vector<Ref> risks;
  std::string link_note;
  std::string note;
  SourceLoc loc;
  SourceLoc goal_loc;
  SourceLoc risks_loc;
  SourceLoc probability_loc, consequence_loc;
};

/// Internkontrollplan.
struct ControlPlan {
  std::string title;
  std::string path;
  std::vector<Control> controls;
};

/// An amount as published with its normalised value where one can be read.
struct Money {
  std::string raw;
  std::string label;
  std::optional<double> amount;
  std::string currency;
  std::string kind;
  std::optional<int> year;
  std::string note;
};

/// A date of which only the year, or the year and month, may be known.
struct PartialDate {
  int year = 0;
  int month = 0;  ///< 0 when unknown
  int day = 0;    ///< 0 when unknown
  /// Parses YYYY, YYYY-MM or YYYY-MM-DD with a valid month and day; nullopt otherwise.
  static std::optional<PartialDate> parse(const std::string& text);
  /// Back to YYYY[-MM[-DD]].
  std::string to_string() const;
  /// Months since year 0 at the earliest (first month when unknown) or latest point it may mean.
  int first_month() const { return year * 12 + (month ? month - 1 : 0); }
  int last_month() const { return year * 12 + (month ? month - 1 : 11); }
};

/// A project's period as published with its parsed start and end.
struct Period {
  std::string raw;
  std::string label;
  std::optional<PartialDate> start;
  std::optional<PartialDate> end;
  bool open_end = false;
  std::string note;
  SourceLoc start_loc;
  SourceLoc end_loc;
};

/// A funder heading of the project appendix.
struct ProjectGroup {
  std::string heading;
  std::string funder;
  std::string programme;
  std::string role;
};

/// One entry of the project appendix.
struct Project {
  std::string id;
  std::optional<int> nr;
  std::string name;
  std::string description;
  std::optional<Money> budget;
  std::optional<Money> cofinancing;
  std::optional<Period> period;
  std::string department;
  std::string department_label;
  std::string project_owner;
  std::string note;
  size_t group = 0;  ///< index into ProjectAppendix::groups
  SourceLoc loc;
};

/// Projektbilaga.
struct ProjectAppendix {
  std::string title;
  std::string path;
  std::vector<ProjectGroup> groups;
  std::vector<Project> projects;
};

/// A staff figure stated in the competence plan's text.
struct StaffFigure {
  std::string scope;
  std::string metric;
  double value = 0;
  std::string unit;
  std::optional<double> permanent;
  std::optional<double> temporary;
  std::string as_of;
  std::string quote;
};

/// A goal reference by number, with where it was written.
struct GoalRef {
  std::string id;
  SourceLoc loc;
};

/// One row of the competence activity plan.
struct Activity {
  std::string category;
  std::string text;
  std::vector<GoalRef> goals;
  std::string goals_raw;
  std::optional<PartialDate> target_date;
  std::string responsible;
  std::string follow_up;
  std::string note;
  SourceLoc loc;
};

/// One line of an application's cost breakdown.
struct CostLine {
  std::string kind;  ///< "education", "substitutes" or "other"
  std::string raw;
  std::optional<double> amount;
};

/// An application for competence-development funding (2017's KUS).
struct FundingApplication {
  std::optional<int> priority;
  /// The priority printed on the form: "" when the form leaves it blank, nullopt when not transcribed.
  std::optional<std::string> priority_form;
  std::string title;
  std::string title_form;
  Money amount;
  std::optional<Money> amount_form;
  std::string target_group;
  std::string headcount_form;
  std::string roles_covered;
  std::vector<CostLine> costs;
  std::string need, description, effect, spread, complements, cooperation, follow_up;
  std::string note;
  SourceLoc loc, amount_loc;
};

/// The applications of one round with their stated total.
struct FundingApplications {
  std::string title;
  std::string dnr;
  std::optional<Money> total;
  std::string note;
  std::vector<FundingApplication> items;
  SourceLoc total_loc;
};

/// Kompetensförsörjningsplan, or the year's competence material.
struct CompetencePlan {
  std::string title;
  std::string path;
  std::string period;
  std::vector<StaffFigure> staff;
  std::vector<Activity> activities;
  std::optional<FundingApplications> applications;
};

/// A Markdown narrative rendered to HTML.
struct Narrative {
  std::string title;
  std::string html;
  std::string path;
};

/// One plan year of one organisation with its documents.
struct PlanYear {
  int year = 0;
  std::string dir;  ///< relative content folder, e.g. "amn/2019"
  std::string title;
  std::string decided;
  std::vector<Goal> goals;
  std::optional<Vor> vor;
  std::optional<ControlPlan> control_plan;
  std::optional<ProjectAppendix> projects;
  std::optional<CompetencePlan> competence;
  /// Narratives by document key: "internkontroll", "vor", "kontrollplan", "projekt", "kompetens".
  std::map<std::string, Narrative> narratives;
  /// Rule findings for this year, published for the board.
  std::vector<Diagnostic> findings;

  /// The goal with this id, or nullptr.
  const Goal* find_goal(const std::string& id) const;
};

/// A board publishing plans; its folder name is its URL slug.
struct Organisation {
  std::string slug;
  std::string name;
  std::string short_name;
  std::string administration;
  std::string city;
  std::vector<PlanYear> years;  ///< sorted by year
};

/// A free-standing Markdown page (content/<section>/<name>.md), optionally scored as a risk.
/// `_index.md` is the page of its folder: the section list, or the home page at the top.
struct Page {
  std::string source;   ///< path relative to content/
  std::string section;  ///< "" for the home page
  bool is_index = false;
  std::string url;      ///< output path, e.g. "riskanalys/r00001/index.html"
  std::string title;
  std::string date;
  std::string risk_id;
  std::optional<int> probability;
  std::optional<int> consequence;
  std::optional<int> score_stated;
  std::string level;
  std::string owner;
  std::vector<std::string> categories;
  std::vector<std::string> tags;
  bool draft = false;
  std::string html;
  SourceLoc loc, score_loc;
  /// RV = P × K when both are given.
  std::optional<int> rv() const {
    if (probability && consequence) return *probability * *consequence;
    return std::nullopt;
  }
};

/// A plan year frozen by `insyn archive`: a BagIt bag below content/arkiv/<year>/, published as is.
struct ArchivedYear {
  int year = 0;
  /// bag-info.txt's fields in file order (provenance: generator, content hash, build time).
  std::vector<std::pair<std::string, std::string>> info;
  /// The bag's files, paths relative to the bag (bagit.txt, manifest-sha256.txt, data/…).
  OutputFiles files;
  /// The value of a bag-info field, or "".
  std::string field(const std::string& name) const;
};

/// Everything the site is built from.
struct Site {
  SiteConfig config;
  std::vector<Organisation> organisations;
  /// Free-standing pages in path order (sections and their pages, and the home page).
  std::vector<Page> pages;
  /// Archived plan years, oldest first.
  std::vector<ArchivedYear> archives;
};

}  // namespace insyn
