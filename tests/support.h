#pragma once
// Shared helpers for the tests: fixtures loaded into memory and the pipeline run on them.

#include <filesystem>
#include <string>
#include <vector>

#include "core/filesystem.h"
#include "render/pipeline.h"

namespace insyn::test {

/// The repository's source folder (set by CMake), for fixtures and the shipped content.
inline std::string source_dir() {
  return INSYN_SOURCE_DIR;
}

/// Copies every file below `dir` (relative to the source folder) into a MemoryFileSystem.
MemoryFileSystem load_fixture(const std::string& dir);

/// Copies every file below an absolute folder into a MemoryFileSystem.
MemoryFileSystem load_fixture_from(const std::string& absolute_dir);

/// Runs check (render=false) or build (render=true) on `content` with the default theme.
BuildResult run(const MemoryFileSystem& content, bool render = false);

/// The plan year `year` of the result's site (the first with that year); fails the test when there is none.
const PlanYear& year_of(const BuildResult& result, int year);

/// The findings of a plan year with the code `code`, in order.
std::vector<const Diagnostic*> findings_with_code(const PlanYear& year, const std::string& code);

/// The diagnostics of a result formatted as the CLI prints them; infos included when asked.
std::string formatted(const BuildResult& result, bool include_infos = false);

/// The bytes of a file below the source folder; "" when it does not exist.
std::string read_source_file(const std::string& rel);

/// True when INSYN_UPDATE_GOLDEN=1: golden files are rewritten instead of compared (refused under CI).
bool updating_golden();

/// Checks `actual` against the golden file `rel` (below the source folder), or rewrites it when updating.
void check_golden(const std::string& rel, const std::string& actual);

/// Replaces the first occurrence of `from` in `file` (which must contain it) by `to`.
void replace_in(MemoryFileSystem& fs, const std::string& file, const std::string& from,
                const std::string& to);

/// The built file at `path`, or nullptr.
const OutputFile* find_output(const BuildResult& result, const std::string& path);

/// True when some diagnostic has this code.
bool has_code(const BuildResult& result, const std::string& code);

/// A copy of a fixture folder (relative to the source folder) in a fresh temporary folder, as
/// `content/`, for tests that edit files on disk (the preview); removed again on destruction.
struct TempContent {
  std::filesystem::path dir;
  explicit TempContent(const std::string& fixture = "tests/fixtures/minimal");
  ~TempContent();
  TempContent(const TempContent&) = delete;
  TempContent& operator=(const TempContent&) = delete;
  /// The content folder's path.
  std::string content() const { return (dir / "content").string(); }
  /// Writes `text` to the file `rel` below the content folder.
  void write(const std::string& rel, const std::string& text) const;
  /// The bytes of the file `rel` below the content folder.
  std::string read(const std::string& rel) const;
};

}  // namespace insyn::test
