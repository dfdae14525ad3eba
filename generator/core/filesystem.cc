#include "core/filesystem.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace fs = std::filesystem;

namespace insyn {

DiskFileSystem::DiskFileSystem(std::string root) : root_(std::move(root)) {}

std::optional<std::string> DiskFileSystem::read(const std::string& path) const {
  std::ifstream in(fs::path(root_) / path, std::ios::binary);
  if (!in) return std::nullopt;
  std::ostringstream buffer;
  buffer << in.rdbuf();
  if (in.bad()) return std::nullopt;
  return std::move(buffer).str();
}

std::optional<std::uintmax_t> DiskFileSystem::size(const std::string& path) const {
  std::error_code ec;
  auto n = fs::file_size(fs::path(root_) / path, ec);
  if (ec) return std::nullopt;
  return n;
}

std::vector<std::string> DiskFileSystem::list_files(const std::string& dir) const {
  std::vector<std::string> out;
  fs::path base = fs::path(root_) / dir;
  std::string prefix = (fs::path(root_) / "").generic_string();
  std::error_code ec;
  if (!fs::is_directory(base, ec)) return out;
  // Symlinks are skipped: content must be plain files inside the tree.
  for (auto it = fs::recursive_directory_iterator(base, fs::directory_options::none, ec);
       !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
    if (it->is_symlink(ec)) {
      if (it->is_directory(ec)) it.disable_recursion_pending();
      continue;
    }
    // The iterator's paths start with the root as given; cutting it off is exact (fs::relative would
    // resolve every path component with readlink, per file).
    if (it->is_regular_file(ec)) out.push_back(it->path().generic_string().substr(prefix.size()));
  }
  std::sort(out.begin(), out.end());
  return out;
}

std::vector<std::string> SubFileSystem::list_files(const std::string& dir) const {
  std::vector<std::string> out;
  for (const std::string& p : base_.list_files(dir.empty() ? prefix_.substr(0, prefix_.size() - 1) : prefix_ + dir)) {
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
