#include "model/types.h"

#include <cstdio>

namespace insyn {

std::string Scale::label_for(int value) const {
  for (const auto& level : levels) {
    if (level.value == value) return level.label;
  }
  return "";
}

const Band* RiskModel::band_for(int rv) const {
  for (const auto& band : bands) {
    if (rv >= band.min && rv <= band.max) return &band;
  }
  return nullptr;
}

bool Vor::has_methods() const {
  for (const Risk& r : risks) {
    if (!r.method.empty()) return true;
  }
  return false;
}

const Risk* Vor::find(int nr) const {
  for (const auto& risk : risks) {
    if (risk.nr == nr) return &risk;
  }
  return nullptr;
}

const Goal* PlanYear::find_goal(const std::string& id) const {
  for (const auto& goal : goals) {
    if (goal.id == id) return &goal;
  }
  return nullptr;
}

namespace {

bool digits(const std::string& s, size_t pos, size_t count, int& out) {
  if (pos + count > s.size()) return false;
  out = 0;
  for (size_t i = pos; i < pos + count; ++i) {
    if (s[i] < '0' || s[i] > '9') return false;
    out = out * 10 + (s[i] - '0');
  }
  return true;
}

int days_in_month(int year, int month) {
  static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return month == 2 && leap ? 29 : kDays[month - 1];
}

}  // namespace

std::optional<PartialDate> PartialDate::parse(const std::string& text) {
  PartialDate d;
  if (!digits(text, 0, 4, d.year)) return std::nullopt;
  if (text.size() == 4) return d;
  if (text.size() < 7 || text[4] != '-' || !digits(text, 5, 2, d.month) || d.month < 1 || d.month > 12) {
    return std::nullopt;
  }
  if (text.size() == 7) return d;
  if (text.size() != 10 || text[7] != '-' || !digits(text, 8, 2, d.day) || d.day < 1 ||
      d.day > days_in_month(d.year, d.month)) {
    return std::nullopt;
  }
  return d;
}

std::string PartialDate::to_string() const {
  char buf[16];
  if (day) {
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
  } else if (month) {
    std::snprintf(buf, sizeof buf, "%04d-%02d", year, month);
  } else {
    std::snprintf(buf, sizeof buf, "%04d", year);
  }
  return buf;
}

std::string ArchivedYear::field(const std::string& name) const {
  for (const auto& [key, value] : info) {
    if (key == name) return value;
  }
  return "";
}

}  // namespace insyn
