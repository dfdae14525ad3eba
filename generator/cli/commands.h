#pragma once

#include <string>

namespace insyn {

/// Options shared by the commands that read content.
struct CommonOptions {
  std::string content = "content";
  std::string themes;  ///< default: "themes" beside the content folder
  bool strict = false;
  bool verbose = false;
  /// How diagnostics are printed: "human" (compiler style, stderr) or "json" (JSON Lines, stdout).
  std::string format = "human";
};

/// Exit codes: 0 success (warnings allowed), 1 content errors (or warnings with --strict), 2 usage
/// or I/O problems.
inline constexpr int kExitOk = 0;
inline constexpr int kExitContentErrors = 1;
inline constexpr int kExitFailure = 2;

/// `insyn check`: load and validate only; prints the diagnostics.
int run_check(const CommonOptions& options);

/// `insyn build`: check, render and write the site atomically into `out`.
int run_build(const CommonOptions& options, const std::string& out);

/// `insyn archive YEAR`: freezes plan year `year` as a BagIt bag in <content>/arkiv/<year>/, with
/// its build time from SOURCE_DATE_EPOCH (0 to kTarMaxTime), and pins its tag manifest's SHA-256 in
/// <content>/arkiv/pins.json. An existing snapshot is only replaced with `replace`. With a
/// `sign_key` (Ed25519 PEM), the tag manifest is signed into tagmanifest-sha256.txt.sig.
int run_archive(const CommonOptions& options, int year, bool replace, const std::string& sign_key);

/// `insyn verify DIR`: checks a snapshot against its manifests, its claims and its pin in `pins_file`
/// (default: pins.json beside DIR), and with a `public_key` its signature; prints every problem and
/// exits 1 when there is one.
int run_verify(const std::string& dir, const std::string& pins_file, const std::string& public_key);

/// `insyn serve`: preview with live reload on `bind`:`port` until interrupted (SIGINT/SIGTERM); with
/// a non-empty `out`, every good build is also written there.
int run_serve(const CommonOptions& options, const std::string& bind, int port, const std::string& out);

}  // namespace insyn
