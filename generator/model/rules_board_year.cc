// The board's year against what its own text states (see rules_board_year.h). Only what the 2017
// source really gets wrong has a rule: two diarienummer with a dot where the dash belongs, two members
// printed without a party, and fewer members and substitutes listed for parts of the year than the
// 13 + 13 the text states.
#include "model/rules_board_year.h"

#include <cstdio>
#include <map>
#include <set>

namespace insyn {

namespace {

using Args = std::map<std::string, std::string>;

void add(PlanYear& year, Diagnostics& diags, Severity severity, const SourceLoc& loc, std::string code,
         std::string message, std::string hint, Args args) {
  args.emplace("doc", "verksamhetsberattelse");
  Diagnostic d{severity, loc, std::move(message), std::move(hint), std::move(code), std::move(args)};
  year.findings.push_back(d);
  diags.add(std::move(d));
}

// The case's anchor on the page, as view_board_year.cc writes it.
std::string case_anchor(const CaseList& list, size_t index) {
  return "arende-" + list.kind + "-" + std::to_string(index + 1);
}

void check_dnr(const BoardYear& b, PlanYear& year, Diagnostics& diags) {
  for (const CaseList& list : b.case_lists) {
    for (size_t i = 0; i < list.cases.size(); ++i) {
      const BoardCase& c = list.cases[i];
      if (c.dnr.empty() || well_formed_dnr(c.dnr)) continue;
      // The usual slip: a dot where the dash after the serial number belongs ("2017-0192.01.05").
      std::string fixed = c.dnr;
      size_t dash = fixed.find('-');
      size_t dot = dash == std::string::npos ? std::string::npos : fixed.find('.', dash);
      if (dot != std::string::npos) fixed[dot] = '-';
      std::string hint = well_formed_dnr(fixed)
                             ? "a dot stands where the dash belongs (" + fixed + "?); keep it as printed"
                             : "a diarienummer is written like \"AMN 2017-0128-01.02\"; keep it as printed";
      add(year, diags, Severity::Warning, c.dnr_loc, "dnr-malformed",
          "case \"" + c.title + "\": diarienummer \"" + c.dnr + "\" is not of the form AMN YYYY-NNNN-NN.NN",
          hint,
          {{"dnr", c.dnr}, {"title", c.title}, {"list", list.heading}, {"anchor", case_anchor(list, i)}});
    }
  }
}

void check_parties(const BoardYear& b, PlanYear& year, Diagnostics& diags) {
  for (const BoardMember& m : b.members) {
    if (!m.party.empty()) continue;
    // The same name elsewhere in the lists with a party is a strong hint of the missing one.
    std::string elsewhere;
    for (const BoardMember& o : b.members) {
      if (&o != &m && o.name == m.name && !o.party.empty()) {
        elsewhere = " (listed as " + o.party + " among the " + o.role_raw +
                    (o.source_line ? ", source line " + std::to_string(o.source_line) : "") + ")";
      }
    }
    add(year, diags, Severity::Warning, m.loc, "board-member-no-party",
        m.name + " (" + m.role_raw + ") is listed without a party" + elsewhere,
        "the source prints no party for this member; add it only if another source states it",
        {{"name", m.name}, {"role", m.role_raw}, {"anchor", "namndens-ar-ledamoter"}});
  }
}

// Every day of `year` as YYYY-MM-DD.
std::vector<std::string> days_of(int year) {
  static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  std::vector<std::string> out;
  for (int m = 1; m <= 12; ++m) {
    for (int d = 1; d <= kDays[m - 1] + (m == 2 && leap); ++d) {
      char buf[40];  // room for any int, so the compiler can see nothing is cut
      std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, m, d);
      out.push_back(buf);
    }
  }
  return out;
}

// The stated number of seats against the members the list has serving, day by day. A day on which a
// period starts or ends is ambiguous (the source ends one member "t.o.m." the day the next begins
// "fr.o.m."), so it never opens a reported stretch; it closes one when its count is the stated one.
void check_seats(const BoardYear& b, bool substitutes, int y, PlanYear& year, Diagnostics& diags) {
  const StatedCount& stated = substitutes ? b.stated_substitutes : b.stated_members;
  if (stated.count == 0) return;
  std::vector<const BoardMember*> group;
  std::set<std::string> boundaries;
  for (const BoardMember& m : b.members) {
    if ((m.role == "ersattare") != substitutes) continue;
    group.push_back(&m);
    if (!m.from.empty()) boundaries.insert(m.from);
    if (!m.to.empty()) boundaries.insert(m.to);
  }
  struct Stretch {
    std::string first, last;
    int count;
  };
  std::vector<Stretch> stretches;
  bool open = false;
  for (const std::string& day : days_of(y)) {
    int count = 0;
    for (const BoardMember* m : group) count += m->serves_on(day);
    bool boundary = boundaries.count(day) > 0;
    if (count == stated.count) {
      open = false;
    } else if (!boundary) {
      if (open && stretches.back().count == count) {
        stretches.back().last = day;
      } else {
        stretches.push_back({day, day, count});
        open = true;
      }
    }
  }
  if (stretches.empty()) return;
  std::string when;
  for (const Stretch& s : stretches) {
    if (!when.empty()) when += ", ";
    when += std::to_string(s.count) + " from " + s.first + " to " + s.last;
  }
  std::string who = substitutes ? "substitutes" : "members";
  std::string sv_when;
  for (const Stretch& s : stretches) {
    if (!sv_when.empty()) sv_when += " och ";
    sv_when += std::to_string(s.count) + " från " + s.first + " till " + s.last;
  }
  add(year, diags, Severity::Warning, stated.loc, "board-seat-count",
      "the text states " + std::to_string(stated.count) + " " + who + " (\"" + stated.quote +
          "\") but the list has " + when,
      "a seat may have stood empty, or the list leaves someone out; keep the list as printed",
      {{"stated", std::to_string(stated.count)},
       {"when", sv_when},
       {"when_en", when},
       {"variant", substitutes ? "substitutes" : "members"},
       {"anchor", "namndens-ar-ledamoter"}});
}

}  // namespace

void check_board_year(PlanYear& year, Diagnostics& diags) {
  if (!year.followup || !year.followup->board_year) return;
  const BoardYear& b = *year.followup->board_year;
  check_parties(b, year, diags);
  check_seats(b, false, year.year, year, diags);
  check_seats(b, true, year.year, year, diags);
  check_dnr(b, year, diags);
}

}  // namespace insyn
