// The only file that includes kainjow/mustache.hpp.
#include "render/templates.h"

#include <kainjow/mustache.hpp>

namespace insyn {

namespace mstch = kainjow::mustache;

struct Templates::Impl {
  std::map<std::string, std::string> sources;
  std::map<std::string, std::string> origins;
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
      for (const auto& item : j) {
        d.push_back(mstch::data{false});
        const_cast<mstch::data&>(d.list_value().back()) = to_data(item);
      }
      return d;
    }
    case nlohmann::json::value_t::string: return mstch::data{j.get_ref<const std::string&>()};
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
  mstch::mustache tmpl(it->second);
  mstch::data data = to_data(view);
  // Partials: templates named "partials/…" are available as {{> partials/…}}.
  for (const auto& [pname, psource] : impl_->sources) {
    if (pname.rfind("partials/", 0) != 0) continue;
    const std::string* text = &psource;
    data.set(pname, mstch::partial([text]() { return *text; }));
  }
  std::string out = tmpl.render(data);
  if (!tmpl.is_valid()) {
    diags.error({impl_->origins.at(name), 0, 0}, "template", "rendering \"" + name + "\" failed: " + tmpl.error_message());
  }
  return out;
}

}  // namespace insyn
