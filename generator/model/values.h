#pragma once

// Values kept as printed beside their normalised form: money, partial dates, periods.

#include <optional>
#include <string>

#include "core/source_loc.h"

namespace insyn {

/// An amount as published with its normalised value where one can be read.
struct Money {
  std::string raw;
  std::string label;
  std::optional<double> amount;
  std::string currency;
  std::string kind;
  std::optional<int> year;
  std::string note;
};

/// A date of which only the year, or the year and month, may be known.
struct PartialDate {
  int year = 0;
  int month = 0;  ///< 0 when unknown
  int day = 0;    ///< 0 when unknown
  /// Parses YYYY, YYYY-MM or YYYY-MM-DD with a valid month and day; nullopt otherwise.
  static std::optional<PartialDate> parse(const std::string& text);
  /// Back to YYYY[-MM[-DD]].
  std::string to_string() const;
  /// Months since year 0 at the earliest (first month when unknown) or latest point it may mean.
  int first_month() const { return year * 12 + (month ? month - 1 : 0); }
  int last_month() const { return year * 12 + (month ? month - 1 : 11); }
};

/// A project's period as published with its parsed start and end.
struct Period {
  std::string raw;
  std::string label;
  std::optional<PartialDate> start;
  std::optional<PartialDate> end;
  bool open_end = false;
  std::string note;
  SourceLoc start_loc;
  SourceLoc end_loc;
};

}  // namespace insyn
