#include "search/index_writer.h"

#include <algorithm>
#include <map>
#include <set>
#include <tuple>
#include <unordered_map>
#include <unordered_set>

#include <nlohmann/json.hpp>

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
std::string deltas(const std::vector<unsigned>& ids) {
  std::string out = "[";
  unsigned prev = 0;
  for (unsigned id : ids) {
    if (out.size() > 1) out += ',';
    out += std::to_string(id - prev);
    prev = id;
  }
  return out + "]";
}

// A JSON string (UTF-8 kept; invalid bytes replaced).
std::string quoted(const std::string& text) {
  return nlohmann::json(text).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

std::vector<unsigned> merged(const std::vector<unsigned>& a, const std::vector<unsigned>& b) {
  std::vector<unsigned> out;
  std::set_union(a.begin(), a.end(), b.begin(), b.end(), std::back_inserter(out));
  return out;
}

// Dictionary-based decompounding: a suffix of a long word is indexed as a part when it starts with a
// word (or stem) of at least four letters that the site uses elsewhere ("internkontrollplan" →
// "kontrollplan", "plan"), so a query for "kontroll" finds the compound.
std::map<std::string, Postings> compound_parts(const std::map<std::string, Postings>& words,
                                               const std::unordered_set<std::string>& vocabulary) {
  std::map<std::string, Postings> parts;
  std::vector<size_t> starts;  // byte offset of each character, and the end
  std::string key;
  // The first four characters of every vocabulary entry: most suffixes fail this one look-up.
  std::unordered_set<std::string> heads;
  for (const std::string& v : vocabulary) heads.insert(utf8_prefix(v, 4));
  for (const auto& [word, postings] : words) {
    starts.clear();
    for (size_t b = 0; b < word.size(); ++b) {
      if ((static_cast<unsigned char>(word[b]) & 0xC0) != 0x80) starts.push_back(b);
    }
    size_t len = starts.size();
    starts.push_back(word.size());
    if (len < 7) continue;
    for (size_t i = 2; i + 4 <= len; ++i) {
      key.assign(word, starts[i], starts[i + 4] - starts[i]);
      if (!heads.count(key)) continue;
      bool known = false;
      for (size_t n = 4; i + n <= len && !known; ++n) {
        key.assign(word, starts[i], starts[i + n] - starts[i]);
        known = vocabulary.count(key) > 0;
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

}  // namespace

OutputFiles write_search_index(const std::vector<SearchRecord>& records, const std::string& dir) {
  OutputFiles files;
  SwedishStemmer stemmer;
  // Hashing while counting (the 10 000-page benchmark has 3 million words); sorted once below.
  std::unordered_map<std::string, Postings> counted;
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
  std::map<std::string, Postings> words(std::make_move_iterator(counted.begin()), std::make_move_iterator(counted.end()));
  std::map<std::string, std::string> stems;
  std::unordered_set<std::string> vocabulary;
  for (const auto& [w, p] : words) {
    stems[w] = stemmer.stem(w);
    if (utf8_length(w) >= 4) vocabulary.insert(w);
    if (utf8_length(stems[w]) >= 4) vocabulary.insert(stems[w]);
  }
  std::map<std::string, Postings> parts = compound_parts(words, vocabulary);

  std::vector<Entry> entries;
  for (const auto& [w, p] : words) {
    const std::string& stem = stems[w];
    entries.push_back({w, false, "[" + quoted(w) + "," + quoted(stem == w ? "" : stem) + "," + deltas(p.title) + "," + deltas(p.body) + "]"});
  }
  for (const auto& [part, p] : parts) {
    entries.push_back({part, true, "[" + quoted(part) + "," + deltas(p.title) + "," + deltas(p.body) + "]"});
  }
  std::sort(entries.begin(), entries.end(),
            [](const Entry& a, const Entry& b) { return std::tie(a.term, a.part) < std::tie(b.term, b.part); });
  std::map<std::string, std::string> shards;
  Ordered exact = Ordered::array();
  place(entries.begin(), entries.end(), "", 0, shards, exact);
  Ordered keys = Ordered::array();
  for (const auto& [key, data] : shards) {
    if (key.empty() || key.back() != '=') keys.push_back(key);
    std::string name = "t" + shard_file_key(key);
    files.push_back({dir + "/" + name + ".js", wrap(name, data)});
  }

  // Record files.
  // Written directly, as the dictionary is: the same bytes as nlohmann's dump of the arrays, without
  // building a JSON value per record (a tenth of the writer's time at city scale).
  for (size_t first = 0; first < records.size(); first += kChunk) {
    std::string chunk = "[";
    for (size_t i = first; i < std::min(records.size(), first + kChunk); ++i) {
      const SearchRecord& r = records[i];
      if (i > first) chunk += ',';
      chunk += '[';
      chunk += quoted(r.page) + ',' + quoted(r.anchor) + ',' + quoted(r.code) + ',' + quoted(r.title) + ',' +
               quoted(utf8_prefix(r.text, kExcerptChars));
      chunk += ']';
    }
    chunk += ']';
    std::string name = "r" + std::to_string(first / kChunk);
    files.push_back({dir + "/" + name + ".js", wrap(name, chunk)});
  }

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
                  {"exact", exact}};
  files.push_back({dir + "/meta.js", wrap("meta", meta)});
  return files;
}

}  // namespace insyn::search
