#pragma once
// `insyn serve`: builds into memory, serves the last good build, watches the sources and tells open
// pages to reload (Server-Sent Events) or to show the diagnostics of a failed build.

#include <chrono>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <thread>

#include <set>

#include "serve/connection_loop.h"
#include "serve/page_patch.h"
#include "serve/snapshot.h"

namespace insyn {

class PreviewHttp;
class Watcher;

/// Where the preview reads from and listens.
struct PreviewOptions {
  std::string content = "content";
  std::string themes = "themes";
  std::string bind = "127.0.0.1";
  int port = 1313;  ///< 0 picks a free port
  /// When set, every good build is also written to this folder as `insyn build --out` would.
  std::string write_to;
  /// How long the sources must be quiet before a rebuild, so a burst of saves is one build.
  std::chrono::milliseconds quiet{5};
};

/// The preview server. Thread-safe: requests read immutable snapshots; one thread rebuilds.
class PreviewServer {
 public:
  explicit PreviewServer(PreviewOptions options);
  ~PreviewServer();
  PreviewServer(const PreviewServer&) = delete;
  PreviewServer& operator=(const PreviewServer&) = delete;

  /// Called after every build with its snapshot (e.g. to print the diagnostics) and, with
  /// PreviewOptions::write_to, what writing it did ("wrote N files to DIR/" or the error).
  void on_build(std::function<void(const Snapshot&, const std::string& written)> callback) {
    on_build_ = std::move(callback);
  }

  /// Builds once, binds, and serves and watches in background threads. Returns the bound port, or
  /// 0 when the address cannot be bound.
  int start();
  /// Stops watching and serving; waits for the threads.
  void stop();

  /// Rebuilds from the sources now and publishes the result. With the paths that changed, a save
  /// that only edits the text of free-standing pages renders just those pages.
  void rebuild(const std::set<std::string>* changed = nullptr);
  /// What the connection loop has seen: open streams, slow clients cut off, the slowest answer.
  ConnectionLoop::Counts connection_counts() const;
  /// The current state (never null after start()).
  std::shared_ptr<const Snapshot> snapshot() const;

 private:
  void watch_loop();
  void safe_rebuild(const std::set<std::string>* changed);
  void fail_build(const std::string& what);
  void publish(std::shared_ptr<const Snapshot> next);
  std::string write_out(const Snapshot& snapshot) const;
  void full_rebuild();
  bool patch(const std::set<std::string>& changed);
  bool patch_plan_years(const std::set<std::string>& changed);
  void install_routes();

  PreviewOptions options_;
  std::function<void(const Snapshot&, const std::string&)> on_build_;
  std::unique_ptr<PreviewHttp> http_;     // the routes (cpp-httplib), answering what loop_ has read
  std::unique_ptr<ConnectionLoop> loop_;  // the sockets: accepts, reads heads, holds event streams
  std::unique_ptr<Watcher> watcher_;
  std::thread watch_thread_;
  mutable std::mutex mutex_;
  std::shared_ptr<const Snapshot> current_;
  std::unique_ptr<PreviewModel> model_;  // of the last good full build; only the rebuilding thread uses it
  bool stopping_ = false;
};

}  // namespace insyn
