#include "serve/preview_server.h"

#include <exception>

#include <httplib.h>

#include <nlohmann/json.hpp>

#include <sys/resource.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <set>
#include <utility>

#include "core/filesystem.h"
#include "core/html.h"
#include "render/pipeline.h"
#include "serve/connection_loop.h"
#include "serve/live_script.h"
#include "serve/request_path.h"
#include "serve/watcher.h"
#include "site/writer.h"

namespace insyn {

// cpp-httplib parses requests and writes responses in memory: the connection loop has read the request
// and sends the response, so a worker never waits for a client. Only process_request (protected) is
// used, one request per connection.
class PreviewHttp final : public httplib::Server {
 public:
  std::string answer(std::string received) {
    MemoryStream stream(std::move(received));
    bool closed = false;
    process_request(stream, true, closed, nullptr);
    return std::move(stream.out);
  }

 private:
  class MemoryStream final : public httplib::Stream {
   public:
    explicit MemoryStream(std::string received) : in_(std::move(received)) {}
    bool is_readable() const override { return at_ < in_.size(); }
    bool is_writable() const override { return true; }
    ssize_t read(char* ptr, size_t size) override {
      size_t n = std::min(size, in_.size() - at_);
      if (n == 0) return -1;  // a body that did not come with the head is not waited for (GET/HEAD only)
      in_.copy(ptr, n, at_);
      at_ += n;
      return static_cast<ssize_t>(n);
    }
    ssize_t write(const char* ptr, size_t size) override {
      out.append(ptr, size);
      return static_cast<ssize_t>(size);
    }
    void get_remote_ip_and_port(std::string& ip, int& port) const override {
      ip.clear();
      port = 0;
    }
    void get_local_ip_and_port(std::string& ip, int& port) const override {
      ip.clear();
      port = 0;
    }
    socket_t socket() const override { return INVALID_SOCKET; }
    std::string out;

   private:
    std::string in_;
    size_t at_ = 0;
  };
};

namespace {

std::string build_event(std::uint64_t generation) {
  std::string n = std::to_string(generation);
  // The id lets a reconnecting EventSource say which build it saw last (Last-Event-ID).
  return "id: " + n + "\nevent: build\ndata: {\"generation\": " + n + "}\n\n";
}

// The value of a header in a request head, or "" (names are case-insensitive).
std::string header_value(std::string_view head, std::string_view name) {
  std::string lower(head);
  for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  std::string key = "\r\n" + std::string(name) + ":";
  for (char& c : key) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  size_t at = lower.find(key);
  if (at == std::string::npos) return "";
  size_t begin = head.find_first_not_of(" \t", at + key.size());
  size_t end = head.find("\r\n", at + key.size());
  if (begin == std::string::npos || end == std::string::npos || begin >= end) return "";
  return std::string(head.substr(begin, end - begin));
}

std::string status_json(const Snapshot& s) {
  return nlohmann::json{{"generation", s.generation}, {"ok", s.ok}, {"diagnostics", s.diagnostics}}.dump();
}

}  // namespace

PreviewServer::PreviewServer(PreviewOptions options) : options_(std::move(options)) {}

PreviewServer::~PreviewServer() { stop(); }

ConnectionLoop::Counts PreviewServer::connection_counts() const {
  return loop_ ? loop_->counts() : ConnectionLoop::Counts{};
}

std::shared_ptr<const Snapshot> PreviewServer::snapshot() const {
  std::lock_guard lock(mutex_);
  return current_;
}

void PreviewServer::publish(std::shared_ptr<const Snapshot> next) {
  std::shared_ptr<const Snapshot> replaced;
  {
    std::lock_guard lock(mutex_);
    replaced = std::exchange(current_, next);
  }
  // The replaced build is freed here, outside the lock: freeing thousands of files under it, on this
  // low-priority thread, held every request waiting for snapshot() (370 ms seen under load).
  replaced.reset();
  if (loop_) loop_->broadcast(next->generation, build_event(next->generation));
  // After the reload event, so that writing the site to disk never delays the preview.
  std::string written = write_out(*next);
  if (on_build_) on_build_(*next, written);
}

std::string PreviewServer::write_out(const Snapshot& snapshot) const {
  if (options_.write_to.empty() || !snapshot.ok) return "";
  OutputFiles files = built_files(snapshot);
  std::string error = write_site(files, options_.write_to, options_.content);
  if (!error.empty()) return options_.write_to + ": error: " + error;
  return "wrote " + std::to_string(files.size()) + " files to " + options_.write_to + "/";
}

void PreviewServer::rebuild(const std::set<std::string>* changed) {
  // No input may end the preview: a build that throws is a failed build, shown in the overlay, and
  // the last good site stays served.
  try {
    if (changed && model_ && (patch(*changed) || patch_plan_years(*changed))) return;
    full_rebuild();
  } catch (const std::exception& e) {
    auto next = std::make_shared<Snapshot>();
    std::shared_ptr<const Snapshot> previous = snapshot();
    next->generation = previous ? previous->generation + 1 : 1;
    next->ok = false;
    next->diagnostics = std::string("error: internal error while building: ") + e.what() +
                        "\nhint: this is a bug in insyn; please report it with the file you saved\n";
    if (previous) {
      next->files = previous->files;
      next->base_path = previous->base_path;
    }
    model_.reset();
    publish(std::move(next));
  }
}

void PreviewServer::full_rebuild() {
  DiskFileSystem content(options_.content);
  DiskFileSystem themes(options_.themes);
  BuildResult result = run_pipeline({.content = &content,
                                     .content_root = options_.content,
                                     .themes = &themes,
                                     .themes_root = options_.themes},
                                    true);
  auto next = std::make_shared<Snapshot>();
  std::shared_ptr<const Snapshot> previous = snapshot();
  next->generation = previous ? previous->generation + 1 : 1;
  next->ok = result.ok() && !result.files.empty();
  // Errors and warnings, as `insyn build` prints them without --verbose.
  next->diagnostics = format_diagnostics(result.diagnostics.without_infos(), result.tree.source_lookup());
  model_.reset();
  if (next->ok) {
    next->base_path = result.site->config.base_path;
    next->files = serve_files(std::move(result.files));
    model_ = std::make_unique<PreviewModel>(PreviewModel{std::move(*result.site), std::move(*result.theme), {}});
    for (const Diagnostic& d : result.diagnostics.items()) model_->files_with_findings.insert(d.loc.file);
  } else if (previous) {
    next->files = previous->files;  // keep serving the last good build
    next->base_path = previous->base_path;
  }
  publish(std::move(next));
}

bool PreviewServer::patch(const std::set<std::string>& changed) {
  std::shared_ptr<const Snapshot> previous = snapshot();
  if (!previous || !previous->ok) return false;
  std::optional<OutputFiles> files = patch_pages(*model_, options_.content, changed);
  if (!files) return false;
  auto next = std::make_shared<Snapshot>(*previous);  // shares every unchanged file
  next->generation = previous->generation + 1;
  for (OutputFile& f : *files) {
    std::string path = f.path;
    next->files[path] = serve_file(std::move(f));
  }
  publish(std::move(next));
  return true;
}

bool PreviewServer::patch_plan_years(const std::set<std::string>& changed) {
  std::shared_ptr<const Snapshot> previous = snapshot();
  if (!previous || !previous->ok) return false;
  std::optional<YearPatch> patch = patch_years(*model_, options_.content, options_.themes, changed);
  if (!patch) return false;
  auto next = std::make_shared<Snapshot>();
  next->generation = previous->generation + 1;
  next->base_path = previous->base_path;
  next->diagnostics = std::move(patch->diagnostics);
  // The other years' pages stay as they were; everything else is what was just rendered. A file is
  // kept when one of the folders above it is (each kept folder ends in '/').
  std::set<std::string> kept(patch->kept_dirs.begin(), patch->kept_dirs.end());
  auto is_kept = [&kept](const std::string& path) {
    for (size_t slash = path.find('/'); slash != std::string::npos; slash = path.find('/', slash + 1)) {
      if (kept.count(path.substr(0, slash + 1))) return true;
    }
    return false;
  };
  for (const auto& [path, file] : previous->files) {
    if (is_kept(path)) next->files.emplace_hint(next->files.end(), path, file);
  }
  for (OutputFile& f : patch->files) {
    std::string path = f.path;
    // A file with the same bytes keeps its served form: no hashing for its ETag (most of the search
    // index, the register and the pages around the saved one stay the same after a save).
    auto same = previous->files.find(path);
    if (same != previous->files.end() && same->second->has_built_bytes(f.bytes)) {
      next->files[path] = same->second;
      continue;
    }
    next->files[path] = serve_file(std::move(f));
  }
  publish(std::move(next));
  return true;
}

void PreviewServer::install_routes() {
  httplib::Server& http = *http_;
  // Only GET and HEAD (httplib answers HEAD from the GET routes).
  http.set_pre_routing_handler([](const httplib::Request& req, httplib::Response& res) {
    if (req.method == "GET" || req.method == "HEAD") return httplib::Server::HandlerResponse::Unhandled;
    res.status = 405;
    res.set_header("Allow", "GET, HEAD");
    res.set_content("method not allowed\n", "text/plain; charset=utf-8");
    return httplib::Server::HandlerResponse::Handled;
  });
  http.Get("/__insyn/live.js", [](const httplib::Request&, httplib::Response& res) {
    res.set_header("Cache-Control", "no-store");
    res.set_content(kLiveScript, "text/javascript; charset=utf-8");
  });
  http.Get("/__insyn/status", [this](const httplib::Request&, httplib::Response& res) {
    res.set_header("Cache-Control", "no-store");
    res.set_content(status_json(*snapshot()), "application/json; charset=utf-8");
  });
  http.Get(".*", [this](const httplib::Request& req, httplib::Response& res) {
    std::optional<std::string> path = resolve_request_path(req.target);
    if (!path) {
      res.status = 400;
      res.set_content("bad request path\n", "text/plain; charset=utf-8");
      return;
    }
    std::shared_ptr<const Snapshot> snap = snapshot();
    if (snap->files.empty()) {
      // Nothing has ever built: show why, and reload when a save fixes it.
      res.status = 503;
      res.set_header("Cache-Control", "no-store");
      res.set_content("<!DOCTYPE html><html lang=\"en\"><meta charset=\"utf-8\"><title>insyn: build failed</title>"
                      "<body><pre>" + html_escape(snap->diagnostics) + "</pre><script src=\"/__insyn/live.js\"></script>"
                      "</body></html>\n",
                      "text/html; charset=utf-8");
      return;
    }
    auto it = snap->files.find(*path);
    if (it == snap->files.end()) {
      // A folder without its slash: send the browser to the folder so relative links work.
      if (snap->files.count(*path + "/index.html")) {
        res.status = 301;
        // From the resolved path, never from the request: "//evil" must not become "//evil/".
        res.set_header("Location", folder_location(*path));
        return;
      }
      res.status = 404;
      auto page = snap->files.find("404.html");
      if (page != snap->files.end()) {
        // Its links start from the site's base path (absolute, so they hold at any depth); the
        // preview serves the site at "/" instead. base_path is validated to plain path segments.
        std::string html = page->second->bytes;
        const std::string& base = snap->base_path;
        if (!base.empty() && base != "/") {
          for (size_t at = html.find("\"" + base); at != std::string::npos;
               at = html.find("\"" + base, at + 2)) {
            html.replace(at, base.size() + 1, "\"/");
          }
        }
        res.set_content(html, page->second->content_type);
      }
      else res.set_content("not found\n", "text/plain; charset=utf-8");
      return;
    }
    const ServedFile& file = *it->second;
    res.set_header("ETag", file.etag);
    res.set_header("Cache-Control", "no-cache");
    if (req.get_header_value("If-None-Match") == file.etag) {
      res.status = 304;
      return;
    }
    res.set_content(file.bytes, file.content_type);
  });
}

int PreviewServer::start() {
  safe_rebuild(nullptr);
  http_ = std::make_unique<PreviewHttp>();
  install_routes();
  auto answer = [this](std::string received) { return http_->answer(std::move(received)); };
  // Event streams stay in the loop's thread, whatever their number: "GET /__insyn/events".
  auto open_stream = [this](std::string_view head) -> std::optional<StreamStart> {
    constexpr std::string_view kEvents = "GET /__insyn/events";
    if (head.substr(0, kEvents.size()) != kEvents ||
        (head[kEvents.size()] != ' ' && head[kEvents.size()] != '?'))
      return std::nullopt;
    std::uint64_t current = snapshot()->generation, seen = current;
    // A reconnecting page is told about the builds it missed meanwhile.
    std::string last = header_value(head, "Last-Event-ID");
    if (!last.empty() && last.size() < 20 && last.find_first_not_of("0123456789") == std::string::npos)
      seen = std::min(current, static_cast<std::uint64_t>(std::stoull(last)));
    std::string bytes =
        "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nCache-Control: no-store\r\n"
        "Connection: close\r\n\r\nretry: 1000\n\n";
    if (seen < current) bytes += build_event(current);
    return StreamStart{std::move(bytes), current};
  };
  loop_ = std::make_unique<ConnectionLoop>(ConnectionLimits{}, answer, open_stream);
  int port = loop_->bind(options_.bind, options_.port);
  if (port <= 0) {
    loop_.reset();
    return 0;
  }
  loop_->start();
  watcher_ = std::make_unique<Watcher>(std::vector<std::string>{options_.content, options_.themes});
  watch_thread_ = std::thread([this] { watch_loop(); });
  return port;
}

void PreviewServer::safe_rebuild(const std::set<std::string>* changed) {
  // No exception may end the preview: a bug met while building shows like a failed build.
  try {
    rebuild(changed);
  } catch (const std::exception& e) {
    fail_build(e.what());
  } catch (...) {
    fail_build("unknown exception");
  }
}

void PreviewServer::fail_build(const std::string& what) {
  try {
    model_.reset();  // maybe half-updated: the next save rebuilds everything
    auto next = std::make_shared<Snapshot>();
    std::shared_ptr<const Snapshot> previous = snapshot();
    next->generation = previous ? previous->generation + 1 : 1;
    next->ok = false;
    next->diagnostics = "error: internal error while building: " + what +
                        "\n  (a bug in insyn; please report it with the file you saved)\n";
    if (previous) {
      next->files = previous->files;
      next->base_path = previous->base_path;
    }
    publish(std::move(next));
  } catch (...) {
    // Nothing left to tell; the last good build is still served.
  }
}

void PreviewServer::watch_loop() {
  // Rebuilds (and the render threads they start, which inherit this) yield the CPU to the loop and
  // the workers: a GET takes microseconds, and must not wait behind a build on a busy machine.
  ::setpriority(PRIO_PROCESS, static_cast<id_t>(::gettid()), 10);
  for (;;) {
    {
      std::lock_guard lock(mutex_);
      if (stopping_) return;
    }
    if (watcher_->wait(std::chrono::milliseconds(500), options_.quiet)) {
      safe_rebuild(watcher_->complete() ? &watcher_->changed() : nullptr);
    }
  }
}

void PreviewServer::stop() {
  {
    std::lock_guard lock(mutex_);
    if (stopping_) return;
    stopping_ = true;
  }
  if (watcher_) watcher_->stop();
  if (watch_thread_.joinable()) watch_thread_.join();
  if (loop_) loop_->stop();
}

}  // namespace insyn
