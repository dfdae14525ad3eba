// Fuzz target: the .xlsx and CSV readers and the register imports (risks, controls, projects) behind
// `insyn import`. Whatever
// comes in: no crash, no unbounded memory (the limits below are the reader's defaults scaled down so
// the fuzzer meets them), and a result is either an error or sheets within the limits.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "model/types.h"
#include "office/import_controls.h"
#include "office/import_projects.h"
#include "office/import_risks.h"
#include "office/xlsx_reader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string bytes(reinterpret_cast<const char*>(data), size);
  insyn::ReadLimits limits;
  limits.max_entry_bytes = 1 << 20;
  limits.max_total_bytes = 4 << 20;
  limits.max_columns = 64;
  limits.max_rows = 2000;
  for (const insyn::ReadResult& r :
       {insyn::read_xlsx(bytes, limits), insyn::read_csv(bytes, "fuzz", limits)}) {
    if (!r.ok()) {
      if (!r.sheets.empty() && r.error.empty()) std::abort();
      continue;
    }
    for (const insyn::ReadSheet& s : r.sheets) {
      if (static_cast<int>(s.rows.size()) > limits.max_rows) std::abort();
      for (const insyn::ReadRow& row : s.rows)
        if (static_cast<int>(row.cells.size()) > limits.max_columns) std::abort();
      insyn::Vor vor;
      insyn::RiskModel model;
      insyn::RiskImport imp =
          insyn::import_risks(s, "fuzz.xlsx", vor, model, nlohmann::ordered_json::object());
      (void)insyn::format_cell_diagnostics(imp.diags);
      insyn::ControlImport controls = insyn::import_controls(s, "fuzz.xlsx", nullptr, nlohmann::ordered_json::object());
      (void)insyn::format_cell_diagnostics(controls.diags);
      insyn::ProjectImport projects = insyn::import_projects(s, "fuzz.xlsx", nullptr, nlohmann::ordered_json::object());
      (void)insyn::format_cell_diagnostics(projects.diags);
    }
  }
  return 0;
}
