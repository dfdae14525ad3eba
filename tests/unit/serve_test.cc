// The preview server: request paths that cannot escape the site, and a live server on a free port that
// rebuilds on save, keeps serving the last good build when a save breaks it, and recovers.
#include <catch2/catch.hpp>

#include <httplib.h>
#include <nlohmann/json.hpp>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <map>
#include <mutex>
#include <random>
#include <thread>

#include "serve/preview_server.h"
#include "serve/request_path.h"
#include "support.h"

using namespace insyn;
namespace fs = std::filesystem;

namespace {

using test::TempContent;

PreviewOptions options_for(const TempContent& t) {
  PreviewOptions o;
  o.content = t.content();
  o.themes = test::source_dir() + "/themes";
  o.port = 0;
  return o;
}

// Waits until the server has published a generation beyond `after`.
bool wait_for_generation(const PreviewServer& server, std::uint64_t after) {
  for (int i = 0; i < 500; ++i) {
    if (server.snapshot()->generation > after) return true;
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  return false;
}

}  // namespace

TEST_CASE("Request paths map onto site files and never leave the site root") {
  CHECK(resolve_request_path("/") == "index.html");
  CHECK(resolve_request_path("/amn/2019/vor/") == "amn/2019/vor/index.html");
  CHECK(resolve_request_path("/css/site.css?v=1#x") == "css/site.css");
  CHECK(resolve_request_path("/amn/2019/Planer%20%C3%A5r") == "amn/2019/Planer år");
  CHECK(resolve_request_path("//css//site.css") == "css/site.css");
  for (const char* evil : {"/../etc/passwd", "/%2e%2e/etc/passwd", "/%2E%2E%2Fetc%2Fpasswd",
                           "/css/..%2f..%2fsecret", "/a/./b", "/..\\\\windows", "/a%5c..%5cb", "/a%00.html",
                           "/%zz", "/%2", "/%C0%AE%C0%AE/x", "relative/path", "", "/a\nb"}) {
    CAPTURE(evil);
    CHECK_FALSE(resolve_request_path(evil));
  }
}

TEST_CASE("A folder's redirect is built from the resolved path and can only point at the same origin") {
  CHECK(folder_location("amn") == "/amn/");
  CHECK(folder_location("org/2019") == "/org/2019/");
  CHECK(folder_location("Planer år/x y") == "/Planer%20%C3%A5r/x%20y/");
  CHECK(folder_location("a?b#c%d\\e:f") == "/a%3Fb%23c%25d%5Ce%3Af/");
  CHECK(folder_location("") == "/");
  CHECK(folder_location("/evil") == "/%2Fevil/");  // never "//" even if handed a leading slash
  // Every way of asking for a folder with more slashes than one ends at the same Location.
  for (const char* target : {"//amn", "///amn", "/%2F%2Famn", "/%2f/amn", "//amn?x=//y", "/amn"}) {
    CAPTURE(target);
    std::optional<std::string> path = resolve_request_path(target);
    REQUIRE(path);
    CHECK(folder_location(*path) == "/amn/");
  }
  for (const char* target : {"/\\evil", "/%5C%5Cevil", "/%5c/evil", "/\\/evil"}) {
    CAPTURE(target);
    CHECK_FALSE(resolve_request_path(target));
  }
}

TEST_CASE("The preview server rebuilds on save, shows a broken build's diagnostics and recovers") {
  TempContent t;
  PreviewServer server(options_for(t));
  int port = server.start();
  REQUIRE(port > 0);
  httplib::Client client("127.0.0.1", port);

  auto page = client.Get("/org/2019/vor/index.html");
  REQUIRE(page);
  CHECK(page->status == 200);
  CHECK(page->get_header_value("Content-Type") == "text/html; charset=utf-8");
  CHECK(page->body.find("<script src=\"/__insyn/live.js\"></script>") != std::string::npos);

  // Listen for the reload event as an open page would.
  std::atomic<bool> got_event{false};
  std::thread listener([&] {
    httplib::Client events("127.0.0.1", port);
    events.set_read_timeout(5, 0);
    events.Get("/__insyn/events", [&](const char* data, size_t size) {
      if (std::string(data, size).find("event: build") != std::string::npos) got_event = true;
      return !got_event;
    });
  });
  std::this_thread::sleep_for(std::chrono::milliseconds(100));

  std::uint64_t before = server.snapshot()->generation;
  t.write("org/2019/vor.md", t.read("org/2019/vor.md") + "\nEtt nytt stycke om Kiruna.\n");
  REQUIRE(wait_for_generation(server, before));
  listener.join();
  CHECK(got_event);
  page = client.Get("/org/2019/vor/index.html");
  REQUIRE(page);
  CHECK(page->body.find("Ett nytt stycke om Kiruna.") != std::string::npos);

  // A save that breaks the JSON: the diagnostics are reported, the last good build is still served.
  std::string good_json = t.read("org/2019/vor.json");
  before = server.snapshot()->generation;
  t.write("org/2019/vor.json", good_json.substr(0, good_json.size() / 2));
  REQUIRE(wait_for_generation(server, before));
  auto status = client.Get("/__insyn/status");
  REQUIRE(status);
  nlohmann::json s = nlohmann::json::parse(status->body);
  CHECK(s["ok"] == false);
  CHECK(s["diagnostics"].get<std::string>().find("vor.json:") != std::string::npos);
  CHECK(s["diagnostics"].get<std::string>().find("error:") != std::string::npos);
  page = client.Get("/org/2019/vor/index.html");
  REQUIRE(page);
  CHECK(page->status == 200);
  CHECK(page->body.find("Ett nytt stycke om Kiruna.") != std::string::npos);

  before = server.snapshot()->generation;
  t.write("org/2019/vor.json", good_json);
  REQUIRE(wait_for_generation(server, before));
  status = client.Get("/__insyn/status");
  REQUIRE(status);
  CHECK(nlohmann::json::parse(status->body)["ok"] == true);
  server.stop();
}

TEST_CASE("An exception while rebuilding never ends the preview; it shows like a failed build") {
  TempContent t;
  PreviewServer server(options_for(t));
  int port = server.start();
  REQUIRE(port > 0);
  httplib::Client client("127.0.0.1", port);
  // Issue 11 item 1: this page made the Markdown renderer throw std::out_of_range (fixed at its cause
  // elsewhere); whatever a save triggers, serve must go on.
  std::uint64_t before = server.snapshot()->generation;
  t.write("p.md", "{\"title\":\"t\"}\n\n" + std::string(150, '0') + "\n<javascript:1>\n");
  REQUIRE(wait_for_generation(server, before));
  std::shared_ptr<const Snapshot> after = server.snapshot();
  INFO(after->diagnostics);
  if (!after->ok) CHECK(after->diagnostics.find("error:") != std::string::npos);
  auto page = client.Get("/org/2019/vor/");
  REQUIRE(page);
  CHECK(page->status == 200);
  before = server.snapshot()->generation;
  fs::remove(t.dir / "content/p.md");
  t.write("org/2019/vor.md", t.read("org/2019/vor.md") + "\nIgen.\n");
  REQUIRE(wait_for_generation(server, before));
  std::this_thread::sleep_for(std::chrono::milliseconds(60));
  CHECK(server.snapshot()->ok);
  server.stop();
}

TEST_CASE("The preview server answers only GET and HEAD, with ETags, 404s and no path escapes") {
  TempContent t;
  // Published under /amn/, previewed at /: the 404 page's links are rewritten to start from /.
  std::string site = t.read("site.json");
  t.write("site.json", site.replace(site.find("\"title\""), 0, "\"base_path\": \"/amn/\",\n  "));
  PreviewServer server(options_for(t));
  int port = server.start();
  REQUIRE(port > 0);
  httplib::Client client("127.0.0.1", port);

  auto css = client.Get("/css/site.css");
  REQUIRE(css);
  CHECK(css->status == 200);
  CHECK(css->get_header_value("Content-Type") == "text/css; charset=utf-8");
  std::string etag = css->get_header_value("ETag");
  REQUIRE(!etag.empty());
  auto again = client.Get("/css/site.css", {{"If-None-Match", etag}});
  REQUIRE(again);
  CHECK(again->status == 304);
  CHECK(again->body.empty());

  auto head = client.Head("/org/2019/index.html");
  REQUIRE(head);
  CHECK(head->status == 200);
  CHECK(head->body.empty());
  auto post = client.Post("/org/2019/index.html", "x", "text/plain");
  REQUIRE(post);
  CHECK(post->status == 405);

  auto csv = client.Get("/org/2019/data/vor.csv");
  REQUIRE(csv);
  CHECK(csv->get_header_value("Content-Type") == "text/csv; charset=utf-8");
  auto folder = client.Get("/org/2019");
  REQUIRE(folder);
  CHECK(folder->status == 301);
  CHECK(folder->get_header_value("Location") == "/org/2019/");
  // A browser reads "//org/2019/" as the host "org": every redirect stays on this origin.
  for (const char* target :
       {"//org/2019", "///org//2019", "/%2F%2Forg/2019", "/%2f/org%2F2019", "//org/2019?a=//b"}) {
    CAPTURE(target);
    auto r = client.Get(target);
    REQUIRE(r);
    CHECK(r->status == 301);
    CHECK(r->get_header_value("Location") == "/org/2019/");
  }
  for (const char* target : {"/\\org/2019", "/%5C%5Corg/2019", "/%5corg"}) {
    CAPTURE(target);
    auto r = client.Get(target);
    REQUIRE(r);
    CHECK(r->status == 400);
    CHECK(!r->has_header("Location"));
  }
  auto missing = client.Get("/nothing/here.html");
  REQUIRE(missing);
  CHECK(missing->status == 404);
  CHECK(missing->body.find("<h1>Sidan finns inte</h1>") != std::string::npos);  // the theme's 404 page
  // Its links start from the preview's root, however deep the missing path (no <base>: it would
  // send the skip link "#main" to the home page).
  CHECK(missing->body.find("<link rel=\"stylesheet\" href=\"/css/site.css\">") != std::string::npos);
  CHECK(missing->body.find("<a href=\"/index.html\">") != std::string::npos);
  CHECK(missing->body.find("<base") == std::string::npos);
  for (const char* evil :
       {"/%2e%2e/%2e%2e/etc/passwd", "/..%2f..%2fetc%2fpasswd", "/a%00b", "/%5c..%5csite.json"}) {
    CAPTURE(evil);
    auto r = client.Get(evil);
    REQUIRE(r);
    CHECK((r->status == 400 || r->status == 404));
    CHECK(r->body.find("risk_model") == std::string::npos);
  }
  server.stop();
}

TEST_CASE("After any sequence of edits the served site equals a fresh build") {
  TempContent t;
  PreviewServer server(options_for(t));
  REQUIRE(server.start() > 0);
  std::mt19937 random(20191);  // fixed seed: the sequence is reproducible
  const std::string vor = t.read("org/2019/vor.json");
  const std::string md = t.read("org/2019/vor.md");
  for (int step = 0; step < 12; ++step) {
    std::uint64_t before = server.snapshot()->generation;
    switch (random() % 4) {
      case 0:
        t.write("org/2019/vor.md", md + "\nSteg " + std::to_string(step) + ".\n");
        break;
      case 1: {
        std::string edited = vor;
        size_t at = edited.find("\"probability\": ");
        REQUIRE(at != std::string::npos);
        edited[at + 15] = static_cast<char>('1' + random() % 5);
        t.write("org/2019/vor.json", edited);
        break;
      }
      case 2:
        t.write("org/2019/vor.json", "{ broken");
        break;
      default:
        t.write("org/2019/vor.json", vor);
        break;
    }
    REQUIRE(wait_for_generation(server, before));
    // Let a burst settle: the watcher may see the write as more than one change.
    std::this_thread::sleep_for(std::chrono::milliseconds(60));
    std::shared_ptr<const Snapshot> served = server.snapshot();
    BuildResult fresh = test::run(test::load_fixture_from(t.content()), true);
    CAPTURE(step);
    CHECK(served->ok == (fresh.ok() && !fresh.files.empty()));
    if (!served->ok) continue;
    auto expected = serve_files(fresh.files);
    REQUIRE(served->files.size() == expected.size());
    for (const auto& [path, file] : expected) {
      auto it = served->files.find(path);
      REQUIRE(it != served->files.end());
      CHECK(it->second->bytes == file->bytes);
    }
  }
  server.stop();
}

// Compares the served site with a fresh full build of the same content, file by file.
void check_served_equals_fresh(const PreviewServer& server, const TempContent& t) {
  std::shared_ptr<const Snapshot> served = server.snapshot();
  BuildResult fresh = test::run(test::load_fixture_from(t.content()), true);
  CHECK(served->ok == (fresh.ok() && !fresh.files.empty()));
  if (!served->ok) return;
  auto expected = serve_files(fresh.files);
  REQUIRE(served->files.size() == expected.size());
  for (const auto& [path, file] : expected) {
    auto it = served->files.find(path);
    REQUIRE(it != served->files.end());
    CAPTURE(path);
    CHECK(it->second->bytes == file->bytes);
  }
}

TEST_CASE("Editing a page's text re-renders only that page, and any other edit still equals a fresh build") {
  TempContent t("tests/fixtures/pages");
  PreviewServer server(options_for(t));
  REQUIRE(server.start() > 0);
  const std::string page = t.read("riskanalys/r00001.md");
  auto edit = [&](const std::string& rel, const std::string& text) {
    std::uint64_t before = server.snapshot()->generation;
    t.write(rel, text);
    REQUIRE(wait_for_generation(server, before));
    std::this_thread::sleep_for(std::chrono::milliseconds(60));  // let a burst settle
  };

  SECTION("a text edit shares every other file with the previous build") {
    std::shared_ptr<const Snapshot> before = server.snapshot();
    edit("riskanalys/r00001.md", page + "\nEn ny mening.\n");
    std::shared_ptr<const Snapshot> after = server.snapshot();
    CHECK(after->files.at("riskanalys/r00001/index.html")->bytes.find("En ny mening.") != std::string::npos);
    CHECK(after->files.at("riskanalys/r00001/index.html") !=
          before->files.at("riskanalys/r00001/index.html"));
    // The same objects, not equal copies: nothing else was rendered again.
    CHECK(after->files.at("riskanalys/index.html") == before->files.at("riskanalys/index.html"));
    CHECK(after->files.at("index.html") == before->files.at("index.html"));
    check_served_equals_fresh(server, t);
  }

  SECTION("random edits of text, titles, scores, tags, new and broken pages") {
    std::mt19937 random(20211);  // fixed seed: the sequence is reproducible
    for (int step = 0; step < 14; ++step) {
      std::string n = std::to_string(step);
      switch (random() % 7) {
        case 0:
          edit("riskanalys/r00001.md", t.read("riskanalys/r00001.md") + "\nSteg " + n + ".\n");
          break;
        case 1: {  // a new title: the section list and the tag pages change too
          std::string text = t.read("riskanalys/r00004.md");
          size_t at = text.find("\"title\": \"");
          REQUIRE(at != std::string::npos);
          edit("riskanalys/r00004.md", text.insert(at + 10, "Steg " + n + " "));
          break;
        }
        case 2:
          edit("projekt/r00003.md", "{\"title\": \"Ny " + n +
                                        "\", \"probability\": " + std::to_string(1 + random() % 5) +
                                        ", \"consequence\": 2, \"tags\": [\"t" + n + "\"]}\n\nText.\n");
          break;
        case 3:
          edit("projekt/ny" + n + ".md", "{\"title\": \"Helt ny " + n + "\"}\n\nText.\n");
          break;
        case 4:
          edit("internkontroll/r00002.md", "{ broken");
          break;
        case 5:
          edit("internkontroll/r00002.md", page);
          break;
        default:
          edit("riskanalys/_index.md", "{\"title\": \"Risker " + n + "\"}\n\nIntro.\n");
          break;
      }
      CAPTURE(step);
      check_served_equals_fresh(server, t);
    }
  }
  server.stop();
}

// The folder as `insyn build` would leave it: every file by path, without the marker file.
std::map<std::string, std::string> read_tree(const fs::path& root) {
  std::map<std::string, std::string> out;
  for (const auto& entry : fs::recursive_directory_iterator(root)) {
    if (!entry.is_regular_file() || entry.path().filename() == ".insyn-output") continue;
    std::ifstream in(entry.path(), std::ios::binary);
    out[fs::relative(entry.path(), root).generic_string()] =
        std::string(std::istreambuf_iterator<char>(in), {});
  }
  return out;
}

TEST_CASE("Asked to, the preview also writes every good build to a folder, as insyn build does") {
  TempContent t;
  PreviewOptions options = options_for(t);
  options.write_to = (t.dir / "public").string();
  std::vector<std::string> notes;
  std::atomic<int> builds_done{0};  // counted after the write: the server writes to disk after publishing
  PreviewServer server(options);
  server.on_build([&](const Snapshot&, const std::string& written) {
    notes.push_back(written);
    ++builds_done;
  });
  REQUIRE(server.start() > 0);
  // Waits until a build after the `done`th was written and no other build followed for 100 ms (the
  // reload event comes before the write, by design, so the generation alone does not say it is on disk).
  auto wait_for_write = [&](int done) {
    for (int i = 0; i < 100; ++i) {
      std::uint64_t generation = server.snapshot()->generation;
      int written = builds_done;
      std::this_thread::sleep_for(std::chrono::milliseconds(100));
      if (written > done && written == builds_done && generation == server.snapshot()->generation)
        return true;
    }
    return false;
  };
  auto matches_fresh_build = [&] {
    BuildResult fresh = test::run(test::load_fixture_from(t.content()), true);
    REQUIRE(fresh.ok());
    std::map<std::string, std::string> expected;
    for (const OutputFile& f : fresh.files) expected[f.path] = f.bytes;
    return read_tree(t.dir / "public") == expected;
  };
  CHECK(matches_fresh_build());
  REQUIRE(!notes.empty());
  CHECK(notes.back().find("wrote ") == 0);
  // No reload script on disk: that is only for the preview.
  CHECK(read_tree(t.dir / "public").at("index.html").find("/__insyn/live.js") == std::string::npos);

  const std::string md = t.read("org/2019/vor.md");
  std::uint64_t before = server.snapshot()->generation;
  int done = builds_done;
  t.write("org/2019/vor.md", md + "\nSkrivet till disk.\n");
  REQUIRE(wait_for_generation(server, before));
  REQUIRE(wait_for_write(done));
  CHECK(matches_fresh_build());
  CHECK(read_tree(t.dir / "public").at("org/2019/vor/index.html").find("Skrivet till disk.") !=
        std::string::npos);

  // A broken save leaves the folder with the last good build.
  std::map<std::string, std::string> good = read_tree(t.dir / "public");
  before = server.snapshot()->generation;
  done = builds_done;
  t.write("org/2019/vor.json", "{ broken");
  REQUIRE(wait_for_generation(server, before));
  REQUIRE(wait_for_write(done));  // a failed build writes nothing, but its turn must be over
  CHECK_FALSE(server.snapshot()->ok);
  CHECK(read_tree(t.dir / "public") == good);
  server.stop();
}

TEST_CASE("Editing one plan year re-renders that year and the shared pages, keeping the other years'") {
  TempContent t;
  fs::copy(t.dir / "content/org/2019", t.dir / "content/org/2020", fs::copy_options::recursive);
  std::string plan = t.read("org/2020/plan.json");
  plan.replace(plan.find("2019"), 4, "2020");
  plan.replace(plan.find("2019"), 4, "2020");
  t.write("org/2020/plan.json", plan);
  PreviewServer server(options_for(t));
  REQUIRE(server.start() > 0);
  std::shared_ptr<const Snapshot> before = server.snapshot();
  REQUIRE(before->ok);
  REQUIRE(before->files.count("org/2020/vor/index.html"));

  std::string vor = t.read("org/2019/vor.json");
  size_t at = vor.find("\"probability\": 3");
  REQUIRE(at != std::string::npos);
  vor[at + 15] = '5';
  vor.replace(vor.find("\"rv\": 12"), 8, "\"rv\": 20");
  t.write("org/2019/vor.json", vor);
  REQUIRE(wait_for_generation(server, before->generation));
  std::this_thread::sleep_for(std::chrono::milliseconds(60));
  std::shared_ptr<const Snapshot> after = server.snapshot();
  INFO("generation " << after->generation << " ok " << after->ok << ": " << after->diagnostics);
  // 2020's pages are the very same objects; 2019's and the board's comparison were rendered again.
  CHECK(after->files.at("org/2020/vor/index.html") == before->files.at("org/2020/vor/index.html"));
  CHECK(after->files.at("org/2019/vor/index.html") != before->files.at("org/2019/vor/index.html"));
  CHECK(after->files.at("org/jamforelse/index.html")->bytes !=
        before->files.at("org/jamforelse/index.html")->bytes);
  check_served_equals_fresh(server, t);

  // A year's document removed: its pages go; a broken file: a full build reports it.
  fs::remove(t.dir / "content/org/2019/projekt.json");
  std::uint64_t generation = server.snapshot()->generation;
  t.write("org/2019/vor.md", t.read("org/2019/vor.md") + "\nMer.\n");
  REQUIRE(wait_for_generation(server, generation));
  std::this_thread::sleep_for(std::chrono::milliseconds(60));
  CHECK_FALSE(server.snapshot()->files.count("org/2019/projekt/index.html"));
  check_served_equals_fresh(server, t);
  server.stop();
}

// Hidden from the default run (it takes 20 s); ctest runs it as its own test, "serve_load".
TEST_CASE("Under load while the content keeps changing, every response is whole and from one build",
          "[.][load]") {
  TempContent t;
  PreviewServer server(options_for(t));
  int port = server.start();
  REQUIRE(port > 0);
  std::vector<std::string> paths;
  for (const auto& [path, file] : server.snapshot()->files) paths.push_back("/" + path);
  const std::vector<std::string> evil = {"/%2e%2e/%2e%2e/etc/passwd", "/..%2fsite.json", "/a%00",
                                         "/%5c%5c..%5c"};

  std::atomic<bool> running{true};
  std::atomic<int> requests{0}, failures{0}, torn{0}, escapes{0};
  std::vector<std::thread> clients;
  for (int c = 0; c < 4; ++c) {
    clients.emplace_back([&, c] {
      httplib::Client client("127.0.0.1", port);
      client.set_keep_alive(true);
      for (size_t i = c; running; ++i) {
        bool attack = i % 10 == 9;
        const std::string& path = attack ? evil[i % evil.size()] : paths[i % paths.size()];
        auto r = client.Get(path);
        ++requests;
        if (!r) {
          ++failures;
          continue;
        }
        if (attack) {
          if (r->status != 400 && r->status != 404) ++escapes;
          continue;
        }
        if (r->status != 200) ++failures;
        // A response mixing two builds would not match its own ETag, or would be cut short.
        else if (r->get_header_value("ETag") != etag_for(r->body))
          ++torn;
        else if (path.ends_with(".html") && !r->body.ends_with("</html>\n"))
          ++torn;
      }
    });
  }
  const std::string md = t.read("org/2019/vor.md");
  // 20 s of saves, longer (up to 90 s) until there were more than 10 builds: an instrumented build on a
  // busy machine builds slower, and the point is many rebuilds under load, not a number of seconds.
  auto start = std::chrono::steady_clock::now();
  auto busy = [&] {
    auto now = std::chrono::steady_clock::now();
    return now < start + std::chrono::seconds(20) ||
           (server.snapshot()->generation <= 10 && now < start + std::chrono::seconds(90));
  };
  for (int version = 0; busy(); ++version) {
    t.write("org/2019/vor.md", md + "\nVersion " + std::to_string(version) + ".\n");
    std::this_thread::sleep_for(std::chrono::milliseconds(40));
  }
  running = false;
  for (std::thread& c : clients) c.join();
  server.stop();
  INFO(requests << " requests");
  CHECK(requests > 1000);
  CHECK(failures == 0);
  CHECK(torn == 0);
  CHECK(escapes == 0);
  CHECK(server.snapshot()->generation > 10);  // it really rebuilt many times meanwhile
}

namespace {

// A plain loopback connection for the load test: event streams and slow clients are raw sockets.
int connect_loopback(int port) {
  int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_port = htons(static_cast<std::uint16_t>(port));
  address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  if (fd >= 0 && ::connect(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0) return fd;
  if (fd >= 0) ::close(fd);
  return -1;
}

bool send_text(int fd, const std::string& text) {
  return ::send(fd, text.data(), text.size(), MSG_NOSIGNAL) == static_cast<ssize_t>(text.size());
}

double percentile(std::vector<double> values, double p) {
  if (values.empty()) return 0;
  std::sort(values.begin(), values.end());
  return values[std::min(values.size() - 1, static_cast<size_t>(p * static_cast<double>(values.size())))];
}

}  // namespace

// Issue 11, item 16: open pages and slow clients must not cost the preview its answers. Hidden from the
// default run (it takes about 15 s); ctest runs it as part of "serve_load".
TEST_CASE("200 open event streams, 100 slow clients and edits leave every GET answered within 100 ms",
          "[.][load]") {
  TempContent t;
  PreviewServer server(options_for(t));
  int port = server.start();
  REQUIRE(port > 0);
  std::vector<std::string> paths;
  for (const auto& [path, file] : server.snapshot()->files) paths.push_back("/" + path);

  // 200 open pages listening for reloads.
  constexpr int kStreams = 200, kSlow = 100;
  std::vector<int> streams;
  for (int i = 0; i < kStreams; ++i) {
    int fd = connect_loopback(port);
    REQUIRE(fd >= 0);
    REQUIRE(send_text(
        fd, "GET /__insyn/events HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: text/event-stream\r\n\r\n"));
    streams.push_back(fd);
  }
  std::atomic<bool> running{true};
  std::vector<int> events_seen(kStreams, 0);
  std::vector<bool> stream_closed(kStreams, false);
  std::thread listener([&] {
    std::vector<std::string> tails(kStreams);
    while (running) {
      std::vector<pollfd> fds;
      for (int fd : streams) fds.push_back({fd, POLLIN, 0});
      if (::poll(fds.data(), fds.size(), 50) <= 0) continue;
      for (int i = 0; i < kStreams; ++i) {
        if (!(fds[i].revents & (POLLIN | POLLHUP | POLLERR)) || stream_closed[i]) continue;
        char buffer[4096];
        ssize_t n = ::recv(streams[i], buffer, sizeof buffer, MSG_DONTWAIT);
        if (n <= 0) {
          stream_closed[i] = true;
          continue;
        }
        tails[i].append(buffer, n);
        for (size_t at; (at = tails[i].find("event: build")) != std::string::npos;) {
          ++events_seen[i];
          tails[i].erase(0, at + 12);
        }
        if (tails[i].size() > 64) tails[i].erase(0, tails[i].size() - 64);
      }
    }
  });

  // 100 slowloris clients: each sends a header line now and then and never finishes its request.
  std::atomic<int> slow_reconnects{0};
  std::thread slow([&] {
    std::vector<int> fds(kSlow, -1);
    while (running) {
      for (int& fd : fds) {
        if (fd >= 0 && send_text(fd, "X-Slow: 1\r\n")) continue;
        if (fd >= 0) {
          ::close(fd);
          ++slow_reconnects;
        }
        fd = connect_loopback(port);
        if (fd >= 0) send_text(fd, "GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n");
      }
      for (int i = 0; i < 10 && running; ++i) std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    for (int fd : fds) {
      if (fd >= 0) ::close(fd);
    }
  });

  // Ordinary GETs, each timed; one that takes over a second counts as unanswered.
  std::mutex latencies_mutex;
  std::vector<double> latencies;
  // A GET over 100 ms is the server's fault unless the machine stalled meanwhile (2 cores shared with
  // parallel builds): a probe thread that sleeps 1 ms records every wake-up 20 ms late or more, and a
  // slow GET within 100 ms of such a stall is reported but not failed.
  using Clock = std::chrono::steady_clock;
  std::vector<std::pair<Clock::time_point, Clock::time_point>> stalls, slow_gets;
  std::atomic<bool> probing{true};
  std::thread probe([&] {
    while (probing) {
      auto begin = Clock::now();
      std::this_thread::sleep_for(std::chrono::milliseconds(1));
      if (Clock::now() - begin >= std::chrono::milliseconds(20)) {
        std::lock_guard lock(latencies_mutex);
        stalls.emplace_back(begin, Clock::now());
      }
    }
  });
  auto record = [&](Clock::time_point begin) {
    Clock::time_point end = Clock::now();
    std::lock_guard lock(latencies_mutex);
    latencies.push_back(std::chrono::duration<double, std::milli>(end - begin).count());
    if (end - begin >= std::chrono::milliseconds(100)) slow_gets.emplace_back(begin, end);
  };
  std::atomic<int> unanswered{0}, wrong{0};
  auto timed_gets = [&](size_t first, const std::atomic<bool>& go_on) {
    httplib::Client client("127.0.0.1", port);
    client.set_connection_timeout(1, 0);
    client.set_read_timeout(1, 0);
    for (size_t i = first; go_on; i += 7) {
      // Paced like a browser rather than flat out: a thread that never sleeps is the one the scheduler
      // holds back, and its waiting would be counted as the server's.
      std::this_thread::sleep_for(std::chrono::milliseconds(1));
      const std::string& path = paths[i % paths.size()];
      auto begin = Clock::now();
      auto r = client.Get(path);
      if (!r) {
        ++unanswered;
        continue;
      }
      record(begin);
      if (r->status != 200 || r->get_header_value("ETag") != etag_for(r->body)) ++wrong;
    }
  };
  std::vector<std::thread> getters;
  for (size_t g = 0; g < 2; ++g) getters.emplace_back(timed_gets, g, std::cref(running));

  // Edits while all that goes on: every open page must hear about them.
  const std::string md = t.read("org/2019/vor.md");
  std::uint64_t first_generation = server.snapshot()->generation;
  // 12 s of saves, longer (up to 60 s) until there were more than 10 builds (instrumented builds are slow).
  auto start = std::chrono::steady_clock::now();
  auto busy = [&] {
    auto now = std::chrono::steady_clock::now();
    return now < start + std::chrono::seconds(12) ||
           (server.snapshot()->generation - first_generation <= 10 && now < start + std::chrono::seconds(60));
  };
  for (int version = 0; busy(); ++version) {
    t.write("org/2019/vor.md", md + "\nVersion " + std::to_string(version) + ".\n");
    std::this_thread::sleep_for(std::chrono::milliseconds(200));
  }
  std::this_thread::sleep_for(std::chrono::milliseconds(500));  // the last build's event
  running = false;
  for (std::thread& g : getters) g.join();
  slow.join();
  listener.join();
  int heard = 0, open = 0;
  for (int i = 0; i < kStreams; ++i) {
    heard += events_seen[i] > 0;
    open += !stream_closed[i];
  }

  // The pages close; the server answers at once, not after its timeouts.
  for (int fd : streams) ::close(fd);
  std::vector<double> before_close;
  {
    std::lock_guard lock(latencies_mutex);
    before_close = latencies;
    latencies.clear();
  }
  std::thread after([&] {
    httplib::Client client("127.0.0.1", port);
    client.set_connection_timeout(1, 0);
    client.set_read_timeout(1, 0);
    for (int i = 0; i < 50; ++i) {
      auto begin = Clock::now();
      auto r = client.Get(paths[i % paths.size()]);
      if (!r)
        ++unanswered;
      else
        record(begin);
    }
  });
  after.join();
  probing = false;
  probe.join();
  std::uint64_t builds = server.snapshot()->generation - first_generation;
  ConnectionLoop::Counts counts = server.connection_counts();
  server.stop();

  WARN("GET latency under load over "
       << before_close.size() << " requests: p50 " << percentile(before_close, 0.5) << " ms, p99 "
       << percentile(before_close, 0.99) << " ms, max " << percentile(before_close, 1.0)
       << " ms; after the streams closed: max " << percentile(latencies, 1.0) << " ms; " << unanswered
       << " unanswered; " << builds << " builds; " << heard << "/" << kStreams << " streams heard a build, "
       << open << " still open; slow clients cut off " << slow_reconnects << " times; " << slow_gets.size()
       << " GETs of 100 ms or more, " << stalls.size() << " machine stalls of 20 ms or more");
  CHECK(unanswered == 0);
  CHECK(wrong == 0);
  CHECK(before_close.size() > 200);
  int unexcused = 0;
  for (const auto& [begin, end] : slow_gets) {
    // Within 100 ms of a stall: on 2 shared cores the probe and the server's threads wait in turn.
    auto margin = std::chrono::milliseconds(100);
    bool machine = std::any_of(stalls.begin(), stalls.end(), [&](const auto& st) {
      return st.first < end + margin && begin < st.second + margin;
    });
    unexcused += !machine;
  }
  INFO(slow_gets.size() << " GETs took 100 ms or more; the machine stalled " << stalls.size() << " times");
  INFO("the server's slowest answer: " << counts.slowest_answer.count() / 1000.0 << " ms over "
                                       << counts.answered);
  WARN(
      unexcused << " GETs over 100 ms without a machine stall nearby; the server's slowest answer (last head "
                << "byte read to last response byte sent) " << counts.slowest_answer.count() / 1000.0
                << " ms");
  CHECK(counts.answered >= before_close.size());
  CHECK(counts.timed_out > 0);  // the slow clients, after their 3 s
#ifndef __SANITIZE_ADDRESS__    // instrumented builds run several times slower: no latency bound there
  // Every GET within 100 ms: measured by the server (the clients share 2 cores with parallel builds,
  // and their own waits for a CPU are not the server's), and 99 % of them also as the clients see it.
  CHECK(counts.slowest_answer < std::chrono::milliseconds(100));
  CHECK(percentile(before_close, 0.99) < 100);
#endif
  CHECK(builds > 10);
  CHECK(heard == kStreams);
  CHECK(open == kStreams);
  CHECK(slow_reconnects > 0);  // the server cut the slow clients off rather than wait for them
}
