#pragma once

#include <nlohmann/json.hpp>

#include "model/board_year.h"

namespace insyn {

/// The board's year as a section of the follow-up page (anchor "namndens-ar"): the text, the parties,
/// one table of members and substitutes by role with party and period (anchor "namndens-ar-ledamoter"),
/// the meetings, a table per list of cases with the diarienummer (each row "arende-<kind>-<n>"), and
/// the council for disability issues with its members.
nlohmann::json board_year_view(const BoardYear& board, const nlohmann::json& strings);

}  // namespace insyn
