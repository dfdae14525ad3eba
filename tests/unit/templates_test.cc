// Rendering reads the JSON view in place (render/templates.cc). These tests pin down what a view's
// values mean to a template, and compare random templates and views with kainjow rendering its own
// data tree, the conversion the renderer used before.
#include <catch2/catch.hpp>
#include <kainjow/mustache.hpp>

#include <random>

#include "render/templates.h"

using namespace insyn;

namespace {

std::string render(const std::string& text, const nlohmann::json& view) {
  Diagnostics diags;
  Templates t;
  t.add("page", text, "t/page.mustache", diags);
  t.prepare(nlohmann::json::object(), diags);
  std::string out = t.render("page", view, diags);
  REQUIRE_FALSE(diags.has_errors());
  return out;
}

// The old conversion, kept here as the oracle: the whole view copied into kainjow's data.
kainjow::mustache::data to_data(const nlohmann::json& j) {
  namespace m = kainjow::mustache;
  switch (j.type()) {
    case nlohmann::json::value_t::object: {
      m::data d{m::data::type::object};
      for (const auto& [key, value] : j.items()) d.set(key, to_data(value));
      return d;
    }
    case nlohmann::json::value_t::array: {
      m::data d{m::data::type::list};
      for (const auto& item : j) d.push_back(to_data(item));
      return d;
    }
    case nlohmann::json::value_t::string:
      return j.get_ref<const std::string&>().empty() ? m::data{false} : m::data{j.get<std::string>()};
    case nlohmann::json::value_t::boolean: return m::data{j.get<bool>()};
    case nlohmann::json::value_t::null: return m::data{false};
    default: return m::data{j.dump()};
  }
}

}  // namespace

TEST_CASE("A view's values: empty strings, null and false are false; numbers print as JSON", "[templates]") {
  nlohmann::json view = {{"empty", ""}, {"none", nullptr}, {"no", false}, {"yes", true}, {"n", 2.5},
                         {"i", 7},      {"text", "a<b & 'c'"}};
  CHECK(render("{{#empty}}E{{/empty}}{{^empty}}e{{/empty}}", view) == "e");
  CHECK(render("{{#none}}N{{/none}}{{^none}}n{{/none}}", view) == "n");
  CHECK(render("{{#no}}F{{/no}}{{^no}}f{{/no}}{{#yes}}T{{/yes}}", view) == "fT");
  CHECK(render("{{n}} {{i}} {{yes}} {{none}}", view) == "2.5 7  ");
  CHECK(render("{{text}}|{{{text}}}|{{&text}}", view) == "a&lt;b &amp; &apos;c&apos;|a<b & 'c'|a<b & 'c'");
}

TEST_CASE("Names are found in the innermost object that has them; dotted names resolve whole", "[templates]") {
  nlohmann::json view = {{"title", "outer"},
                         {"a", {{"b", {{"c", "abc"}}}, {"title", "in a"}}},
                         {"items", {{{"title", "one"}}, {{"other", "x"}}, "plain"}},
                         {"words", {"x", "y"}},
                         {"grid", {{"1", "2"}, nlohmann::json::array(), {"3"}}},
                         {"none", nlohmann::json::array()}};
  CHECK(render("{{#a}}{{title}} {{b.c}}{{/a}} {{title}}", view) == "in a abc outer");
  CHECK(render("{{a.b.c}}|{{a.x.c}}|{{a.b.c.}}", view) == "abc||abc");
  // kainjow resolves "a.title" from each frame outward: inside `items` the item has no "a", the root has.
  CHECK(render("{{#items}}[{{title}}:{{a.title}}]{{/items}}", view) == "[one:in a][outer:in a][outer:in a]");
  CHECK(render("{{#words}}<{{.}}>{{/words}}", view) == "<x><y>");
  CHECK(render("{{#grid}}({{#.}}{{.}}{{/.}}){{/grid}}", view) == "(12)()(3)");
  CHECK(render("{{#none}}x{{/none}}{{^none}}empty{{/none}}", view) == "empty");
  CHECK(render("{{#a}}{{#b}}{{c}}{{title}}{{/b}}{{/a}}", view) == "abcin a");
}

TEST_CASE("Random templates over random views render as kainjow over its own data tree", "[templates]") {
  std::mt19937 rng(17);
  auto pick = [&](int n) { return static_cast<int>(rng() % static_cast<unsigned>(n)); };
  const std::vector<std::string> names = {"a", "b", "c", "a.b", "b.c", "a.b.c", "."};
  std::function<nlohmann::json(int)> value = [&](int depth) -> nlohmann::json {
    switch (depth > 2 ? pick(5) : pick(8)) {
      case 0: return "";
      case 1: return "x<&\"'" + std::to_string(pick(9));
      case 2: return pick(2) == 0;
      case 3: return nullptr;
      case 4: return pick(100);
      case 5: {
        nlohmann::json list = nlohmann::json::array();
        for (int i = pick(4); i > 0; --i) list.push_back(value(depth + 1));
        return list;
      }
      default: {
        nlohmann::json object = nlohmann::json::object();
        for (const char* key : {"a", "b", "c"}) {
          if (pick(3)) object[key] = value(depth + 1);
        }
        return object;
      }
    }
  };
  std::function<std::string(int)> text = [&](int depth) {
    std::string out;
    for (int i = pick(5); i >= 0; --i) {
      const std::string& name = names[static_cast<size_t>(pick(static_cast<int>(names.size())))];
      switch (depth > 3 ? pick(4) : pick(7)) {
        case 0: out += "{{" + name + "}}"; break;
        case 1: out += "{{{" + name + "}}}"; break;
        case 2: out += pick(2) ? " t " : "\n"; break;
        case 3: out += "\n  {{! note }}\n"; break;
        case 4: out += "{{#" + name + "}}\n" + text(depth + 1) + "{{/" + name + "}}"; break;
        case 5: out += "{{^" + name + "}}" + text(depth + 1) + "\n{{/" + name + "}}\n"; break;
        default: out += "  {{#" + name + "}}\n" + text(depth + 1) + "\n  {{/" + name + "}}\n"; break;
      }
    }
    return out;
  };
  for (int round = 0; round < 400; ++round) {
    nlohmann::json view = nlohmann::json::object();
    for (const char* key : {"a", "b", "c"}) view[key] = value(0);
    std::string tmpl = text(0);
    kainjow::mustache::mustache oracle(tmpl);
    REQUIRE(oracle.is_valid());
    INFO("template: " << tmpl << "\nview: " << view.dump());
    CHECK(render(tmpl, view) == oracle.render(to_data(view)));
  }
}
