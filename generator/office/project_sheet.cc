#include "office/project_sheet.h"

namespace insyn {

namespace {

Cell money_amount(const std::optional<Money>& m) {
  return m ? opt_number(m->amount) : text_cell("");
}

}  // namespace

const std::vector<Column<ProjectItem>>& project_columns() {
  static const std::vector<Column<ProjectItem>> columns{
      {{"Id", CellKind::Text, "Projektets id."},
       "id",
       [](const ProjectItem& i) { return text_cell(i.p.id); }},
      {{"Nr", CellKind::Integer, "Projektets nummer i bilagan."},
       "nr",
       [](const ProjectItem& i) { return i.p.nr ? integer_cell(*i.p.nr) : text_cell(""); }},
      {{"Namn", CellKind::Text, "Projektets namn."},
       "name",
       [](const ProjectItem& i) { return text_cell(i.p.name); }},
      {{"Beskrivning", CellKind::Text, "Projektets beskrivning."},
       "description",
       [](const ProjectItem& i) { return text_cell(i.p.description); }},
      {{"Rubrik", CellKind::Text, "Rubriken (finansiären) som projektet står under."},
       "group",
       [](const ProjectItem& i) { return text_cell(i.g.heading); }},
      {{"Finansiär", CellKind::Text, "Finansiären."},
       "funder",
       [](const ProjectItem& i) { return text_cell(i.g.funder); }},
      {{"Roll", CellKind::Text, "owner: nämnden äger projektet, partner: samarbetspartner."},
       "role",
       [](const ProjectItem& i) { return text_cell(i.g.role); }},
      {{"Budget som publicerad", CellKind::Text, "Budgeten som dokumentet skriver den."},
       "budget.raw",
       [](const ProjectItem& i) { return text_cell(i.p.budget ? i.p.budget->raw : ""); }},
      {{"Budget (belopp)", CellKind::Number, "Budgeten som tal (i valutan i nästa kolumn, oftast kronor)."},
       "budget.amount",
       [](const ProjectItem& i) { return money_amount(i.p.budget); }},
      {{"Budget (valuta)", CellKind::Text, "Budgetens valuta (SEK, EUR)."},
       "budget.currency",
       [](const ProjectItem& i) { return text_cell(i.p.budget ? i.p.budget->currency : ""); }},
      {{"Medfinansiering som publicerad", CellKind::Text,
        "Nämndens medfinansiering som dokumentet skriver den."},
       "cofinancing.raw",
       [](const ProjectItem& i) { return text_cell(i.p.cofinancing ? i.p.cofinancing->raw : ""); }},
      {{"Medfinansiering (belopp)", CellKind::Number, "Medfinansieringen som tal."},
       "cofinancing.amount",
       [](const ProjectItem& i) { return money_amount(i.p.cofinancing); }},
      {{"Medfinansiering (valuta)", CellKind::Text, "Medfinansieringens valuta."},
       "cofinancing.currency",
       [](const ProjectItem& i) { return text_cell(i.p.cofinancing ? i.p.cofinancing->currency : ""); }},
      {{"Period som publicerad", CellKind::Text, "Projekttiden som dokumentet skriver den."},
       "period.raw",
       [](const ProjectItem& i) { return text_cell(i.p.period ? i.p.period->raw : ""); }},
      {{"Start", CellKind::Date, "Start (ÅÅÅÅ, ÅÅÅÅ-MM eller ett datum)."},
       "period.start",
       [](const ProjectItem& i) {
         return i.p.period && i.p.period->start ? date_cell(i.p.period->start->to_string()) : text_cell("");
       }},
      {{"Slut", CellKind::Date, "Slut (ÅÅÅÅ, ÅÅÅÅ-MM, ett datum eller löpande)."},
       "period.end",
       [](const ProjectItem& i) {
         if (!i.p.period) return text_cell("");
         if (i.p.period->open_end) return text_cell("löpande");
         return i.p.period->end ? date_cell(i.p.period->end->to_string()) : text_cell("");
       }},
      {{"Ansvarig avdelning", CellKind::Text, "Avdelningen som ansvarar."},
       "department",
       [](const ProjectItem& i) { return text_cell(i.p.department); }},
      {{"Projektägare", CellKind::Text, "Projektägaren när nämnden är partner."},
       "project_owner",
       [](const ProjectItem& i) { return text_cell(i.p.project_owner); }},
  };
  return columns;
}

}  // namespace insyn
