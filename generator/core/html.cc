#include "core/html.h"

namespace insyn {

std::string html_escape(std::string_view text) {
  std::string out;
  out.reserve(text.size() + text.size() / 8);
  for (char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default: out += c;
    }
  }
  return out;
}

std::string slugify(std::string_view text) {
  std::string out;
  bool dash = false;
  auto emit = [&](char c) {
    if (dash && !out.empty()) out += '-';
    dash = false;
    out += c;
  };
  for (size_t i = 0; i < text.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
      emit(static_cast<char>(c));
    } else if (c >= 'A' && c <= 'Z') {
      emit(static_cast<char>(c - 'A' + 'a'));
    } else if (c == 0xC3 && i + 1 < text.size()) {
      // Latin-1 supplement letters used in Swedish names: å ä ö é ü (either case).
      unsigned char n = static_cast<unsigned char>(text[++i]);
      switch (n | 0x20) {
        case 0xA5: case 0xA4: case 0xA0: case 0xA1: case 0xA2: emit('a'); break;
        case 0xB6: case 0xB8: case 0xB3: case 0xB4: emit('o'); break;
        case 0xA9: case 0xA8: case 0xAA: case 0xAB: emit('e'); break;
        case 0xBC: case 0xBA: case 0xB9: emit('u'); break;
        default: dash = true;
      }
    } else {
      dash = true;
    }
  }
  return out.empty() ? "x" : out;
}

}  // namespace insyn
