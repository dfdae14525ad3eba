#include "serve/watcher.h"

#include <poll.h>
#include <sys/eventfd.h>
#include <sys/inotify.h>
#include <unistd.h>

#include <filesystem>

namespace insyn {

namespace {

constexpr uint32_t kEvents = IN_CLOSE_WRITE | IN_MODIFY | IN_CREATE | IN_DELETE | IN_MOVED_FROM | IN_MOVED_TO |
                             IN_ATTRIB | IN_DELETE_SELF | IN_MOVE_SELF;

}  // namespace

Watcher::Watcher(const std::vector<std::string>& roots) {
  inotify_fd_ = inotify_init1(IN_NONBLOCK | IN_CLOEXEC);
  wake_fd_ = eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC);
  for (const std::string& root : roots) add_tree(root);
}

Watcher::~Watcher() {
  if (inotify_fd_ >= 0) close(inotify_fd_);
  if (wake_fd_ >= 0) close(wake_fd_);
}

void Watcher::add_tree(const std::string& dir) {
  std::error_code ec;
  if (!std::filesystem::is_directory(dir, ec)) return;
  int wd = inotify_add_watch(inotify_fd_, dir.c_str(), kEvents | IN_ONLYDIR);
  if (wd >= 0) dirs_[wd] = dir;
  for (const auto& entry : std::filesystem::directory_iterator(dir, ec)) {
    if (entry.is_directory(ec) && !entry.is_symlink(ec)) add_tree(entry.path().string());
  }
}

bool Watcher::drain() {
  alignas(inotify_event) char buffer[16384];
  bool changed = false;
  for (;;) {
    ssize_t n = read(inotify_fd_, buffer, sizeof buffer);
    if (n <= 0) return changed;
    for (char* p = buffer; p < buffer + n;) {
      auto* event = reinterpret_cast<inotify_event*>(p);
      p += sizeof(inotify_event) + event->len;
      if (event->mask & IN_Q_OVERFLOW) {
        complete_ = false;
        changed = true;
        continue;
      }
      if (event->mask & IN_IGNORED) {
        dirs_.erase(event->wd);
        continue;
      }
      std::string name = event->len ? event->name : "";
      // Editors' swap and backup files are not content.
      if (!name.empty() && (name.back() == '~' || name.ends_with(".swp") || name.ends_with(".swx") ||
                            name.starts_with(".#") || name == "4913")) {
        continue;
      }
      changed = true;
      auto dir = dirs_.find(event->wd);
      // A folder that appears, goes or moves changes every path below it: report it as incomplete.
      if ((event->mask & (IN_ISDIR | IN_DELETE_SELF | IN_MOVE_SELF)) || dir == dirs_.end() || name.empty()) {
        complete_ = false;
      } else {
        changed_.insert(dir->second + "/" + name);
      }
      if ((event->mask & (IN_CREATE | IN_MOVED_TO)) && (event->mask & IN_ISDIR) && dir != dirs_.end()) {
        add_tree(dir->second + "/" + name);
      }
    }
  }
}

bool Watcher::wait(std::chrono::milliseconds timeout, std::chrono::milliseconds quiet) {
  pollfd fds[2] = {{inotify_fd_, POLLIN, 0}, {wake_fd_, POLLIN, 0}};
  bool changed = false;
  changed_.clear();
  complete_ = true;
  auto wait_ms = timeout;
  for (;;) {
    int ready = poll(fds, 2, static_cast<int>(wait_ms.count()));
    if (ready < 0) return false;
    if (fds[1].revents) return false;
    if (ready == 0) return changed;
    if (drain()) {
      changed = true;
      wait_ms = quiet;  // now only wait for the burst to end
    }
  }
}

void Watcher::stop() {
  uint64_t one = 1;
  [[maybe_unused]] ssize_t n = write(wake_fd_, &one, sizeof one);
}

}  // namespace insyn
