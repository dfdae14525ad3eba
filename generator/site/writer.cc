#include "site/writer.h"

#include <fcntl.h>
#include <stdio.h>  // renameat2
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <mutex>
#include <set>
#include <system_error>
#include <thread>

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

// The output must not overlap a folder the site is built from: a site written into the theme's
// static files would be republished inside itself by every build.
std::string check_target(const fs::path& out, const std::vector<SourceFolder>& sources) {
  std::error_code ec;
  fs::path abs_out = fs::weakly_canonical(fs::absolute(out), ec);
  if (ec) return "cannot use " + out.string() + ": " + ec.message();
  if (abs_out == abs_out.root_path()) return "refusing to write the site into " + abs_out.string();
  const std::string o = out.string();
  for (const SourceFolder& source : sources) {
    if (!source.path.empty() && (folder_within(source.path, o) || folder_within(o, source.path))) {
      return "refusing to write the site into or above the " + source.what + " folder " + source.path;
    }
  }
  return check_ours(out);
}

// Published files and folders are world-readable whatever the caller's umask: a web server running
// as another user must be able to serve them, and the same content must give the same tree.
constexpr mode_t kFileMode = 0644;
constexpr mode_t kDirMode = 0755;

bool same_bytes(const fs::path& path, const std::string& bytes) {
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return false;
  struct stat st {};
  // A file of another size differs without being read; one of the wrong mode is rewritten to fix it.
  if (::fstat(fd, &st) != 0 || static_cast<size_t>(st.st_size) != bytes.size() || (st.st_mode & 07777) != kFileMode) {
    ::close(fd);
    return false;
  }
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

// Gives a file or folder `mode` when the umask (or a default ACL) made it otherwise. Looking first
// costs a read of the inode; changing it, even to the same mode, writes the inode to the journal.
bool fix_mode(int fd, mode_t mode) {
  struct stat st {};
  return (::fstat(fd, &st) == 0 && (st.st_mode & 07777) == mode) || ::fchmod(fd, mode) == 0;
}

bool fix_mode(const fs::path& path, mode_t mode) {
  struct stat st {};
  return (::stat(path.c_str(), &st) == 0 && (st.st_mode & 07777) == mode) || ::chmod(path.c_str(), mode) == 0;
}

// Writes `bytes` to `path` with mode 0644. On failure errno tells why (ENOENT: a folder is missing).
bool write_file(const fs::path& path, const std::string& bytes) {
  int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, kFileMode);
  if (fd < 0) return false;
  bool ok = fix_mode(fd, kFileMode);
  size_t done = 0;
  while (ok && done < bytes.size()) {
    ssize_t n = ::write(fd, bytes.data() + done, bytes.size() - done);
    if (n <= 0) break;
    done += static_cast<size_t>(n);
  }
  return ::close(fd) == 0 && ok && done == bytes.size();
}

// Creates `dir` and the missing folders above it (up to `root`, which must exist) with mode 0755:
// one mkdir each, from the top down, without looking first (most often only the file's own folder is
// new). An existing folder counts as made; a file in the way is the caller's to remove, as open()
// will say.
bool make_dirs(const fs::path& dir, const fs::path& root) {
  if (dir == root) return true;
  if (dir.empty()) return false;
  if (::mkdir(dir.c_str(), kDirMode) != 0) {
    if (errno == EEXIST) return true;  // there already, or made by another job meanwhile
    if (errno != ENOENT || !make_dirs(dir.parent_path(), root)) return false;
    if (::mkdir(dir.c_str(), kDirMode) != 0) return errno == EEXIST;
  }
  return fix_mode(dir, kDirMode);
}

// Adds the path (relative to `root`) of every file under `root` to `files`; false when the walk
// stopped on an error.
bool list_files(const fs::path& root, std::set<std::string>& files) {
  std::error_code ec;
  std::string prefix = (root / "").generic_string();
  for (auto it = fs::recursive_directory_iterator(root, ec); !ec && it != fs::recursive_directory_iterator();
       it.increment(ec)) {
    if (!it->is_directory(ec)) files.insert(it->path().generic_string().substr(prefix.size()));
  }
  return !ec;
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
  std::set<std::string> written;  // by this build
  std::string first_write_error;
  // The staging folder's files before this build, listed on a thread of their own while the content
  // is loaded and rendered (on a cold page cache, walking 10 000 files takes up to a second).
  std::thread lister;
  std::set<std::string> listed;
  bool listed_whole = false;
};

namespace {

constexpr const char* kMarkerText = "This folder is generated by insyn and replaced on every build.\n";

// The staging folder is born with its marker: it is made under a temporary name, marked, and only
// then renamed, so a build killed at any moment leaves no staging folder or a marked one, never an
// unmarked folder that later builds would have to refuse.
std::string create_staging(const fs::path& staging) {
  fs::path fresh = staging.string() + ".new";
  std::error_code ec;
  if (fs::exists(fresh, ec) || fs::is_symlink(fresh, ec)) {
    // Left by a build killed while making it: then it holds nothing but (part of) the marker.
    bool ours = fs::is_directory(fresh, ec) && !fs::is_symlink(fresh, ec);
    for (auto it = fs::directory_iterator(fresh, ec); ours && !ec && it != fs::directory_iterator();
         it.increment(ec)) {
      if (it->path().filename() != kOutputMarker) ours = false;
    }
    if (!ours) return fresh.string() + " is in the way and was not made by insyn; remove it";
    fs::remove_all(fresh, ec);
  }
  if (::mkdir(fresh.c_str(), kDirMode) != 0 || !fix_mode(fresh, kDirMode)) {
    return "cannot create " + fresh.string() + ": " + std::strerror(errno);
  }
  if (!write_file(fresh / kOutputMarker, kMarkerText))
    return "cannot write " + (fresh / kOutputMarker).string();
  fs::rename(fresh, staging, ec);
  if (ec) return "cannot create " + staging.string() + ": " + ec.message();
  return "";
}

// The folder named by --out, normalised: "site/" is "site", "." and ".." are resolved (a staging
// folder beside them needs a real name), and a symbolic link to a folder is followed, so that the site
// is built into the link's target and the link itself stays.
std::string resolve_out(const std::string& out_dir, fs::path& out) {
  if (out_dir.empty()) return "the output folder is \"\"; name a folder, e.g. --out public";
  out = fs::path(out_dir).lexically_normal();
  if (!out.has_filename()) out = out.parent_path();
  std::error_code ec;
  if (out.filename() == "." || out.filename() == "..") out = fs::weakly_canonical(fs::absolute(out), ec);
  if (fs::is_symlink(out, ec)) {
    fs::path target = fs::canonical(out, ec);
    if (ec || !fs::is_directory(target, ec)) {
      return out.string() +
             " is a symbolic link that does not lead to a folder; point it at a folder or remove it";
    }
    out = target;
  }
  return "";
}

}  // namespace

SiteWriter::SiteWriter(const std::string& out_dir, const std::string& content_dir, bool keep_staging)
    : SiteWriter(out_dir, std::vector<SourceFolder>{{content_dir, "content"}}, keep_staging) {}

SiteWriter::SiteWriter(const std::string& out_dir, const std::vector<SourceFolder>& sources,
                       bool keep_staging)
    : state_(std::make_unique<State>()) {
  State& s = *state_;
  s.keep_staging = keep_staging;
  if ((s.error = resolve_out(out_dir, s.out)); !s.error.empty()) return;
  if ((s.error = check_target(s.out, sources)); !s.error.empty()) return;
  fs::path parent = s.out.parent_path().empty() ? fs::path(".") : s.out.parent_path();
  std::string name = s.out.filename().string();
  s.staging = parent / ("." + name + ".insyn-staging");
  s.lock_path = parent / ("." + name + ".insyn-lock");
  std::error_code ec;
  if (!make_dirs(parent, {})) {
    s.error = "cannot create " + parent.string() + ": " + std::strerror(errno);
    return;
  }
  s.lock_fd = ::open(s.lock_path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
  if (s.lock_fd < 0 || ::flock(s.lock_fd, LOCK_EX) != 0) {
    s.error = "cannot lock " + s.lock_path.string();
    return;
  }
  if ((s.error = check_ours(s.staging)); !s.error.empty()) return;
  if (!fs::exists(s.staging, ec)) {
    if ((s.error = create_staging(s.staging)); !s.error.empty()) return;
  } else if (!fs::exists(s.staging / kOutputMarker, ec)) {
    // An empty folder (an empty --out swapped out by the last build): marked before anything goes in.
    if (!write_file(s.staging / kOutputMarker, kMarkerText)) {
      s.error = "cannot write " + (s.staging / kOutputMarker).string();
      return;
    }
  }
  ::chmod(s.staging.c_str(), kDirMode);  // it becomes the published folder
  s.lister = std::thread([&s] { s.listed_whole = list_files(s.staging, s.listed); });
}

SiteWriter::~SiteWriter() {
  if (state_->lister.joinable()) state_->lister.join();
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
    s.written.insert(file.path);
  }
  if (same_bytes(path, file.bytes)) return;
  if (write_file(path, file.bytes)) return;
  // Most often the file is new and so is its folder.
  if (errno == ENOENT && make_dirs(path.parent_path(), s.staging) && write_file(path, file.bytes)) return;
  // A folder (or file) of the previous site where the other kind is now.
  std::error_code ec;
  if (fs::is_directory(path, ec)) fs::remove_all(path, ec);
  for (fs::path p = path.parent_path(); p != s.staging && !p.empty(); p = p.parent_path()) {
    if (fs::exists(p, ec) && !fs::is_directory(p, ec)) fs::remove(p, ec);
  }
  if (!make_dirs(path.parent_path(), s.staging) || !write_file(path, file.bytes)) {
    std::lock_guard lock(s.mutex);
    if (s.first_write_error.empty()) s.first_write_error = "cannot write " + path.string();
  }
}

std::string SiteWriter::commit() {
  State& s = *state_;
  if (!s.error.empty()) return s.error;
  if (!s.first_write_error.empty()) return s.first_write_error;
  // What this build did not write goes. A listing cut short (this build replaced a folder while it
  // was walked) is done again now that nothing is being written.
  if (s.lister.joinable()) s.lister.join();
  if (!s.listed_whole) {
    s.listed.clear();
    list_files(s.staging, s.listed);
  }
  std::error_code ec;
  bool removed = false;
  for (const std::string& rel : s.listed) {
    if (rel == kOutputMarker || s.written.count(rel)) continue;
    fs::remove(s.staging / rel, ec);
    removed = true;
  }
  if (removed) remove_empty_dirs(s.staging);
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
  return write_site(files, out_dir, std::vector<SourceFolder>{{content_dir, "content"}}, keep_staging);
}

std::string write_site(const OutputFiles& files, const std::string& out_dir,
                       const std::vector<SourceFolder>& sources, bool keep_staging) {
  SiteWriter writer(out_dir, sources, keep_staging);
  if (!writer.error().empty()) return writer.error();
  for (const OutputFile& f : files) writer.write(f);
  return writer.commit();
}

}  // namespace insyn
