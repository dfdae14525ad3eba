#include "core/filesystem.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <filesystem>

namespace fs = std::filesystem;

namespace insyn {

DiskFileSystem::DiskFileSystem(std::string root) : root_(std::move(root)) {}

std::optional<std::string> DiskFileSystem::read(const std::string& path) const {
  // One open, one fstat and reads straight into the string (a stream copied each file twice).
  int fd = ::open((fs::path(root_) / path).c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return std::nullopt;
  struct stat st {};
  std::string bytes;
  bool ok = ::fstat(fd, &st) == 0 && !S_ISDIR(st.st_mode);
  if (ok && st.st_size > 0) bytes.resize(static_cast<size_t>(st.st_size));
  size_t have = 0;
  while (ok) {
    if (have == bytes.size()) bytes.resize(std::max<size_t>(4096, bytes.size() * 2));  // grew, or no size
    ssize_t n = ::read(fd, bytes.data() + have, bytes.size() - have);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) ok = false;
    if (n <= 0) break;
    have += static_cast<size_t>(n);
  }
  ::close(fd);
  if (!ok) return std::nullopt;
  bytes.resize(have);
  return bytes;
}

std::optional<std::uintmax_t> DiskFileSystem::size(const std::string& path) const {
  std::error_code ec;
  auto n = fs::file_size(fs::path(root_) / path, ec);
  if (ec) return std::nullopt;
  return n;
}

std::optional<std::string> read_named_file(const std::string& path, std::uintmax_t max_bytes) {
  std::error_code ec;
  if (fs::is_directory(path, ec)) return std::nullopt;
  std::string dir = fs::path(path).parent_path().string();
  DiskFileSystem folder(dir.empty() ? "." : dir);
  std::string name = fs::path(path).filename().string();
  auto size = folder.size(name);
  if (!size || *size > max_bytes) return std::nullopt;
  return folder.read(name);
}

std::vector<std::string> DiskFileSystem::list_files(const std::string& dir) const {
  std::vector<std::string> unreadable;
  return list_files_reporting(dir, unreadable);
}

std::vector<std::string> DiskFileSystem::list_files_reporting(const std::string& dir,
                                                              std::vector<std::string>& unreadable) const {
  std::vector<std::string> out;
  fs::path base = fs::path(root_) / dir;
  std::string prefix = (fs::path(root_) / "").generic_string();
  std::error_code ec;
  if (!fs::is_directory(base, ec)) return out;
  // One folder at a time rather than a recursive iterator: that one stops at the first folder it
  // cannot open, and everything after it would silently be missing.
  std::vector<fs::path> folders = {base};
  while (!folders.empty()) {
    fs::path folder = std::move(folders.back());
    folders.pop_back();
    std::string rel =
        folder.generic_string().size() > prefix.size() ? folder.generic_string().substr(prefix.size()) : "";
    fs::directory_iterator it(folder, ec);
    if (ec) {
      unreadable.push_back(rel.empty() ? "." : rel);
      ec.clear();
      continue;
    }
    for (; it != fs::directory_iterator(); it.increment(ec)) {
      // Symlinks are skipped: content must be plain files inside the tree.
      std::error_code entry_ec;
      if (it->is_symlink(entry_ec)) continue;
      // The iterator's paths start with the root as given; cutting it off is exact (fs::relative would
      // resolve every path component with readlink, per file).
      std::string entry = it->path().generic_string().substr(prefix.size());
      if (it->is_directory(entry_ec)) {
        folders.push_back(it->path());
      } else if (it->is_regular_file(entry_ec)) {
        out.push_back(entry);
      } else if (entry_ec) {
        unreadable.push_back(entry);  // cannot even tell what it is
      }
    }
    if (ec) {
      unreadable.push_back(rel.empty() ? "." : rel);
      ec.clear();
    }
  }
  std::sort(out.begin(), out.end());
  std::sort(unreadable.begin(), unreadable.end());
  return out;
}

std::vector<std::string> SubFileSystem::list_files(const std::string& dir) const {
  std::vector<std::string> out;
  for (const std::string& p :
       base_.list_files(dir.empty() ? prefix_.substr(0, prefix_.size() - 1) : prefix_ + dir)) {
    out.push_back(p.substr(prefix_.size()));
  }
  return out;
}

std::optional<std::string> MemoryFileSystem::read(const std::string& path) const {
  auto it = files_.find(path);
  if (it == files_.end()) return std::nullopt;
  return it->second;
}

std::optional<std::uintmax_t> MemoryFileSystem::size(const std::string& path) const {
  auto it = files_.find(path);
  if (it == files_.end()) return std::nullopt;
  return it->second.size();
}

std::vector<std::string> MemoryFileSystem::list_files(const std::string& dir) const {
  std::vector<std::string> out;
  std::string prefix = dir.empty() ? "" : dir + "/";
  for (const auto& [path, bytes] : files_) {
    if (path.compare(0, prefix.size(), prefix) == 0) out.push_back(path);
  }
  return out;  // std::map keeps them sorted
}

std::vector<std::string> MemoryFileSystem::list_files_reporting(const std::string& dir,
                                                                std::vector<std::string>& unreadable) const {
  std::vector<std::string> out;
  for (const std::string& path : list_files(dir)) {
    bool hidden = std::any_of(unreadable_.begin(), unreadable_.end(), [&](const std::string& f) {
      return path.compare(0, f.size() + 1, f + "/") == 0;
    });
    if (!hidden) out.push_back(path);
  }
  for (const std::string& f : unreadable_) {
    if (dir.empty() || f == dir || f.compare(0, dir.size() + 1, dir + "/") == 0) unreadable.push_back(f);
  }
  std::sort(unreadable.begin(), unreadable.end());
  return out;
}

bool folder_within(const std::string& inner, const std::string& outer) {
  std::error_code ec;
  fs::path in = fs::weakly_canonical(fs::absolute(inner), ec);
  if (ec) return false;  // a path that cannot be resolved (too long, say) names no folder to be inside
  fs::path out = fs::weakly_canonical(fs::absolute(outer), ec);
  if (ec) return false;
  auto [stop, _] = std::mismatch(out.begin(), out.end(), in.begin(), in.end());
  return stop == out.end();
}

}  // namespace insyn
