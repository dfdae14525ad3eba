#include "office/year_workbook.h"

#include <ctime>

#include "office/control_sheet.h"
#include "office/followup_sheets.h"
#include "office/more_sheets.h"
#include "office/procurement_sheet.h"
#include "office/project_sheet.h"
#include "office/risk_sheet.h"
#include "office/sheet_columns.h"
#include "office/table_sheet.h"

namespace insyn {

namespace {

const std::vector<Column<Activity>> kActivityColumns{
    {{"Kategori", CellKind::Text, "UBARA-kategori (Utveckla, Behålla, Attrahera, Rekrytera, Avveckla)."},
     "category",
     [](const Activity& a) { return text_cell(a.category); }},
    {{"Åtgärd", CellKind::Text, "Aktiviteten."}, "text", [](const Activity& a) { return text_cell(a.text); }},
    {{"Mål", CellKind::Text, "Målnummer, åtskilda med kommatecken."},
     "goals",
     [](const Activity& a) {
       std::vector<std::string> ids;
       for (const GoalRef& g : a.goals) ids.push_back(g.id);
       return text_cell(join_list(ids));
     }},
    {{"Mål som publicerat", CellKind::Text, "Målet som dokumentet skriver det."},
     "goals_raw",
     [](const Activity& a) { return text_cell(a.goals_raw); }},
    {{"Måldatum", CellKind::Date, "När aktiviteten ska vara klar."},
     "target_date",
     [](const Activity& a) { return a.target_date ? date_cell(a.target_date->to_string()) : text_cell(""); }},
    {{"Ansvarig funktion", CellKind::Text, "Vem som ansvarar."},
     "responsible",
     [](const Activity& a) { return text_cell(a.responsible); }},
    {{"Uppföljning", CellKind::Text, "Uppföljningen."},
     "follow_up",
     [](const Activity& a) { return text_cell(a.follow_up); }},
};

const std::vector<Column<StaffFigure>> kStaffColumns{
    {{"Omfattning", CellKind::Text, "Vilken del av organisationen talet gäller."},
     "scope",
     [](const StaffFigure& f) { return text_cell(f.scope); }},
    {{"Mått", CellKind::Text, "Vad som räknas."},
     "metric",
     [](const StaffFigure& f) { return text_cell(f.metric); }},
    {{"Värde", CellKind::Number, "Talet."},
     "value",
     [](const StaffFigure& f) { return number_cell(f.value); }},
    {{"Enhet", CellKind::Text, "Enheten."}, "unit", [](const StaffFigure& f) { return text_cell(f.unit); }},
    {{"Tillsvidareanställda", CellKind::Number, "Varav tillsvidareanställda."},
     "permanent",
     [](const StaffFigure& f) { return opt_number(f.permanent); }},
    {{"Visstidsanställda", CellKind::Number, "Varav visstidsanställda."},
     "temporary",
     [](const StaffFigure& f) { return opt_number(f.temporary); }},
    {{"Per", CellKind::Text, "Tidpunkten talet gäller."},
     "as_of",
     [](const StaffFigure& f) { return text_cell(f.as_of); }},
    {{"Citat", CellKind::Text, "Meningen i planen som talet kommer från."},
     "quote",
     [](const StaffFigure& f) { return text_cell(f.quote); }},
};

const char* kind_word(CellKind kind) {
  switch (kind) {
    case CellKind::Text:
      return "text";
    case CellKind::Integer:
      return "heltal";
    case CellKind::Number:
      return "tal";
    case CellKind::Date:
      return "datum";
  }
  return "text";
}

}  // namespace

std::string workbook_name(const PlanYear& year) {
  std::string name = year.dir;
  for (char& c : name)
    if (c == '/') c = '-';
  return name + ".xlsx";
}

Workbook year_workbook(const PlanYear& year, const RiskModel& model) {
  std::tm tm{};
  tm.tm_year = year.year - 1900;
  tm.tm_mday = 1;
  Workbook book{year.title.empty() ? year.dir : year.title, static_cast<long long>(timegm(&tm)), {}};
  Sheet help{"Kolumner",
             {{"Blad", CellKind::Text, ""},
              {"Kolumn", CellKind::Text, ""},
              {"Typ", CellKind::Text, ""},
              {"Fält i JSON-exporten", CellKind::Text, ""},
              {"Förklaring", CellKind::Text, ""}},
             {}};
  if (year.vor) {
    book.sheets.push_back(risk_sheet(*year.vor, model));
    for (const RiskColumn& c : risk_columns())
      help.rows.push_back({text_cell(kRiskSheetName), text_cell(c.column.header), text_cell(""),
                           text_cell(c.json_key), text_cell(c.column.description)});
  }
  if (year.control_plan) {
    add_sheet(book, help, kControlSheetName, control_columns(), pointers(year.control_plan->controls));
  }
  if (year.projects) {
    std::vector<ProjectItem> items;
    for (const Project& p : year.projects->projects) items.push_back({p, year.projects->groups[p.group]});
    add_sheet(book, help, kProjectSheetName, project_columns(), pointers(items));
  }
  if (year.competence) {
    add_sheet(book, help, "Aktiviteter", kActivityColumns, pointers(year.competence->activities));
    add_sheet(book, help, "Personal", kStaffColumns, pointers(year.competence->staff));
  }
  if (year.followup) add_followup_sheets(*year.followup, book, help);
  if (year.procurement) add_procurement_sheet(*year.procurement, book, help);
  if (year.budget) add_table_sheet(book, help, "Budget", year.budget->tables);
  add_more_sheets(year, book, help);
  // The type column is filled from the sheets' own columns, so the explanation cannot drift from them.
  size_t row = 0;
  for (const Sheet& s : book.sheets)
    for (const SheetColumn& c : s.columns) help.rows[row++][2] = text_cell(kind_word(c.kind));
  book.sheets.push_back(std::move(help));
  return book;
}

}  // namespace insyn
