#include "render/term_links.h"

#include <algorithm>
#include <cctype>
#include <set>
#include <vector>

#include "core/html.h"

namespace insyn {

namespace {

// Elements whose text is not searched: links cannot nest, headings and captions name things rather
// than use them, and the rest are code, graphics or controls where a link would be wrong.
const std::set<std::string, std::less<>> kSkipped = {
    "a",      "h1",     "h2",       "h3",      "h4",    "h5",  "h6",     "caption",
    "th",     "code",   "pre",      "script",  "style", "svg", "button", "label",
    "option", "select", "textarea", "summary", "abbr",  "dfn", "title",  "dt"};

// Endings a Swedish noun takes in running text (definite, plural, genitive).
const char* const kEndings[] = {"arna", "erna", "ens", "ets", "ar", "er", "en",
                                "et",   "na",   "ns",  "n",   "s",  ""};

struct Form {
  std::string text;
  size_t term = 0;
  bool exact_case = false;  // abbreviations: "SIG" must not match the pronoun "sig"
};

// Is the code point starting at s[i] a letter or digit (for word boundaries)? Non-ASCII counts as a
// letter except the no-break space and General Punctuation (dashes, quotes), which the plans use.
bool is_word_char(std::string_view s, size_t i) {
  unsigned char c = static_cast<unsigned char>(s[i]);
  if (c < 0x80) return std::isalnum(c) != 0;
  if (c == 0xC2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xA0) return false;
  if (c == 0xE2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0x80) return false;
  return true;
}

// Is the character ending just before s[i] a letter? Walks back over UTF-8 continuation bytes.
bool word_char_before(std::string_view s, size_t i) {
  if (i == 0) return false;
  size_t j = i - 1;
  while (j > 0 && (static_cast<unsigned char>(s[j]) & 0xC0) == 0x80) --j;
  return is_word_char(s, j);
}

// The other case of a first letter: ASCII, or Å Ä Ö É (two UTF-8 bytes, the second differing by 0x20).
std::string other_case(std::string_view first) {
  std::string out(first);
  if (out.size() == 1 && std::isalpha(static_cast<unsigned char>(out[0]))) {
    out[0] = static_cast<char>(std::islower(static_cast<unsigned char>(out[0])) ? std::toupper(out[0])
                                                                                : std::tolower(out[0]));
  } else if (out.size() == 2 && static_cast<unsigned char>(out[0]) == 0xC3) {
    out[1] = static_cast<char>(static_cast<unsigned char>(out[1]) ^ 0x20);
  }
  return out;
}

size_t first_char_len(std::string_view s) {
  unsigned char c = static_cast<unsigned char>(s[0]);
  return c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
}

// The length of text at `pos` that `form` matches, with an ending; 0 when it does not match. A space
// in the form matches any one whitespace character, since the templates wrap lines.
size_t match_at(std::string_view text, size_t pos, const Form& form) {
  const std::string& f = form.text;
  size_t first = std::min(first_char_len(f), f.size());
  if (pos + f.size() > text.size()) return 0;
  std::string_view head = text.substr(pos, first);
  if (head != std::string_view(f).substr(0, first) &&
      (form.exact_case || head != other_case(f.substr(0, first))))
    return 0;
  for (size_t k = first; k < f.size(); ++k) {
    char c = text[pos + k];
    if (f[k] == ' ' ? (c != ' ' && c != '\n' && c != '\t') : c != f[k]) return 0;
  }
  size_t end = pos + f.size();
  for (const char* ending : kEndings) {
    std::string_view e(ending);
    if (text.substr(end, e.size()) != e) continue;
    if (end + e.size() < text.size() && is_word_char(text, end + e.size())) continue;
    return f.size() + e.size();
  }
  return 0;
}

// The tag name of "<name …>" or "</name>" starting at html[i], lowercased.
std::string tag_name(std::string_view html, size_t i, bool& closing) {
  size_t j = i + 1;
  closing = j < html.size() && html[j] == '/';
  if (closing) ++j;
  std::string name;
  while (j < html.size() && std::isalnum(static_cast<unsigned char>(html[j]))) {
    name += static_cast<char>(std::tolower(static_cast<unsigned char>(html[j])));
    ++j;
  }
  return name;
}

std::string short_definition(const GlossaryTerm& t) {
  constexpr size_t kMax = 160;
  if (t.definition.size() <= kMax) return t.definition;
  size_t cut = kMax;
  while (cut > 0 && (static_cast<unsigned char>(t.definition[cut]) & 0xC0) == 0x80) --cut;
  return t.definition.substr(0, cut) + "…";
}

}  // namespace

std::string link_terms(std::string_view html, const Glossary& glossary, const std::string& glossary_href) {
  std::vector<Form> forms;
  for (size_t i = 0; i < glossary.terms.size(); ++i) {
    for (const std::string& f : glossary.terms[i].forms) {
      bool abbreviation = f.size() >= 2 && std::isupper(static_cast<unsigned char>(f[0])) &&
                          std::isupper(static_cast<unsigned char>(f[1]));
      forms.push_back({f, i, abbreviation});
    }
  }
  // Longest first, so "Elevteam Komvux" wins over "Komvux" and "Jobbspår Stockholmsjobb" over
  // "Stockholmsjobb".
  std::stable_sort(forms.begin(), forms.end(),
                   [](const Form& a, const Form& b) { return a.text.size() > b.text.size(); });
  std::vector<bool> linked(glossary.terms.size(), false);
  std::string out;
  out.reserve(html.size() + 1024);
  int skipped = 0;
  size_t i = 0;
  while (i < html.size()) {
    if (html[i] == '<') {
      size_t end;
      if (html.substr(i, 4) == "<!--") {
        end = html.find("-->", i);
        end = end == std::string_view::npos ? html.size() : end + 3;
      } else {
        end = html.find('>', i);
        end = end == std::string_view::npos ? html.size() : end + 1;
        bool closing = false;
        std::string name = tag_name(html, i, closing);
        bool self_closing = end >= 2 && html[end - 2] == '/';
        if (kSkipped.count(name) && !self_closing) skipped += closing ? -1 : 1;
        if (skipped < 0) skipped = 0;
      }
      out.append(html.substr(i, end - i));
      i = end;
      continue;
    }
    size_t next_tag = html.find('<', i);
    if (next_tag == std::string_view::npos) next_tag = html.size();
    std::string_view text = html.substr(0, next_tag);
    while (i < next_tag) {
      bool matched = false;
      if (skipped == 0 && is_word_char(text, i) && !word_char_before(text, i)) {
        for (const Form& f : forms) {
          if (linked[f.term]) continue;
          size_t len = match_at(text, i, f);
          if (len == 0) continue;
          const GlossaryTerm& t = glossary.terms[f.term];
          linked[f.term] = true;
          out += "<a class=\"term\" href=\"" + html_escape(glossary_href + "#" + t.anchor) + "\" title=\"" +
                 html_escape(short_definition(t)) + "\">";
          out.append(text.substr(i, len));
          out += "</a>";
          i += len;
          matched = true;
          break;
        }
      }
      if (matched) continue;
      size_t n = 1;  // one whole UTF-8 sequence
      while (i + n < next_tag && (static_cast<unsigned char>(text[i + n]) & 0xC0) == 0x80) ++n;
      out.append(text.substr(i, n));
      i += n;
    }
  }
  return out;
}

}  // namespace insyn
