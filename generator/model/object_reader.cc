#include "model/object_reader.h"

#include <algorithm>
#include <cmath>

namespace insyn {

size_t edit_distance(std::string_view a, std::string_view b) {
  std::vector<size_t> row(b.size() + 1);
  for (size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (size_t i = 1; i <= a.size(); ++i) {
    size_t diag = row[0];
    row[0] = i;
    for (size_t j = 1; j <= b.size(); ++j) {
      size_t up = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diag + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diag = up;
    }
  }
  return row[b.size()];
}

ObjectReader::ObjectReader(const JsonValue& value, std::string file, Diagnostics& diags, std::string what)
    : value_(value), file_(std::move(file)), diags_(diags), what_(std::move(what)) {
  if (!value_.is_object()) {
    ok_ = false;
    diags_.error(loc(), "type", "expected " + what_ + " (an object) but found " + std::string(json_kind_name(value_.kind)),
                 "write it as { \"name\": value, … }");
  }
}

ObjectReader::~ObjectReader() { finish(); }

SourceLoc ObjectReader::loc() const { return {file_, value_.line, value_.column}; }

SourceLoc ObjectReader::loc_of(std::string_view key) const {
  if (const JsonValue* v = value_.find(key)) return {file_, v->line, v->column};
  return loc();
}

const JsonValue* ObjectReader::member(std::string_view key, bool required, std::string_view expected,
                                      std::string_view hint) {
  if (!ok_) return nullptr;
  seen_.insert(std::string(key));
  const JsonValue* v = value_.find(key);
  if (v == nullptr) {
    if (required) {
      std::string h = hint.empty() ? "add \"" + std::string(key) + "\": " + std::string(expected) : std::string(hint);
      diags_.error(loc(), "missing-field", what_ + " is missing \"" + std::string(key) + "\"", h);
    }
    return nullptr;
  }
  return v;
}

void ObjectReader::wrong_type(std::string_view key, const JsonValue& v, std::string_view expected,
                              std::string_view hint) {
  diags_.error({file_, v.line, v.column}, "type",
               "\"" + std::string(key) + "\" must be " + std::string(expected) + ", not " +
                   std::string(json_kind_name(v.kind)),
               std::string(hint));
}

std::optional<std::string> ObjectReader::string(std::string_view key, bool required, std::string_view hint) {
  const JsonValue* v = member(key, required, "\"…\"", hint);
  if (v == nullptr) return std::nullopt;
  if (!v->is_string()) {
    wrong_type(key, *v, "a string", hint.empty() ? "put the text in double quotes" : hint);
    return std::nullopt;
  }
  return v->text;
}

std::optional<bool> ObjectReader::boolean(std::string_view key, bool required, std::string_view hint) {
  const JsonValue* v = member(key, required, "true or false", hint);
  if (v == nullptr) return std::nullopt;
  if (!v->is_bool()) {
    wrong_type(key, *v, "true or false", hint.empty() ? "write true or false without quotes" : hint);
    return std::nullopt;
  }
  return v->boolean;
}

std::optional<int> ObjectReader::integer(std::string_view key, bool required, int min, int max,
                                         std::string_view hint) {
  std::string range = "an integer from " + std::to_string(min) + " to " + std::to_string(max);
  const JsonValue* v = member(key, required, range, hint);
  if (v == nullptr) return std::nullopt;
  if (!v->is_number()) {
    wrong_type(key, *v, range, hint);
    return std::nullopt;
  }
  // 3.0 and 30e-1 equal 3, but they are written as measurements: an integer is written as one.
  if (!v->is_integer()) {
    bool whole = std::isfinite(v->number) && std::floor(v->number) == v->number;
    diags_.error({file_, v->line, v->column}, "type",
                 "\"" + std::string(key) + "\" must be a whole number, not " + v->text,
                 whole && hint.empty() ? "write it without a decimal point or exponent" : std::string(hint));
    return std::nullopt;
  }
  if (v->number < min || v->number > max) {
    diags_.error({file_, v->line, v->column}, "range",
                 "\"" + std::string(key) + "\" is " + v->text + "; it must be " + range, std::string(hint));
    return std::nullopt;
  }
  return static_cast<int>(v->number);
}

std::optional<double> ObjectReader::number(std::string_view key, bool required, std::string_view hint) {
  const JsonValue* v = member(key, required, "a number", hint);
  if (v == nullptr) return std::nullopt;
  if (!v->is_number()) {
    wrong_type(key, *v, "a number", hint.empty() ? "write the number without quotes, with a decimal point: 30.7" : hint);
    return std::nullopt;
  }
  return v->number;
}

std::optional<double> ObjectReader::number_in(std::string_view key, bool required, double min, double below,
                                              std::string_view range, std::string_view hint) {
  std::optional<double> n = number(key, required, hint);
  if (!n) return n;
  // The parser keeps overflowing literals (1e400) as infinity; !(a <= b) catches NaN as well.
  if (!(*n >= min && *n < below)) {
    const JsonValue* v = value_.find(key);
    diags_.error(loc_of(key), "range",
                 "\"" + std::string(key) + "\" is " + (v ? v->text : std::string("out of range")) + "; it must be " +
                     std::string(range),
                 hint.empty() ? std::string("write the amount in kronor (or euro) as a plain number, e.g. 30700000")
                              : std::string(hint));
    return std::nullopt;
  }
  return n;
}

const JsonValue* ObjectReader::array(std::string_view key, bool required, std::string_view hint) {
  const JsonValue* v = member(key, required, "[ … ]", hint);
  if (v == nullptr) return nullptr;
  if (!v->is_array()) {
    wrong_type(key, *v, "an array", hint.empty() ? "write a list in square brackets: [ … ]" : hint);
    return nullptr;
  }
  return v;
}

const JsonValue* ObjectReader::object(std::string_view key, bool required, std::string_view hint) {
  const JsonValue* v = member(key, required, "{ … }", hint);
  if (v == nullptr) return nullptr;
  if (!v->is_object()) {
    wrong_type(key, *v, "an object", hint.empty() ? "write it in braces: { … }" : hint);
    return nullptr;
  }
  return v;
}

std::vector<std::string> ObjectReader::strings(std::string_view key, bool required, std::string_view hint) {
  std::vector<std::string> out;
  const JsonValue* v = array(key, required, hint);
  if (v == nullptr) return out;
  for (const JsonValue& item : v->items) {
    if (item.is_string()) {
      out.push_back(item.text);
    } else {
      diags_.error({file_, item.line, item.column}, "type",
                   "elements of \"" + std::string(key) + "\" must be strings, not " +
                       std::string(json_kind_name(item.kind)),
                   "put each element in double quotes");
    }
  }
  return out;
}

void ObjectReader::finish() {
  if (finished_ || !ok_) return;
  finished_ = true;
  for (const JsonMember& m : value_.members) {
    if (m.key == "$schema" || seen_.count(m.key)) continue;
    std::string hint = "remove it, or check its spelling against the schema";
    size_t best = 3;
    for (const std::string& known : seen_) {
      size_t d = edit_distance(m.key, known);
      if (d < best) {
        best = d;
        hint = "did you mean \"" + known + "\"?";
      }
    }
    diags_.warning({file_, m.line, m.column}, "unknown-field",
                   "unknown member \"" + m.key + "\" in " + what_ + " is ignored", hint);
  }
}

}  // namespace insyn
