// Archived years: the tar and BagIt formats, tamper detection, self-contained snapshots, and
// publication of frozen bags that keep their look when the theme changes.
#include <catch2/catch.hpp>

#include <filesystem>
#include <regex>
#include <set>

#include "archive/bag.h"
#include "archive/tar.h"
#include "core/sha256.h"
#include "support.h"

using namespace insyn;

namespace {

MemoryFileSystem to_fs(const OutputFiles& files) {
  MemoryFileSystem fs;
  for (const auto& [path, bytes] : files) fs.write(path, bytes);
  return fs;
}

std::set<std::string> problems(const MemoryFileSystem& bag) {
  std::set<std::string> out;
  for (const BagProblem& p : verify_bag(bag)) out.insert(p.what + " " + p.path);
  return out;
}

// The snapshot of one plan year, as `insyn archive` builds it.
BuildResult snapshot(const MemoryFileSystem& content, int year) {
  static DiskFileSystem themes(test::source_dir() + "/themes");
  BuildInputs inputs{.content = &content, .themes = &themes, .only_year = year};
  return run_pipeline(inputs, true);
}

}  // namespace

TEST_CASE("sha256_hex gives the standard digest", "[archive]") {
  CHECK(sha256_hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  CHECK(sha256_hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}

TEST_CASE("make_tar writes ustar blocks with valid checksums and the same bytes every time", "[archive]") {
  OutputFiles files = {{"a.txt", "hello"}, {"deep/" + std::string(120, 'x') + "/b.html", std::string(600, 'b')}};
  std::string tar = make_tar(files, "2019/", 1700000000);
  CHECK(tar == make_tar(files, "2019/", 1700000000));
  REQUIRE(tar.size() % 512 == 0);
  // Two headers, 1 + 2 data blocks and the two-block end marker.
  CHECK(tar.size() == 512 * (2 + 1 + 2 + 2));
  CHECK(tar.compare(0, 12, "2019/a.txt\0\0", 12) == 0);
  CHECK(tar.compare(257, 5, "ustar") == 0);
  unsigned sum = 0;
  for (size_t i = 0; i < 512; ++i) sum += (i >= 148 && i < 156) ? ' ' : static_cast<unsigned char>(tar[i]);
  CHECK(std::stoul(tar.substr(148, 6), nullptr, 8) == sum);
  CHECK(std::stoull(tar.substr(136, 11), nullptr, 8) == 1700000000ULL);
  CHECK(tar.compare(512, 5, "hello") == 0);
  // The long path is split at a '/' into the prefix field.
  CHECK(tar.compare(1024 + 345, 10, "2019/deep/") == 0);
}

TEST_CASE("make_tar refuses values its header fields cannot hold instead of truncating them", "[archive]") {
  OutputFiles files = {{"a.txt", "hello"}};
  CHECK_NOTHROW(make_tar(files, "", 8589934591LL));  // 11 octal digits: the largest time that fits
  CHECK_THROWS_AS(make_tar(files, "", 8589934592LL), std::length_error);
}

TEST_CASE("A bag lists every payload file in its manifest and verifies intact", "[archive]") {
  OutputFiles bag = make_bag({{"index.html", "<p>hej</p>"}, {"css/site.css", "body{}"}}, {{"Insyn-Plan-Year", "2019"}});
  MemoryFileSystem fs = to_fs(bag);
  CHECK(problems(fs).empty());
  std::string manifest = *fs.read("manifest-sha256.txt");
  CHECK(manifest == sha256_hex("body{}") + "  data/css/site.css\n" + sha256_hex("<p>hej</p>") + "  data/index.html\n");
  BagInfo info = parse_bag_info(*fs.read("bag-info.txt"));
  REQUIRE(info.size() == 2);
  CHECK(info[0] == std::pair<std::string, std::string>{"Insyn-Plan-Year", "2019"});
  CHECK(info[1] == std::pair<std::string, std::string>{"Payload-Oxum", "16.2"});
}

TEST_CASE("verify_bag reports every changed, missing and extra file", "[archive]") {
  MemoryFileSystem fs = to_fs(make_bag({{"index.html", "<p>hej</p>"}, {"a.css", "x"}}, {}));
  fs.write("data/index.html", "<p>hej</p>!");
  fs.remove("data/a.css");
  fs.write("data/extra.js", "alert(1)");
  CHECK(problems(fs) == std::set<std::string>{"changed data/index.html", "missing data/a.css", "extra data/extra.js"});

  MemoryFileSystem tags = to_fs(make_bag({{"index.html", "x"}}, {{"Insyn-Build-Time", "2019-01-01T00:00:00Z"}}));
  tags.write("bag-info.txt", "Insyn-Build-Time: 2020-01-01T00:00:00Z\n");
  CHECK(problems(tags) == std::set<std::string>{"changed bag-info.txt"});
}

TEST_CASE("A year's snapshot holds only that year and links only inside itself", "[archive]") {
  BuildResult r = snapshot(test::load_fixture("content"), 2019);
  INFO(test::formatted(r));
  REQUIRE(r.ok());
  REQUIRE(r.site->organisations.size() == 1);
  REQUIRE(r.site->organisations[0].years.size() == 1);
  std::set<std::string> paths;
  for (const OutputFile& f : r.files) paths.insert(f.path);
  CHECK(paths.count("amn/2019/vor/index.html"));
  CHECK_FALSE(paths.count("amn/2021/index.html"));
  // Every link and resource resolves to a file of the snapshot: relative, nothing external.
  std::regex attr(R"((?:href|src)="([^"#]*)(#[^"]*)?")");
  size_t checked = 0;
  for (const OutputFile& f : r.files) {
    if (f.path.size() < 5 || f.path.compare(f.path.size() - 5, 5, ".html") != 0) continue;
    for (auto it = std::sregex_iterator(f.bytes.begin(), f.bytes.end(), attr); it != std::sregex_iterator(); ++it) {
      std::string target = (*it)[1];
      if (target.empty()) continue;
      INFO(f.path << " links to " << target);
      CHECK(target.find("://") == std::string::npos);
      CHECK(target[0] != '/');
      std::string resolved =
          std::filesystem::path(f.path).parent_path().append(target).lexically_normal().generic_string();
      CHECK(paths.count(resolved));
      ++checked;
    }
  }
  CHECK(checked > 100);
}

TEST_CASE("An archived year is published as frozen, with its tar, and keeps its look after the theme changes", "[archive]") {
  MemoryFileSystem content = test::load_fixture("content");
  BuildResult snap = snapshot(content, 2019);
  REQUIRE(snap.ok());
  OutputFiles bag = make_bag(snap.files, {{"Source-Date-Epoch", "1700000000"}});
  for (const auto& [path, bytes] : bag) content.write("arkiv/2019/" + path, bytes);

  BuildResult live = test::run(content, true);
  INFO(test::formatted(live));
  REQUIRE(live.ok());
  REQUIRE(live.site->archives.size() == 1);
  const OutputFile* archived_css = test::find_output(live, "arkiv/2019/data/css/site.css");
  REQUIRE(archived_css);
  const OutputFile* tar = test::find_output(live, "arkiv/2019.tar");
  REQUIRE(tar);
  CHECK(tar->bytes == make_tar(bag, "2019/", 1700000000));
  const OutputFile* index = test::find_output(live, "arkiv/index.html");
  REQUIRE(index);
  CHECK(index->bytes.find("href=\"../arkiv/2019/data/index.html\"") != std::string::npos);
  // The archive folder is not content: its JSON files are not read as plan years.
  CHECK(live.site->organisations[0].years.size() == 4);

  // A later theme (here: the site's stylesheet overridden) changes the live site, not the archive.
  std::string old_css = archived_css->bytes;
  MemoryFileSystem themes = test::load_fixture("themes");
  themes.write("default/static/css/site.css", "body { color: red; }\n");
  BuildInputs inputs{.content = &content, .themes = &themes};
  BuildResult restyled = run_pipeline(inputs, true);
  REQUIRE(restyled.ok());
  CHECK(test::find_output(restyled, "css/site.css")->bytes == "body { color: red; }\n");
  CHECK(test::find_output(restyled, "arkiv/2019/data/css/site.css")->bytes == old_css);
}

TEST_CASE("A tampered archive fails the build before anything is written", "[archive]") {
  MemoryFileSystem content = test::load_fixture("tests/fixtures/minimal");
  for (const auto& [path, bytes] : make_bag({{"index.html", "<p>2019</p>"}}, {})) content.write("arkiv/2019/" + path, bytes);
  CHECK(test::run(content, true).ok());
  content.write("arkiv/2019/data/index.html", "<p>2018</p>");
  BuildResult r = test::run(content, true);
  CHECK_FALSE(r.ok());
  CHECK(r.files.empty());
  CHECK(test::has_code(r, "archive-changed"));
}
