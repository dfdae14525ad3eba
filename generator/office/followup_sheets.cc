#include "office/followup_sheets.h"

#include "office/sheet_columns.h"
#include "office/table_sheet.h"

namespace insyn {

std::string target_result_label(TargetResult result) {
  switch (result) {
    case TargetResult::Met:
      return "uppnått";
    case TargetResult::Missed:
      return "ej uppnått";
    case TargetResult::NoTarget:
      return "målvärde saknas";
    case TargetResult::NoOutcome:
      return "utfall saknas";
  }
  return "";
}

std::string activity_status_label(const std::string& status) {
  if (status == "done") return "genomförd";
  if (status == "not_done") return "ej genomförd";
  return "";
}

namespace {

const std::vector<Column<FollowUpGoal>> kGoalColumns{
    {{"Id", CellKind::Text, "Målets nummer (inriktningsmål, KF:s mål, nämndmål)."},
     "id",
     [](const FollowUpGoal& g) { return text_cell(g.id); }},
    {{"Nivå", CellKind::Text, "inriktningsmal, kf (KF:s mål för verksamhetsområdet) eller namnd (nämndmål)."},
     "level",
     [](const FollowUpGoal& g) { return text_cell(g.level); }},
    {{"Överordnat mål", CellKind::Text, "Id för målet som målet hör till."},
     "parent",
     [](const FollowUpGoal& g) { return text_cell(g.parent); }},
    {{"Mål", CellKind::Text, "Målets text."},
     "text",
     [](const FollowUpGoal& g) { return text_cell(g.text); }},
    {{"Bedömning", CellKind::Text, "Uppfylls helt, Uppfylls delvis, Uppfylls inte, eller tomt."},
     "assessment_label",
     [](const FollowUpGoal& g) { return text_cell(assessment_label(g.assessment)); }},
    {{"Bedömning som publicerad", CellKind::Text, "Bedömningen som dokumentet skriver den."},
     "assessment_raw",
     [](const FollowUpGoal& g) { return text_cell(g.assessment_raw); }},
    {{"Beskrivning", CellKind::Text, "Beskrivningen (Markdown)."},
     "description",
     [](const FollowUpGoal& g) { return text_cell(g.description); }},
    {{"Förväntat resultat", CellKind::Text, "Förväntat resultat (Markdown)."},
     "expected_result",
     [](const FollowUpGoal& g) { return text_cell(g.expected_result); }},
    {{"Analys", CellKind::Text, "Analysen (Markdown)."},
     "analysis",
     [](const FollowUpGoal& g) { return text_cell(g.analysis); }},
};

// A quantity of an indicator as two cells: the number (empty when none could be read) and the text
// as printed.
template <Quantity Indicator::*field>
Cell number_of(const Indicator& i) {
  return opt_number((i.*field).value);
}
template <Quantity Indicator::*field>
Cell raw_of(const Indicator& i) {
  return text_cell((i.*field).raw);
}

const std::vector<Column<Indicator>> kIndicatorColumns{
    {{"Id", CellKind::Text, "Indikatorns id."}, "id", [](const Indicator& i) { return text_cell(i.id); }},
    {{"Mål", CellKind::Text, "Nämndmålet som indikatorn hör till."},
     "goal",
     [](const Indicator& i) { return text_cell(i.goal); }},
    {{"Indikator", CellKind::Text, "Indikatorns namn."},
     "name",
     [](const Indicator& i) { return text_cell(i.name); }},
    {{"Jämställdhetsintegrerad", CellKind::Text, "ja om indikatorn är märkt ♀ i dokumentet, annars nej."},
     "gender_mainstreamed",
     [](const Indicator& i) { return text_cell(i.gender_mainstreamed ? "ja" : "nej"); }},
    {{"Utfall", CellKind::Number, "Årets utfall som tal (tomt om inget tal kan läsas)."},
     "outcome.value",
     number_of<&Indicator::outcome>},
    {{"Utfall som publicerat", CellKind::Text, "Årets utfall som dokumentet skriver det."},
     "outcome.raw",
     raw_of<&Indicator::outcome>},
    {{"Utfall män", CellKind::Number, "Utfallet för män som tal (tomt om inget tal kan läsas)."},
     "men.value",
     number_of<&Indicator::men>},
    {{"Utfall män som publicerat", CellKind::Text, "Utfallet för män som dokumentet skriver det."},
     "men.raw",
     raw_of<&Indicator::men>},
    {{"Utfall kvinnor", CellKind::Number, "Utfallet för kvinnor som tal (tomt om inget tal kan läsas)."},
     "women.value",
     number_of<&Indicator::women>},
    {{"Utfall kvinnor som publicerat", CellKind::Text, "Utfallet för kvinnor som dokumentet skriver det."},
     "women.raw",
     raw_of<&Indicator::women>},
    {{"Föregående år", CellKind::Number,
      "Förra årets utfall (VB året före) som tal (tomt om inget tal kan läsas)."},
     "previous.value",
     number_of<&Indicator::previous>},
    {{"Föregående år som publicerat", CellKind::Text,
      "Förra årets utfall (VB året före) som dokumentet skriver det."},
     "previous.raw",
     raw_of<&Indicator::previous>},
    {{"Årsmål", CellKind::Number, "Nämndens årsmål som tal (tomt om inget tal kan läsas)."},
     "target.value",
     number_of<&Indicator::target>},
    {{"Årsmål som publicerat", CellKind::Text, "Nämndens årsmål som dokumentet skriver det."},
     "target.raw",
     raw_of<&Indicator::target>},
    {{"KF:s årsmål", CellKind::Number, "KF:s årsmål som tal (tomt om inget tal kan läsas)."},
     "kf_target.value",
     number_of<&Indicator::kf_target>},
    {{"KF:s årsmål som publicerat", CellKind::Text, "KF:s årsmål som dokumentet skriver det."},
     "kf_target.raw",
     raw_of<&Indicator::kf_target>},
    {{"Enhet", CellKind::Text, "Utfallets enhet (%, st, mån, kwh/kvm …), tomt om dokumentet inte anger den."},
     "outcome.unit",
     [](const Indicator& i) { return text_cell(i.outcome.unit); }},
    {{"Period", CellKind::Text, "Perioden som utfallet gäller."},
     "period",
     [](const Indicator& i) { return text_cell(i.period); }},
    {{"Riktning", CellKind::Text,
      "higher: högre är bättre, lower: lägre är bättre, band: nära målet är bäst."},
     "direction",
     [](const Indicator& i) { return text_cell(i.direction); }},
    {{"Resultat", CellKind::Text, "Om utfallet nådde årsmålet (räknas fram, läses inte in)."},
     "result_label",
     [](const Indicator& i) { return text_cell(target_result_label(target_result(i))); }},
    {{"Analys", CellKind::Text, "Analysen."},
     "analysis",
     [](const Indicator& i) { return text_cell(i.analysis); }},
};

const std::vector<Column<FollowUpActivity>> kActivityColumns{
    {{"Id", CellKind::Text, "Aktivitetens id."},
     "id",
     [](const FollowUpActivity& a) { return text_cell(a.id); }},
    {{"Mål", CellKind::Text, "Nämndmålet som aktiviteten hör till."},
     "goal",
     [](const FollowUpActivity& a) { return text_cell(a.goal); }},
    {{"Aktivitet", CellKind::Text, "Aktiviteten."},
     "text",
     [](const FollowUpActivity& a) { return text_cell(a.text); }},
    {{"Startdatum", CellKind::Date, "Start."},
     "start",
     [](const FollowUpActivity& a) { return date_cell(a.start); }},
    {{"Slutdatum", CellKind::Date, "Slut."},
     "end",
     [](const FollowUpActivity& a) { return date_cell(a.end); }},
    {{"Status", CellKind::Text, "genomförd (✓), ej genomförd (!) eller tomt."},
     "status_label",
     [](const FollowUpActivity& a) { return text_cell(activity_status_label(a.status)); }},
    {{"Status som publicerad", CellKind::Text, "Statustecknet som dokumentet skriver det."},
     "status_raw",
     [](const FollowUpActivity& a) { return text_cell(a.status_raw); }},
    {{"Avvikelse", CellKind::Text, "Avvikelsen som dokumentet anger."},
     "deviation_raw",
     [](const FollowUpActivity& a) { return text_cell(a.deviation_raw); }},
    {{"Analys", CellKind::Text, "Analysen."},
     "analysis",
     [](const FollowUpActivity& a) { return text_cell(a.analysis); }},
};

}  // namespace

void add_followup_sheets(const FollowUp& followup, Workbook& book, Sheet& help) {
  add_sheet(book, help, "VB-mål", kGoalColumns, pointers(followup.goals));
  add_sheet(book, help, "VB-indikatorer", kIndicatorColumns, pointers(followup.indicators));
  add_sheet(book, help, "VB-aktiviteter", kActivityColumns, pointers(followup.activities));
  add_table_sheet(book, help, "VB-tabeller", followup.tables);
}

}  // namespace insyn
