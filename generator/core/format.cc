#include "core/format.h"

#include <charconv>
#include <cmath>
#include <cstdlib>

namespace insyn {

namespace {

// U+00A0 NO-BREAK SPACE keeps "30 700 000" on one line in HTML and in print.
constexpr const char* kThousandsSeparator = "\xC2\xA0";
// U+2212 MINUS SIGN is what Swedish typography uses for negative numbers.
constexpr const char* kMinus = "\xE2\x88\x92";

std::string group_digits(std::uint64_t value) {
  std::string digits = std::to_string(value);
  std::string out;
  int lead = static_cast<int>(digits.size()) % 3;
  for (size_t i = 0; i < digits.size(); ++i) {
    if (i != 0 && (static_cast<int>(i) - lead) % 3 == 0) out += kThousandsSeparator;
    out += digits[i];
  }
  return out;
}

}  // namespace

std::string format_integer(std::int64_t value) {
  std::uint64_t magnitude = value < 0 ? static_cast<std::uint64_t>(-(value + 1)) + 1 : static_cast<std::uint64_t>(value);
  return (value < 0 ? std::string(kMinus) : std::string()) + group_digits(magnitude);
}

std::string format_decimal(double value, int decimals) {
  if (!std::isfinite(value)) return "–";
  double scale = std::pow(10.0, decimals);
  // Integer arithmetic after one rounding step, so no locale-dependent printf is involved.
  double scaled = std::round(std::fabs(value) * scale);
  if (scaled >= 1.8e19) {
    // Past what 64 bits hold (a cast would be undefined and printed "0"): the whole digits from
    // to_chars, which is locale-free and exact; the fraction of so large a double is zero anyway.
    char buffer[400];
    auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, std::floor(std::fabs(value)),
                                   std::chars_format::fixed, 0);
    std::string digits(buffer, ec == std::errc() ? end : buffer);
    std::string grouped;
    size_t lead = digits.size() % 3;
    for (size_t i = 0; i < digits.size(); ++i) {
      if (i != 0 && (i + 3 - lead) % 3 == 0) grouped += kThousandsSeparator;
      grouped += digits[i];
    }
    std::string out = (value < 0 ? std::string(kMinus) : std::string()) + grouped;
    if (decimals > 0) out += ',' + std::string(static_cast<size_t>(decimals), '0');
    return out;
  }
  auto units = static_cast<std::uint64_t>(scaled);
  auto factor = static_cast<std::uint64_t>(scale);
  std::uint64_t whole = units / factor;
  std::uint64_t frac = units % factor;
  bool negative = value < 0 && units != 0;
  std::string out = (negative ? std::string(kMinus) : std::string()) + group_digits(whole);
  if (decimals > 0) {
    std::string f = std::to_string(frac);
    out += ',' + std::string(static_cast<size_t>(decimals) - f.size(), '0') + f;
  }
  return out;
}

std::string format_number(double value, int max_decimals) {
  std::string out = format_decimal(value, max_decimals);
  if (max_decimals <= 0) return out;
  // Trim trailing zeros of the fraction, then a dangling comma.
  while (!out.empty() && out.back() == '0') out.pop_back();
  if (!out.empty() && out.back() == ',') out.pop_back();
  return out;
}

}  // namespace insyn
