#pragma once
// Watches folders recursively with inotify and reports bursts of changes as one.

#include <chrono>
#include <map>
#include <set>
#include <string>
#include <vector>

namespace insyn {

/// Recursive inotify watch of some folders (new sub-folders are watched as they appear).
class Watcher {
 public:
  /// Starts watching; folders that do not exist are skipped.
  explicit Watcher(const std::vector<std::string>& roots);
  ~Watcher();
  Watcher(const Watcher&) = delete;
  Watcher& operator=(const Watcher&) = delete;

  /// Waits up to `timeout` for a change, then keeps reading until `quiet` passes without another,
  /// so an editor's save (write, rename, chmod…) or a `git checkout` is one change. True when
  /// something changed; false on timeout or after stop().
  bool wait(std::chrono::milliseconds timeout, std::chrono::milliseconds quiet);

  /// The paths (root as given + relative path) that changed in the last wait() that returned true.
  const std::set<std::string>& changed() const { return changed_; }
  /// False when the kernel dropped events (queue overflow) or a watched folder itself changed, so
  /// changed() may be incomplete.
  bool complete() const { return complete_; }

  /// Wakes a waiting wait() and makes every later one return false at once.
  void stop();

 private:
  void add_tree(const std::string& dir);
  bool drain();  // reads pending events; true when one was a change

  int inotify_fd_ = -1;
  int wake_fd_ = -1;
  std::map<int, std::string> dirs_;  // watch descriptor -> folder
  std::set<std::string> changed_;
  bool complete_ = true;
};

}  // namespace insyn
