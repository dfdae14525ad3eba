// The preview on a small city (tests/fixtures/city: 3 boards x 3 plan years, made by
// bench/make_city.py --boards 3 --years 3 --risks 4): a save in one plan year re-renders only the pages
// that read it, and after any sequence of saves — also ones that change what other pages list (a new
// risk, a renamed process, a new year, a removed board) — the served site equals a fresh build.
#include <catch2/catch.hpp>

#include <atomic>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <random>
#include <thread>

#include "serve/page_inputs.h"
#include "serve/preview_server.h"
#include "support.h"

using namespace insyn;
namespace fs = std::filesystem;

namespace {

// A copy of the city fixture in a fresh temporary folder, removed afterwards.
struct CityContent : test::TempContent {
  CityContent() : TempContent("tests/fixtures/city") {}
};

PreviewOptions city_options(const CityContent& c) {
  PreviewOptions o;
  o.content = c.content();
  o.themes = test::source_dir() + "/themes";
  o.port = 0;
  return o;
}

// Waits for the build after `after` and lets a burst of watcher events settle into one more build.
std::shared_ptr<const Snapshot> settled(const PreviewServer& server, std::uint64_t after) {
  for (int i = 0; i < 1000 && server.snapshot()->generation <= after; ++i) {
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  std::uint64_t seen = server.snapshot()->generation;
  for (;;) {
    std::this_thread::sleep_for(std::chrono::milliseconds(150));
    std::uint64_t now = server.snapshot()->generation;
    if (now == seen) break;
    seen = now;
  }
  return server.snapshot();
}

void check_equals_fresh(const std::shared_ptr<const Snapshot>& served, const CityContent& c) {
  BuildResult fresh = test::run(test::load_fixture_from(c.content()), true);
  REQUIRE(served->ok == (fresh.ok() && !fresh.files.empty()));
  if (!served->ok) return;
  auto expected = serve_files(fresh.files);
  std::vector<std::string> missing, extra;
  for (const auto& [path, file] : expected) {
    if (!served->files.count(path)) missing.push_back(path);
  }
  for (const auto& [path, file] : served->files) {
    if (!expected.count(path)) extra.push_back(path);
  }
  CHECK(missing.empty());
  CHECK(extra.empty());
  for (const auto& [path, file] : expected) {
    auto it = served->files.find(path);
    if (it == served->files.end()) continue;
    CAPTURE(path);
    CHECK(it->second->bytes == file->bytes);
  }
}

// Replaces the first `from` in `text` with `to`.
std::string replaced(std::string text, const std::string& from, const std::string& to) {
  size_t at = text.find(from);
  REQUIRE(at != std::string::npos);
  return text.replace(at, from.size(), to);
}

}  // namespace

TEST_CASE("A save in one plan year of a city re-renders that year and its board only", "[serve_city]") {
  CityContent c;
  PreviewServer server(city_options(c));
  REQUIRE(server.start() > 0);
  std::shared_ptr<const Snapshot> before = server.snapshot();
  REQUIRE(before->ok);
  // A risk's event is on the year's pages and in the board's comparison of its years.
  c.write("namnd01/2017/vor.json", replaced(c.read("namnd01/2017/vor.json"), "\"event\": \"", "\"event\": \"Ny "));
  std::shared_ptr<const Snapshot> after = settled(server, before->generation);
  REQUIRE(after->ok);
  auto same = [&](const std::string& path) { return after->files.at(path) == before->files.at(path); };
  CHECK_FALSE(same("namnd01/2017/vor/index.html"));
  CHECK_FALSE(same("namnd01/jamforelse/index.html"));  // the comparison reads every year of the board
  // A re-rendered page whose bytes did not change keeps its served form (no new ETag to compute).
  CHECK(same("index.html"));
  CHECK(same("sok/index.html"));
  // Another year of the board and every page of the other boards are the very same objects.
  CHECK(same("namnd01/2016/vor/index.html"));
  CHECK(same("namnd02/index.html"));
  CHECK(same("namnd02/jamforelse/index.html"));
  CHECK(same("namnd03/2018/index.html"));
  check_equals_fresh(after, c);
  server.stop();
}

TEST_CASE("The page-input table marks a board's budget years stale together") {
  Site site;
  Organisation org;
  org.slug = "a";
  for (int y : {2019, 2020, 2021}) {
    PlanYear year;
    year.year = y;
    year.dir = "a/" + std::to_string(y);
    org.years.push_back(std::move(year));
  }
  site.organisations.push_back(org);
  Organisation other = org;
  other.slug = "b";
  for (PlanYear& y : other.years) y.dir = "b/" + std::to_string(y.year);
  site.organisations.push_back(other);

  StalePages plain = stale_pages(site, {"a/2020"});
  CHECK(plain.years == std::set<std::string>{"a/2020"});
  CHECK(plain.boards == std::set<std::string>{"a"});
  std::vector<std::string> kept = kept_prefixes(site, plain);
  CHECK(kept == std::vector<std::string>{"a/2019/", "a/2021/", "b/", "arkiv/"});

  // 2021's budget restates 2020's follow-up and 2019 has a budget too: a save in 2020 makes 2021
  // stale (the restated outcome and its findings), a save in a budget year every budget year.
  site.organisations[0].years[0].budget.emplace();
  site.organisations[0].years[2].budget.emplace();
  site.organisations[0].years[2].budget->compare_followup.emplace();
  site.organisations[0].years[2].budget->compare_followup->year = 2020;
  CHECK(stale_pages(site, {"a/2020"}).years == std::set<std::string>{"a/2020", "a/2021"});
  CHECK(stale_pages(site, {"a/2019"}).years == std::set<std::string>{"a/2019", "a/2021"});
}

TEST_CASE("After any sequence of saves on a city the served site equals a fresh build", "[serve_city]") {
  CityContent c;
  PreviewServer server(city_options(c));
  REQUIRE(server.start() > 0);
  std::mt19937 random(1717);  // fixed seed: the sequence is reproducible
  const std::vector<std::string> boards = {"namnd01", "namnd02", "namnd03"};
  const std::vector<std::string> years = {"2016", "2017", "2018"};
  std::vector<std::string> removed;
  int next_year = 2019;
  for (int step = 0; step < 16; ++step) {
    std::uint64_t before = server.snapshot()->generation;
    std::string board = boards[random() % boards.size()];
    if (std::find(removed.begin(), removed.end(), board) != removed.end()) board = "namnd01";
    std::string dir = board + "/" + years[random() % years.size()];
    int kind = static_cast<int>(random() % 7);
    CAPTURE(step, kind, dir);
    switch (kind) {
      case 0:  // text of a narrative
        c.write(dir + "/vor.md", c.read(dir + "/vor.md") + "\nSteg " + std::to_string(step) + ".\n");
        break;
      case 1: {  // a score that stays consistent (probability 4 -> 2 halves RV)
        std::string vor = c.read(dir + "/vor.json");
        size_t at = vor.find("\"probability\": 4");
        if (at == std::string::npos) {
          c.write(dir + "/vor.md", c.read(dir + "/vor.md") + "\nInget att ändra.\n");
          break;
        }
        size_t rv = vor.find("\"rv\": ", at);
        size_t end = vor.find_first_of(",\n", rv);
        int value = std::stoi(vor.substr(rv + 6, end - rv - 6));
        vor.replace(rv + 6, end - rv - 6, std::to_string(value / 2));
        vor[at + 16] = '2';
        c.write(dir + "/vor.json", vor);
        break;
      }
      case 2: {  // a new risk: the register, the search index and the comparison list it
        std::string vor = c.read(dir + "/vor.json");
        c.write(
            dir + "/vor.json",
            replaced(vor, "\"risks\": [",
                     "\"risks\": [{\"nr\": " + std::to_string(900 + step) + ", \"event\": \"Ny risk steg " +
                         std::to_string(step) +
                         "\", \"probability\": 2, \"consequence\": 3, \"rv\": 6, \"ikp\": \"vor_only\"},"));
        break;
      }
      case 3:  // a renamed process: the comparison matches processes by name
        c.write(dir + "/vor.json", replaced(c.read(dir + "/vor.json"), "\"name\": \"Process ",
                                            "\"name\": \"Omdöpt " + std::to_string(step) + " "));
        break;
      case 4: {  // a new year of a board: the start page, the board and its comparison list it
        std::string year = std::to_string(next_year++);
        fs::copy(c.dir / "content" / (board + "/2018"), c.dir / "content" / (board + "/" + year),
                 fs::copy_options::recursive);
        std::string plan = c.read(board + "/" + year + "/plan.json");
        plan = replaced(plan, "\"year\": 2018", "\"year\": " + year);
        c.write(board + "/" + year + "/plan.json", plan);
        break;
      }
      case 5: {  // a broken file (the last good site stays served), then the file as it was
        std::string vor = c.read(dir + "/vor.json");
        c.write(dir + "/vor.json", "{ broken");
        std::shared_ptr<const Snapshot> broken = settled(server, before);
        CHECK_FALSE(broken->ok);
        before = broken->generation;
        c.write(dir + "/vor.json", vor);
        break;
      }
      default:  // a removed board (at most two: the site keeps one)
        if (removed.size() < 2 && board != "namnd01") {
          fs::remove_all(c.dir / "content" / board);
          removed.push_back(board);
        } else {
          c.write(dir + "/vor.md", c.read(dir + "/vor.md") + "\nIgen.\n");
        }
        break;
    }
    check_equals_fresh(settled(server, before), c);
  }
  server.stop();
}
