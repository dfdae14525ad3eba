#include "model/compare.h"

#include <algorithm>
#include <string_view>
#include <tuple>
#include <unordered_map>

#include "core/utf8.h"
#include "model/rules.h"

namespace insyn {

namespace {

// One code point read from UTF-8. Invalid bytes come back one at a time as themselves, so text
// that is not UTF-8 still normalises to something stable.
struct CodePoint {
  char32_t value = 0;
  size_t length = 1;
};

CodePoint decode(std::string_view s, size_t i) {
  unsigned char lead = static_cast<unsigned char>(s[i]);
  size_t length = lead < 0x80           ? 1
                  : (lead >> 5) == 0x6  ? 2
                  : (lead >> 4) == 0xE  ? 3
                  : (lead >> 3) == 0x1E ? 4
                                        : 0;
  if (length <= 1 || i + length > s.size()) return {lead, 1};
  char32_t value = lead & (0x7F >> length);
  for (size_t k = 1; k < length; ++k) {
    unsigned char c = static_cast<unsigned char>(s[i + k]);
    if ((c & 0xC0) != 0x80) return {lead, 1};
    value = (value << 6) | (c & 0x3F);
  }
  return {value, length};
}

// Separators: ASCII punctuation and whitespace, Latin-1's (no-break space, « » § ° ·, × ÷) and the
// General Punctuation block (en and em dashes, curly quotes, bullets, ellipsis, thin spaces), which
// the transcribed plans use interchangeably with their ASCII forms.
bool is_separator(char32_t cp) {
  if (cp < 0x80) return !((cp >= '0' && cp <= '9') || (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z'));
  return (cp >= 0x80 && cp <= 0xBF) || cp == 0xD7 || cp == 0xF7 || (cp >= 0x2000 && cp <= 0x206F) ||
         cp == 0x2212;
}

char32_t lower(char32_t cp) {
  if (cp >= 'A' && cp <= 'Z') return cp + ('a' - 'A');
  // Latin-1 capitals À–Þ (Å Ä Ö É Ü among them) sit 0x20 below their small letters.
  if (cp >= 0xC0 && cp <= 0xDE && cp != 0xD7) return cp + 0x20;
  return cp;
}

size_t code_points(std::string_view s) {
  size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

// A text's distinct words as numbers from a dictionary shared by both years, sorted, so two sets
// intersect in one merge pass over integers.
using Words = std::vector<int>;
using Dictionary = std::unordered_map<std::string, int>;

Words words_of(const std::string& text, Dictionary& dictionary) {
  Words out;
  std::string normal = normalise_text(text);
  size_t start = 0;
  while (start < normal.size()) {
    size_t end = normal.find(' ', start);
    if (end == std::string::npos) end = normal.size();
    std::string word = normal.substr(start, end - start);
    // One-letter words ("i", "å", "a") are too common to say anything about a risk.
    if (code_points(word) >= 2) out.push_back(dictionary.emplace(word, static_cast<int>(dictionary.size())).first->second);
    start = end + 1;
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

double dice(const Words& a, const Words& b) {
  if (a.empty() || b.empty()) return 0;
  size_t shared = 0;
  for (auto i = a.begin(), j = b.begin(); i != a.end() && j != b.end();) {
    if (*i < *j) {
      ++i;
    } else if (*j < *i) {
      ++j;
    } else {
      ++shared, ++i, ++j;
    }
  }
  return 2.0 * static_cast<double>(shared) / static_cast<double>(a.size() + b.size());
}

std::string trim(const std::string& s) {
  const char* space = " \t\r\n\f\v";
  size_t first = s.find_first_not_of(space);
  if (first == std::string::npos) return "";
  return s.substr(first, s.find_last_not_of(space) - first + 1);
}

// A risk with everything the passes compare worked out once.
struct Prepared {
  const ComparedRisk* risk = nullptr;
  std::string trimmed;
  std::string normal;
  Words event_words, process_words;
  std::string folded_process;  // for same_folded_name()
};

std::vector<Prepared> prepare(const std::vector<ComparedRisk>& risks, Dictionary& dictionary) {
  std::vector<Prepared> out;
  out.reserve(risks.size());
  for (const ComparedRisk& r : risks) {
    out.push_back({&r, trim(r.event), normalise_text(r.event), words_of(r.event, dictionary),
                   words_of(r.process, dictionary), fold_name(r.process)});
  }
  return out;
}

struct Candidate {
  bool same_process = false;
  double score = 0;
  size_t earlier = 0;
  size_t later = 0;
};

// A match found by a pass, indexed by the later risk.
struct Match {
  size_t earlier = 0;
  MatchKind kind = MatchKind::Exact;
  double score = 0;
};

class Matcher {
 public:
  Matcher(const std::vector<Prepared>& earlier, const std::vector<Prepared>& later)
      : earlier_(earlier), later_(later), earlier_taken_(earlier.size(), false), matches_(later.size()) {}

  // Offers every pair still unmatched on both sides to `score` (nullopt: no candidate) and takes
  // the candidates greedily in the documented order.
  template <typename Score>
  void pass(MatchKind kind, Score score) {
    std::vector<Candidate> candidates;
    for (size_t j = 0; j < later_.size(); ++j) {
      if (matches_[j]) continue;
      for (size_t i = 0; i < earlier_.size(); ++i) {
        if (earlier_taken_[i] || earlier_[i].normal.empty() || later_[j].normal.empty()) continue;
        std::optional<double> s = score(earlier_[i], later_[j]);
        if (!s) continue;
        candidates.push_back({same_folded_name(earlier_[i].folded_process, later_[j].folded_process), *s, i, j});
      }
    }
    std::sort(candidates.begin(), candidates.end(), [](const Candidate& a, const Candidate& b) {
      return std::make_tuple(!a.same_process, -a.score, a.later, a.earlier) <
             std::make_tuple(!b.same_process, -b.score, b.later, b.earlier);
    });
    for (const Candidate& c : candidates) {
      if (earlier_taken_[c.earlier] || matches_[c.later]) continue;
      earlier_taken_[c.earlier] = true;
      matches_[c.later] = Match{c.earlier, kind, c.score};
    }
  }

  const std::vector<std::optional<Match>>& matches() const { return matches_; }
  const std::vector<bool>& earlier_taken() const { return earlier_taken_; }

 private:
  const std::vector<Prepared>& earlier_;
  const std::vector<Prepared>& later_;
  std::vector<bool> earlier_taken_;
  std::vector<std::optional<Match>> matches_;
};

ChangeKind classify(const ComparedRisk& before, const ComparedRisk& after) {
  bool scored = before.probability && before.consequence && after.probability && after.consequence;
  if (scored && (*before.probability != *after.probability || *before.consequence != *after.consequence)) {
    return ChangeKind::Moved;
  }
  return before.rv != after.rv ? ChangeKind::RvChanged : ChangeKind::Unchanged;
}

}  // namespace

size_t YearComparison::count(ChangeKind kind) const {
  return static_cast<size_t>(
      std::count_if(changes.begin(), changes.end(), [&](const RiskChange& c) { return c.kind == kind; }));
}

size_t YearComparison::count(MatchKind kind) const {
  return static_cast<size_t>(
      std::count_if(changes.begin(), changes.end(), [&](const RiskChange& c) { return c.match == kind; }));
}

std::string normalise_text(const std::string& text) {
  std::string out;
  out.reserve(text.size());
  bool gap = false;
  for (size_t i = 0; i < text.size();) {
    CodePoint cp = decode(text, i);
    i += cp.length;
    if (is_separator(cp.value)) {
      gap = true;
      continue;
    }
    if (gap && !out.empty()) out += ' ';
    gap = false;
    append_utf8(out, lower(cp.value));
  }
  return out;
}

double word_similarity(const std::string& a, const std::string& b) {
  Dictionary dictionary;
  return dice(words_of(a, dictionary), words_of(b, dictionary));
}

std::vector<ComparedRisk> compared_risks(const PlanYear& year) {
  std::vector<ComparedRisk> out;
  if (!year.vor) return out;
  const Vor& vor = *year.vor;
  for (const Risk& r : vor.risks) {
    ComparedRisk c;
    c.year = year.year;
    c.nr = r.nr;
    if (r.process < vor.processes.size()) c.process = vor.processes[r.process].name;
    c.method = r.method;
    c.event = r.event;
    c.probability = r.probability;
    c.consequence = r.consequence;
    c.rv = r.rv();
    out.push_back(std::move(c));
  }
  if (!vor.selection) return out;
  for (size_t i = 0; i < vor.selection->risks.size(); ++i) {
    const SelectedRisk& r = vor.selection->risks[i];
    ComparedRisk c;
    c.year = year.year;
    c.selection_index = i;
    c.process = r.process;
    c.method = r.method;
    c.event = r.event;
    c.rv = r.rv;
    out.push_back(std::move(c));
  }
  return out;
}

YearComparison compare_years(const PlanYear& earlier, const PlanYear& later) {
  std::vector<ComparedRisk> before = compared_risks(earlier), after = compared_risks(later);
  Dictionary dictionary;
  std::vector<Prepared> pb = prepare(before, dictionary), pa = prepare(after, dictionary);
  Matcher m(pb, pa);
  m.pass(MatchKind::Exact, [](const Prepared& a, const Prepared& b) -> std::optional<double> {
    if (a.trimmed == b.trimmed) return 1.0;
    return std::nullopt;
  });
  m.pass(MatchKind::Normalised, [](const Prepared& a, const Prepared& b) -> std::optional<double> {
    if (a.normal == b.normal) return 1.0;
    return std::nullopt;
  });
  m.pass(MatchKind::Fuzzy, [](const Prepared& a, const Prepared& b) -> std::optional<double> {
    double s = 0.8 * dice(a.event_words, b.event_words) + 0.2 * dice(a.process_words, b.process_words);
    if (s >= kFuzzyThreshold) return s;
    return std::nullopt;
  });

  YearComparison out;
  out.from = earlier.year;
  out.to = later.year;
  const auto& matches = m.matches();
  for (size_t j = 0; j < after.size(); ++j) {
    if (!matches[j]) continue;
    const ComparedRisk& b = before[matches[j]->earlier];
    out.changes.push_back({classify(b, after[j]), b, after[j], matches[j]->kind, matches[j]->score});
  }
  for (size_t j = 0; j < after.size(); ++j) {
    if (!matches[j]) out.changes.push_back({ChangeKind::New, std::nullopt, after[j], std::nullopt, 0});
  }
  for (size_t i = 0; i < before.size(); ++i) {
    if (!m.earlier_taken()[i])
      out.changes.push_back({ChangeKind::Gone, before[i], std::nullopt, std::nullopt, 0});
  }
  return out;
}

}  // namespace insyn
