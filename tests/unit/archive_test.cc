// Archived years: the tar and BagIt formats, tamper detection, self-contained snapshots, and
// publication of frozen bags that keep their look when the theme changes.
#include <catch2/catch.hpp>

#include <filesystem>
#include <regex>
#include <set>

#include "archive/archives.h"
#include "archive/bag.h"
#include "archive/pins.h"
#include "archive/tar.h"
#include "core/sha256.h"
#include "core/signature.h"
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

// Writes a bag of `payload` as `insyn archive` would into arkiv/<folder>/ and pins it.
void archive_into(MemoryFileSystem& content, const OutputFiles& payload, int year, int folder = 0,
                  const std::string& epoch = "1700000000") {
  std::string dir = "arkiv/" + std::to_string(folder ? folder : year) + "/";
  for (const std::string& path : content.list_files(dir.substr(0, dir.size() - 1))) content.remove(path);
  OutputFiles bag =
      make_bag(payload, {{"Insyn-Plan-Year", std::to_string(year)}, {"Source-Date-Epoch", epoch}});
  Diagnostics ignored;
  Pins pins = parse_pins(content.read("arkiv/pins.json").value_or("{\"pins\": []}"), "pins.json", ignored);
  for (const auto& [path, bytes] : bag) {
    content.write(dir + path, bytes);
    if (path == kTagManifest) pins[year] = pin_of(bytes);
  }
  content.write("arkiv/pins.json", format_pins(pins));
}

// The diagnostics of loading the archives of `content`, as "code file: message" lines.
std::set<std::string> archive_errors(const MemoryFileSystem& content) {
  Diagnostics diags;
  load_archives(content, "content", diags);
  std::set<std::string> out;
  for (const Diagnostic& d : diags.items()) out.insert(d.code + " " + d.loc.file + ": " + d.message);
  return out;
}

// A FileSystem that remembers every path it was asked to read.
struct RecordingFileSystem : MemoryFileSystem {
  mutable std::set<std::string> reads;
  std::optional<std::string> read(const std::string& path) const override {
    reads.insert(path);
    return MemoryFileSystem::read(path);
  }
};

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
  std::regex attr(R"((?:href|src)="([^"#?]*)([?#][^"]*)?")");  // a query (?goal=1.1) is not part of the file
  size_t checked = 0;
  for (const OutputFile& f : r.files) {
    if (f.path.size() < 5 || f.path.compare(f.path.size() - 5, 5, ".html") != 0) continue;
    for (auto it = std::sregex_iterator(f.bytes.begin(), f.bytes.end(), attr); it != std::sregex_iterator(); ++it) {
      std::string target = (*it)[1];
      if (target.empty()) continue;
      // A contact address printed in a plan is an address, not a resource the snapshot needs.
      if (target.rfind("mailto:", 0) == 0) continue;
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
  archive_into(content, snap.files, 2019);
  OutputFiles bag;
  for (const std::string& path : content.list_files("arkiv/2019"))
    bag.push_back({path.substr(11), *content.read(path)});

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
  archive_into(content, {{"index.html", "<p>2019</p>"}}, 2019);
  CHECK(test::run(content, true).ok());
  content.write("arkiv/2019/data/index.html", "<p>2018</p>");
  BuildResult r = test::run(content, true);
  CHECK_FALSE(r.ok());
  CHECK(r.files.empty());
  CHECK(test::has_code(r, "archive-changed"));
}

TEST_CASE("make_tar puts a path no ustar split fits into a pax header instead of aborting", "[archive]") {
  std::string name = "data/" + std::string(150, 'n') + ".html";
  std::string tar = make_tar({{name, "long"}}, "2019/", 1700000000);
  REQUIRE(tar.size() == 512 * (1 + 1 + 1 + 1 + 2));  // pax header + record, file header + data, end marker
  CHECK(tar[156] == 'x');
  std::string record = "2019/" + name;
  record = "path=" + record + "\n";
  CHECK(tar.compare(512, 4, "175 ") == 0);  // the record's length counts its own digits
  CHECK(tar.compare(516, record.size(), record) == 0);
  CHECK(tar[1024 + 156] == '0');
  CHECK(tar.compare(1536, 4, "long") == 0);
}

TEST_CASE("verify_bag requires the tag manifest, so a consistent rewrite of a payload file is caught",
          "[archive]") {
  MemoryFileSystem fs = to_fs(make_bag({{"index.html", "<p>hej</p>"}}, {}));
  // The attacker edits the page and its manifest line and deletes the tag manifest.
  fs.write("data/index.html", "<p>falskt</p>");
  fs.write("manifest-sha256.txt", sha256_hex("<p>falskt</p>") + "  data/index.html\n");
  CHECK(problems(fs) == std::set<std::string>{"changed manifest-sha256.txt"});
  fs.remove("tagmanifest-sha256.txt");
  CHECK(problems(fs) == std::set<std::string>{"missing tagmanifest-sha256.txt"});
}

TEST_CASE("verify_bag allows nothing outside the payload and the tag files", "[archive]") {
  MemoryFileSystem fs = to_fs(make_bag({{"index.html", "x"}}, {}));
  fs.write("notes.txt", "published by nobody");
  fs.write("data/../evil.html", "x");
  fs.write(".insyn-output", "marker");  // the writer's marker beside the bag is allowed
  fs.write("tagmanifest-sha256.txt.sig", std::string(64, 's'));  // and the signature
  CHECK(problems(fs) == std::set<std::string>{"extra data/../evil.html", "extra notes.txt"});
}

TEST_CASE("verify_bag refuses manifest paths that are not plain paths inside data/ and never reads them",
          "[archive]") {
  RecordingFileSystem fs;
  for (const auto& [path, bytes] : make_bag({{"index.html", "x"}}, {})) fs.write(path, bytes);
  std::string d = sha256_hex("x");
  fs.write("manifest-sha256.txt", d + "  data/index.html\n" + d + "  ../../site.json\n" + d +
                                      "  /etc/passwd\n" + d + "  data\\index.html\n" + d +
                                      "  data/./index.html\n" + d + "  data/index.html\n" + d +
                                      "  bagit.txt\nnot a line\n");
  std::set<std::string> got;
  for (const BagProblem& p : verify_bag(fs)) got.insert(p.path + ": " + p.what);
  CHECK(got ==
        std::set<std::string>{
            "manifest-sha256.txt: changed",
            "manifest-sha256.txt: malformed line 2: the path has an empty, \".\" or \"..\" part",
            "manifest-sha256.txt: malformed line 3: the path has an absolute path",
            "manifest-sha256.txt: malformed line 4: the path has a backslash",
            "manifest-sha256.txt: malformed line 5: the path has an empty, \".\" or \"..\" part",
            "manifest-sha256.txt: malformed line 6: the path is listed twice",
            "manifest-sha256.txt: malformed line 7: the path has a path outside data/",
            "manifest-sha256.txt: malformed line 8: expected a SHA-256 digest (64 lowercase hex digits), two "
            "spaces and a path"});
  for (const std::string& read : fs.reads) CHECK(read.find("..") == std::string::npos);
  CHECK_FALSE(fs.reads.count("/etc/passwd"));
}

TEST_CASE("verify_bag refuses an empty payload", "[archive]") {
  MemoryFileSystem fs = to_fs(make_bag({}, {}));
  CHECK(problems(fs) == std::set<std::string>{"the bag holds no files manifest-sha256.txt"});
}

TEST_CASE("The build reads an archived year from bag-info.txt and refuses a renamed folder", "[archive]") {
  MemoryFileSystem content = test::load_fixture("tests/fixtures/minimal");
  archive_into(content, {{"index.html", "<p>2021</p>"}}, 2021, /*folder=*/2020);
  CHECK(archive_errors(content) ==
        std::set<std::string>{
            "archive-year content/arkiv/2020/bag-info.txt: the bag holds plan year 2021 but its "
            "folder is named 2020",
            "archive-missing content/arkiv/pins.json: plan year 2021 is pinned but its bag "
            "arkiv/2021/ is missing"});
}

TEST_CASE("The build checks each bag's tag manifest against its pin outside the bag", "[archive]") {
  MemoryFileSystem content = test::load_fixture("tests/fixtures/minimal");
  archive_into(content, {{"index.html", "<p>2019</p>"}}, 2019);
  CHECK(archive_errors(content).empty());
  std::string pins = *content.read("arkiv/pins.json");

  // A whole consistent rewrite (page, manifest, tag manifest): the bag verifies, the pin does not match.
  archive_into(content, {{"index.html", "<p>falskt</p>"}}, 2019);
  std::string digest = pin_of(*content.read("arkiv/2019/tagmanifest-sha256.txt"));
  content.write("arkiv/pins.json", pins);
  CHECK(archive_errors(content) ==
        std::set<std::string>{
            "archive-pin content/arkiv/2019/tagmanifest-sha256.txt: the tag manifest's SHA-256 is " + digest +
            " but plan year 2019 is pinned to " + pins.substr(pins.find("sha256\": \"") + 10, 64)});
  BuildResult r = test::run(content, true);
  CHECK_FALSE(r.ok());
  CHECK(r.files.empty());

  content.remove("arkiv/pins.json");
  CHECK(archive_errors(content) ==
        std::set<std::string>{
            "archive-unpinned content/arkiv/2019/tagmanifest-sha256.txt: plan year 2019 has no pin "
            "in the register (pins.json); its tag manifest's SHA-256 is " +
            digest});
  content.write("arkiv/pins.json", "{\"pins\": [{\"year\": 2019, \"tagmanifest_sha256\": \"ABC\"}]}");
  CHECK(
      archive_errors(content).count("archive-pins content/arkiv/pins.json: a pin needs a "
                                    "\"tagmanifest_sha256\" of 64 lowercase hex digits"));
}

TEST_CASE("A stored time no tar header holds is a diagnostic, not an abort", "[archive]") {
  MemoryFileSystem content = test::load_fixture("tests/fixtures/minimal");
  archive_into(content, {{"index.html", "<p>2019</p>"}}, 2019, 0, "99999999999999");
  CHECK(archive_errors(content) ==
        std::set<std::string>{
            "archive-time content/arkiv/2019/bag-info.txt: Source-Date-Epoch is \"99999999999999\"; "
            "it must be seconds since 1970 from 0 to 8589934591 (2242-03-16T12:56:31Z, the latest "
            "time a tar header holds)"});
  BuildResult r = test::run(content, true);
  CHECK(test::has_code(r, "archive-time"));
  CHECK(parse_epoch("8589934591") == 8589934591LL);
  CHECK_FALSE(parse_epoch("8589934592"));
  CHECK_FALSE(parse_epoch(""));
  CHECK_FALSE(parse_epoch("+1"));
  CHECK_FALSE(parse_epoch(" 1"));
  CHECK(parse_epoch("0") == 0);
}

TEST_CASE("The register of pins is written the same way every time and read back", "[archive]") {
  Pins pins = {{2020, std::string(64, 'b')}, {2019, std::string(64, 'a')}};
  std::string text = format_pins(pins);
  CHECK(text ==
        "{\n  \"$schema\": \"../schemas/pins.schema.json\",\n  \"pins\": [\n    {\"year\": 2019, "
        "\"tagmanifest_sha256\": \"" +
            std::string(64, 'a') + "\"},\n    {\"year\": 2020, \"tagmanifest_sha256\": \"" +
            std::string(64, 'b') + "\"}\n  ]\n}\n");
  Diagnostics diags;
  CHECK(parse_pins(text, "pins.json", diags) == pins);
  CHECK_FALSE(diags.has_errors());
  parse_pins("{\"pins\": [{\"year\": 2019, \"tagmanifest_sha256\": \"" + std::string(64, 'a') +
                 "\"}, {\"year\": 2019, \"tagmanifest_sha256\": \"" + std::string(64, 'a') + "\"}]}",
             "pins.json", diags);
  REQUIRE(diags.items().size() == 1);
  CHECK(diags.items()[0].message == "plan year 2019 is pinned twice");
}

TEST_CASE("Ed25519 signatures over the tag manifest verify with the matching public key only", "[archive]") {
  const std::string key =
      "-----BEGIN PRIVATE "
      "KEY-----\nMC4CAQAwBQYDK2VwBCIEICWldMmuYx91iqG6VWJO4r37bVujVL5BlLFj6pvOxd/d\n-----END PRIVATE "
      "KEY-----\n";
  const std::string pub =
      "-----BEGIN PUBLIC KEY-----\nMCowBQYDK2VwAyEAjnOp4/o7+XAWy0kY0GYVQp3zPdsLUbLkeTVi4jPIWwQ=\n-----END "
      "PUBLIC KEY-----\n";
  const std::string other =
      "-----BEGIN PUBLIC KEY-----\nMCowBQYDK2VwAyEAxc2niQWYfuz1KDnBB1gLXHCWoATThKRLzPBsh1KAl1w=\n-----END "
      "PUBLIC KEY-----\n";
  std::string error;
  std::string signature = ed25519_sign(key, "manifest", error);
  REQUIRE(signature.size() == 64);
  CHECK(signature == ed25519_sign(key, "manifest", error));  // deterministic: reproducible bags
  CHECK(ed25519_verify(pub, "manifest", signature, error));
  CHECK_FALSE(ed25519_verify(pub, "manifest!", signature, error));
  CHECK(error == "the signature does not match the tag manifest and this public key");
  CHECK_FALSE(ed25519_verify(other, "manifest", signature, error));
  CHECK_FALSE(ed25519_verify("junk", "manifest", signature, error));
  CHECK(ed25519_sign(pub, "manifest", error).empty());
}
