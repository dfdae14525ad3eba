#include <catch2/catch.hpp>

#include "content/json.h"

using namespace insyn;

namespace {

struct Parsed {
  std::optional<JsonValue> value;
  Diagnostics diags;
};

Parsed parse(std::string_view text) {
  Parsed p;
  p.value = parse_json(text, "t.json", p.diags);
  return p;
}

std::string first_error(std::string_view text) {
  Parsed p = parse(text);
  REQUIRE_FALSE(p.value);
  REQUIRE(p.diags.size() == 1);
  const Diagnostic& d = p.diags.items()[0];
  return std::to_string(d.loc.line) + ":" + std::to_string(d.loc.column) + " " + d.message;
}

}  // namespace

TEST_CASE("JSON values keep their positions and member order") {
  Parsed p = parse("{\n  \"b\": 1,\n  \"a\": [true, null, \"x\\u00e5\"]\n}");
  REQUIRE(p.value);
  const JsonValue& root = *p.value;
  REQUIRE(root.members.size() == 2);
  CHECK(root.members[0].key == "b");
  CHECK(root.members[0].line == 2);
  CHECK(root.members[0].column == 3);
  const JsonValue* a = root.find("a");
  REQUIRE(a);
  CHECK(a->line == 3);
  CHECK(a->column == 8);
  REQUIRE(a->items.size() == 3);
  CHECK(a->items[0].boolean);
  CHECK(a->items[1].is_null());
  CHECK(a->items[2].text == "x\xC3\xA5");
  CHECK(a->items[2].column == 21);
}

TEST_CASE("JSON numbers tell integers from fractions") {
  Parsed p = parse("[3, 3.0, -12, 1e2, 0.5]");
  REQUIRE(p.value);
  const auto& items = p.value->items;
  CHECK(items[0].is_integer());
  CHECK_FALSE(items[1].is_integer());
  CHECK(items[2].is_integer());
  CHECK(items[2].number == -12);
  CHECK_FALSE(items[3].is_integer());
  CHECK(items[3].number == 100);
  CHECK(items[4].number == 0.5);
}

TEST_CASE("JSON surrogate pairs decode to UTF-8") {
  Parsed p = parse("\"\\ud83d\\ude00\"");
  REQUIRE(p.value);
  CHECK(p.value->text == "\xF0\x9F\x98\x80");
}

TEST_CASE("JSON syntax errors point at the offending character") {
  CHECK(first_error("{\"a\": 1,}") == "1:9 trailing comma before '}'");
  CHECK(first_error("[1, 2,]") == "1:7 trailing comma before ']'");
  CHECK(first_error("{\"a\": 1\n \"b\": 2}") == "1:8 missing ',' before the next member");
  CHECK(first_error("{\"a\": 'x'}") == "1:7 strings must use double quotes");
  CHECK(first_error("{\"a\": Möjlig}") == "1:7 expected a value but found 'M'");
  CHECK(first_error("{\"a\": 30,7}") == "1:9 decimal comma in a number");
  CHECK(parse("[30,7]").value);  // in an array it is two numbers
  CHECK(first_error("{\"a\": 07}") == "1:8 numbers may not have leading zeros");
  CHECK(first_error("{\"a\": \"x\ny\"}") == "1:9 line break inside a string");
  CHECK(first_error("{\"a\": \"\\q\"}") == "1:9 invalid escape sequence");
  CHECK(first_error("{\"a\": 1, \"a\": 2}") == "1:10 duplicate member \"a\" (first at line 1)");
  CHECK(first_error("{\"a\": 1} x") == "1:10 unexpected content after the JSON value");
  CHECK(first_error("{\"a\": [1, 2") == "1:12 unexpected end of file: ']' expected");
  CHECK(first_error("// note\n{}") == "1:1 comments are not allowed in JSON");
  CHECK(first_error("   ") == "1:4 the file holds no JSON value");
  CHECK(first_error("\"\\ud800\"") == "1:8 unpaired surrogate in \\u escape");
}

TEST_CASE("JSON rejects invalid UTF-8 and a byte-order mark") {
  CHECK(first_error("{\"a\": \"\xC3\x28\"}") == "1:8 invalid UTF-8 byte sequence");
  CHECK(first_error("\xEF\xBB\xBF{}") == "1:1 the file starts with a byte-order mark");
}

TEST_CASE("JSON nesting and size limits give errors, not crashes") {
  std::string deep(10000, '[');
  CHECK(first_error(deep) == "1:66 values are nested more than 64 levels deep");
  JsonLimits limits;
  limits.max_items = 3;
  Diagnostics diags;
  CHECK_FALSE(parse_json("[1, 2, 3, 4]", "t.json", diags, nullptr, limits));
  REQUIRE(diags.size() == 1);
  CHECK(diags.items()[0].message == "too many values in one file (more than 3)");
}

TEST_CASE("JSON prefix parsing stops after the first value") {
  Diagnostics diags;
  size_t end = 0;
  auto v = parse_json("{\"title\": \"x\"}\nrest", "t.md", diags, &end);
  REQUIRE(v);
  CHECK(end == 14);
}
