// The only file that includes kainjow/mustache.hpp.
#include "render/templates.h"

#include <kainjow/mustache.hpp>

#include <mutex>
#include <vector>

namespace insyn {

namespace mstch = kainjow::mustache;

struct Templates::Impl {
  std::map<std::string, std::string> sources;
  std::map<std::string, std::string> origins;
  // Parsed templates ready to render, per name. A render takes one out and puts it back, so
  // threads never share one (kainjow keeps error state in the object) and parsing happens once.
  std::mutex mutex;
  std::map<std::string, std::vector<std::unique_ptr<mstch::mustache>>> pool;
};

Templates::Templates() : impl_(std::make_unique<Impl>()) {}
Templates::~Templates() = default;
Templates::Templates(Templates&&) noexcept = default;
Templates& Templates::operator=(Templates&&) noexcept = default;

void Templates::add(const std::string& name, const std::string& text, const std::string& origin, Diagnostics& diags) {
  mstch::mustache check(text);
  if (!check.is_valid()) {
    diags.error({origin, 0, 0}, "template", "template \"" + name + "\" does not parse: " + check.error_message(),
                "check that every {{#section}} has a matching {{/section}}");
    return;
  }
  impl_->sources[name] = text;
  impl_->origins[name] = origin;
}

bool Templates::has(const std::string& name) const { return impl_->sources.count(name) > 0; }

namespace {

constexpr int kMaxPartialDepth = 8;

// Replaces every {{> name}} with the named template's text, recursively (a cycle stops at the limit).
std::string inline_partials(const std::string& text, const std::map<std::string, std::string>& sources, int depth) {
  std::string out;
  size_t pos = 0;
  while (true) {
    size_t open = text.find("{{>", pos);
    if (open == std::string::npos) break;
    size_t close = text.find("}}", open);
    if (close == std::string::npos) break;
    std::string name = text.substr(open + 3, close - open - 3);
    name.erase(0, name.find_first_not_of(' '));
    name.erase(name.find_last_not_of(' ') + 1);
    auto it = sources.find(name);
    out.append(text, pos, open - pos);
    if (it != sources.end() && depth < kMaxPartialDepth) out += inline_partials(it->second, sources, depth + 1);
    pos = close + 2;
  }
  return out + text.substr(pos);
}

// Fills in {{t.key}} (escaped) and {{{t.key}}} (raw) from the UI strings; unknown keys stay tags.
std::string fill_strings(const std::string& text, const nlohmann::json& strings) {
  std::string out;
  size_t pos = 0;
  while (true) {
    size_t open = text.find("{{", pos);
    if (open == std::string::npos) break;
    bool raw = text.compare(open, 3, "{{{") == 0;
    size_t start = open + (raw ? 3 : 2);
    size_t close = text.find(raw ? "}}}" : "}}", start);
    if (close == std::string::npos) break;
    std::string tag = text.substr(start, close - start);
    size_t end = close + (raw ? 3 : 2);
    auto value = tag.rfind("t.", 0) == 0 ? strings.find(tag.substr(2)) : strings.end();
    out.append(text, pos, open - pos);
    if (value != strings.end() && value->is_string()) {
      std::string v = value->get<std::string>();
      std::string filled = raw ? v : mstch::html_escape<std::string>(v);
      // A string that itself looks like a tag stays a lookup rather than becoming template code.
      out += filled.find("{{") == std::string::npos ? filled : text.substr(open, end - open);
    } else {
      out.append(text, open, end - open);
    }
    pos = end;
  }
  return out + text.substr(pos);
}

}  // namespace

void Templates::prepare(const nlohmann::json& strings, Diagnostics& diags) {
  std::map<std::string, std::string> prepared;
  for (const auto& [name, text] : impl_->sources) {
    prepared[name] = fill_strings(inline_partials(text, impl_->sources, 0), strings);
  }
  impl_->sources = std::move(prepared);
  std::lock_guard lock(impl_->mutex);
  impl_->pool.clear();
  for (const auto& [name, text] : impl_->sources) {
    auto parsed = std::make_unique<mstch::mustache>(text);
    if (!parsed->is_valid()) {
      diags.error({impl_->origins[name], 0, 0}, "template",
                  "template \"" + name + "\" does not parse once its partials are inlined: " + parsed->error_message());
      continue;
    }
    impl_->pool[name].push_back(std::move(parsed));
  }
}

namespace {

// Converts a JSON view model into mustache data. Numbers are expected to be preformatted strings;
// any that slip through are printed without locale.
//
// kainjow's set() and push_back() take their argument by const reference and deep-copy it, which
// makes a nested view cost O(size × depth). Instead a cheap placeholder is inserted and the converted
// child is moved into it; the slot is only const through the accessor, the data itself is ours.
mstch::data to_data(const nlohmann::json& j) {
  switch (j.type()) {
    case nlohmann::json::value_t::object: {
      mstch::data d{mstch::data::type::object};
      for (const auto& [key, value] : j.items()) {
        d.set(key, mstch::data{false});
        *const_cast<mstch::data*>(d.get(key)) = to_data(value);
      }
      return d;
    }
    case nlohmann::json::value_t::array: {
      mstch::data d{mstch::data::type::list};
      // kainjow's move constructor is not noexcept, so a growing list would deep-copy every item
      // it holds at each reallocation; reserving first means it never reallocates.
      const_cast<mstch::list&>(d.list_value()).reserve(j.size());
      for (const auto& item : j) {
        d.push_back(mstch::data{false});
        const_cast<mstch::data&>(d.list_value().back()) = to_data(item);
      }
      return d;
    }
    // An empty string is false, as in the other Mustache implementations: `{{#note}}…{{/note}}`
    // then shows only when there is a note. A false value prints as nothing, like "".
    case nlohmann::json::value_t::string: {
      const std::string& s = j.get_ref<const std::string&>();
      return s.empty() ? mstch::data{false} : mstch::data{s};
    }
    case nlohmann::json::value_t::boolean: return mstch::data{j.get<bool>()};
    case nlohmann::json::value_t::null: return mstch::data{false};
    default: return mstch::data{j.dump()};
  }
}

}  // namespace

std::string Templates::render(const std::string& name, const nlohmann::json& view, Diagnostics& diags) const {
  auto it = impl_->sources.find(name);
  if (it == impl_->sources.end()) {
    diags.error({}, "template", "the theme has no template \"" + name + "\"", "add templates/" + name + ".mustache");
    return {};
  }
  std::unique_ptr<mstch::mustache> tmpl;
  {
    std::lock_guard lock(impl_->mutex);
    auto& free = impl_->pool[name];
    if (!free.empty()) {
      tmpl = std::move(free.back());
      free.pop_back();
    }
  }
  if (!tmpl) tmpl = std::make_unique<mstch::mustache>(it->second);
  std::string out = tmpl->render(to_data(view));
  bool valid = tmpl->is_valid();
  if (!valid) {
    diags.error({impl_->origins.at(name), 0, 0}, "template", "rendering \"" + name + "\" failed: " + tmpl->error_message());
  } else {
    std::lock_guard lock(impl_->mutex);
    impl_->pool[name].push_back(std::move(tmpl));
  }
  return out;
}

}  // namespace insyn
