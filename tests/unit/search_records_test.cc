// Search records of the real plans: every document kind that has a page is indexed, and every
// record's anchor is an id on its page.
#include <catch2/catch.hpp>

#include <algorithm>
#include <map>
#include <set>
#include <tuple>

#include <nlohmann/json.hpp>

#include "search/records.h"
#include "support.h"

using namespace insyn;

namespace {

// The data of an index file: insynSearch("name",DATA);
nlohmann::json index_data(const OutputFile& f) {
  size_t start = f.bytes.find(',');
  size_t end = f.bytes.rfind(");");
  REQUIRE(start != std::string::npos);
  REQUIRE(end != std::string::npos);
  return nlohmann::json::parse(f.bytes.substr(start + 1, end - start - 1));
}

struct Found {
  std::string page, anchor, code, title;
};

// Every record of the built site, from the record files (r0.js, r1.js, …) in id order.
std::vector<Found> all_records(const BuildResult& r) {
  std::vector<Found> out;
  for (int n = 0;; ++n) {
    const OutputFile* f = test::find_output(r, "sok/index/r" + std::to_string(n) + ".js");
    if (!f) break;
    for (const auto& rec : index_data(*f)) out.push_back({rec[0], rec[1], rec[2], rec[3]});
  }
  return out;
}

}  // namespace

TEST_CASE("Every document kind of the real plans is indexed and every anchor exists", "[search]") {
  BuildResult r = test::run(test::load_fixture("content"), true);
  REQUIRE(r.ok());
  std::vector<Found> records = all_records(r);
  const OutputFile* meta_file = test::find_output(r, "sok/index/meta.js");
  REQUIRE(meta_file);
  nlohmann::json meta = index_data(*meta_file);
  REQUIRE(records.size() == meta["count"].get<size_t>());

  // The kinds per page, from the groups (board, year, document, kind, first record, count).
  std::map<std::string, std::set<std::string>> kinds_of_page;
  for (const auto& g : meta["groups"]) {
    size_t first = g[4], count = g[5];
    for (size_t i = first; i < first + count; ++i)
      kinds_of_page[records.at(i).page].insert(g[3].get<std::string>());
  }
  using Kinds = std::set<std::string>;
  auto has = [&](const std::string& page, const Kinds& kinds) {
    INFO(page);
    for (const std::string& k : kinds) {
      INFO(k);
      CHECK(kinds_of_page[page].count(k) == 1);
    }
  };
  has("amn/2017/verksamhetsberattelse/index.html",
      {"goal", "indicator", "activity", "table", "case", "section"});
  for (const char* y : {"2017", "2019", "2021"})
    has(std::string("amn/") + y + "/upphandling/index.html", {"procurement"});
  for (const char* y : {"2019", "2021"}) has(std::string("amn/") + y + "/budget/index.html", {"table"});
  has("amn/2019/budget/index.html", {"section"});  // the forms
  has("amn/2019/digitalisering/index.html", {"section"});
  has("amn/2021/informationssakerhet/index.html", {"section"});
  has("amn/2021/lokalavveckling/index.html", {"section"});
  has("amn/2021/ordlista/index.html", {"term"});
  has("amn/2017/jamstalldhet/index.html", {"section"});
  has("amn/2017/trakasserier/index.html", {"section"});

  // Every document page of every year has records.
  for (const OutputFile& f : r.files) {
    const std::string& p = f.path;
    bool year_doc = p.rfind("amn/20", 0) == 0 && p.size() > 20 &&
                    p.compare(p.size() - 11, 11, "/index.html") == 0 &&
                    std::count(p.begin(), p.end(), '/') == 3 && p.find("/utskrift/") == std::string::npos;
    if (!year_doc) continue;
    INFO(p);
    CHECK(!kinds_of_page[p].empty());
  }

  // Every anchor is an id on its page: a result leads to the exact row or heading.
  size_t anchors = 0;
  for (const Found& f : records) {
    if (f.anchor.empty()) continue;
    const OutputFile* page = test::find_output(r, f.page);
    INFO(f.page + "#" + f.anchor);
    REQUIRE(page);
    CHECK(page->bytes.find("id=\"" + f.anchor + "\"") != std::string::npos);
    ++anchors;
  }
  CHECK(anchors > 400);
}

TEST_CASE("An indicator and a procurement row are found where they are", "[search]") {
  BuildResult r = test::run(test::load_fixture("content"), true);
  REQUIRE(r.ok());
  bool indicator = false, procurement = false, form = false;
  for (const Found& f : all_records(r)) {
    if (f.page == "amn/2017/verksamhetsberattelse/index.html" && f.anchor == "indikator-I01") {
      indicator = !f.title.empty();
    }
    if (f.page == "amn/2021/upphandling/index.html" && f.anchor == "upphandling-1") {
      procurement = f.code == "1" && !f.title.empty();
    }
    if (f.page == "amn/2019/budget/index.html" && f.anchor == "blankett-resultatenheter") form = true;
  }
  CHECK(indicator);
  CHECK(procurement);
  CHECK(form);
}

namespace {

// The records as one stable sort of every record in site order would list them: what collect_records()
// gives from its per-year parts.
std::vector<search::SearchRecord> one_sort(const search::RecordContext& ctx) {
  std::vector<search::SearchRecord> all;
  for (const Organisation& org : ctx.site.organisations) {
    for (const PlanYear& year : org.years) {
      for (const search::YearRecordSource& source : search::kYearRecordSources) source.add(ctx, org, year, all);
    }
  }
  std::stable_sort(all.begin(), all.end(), [](const search::SearchRecord& a, const search::SearchRecord& b) {
    return std::tie(a.board, b.year, a.order, a.page, a.kind) < std::tie(b.board, a.year, b.order, b.page, b.kind);
  });
  return all;
}

std::vector<std::string> keys(const std::vector<search::SearchRecord>& records) {
  std::vector<std::string> out;
  for (const auto& r : records) out.push_back(r.board + "|" + std::to_string(r.year) + "|" + r.page + "#" + r.anchor + "|" + r.title);
  return out;
}

}  // namespace

TEST_CASE("Records made per plan year come in the order of one sort of them all, also when two boards share a name",
          "[search]") {
  MemoryFileSystem fs = test::load_fixture("tests/fixtures/city");
  BuildResult r = test::run(fs, false);
  REQUIRE(r.site);
  Site& site = *r.site;
  REQUIRE(site.organisations.size() >= 2);
  auto label = [](const PlanYear&, const std::string& key) { return key; };
  auto html = [](const std::string&, const std::string& h) { return h; };
  search::RecordContext ctx{site, label, {"vor", "kontrollplan", "projekt"}, html};
  std::vector<search::SearchRecord> records = search::collect_records(ctx);
  CHECK(records.size() > 100);
  CHECK(keys(records) == keys(one_sort(ctx)));
  // Two boards of one name: their years' parts interleave, so the whole list is sorted at once.
  site.organisations[1].name = site.organisations[0].name;
  records = search::collect_records(ctx);
  CHECK(keys(records) == keys(one_sort(ctx)));
  CHECK(records.front().board == site.organisations[0].name);
}
