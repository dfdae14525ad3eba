#pragma once
// Pages the preview keeps between its renders, each with the inputs it was rendered from: a page
// whose inputs are unchanged is taken from here instead of being rendered again. Used for the pages
// that list the whole site (the A–Ö register), which a save rarely changes but costs most to render.

#include <map>
#include <mutex>
#include <optional>
#include <string>

namespace insyn {

/// Rendered pages by output path, with a string that holds everything each page read.
class RenderMemo {
 public:
  /// The page at `path` when it was last rendered from exactly `inputs`, else nullopt.
  std::optional<std::string> find(const std::string& path, const std::string& inputs) const {
    std::lock_guard lock(mutex_);
    auto it = pages_.find(path);
    if (it == pages_.end() || it->second.inputs != inputs) return std::nullopt;
    return it->second.bytes;
  }
  /// Remembers the page at `path` as rendered from `inputs`.
  void store(const std::string& path, std::string inputs, std::string bytes) {
    std::lock_guard lock(mutex_);
    pages_[path] = {std::move(inputs), std::move(bytes)};
  }

 private:
  struct Entry {
    std::string inputs, bytes;
  };
  mutable std::mutex mutex_;
  std::map<std::string, Entry> pages_;
};

}  // namespace insyn
