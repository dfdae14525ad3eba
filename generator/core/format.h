#pragma once

#include <cstdint>
#include <string>

namespace insyn {

/// Formats an integer the Swedish way with a no-break space between thousands: 30 700 000.
/// Independent of the process locale.
std::string format_integer(std::int64_t value);

/// Formats a number with exactly `decimals` decimals, Swedish style: 1 234,5. Rounds half away from zero.
std::string format_decimal(double value, int decimals);

/// Formats a number with as few decimals as it needs (at most `max_decimals`): 30,7 or 12.
std::string format_number(double value, int max_decimals = 2);

}  // namespace insyn
