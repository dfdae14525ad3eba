// The board's year (Nämndens år) of the follow-up page; see view_board_year.h.
#include "render/view_board_year.h"

namespace insyn {

namespace {

using json = nlohmann::json;

std::string str(const json& t, const std::string& key) {
  return t.value(key, key);
}

// Plain paragraphs (the text holds no Markdown markup): split at blank lines, escaped by the template.
json paragraphs(const std::string& text) {
  json out = json::array();
  size_t start = 0;
  while (start < text.size()) {
    size_t end = text.find("\n\n", start);
    std::string p = text.substr(start, end == std::string::npos ? std::string::npos : end - start);
    if (!p.empty()) out.push_back(p);
    if (end == std::string::npos) break;
    start = end + 2;
  }
  return out;
}

// "fr.o.m. 2017-02-13 t.o.m. 2017-05-15" in the page's words: "2017-02-13 – 2017-05-15", "från …", "till …".
std::string period(const BoardMember& m, const json& t) {
  if (!m.from.empty() && !m.to.empty()) return m.from + " – " + m.to;
  if (!m.from.empty()) return str(t, "by_from") + " " + m.from;
  if (!m.to.empty()) return str(t, "by_to") + " " + m.to;
  return str(t, "by_whole_year");
}

// Rows of a member table, with a heading row wherever the role changes (as printed: "Ledamöter").
json member_rows(const std::vector<BoardMember>& members, bool council, const json& t) {
  json rows = json::array();
  std::string role;
  for (const BoardMember& m : members) {
    if (m.role != role) {
      role = m.role;
      rows.push_back({{"heading", true}, {"label", m.role_raw}});
    }
    json row{{"heading", false}, {"name", m.name}, {"note", m.note}};
    if (council) {
      row["organisation"] = m.organisation;
    } else {
      row["party"] = m.party.empty() ? str(t, "by_no_party") : m.party;
      row["no_party"] = m.party.empty();
      row["period"] = period(m, t);
    }
    rows.push_back(row);
  }
  return rows;
}

json meetings_view(const Meetings& m, const json& t) {
  json dates = json::array();
  for (const std::string& d : m.dates) dates.push_back(d);
  return {{"text", m.text},
          {"count", m.count},
          {"dates", dates},
          {"has_dates", !dates.empty()},
          {"no_dates", m.note.empty() ? str(t, "by_no_dates") : m.note}};
}

}  // namespace

json board_year_view(const BoardYear& b, const json& t) {
  json parties = json::array();
  for (const Party& p : b.parties) {
    parties.push_back({{"abbr", p.abbr}, {"name", p.name}, {"side", str(t, "by_side_" + p.side)}});
  }
  json lists = json::array();
  for (const CaseList& list : b.case_lists) {
    json cases = json::array();
    for (size_t i = 0; i < list.cases.size(); ++i) {
      const BoardCase& c = list.cases[i];
      cases.push_back({{"anchor", "arende-" + list.kind + "-" + std::to_string(i + 1)},
                       {"title", c.title},
                       {"dnr", c.dnr},
                       {"malformed", !c.dnr.empty() && !well_formed_dnr(c.dnr)}});
    }
    lists.push_back({{"anchor", "namndens-ar-" + list.kind},
                     {"heading", list.heading},
                     {"count", list.cases.size()},
                     {"cases", cases}});
  }
  json council{{"name", b.council.name},
               {"text", paragraphs(b.council.text)},
               {"members_intro", b.council.members_intro},
               {"meetings", meetings_view(b.council.meetings, t)},
               {"rows", member_rows(b.council.members, true, t)},
               {"has_members", !b.council.members.empty()}};
  return {{"heading", b.heading},
          {"intro", paragraphs(b.intro)},
          {"parties", parties},
          {"has_parties", !parties.empty()},
          {"member_rows", member_rows(b.members, false, t)},
          {"meetings", meetings_view(b.meetings, t)},
          {"cases_intro", b.cases_intro},
          {"case_lists", lists},
          {"council", council},
          {"has_council", !b.council.name.empty()}};
}

}  // namespace insyn
