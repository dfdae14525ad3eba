#include "serve/preview_server.h"

#include <exception>

#include <httplib.h>

#include <nlohmann/json.hpp>

#include "core/filesystem.h"
#include "core/html.h"
#include "render/pipeline.h"
#include "serve/live_script.h"
#include "serve/request_path.h"
#include "serve/watcher.h"
#include "site/writer.h"

namespace insyn {

namespace {

constexpr auto kKeepAlive = std::chrono::seconds(10);

std::string status_json(const Snapshot& s) {
  return nlohmann::json{{"generation", s.generation}, {"ok", s.ok}, {"diagnostics", s.diagnostics}}.dump();
}

}  // namespace

PreviewServer::PreviewServer(PreviewOptions options) : options_(std::move(options)) {}

PreviewServer::~PreviewServer() { stop(); }

std::shared_ptr<const Snapshot> PreviewServer::snapshot() const {
  std::lock_guard lock(mutex_);
  return current_;
}

void PreviewServer::publish(std::shared_ptr<const Snapshot> next) {
  {
    std::lock_guard lock(mutex_);
    current_ = next;
  }
  changed_.notify_all();
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
    if (previous) next->files = previous->files;
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
    next->files = serve_files(std::move(result.files));
    model_ = std::make_unique<PreviewModel>(PreviewModel{std::move(*result.site), std::move(*result.theme), {}});
    for (const Diagnostic& d : result.diagnostics.items()) model_->files_with_findings.insert(d.loc.file);
  } else if (previous) {
    next->files = previous->files;  // keep serving the last good build
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
  next->diagnostics = std::move(patch->diagnostics);
  // The other years' pages stay as they were; everything else is what was just rendered.
  for (const auto& [path, file] : previous->files) {
    for (const std::string& dir : patch->kept_dirs) {
      if (path.rfind(dir, 0) == 0) {
        next->files.emplace(path, file);
        break;
      }
    }
  }
  for (OutputFile& f : patch->files) {
    std::string path = f.path;
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
  http.Get("/__insyn/events", [this](const httplib::Request&, httplib::Response& res) {
    res.set_header("Cache-Control", "no-store");
    std::uint64_t seen = snapshot()->generation;
    res.set_chunked_content_provider("text/event-stream", [this, seen](size_t, httplib::DataSink& sink) mutable {
      std::unique_lock lock(mutex_);
      changed_.wait_for(lock, kKeepAlive, [&] { return stopping_ || current_->generation != seen; });
      if (stopping_) {
        sink.done();
        return false;
      }
      std::string message = ": keep-alive\n\n";
      if (current_->generation != seen) {
        seen = current_->generation;
        message = "event: build\ndata: {\"generation\": " + std::to_string(seen) + "}\n\n";
      }
      lock.unlock();
      return sink.write(message.data(), message.size());
    });
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
        res.set_header("Location", req.path + "/");
        return;
      }
      res.status = 404;
      auto page = snap->files.find("404.html");
      if (page != snap->files.end()) {
        // The page's links are relative to the site root, wherever the missing path was.
        std::string html = page->second->bytes;
        size_t head = html.find("<head>");
        if (head != std::string::npos) html.insert(head + 6, "\n<base href=\"/\">");
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
  rebuild();
  http_ = std::make_unique<httplib::Server>();
  // Event streams hold a worker each while a page is open; leave room for ordinary requests.
  http_->new_task_queue = [] { return new httplib::ThreadPool(32); };
  install_routes();
  int port = options_.port;
  if (port == 0) {
    port = http_->bind_to_any_port(options_.bind);
  } else if (!http_->bind_to_port(options_.bind, port)) {
    port = -1;
  }
  if (port <= 0) return 0;
  http_thread_ = std::thread([this] { http_->listen_after_bind(); });
  watcher_ = std::make_unique<Watcher>(std::vector<std::string>{options_.content, options_.themes});
  watch_thread_ = std::thread([this] { watch_loop(); });
  return port;
}

void PreviewServer::watch_loop() {
  for (;;) {
    {
      std::lock_guard lock(mutex_);
      if (stopping_) return;
    }
    if (watcher_->wait(std::chrono::milliseconds(500), options_.quiet)) {
      rebuild(watcher_->complete() ? &watcher_->changed() : nullptr);
    }
  }
}

void PreviewServer::stop() {
  {
    std::lock_guard lock(mutex_);
    if (stopping_) return;
    stopping_ = true;
  }
  changed_.notify_all();
  if (watcher_) watcher_->stop();
  if (watch_thread_.joinable()) watch_thread_.join();
  if (http_) http_->stop();
  if (http_thread_.joinable()) http_thread_.join();
}

}  // namespace insyn
