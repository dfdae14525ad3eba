#include "search/records.h"

#include <algorithm>
#include <iterator>
#include <map>
#include <tuple>

#include "core/parallel.h"

namespace insyn::search {

namespace {

// The records of free-standing pages: one per published page, found by its title, taxonomy terms,
// owner and text.
void add_page_records(const Site& site, std::vector<SearchRecord>& out) {
  for (const Page& p : site.pages) {
    if (p.draft || p.is_index) continue;
    SearchRecord r;
    r.kind = "page";
    r.doc = p.section;
    r.page = p.url;
    r.code = p.risk_id;
    r.title = p.title;
    std::string terms;
    for (const std::string& c : p.categories) terms += c + ". ";
    for (const std::string& t : p.tags) terms += t + ". ";
    if (!p.owner.empty()) terms += p.owner + ". ";
    r.text = html_text(p.html) + (terms.empty() ? "" : " " + terms);
    out.push_back(std::move(r));
  }
}

void append_decoded_entity(std::string_view entity, std::string& out) {
  if (entity == "amp") out += '&';
  else if (entity == "lt") out += '<';
  else if (entity == "gt") out += '>';
  else if (entity == "quot") out += '"';
  else if (entity == "#39" || entity == "apos") out += '\'';
  else if (entity == "nbsp" || entity == "#160") out += ' ';
  else out += ' ';  // anything else is rare in cmark's output and never a letter we search for
}

}  // namespace

std::string html_text(std::string_view html) {
  std::string out;
  out.reserve(html.size());
  bool in_tag = false;
  auto space = [&] {
    if (!out.empty() && out.back() != ' ') out += ' ';
  };
  for (size_t i = 0; i < html.size(); ++i) {
    char c = html[i];
    if (in_tag) {
      in_tag = c != '>';
      continue;
    }
    if (c == '<') {
      // Block boundaries separate words; inline tags (<em>, <a>) do not.
      std::string_view rest = html.substr(i + 1, 4);
      bool inline_tag = rest.starts_with("em") || rest.starts_with("/em") || rest.starts_with("a ") ||
                        rest.starts_with("/a>") || rest.starts_with("stro") || rest.starts_with("/str") ||
                        rest.starts_with("code") || rest.starts_with("/cod") || rest.starts_with("del") ||
                        rest.starts_with("/del");
      if (!inline_tag) space();
      in_tag = true;
      continue;
    }
    if (c == '&') {
      size_t end = html.substr(i, 9).find(';');  // an entity is short: never search the whole page
      if (end != std::string_view::npos) {
        end += i;
        append_decoded_entity(html.substr(i + 1, end - i - 1), out);
        i = end;
        continue;
      }
    }
    if (c == '\n' || c == '\t' || c == '\r' || c == ' ') {
      space();
      continue;
    }
    // Copy the run of plain characters at once (this runs over every page's HTML).
    size_t j = i + 1;
    while (j < html.size() && html[j] != '<' && html[j] != '&' && html[j] != ' ' && html[j] != '\n' &&
           html[j] != '\t' && html[j] != '\r')
      ++j;
    out.append(html.data() + i, j - i);
    i = j - 1;
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  if (!out.empty() && out.front() == ' ') out.erase(0, 1);
  return out;
}

std::vector<NarrativeSection> narrative_sections(std::string_view html) {
  std::vector<NarrativeSection> out(1);
  size_t pos = 0, text_start = 0;
  while (true) {
    size_t open = html.find("<h", pos);
    if (open == std::string_view::npos) break;
    pos = open + 2;
    bool heading = open + 8 < html.size() && html[open + 2] >= '1' && html[open + 2] <= '6' &&
                   html.substr(open + 3, 5) == " id=\"";
    if (!heading) continue;
    size_t id_start = open + 8;
    size_t id_end = html.find('"', id_start);
    std::string close = std::string("</h") + html[open + 2] + ">";
    size_t end = id_end == std::string_view::npos ? id_end : html.find(close, id_end);
    if (end == std::string_view::npos) break;
    // The text since the previous heading belongs to the previous section.
    out.back().text = html_text(html.substr(text_start, open - text_start));
    NarrativeSection s;
    s.anchor = std::string(html.substr(id_start, id_end - id_start));
    s.title = html_text(html.substr(id_end + 2, end - id_end - 2));
    out.push_back(std::move(s));
    pos = text_start = end + close.size();
  }
  out.back().text = html_text(html.substr(text_start));
  return out;
}

namespace {

// Board, then newest year first, then the documents in print order; inside a page and kind the
// source order is kept (the sorts are stable).
bool listed_before(const SearchRecord& a, const SearchRecord& b) {
  return std::tie(a.board, b.year, a.order, a.page, a.kind) < std::tie(b.board, a.year, b.order, b.page, b.kind);
}

// `records` in listed_before() order. Positions are sorted and each record moved once: sorting the
// records themselves moved their nine strings at every step (a tenth of a city patch's search time).
std::vector<SearchRecord> sorted(std::vector<SearchRecord>& records) {
  std::vector<size_t> order(records.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(),
                   [&records](size_t i, size_t j) { return listed_before(records[i], records[j]); });
  std::vector<SearchRecord> out;
  out.reserve(records.size());
  for (size_t i : order) out.push_back(std::move(records[i]));
  return out;
}

}  // namespace

std::vector<SearchRecord> collect_records(const RecordContext& ctx) {
  // Each plan year's records, and the free-standing pages', are a part made and sorted on its own, on
  // all cores. Every record of a part has the part's board and year, so the parts, ordered by board
  // and newest year, are then the whole list in order.
  std::vector<std::pair<const Organisation*, const PlanYear*>> years;
  for (const Organisation& org : ctx.site.organisations) {
    for (const PlanYear& year : org.years) years.emplace_back(&org, &year);
  }
  std::vector<std::vector<SearchRecord>> parts(years.size() + 1);
  parallel_for(parts.size(), [&](size_t i) {
    std::vector<SearchRecord> records;
    if (i < years.size()) {
      // A year's document labels are looked up once per document, not once per record.
      RecordContext year_ctx = ctx;
      std::map<std::pair<const PlanYear*, std::string>, std::string> labels;
      year_ctx.doc_label = [&ctx, &labels](const PlanYear& year, const std::string& key) {
        auto it = labels.find({&year, key});
        if (it == labels.end()) it = labels.emplace(std::pair(&year, key), ctx.doc_label(year, key)).first;
        return it->second;
      };
      for (const YearRecordSource& source : kYearRecordSources) {
        source.add(year_ctx, *years[i].first, *years[i].second, records);
      }
    } else {
      add_page_records(ctx.site, records);
    }
    parts[i] = sorted(records);
  });
  std::erase_if(parts, [](const std::vector<SearchRecord>& part) { return part.empty(); });
  std::vector<size_t> order(parts.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(),
                   [&parts](size_t i, size_t j) { return listed_before(parts[i].front(), parts[j].front()); });
  auto uniform = [](const std::vector<SearchRecord>& part) {
    return std::all_of(part.begin(), part.end(), [&](const SearchRecord& r) {
      return r.board == part.front().board && r.year == part.front().year;
    });
  };
  bool whole_parts = std::all_of(parts.begin(), parts.end(), uniform);
  for (size_t n = 1; whole_parts && n < order.size(); ++n) {
    const SearchRecord& a = parts[order[n - 1]].front();
    const SearchRecord& b = parts[order[n]].front();
    whole_parts = a.board != b.board || a.year != b.year;
  }
  std::vector<SearchRecord> out;
  size_t count = 0;
  for (const std::vector<SearchRecord>& part : parts) count += part.size();
  out.reserve(count);
  if (whole_parts) {
    for (size_t i : order) std::move(parts[i].begin(), parts[i].end(), std::back_inserter(out));
    return out;
  }
  // Parts that share a board and year would have to be interleaved: then the whole list is sorted,
  // from the site's order as before.
  for (std::vector<SearchRecord>& part : parts) std::move(part.begin(), part.end(), std::back_inserter(out));
  return sorted(out);
}

}  // namespace insyn::search
