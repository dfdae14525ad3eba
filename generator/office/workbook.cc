#include "office/workbook.h"

#include <charconv>
#include <cmath>

namespace insyn {

Cell text_cell(std::string text) {
  return {std::move(text), false, 0};
}

Cell integer_cell(long long value) {
  return {std::to_string(value), true, static_cast<double>(value)};
}

Cell number_cell(double value) {
  // Whole amounts as plain digits ("400000", not "4e+05"), as Excel shows and stores them.
  if (value == std::floor(value) && std::fabs(value) < 1e15)
    return {std::to_string(static_cast<long long>(value)), true, value};
  char buf[64];
  auto res = std::to_chars(buf, buf + sizeof buf, value);  // shortest round-trip form, locale-free
  return {std::string(buf, res.ptr), true, value};
}

Cell date_cell(const std::string& iso) {
  // Only a full date is a date; "2021" or "2021-02" keep their precision as text.
  if (iso.size() != 10 || iso[4] != '-' || iso[7] != '-') return text_cell(iso);
  return {iso, true, 0};
}

}  // namespace insyn
