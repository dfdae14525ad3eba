// Not a test: a measurement for bench/search.sh, hidden from every test run (tag "[.search-bench]").
// Builds INSYN_BENCH_CONTENT in memory, then times collecting the search records and writing the
// index on their own, to show what search adds to a build.
#include <catch2/catch.hpp>

#include <chrono>
#include <cstdlib>
#include <iostream>

#include "render/view_common.h"
#include "search/index_writer.h"
#include "search/records.h"
#include "support.h"

using namespace insyn;

TEST_CASE("Search index build time", "[.search-bench]") {
  const char* dir = std::getenv("INSYN_BENCH_CONTENT");
  REQUIRE(dir);
  MemoryFileSystem content = test::load_fixture_from(dir);
  auto t0 = std::chrono::steady_clock::now();
  BuildResult r = test::run(content, true);
  auto t1 = std::chrono::steady_clock::now();
  REQUIRE(r.ok());
  search::RecordContext ctx{*r.site,
                            [&](const PlanYear& year, const std::string& key) {
                              return document_label(r.theme->strings, year, key);
                            },
                            {std::begin(kDocumentKeys), std::end(kDocumentKeys)},
                            [](const std::string&, const std::string& html) { return html; }};
  auto records = search::collect_records(ctx);
  auto t2 = std::chrono::steady_clock::now();
  OutputFiles files = search::write_search_index(records, "sok/index");
  auto t3 = std::chrono::steady_clock::now();
  size_t bytes = 0;
  for (const OutputFile& f : files) bytes += f.bytes.size();
  auto ms = [](auto a, auto b) { return std::chrono::duration<double, std::milli>(b - a).count(); };
  std::cout << "build in memory (with search): " << ms(t0, t1) << " ms; search records: " << ms(t1, t2)
            << " ms; index: " << ms(t2, t3) << " ms; " << records.size() << " records, " << files.size()
            << " files, " << bytes << " bytes\n";
}
