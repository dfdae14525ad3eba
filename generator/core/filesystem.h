#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace insyn {

/// True for a relative path with a part that starts with '.' (editor files, insyn's own markers).
inline bool is_hidden_path(const std::string& rel) {
  return !rel.empty() && (rel.front() == '.' || rel.find("/.") != std::string::npos);
}

/// True when folder `inner` is folder `outer` or inside it, once both are resolved on disk
/// (relative to the working folder; symlinks and ".." followed). False when either cannot be resolved.
bool folder_within(const std::string& inner, const std::string& outer);

/// Read-only access to a tree of files, so loading can be tested without the disk.
/// Paths are '/'-separated and relative to the tree's root.
class FileSystem {
 public:
  virtual ~FileSystem() = default;
  /// The file's bytes, or nullopt when it does not exist or cannot be read.
  virtual std::optional<std::string> read(const std::string& path) const = 0;
  /// The file's size in bytes, or nullopt when it does not exist.
  virtual std::optional<std::uintmax_t> size(const std::string& path) const = 0;
  /// All regular files below `dir` ("" for the root), recursively, as sorted relative paths.
  virtual std::vector<std::string> list_files(const std::string& dir) const = 0;
  /// Like list_files, and adds to `unreadable` each folder below `dir` that could not be listed
  /// (relative path, sorted), so one bad folder is reported and does not hide the rest.
  virtual std::vector<std::string> list_files_reporting(const std::string& dir,
                                                        std::vector<std::string>& unreadable) const {
    (void)unreadable;
    return list_files(dir);
  }
};

/// A FileSystem rooted at a directory on disk. Symbolic links are not followed out of the tree.
class DiskFileSystem : public FileSystem {
 public:
  explicit DiskFileSystem(std::string root);
  std::optional<std::string> read(const std::string& path) const override;
  std::optional<std::uintmax_t> size(const std::string& path) const override;
  std::vector<std::string> list_files(const std::string& dir) const override;
  std::vector<std::string> list_files_reporting(const std::string& dir,
                                                std::vector<std::string>& unreadable) const override;
  const std::string& root() const { return root_; }

 private:
  std::string root_;
};

/// The whole of a file named on the command line (a key, a workbook), or nullopt when it is a folder,
/// cannot be read, or is larger than `max_bytes` (so a mistaken path cannot exhaust memory).
std::optional<std::string> read_named_file(const std::string& path, std::uintmax_t max_bytes);

/// A view of the folder `dir` of another FileSystem, as a tree of its own.
class SubFileSystem : public FileSystem {
 public:
  SubFileSystem(const FileSystem& base, std::string dir) : base_(base), prefix_(std::move(dir) + "/") {}
  std::optional<std::string> read(const std::string& path) const override {
    return base_.read(prefix_ + path);
  }
  std::optional<std::uintmax_t> size(const std::string& path) const override {
    return base_.size(prefix_ + path);
  }
  std::vector<std::string> list_files(const std::string& dir) const override;

 private:
  const FileSystem& base_;
  std::string prefix_;
};

/// A FileSystem held in memory (tests, the preview server).
class MemoryFileSystem : public FileSystem {
 public:
  /// Adds or replaces a file.
  void write(const std::string& path, std::string bytes) { files_[path] = std::move(bytes); }
  /// Removes a file; no-op when absent.
  void remove(const std::string& path) { files_.erase(path); }
  std::optional<std::string> read(const std::string& path) const override;
  std::optional<std::uintmax_t> size(const std::string& path) const override;
  std::vector<std::string> list_files(const std::string& dir) const override;
  std::vector<std::string> list_files_reporting(const std::string& dir,
                                                std::vector<std::string>& unreadable) const override;
  /// Makes listings report `folder` as unreadable and leave out its files (tests of failed walks).
  void make_unreadable(const std::string& folder) { unreadable_.push_back(folder); }

 private:
  std::map<std::string, std::string> files_;
  std::vector<std::string> unreadable_;
};

}  // namespace insyn
