// Open data of the procurement plan: one row per printed row (procurements and no-need rows alike),
// as CSV (for Swedish Excel: ';', UTF-8 with BOM) and JSON. Values are given as printed beside the
// read low and high ends; an unknown value has empty (CSV) or null (JSON) ends, never 0.
#include <cmath>

#include <nlohmann/json.hpp>

#include "render/exports.h"

namespace insyn {

namespace {

using ojson = nlohmann::ordered_json;

std::string whole(const std::optional<double>& v) {
  return v ? std::to_string(static_cast<long long>(std::llround(*v))) : "";
}

ojson number_or_null(const std::optional<double>& v) {
  return v ? ojson(*v) : ojson(nullptr);
}

}  // namespace

void add_procurement_exports(const PlanYear& year, const std::string& dir, OutputFiles& out) {
  if (!year.procurement) return;
  const ProcurementPlan& plan = *year.procurement;
  std::vector<std::vector<std::string>> csv = {
      {"nr", "avdelning", "avsnitt", "typ", "enhet", "beskrivning", "planerad_start", "avtalsperiod",
       "avtal_start", "avtal_slut", "optioner", "varde_som_tryckt", "varde_typ", "varde_lagst_kr",
       "varde_hogst_kr", "kontraktstyp_som_tryckt", "kontraktstyp", "kallrad"}};
  ojson rows = ojson::array();
  int n = 0;
  for (const ProcurementDepartment& d : plan.departments) {
    for (const ProcurementSection& s : d.sections) {
      for (const Procurement& p : s.rows) {
        bool proc = p.kind == "procurement";
        std::string nr = proc ? std::to_string(++n) : "";
        std::string start = p.period.start ? p.period.start->to_string() : "";
        std::string end = p.period.end ? p.period.end->to_string() : "";
        csv.push_back({nr, d.name, s.label, p.kind, p.unit, p.description, p.start_raw, p.period.raw, start,
                       end, p.period.options, p.value.raw, proc ? p.value.kind : "", whole(p.value.low),
                       whole(p.value.high), p.contract_type_raw, p.contract_type,
                       p.source_line ? std::to_string(p.source_line) : ""});
        ojson row{{"nr", proc ? ojson(n) : ojson(nullptr)},
                  {"department", d.name},
                  {"section", s.label},
                  {"kind", p.kind},
                  {"unit", p.unit},
                  {"description", p.description}};
        if (proc) {
          row["planned_start"] = p.start_raw;
          row["ongoing"] = p.ongoing;
          row["period"] = {{"raw", p.period.raw},
                           {"start", start.empty() ? ojson(nullptr) : ojson(start)},
                           {"end", end.empty() ? ojson(nullptr) : ojson(end)},
                           {"options", p.period.options}};
          row["value"] = {{"raw", p.value.raw},
                          {"kind", p.value.kind},
                          {"low", number_or_null(p.value.low)},
                          {"high", number_or_null(p.value.high)},
                          {"approximate", p.value.approximate},
                          {"uncertain", p.value.uncertain}};
          row["contract_type_raw"] = p.contract_type_raw;
          row["contract_type"] = p.contract_type;
        }
        row["source_line"] = p.source_line ? ojson(p.source_line) : ojson(nullptr);
        rows.push_back(row);
      }
    }
  }
  out.push_back(csv_file(dir + "upphandling.csv", csv));
  ojson doc{{"year", year.year},
            {"title", plan.title},
            {"reporting_threshold", plan.threshold_raw},
            {"procurements", n},
            {"no_need_rows", plan.no_need_count()},
            {"rows", rows}};
  out.push_back(json_file(dir + "upphandling.json", doc));
}

}  // namespace insyn
