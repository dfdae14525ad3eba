#include "office/control_sheet.h"

namespace insyn {

const std::vector<Column<Control>>& control_columns() {
  static const std::vector<Column<Control>> columns{
      {{"Id", CellKind::Text, "Kontrollens id i planen."},
       "id",
       [](const Control& c) { return text_cell(c.id); }},
      {{"Mål", CellKind::Text, "KF-målets nummer."},
       "goal",
       [](const Control& c) { return text_cell(c.goal); }},
      {{"Process", CellKind::Text, "Processen som kontrolleras."},
       "process",
       [](const Control& c) { return text_cell(c.process); }},
      {{"Arbetssätt", CellKind::Text, "Arbetssättet som kontrolleras."},
       "method",
       [](const Control& c) { return text_cell(c.method); }},
      {{"Systematisk kontroll", CellKind::Text, "Vad som kontrolleras."},
       "control",
       [](const Control& c) { return text_cell(c.control); }},
      {{"Metod för kontroll", CellKind::Text, "Hur kontrollen görs."},
       "check_method",
       [](const Control& c) { return text_cell(c.check_method); }},
      {{"Kontrollansvarig", CellKind::Text, "Vem som gör kontrollen, åtskilda med kommatecken."},
       "owners",
       [](const Control& c) { return text_cell(join_list(c.owners)); }},
      {{"Frekvens", CellKind::Text, "Hur ofta kontrollen görs."},
       "frequency",
       [](const Control& c) { return text_cell(c.frequency); }},
      {{"Risker", CellKind::Text, "Numren på riskerna i VoR som kontrollen täcker."},
       "risks",
       [](const Control& c) {
         std::vector<std::string> nrs;
         for (const Ref& r : c.risks) nrs.push_back(std::to_string(r.nr));
         return text_cell(join_list(nrs));
       }},
      {{"Kopplingsnot", CellKind::Text, "Hur kontrollen kopplades till riskerna."},
       "link_note",
       [](const Control& c) { return text_cell(c.link_note); }},
  };
  return columns;
}

}  // namespace insyn
