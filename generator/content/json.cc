#include "content/json.h"

#include <cmath>
#include <cstdlib>
#include <string>

#include "core/utf8.h"

namespace insyn {

bool JsonValue::is_integer() const {
  if (kind != Kind::Number) return false;
  if (text.find_first_of(".eE") != std::string::npos) return false;
  return std::fabs(number) <= 9007199254740992.0;
}

const JsonValue* JsonValue::find(std::string_view key) const {
  for (const auto& m : members) {
    if (m.key == key) return &m.value;
  }
  return nullptr;
}

std::string_view json_kind_name(JsonValue::Kind kind) {
  switch (kind) {
    case JsonValue::Kind::Null: return "null";
    case JsonValue::Kind::Bool: return "a boolean";
    case JsonValue::Kind::Number: return "a number";
    case JsonValue::Kind::String: return "a string";
    case JsonValue::Kind::Array: return "an array";
    case JsonValue::Kind::Object: return "an object";
  }
  return "a value";
}

namespace {

// A recursive-descent parser that tracks line and column as it goes. It stops at the first error:
// after a syntax error the rest of the file cannot be trusted, and one precise message beats many.
class Parser {
 public:
  Parser(std::string_view text, const std::string& file, Diagnostics& diags, JsonLimits limits)
      : text_(text), file_(file), diags_(diags), limits_(limits) {}

  std::optional<JsonValue> parse(size_t* prefix_end) {
    skip_space();
    if (at_end()) {
      fail("the file holds no JSON value", "a content file must contain a JSON object, for example {}");
      return std::nullopt;
    }
    JsonValue value;
    if (!parse_value(value, 0)) return std::nullopt;
    if (prefix_end) {
      *prefix_end = pos_;
      return value;
    }
    skip_space();
    if (!at_end()) {
      fail("unexpected content after the JSON value",
           "a file holds exactly one JSON value; remove what follows or wrap both in an array");
      return std::nullopt;
    }
    return value;
  }

 private:
  bool at_end() const { return pos_ >= text_.size(); }
  char peek() const { return at_end() ? '\0' : text_[pos_]; }

  void advance() {
    if (text_[pos_] == '\n') {
      ++line_;
      column_ = 1;
    } else {
      ++column_;
    }
    ++pos_;
  }

  bool fail(std::string message, std::string hint = {}) {
    if (!failed_) diags_.error({file_, line_, column_}, "json-syntax", std::move(message), std::move(hint));
    failed_ = true;
    return false;
  }

  void skip_space() {
    while (!at_end()) {
      char c = peek();
      if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
        advance();
      } else {
        return;
      }
    }
  }

  std::string describe_here() const {
    if (at_end()) return "the end of the file";
    unsigned char c = static_cast<unsigned char>(peek());
    if (c < 0x20 || c >= 0x7F) return "a non-printing or non-ASCII character";
    return std::string("'") + peek() + "'";
  }

  bool count_item() {
    if (++items_ > limits_.max_items) {
      return fail("too many values in one file (more than " + std::to_string(limits_.max_items) + ")",
                  "split the content into several files");
    }
    return true;
  }

  // Parses a value and remembers where it ended, so a missing comma can be reported right there.
  bool parse_value(JsonValue& out, int depth) {
    if (!parse_value_at(out, depth)) return false;
    end_line_ = line_;
    end_column_ = column_;
    return true;
  }

  // Reports a missing separator after the previous value, where the writer forgot it.
  bool fail_missing_comma(const char* closer) {
    if (peek() == '"' || peek() == '{' || peek() == '[' || (peek() >= '0' && peek() <= '9')) {
      line_ = end_line_;
      column_ = end_column_;
      return fail(std::string("missing ',' before the next ") + (std::string(closer) == "]" ? "element" : "member"),
                  "separate elements and members with commas");
    }
    return fail(std::string("expected ',' or '") + closer + "' but found " + describe_here(),
                std::string("close the ") + (std::string(closer) == "]" ? "array" : "object") + " with '" + closer +
                    "' or add a comma");
  }

  bool parse_value_at(JsonValue& out, int depth) {
    if (depth > limits_.max_depth) {
      return fail("values are nested more than " + std::to_string(limits_.max_depth) + " levels deep",
                  "content files are shallow; look for an unclosed '[' or '{'");
    }
    out.line = line_;
    out.column = column_;
    char c = peek();
    switch (c) {
      case '{': return parse_object(out, depth);
      case '[': return parse_array(out, depth);
      case '"': out.kind = JsonValue::Kind::String; return parse_string(out.text);
      case 't': return parse_literal(out, "true");
      case 'f': return parse_literal(out, "false");
      case 'n': return parse_literal(out, "null");
      default:
        if (c == '-' || (c >= '0' && c <= '9')) return parse_number(out);
        if (c == '/') return fail("comments are not allowed in JSON", "remove the comment or move it into a \"note\" field");
        if (c == '\'') return fail("strings must use double quotes", "write \"text\" instead of 'text'");
        if (at_end()) return fail("unexpected end of file: a value is missing", "the file may be cut off");
        return fail("expected a value but found " + describe_here(),
                    "values are strings in double quotes, numbers, true, false, null, arrays or objects");
    }
  }

  bool parse_literal(JsonValue& out, std::string_view word) {
    if (text_.substr(pos_, word.size()) != word) {
      return fail("expected a value but found " + describe_here(),
                  "text values must be written in double quotes, e.g. \"Möjlig\"");
    }
    for (size_t i = 0; i < word.size(); ++i) advance();
    if (word == "null") {
      out.kind = JsonValue::Kind::Null;
    } else {
      out.kind = JsonValue::Kind::Bool;
      out.boolean = word == "true";
    }
    return true;
  }

  bool parse_number(JsonValue& out) {
    size_t start = pos_;
    auto digits = [&] {
      size_t n = 0;
      while (!at_end() && peek() >= '0' && peek() <= '9') {
        advance();
        ++n;
      }
      return n;
    };
    if (peek() == '-') advance();
    if (peek() == '0') {
      advance();
      if (peek() >= '0' && peek() <= '9') return fail("numbers may not have leading zeros", "write 7, not 07");
    } else if (digits() == 0) {
      return fail("invalid number", "a number needs at least one digit");
    }
    if (peek() == '.') {
      advance();
      if (digits() == 0) return fail("invalid number: digits expected after '.'", "write 3.0 or 3, not 3.");
    }
    if (peek() == 'e' || peek() == 'E') {
      advance();
      if (peek() == '+' || peek() == '-') advance();
      if (digits() == 0) return fail("invalid number: digits expected in the exponent");
    }
    out.kind = JsonValue::Kind::Number;
    out.text = std::string(text_.substr(start, pos_ - start));
    out.number = std::strtod(out.text.c_str(), nullptr);  // the grammar above is locale-independent
    if (!std::isfinite(out.number)) return fail("number out of range");
    return true;
  }

  static void append_utf8(std::string& s, unsigned int cp) {
    if (cp < 0x80) {
      s += static_cast<char>(cp);
    } else if (cp < 0x800) {
      s += static_cast<char>(0xC0 | (cp >> 6));
      s += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
      s += static_cast<char>(0xE0 | (cp >> 12));
      s += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
      s += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
      s += static_cast<char>(0xF0 | (cp >> 18));
      s += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
      s += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
      s += static_cast<char>(0x80 | (cp & 0x3F));
    }
  }

  bool parse_hex4(unsigned int& out) {
    out = 0;
    for (int i = 0; i < 4; ++i) {
      char c = peek();
      unsigned int v;
      if (c >= '0' && c <= '9') v = static_cast<unsigned>(c - '0');
      else if (c >= 'a' && c <= 'f') v = static_cast<unsigned>(c - 'a' + 10);
      else if (c >= 'A' && c <= 'F') v = static_cast<unsigned>(c - 'A' + 10);
      else return fail("invalid \\u escape: four hex digits expected", "write e.g. \\u00e5 for å");
      out = out * 16 + v;
      advance();
    }
    return true;
  }

  bool parse_string(std::string& out) {
    advance();  // opening quote
    while (true) {
      if (at_end()) return fail("unterminated string", "a closing '\"' is missing");
      unsigned char c = static_cast<unsigned char>(peek());
      if (c == '"') {
        advance();
        return true;
      }
      if (c < 0x20) {
        return fail(c == '\n' ? "line break inside a string" : "control character inside a string",
                    "write a line break as \\n, or close the string with '\"' on the same line");
      }
      if (c == '\\') {
        advance();
        char e = peek();
        switch (e) {
          case '"': out += '"'; break;
          case '\\': out += '\\'; break;
          case '/': out += '/'; break;
          case 'b': out += '\b'; break;
          case 'f': out += '\f'; break;
          case 'n': out += '\n'; break;
          case 'r': out += '\r'; break;
          case 't': out += '\t'; break;
          case 'u': {
            advance();
            unsigned int cp;
            if (!parse_hex4(cp)) return false;
            if (cp >= 0xD800 && cp <= 0xDBFF) {
              unsigned int low;
              if (peek() != '\\' || pos_ + 1 >= text_.size() || text_[pos_ + 1] != 'u') {
                return fail("unpaired surrogate in \\u escape");
              }
              advance();
              advance();
              if (!parse_hex4(low)) return false;
              if (low < 0xDC00 || low > 0xDFFF) return fail("unpaired surrogate in \\u escape");
              cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
            } else if (cp >= 0xDC00 && cp <= 0xDFFF) {
              return fail("unpaired surrogate in \\u escape");
            } else if (cp == 0) {
              return fail("\\u0000 is not allowed in content text");
            }
            append_utf8(out, cp);
            continue;  // parse_hex4 already advanced past the digits
          }
          default:
            return fail("invalid escape sequence", "only \\\" \\\\ \\/ \\b \\f \\n \\r \\t and \\uXXXX are allowed; write a backslash as \\\\");
        }
        advance();
        continue;
      }
      out += static_cast<char>(c);
      advance();
    }
  }

  bool parse_array(JsonValue& out, int depth) {
    out.kind = JsonValue::Kind::Array;
    advance();
    skip_space();
    if (peek() == ']') {
      advance();
      return true;
    }
    while (true) {
      if (!count_item()) return false;
      out.items.emplace_back();
      if (!parse_value(out.items.back(), depth + 1)) return false;
      skip_space();
      if (peek() == ',') {
        advance();
        skip_space();
        if (peek() == ']') return fail("trailing comma before ']'", "JSON allows no comma after the last element; remove it");
        continue;
      }
      if (peek() == ']') {
        advance();
        return true;
      }
      if (at_end()) return fail("unexpected end of file: ']' expected", "an array is not closed");
      return fail_missing_comma("]");
    }
  }

  bool parse_object(JsonValue& out, int depth) {
    out.kind = JsonValue::Kind::Object;
    advance();
    skip_space();
    if (peek() == '}') {
      advance();
      return true;
    }
    while (true) {
      if (!count_item()) return false;
      if (peek() != '"') {
        if (at_end()) return fail("unexpected end of file: '}' expected", "an object is not closed");
        if (peek() == '\'') return fail("member names must use double quotes", "write \"kind\", not 'kind'");
        return fail("expected a member name in double quotes but found " + describe_here(),
                    "member names are strings: {\"nr\": 1}");
      }
      JsonMember member;
      member.line = line_;
      member.column = column_;
      if (!parse_string(member.key)) return false;
      for (const auto& existing : out.members) {
        if (existing.key == member.key) {
          line_ = member.line;
          column_ = member.column;
          return fail("duplicate member \"" + member.key + "\" (first at line " + std::to_string(existing.line) + ")",
                      "each name may appear once per object; remove or rename one of them");
        }
      }
      skip_space();
      if (peek() != ':') return fail("expected ':' after the member name but found " + describe_here());
      advance();
      skip_space();
      if (!parse_value(member.value, depth + 1)) return false;
      bool was_number = member.value.is_number();
      out.members.push_back(std::move(member));
      skip_space();
      if (peek() == ',') {
        if (was_number && pos_ + 1 < text_.size() && text_[pos_ + 1] >= '0' && text_[pos_ + 1] <= '9') {
          return fail("decimal comma in a number", "JSON numbers use a decimal point: 30.7, not 30,7");
        }
        advance();
        skip_space();
        if (peek() == '}') return fail("trailing comma before '}'", "JSON allows no comma after the last member; remove it");
        continue;
      }
      if (peek() == '}') {
        advance();
        return true;
      }
      if (at_end()) return fail("unexpected end of file: '}' expected", "an object is not closed");
      return fail_missing_comma("}");
    }
  }

  std::string_view text_;
  const std::string& file_;
  Diagnostics& diags_;
  JsonLimits limits_;
  size_t pos_ = 0;
  int line_ = 1;
  int column_ = 1;
  int end_line_ = 1;
  int end_column_ = 1;
  size_t items_ = 0;
  bool failed_ = false;
};

}  // namespace

std::optional<JsonValue> parse_json(std::string_view text, const std::string& file, Diagnostics& diags,
                                    size_t* prefix_end, JsonLimits limits) {
  if (auto bad = find_invalid_utf8(text)) {
    LineColumn lc = line_column_at(text, *bad);
    diags.error({file, lc.line, lc.column}, "encoding", "invalid UTF-8 byte sequence",
                "save the file as UTF-8 (not Latin-1 or Windows-1252)");
    return std::nullopt;
  }
  if (text.substr(0, 3) == "\xEF\xBB\xBF") {
    diags.error({file, 1, 1}, "encoding", "the file starts with a byte-order mark", "save it as UTF-8 without BOM");
    return std::nullopt;
  }
  return Parser(text, file, diags, limits).parse(prefix_end);
}

}  // namespace insyn
