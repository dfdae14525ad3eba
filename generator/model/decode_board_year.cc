// Decodes the board's year (the "board_year" member of verksamhetsberattelse.json). Dates must be
// full dates (YYYY-MM-DD); everything else is kept as printed and judged by rules_board_year.cc.
#include <set>

#include "model/board_year.h"
#include "model/object_reader.h"
#include "model/values.h"

namespace insyn {

namespace {

const std::set<std::string> kRoles = {"ordforande", "vice_ordforande", "ledamot", "ersattare"};
const std::set<std::string> kCaseKinds = {"decisions", "referrals", "replies"};

bool full_date(const std::string& s) {
  return s.size() == 10 && s[4] == '-' && s[7] == '-' && PartialDate::parse(s).has_value();
}

// Reads an optional full date; a malformed one is an error at the value.
std::string date(ObjectReader& r, std::string_view key) {
  std::string v = r.text(key);
  if (!v.empty() && !full_date(v)) {
    r.diags().error(r.loc_of(key), "date", "\"" + std::string(key) + "\" is \"" + v + "\", not a date",
                    "write the date as printed, in the form YYYY-MM-DD");
  }
  return v;
}

std::string one_of(ObjectReader& r, std::string_view key, const std::set<std::string>& allowed,
                   bool required) {
  std::string v = r.string(key, required).value_or("");
  if (!v.empty() && !allowed.count(v)) {
    std::string list;
    for (const std::string& a : allowed) list += (list.empty() ? "\"" : ", \"") + a + "\"";
    r.diags().error(r.loc_of(key), "enum", "\"" + std::string(key) + "\" is \"" + v + "\"",
                    "use one of " + list);
  }
  return v;
}

std::vector<BoardMember> members(const JsonValue* list, const std::string& file, Diagnostics& diags) {
  std::vector<BoardMember> out;
  if (!list) return out;
  for (const JsonValue& item : list->items) {
    ObjectReader r(item, file, diags, "member");
    if (!r.ok()) continue;
    BoardMember m;
    m.loc = r.loc();
    m.role = one_of(r, "role", kRoles, true);
    m.role_raw = r.text("role_raw");
    m.name = r.string("name", true, "the name as printed").value_or("");
    m.party = r.text("party");
    m.organisation = r.text("organisation");
    m.period_raw = r.text("period_raw");
    m.from = date(r, "from");
    m.to = date(r, "to");
    if (!m.from.empty() && !m.to.empty() && m.to < m.from) {
      diags.error(r.loc_of("to"), "period-order",
                  m.name + " leaves (" + m.to + ") before joining (" + m.from + ")",
                  "check \"from\" and \"to\" against the source");
    }
    m.raw = r.text("raw");
    m.note = r.text("note");
    m.source_line = r.integer("source_line", false, 1, 10000000).value_or(0);
    out.push_back(std::move(m));
  }
  return out;
}

StatedCount stated(const JsonValue* v, const std::string& file, Diagnostics& diags) {
  StatedCount s;
  if (!v) return s;
  ObjectReader r(*v, file, diags, "stated count");
  s.loc = r.loc_of("count");
  s.count = r.integer("count", true, 0, 1000).value_or(0);
  s.quote = r.text("quote");
  r.skip("source_line");
  return s;
}

Meetings meetings(const JsonValue* v, const std::string& file, Diagnostics& diags) {
  Meetings m;
  if (!v) return m;
  ObjectReader r(*v, file, diags, "meetings");
  m.loc = r.loc();
  m.count = r.integer("count", true, 0, 1000).value_or(0);
  m.count_raw = r.text("count_raw");
  if (const JsonValue* dates = r.array("dates", false)) {
    for (const JsonValue& d : dates->items) {
      if (!d.is_string() || !full_date(d.text)) {
        diags.error({file, d.line, d.column}, "date", "a meeting date must be a date in quotes",
                    "write \"YYYY-MM-DD\"");
        continue;
      }
      m.dates.push_back(d.text);
    }
  }
  m.text = r.text("text");
  m.note = r.text("note");
  r.skip("source_line");
  return m;
}

}  // namespace

BoardYear decode_board_year(const JsonValue& root, const std::string& file, Diagnostics& diags) {
  BoardYear b;
  ObjectReader r(root, file, diags, "board's year");
  if (!r.ok()) return b;
  b.loc = r.loc();
  b.heading = r.text("heading");
  if (const JsonValue* lines = r.array("source_lines", false); lines && lines->items.size() == 2) {
    b.first_line = static_cast<int>(lines->items[0].number);
    b.last_line = static_cast<int>(lines->items[1].number);
  }
  b.intro = r.text("intro");
  b.cases_intro = r.text("cases_intro");
  b.stated_members = stated(r.object("stated_members", false), file, diags);
  b.stated_substitutes = stated(r.object("stated_substitutes", false), file, diags);
  if (const JsonValue* parties = r.array("parties", false)) {
    for (const JsonValue& item : parties->items) {
      ObjectReader pr(item, file, diags, "party");
      if (!pr.ok()) continue;
      b.parties.push_back({pr.string("abbr", true).value_or(""), pr.text("name"),
                           one_of(pr, "side", {"majority", "opposition"}, false)});
    }
  }
  b.members = members(r.array("members", true, "the board's members and substitutes"), file, diags);
  b.meetings = meetings(r.object("meetings", false), file, diags);
  if (const JsonValue* lists = r.array("case_lists", false)) {
    for (const JsonValue& item : lists->items) {
      ObjectReader lr(item, file, diags, "case list");
      if (!lr.ok()) continue;
      CaseList list;
      list.loc = lr.loc();
      list.kind = one_of(lr, "kind", kCaseKinds, true);
      list.heading = lr.string("heading", true, "the list's heading as printed").value_or("");
      lr.skip("source_line");
      if (const JsonValue* cases = lr.array("cases", true)) {
        for (const JsonValue& c : cases->items) {
          ObjectReader cr(c, file, diags, "case");
          if (!cr.ok()) continue;
          BoardCase bc;
          bc.loc = cr.loc();
          bc.title = cr.string("title", true).value_or("");
          bc.dnr = cr.text("dnr");
          bc.dnr_loc = cr.loc_of("dnr");
          cr.skip("source_line");
          list.cases.push_back(std::move(bc));
        }
      }
      b.case_lists.push_back(std::move(list));
    }
  }
  if (const JsonValue* c = r.object("council", false)) {
    ObjectReader cr(*c, file, diags, "council");
    b.council.loc = cr.loc();
    b.council.name = cr.string("name", true).value_or("");
    b.council.text = cr.text("text");
    b.council.members_intro = cr.text("members_intro");
    b.council.elected_until = date(cr, "elected_until");
    b.council.meetings = meetings(cr.object("meetings", false), file, diags);
    b.council.members = members(cr.array("members", false), file, diags);
    cr.skip("source_line");
  }
  return b;
}

bool well_formed_dnr(const std::string& dnr) {
  // "AMN 2017-0128-01.02": letters, a space, a four-digit year, a dash, a serial number of digits, a
  // dash, then groups of two digits separated by dots.
  size_t i = 0;
  while (i < dnr.size() && dnr[i] >= 'A' && dnr[i] <= 'Z') ++i;
  if (i == 0 || i >= dnr.size() || dnr[i] != ' ') return false;
  auto digits = [&](size_t n) {
    for (size_t k = 0; k < n; ++k, ++i) {
      if (i >= dnr.size() || dnr[i] < '0' || dnr[i] > '9') return false;
    }
    return true;
  };
  ++i;
  if (!digits(4) || i >= dnr.size() || dnr[i++] != '-') return false;
  size_t serial = i;
  while (i < dnr.size() && dnr[i] >= '0' && dnr[i] <= '9') ++i;
  if (i == serial || i >= dnr.size() || dnr[i++] != '-') return false;
  if (!digits(2)) return false;
  while (i < dnr.size()) {
    if (dnr[i++] != '.' || !digits(2)) return false;
  }
  return true;
}

bool BoardMember::serves_on(const std::string& date) const {
  return (from.empty() || from <= date) && (to.empty() || date <= to);
}

}  // namespace insyn
