#include "office/procurement_sheet.h"

#include "office/sheet_columns.h"

namespace insyn {

namespace {

/// One printed row with where it stands and its number among the procurements (0 for no-need rows).
struct ProcurementRow {
  const ProcurementDepartment& department;
  const ProcurementSection& section;
  const Procurement& p;
  int nr;
  bool procurement() const { return p.kind == "procurement"; }
};

// Only procurements have a start, period, value and contract type; a no-need row leaves them empty.
Cell if_procurement(const ProcurementRow& r, Cell cell) {
  return r.procurement() ? cell : text_cell("");
}

Cell partial_date(const std::optional<PartialDate>& d) {
  return d ? date_cell(d->to_string()) : text_cell("");
}

const std::vector<Column<ProcurementRow>> kColumns{
    {{"Nr", CellKind::Integer, "Upphandlingens nummer i årets plan (tomt för rader utan behov)."},
     "nr",
     [](const ProcurementRow& r) { return r.procurement() ? integer_cell(r.nr) : text_cell(""); }},
    {{"Avdelning", CellKind::Text, "Avdelningen som anmält behovet."},
     "department",
     [](const ProcurementRow& r) { return text_cell(r.department.name); }},
    {{"Avsnitt", CellKind::Text, "Avsnittet i blanketten (värdegräns eller projekt)."},
     "section",
     [](const ProcurementRow& r) { return text_cell(r.section.label); }},
    {{"Typ", CellKind::Text, "procurement: en planerad upphandling, no_need: anmält att inget behov finns."},
     "kind",
     [](const ProcurementRow& r) { return text_cell(r.p.kind); }},
    {{"Enhet", CellKind::Text, "Första kolumnen: enhet, projekt eller kategorifamilj."},
     "unit",
     [](const ProcurementRow& r) { return text_cell(r.p.unit); }},
    {{"Beskrivning", CellKind::Text, "Vad som ska upphandlas."},
     "description",
     [](const ProcurementRow& r) { return text_cell(r.p.description); }},
    {{"Planerad start", CellKind::Text, "Planerad start som dokumentet skriver den (ett datum, Pågår …)."},
     "planned_start",
     [](const ProcurementRow& r) { return if_procurement(r, text_cell(r.p.start_raw)); }},
    {{"Avtalsperiod", CellKind::Text, "Avtalsperioden som dokumentet skriver den."},
     "period.raw",
     [](const ProcurementRow& r) { return if_procurement(r, text_cell(r.p.period.raw)); }},
    {{"Avtalsstart", CellKind::Date, "Avtalets start (ÅÅÅÅ, ÅÅÅÅ-MM eller ett datum)."},
     "period.start",
     [](const ProcurementRow& r) { return if_procurement(r, partial_date(r.p.period.start)); }},
    {{"Avtalsslut", CellKind::Date, "Avtalets slut utan optioner."},
     "period.end",
     [](const ProcurementRow& r) { return if_procurement(r, partial_date(r.p.period.end)); }},
    {{"Optioner", CellKind::Text, "Förlängningsoptioner som dokumentet skriver dem."},
     "period.options",
     [](const ProcurementRow& r) { return if_procurement(r, text_cell(r.p.period.options)); }},
    {{"Värde som publicerat", CellKind::Text, "Det uppskattade värdet som dokumentet skriver det."},
     "value.raw",
     [](const ProcurementRow& r) { return if_procurement(r, text_cell(r.p.value.raw)); }},
    {{"Värdetyp", CellKind::Text,
      "amount: ett belopp, range: ett intervall, unknown: okänt, not_stated: inte ifyllt."},
     "value.kind",
     [](const ProcurementRow& r) { return if_procurement(r, text_cell(r.p.value.kind)); }},
    {{"Lägsta värde (kr)", CellKind::Number, "Värdets nedre gräns i kronor; tomt när värdet är okänt."},
     "value.low",
     [](const ProcurementRow& r) { return if_procurement(r, opt_number(r.p.value.low)); }},
    {{"Högsta värde (kr)", CellKind::Number, "Värdets övre gräns i kronor; tomt när värdet är okänt."},
     "value.high",
     [](const ProcurementRow& r) { return if_procurement(r, opt_number(r.p.value.high)); }},
    {{"Kontraktstyp som publicerad", CellKind::Text, "Kontraktstypen som dokumentet skriver den."},
     "contract_type_raw",
     [](const ProcurementRow& r) { return if_procurement(r, text_cell(r.p.contract_type_raw)); }},
    {{"Kontraktstyp", CellKind::Text, "tjanst, vara, entreprenad eller tomt."},
     "contract_type",
     [](const ProcurementRow& r) { return if_procurement(r, text_cell(r.p.contract_type)); }},
};

}  // namespace

void add_procurement_sheet(const ProcurementPlan& plan, Workbook& book, Sheet& help) {
  std::vector<ProcurementRow> rows;
  int n = 0;
  for (const ProcurementDepartment& d : plan.departments)
    for (const ProcurementSection& s : d.sections)
      for (const Procurement& p : s.rows) rows.push_back({d, s, p, p.kind == "procurement" ? ++n : 0});
  add_sheet(book, help, "Upphandling", kColumns, pointers(rows));
}

}  // namespace insyn
