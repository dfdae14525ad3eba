#include "office/more_sheets.h"

#include "office/sheet_columns.h"

namespace insyn {

namespace {

/// One cell of an appendix table with where it stands.
struct AppendixCell {
  const Appendix& appendix;
  const AppendixTable& table;
  int row;  ///< 1-based, in printed order
  const AppendixColumn& column;
  const std::string& value;
};

/// One case of the board's year with the list it is printed in.
struct CaseItem {
  const CaseList& list;
  const BoardCase& c;
};

const std::vector<Column<GlossaryTerm>> kTermColumns{
    {{"Begrepp", CellKind::Text, "Begreppet som planen skriver det."},
     "term",
     [](const GlossaryTerm& t) { return text_cell(t.term); }},
    {{"Ankare", CellKind::Text, "Begreppets ankare på ordlistans sida (ordlista/#ankare)."},
     "anchor",
     [](const GlossaryTerm& t) { return text_cell(t.anchor); }},
    {{"Förklaring", CellKind::Text, "Planens förklaring."},
     "definition",
     [](const GlossaryTerm& t) { return text_cell(t.definition); }},
    {{"Lista", CellKind::Text,
      "En lista som planen skriver under förklaringen, punkterna åtskilda med kommatecken."},
     "list",
     [](const GlossaryTerm& t) { return text_cell(join_list(t.list)); }},
};

const std::vector<Column<BoardMember>> kMemberColumns{
    {{"Roll", CellKind::Text, "ordforande, vice_ordforande, ledamot eller ersattare."},
     "role",
     [](const BoardMember& m) { return text_cell(m.role); }},
    {{"Roll som publicerad", CellKind::Text, "Rubriken som rollen står under i dokumentet."},
     "role_raw",
     [](const BoardMember& m) { return text_cell(m.role_raw); }},
    {{"Namn", CellKind::Text, "Namnet som dokumentet skriver det."},
     "name",
     [](const BoardMember& m) { return text_cell(m.name); }},
    {{"Parti", CellKind::Text, "Partiets förkortning; tomt när dokumentet inte anger den."},
     "party",
     [](const BoardMember& m) { return text_cell(m.party); }},
    {{"Organisation", CellKind::Text, "Rådets ledamöter: organisationen de företräder."},
     "organisation",
     [](const BoardMember& m) { return text_cell(m.organisation); }},
    {{"Från", CellKind::Date, "Första dagen (fr.o.m.); tomt när perioden är hela året."},
     "from",
     [](const BoardMember& m) { return date_cell(m.from); }},
    {{"Till", CellKind::Date, "Sista dagen (t.o.m.); tomt när perioden är hela året."},
     "to",
     [](const BoardMember& m) { return date_cell(m.to); }},
    {{"Period som publicerad", CellKind::Text, "Perioden som dokumentet skriver den."},
     "period_raw",
     [](const BoardMember& m) { return text_cell(m.period_raw); }},
};

const std::vector<Column<CaseItem>> kCaseColumns{
    {{"Lista", CellKind::Text, "Listan som ärendet står i (beslut, remisser, skrivelser)."},
     "heading",
     [](const CaseItem& i) { return text_cell(i.list.heading); }},
    {{"Ärende", CellKind::Text, "Ärendet."}, "title", [](const CaseItem& i) { return text_cell(i.c.title); }},
    {{"Diarienummer", CellKind::Text, "Diarienumret som dokumentet skriver det."},
     "dnr",
     [](const CaseItem& i) { return text_cell(i.c.dnr); }},
};

const std::vector<Column<AppendixCell>> kAppendixColumns{
    {{"Bilaga", CellKind::Text, "Bilagans nyckel (samma som i filnamnet NYCKEL.json)."},
     "appendix",
     [](const AppendixCell& c) { return text_cell(c.appendix.key); }},
    {{"Tabell", CellKind::Text, "Tabellens id."},
     "table",
     [](const AppendixCell& c) { return text_cell(c.table.id); }},
    {{"Tabellrubrik", CellKind::Text, "Tabellens rubrik."},
     "caption",
     [](const AppendixCell& c) { return text_cell(c.table.caption); }},
    {{"Rad", CellKind::Integer, "Radens nummer i tabellen, i tryckt ordning."},
     "row",
     [](const AppendixCell& c) { return integer_cell(c.row); }},
    {{"Kolumn", CellKind::Text, "Kolumnens rubrik."},
     "column_label",
     [](const AppendixCell& c) { return text_cell(c.column.label); }},
    {{"Värde", CellKind::Text, "Cellen som dokumentet skriver den; tom när källan lämnar den tom."},
     "value",
     [](const AppendixCell& c) { return text_cell(c.value); }},
};

}  // namespace

void add_more_sheets(const PlanYear& year, Workbook& book, Sheet& help) {
  if (year.glossary) add_sheet(book, help, "Ordlista", kTermColumns, pointers(year.glossary->terms));
  if (year.followup && year.followup->board_year) {
    const BoardYear& b = *year.followup->board_year;
    // The board's members first, then the council's, as the open data lists them.
    std::vector<const BoardMember*> members = pointers(b.members);
    for (const BoardMember& m : b.council.members) members.push_back(&m);
    add_sheet(book, help, "VB-ledamöter", kMemberColumns, members);
    std::vector<CaseItem> cases;
    for (const CaseList& list : b.case_lists)
      for (const BoardCase& c : list.cases) cases.push_back({list, c});
    add_sheet(book, help, "VB-ärenden", kCaseColumns, pointers(cases));
  }
  static const std::string kEmpty;
  std::vector<AppendixCell> cells;
  for (const auto& [key, a] : year.appendices)
    for (const AppendixSection& s : a.sections)
      for (const AppendixTable& t : s.tables)
        for (size_t r = 0; r < t.rows.size(); ++r)
          for (const AppendixColumn& c : t.columns) {
            auto it = t.rows[r].cells.find(c.key);
            cells.push_back(
                {a, t, static_cast<int>(r + 1), c, it == t.rows[r].cells.end() ? kEmpty : it->second});
          }
  if (!cells.empty()) add_sheet(book, help, "Bilagor", kAppendixColumns, pointers(cells));
}

}  // namespace insyn
