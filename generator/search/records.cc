#include "search/records.h"

#include <algorithm>
#include <iterator>
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

std::vector<SearchRecord> collect_records(const RecordContext& ctx) {
  // Plan years are independent: their records are made on all cores, then joined in site order.
  std::vector<std::pair<const Organisation*, const PlanYear*>> years;
  for (const Organisation& org : ctx.site.organisations) {
    for (const PlanYear& year : org.years) years.emplace_back(&org, &year);
  }
  std::vector<std::vector<SearchRecord>> per_year(years.size());
  parallel_for(years.size(), [&](size_t i) {
    for (const YearRecordSource& source : kYearRecordSources) source.add(ctx, *years[i].first, *years[i].second, per_year[i]);
  });
  std::vector<SearchRecord> out;
  for (std::vector<SearchRecord>& records : per_year) std::move(records.begin(), records.end(), std::back_inserter(out));
  add_page_records(ctx.site, out);
  // Board, then newest year first, then the documents in print order; inside a page and kind the
  // source order is kept (stable sort).
  // Sorting positions and moving each record once: sorting the records themselves moved their nine
  // strings at every step (a tenth of a city patch's search time).
  std::vector<size_t> order(out.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(), [&out](size_t i, size_t j) {
    const SearchRecord& a = out[i];
    const SearchRecord& b = out[j];
    return std::tie(a.board, b.year, a.order, a.page, a.kind) < std::tie(b.board, a.year, b.order, b.page, b.kind);
  });
  std::vector<SearchRecord> sorted;
  sorted.reserve(out.size());
  for (size_t i : order) sorted.push_back(std::move(out[i]));
  return sorted;
}

}  // namespace insyn::search
