#pragma once
// Search tokens: how text is cut into words and normalised, in C++ for the index and (from the table
// that fold_table() writes into the index) identically in themes/default/static/js/search.js for queries.

#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace insyn::search {

/// Lower-cases one code point and folds accents that Swedish treats as variants (é → e, ü → u,
/// æ → ä, ø → ö) but keeps å, ä and ö, which are letters of their own ("har" ≠ "här"). Code points
/// from U+0180 up are returned unchanged.
std::u32string fold_char(char32_t cp);

/// True for a code point that belongs to a word: ASCII letters and digits, and everything from U+00C0
/// up except ×, ÷ and the punctuation and symbol blocks (U+2000–U+2BFF, U+3000–U+303F, U+FE00–U+FE0F, U+FEFF).
bool is_word_char(char32_t cp);

/// The words of `text`, folded: runs of word characters. A '.' or ',' between two digits stays inside
/// the word, so codes and numbers keep their form ("3.1.1", "2.0", "30,7"); "K10" is one word.
/// Invalid UTF-8 bytes separate words.
std::vector<std::string> tokenize(std::string_view text);

/// Calls `f` with each word tokenize() would return, without collecting them (the index's hot loop).
void for_each_word(std::string_view text, const std::function<void(const std::string&)>& f);

/// The fold table for the browser: a JSON object from each character below U+0180 that fold_char()
/// changes to what it becomes.
std::string fold_table_json();

/// Number of code points in UTF-8 `s`.
size_t utf8_length(std::string_view s);

/// The first `n` code points of UTF-8 `s`.
std::string utf8_prefix(std::string_view s, size_t n);

}  // namespace insyn::search
