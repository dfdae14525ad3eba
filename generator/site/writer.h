#pragma once

#include <memory>
#include <string>
#include <vector>

#include "core/output_file.h"

namespace insyn {

/// The file every output folder carries, so insyn only ever replaces folders it made itself.
inline constexpr const char* kOutputMarker = ".insyn-output";

/// A folder the site is built from, which the output may neither be inside nor contain.
struct SourceFolder {
  std::string path;  ///< as given on the command line; "" for none
  std::string what;  ///< "content" or "theme", for the message
};

/// Writes a site so that readers of `out_dir` see either the old tree or the new one, never a mix.
/// Files go into a staging folder beside the output (`.<name>.insyn-staging`), which is then swapped
/// in with one rename. The staging folder keeps the previous site after the swap and is brought up to
/// date by the next build: unchanged files are left alone, so a rebuild creates no new inodes for
/// them (on ext4, creating and deleting thousands of files per build is what costs most). A lock file
/// beside it (`.<name>.insyn-lock`) keeps two builds from writing it at once.
class SiteWriter {
 public:
  /// Refuses "" and "/", a folder inside or above any of `sources` (those with an empty path are
  /// skipped), and an existing non-empty folder without the marker file; check error() after
  /// constructing. A symbolic link to a folder is followed: the site is built into its target and the
  /// link stays. Files are written 0644 and folders 0755 whatever the umask. `keep_staging` false
  /// removes the staging folder and the lock after commit() (one-off writes).
  SiteWriter(const std::string& out_dir, const std::vector<SourceFolder>& sources, bool keep_staging = true);
  /// The same with the content folder as the only source folder.
  SiteWriter(const std::string& out_dir, const std::string& content_dir, bool keep_staging = true);
  ~SiteWriter();
  SiteWriter(const SiteWriter&) = delete;
  SiteWriter& operator=(const SiteWriter&) = delete;

  /// "" when the writer can be used, otherwise what is wrong.
  const std::string& error() const;
  /// Writes one file into the staging folder (skipped when it already holds these bytes). Safe to
  /// call from several threads for different paths.
  void write(const OutputFile& file);
  /// Removes what this build did not write, then swaps the staging folder in. Returns "" on success,
  /// otherwise what went wrong (the output is then untouched). Not calling it leaves the output as it was.
  std::string commit();

 private:
  struct State;
  std::unique_ptr<State> state_;
};

/// Writes `files` with a SiteWriter and commits. Returns "" on success, otherwise what went wrong (the
/// old `out_dir` is then untouched).
std::string write_site(const OutputFiles& files, const std::string& out_dir, const std::string& content_dir,
                       bool keep_staging = true);
/// The same with several source folders (see SiteWriter).
std::string write_site(const OutputFiles& files, const std::string& out_dir,
                       const std::vector<SourceFolder>& sources, bool keep_staging = true);

}  // namespace insyn
