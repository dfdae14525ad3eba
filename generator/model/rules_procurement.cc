// The procurement plan's rules. They check only what the source itself states: the plan's reporting
// threshold, the value range each section of the form asks for, the dates a row gives, and a total
// when one is printed. Nothing is corrected: each disagreement is a finding.
#include "model/rules_procurement.h"

#include <cmath>
#include <map>

#include "core/format.h"

namespace insyn {

namespace {

using Args = std::map<std::string, std::string>;

class Report {
 public:
  Report(PlanYear& year, Diagnostics& diags) : year_(year), diags_(diags) {}
  void add(Severity severity, const SourceLoc& loc, std::string code, std::string message, std::string hint,
           Args args) {
    args.emplace("doc", "upphandling");
    Diagnostic d{severity, loc, std::move(message), std::move(hint), std::move(code), std::move(args)};
    year_.findings.push_back(d);
    diags_.add(std::move(d));
  }

 private:
  PlanYear& year_;
  Diagnostics& diags_;
};

std::string kr(double v) {
  return format_integer(static_cast<std::int64_t>(std::llround(v))) + " kr";
}

// Compares two dates at the precision both give: -1, 0 or 1.
int compare_dates(const PartialDate& a, const PartialDate& b) {
  if (a.year != b.year) return a.year < b.year ? -1 : 1;
  if (!a.month || !b.month || a.month == b.month) {
    if (!a.month || !b.month || !a.day || !b.day || a.day == b.day) return 0;
    return a.day < b.day ? -1 : 1;
  }
  return a.month < b.month ? -1 : 1;
}

void check_row(const ProcurementPlan& plan, const ProcurementSection& sec, const Procurement& p, int n,
               Report& r) {
  Args args{{"n", std::to_string(n)},
            {"anchor", "upphandling-" + std::to_string(n)},
            {"name", p.description},
            {"raw", p.value.raw}};
  std::string who = "procurement " + std::to_string(n) + " \"" + p.description + "\"";
  const ContractValue& v = p.value;
  if (v.known() && plan.reporting_threshold) {
    double t = *plan.reporting_threshold;
    bool below = plan.threshold_exclusive ? *v.high <= t : *v.high < t;
    if (below) {
      Args a = args;
      a["threshold"] = plan.threshold_raw;
      r.add(Severity::Warning, v.loc, "procurement-below-threshold",
            who + ": value " + contract_value_text(v) + " is not " +
                (plan.threshold_exclusive ? "over " : "at least ") + kr(t) +
                ", the plan's own threshold for what to report (\"" + plan.threshold_raw + "\")",
            "the source lists it anyway; keep it and let the finding stand, or check the value", a);
    }
  }
  if (v.known() && (sec.min || sec.below)) {
    bool low = sec.min && (sec.min_exclusive ? *v.low <= *sec.min : *v.low < *sec.min);
    bool high = sec.below && *v.high >= *sec.below;
    if (low || high) {
      Args a = args;
      a["section"] = sec.label;
      r.add(
          Severity::Warning, v.loc, "procurement-section-range",
          who + ": value " + contract_value_text(v) + " does not belong in the section \"" + sec.label + "\"",
          "the form sorts procurements by value; the source has it in this section", a);
    }
  }
  if (p.start && p.period.start && compare_dates(*p.period.start, *p.start) < 0) {
    Args a = args;
    a["start"] = p.start_raw;
    a["contract_start"] = p.period.start->to_string();
    r.add(Severity::Warning, p.period.loc, "procurement-contract-before-start",
          who + ": the contract period starts " + p.period.start->to_string() +
              ", before the procurement is planned to start (" + p.start_raw + ")",
          "a contract cannot start before its procurement; check both dates in the source", a);
  }
  if (v.kind == "not_stated") {
    r.add(Severity::Warning, v.loc, "procurement-value-not-stated",
          who + ": the source gives no estimated value",
          "the cell is blank in the source; ask the department for an estimate", args);
  } else if (v.kind == "unknown") {
    r.add(Severity::Info, v.loc, "procurement-value-unknown",
          who + ": the value is printed as unknown (\"" + v.raw + "\")",
          "nothing to fix: the page shows it as unknown, never as 0", args);
  }
  if (v.uncertain) {
    r.add(Severity::Warning, v.loc, "procurement-value-uncertain",
          who + ": the source marks the value as doubtful (\"" + v.raw + "\")",
          "the figure is drawn, marked as doubtful; confirm it with the department", args);
  }
}

}  // namespace

std::string contract_value_text(const ContractValue& v) {
  if (!v.known()) return "";
  if (*v.low == *v.high) return kr(*v.low);
  return format_integer(static_cast<std::int64_t>(std::llround(*v.low))) + "\xE2\x80\x93" + kr(*v.high);
}

void check_procurement(PlanYear& year, Diagnostics& diags) {
  if (!year.procurement) return;
  const ProcurementPlan& plan = *year.procurement;
  Report r(year, diags);
  int n = 0;
  double low = 0, high = 0;
  bool all_known = true;
  for (const auto& d : plan.departments) {
    for (const auto& s : d.sections) {
      for (const auto& p : s.rows) {
        if (p.kind != "procurement") continue;
        check_row(plan, s, p, ++n, r);
        if (p.value.known()) {
          low += *p.value.low;
          high += *p.value.high;
        } else {
          all_known = false;
        }
      }
    }
  }
  if (plan.stated_total && plan.stated_total->known()) {
    const ContractValue& t = *plan.stated_total;
    bool differs = std::abs(*t.low - low) > 0.5 || std::abs(*t.high - high) > 0.5;
    if (!all_known || differs) {
      ContractValue sum{"", low == high ? "amount" : "range", low, high};
      std::string sum_text = contract_value_text(sum) + (all_known ? "" : " (some values unknown)");
      r.add(Severity::Error, t.loc, "procurement-total",
            "stated total " + contract_value_text(t) + " differs from the sum of the rows, " + sum_text,
            "the source's total and rows disagree; keep both and let the finding stand",
            {{"stated", t.raw}, {"sum", sum_text}});
    }
  }
}

}  // namespace insyn
