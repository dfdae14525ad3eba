#pragma once
// Search tokens: how text is cut into words and normalised, in C++ for the index and (from the table
// that fold_table() writes into the index) identically in themes/default/static/js/search.js for queries.

#include <string>
#include <string_view>
#include <vector>

namespace insyn::search {

/// Lower-cases one code point and folds accents that Swedish treats as variants (é → e, ü → u,
/// æ → ä, ø → ö) but keeps å, ä and ö, which are letters of their own ("har" ≠ "här"). Code points
/// from U+0180 up are returned unchanged.
std::u32string fold_char(char32_t cp);

/// True for a code point that belongs to a word: ASCII letters and digits, and everything from U+00C0
/// up except ×, ÷ and the punctuation and symbol blocks (U+2000–U+2BFF, U+3000–U+303F, U+FE00–U+FE0F,
/// U+FEFF).
bool is_word_char(char32_t cp);

/// The words of `text`, folded: runs of word characters. A '.' or ',' between two digits stays inside
/// the word, so codes and numbers keep their form ("3.1.1", "2.0", "30,7"); "K10" is one word.
/// Invalid UTF-8 bytes separate words.
std::vector<std::string> tokenize(std::string_view text);

namespace detail {
/// Decodes the code point at `i` and advances `i`; 0 for an invalid byte (consumed alone).
char32_t next_code_point(std::string_view s, size_t& i);
/// Appends fold_char(cp) to `word` as UTF-8.
void append_folded(std::string& word, char32_t cp);
}  // namespace detail

/// Calls `f(const std::string&)` with each word tokenize() would return, without collecting them.
/// A template with an ASCII fast path: it is the index's hot loop (3 million words on 10 000 pages).
template <class F>
void for_each_word(std::string_view text, F&& f) {
  std::string word;
  auto is_digit = [](char32_t c) { return c >= '0' && c <= '9'; };
  char32_t prev = 0;
  size_t i = 0;
  while (i < text.size()) {
    unsigned char b = static_cast<unsigned char>(text[i]);
    if (((b | 0x20) >= 'a' && (b | 0x20) <= 'z') || is_digit(b)) {
      // A run of ASCII letters and digits at once: most of every text.
      size_t j = i;
      while (j < text.size()) {
        unsigned char c = static_cast<unsigned char>(text[j]);
        if (c >= 'A' && c <= 'Z') c += 32;
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))) break;
        word += static_cast<char>(c);
        ++j;
      }
      prev = static_cast<unsigned char>(text[j - 1]);
      i = j;
      continue;
    }
    char32_t cp = b < 0x80 ? (++i, b) : detail::next_code_point(text, i);
    if (cp < 0x80 ? ((cp | 0x20) >= 'a' && (cp | 0x20) <= 'z') || is_digit(cp) : is_word_char(cp)) {
      if (cp < 0x80) {
        word += static_cast<char>(cp >= 'A' && cp <= 'Z' ? cp + 32 : cp);  // the common case
      } else {
        detail::append_folded(word, cp);
      }
    } else if ((cp == '.' || cp == ',') && is_digit(prev) && i < text.size() && text[i] >= '0' &&
               text[i] <= '9') {
      word += static_cast<char>(cp);  // "2.0", "3.1.1", "30,7": one word
    } else if (!word.empty()) {
      f(static_cast<const std::string&>(word));
      word.clear();  // keeps its buffer: no allocation per word
    }
    prev = cp;
  }
  if (!word.empty()) f(static_cast<const std::string&>(word));
}

/// The fold table for the browser: a JSON object from each character below U+0180 that fold_char()
/// changes to what it becomes.
std::string fold_table_json();

/// Number of code points in UTF-8 `s`.
size_t utf8_length(std::string_view s);

/// The first `n` code points of UTF-8 `s`.
std::string utf8_prefix(std::string_view s, size_t n);

}  // namespace insyn::search
