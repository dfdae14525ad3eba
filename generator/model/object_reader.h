#pragma once

#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "content/json.h"
#include "core/diagnostics.h"

namespace insyn {

/// Typed, position-aware reading of one JSON object. Every problem becomes a diagnostic at the
/// offending value and reading goes on, so one run reports all errors of a file. Members that were
/// never asked for are reported as warnings by finish(), with a spelling suggestion.
class ObjectReader {
 public:
  /// `what` names the object in messages ("risk", "control"). A non-object is reported at once.
  ObjectReader(const JsonValue& value, std::string file, Diagnostics& diags, std::string what);
  ObjectReader(const ObjectReader&) = delete;
  ObjectReader& operator=(const ObjectReader&) = delete;
  ~ObjectReader();

  /// False when the value was not an object (already reported).
  bool ok() const { return ok_; }
  /// Where the object starts.
  SourceLoc loc() const;
  /// True when the object has member `key`.
  bool has(std::string_view key) const { return ok_ && value_.find(key) != nullptr; }
  /// Where member `key`'s value starts, or the object's start when it is absent.
  SourceLoc loc_of(std::string_view key) const;

  /// A string member; reports a missing required member or a wrong type.
  std::optional<std::string> string(std::string_view key, bool required, std::string_view hint = {});
  /// A string member, "" when absent or wrong.
  std::string text(std::string_view key) { return string(key, false).value_or(""); }
  /// An integer member within [min, max].
  std::optional<int> integer(std::string_view key, bool required, int min, int max, std::string_view hint = {});
  /// A true/false member.
  std::optional<bool> boolean(std::string_view key, bool required, std::string_view hint = {});
  /// Any number.
  std::optional<double> number(std::string_view key, bool required, std::string_view hint = {});
  /// A number with min <= value < below; `range` says it in words for the message ("from 0 to …").
  std::optional<double> number_in(std::string_view key, bool required, double min, double below,
                                  std::string_view range, std::string_view hint = {});
  /// An array member (its elements are read by the caller); nullptr when absent or wrong.
  const JsonValue* array(std::string_view key, bool required, std::string_view hint = {});
  /// An object member; nullptr when absent or wrong.
  const JsonValue* object(std::string_view key, bool required, std::string_view hint = {});
  /// An array of strings; wrong elements are reported and skipped.
  std::vector<std::string> strings(std::string_view key, bool required, std::string_view hint = {});
  /// Marks a member as known without reading it.
  void skip(std::string_view key) { seen_.insert(std::string(key)); }

  /// Reports unknown members as warnings. Called by the destructor when not called explicitly.
  void finish();

  const std::string& file() const { return file_; }
  Diagnostics& diags() { return diags_; }

 private:
  const JsonValue* member(std::string_view key, bool required, std::string_view expected, std::string_view hint);
  void wrong_type(std::string_view key, const JsonValue& value, std::string_view expected, std::string_view hint);

  const JsonValue& value_;
  std::string file_;
  Diagnostics& diags_;
  std::string what_;
  bool ok_ = true;
  bool finished_ = false;
  std::set<std::string> seen_;
};

/// Levenshtein distance, for "did you mean" hints.
size_t edit_distance(std::string_view a, std::string_view b);

}  // namespace insyn
