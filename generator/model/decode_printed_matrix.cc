// Decodes riskmatris.json: the matrix as printed, its totals and the reading of its numbering.
#include "model/decode.h"
#include "model/decode_shared.h"
#include "model/object_reader.h"

namespace insyn {

namespace {

PrintedCount decode_count(const JsonValue& value, const std::string& file, Diagnostics& diags, bool zone) {
  PrintedCount c;
  ObjectReader r(value, file, diags, zone ? "zone total" : "\"stated_total\"");
  c.loc = r.loc();
  if (!r.ok()) return c;
  if (zone) {
    c.label = r.string("label", true, "add \"label\": the legend word the total stands under").value_or("");
    c.band =
        r.string("band", true, "add \"band\": the risk model's band id the word names (low, medium, high)")
            .value_or("");
  }
  c.raw = r.string("raw", true, "add \"raw\": the total as printed").value_or("");
  c.value = r.integer("value", true, 0, 100000).value_or(0);
  c.loc = r.loc_of("value");
  r.skip("source_line");
  return c;
}

}  // namespace

PrintedMatrix decode_printed_matrix(const JsonValue& root, const std::string& file, Diagnostics& diags) {
  PrintedMatrix m;
  m.path = file;
  ObjectReader r(root, file, diags, "printed matrix");
  m.loc = r.loc();
  m.title = r.string("title", true).value_or("");
  r.skip("source");
  if (const JsonValue* total = r.object("stated_total", false))
    m.stated_total = decode_count(*total, file, diags, false);
  if (const JsonValue* zones = r.array("zone_totals", false)) {
    for (const JsonValue& z : zones->items) m.zone_totals.push_back(decode_count(z, file, diags, true));
  }
  if (const JsonValue* numbering = r.object("numbering", false)) {
    ObjectReader nr(*numbering, file, diags, "\"numbering\"");
    m.numbering_loc = nr.loc();
    m.numbering_from = nr.integer("from", true, 1, 100000).value_or(0);
    m.numbering_offset = nr.integer("offset", true, -100000, 100000).value_or(0);
    m.numbering_note = nr.text("note");
  }
  const JsonValue* cells = r.array(
      "cells", true, "add \"cells\": [{\"probability\": 1-5, \"consequence\": 1-5, \"risks\": [numbers]}]");
  if (!cells) return m;
  for (const JsonValue& item : cells->items) {
    ObjectReader cr(item, file, diags, "cell");
    if (!cr.ok()) continue;
    PrintedCell c;
    c.loc = cr.loc();
    c.probability = cr.integer("probability", true, 1, 5, kProbabilityHint).value_or(0);
    c.consequence = cr.integer("consequence", true, 1, 5, kConsequenceHint).value_or(0);
    cr.skip("source_lines");
    if (const JsonValue* risks = cr.array("risks", true, "add \"risks\": the numbers printed in the cell")) {
      for (const JsonValue& n : risks->items) {
        SourceLoc at{file, n.line, n.column};
        if (!n.is_integer() || n.number < 1 || n.number > 100000) {
          diags.error(at, "type", "a printed risk number must be a whole number from 1",
                      "write the number as printed, e.g. 51");
          continue;
        }
        c.risks.push_back(static_cast<int>(n.number));
        c.risk_locs.push_back(at);
      }
    }
    m.cells.push_back(std::move(c));
  }
  return m;
}

}  // namespace insyn
