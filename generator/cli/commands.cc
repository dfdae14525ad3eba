#include "cli/commands.h"

#include <algorithm>
#include <atomic>
#include <csignal>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>

#include "archive/archives.h"
#include "archive/bag.h"
#include "archive/pins.h"
#include "archive/tar.h"
#include "core/diagnostics_json.h"
#include "core/filesystem.h"
#include "core/signature.h"
#include "model/load.h"
#include "render/pipeline.h"
#include "serve/preview_server.h"
#include "site/writer.h"

namespace fs = std::filesystem;

namespace insyn {

namespace {

// Non-throwing tests: a path that cannot be examined (too long, no permission) is not there.
bool is_folder(const std::string& path) {
  std::error_code ec;
  return fs::is_directory(path, ec);
}
bool is_there(const std::string& path) {
  std::error_code ec;
  return fs::exists(path, ec) || fs::is_symlink(path, ec);
}

std::string trim_slashes(std::string path) {
  while (path.size() > 1 && path.back() == '/') path.pop_back();
  return path;
}

// --themes, or themes/ beside the content folder.
std::string themes_folder(const CommonOptions& options) {
  if (!options.themes.empty()) return trim_slashes(options.themes);
  fs::path parent = fs::path(trim_slashes(options.content)).parent_path();
  return parent.empty() ? "themes" : (parent / "themes").string();
}

// Prints diagnostics to stderr in the compiler style (infos only when verbose).
void report_human(const BuildResult& result, const CommonOptions& options) {
  std::string text = format_diagnostics(
      options.verbose ? result.diagnostics : result.diagnostics.without_infos(), result.tree.source_lookup());
  size_t infos = result.diagnostics.count(Severity::Info);
  if (!options.verbose && infos > 0) {
    text.pop_back();
    text += " (" + std::to_string(infos) + " more with --verbose)\n";
  }
  std::cerr << text;
}

// Prints diagnostics (infos only when verbose) and returns the exit code they imply.
int report(const BuildResult& result, const CommonOptions& options) {
  if (options.format == "json") {
    // One JSON object per line on stdout, for editor plugins and CI annotations; no summary line.
    std::cout << diagnostics_json_lines(
                     options.verbose ? result.diagnostics : result.diagnostics.without_infos(),
                     result.tree.source_lookup())
              << std::flush;
  } else {
    report_human(result, options);
  }
  if (result.diagnostics.has_errors()) return kExitContentErrors;
  if (options.strict && result.diagnostics.count(Severity::Warning) > 0) {
    if (options.format != "json") std::cerr << "warnings count as errors with --strict\n";
    return kExitContentErrors;
  }
  return kExitOk;
}

BuildResult run(const CommonOptions& options, bool render, int& exit_code, std::optional<int> only_year = {},
                FileEmitter emit = {}) {
  std::string content = trim_slashes(options.content);
  std::string themes = themes_folder(options);
  BuildResult result;
  if (!is_folder(content)) {
    std::cerr << content << ": error: the content folder does not exist\nhint: pass --content DIR\n";
    exit_code = kExitFailure;
    return result;
  }
  DiskFileSystem content_fs(content);
  DiskFileSystem themes_fs(themes);
  BuildInputs inputs{&content_fs, content, &themes_fs, themes, only_year, std::move(emit)};
  result = run_pipeline(inputs, render);
  exit_code = report(result, options);
  return result;
}

}  // namespace

int run_check(const CommonOptions& options) {
  int exit_code = kExitOk;
  run(options, false, exit_code);
  return exit_code;
}

int run_build(const CommonOptions& options, const std::string& out) {
  // Pages are written into the staging folder as they are rendered, so the site is never held in
  // memory as a whole; the output folder changes only when commit() swaps the staging folder in.
  SiteWriter writer(trim_slashes(out),
                    {{trim_slashes(options.content), "content"}, {themes_folder(options), "theme"}});
  if (!writer.error().empty()) {
    std::cerr << "error: " << writer.error() << '\n';
    return kExitFailure;
  }
  std::atomic<size_t> written{0};
  int exit_code = kExitOk;
  run(options, true, exit_code, {}, [&](const OutputFile& f) {
    writer.write(f);
    ++written;
  });
  if (exit_code != kExitOk) {
    std::cerr << "build failed: " << out << "/ was left as it was\n";
    return exit_code;
  }
  if (std::string err = writer.commit(); !err.empty()) {
    std::cerr << "error: " << err << '\n';
    return kExitFailure;
  }
  std::cerr << "wrote " << written << " files to " << out << "/\n";
  return kExitOk;
}

namespace {

// Keys and the register of pins are small; anything larger is not one.
constexpr std::uintmax_t kSmallFileBytes = std::uintmax_t{16} << 20;

// Reads the register of pins at `path` (none yet: empty); prints its errors and returns false on one.
bool read_pins(const std::string& path, Pins& pins) {
  Diagnostics diags;
  if (auto text = read_named_file(path, kSmallFileBytes)) pins = parse_pins(*text, path, diags);
  if (!diags.has_errors()) return true;
  std::cerr << format_diagnostics(diags, [](const std::string&) { return std::nullopt; });
  return false;
}

// Replaces a small file in one rename, world-readable whatever the umask.
bool replace_file(const std::string& path, const std::string& bytes) {
  std::string tmp = path + ".insyn-new";
  {
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    out << bytes;
    if (!out.flush()) return false;
  }
  std::error_code ec;
  fs::permissions(tmp, fs::perms(0644), ec);
  fs::rename(tmp, path, ec);
  return !ec;
}

}  // namespace

int run_archive(const CommonOptions& options, int year, bool replace, const std::string& sign_key) {
  // The build time is the one the caller states, so archiving the same content twice gives the same bag.
  // It must fit the tar header every later build writes for the year.
  const char* epoch_text = std::getenv("SOURCE_DATE_EPOCH");
  std::optional<long long> epoch = epoch_text ? parse_epoch(epoch_text) : std::nullopt;
  if (!epoch) {
    std::cerr << "error: SOURCE_DATE_EPOCH is "
              << (epoch_text ? "\"" + std::string(epoch_text) + "\"" : "not set")
              << "; it must be seconds since 1970, from 0 to " << kTarMaxTime << " (" << utc_time(kTarMaxTime)
              << ", the latest time a tar header holds)\n"
              << "hint: SOURCE_DATE_EPOCH=$(git log -1 --format=%ct) insyn archive " << year
              << " (or `make archive YEAR=" << year << "`)\n";
    return kExitFailure;
  }
  std::optional<std::string> key;
  if (!sign_key.empty() && !(key = read_named_file(sign_key, kSmallFileBytes))) {
    std::cerr << sign_key << ": error: cannot read the signing key\n";
    return kExitFailure;
  }
  std::string content = trim_slashes(options.content);
  std::string out = content + "/" + kArchiveDir + "/" + std::to_string(year);
  std::string pins_path = content + "/" + kArchiveDir + "/" + kPinsFile;
  if (is_there(out) && !replace) {
    std::cerr << out << ": error: plan year " << year << " is already archived\n"
              << "hint: an archived year is frozen; pass --replace to archive it again\n";
    return kExitFailure;
  }
  Pins pins;
  if (!read_pins(pins_path, pins)) return kExitContentErrors;
  int exit_code = kExitOk;
  BuildResult result = run(options, true, exit_code, year);
  if (exit_code != kExitOk) {
    std::cerr << "archive failed: " << out << "/ was left as it was\n";
    return exit_code;
  }
  std::string orgs;
  for (const Organisation& org : result.site->organisations) orgs += (orgs.empty() ? "" : ", ") + org.name;
  std::string themes = themes_folder(options);
  size_t pages = result.files.size();
  OutputFiles bag =
      make_bag(result.files,
               {{"Source-Organization", orgs},
                {"External-Description", "Insyn snapshot of plan year " + std::to_string(year)},
                {"Bagging-Date", utc_time(*epoch).substr(0, 10)},
                {"Insyn-Plan-Year", std::to_string(year)},
                {"Insyn-Generator", std::string("insyn ") + INSYN_VERSION},
                {"Insyn-Content-SHA256", tree_hash(DiskFileSystem(content))},
                {"Insyn-Theme-SHA256", tree_hash(DiskFileSystem(themes + "/" + result.site->config.theme))},
                {"Insyn-Build-Time", utc_time(*epoch)},
                {"Source-Date-Epoch", std::to_string(*epoch)}});
  std::string tag_manifest;
  for (const OutputFile& f : bag) {
    if (f.path == kTagManifest) tag_manifest = f.bytes;
  }
  if (key) {
    std::string error;
    std::string signature = ed25519_sign(*key, tag_manifest, error);
    if (signature.empty()) {
      std::cerr << sign_key << ": error: " << error << "\n";
      return kExitFailure;
    }
    bag.push_back({kSignature, signature});
  }
  std::error_code ec;
  fs::create_directories(content + "/" + kArchiveDir, ec);
  if (std::string err = write_site(bag, out, "", /*keep_staging=*/false); !err.empty()) {
    std::cerr << "error: " << err << '\n';
    return kExitFailure;
  }
  // The pin goes outside the bag, into the register under version control.
  pins[year] = pin_of(tag_manifest);
  if (!replace_file(pins_path, format_pins(pins))) {
    std::cerr << pins_path << ": error: cannot write the register of pins\n";
    return kExitFailure;
  }
  std::cerr << "archived plan year " << year << ": " << pages << " files in " << out << "/"
            << (key ? ", signed" : "") << " (commit it and " << pins_path
            << "; the next build publishes it under arkiv/" << year << "/)\n"
            << "pin for the minutes: plan year " << year << ", tag manifest SHA-256 " << pins[year] << "\n";
  return kExitOk;
}

int run_verify(const std::string& dir, const std::string& pins_file, const std::string& public_key) {
  std::string root = trim_slashes(dir);
  if (!is_folder(root)) {
    std::cerr << root
              << ": error: not a folder\nhint: pass the folder of an archived year, e.g. public/arkiv/2019\n";
    return kExitFailure;
  }
  std::optional<std::string> key;
  if (!public_key.empty() && !(key = read_named_file(public_key, kSmallFileBytes))) {
    std::cerr << public_key << ": error: cannot read the public key\n";
    return kExitFailure;
  }
  // The register of pins: given, or the one beside the bag (content/arkiv/ and public/arkiv/ have one).
  fs::path parent = fs::path(root).parent_path();
  std::string pins_path =
      !pins_file.empty() ? pins_file : (parent.empty() ? fs::path(kPinsFile) : parent / kPinsFile).string();
  std::error_code ec;
  if (!fs::is_regular_file(pins_path, ec)) {
    std::cerr
        << pins_path << ": error: no register of pins to check the bag against\n"
        << "hint: pass --pins FILE (content/arkiv/pins.json, or arkiv/pins.json of the published site)\n";
    return kExitContentErrors;
  }
  Pins pins;
  if (!read_pins(pins_path, pins)) return kExitContentErrors;
  DiskFileSystem bag(root);
  std::vector<BagProblem> problems = verify_bag(bag);
  int year = 0;
  if (problems.empty()) {
    std::string name = fs::path(root).filename().string();
    problems = check_claims(bag, is_year_name(name) ? std::stoi(name) : 0, pins, year);
  }
  if (problems.empty() && key) {
    std::string error;
    auto signature = bag.read(kSignature);
    if (!signature) {
      problems.push_back({kSignature, "the bag is not signed", "unsigned"});
    } else if (!ed25519_verify(*key, bag.read(kTagManifest).value_or(""), *signature, error)) {
      problems.push_back({kSignature, error, "signature"});
    }
  }
  for (const BagProblem& p : problems) {
    // A bag's file names and manifest lines are untrusted: escaped, they cannot forge a line.
    std::cerr << escape_for_terminal(root + "/" + p.path) << ": error: " << escape_for_terminal(p.what)
              << "\n";
  }
  if (!problems.empty()) {
    std::cerr << problems.size() << " problem" << (problems.size() == 1 ? "" : "s")
              << ": the snapshot is not what was archived\n";
    return kExitContentErrors;
  }
  size_t files = bag.list_files("data").size();
  std::cout << root << ": ok, " << files
            << " files match the manifest, the tag manifest matches the pin of plan year " << year << " in "
            << pins_path << (key ? ", the signature is valid" : "") << "\n";
  return kExitOk;
}

int run_serve(const CommonOptions& options, const std::string& bind, int port, const std::string& out) {
  std::string content = trim_slashes(options.content);
  if (!is_folder(content)) {
    std::cerr << content << ": error: the content folder does not exist\nhint: pass --content DIR\n";
    return kExitFailure;
  }
  PreviewOptions preview;
  preview.content = content;
  preview.themes = themes_folder(options);
  preview.bind = bind;
  preview.port = port;
  preview.write_to = trim_slashes(out);
  // The preview watches the content and theme folders; writing there would rebuild for ever.
  const std::string& to = preview.write_to;
  if (!to.empty() &&
      (folder_within(to, content) || folder_within(content, to) || folder_within(to, preview.themes))) {
    std::cerr << to << ": error: --out overlaps the content or theme folder the preview watches\n"
              << "hint: write the site somewhere else, e.g. --out public\n";
    return kExitFailure;
  }
  PreviewServer server(preview);
  server.on_build([](const Snapshot& s, const std::string& written) {
    std::cerr << "build " << s.generation << (s.ok ? ": ok" : ": FAILED, serving the last good build") << "\n"
              << s.diagnostics;
    if (!written.empty()) std::cerr << written << "\n";
  });
  // Block the signals in every thread; this one waits for them and then stops the server cleanly.
  sigset_t signals;
  sigemptyset(&signals);
  sigaddset(&signals, SIGINT);
  sigaddset(&signals, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &signals, nullptr);
  int bound = server.start();
  if (bound == 0) {
    std::cerr << bind << ":" << port << ": error: cannot listen on this address\nhint: pass another --port\n";
    return kExitFailure;
  }
  std::cerr << "serving " << content << " at http://" << bind << ":" << bound << "/ (Ctrl-C stops)\n";
  int received = 0;
  sigwait(&signals, &received);
  server.stop();
  return kExitOk;
}

}  // namespace insyn
