#pragma once

// content/site.json: the site's settings and the risk model as data.

#include <string>
#include <vector>

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
  /// The first plan year whose documents state the risk-analysis rules (RV threshold, managers); 0: every
  /// year.
  int rules_since = 0;
  std::vector<Band> bands;
  /// True when probability runs up the rows and consequence across (the default).
  bool probability_on_rows = true;
  /// The band a risk value falls in, or nullptr when the bands leave it out.
  const Band* band_for(int rv) const;
};

/// The facts of the accessibility statement (DIGG's model) that only the publisher knows.
struct AccessibilityStatement {
  std::string contact_name;   ///< who readers report problems to, e.g. "Arbetsmarknadsförvaltningen"
  std::string contact_email;  ///< "" when not given
  std::string contact_phone;  ///< "" when not given
  std::string assessed;       ///< date of the latest assessment, YYYY-MM-DD; "" when not given
};

/// content/site.json.
struct SiteConfig {
  std::string title;
  std::string default_language = "sv";
  std::vector<std::string> languages{"sv"};
  std::string theme = "default";
  /// Pass raw HTML in Markdown through (off: it is dropped and reported).
  bool allow_raw_html = false;
  RiskModel risk_model;
  AccessibilityStatement accessibility;
  /// Where the site is served from, e.g. "/amn/" (starts and ends with "/"); "" when not configured.
  /// Only the 404 page uses it: a server sends that page for any missing path, however deep, so its
  /// links cannot be relative.
  std::string base_path;
};

}  // namespace insyn
