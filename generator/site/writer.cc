#include "site/writer.h"

#include <fcntl.h>
#include <stdio.h>  // renameat2
#include <sys/file.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <filesystem>
#include <mutex>
#include <set>
#include <system_error>

#include "core/filesystem.h"

namespace fs = std::filesystem;

namespace insyn {

namespace {

// Only folders insyn made (or empty ones) may be replaced or brought up to date.
std::string check_ours(const fs::path& dir) {
  std::error_code ec;
  if (!fs::exists(dir, ec)) return "";
  if (!fs::is_directory(dir, ec)) return dir.string() + " exists and is not a folder";
  if (!fs::is_empty(dir, ec) && !fs::exists(dir / kOutputMarker, ec)) {
    return dir.string() + " is not empty and was not made by insyn (no " + kOutputMarker +
           " file); choose another --out or empty it";
  }
  return "";
}

std::string check_target(const fs::path& out, const fs::path& content) {
  std::error_code ec;
  fs::path abs_out = fs::weakly_canonical(fs::absolute(out), ec);
  if (abs_out == abs_out.root_path()) return "refusing to write the site into " + abs_out.string();
  const std::string c = content.string(), o = out.string();
  if (!c.empty() && (folder_within(c, o) || folder_within(o, c))) {
    return "refusing to write the site into or above the content folder " + content.string();
  }
  return check_ours(out);
}

bool same_bytes(const fs::path& path, const std::string& bytes) {
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return false;
  std::string buffer(bytes.size() + 1, '\0');  // one more byte than expected detects a longer file
  size_t got = 0;
  while (got < buffer.size()) {
    ssize_t n = ::read(fd, buffer.data() + got, buffer.size() - got);
    if (n <= 0) break;
    got += static_cast<size_t>(n);
  }
  ::close(fd);
  return got == bytes.size() && buffer.compare(0, got, bytes) == 0;
}

bool write_file(const fs::path& path, const std::string& bytes) {
  int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  if (fd < 0) return false;
  size_t done = 0;
  while (done < bytes.size()) {
    ssize_t n = ::write(fd, bytes.data() + done, bytes.size() - done);
    if (n <= 0) break;
    done += static_cast<size_t>(n);
  }
  return ::close(fd) == 0 && done == bytes.size();
}

// Empty folders left behind by removed files go too (deepest first).
void remove_empty_dirs(const fs::path& root) {
  std::error_code ec;
  std::vector<fs::path> dirs;
  for (auto it = fs::recursive_directory_iterator(root, ec); !ec && it != fs::recursive_directory_iterator();
       it.increment(ec)) {
    if (it->is_directory(ec) && !it->is_symlink(ec)) dirs.push_back(it->path());
  }
  std::sort(dirs.rbegin(), dirs.rend());
  for (const fs::path& d : dirs) {
    if (fs::is_empty(d, ec)) fs::remove(d, ec);
  }
}

}  // namespace

struct SiteWriter::State {
  fs::path out, staging, lock_path;
  bool keep_staging = true;
  int lock_fd = -1;
  std::string error;
  std::mutex mutex;
  std::set<std::string> stale;  // files of the staging folder not (yet) written by this build
  std::string first_write_error;
};

SiteWriter::SiteWriter(const std::string& out_dir, const std::string& content_dir, bool keep_staging)
    : state_(std::make_unique<State>()) {
  State& s = *state_;
  s.out = fs::path(out_dir).lexically_normal();
  if (!s.out.has_filename()) s.out = s.out.parent_path();
  s.keep_staging = keep_staging;
  if ((s.error = check_target(s.out, content_dir)); !s.error.empty()) return;
  fs::path parent = s.out.parent_path().empty() ? fs::path(".") : s.out.parent_path();
  std::string name = s.out.filename().string();
  s.staging = parent / ("." + name + ".insyn-staging");
  s.lock_path = parent / ("." + name + ".insyn-lock");
  std::error_code ec;
  fs::create_directories(parent, ec);
  s.lock_fd = ::open(s.lock_path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
  if (s.lock_fd < 0 || ::flock(s.lock_fd, LOCK_EX) != 0) {
    s.error = "cannot lock " + s.lock_path.string();
    return;
  }
  if ((s.error = check_ours(s.staging)); !s.error.empty()) return;
  fs::create_directories(s.staging, ec);
  if (ec) {
    s.error = "cannot create " + s.staging.string() + ": " + ec.message();
    return;
  }
  std::string prefix = (s.staging / "").generic_string();
  for (auto it = fs::recursive_directory_iterator(s.staging, ec); !ec && it != fs::recursive_directory_iterator();
       it.increment(ec)) {
    if (!it->is_directory(ec)) s.stale.insert(it->path().generic_string().substr(prefix.size()));
  }
  s.stale.erase(kOutputMarker);
}

SiteWriter::~SiteWriter() {
  if (state_->lock_fd >= 0) ::close(state_->lock_fd);  // releases the lock
}

const std::string& SiteWriter::error() const { return state_->error; }

void SiteWriter::write(const OutputFile& file) {
  State& s = *state_;
  if (file.path.empty() || file.path.front() == '/' || file.path.find("..") != std::string::npos) {
    std::lock_guard lock(s.mutex);
    if (s.first_write_error.empty()) s.first_write_error = "refusing output path \"" + file.path + "\"";
    return;
  }
  fs::path path = s.staging / file.path;
  {
    std::lock_guard lock(s.mutex);
    s.stale.erase(file.path);
  }
  if (same_bytes(path, file.bytes)) return;
  std::error_code ec;
  if (!write_file(path, file.bytes)) {
    // A missing folder, or a folder (or file) of the previous site where the other kind is now.
    if (fs::is_directory(path, ec)) fs::remove_all(path, ec);
    for (fs::path p = path.parent_path(); p != s.staging && !p.empty(); p = p.parent_path()) {
      if (fs::exists(p, ec) && !fs::is_directory(p, ec)) fs::remove(p, ec);
    }
    fs::create_directories(path.parent_path(), ec);
    if (!write_file(path, file.bytes)) {
      std::lock_guard lock(s.mutex);
      if (s.first_write_error.empty()) s.first_write_error = "cannot write " + path.string();
    }
  }
}

std::string SiteWriter::commit() {
  State& s = *state_;
  if (!s.error.empty()) return s.error;
  if (!s.first_write_error.empty()) return s.first_write_error;
  std::error_code ec;
  for (const std::string& rel : s.stale) fs::remove(s.staging / rel, ec);
  if (!s.stale.empty()) remove_empty_dirs(s.staging);
  if (!write_file(s.staging / kOutputMarker, "This folder is generated by insyn and replaced on every build.\n")) {
    return "cannot write " + (s.staging / kOutputMarker).string();
  }
  auto finish = [&]() -> std::string {
    if (!s.keep_staging) {
      fs::remove_all(s.staging, ec);
      fs::remove(s.lock_path, ec);
    }
    return "";
  };
  if (!fs::exists(s.out, ec)) {
    fs::rename(s.staging, s.out, ec);
    if (ec) return "cannot move the new site into place: " + ec.message();
    return finish();
  }
  // Swap the two folders in one step, so a web server never sees a gap; the staging folder then
  // holds the previous site, the starting point of the next build.
  if (::renameat2(AT_FDCWD, s.staging.c_str(), AT_FDCWD, s.out.c_str(), RENAME_EXCHANGE) == 0) return finish();
  // File systems without RENAME_EXCHANGE: move the old site aside, the new one in, the old one back
  // as the staging folder.
  fs::path old = s.staging.string() + ".old";
  fs::remove_all(old, ec);
  fs::rename(s.out, old, ec);
  if (ec) return "cannot replace " + s.out.string() + ": " + ec.message();
  fs::rename(s.staging, s.out, ec);
  if (ec) {
    std::error_code ignore;
    fs::rename(old, s.out, ignore);  // put the previous site back
    return "cannot move the new site into place: " + ec.message();
  }
  fs::rename(old, s.staging, ec);
  return finish();
}

std::string write_site(const OutputFiles& files, const std::string& out_dir, const std::string& content_dir,
                       bool keep_staging) {
  SiteWriter writer(out_dir, content_dir, keep_staging);
  if (!writer.error().empty()) return writer.error();
  for (const OutputFile& f : files) writer.write(f);
  return writer.commit();
}

}  // namespace insyn
