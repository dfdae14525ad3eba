#include "office/risk_sheet.h"

#include "office/sheet_columns.h"

namespace insyn {

namespace {

using ojson = nlohmann::ordered_json;

Cell optional_int(const std::optional<int>& v) {
  return v ? integer_cell(*v) : text_cell("");
}

// Text fields the content may leave out: an empty cell removes the key rather than writing "".
void set_text(ojson& risk, const char* key, const std::string& text) {
  if (text.empty())
    risk.erase(key);
  else
    risk[key] = text;
}

}  // namespace

std::string plan_flag_name(PlanFlag flag) {
  switch (flag) {
    case PlanFlag::InPlan:
      return "in_plan";
    case PlanFlag::VorOnly:
      return "vor_only";
    case PlanFlag::Unspecified:
      return "unspecified";
  }
  return "";
}

const std::vector<RiskColumn>& risk_columns() {
  static const std::vector<RiskColumn> columns{
      {{"Nr", CellKind::Integer, "Riskens nummer i årets analys; nya risker får ett nytt nummer."},
       "nr",
       [](const RiskRow& r) { return integer_cell(r.risk.nr); },
       nullptr},
      {{"Mål", CellKind::Text, "KF-målets nummer som processen hör till."},
       "goal",
       [](const RiskRow& r) { return text_cell(r.process.goal); },
       nullptr,
       true},
      {{"Process", CellKind::Text, "Processen (eller indikatorn) som risken hör till."},
       "process",
       [](const RiskRow& r) { return text_cell(r.process.name); },
       nullptr,
       true},
      {{"Ansvarig chef", CellKind::Text, "Processens ansvariga chefer, åtskilda med kommatecken."},
       "managers",
       [](const RiskRow& r) { return text_cell(join_list(r.process.managers)); },
       nullptr,
       true},
      {{"Arbetssätt", CellKind::Text, "Arbetssättet inom processen; tomt om året saknar arbetssätt."},
       "method",
       [](const RiskRow& r) { return text_cell(r.risk.method); },
       nullptr,
       true},
      {{"Oönskad händelse", CellKind::Text, "Den oönskade händelsen (risken) som den är formulerad."},
       "event",
       [](const RiskRow& r) { return text_cell(r.risk.event); },
       [](ojson& risk, const std::string& t) { risk["event"] = t; }},
      {{"Sannolikhet", CellKind::Integer, "Sannolikhet på skalan 1–5."},
       "probability",
       [](const RiskRow& r) { return integer_cell(r.risk.probability); },
       [](ojson& risk, const std::string& t) { risk["probability"] = std::stoi(t); }},
      {{"Sannolikhet som publicerad", CellKind::Text, "Sannolikhetens ord som dokumentet skriver det."},
       "probability_label",
       [](const RiskRow& r) { return text_cell(r.risk.probability_label); },
       [](ojson& risk, const std::string& t) { set_text(risk, "probability_label", t); }},
      {{"Konsekvens", CellKind::Integer, "Konsekvens på skalan 1–5."},
       "consequence",
       [](const RiskRow& r) { return integer_cell(r.risk.consequence); },
       [](ojson& risk, const std::string& t) { risk["consequence"] = std::stoi(t); }},
      {{"Konsekvens som publicerad", CellKind::Text, "Konsekvensens ord som dokumentet skriver det."},
       "consequence_label",
       [](const RiskRow& r) { return text_cell(r.risk.consequence_label); },
       [](ojson& risk, const std::string& t) { set_text(risk, "consequence_label", t); }},
      {{"Riskvärde", CellKind::Integer,
        "Riskvärdet RV = sannolikhet × konsekvens (räknas fram, läses inte in)."},
       "rv",
       [](const RiskRow& r) { return integer_cell(r.risk.rv()); },
       nullptr},
      {{"Angivet riskvärde", CellKind::Integer, "Riskvärdet som dokumentet anger; tomt om det saknas."},
       "rv_stated",
       [](const RiskRow& r) { return optional_int(r.risk.rv_stated); },
       [](ojson& risk, const std::string& t) {
         if (t.empty())
           risk.erase("rv");
         else
           risk["rv"] = std::stoi(t);
       }},
      {{"Nivå", CellKind::Text, "Risknivån som riskvärdet hamnar i (räknas fram, läses inte in)."},
       "band_label",
       [](const RiskRow& r) {
         const Band* b = r.model.band_for(r.risk.rv());
         return text_cell(b ? b->label : "");
       },
       nullptr},
      {{"Internkontrollplan", CellKind::Text,
        "in_plan: med i internkontrollplanen, vor_only: endast i VoR, unspecified: inte angivet."},
       "ikp",
       [](const RiskRow& r) { return text_cell(plan_flag_name(r.risk.flag)); },
       [](ojson& risk, const std::string& t) { risk["ikp"] = t; }},
      {{"Internkontrollplan som publicerad", CellKind::Text,
        "IKP-kolumnens text som dokumentet skriver den."},
       "ikp_raw",
       [](const RiskRow& r) { return text_cell(r.risk.flag_raw); },
       [](ojson& risk, const std::string& t) { set_text(risk, "ikp_raw", t); }},
      {{"Åtgärd", CellKind::Text, "Åtgärd eller aktivitet som dokumentet anger för risken."},
       "measure",
       [](const RiskRow& r) { return text_cell(r.risk.measure); },
       [](ojson& risk, const std::string& t) { set_text(risk, "measure", t); }},
      {{"Granskning", CellKind::Text,
        "carried-over: förd över från förra året av insyn new-year och inte granskad än. Skriv granskad när "
        "risken är granskad (en ändrad bedömning räknas också som granskad); en tom cell ändrar inget."},
       "review",
       [](const RiskRow& r) { return text_cell(r.risk.review); },
       [](ojson& risk, const std::string& t) {
         if (t == "carried-over")
           risk["review"] = t;
         else if (!t.empty())
           risk.erase("review");  // "granskad" or "reviewed"
       }},
      {{"Kontroller", CellKind::Text,
        "Kontrollerna i internkontrollplanen som täcker risken (läses inte in)."},
       "controls",
       [](const RiskRow& r) { return text_cell(join_list(r.risk.controls)); },
       nullptr},
  };
  return columns;
}

Sheet risk_sheet(const Vor& vor, const RiskModel& model) {
  Sheet sheet{kRiskSheetName, {}, {}};
  for (const RiskColumn& c : risk_columns()) sheet.columns.push_back(c.column);
  for (const Risk& risk : vor.risks) {
    RiskRow row{risk, vor.processes[risk.process], model};
    std::vector<Cell> cells;
    for (const RiskColumn& c : risk_columns()) cells.push_back(c.get(row));
    sheet.rows.push_back(std::move(cells));
  }
  return sheet;
}

}  // namespace insyn
