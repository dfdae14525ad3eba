// Not a test: a measurement for bench/search.sh, hidden from every test run (tag "[.search-bench]").
// Builds INSYN_BENCH_CONTENT in memory, then times collecting the search records and writing the
// index on their own, to show what search adds to a build.
#include <catch2/catch.hpp>

#include <chrono>
#include <ctime>
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
  // CPU time as well as wall time: the machine is shared, and CPU time is what search adds to the work.
  auto cpu = [](clockid_t clock) {
    timespec ts{};
    clock_gettime(clock, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
  };
  double c0 = cpu(CLOCK_PROCESS_CPUTIME_ID);
  auto t0 = std::chrono::steady_clock::now();
  BuildResult r = test::run(content, true);
  auto t1 = std::chrono::steady_clock::now();
  double c1 = cpu(CLOCK_PROCESS_CPUTIME_ID), s1 = cpu(CLOCK_THREAD_CPUTIME_ID);
  REQUIRE(r.ok());
  search::RecordContext ctx{*r.site,
                            [&](const PlanYear& year, const std::string& key) {
                              return document_label(r.theme->strings, year, key);
                            },
                            {std::begin(kDocumentKeys), std::end(kDocumentKeys)},
                            [](const std::string&, const std::string& html) { return html; }};
  auto records = search::collect_records(ctx);
  for (int k = 0; std::getenv("INSYN_BENCH_REPEAT") && k < std::atoi(std::getenv("INSYN_BENCH_REPEAT"));
       ++k) {
    records = search::collect_records(ctx);
    search::write_search_index(records, "sok/index");
  }
  auto t2 = std::chrono::steady_clock::now();
  OutputFiles files = search::write_search_index(records, "sok/index");
  auto t3 = std::chrono::steady_clock::now();
  double s3 = cpu(CLOCK_THREAD_CPUTIME_ID);
  size_t bytes = 0;
  for (const OutputFile& f : files) bytes += f.bytes.size();
  auto ms = [](auto a, auto b) { return std::chrono::duration<double, std::milli>(b - a).count(); };
  std::cout << "build in memory (with search): " << ms(t0, t1) << " ms; search records: " << ms(t1, t2)
            << " ms; index: " << ms(t2, t3) << " ms; " << records.size() << " records, " << files.size()
            << " files, " << bytes << " bytes\n"
            << "cpu: build (both cores, with search) " << c1 - c0 << " ms; search records + index " << s3 - s1
            << " ms (" << 100.0 * (s3 - s1) / (c1 - c0) << " % of the build's CPU time)\n";
}
