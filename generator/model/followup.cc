#include "model/followup.h"

#include <cmath>

namespace insyn {

namespace {

bool is_digit(char c) {
  return c >= '0' && c <= '9';
}

// Skips one space between digit groups: a plain space or a no-break space (U+00A0, U+202F).
size_t group_space(const std::string& s, size_t i) {
  if (i < s.size() && s[i] == ' ') return 1;
  if (s.compare(i, 2, "\xC2\xA0") == 0) return 2;
  if (s.compare(i, 3, "\xE2\x80\xAF") == 0) return 3;
  return 0;
}

std::string trim(const std::string& s) {
  size_t a = s.find_first_not_of(" \t");
  if (a == std::string::npos) return "";
  size_t b = s.find_last_not_of(" \t");
  return s.substr(a, b - a + 1);
}

}  // namespace

Quantity Quantity::parse(const std::string& raw) {
  Quantity q;
  q.raw = raw;
  std::string s = trim(raw);
  size_t i = 0;
  bool negative = false;
  if (i < s.size() && (s[i] == '-' || s.compare(i, 3, "\xE2\x88\x92") == 0)) {  // '-' or U+2212
    negative = true;
    i += s[i] == '-' ? 1 : 3;
  }
  if (i >= s.size() || !is_digit(s[i])) return q;
  double value = 0;
  size_t run = 0;
  while (i < s.size()) {
    if (is_digit(s[i])) {
      value = value * 10 + (s[i] - '0');
      ++i;
      ++run;
      continue;
    }
    // A space continues the number only when three digits follow (a thousands group).
    size_t sp = group_space(s, i);
    if (sp && i + sp + 3 <= s.size() && is_digit(s[i + sp]) && is_digit(s[i + sp + 1]) &&
        is_digit(s[i + sp + 2]) && (i + sp + 3 == s.size() || !is_digit(s[i + sp + 3])) && run <= 3) {
      i += sp;
      run = 0;
      continue;
    }
    break;
  }
  if (i < s.size() && s[i] == ',' && i + 1 < s.size() && is_digit(s[i + 1])) {
    ++i;
    double scale = 0.1;
    while (i < s.size() && is_digit(s[i])) {
      value += (s[i] - '0') * scale;
      scale /= 10;
      ++i;
      ++q.decimals;
    }
  }
  std::string rest = trim(s.substr(i));
  for (const char* unit : {"%", "st", "mån", "kwh/kvm"}) {
    if (rest.compare(0, std::string(unit).size(), unit) == 0) {
      q.unit = unit;
      rest = trim(rest.substr(q.unit.size()));
      break;
    }
  }
  // What may follow a number: a footnote star, or a share in brackets ("2779 (34%)"). Other text
  // means the cell is not a number at all ("tas fram av nämnden" never gets here; "5 mån x" would).
  while (!rest.empty() && rest[0] == '*') rest = trim(rest.substr(1));
  if (!rest.empty() && rest[0] != '(') return Quantity{raw, std::nullopt, "", 0};
  // Round away binary noise from the digit loop so 0,1 reads as exactly what was printed.
  double p = std::pow(10.0, q.decimals);
  q.value = (negative ? -1 : 1) * std::round(value * p) / p;
  return q;
}

double Quantity::tolerance() const {
  return 0.5 * std::pow(10.0, -decimals);
}

std::vector<SeriesPoint> Indicator::series(int year) const {
  std::vector<SeriesPoint> points = history;
  if (previous.value) points.push_back({year - 1, previous});
  if (outcome.value) points.push_back({year, outcome});
  return points;
}

TargetResult target_result(const Indicator& ind) {
  const Quantity& target =
      ind.target.value || (ind.direction == "band" && !ind.target.raw.empty()) ? ind.target : ind.kf_target;
  if (!ind.outcome.value) return TargetResult::NoOutcome;
  if (ind.direction == "band" && ind.band_min && ind.band_max) {
    double o = *ind.outcome.value;
    return o >= *ind.band_min - 1e-9 && o <= *ind.band_max + 1e-9 ? TargetResult::Met : TargetResult::Missed;
  }
  if (ind.direction == "band" && ind.band_tolerance) {
    // Budget adherence: on target when within the target ± tolerance, on either side.
    if (!target.value) return TargetResult::NoTarget;
    return std::fabs(*ind.outcome.value - *target.value) <= *ind.band_tolerance + 1e-9 ? TargetResult::Met
                                                                                       : TargetResult::Missed;
  }
  if (ind.direction == "band") {
    // "+/- 1 %": the outcome must lie within the band around zero.
    Quantity band = Quantity::parse(target.raw.size() > 3 ? target.raw.substr(3) : "");
    if (!band.value) return TargetResult::NoTarget;
    return std::fabs(*ind.outcome.value) <= *band.value + 1e-9 ? TargetResult::Met : TargetResult::Missed;
  }
  if (!target.value) return TargetResult::NoTarget;
  double o = *ind.outcome.value, t = *target.value;
  bool met = ind.direction == "lower" ? o <= t + 1e-9 : o >= t - 1e-9;
  return met ? TargetResult::Met : TargetResult::Missed;
}

bool FollowUpActivity::deviates() const {
  return !deviation_raw.empty() || status == "not_done" || analysis.rfind("Avvikelse", 0) == 0;
}

int DataTable::last_column_of_kind(const std::string& kind) const {
  for (size_t i = columns.size(); i-- > 0;)
    if (columns[i].kind == kind) return static_cast<int>(i);
  return -1;
}

int DataTable::column(const std::string& key) const {
  for (size_t i = 0; i < columns.size(); ++i) {
    if (columns[i].key == key) return static_cast<int>(i);
  }
  return -1;
}

int DataTable::row(const std::string& key) const {
  for (size_t i = 0; i < rows.size(); ++i) {
    if (rows[i].key == key) return static_cast<int>(i);
  }
  return -1;
}

const FollowUpGoal* FollowUp::find_goal(const std::string& id) const {
  for (const FollowUpGoal& g : goals) {
    if (g.id == id) return &g;
  }
  return nullptr;
}

const DataTable* FollowUp::find_table(const std::string& id) const {
  for (const DataTable& t : tables) {
    if (t.id == id) return &t;
  }
  return nullptr;
}

std::string assessment_label(Assessment a) {
  switch (a) {
    case Assessment::Met:
      return "Uppfylls helt";
    case Assessment::PartlyMet:
      return "Uppfylls delvis";
    case Assessment::NotMet:
      return "Uppfylls inte";
    case Assessment::None:
      break;
  }
  return "";
}

}  // namespace insyn
