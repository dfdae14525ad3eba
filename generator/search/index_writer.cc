#include "search/index_writer.h"

#include <algorithm>
#include <charconv>
#include <future>
#include <map>
#include <set>
#include <tuple>
#include <unordered_map>
#include <unordered_set>

#include <nlohmann/json.hpp>

#include "core/utf8.h"
#include "search/stemmer.h"
#include "search/tokenize.h"

namespace insyn::search {

namespace {

using Ordered = nlohmann::ordered_json;

// Where a word occurs: record ids (ascending) in titles and, apart, in the rest of the text.
struct Postings {
  std::vector<unsigned> title, body;
  void add(unsigned id, bool in_title) {
    auto& list = in_title ? title : body;
    if (!list.empty() && list.back() == id) return;
    if (!in_title && !title.empty() && title.back() == id) return;  // already found in the title
    list.push_back(id);
  }
};

// Deltas keep the files small: ids are ascending, so most gaps are 1-digit numbers.
void append_deltas(std::string& out, const std::vector<unsigned>& ids) {
  out += '[';
  unsigned prev = 0;
  char buf[16];
  for (size_t i = 0; i < ids.size(); ++i) {
    if (i) out += ',';
    auto end = std::to_chars(buf, buf + sizeof buf, ids[i] - prev).ptr;
    out.append(buf, end);
    prev = ids[i];
  }
  out += ']';
}

// Appends `text` as a JSON string exactly as nlohmann's dump() writes it (UTF-8 kept, the short escapes
// \b \f \n \r \t, other control characters as \u00xx), without building a JSON value: the index
// writes a million strings on the 10 000-page site. Invalid UTF-8 goes to nlohmann, which replaces it.
void append_quoted(std::string& out, std::string_view text) {
  // Only text with bytes beyond ASCII can be invalid UTF-8.
  bool ascii =
      std::all_of(text.begin(), text.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
  if (!ascii && find_invalid_utf8(text)) {
    out += nlohmann::json(std::string(text)).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    return;
  }
  static const char* const kHex = "0123456789abcdef";
  out += '"';
  size_t plain = 0;  // start of the run of bytes copied as they are
  for (size_t i = 0; i < text.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    if (c >= 0x20 && c != '"' && c != '\\') continue;
    out.append(text.data() + plain, i - plain);
    plain = i + 1;
    switch (c) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\b':
        out += "\\b";
        break;
      case '\f':
        out += "\\f";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\r':
        out += "\\r";
        break;
      case '\t':
        out += "\\t";
        break;
      default:
        out += "\\u00";
        out += kHex[c >> 4];
        out += kHex[c & 0xF];
    }
  }
  out.append(text.data() + plain, text.size() - plain);
  out += '"';
}

std::vector<unsigned> merged(const std::vector<unsigned>& a, const std::vector<unsigned>& b) {
  std::vector<unsigned> out;
  std::set_union(a.begin(), a.end(), b.begin(), b.end(), std::back_inserter(out));
  return out;
}

// Dictionary-based decompounding: a suffix of a long word is indexed as a part when it starts with a
// word (or stem) of at least four letters that the site uses elsewhere ("internkontrollplan" →
// "kontrollplan", "plan"), so a query for "kontroll" finds the compound.
using Word = std::pair<std::string, Postings>;

std::map<std::string, Postings> compound_parts(const std::vector<Word>& words,
                                               const std::unordered_set<std::string_view>& vocabulary) {
  std::map<std::string, Postings> parts;
  std::vector<size_t> starts;  // byte offset of each character, and the end
  // The first four characters of every vocabulary entry: most suffixes fail this one look-up.
  // Kept as hashes, so a look-up needs no string: a collision only lets a suffix through to the exact
  // vocabulary check below.
  std::unordered_set<size_t> heads;
  std::hash<std::string_view> hash;
  for (std::string_view v : vocabulary) {
    size_t bytes = 0;  // of the first four characters
    for (int chars = 0; bytes < v.size(); ++bytes) {
      if ((static_cast<unsigned char>(v[bytes]) & 0xC0) != 0x80 && ++chars > 4) break;
    }
    heads.insert(hash(v.substr(0, bytes)));
  }
  for (const auto& [word, postings] : words) {
    starts.clear();
    for (size_t b = 0; b < word.size(); ++b) {
      if ((static_cast<unsigned char>(word[b]) & 0xC0) != 0x80) starts.push_back(b);
    }
    size_t len = starts.size();
    starts.push_back(word.size());
    if (len < 7) continue;
    for (size_t i = 2; i + 4 <= len; ++i) {
      if (!heads.count(hash(std::string_view(word).substr(starts[i], starts[i + 4] - starts[i])))) continue;
      bool known = false;
      for (size_t n = 4; i + n <= len && !known; ++n) {
        known = vocabulary.count(std::string_view(word).substr(starts[i], starts[i + n] - starts[i])) > 0;
      }
      if (!known) continue;
      Postings& p = parts[word.substr(starts[i])];
      p.title = merged(p.title, postings.title);
      p.body = merged(p.body, postings.body);
    }
  }
  return parts;
}

std::string wrap(const std::string& name, const std::string& json) {
  return "insynSearch(\"" + name + "\"," + js_safe_json(json) + ");\n";
}

std::string wrap(const std::string& name, const Ordered& data) {
  return wrap(name, data.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
}

}  // namespace

std::string shard_file_key(std::string_view key) {
  std::string out;
  static const char* const kHex = "0123456789abcdef";
  for (size_t i = 0; i < key.size();) {
    unsigned char c = static_cast<unsigned char>(key[i]);
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
      out += static_cast<char>(c);
      ++i;
      continue;
    }
    // Decode one code point (the key is valid UTF-8: it comes from tokenize()).
    int len = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : 4;
    unsigned cp = len == 1 ? c : len == 2 ? (c & 0x1F) : len == 3 ? (c & 0x0F) : (c & 0x07);
    for (int k = 1; k < len && i + k < key.size(); ++k) cp = (cp << 6) | (static_cast<unsigned char>(key[i + k]) & 0x3F);
    // Fixed width, so "ö" then "1" cannot read as one longer code point.
    int digits = cp <= 0xFFFF ? 4 : 6;
    out += cp <= 0xFFFF ? '_' : '-';
    for (int d = digits - 1; d >= 0; --d) out += kHex[(cp >> (4 * d)) & 0xF];
    i += static_cast<size_t>(len);
  }
  return out;
}

std::string js_safe_json(std::string json) {
  // Most files (every term file) hold neither "<" nor U+2028/2029 (E2 80 A8/A9): kept as they are.
  if (std::none_of(json.begin(), json.end(), [](char c) { return c == '<' || c == '\xE2'; })) return json;
  std::string out;
  out.reserve(json.size() + 16);
  for (size_t i = 0; i < json.size(); ++i) {
    char c = json[i];
    if (c == '<') {
      out += "\\u003c";
    } else if (c == '\xE2' && i + 2 < json.size() && json[i + 1] == '\x80' &&
               (json[i + 2] == '\xA8' || json[i + 2] == '\xA9')) {
      out += json[i + 2] == '\xA8' ? "\\u2028" : "\\u2029";
      i += 2;
    } else {
      out += c;
    }
  }
  return out;
}

namespace {

// One dictionary entry as it goes into a term file.
struct Entry {
  std::string term;
  bool part = false;
  std::string json;  // written directly: the 10 000-page site has a million ids
};

// Places entries [begin, end), whose terms share their first `len` characters (`key`), into term
// files: one file while they are small, else one per next character, plus `key` + "=" for the term
// equal to `key` itself. File keys are thereby prefix-free: a word's file is the one key that begins it.
void place(std::vector<Entry>::const_iterator begin, std::vector<Entry>::const_iterator end,
           const std::string& key, size_t len, std::map<std::string, std::string>& shards, Ordered& exact) {
  size_t bytes = 0;
  for (auto it = begin; it != end; ++it) bytes += it->json.size();
  auto emit = [&](auto b, auto e, const std::string& k) {
    std::string w, p;
    for (auto it = b; it != e; ++it) {
      std::string& list = it->part ? p : w;
      if (!list.empty()) list += ',';
      list += it->json;
    }
    shards[k] = "{\"w\":[" + w + "],\"p\":[" + p + "]}";
  };
  if (len >= 2 && (bytes <= kShardBytes || len >= kMaxKeyChars)) {
    emit(begin, end, key);
    return;
  }
  auto it = begin;
  auto own = std::find_if(it, end, [&](const Entry& e) { return e.term != key; });
  if (own != it) {
    emit(it, own, key + "=");
    exact.push_back(key);
  }
  for (it = own; it != end;) {
    std::string sub = utf8_prefix(it->term, len + 1);
    auto next = std::find_if(it, end, [&](const Entry& e) { return e.term.compare(0, sub.size(), sub) != 0; });
    place(it, next, sub, len + 1, shards, exact);
    it = next;
  }
}

// The record files, written directly as JSON (as nlohmann's dump() would write them).
OutputFiles write_record_files(const std::vector<SearchRecord>& records, const std::string& dir) {
  OutputFiles files;
  for (size_t first = 0; first < records.size(); first += kChunk) {
    std::string chunk = "[";
    for (size_t i = first; i < std::min(records.size(), first + kChunk); ++i) {
      const SearchRecord& r = records[i];
      if (i > first) chunk += ',';
      chunk += '[';
      for (std::string_view field : {std::string_view(r.page), std::string_view(r.anchor),
                                     std::string_view(r.code), std::string_view(r.title)}) {
        append_quoted(chunk, field);
        chunk += ',';
      }
      append_quoted(chunk, utf8_prefix(r.text, kExcerptChars));
      chunk += ']';
    }
    chunk += ']';
    std::string name = "r" + std::to_string(first / kChunk);
    files.push_back({dir + "/" + name + ".js", wrap(name, chunk)});
  }
  return files;
}

}  // namespace

OutputFiles write_search_index(const std::vector<SearchRecord>& records, const std::string& dir) {
  OutputFiles files;
  // The record files need nothing from the terms: they are written beside them, on a thread of their
  // own (in the preview this index is the longest job of a save).
  std::future<OutputFiles> record_files =
      std::async(std::launch::async, [&records, &dir] { return write_record_files(records, dir); });
  SwedishStemmer stemmer;
  // Hashing while counting (the 10 000-page benchmark has 3 million words); sorted once below.
  std::unordered_map<std::string, Postings> counted;
  counted.reserve(records.size() * 8 + 1024);  // no rehashing while counting
  unsigned id = 0;
  bool in_title = true;
  auto count = [&](const std::string& w) {
    auto it = counted.find(w);
    if (it == counted.end()) it = counted.emplace(w, Postings{}).first;
    it->second.add(id, in_title);
  };
  for (; id < records.size(); ++id) {
    const SearchRecord& r = records[id];
    in_title = true;
    for_each_word(r.code, count);
    for_each_word(r.title, count);
    in_title = false;
    for_each_word(r.text, count);
  }
  // Sorted once; a vector, not a map: the 10 000-page site has 100 000 distinct words.
  std::vector<Word> words(std::make_move_iterator(counted.begin()), std::make_move_iterator(counted.end()));
  counted = {};
  std::sort(words.begin(), words.end(), [](const Word& a, const Word& b) { return a.first < b.first; });
  std::vector<std::string> stems(words.size());
  std::unordered_set<std::string_view> vocabulary;  // views of `words` and `stems`, which stay as they are
  for (size_t i = 0; i < words.size(); ++i) {
    stems[i] = stemmer.stem(words[i].first);
    if (utf8_length(words[i].first) >= 4) vocabulary.insert(words[i].first);
    if (utf8_length(stems[i]) >= 4) vocabulary.insert(stems[i]);
  }
  std::map<std::string, Postings> parts = compound_parts(words, vocabulary);

  // Words and parts are each sorted: merged, a word before a part of the same spelling.
  std::vector<Entry> entries;
  entries.reserve(words.size() + parts.size());
  auto part = parts.begin();
  auto add_part = [&] {
    Entry e{part->first, true, "["};
    append_quoted(e.json, part->first);
    e.json += ',';
    append_deltas(e.json, part->second.title);
    e.json += ',';
    append_deltas(e.json, part->second.body);
    e.json += ']';
    entries.push_back(std::move(e));
    ++part;
  };
  for (size_t i = 0; i < words.size(); ++i) {
    const auto& [w, p] = words[i];
    while (part != parts.end() && part->first < w) add_part();
    Entry e{w, false, "["};
    append_quoted(e.json, w);
    e.json += ',';
    append_quoted(e.json, stems[i] == w ? std::string_view() : std::string_view(stems[i]));
    e.json += ',';
    append_deltas(e.json, p.title);
    e.json += ',';
    append_deltas(e.json, p.body);
    e.json += ']';
    entries.push_back(std::move(e));
  }
  while (part != parts.end()) add_part();
  std::map<std::string, std::string> shards;
  Ordered exact = Ordered::array();
  place(entries.begin(), entries.end(), "", 0, shards, exact);
  Ordered keys = Ordered::array();
  // Each term file's size in KiB (rounded up), in the order of `keys`: the page preloads the files the
  // likely next keystrokes need, the largest (the most used words) first, within a byte budget.
  Ordered sizes = Ordered::array();
  for (const auto& [key, data] : shards) {
    std::string name = "t" + shard_file_key(key);
    files.push_back({dir + "/" + name + ".js", wrap(name, data)});
    if (key.empty() || key.back() != '=') {
      keys.push_back(key);
      sizes.push_back((files.back().bytes.size() + 1023) / 1024);
    }
  }

  for (OutputFile& f : record_files.get()) files.push_back(std::move(f));

  // Groups: runs of records with the same board, year, document and kind.
  Ordered groups = Ordered::array();
  for (size_t i = 0; i < records.size();) {
    size_t j = i;
    const SearchRecord& r = records[i];
    while (j < records.size() && records[j].board == r.board && records[j].year == r.year &&
           records[j].doc == r.doc && records[j].kind == r.kind)
      ++j;
    groups.push_back({r.board, r.year, r.doc, r.kind, i, j - i});
    i = j;
  }
  Ordered meta = {{"version", 1},
                  {"chunk", kChunk},
                  {"count", records.size()},
                  {"fold", Ordered::parse(fold_table_json())},
                  {"groups", groups},
                  {"shards", keys},
                  {"sizes", sizes},
                  {"exact", exact}};
  files.push_back({dir + "/meta.js", wrap("meta", meta)});
  return files;
}

}  // namespace insyn::search
