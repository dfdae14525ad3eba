#include "core/heading_ids.h"

#include <set>

namespace insyn {

namespace {

// ASCII slug of heading HTML: tags skipped, Swedish letters to their base letters.
std::string slug(std::string_view html) {
  std::string out;
  bool in_tag = false;
  for (size_t i = 0; i < html.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(html[i]);
    if (in_tag) {
      in_tag = c != '>';
      continue;
    }
    if (c == '<') {
      in_tag = true;
      continue;
    }
    char add = 0;
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) add = static_cast<char>(c);
    if (c >= 'A' && c <= 'Z') add = static_cast<char>(c + 32);
    if (c == 0xC3 && i + 1 < html.size()) {
      unsigned char d = static_cast<unsigned char>(html[i + 1]) | 0x20;  // fold upper case
      if (d == 0xA5 || d == 0xA4 || d == 0xA0 || d == 0xA1) add = 'a';     // å ä à á
      if (d == 0xB6 || d == 0xB3) add = 'o';                               // ö ó
      if (d == 0xA9 || d == 0xA8) add = 'e';                               // é è
      if (d == 0xBC) add = 'u';                                            // ü
      if (add) ++i;
    }
    if (c == '&') {  // an entity is punctuation here
      size_t end = html.find(';', i);
      if (end != std::string_view::npos && end - i < 10) i = end;
    }
    if (add) {
      out += add;
    } else if (!out.empty() && out.back() != '-') {
      out += '-';
    }
  }
  while (!out.empty() && out.back() == '-') out.pop_back();
  return out;
}

}  // namespace

std::string add_heading_ids(std::string_view html, std::string_view prefix) {
  std::string out;
  out.reserve(html.size() + 256);
  std::set<std::string> used;
  size_t pos = 0;
  while (true) {
    size_t open = html.find("<h", pos);
    if (open == std::string_view::npos || open + 4 > html.size()) break;
    char level = html[open + 2];
    if (level < '1' || level > '6' || html[open + 3] != '>') {
      out.append(html.substr(pos, open + 2 - pos));
      pos = open + 2;
      continue;
    }
    std::string close = std::string("</h") + level + ">";
    size_t end = html.find(close, open);
    if (end == std::string_view::npos) break;
    std::string id = std::string(prefix) + "-" + slug(html.substr(open + 4, end - open - 4));
    if (id.back() == '-') id += "avsnitt";
    std::string unique = id;
    for (int n = 2; !used.insert(unique).second; ++n) unique = id + "-" + std::to_string(n);
    out.append(html.substr(pos, open + 3 - pos));
    out += " id=\"" + unique + "\">";
    pos = open + 4;
  }
  out.append(html.substr(pos));
  return out;
}

std::string anchor_id(std::string_view prefix, std::string_view value) {
  std::string out(prefix);
  out += '-';
  for (char c : value) {
    bool keep = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
    out += keep ? c : '-';
  }
  return out;
}

}  // namespace insyn
