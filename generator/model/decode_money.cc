#include <algorithm>

#include "model/decode_shared.h"

namespace insyn {

std::optional<Money> decode_money(ObjectReader& parent, std::string_view key) {
  const JsonValue* v = parent.object(key, false);
  if (!v) return std::nullopt;
  ObjectReader r(*v, parent.file(), parent.diags(), std::string("\"") + std::string(key) + "\"");
  Money m;
  m.raw = r.string("raw", true, "add \"raw\": the amount exactly as published, e.g. \"30,7 miljoner kr\"").value_or("");
  m.label = r.text("label");
  m.amount = r.number_in("amount", false, 0, kMoneyBelow, kMoneyRange);
  m.currency = r.text("currency");
  m.kind = r.text("kind");
  m.year = r.integer("year", false, 1900, 2999);
  m.note = r.text("note");
  if (m.amount && m.currency.empty()) {
    r.diags().error(r.loc_of("amount"), "money", "an amount needs a \"currency\"", "add \"currency\": \"SEK\" or \"EUR\"");
  }
  if (!m.currency.empty() && m.currency != "SEK" && m.currency != "EUR") {
    r.diags().error(r.loc_of("currency"), "enum", "\"currency\" must be \"SEK\" or \"EUR\"");
  }
  static const char* kKinds[] = {"", "total", "annual", "in_kind", "none", "text"};
  if (std::find(std::begin(kKinds), std::end(kKinds), m.kind) == std::end(kKinds)) {
    r.diags().error(r.loc_of("kind"), "enum", "\"kind\" must be total, annual, in_kind, none or text");
  }
  return m;
}

}  // namespace insyn
