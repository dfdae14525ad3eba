#pragma once
// One finished build held in memory for the preview server. A snapshot never changes after it is
// made; the server swaps whole snapshots, so a response never mixes two builds.

#include <cstdint>
#include <map>
#include <memory>
#include <string>

#include "core/output_file.h"

namespace insyn {

/// A file as the preview server sends it.
struct ServedFile {
  std::string bytes;
  std::string content_type;  ///< with "; charset=utf-8" for text
  std::string etag;          ///< quoted, from the SHA-256 of the bytes
  size_t live_script_at = std::string::npos;  ///< where serve_file() inserted the reload script

  /// The bytes as `insyn build` writes them: without the reload script.
  std::string built_bytes() const;
  /// True when built_bytes() == `built`, compared in place.
  bool has_built_bytes(const std::string& built) const;
};

/// The state of the preview: the last good site plus the outcome of the latest build.
struct Snapshot {
  std::uint64_t generation = 0;         ///< increases with every build, good or bad
  /// The last good build. Shared between snapshots, so a rebuild that changes one page copies pointers.
  std::map<std::string, std::shared_ptr<const ServedFile>> files;
  bool ok = true;                       ///< false when the latest build failed
  std::string diagnostics;              ///< the latest build's findings as the terminal shows them
  /// site.json's base_path of the last good build ("" when not set): the 404 page's links start
  /// from it, and the preview, serving at "/", rewrites them to start from "/".
  std::string base_path;
};

/// The ETag of some bytes: a quoted hex prefix of their SHA-256.
std::string etag_for(const std::string& bytes);

/// The Content-Type of a path by its extension (text types carry charset=utf-8).
std::string content_type_for(const std::string& path);

/// Turns a built file into a served file. HTML pages get `<script src="/__insyn/live.js">` before
/// </body>: the preview's only difference from `insyn build`.
std::shared_ptr<const ServedFile> serve_file(OutputFile file);

/// The files of a snapshot as `insyn build` writes them, in path order.
OutputFiles built_files(const Snapshot& snapshot);

/// serve_file() for a whole build, by path.
std::map<std::string, std::shared_ptr<const ServedFile>> serve_files(OutputFiles files);

}  // namespace insyn
