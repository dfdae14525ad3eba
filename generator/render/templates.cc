// The only file that includes kainjow/mustache.hpp.
#include "render/templates.h"

#include <kainjow/mustache.hpp>

#include <algorithm>
#include <mutex>
#include <optional>
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

// A theme's pages are tens of kilobytes; a template that grows past this once its partials are
// inlined is a partial included many times over (each level doubling it), not a page.
constexpr size_t kMaxExpandedTemplate = 16u << 20;

// Inlines partials ({{> name}}) once per template, remembering each result, so a partial used by
// many templates is expanded once and the work is linear in the size of the output. A partial
// that includes itself (directly or through others), a partial that does not exist and a
// template that grows past kMaxExpandedTemplate are errors at the {{> …}} tag.
class PartialInliner {
 public:
  PartialInliner(const std::map<std::string, std::string>& sources, const std::map<std::string, std::string>& origins,
                 Diagnostics& diags)
      : sources_(sources), origins_(origins), diags_(diags) {}

  /// The template's text with every partial inlined; nullopt after an error was reported.
  const std::optional<std::string>& expand(const std::string& name) {
    if (auto done = done_.find(name); done != done_.end()) return done->second;
    active_.push_back(name);
    std::optional<std::string> out = expand_text(name, sources_.at(name));
    active_.pop_back();
    return done_[name] = std::move(out);
  }

 private:
  SourceLoc loc_in(const std::string& name, size_t offset) const {
    const std::string& text = sources_.at(name);
    int line = 1 + static_cast<int>(std::count(text.begin(), text.begin() + static_cast<long>(offset), '\n'));
    size_t line_start = text.rfind('\n', offset == 0 ? 0 : offset - 1);
    line_start = (line_start == std::string::npos || offset == 0) ? 0 : line_start + 1;
    auto origin = origins_.find(name);
    return {origin == origins_.end() ? name : origin->second, line, static_cast<int>(offset - line_start) + 1};
  }

  std::optional<std::string> expand_text(const std::string& name, const std::string& text) {
    std::string out;
    bool ok = true;
    size_t pos = 0;
    while (true) {
      size_t open = text.find("{{>", pos);
      if (open == std::string::npos) break;
      size_t close = text.find("}}", open);
      if (close == std::string::npos) break;
      std::string partial = text.substr(open + 3, close - open - 3);
      partial.erase(0, partial.find_first_not_of(" \t"));
      partial.erase(partial.find_last_not_of(" \t") + 1);
      out.append(text, pos, open - pos);
      pos = close + 2;
      if (!sources_.count(partial)) {
        diags_.error(loc_in(name, open), "template-partial",
                     "template \"" + name + "\" includes partial \"" + partial + "\", which does not exist",
                     "add templates/" + partial + ".mustache to the theme, or correct the name");
        ok = false;
        continue;
      }
      if (auto cycle = std::find(active_.begin(), active_.end(), partial); cycle != active_.end()) {
        std::string chain;
        for (auto it = cycle; it != active_.end(); ++it) chain += *it + " → ";
        diags_.error(loc_in(name, open), "template-recursion",
                     "partial \"" + partial + "\" includes itself (" + chain + partial + ")",
                     "a partial cannot include itself, directly or through other partials");
        ok = false;
        continue;
      }
      const std::optional<std::string>& inner = expand(partial);
      if (!inner) {
        ok = false;  // reported where it went wrong
        continue;
      }
      if (out.size() + inner->size() > kMaxExpandedTemplate) {
        diags_.error(loc_in(name, open), "template-size",
                     "template \"" + name + "\" grows past " + std::to_string(kMaxExpandedTemplate >> 20) +
                         " MiB once its partials are inlined",
                     "a partial is included too many times over; include it once and loop over data instead");
        return std::nullopt;
      }
      out += *inner;
    }
    if (!ok) return std::nullopt;
    return out + text.substr(pos);
  }

  const std::map<std::string, std::string>& sources_;
  const std::map<std::string, std::string>& origins_;
  Diagnostics& diags_;
  std::vector<std::string> active_;
  std::map<std::string, std::optional<std::string>> done_;
};

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
  PartialInliner inliner(impl_->sources, impl_->origins, diags);
  for (const auto& [name, text] : impl_->sources) {
    if (const std::optional<std::string>& expanded = inliner.expand(name)) {
      prepared[name] = fill_strings(*expanded, strings);
    }
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
