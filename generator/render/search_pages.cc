// Search: the index files (generator/search/), the search page (sok/) and the A–Ö register
// (register/), which is where the header's search box leads when JavaScript is off.
#include <algorithm>
#include <map>
#include <set>

#include "core/heading_ids.h"
#include "render/renderer.h"
#include "render/view_common.h"
#include "search/index_writer.h"
#include "search/records.h"
#include "search/tokenize.h"

namespace insyn {

namespace {

// The kinds the register lists: things a reader looks up by name.
bool in_register(const std::string& kind) {
  return kind == "risk" || kind == "project" || kind == "goal" || kind == "page" || kind == "term" ||
         kind == "indicator";
}

// A sort key in Swedish alphabetical order: folded as search folds, then å, ä, ö after z.
std::string collation_key(const std::string& title) {
  std::string key;
  for (const std::string& w : search::tokenize(title)) {
    for (size_t i = 0; i < w.size(); ++i) {
      if (w.compare(i, 2, "\xC3\xA5") == 0) key += "{", ++i;        // å
      else if (w.compare(i, 2, "\xC3\xA4") == 0) key += "|", ++i;   // ä
      else if (w.compare(i, 2, "\xC3\xB6") == 0) key += "}", ++i;   // ö
      else key += w[i];
    }
    key += ' ';
  }
  return key;
}

// The register's letter of a sort key: A–Z, Å, Ä, Ö, or "0–9" and "#" for the rest.
std::string letter_of(const std::string& key) {
  if (key.empty()) return "#";
  char c = key[0];
  if (c >= 'a' && c <= 'z') return std::string(1, static_cast<char>(c - 32));
  if (c == '{') return "Å";
  if (c == '|') return "Ä";
  if (c == '}') return "Ö";
  if (c >= '0' && c <= '9') return "0–9";
  return "#";
}

std::string letter_anchor(const std::string& letter) {
  if (letter == "Å") return "bokstav-aa";
  if (letter == "Ä") return "bokstav-ae";
  if (letter == "Ö") return "bokstav-oe";
  if (letter == "0–9") return "bokstav-siffror";
  if (letter == "#") return "bokstav-ovrigt";
  return "bokstav-" + std::string(1, static_cast<char>(letter[0] + 32));
}

}  // namespace

void Renderer::queue_search() {
  search::RecordContext ctx{
      site_,
      [this](const PlanYear& year, const std::string& key) { return document_label(t(), year, key); },
      std::vector<std::string>(std::begin(kDocumentKeys), std::end(kDocumentKeys)),
      [](const std::string& key, const std::string& html) { return add_heading_ids(html, key); }};
  search_records_ = search::collect_records(ctx);
  // Three jobs read the records; the last to finish frees them on its core, beside the other jobs
  // (freeing 50 000 records at the end of a preview patch held up its reload by 13 ms).
  search_readers_ = 3;
  auto done_reading = [this] {
    if (--search_readers_ == 0) std::vector<search::SearchRecord>().swap(search_records_);
  };
  // The index and the A–Ö register read every record: the two longest jobs of a preview patch.
  queue_early([this, done_reading](Sink& sink) {
    sink.files = search::write_search_index(search_records_, "sok/index");
    done_reading();
  });
  queue([this, done_reading](Sink& sink) {
    render_search_page(sink);
    done_reading();
  });
  queue_early([this, done_reading](Sink& sink) {
    render_register(sink);
    done_reading();
  });
}

void Renderer::render_search_page(Sink& sink) const {
  std::string path = "sok/index.html";
  nlohmann::json v = page_view(site_, theme_, path, t().value("search_title", ""), nullptr, nullptr, "");
  std::set<int> years;
  std::set<std::string> boards, kinds;
  for (const search::SearchRecord& r : search_records_) {
    if (r.year) years.insert(r.year);
    if (!r.board.empty()) boards.insert(r.board);
    kinds.insert(r.kind);
  }
  nlohmann::json year_options = nlohmann::json::array(), board_options = nlohmann::json::array(),
                 kind_options = nlohmann::json::array();
  for (auto it = years.rbegin(); it != years.rend(); ++it) year_options.push_back({{"value", std::to_string(*it)}});
  for (const std::string& b : boards) board_options.push_back({{"value", b}});
  for (const std::string& k : kinds) kind_options.push_back({{"value", k}, {"label", t().value("search_kind_" + k, k)}});
  v["years"] = std::move(year_options);
  v["boards"] = board_options;
  v["has_boards"] = boards.size() > 1;
  v["has_years"] = !years.empty();
  v["kinds"] = kind_options;
  v["record_count"] = std::to_string(search_records_.size());
  page(sink, path, "search", std::move(v));
}

void Renderer::render_register(Sink& sink) const {
  std::string path = "register/index.html";
  nlohmann::json v = page_view(site_, theme_, path, t().value("register_title", ""), nullptr, nullptr, "");
  struct Entry {
    std::string key;
    const search::SearchRecord* record;
  };
  // Everything the page reads of the records, in their order: a save that changes none of it (text,
  // scores) leaves the page as it was, and the preview takes it from the memo.
  std::string inputs;
  if (memo_) {
    for (const search::SearchRecord& r : search_records_) {
      if (!in_register(r.kind) || r.title.empty()) continue;
      for (const std::string* field : {&r.kind, &r.title, &r.code, &r.page, &r.anchor, &r.doc, &r.board}) {
        inputs += *field;
        inputs += '\0';
      }
      inputs += std::to_string(r.year) + "\n";
    }
    if (std::optional<std::string> kept = memo_->find(path, inputs)) {
      sink.files.push_back({path, std::move(*kept)});
      return;
    }
  }
  std::vector<Entry> entries;
  for (const search::SearchRecord& r : search_records_) {
    if (in_register(r.kind) && !r.title.empty()) entries.push_back({collation_key(r.title), &r});
  }
  // Same title: newest year first, then the board.
  std::stable_sort(entries.begin(), entries.end(), [](const Entry& a, const Entry& b) {
    return std::tie(a.key, b.record->year, a.record->board) < std::tie(b.key, a.record->year, b.record->board);
  });
  std::map<std::string, nlohmann::json> by_letter;
  std::vector<std::string> letters;
  for (const Entry& e : entries) {
    const search::SearchRecord& r = *e.record;
    std::string letter = letter_of(e.key);
    if (!by_letter.count(letter)) letters.push_back(letter);
    std::string where = t().value("search_kind_" + r.kind, r.kind);
    if (!r.doc.empty()) where += ", " + r.doc;
    if (r.year) where += " " + std::to_string(r.year);
    by_letter[letter].push_back({{"title", r.title},
                                 {"code", r.code},
                                 {"href", "../" + r.page + (r.anchor.empty() ? "" : "#" + r.anchor)},
                                 {"where", where}});
  }
  nlohmann::json groups = nlohmann::json::array();
  for (const std::string& letter : letters) {
    groups.push_back({{"letter", letter}, {"anchor", letter_anchor(letter)}, {"entries", by_letter[letter]}});
  }
  v["has_letters"] = !groups.empty();
  v["letters"] = std::move(groups);
  page(sink, path, "register", std::move(v));
  if (memo_ && sink.diags.empty()) memo_->store(path, std::move(inputs), sink.files.back().bytes);
}

}  // namespace insyn
