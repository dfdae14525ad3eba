// The only file that includes kainjow/mustache.hpp.
#include "render/templates.h"

#include <kainjow/mustache.hpp>

#include <algorithm>
#include <deque>
#include <mutex>
#include <optional>
#include <string_view>
#include <unordered_map>
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

// kainjow reads a template's data through a context (`basic_context`: push, pop, look up a name).
// This context looks names up in the JSON view itself, so a render no longer converts the whole
// view into kainjow's own tree first (that conversion and freeing it were a tenth of a city build);
// only the values a template actually reaches get a kainjow counterpart, made once per render.
// The values mean what they meant before: an empty string, null and false are false; other
// strings are text; numbers print as JSON does, without locale; an object is a truthy section
// whose names are looked up in it; a list is a section repeated per item (false when empty).
class ViewContext final : public mstch::basic_context<std::string> {
 public:
  explicit ViewContext(const nlohmann::json& view) { push(&counterpart(view)); }

  void push(const mstch::data* data) override {
    auto object = objects_.find(data);
    stack_.push_back({data, object == objects_.end() ? nullptr : object->second});
  }
  void pop() override { stack_.pop_back(); }

  // The same lookup as kainjow's own context: "." is the innermost value; a plain name is found in
  // the innermost object that has it; "a.b" is resolved whole in each object from the innermost out.
  const mstch::data* get(const std::string& name) const override {
    if (name == ".") return stack_.back().data;
    for (auto frame = stack_.rbegin(); frame != stack_.rend(); ++frame) {
      const nlohmann::json* value = frame->object;
      // Split as kainjow splits: a trailing "." adds no empty name.
      size_t start = 0;
      do {
        size_t end = std::min(name.find('.', start), name.size());
        value = find(value, std::string_view(name).substr(start, end - start));
        start = end + 1;
      } while (value && start < name.size());
      if (value) return &counterpart(*value);
    }
    return nullptr;
  }
  // Partials are inlined by prepare(), so a render never asks for one.
  const mstch::data* get_partial(const std::string&) const override { return nullptr; }

 private:
  struct Frame {
    const mstch::data* data;
    const nlohmann::json* object;  // null when the value is not an object
  };

  static const nlohmann::json* find(const nlohmann::json* object, std::string_view name) {
    if (!object || !object->is_object()) return nullptr;
    auto it = object->find(name);
    return it == object->end() ? nullptr : &*it;
  }

  // The kainjow value standing for `value`, made on first use and kept for the render.
  const mstch::data& counterpart(const nlohmann::json& value) const {
    auto [it, added] = made_.try_emplace(&value, nullptr);
    if (added) it->second = &fill(held_.emplace_back(false), value);
    return *it->second;
  }

  // Makes `slot` (whose address stays put) stand for `value`. An object is a placeholder `true`,
  // remembered so that pushing it makes its names visible; a list holds a counterpart per item.
  mstch::data& fill(mstch::data& slot, const nlohmann::json& value) const {
    switch (value.type()) {
      case nlohmann::json::value_t::object:
        slot = mstch::data{true};
        objects_[&slot] = &value;
        break;
      case nlohmann::json::value_t::array: {
        slot = mstch::data{mstch::data::type::list};
        // Reserved first: the items' addresses are remembered, so the list must never move them.
        auto& items = const_cast<mstch::list&>(slot.list_value());
        items.reserve(value.size());
        for (const auto& item : value) fill(items.emplace_back(false), item);
        break;
      }
      case nlohmann::json::value_t::string: {
        const std::string& s = value.get_ref<const std::string&>();
        if (!s.empty()) slot = mstch::data{s};
        break;
      }
      case nlohmann::json::value_t::boolean: slot = mstch::data{value.get<bool>()}; break;
      case nlohmann::json::value_t::null: break;
      default: slot = mstch::data{value.dump()};
    }
    return slot;
  }

  std::vector<Frame> stack_;
  mutable std::deque<mstch::data> held_;
  mutable std::unordered_map<const nlohmann::json*, const mstch::data*> made_;
  mutable std::unordered_map<const mstch::data*, const nlohmann::json*> objects_;
};

// Collects kainjow's output lines into one string (its default is an ostringstream).
struct StringSink {
  std::string text;
  StringSink& operator<<(const std::string& s) {
    text += s;
    return *this;
  }
};

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
  ViewContext context(view);
  StringSink sink;
  tmpl->render(context, sink);
  std::string out = std::move(sink.text);
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
