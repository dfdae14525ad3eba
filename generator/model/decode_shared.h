#pragma once

#include <optional>
#include <string_view>

#include "model/object_reader.h"
#include "model/types.h"

namespace insyn {

// Pieces that more than one document decoder reads the same way.

inline constexpr std::string_view kProbabilityHint = "probability is rated 1 (Osannolikt) to 5 (Mycket sannolikt)";
inline constexpr std::string_view kConsequenceHint = "consequence is rated 1 (Försumbar) to 5 (Mycket allvarlig)";

/// Reads the optional member `key` ("process" or "indicator"): true when the row is keyed by an
/// indicator (2014) rather than a process.
inline bool decode_process_kind(ObjectReader& r, std::string_view key) {
  std::string kind = r.text(key);
  if (!kind.empty() && kind != "process" && kind != "indicator") {
    r.diags().error(r.loc_of(key), "enum", "\"" + std::string(key) + "\" is \"" + kind + "\"; it must be \"process\" or \"indicator\"",
                    "use \"indicator\" for rows keyed by an indicator, \"process\" otherwise");
  }
  return kind == "indicator";
}

/// Amounts of money are below 10^15 (a thousand billion kronor) and not negative: a board's budget
/// lines, far inside what a double holds exactly and what the charts and number formatting can draw.
inline constexpr double kMoneyBelow = 1e15;
inline constexpr std::string_view kMoneyRange = "a number from 0 to below 1000000000000000 (10^15)";

/// Staff figures (people, full-time equivalents, percentages) are below a billion and not negative.
inline constexpr double kFigureBelow = 1e9;
inline constexpr std::string_view kFigureRange = "a number from 0 to below 1000000000";

/// Reads the optional money object `key` ({raw, amount, currency, kind, …}); nullopt when absent.
std::optional<Money> decode_money(ObjectReader& parent, std::string_view key);

/// Reads the optional contract value `key` ({raw, kind, amount | low, high, …}); kind "not_stated" when absent.
ContractValue decode_contract_value(ObjectReader& parent, std::string_view key);

}  // namespace insyn
