#include "search/tokenize.h"

#include <nlohmann/json.hpp>

#include "core/utf8.h"

namespace insyn::search {

namespace {

// Decodes the code point at `i` and advances `i`; returns U+FFFD's stand-in 0 for an invalid byte
// (consumed alone), which is not a word character, so bad bytes only separate words.
char32_t next_cp(std::string_view s, size_t& i) {
  auto byte = [&](size_t k) { return static_cast<unsigned char>(s[k]); };
  unsigned char c = byte(i);
  int len = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 0;
  if (len == 0 || i + len > s.size()) {
    ++i;
    return 0;
  }
  char32_t cp = len == 1 ? c : len == 2 ? (c & 0x1F) : len == 3 ? (c & 0x0F) : (c & 0x07);
  for (int k = 1; k < len; ++k) {
    if ((byte(i + k) & 0xC0) != 0x80) {
      ++i;
      return 0;
    }
    cp = (cp << 6) | (byte(i + k) & 0x3F);
  }
  i += len;
  return cp;
}

char32_t lower(char32_t cp) {
  if (cp >= 'A' && cp <= 'Z') return cp + 32;
  if (cp >= 0xC0 && cp <= 0xDE && cp != 0xD7) return cp + 32;
  if (cp == 0x130) return 'i';
  if (cp == 0x178) return 0xFF;
  if ((cp >= 0x100 && cp <= 0x137) || (cp >= 0x14A && cp <= 0x177)) return cp % 2 == 0 ? cp + 1 : cp;
  if ((cp >= 0x139 && cp <= 0x148) || (cp >= 0x179 && cp <= 0x17E)) return cp % 2 == 1 ? cp + 1 : cp;
  return cp;
}

// The base letter of an accented lower-case Latin letter, for U+00E0–U+017F; 0 when it has none.
const char* base_of(char32_t cp) {
  // Latin-1 lower case, U+00E0–U+00FF; "" keeps the letter (å, ä, ö, þ, ÷).
  static const char* const kLatin1[32] = {"a", "a", "a", "a", "",  "",  "ä", "c", "e", "e", "e",
                                          "e", "i", "i", "i", "i", "d", "n", "o", "o", "o", "o",
                                          "",  "",  "ö", "u", "u", "u", "u", "y", "",  "y"};
  if (cp >= 0xE0 && cp <= 0xFF) return kLatin1[cp - 0xE0];
  struct Range {
    char32_t first, last;
    const char* base;
  };
  // Latin Extended-A, lower-case forms (after lower()).
  static const Range kExtA[] = {
      {0x100, 0x105, "a"}, {0x106, 0x10D, "c"}, {0x10E, 0x111, "d"}, {0x112, 0x11B, "e"},
      {0x11C, 0x123, "g"}, {0x124, 0x127, "h"}, {0x128, 0x131, "i"}, {0x132, 0x133, "ij"},
      {0x134, 0x135, "j"}, {0x136, 0x138, "k"}, {0x139, 0x142, "l"}, {0x143, 0x14B, "n"},
      {0x14C, 0x151, "o"}, {0x152, 0x153, "oe"}, {0x154, 0x159, "r"}, {0x15A, 0x161, "s"},
      {0x162, 0x167, "t"}, {0x168, 0x173, "u"}, {0x174, 0x175, "w"}, {0x176, 0x177, "y"},
      {0x179, 0x17E, "z"}, {0x17F, 0x17F, "s"}};
  for (const Range& r : kExtA) {
    if (cp >= r.first && cp <= r.last) return r.base;
  }
  return "";
}

}  // namespace

std::u32string fold_char(char32_t cp) {
  if (cp >= 0x180) return std::u32string(1, cp);
  cp = lower(cp);
  const char* base = base_of(cp);
  if (!*base) return std::u32string(1, cp);
  std::u32string out;
  std::string_view sv(base);
  for (size_t i = 0; i < sv.size();) out += next_cp(sv, i);
  return out;
}

bool is_word_char(char32_t cp) {
  if (cp < 0x80) return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9');
  if (cp < 0xC0 || cp == 0xD7 || cp == 0xF7) return false;
  if ((cp >= 0x2000 && cp <= 0x2BFF) || (cp >= 0x3000 && cp <= 0x303F)) return false;
  if ((cp >= 0xFE00 && cp <= 0xFE0F) || cp == 0xFEFF) return false;
  return true;
}

std::vector<std::string> tokenize(std::string_view text) {
  std::vector<std::string> out;
  for_each_word(text, [&](const std::string& w) { out.push_back(w); });
  return out;
}

namespace detail {

char32_t next_code_point(std::string_view s, size_t& i) {
  return next_cp(s, i);
}

void append_folded(std::string& word, char32_t cp) {
  for (char32_t f : fold_char(cp)) append_utf8(word, f);
}

}  // namespace detail

std::string fold_table_json() {
  nlohmann::ordered_json table = nlohmann::ordered_json::object();
  for (char32_t cp = 0x41; cp < 0x180; ++cp) {
    std::u32string f = fold_char(cp);
    if (f.size() == 1 && f[0] == cp) continue;
    std::string key, value;
    append_utf8(key, cp);
    for (char32_t c : f) append_utf8(value, c);
    table[key] = value;
  }
  return table.dump();
}

size_t utf8_length(std::string_view s) {
  size_t n = 0;
  for (char c : s) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return n;
}

std::string utf8_prefix(std::string_view s, size_t n) {
  size_t i = 0, count = 0;
  while (i < s.size()) {
    if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80) {
      if (count == n) break;
      ++count;
    }
    ++i;
  }
  return std::string(s.substr(0, i));
}

}  // namespace insyn::search
