#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/diagnostics.h"

namespace insyn {

struct JsonMember;

/// A parsed JSON value that remembers where it stood in its file, so later stages can point at it.
/// Objects keep their members in file order.
struct JsonValue {
  enum class Kind { Null, Bool, Number, String, Array, Object };

  Kind kind = Kind::Null;
  int line = 0;
  int column = 0;
  bool boolean = false;
  double number = 0;
  /// The decoded string, or a number's literal text (to tell 3 from 3.0).
  std::string text;
  std::vector<JsonValue> items;
  std::vector<JsonMember> members;

  bool is_null() const { return kind == Kind::Null; }
  bool is_bool() const { return kind == Kind::Bool; }
  bool is_number() const { return kind == Kind::Number; }
  bool is_string() const { return kind == Kind::String; }
  bool is_array() const { return kind == Kind::Array; }
  bool is_object() const { return kind == Kind::Object; }
  /// True for a number written without fraction or exponent that fits in 53 bits.
  bool is_integer() const;
  /// The member with this key, or nullptr.
  const JsonValue* find(std::string_view key) const;
};

/// An object member with the position of its key.
struct JsonMember {
  std::string key;
  int line = 0;
  int column = 0;
  JsonValue value;
};

/// The English name of a JSON kind with an article ("a string", "an object") for messages.
std::string_view json_kind_name(JsonValue::Kind kind);

/// Limits that keep hostile input from exhausting memory or the stack.
struct JsonLimits {
  int max_depth = 64;
  size_t max_items = 1'000'000;  // array elements plus object members in the whole document
};

/// Parses strict JSON (RFC 8259). On error adds one diagnostic at the offending position to `diags`
/// and returns nullopt. With `prefix_end` set, parsing stops after the first complete value and the
/// byte offset after it is stored there (for front matter); otherwise trailing content is an error.
std::optional<JsonValue> parse_json(std::string_view text, const std::string& file, Diagnostics& diags,
                                    size_t* prefix_end = nullptr, JsonLimits limits = {});

}  // namespace insyn
