#pragma once

// The board's year (Nämndens år) of a follow-up: who sat on the board and when, how often it met, the
// lists of cases it handled with their diarienummer, and the council for disability issues. It is the
// "board_year" member of verksamhetsberattelse.json; every name, party, date and number is as printed.

#include <string>
#include <vector>

#include "core/diagnostics.h"
#include "core/source_loc.h"

namespace insyn {

struct JsonValue;

/// A member of the board or its council, with the role and (for the board) party and period as printed.
struct BoardMember {
  std::string role;      ///< ordforande, vice_ordforande, ledamot or ersattare
  std::string role_raw;  ///< the role's heading as printed ("Ledamöter")
  std::string name;
  std::string party;         ///< the party's abbreviation as printed ("S"), "" when the source has none
  std::string organisation;  ///< council members: the organisation they represent
  std::string from, to;      ///< YYYY-MM-DD from "fr.o.m." and "t.o.m.", "" when open
  std::string period_raw;    ///< "fr.o.m. 2017-02-13 t.o.m. 2017-05-15"
  std::string raw, note;
  int source_line = 0;  ///< the line of the source document, 0 when not recorded
  SourceLoc loc;
  /// True when the member served on `date` (YYYY-MM-DD); both ends of the period count.
  bool serves_on(const std::string& date) const;
};

/// A number the text states ("13 ordinarie ledamöter"), with the words it was read from.
struct StatedCount {
  int count = 0;
  std::string quote;
  SourceLoc loc;
};

/// How often a body met: the number the text gives and, where the source has them, the dates.
struct Meetings {
  int count = 0;
  std::string count_raw;           ///< "nio"
  std::vector<std::string> dates;  ///< YYYY-MM-DD; empty when the source gives none
  std::string text, note;
  SourceLoc loc;
};

/// A case the board handled, with its diarienummer as printed.
struct BoardCase {
  std::string title;
  std::string dnr;  ///< "AMN 2017-0128-01.02"
  SourceLoc loc, dnr_loc;
};

/// One printed list of cases: major decisions, referrals answered, replies to letters.
struct CaseList {
  std::string kind;  ///< decisions, referrals or replies
  std::string heading;
  std::vector<BoardCase> cases;
  SourceLoc loc;
};

/// A party named in the text, on the majority's or the opposition's side.
struct Party {
  std::string abbr, name, side;  ///< side: majority or opposition
};

/// The council for disability issues attached to the board.
struct Council {
  std::string name, text, members_intro;
  std::string elected_until;  ///< YYYY-MM-DD
  Meetings meetings;
  std::vector<BoardMember> members;
  SourceLoc loc;
};

/// The board's year.
struct BoardYear {
  std::string heading;
  int first_line = 0, last_line = 0;
  std::string intro, cases_intro;  ///< Markdown as printed
  StatedCount stated_members, stated_substitutes;
  std::vector<Party> parties;
  std::vector<BoardMember> members;  ///< chair, vice chair, members and substitutes, in source order
  Meetings meetings;
  std::vector<CaseList> case_lists;
  Council council;
  SourceLoc loc;
};

/// Reads the "board_year" member of verksamhetsberattelse.json.
BoardYear decode_board_year(const JsonValue& root, const std::string& file, Diagnostics& diags);

/// True when `dnr` has the form of a diarienummer: "AMN 2017-0128-01.02" (board, year, serial number,
/// then the filing code's groups of two digits separated by dots).
bool well_formed_dnr(const std::string& dnr);

}  // namespace insyn
