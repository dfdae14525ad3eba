#include "archive/pins.h"

#include "content/json.h"
#include "core/sha256.h"

namespace insyn {

namespace {

constexpr const char* kHint =
    "the register is written by `insyn archive YEAR`; restore it from version control";

bool is_digest(const std::string& text) {
  return text.size() == 64 && text.find_first_not_of("0123456789abcdef") == std::string::npos;
}

}  // namespace

Pins parse_pins(const std::string& text, const std::string& file, Diagnostics& diags) {
  Pins pins;
  std::optional<JsonValue> root = parse_json(text, file, diags);
  if (!root) return pins;
  const JsonValue* list = root->is_object() ? root->find("pins") : nullptr;
  if (!list || !list->is_array()) {
    diags.error({file, root->line, root->column}, "archive-pins", "the register needs a \"pins\" array",
                kHint);
    return pins;
  }
  for (const JsonValue& entry : list->items) {
    const JsonValue* year = entry.is_object() ? entry.find("year") : nullptr;
    const JsonValue* digest = entry.is_object() ? entry.find("tagmanifest_sha256") : nullptr;
    if (!year || !year->is_integer() || year->number < 1900 || year->number > 2999) {
      diags.error({file, entry.line, entry.column}, "archive-pins",
                  "a pin needs a \"year\" from 1900 to 2999", kHint);
      continue;
    }
    if (!digest || !digest->is_string() || !is_digest(digest->text)) {
      diags.error({file, entry.line, entry.column}, "archive-pins",
                  "a pin needs a \"tagmanifest_sha256\" of 64 lowercase hex digits", kHint);
      continue;
    }
    if (!pins.emplace(static_cast<int>(year->number), digest->text).second) {
      diags.error({file, year->line, year->column}, "archive-pins",
                  "plan year " + year->text + " is pinned twice", kHint);
    }
  }
  return pins;
}

std::string format_pins(const Pins& pins) {
  std::string out = "{\n  \"$schema\": \"../schemas/pins.schema.json\",\n  \"pins\": [";
  const char* separator = "\n";
  for (const auto& [year, digest] : pins) {
    out += separator;
    out += "    {\"year\": " + std::to_string(year) + ", \"tagmanifest_sha256\": \"" + digest + "\"}";
    separator = ",\n";
  }
  out += pins.empty() ? "]\n}\n" : "\n  ]\n}\n";
  return out;
}

std::string pin_of(const std::string& tag_manifest) {
  return sha256_hex(tag_manifest);
}

}  // namespace insyn
