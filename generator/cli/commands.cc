#include "cli/commands.h"

#include <algorithm>
#include <atomic>
#include <csignal>
#include <cstdlib>
#include <filesystem>
#include <iostream>

#include "archive/archives.h"
#include "archive/bag.h"
#include "core/filesystem.h"
#include "render/pipeline.h"
#include "serve/preview_server.h"
#include "site/writer.h"

namespace fs = std::filesystem;

namespace insyn {

namespace {

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

// Prints diagnostics to stderr (infos only when verbose) and returns the exit code they imply.
int report(const BuildResult& result, const CommonOptions& options) {
  std::string text = format_diagnostics(options.verbose ? result.diagnostics : result.diagnostics.without_infos(),
                                       result.tree.source_lookup());
  size_t infos = result.diagnostics.count(Severity::Info);
  if (!options.verbose && infos > 0) {
    text.pop_back();
    text += " (" + std::to_string(infos) + " more with --verbose)\n";
  }
  std::cerr << text;
  if (result.diagnostics.has_errors()) return kExitContentErrors;
  if (options.strict && result.diagnostics.count(Severity::Warning) > 0) {
    std::cerr << "warnings count as errors with --strict\n";
    return kExitContentErrors;
  }
  return kExitOk;
}

BuildResult run(const CommonOptions& options, bool render, int& exit_code, std::optional<int> only_year = {},
                FileEmitter emit = {}) {
  std::string content = trim_slashes(options.content);
  std::string themes = themes_folder(options);
  BuildResult result;
  if (!fs::is_directory(content)) {
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
  SiteWriter writer(trim_slashes(out), trim_slashes(options.content));
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

int run_archive(const CommonOptions& options, int year, bool replace) {
  // The build time is the one the caller states, so archiving the same content twice gives the same bag.
  const char* epoch_text = std::getenv("SOURCE_DATE_EPOCH");
  char* end = nullptr;
  long long epoch = epoch_text ? std::strtoll(epoch_text, &end, 10) : -1;
  if (!epoch_text || *end != '\0' || epoch < 0) {
    std::cerr << "error: SOURCE_DATE_EPOCH is not set to a time (seconds since 1970)\n"
              << "hint: SOURCE_DATE_EPOCH=$(git log -1 --format=%ct) insyn archive " << year
              << " (or `make archive YEAR=" << year << "`)\n";
    return kExitFailure;
  }
  std::string content = trim_slashes(options.content);
  std::string out = content + "/" + kArchiveDir + "/" + std::to_string(year);
  if (fs::exists(out) && !replace) {
    std::cerr << out << ": error: plan year " << year << " is already archived\n"
              << "hint: an archived year is frozen; pass --replace to archive it again\n";
    return kExitFailure;
  }
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
  OutputFiles bag = make_bag(result.files, {{"Source-Organization", orgs},
                                    {"External-Description", "Insyn snapshot of plan year " + std::to_string(year)},
                                    {"Bagging-Date", utc_time(epoch).substr(0, 10)},
                                    {"Insyn-Plan-Year", std::to_string(year)},
                                    {"Insyn-Generator", std::string("insyn ") + INSYN_VERSION},
                                    {"Insyn-Content-SHA256", tree_hash(DiskFileSystem(content))},
                                    {"Insyn-Theme-SHA256", tree_hash(DiskFileSystem(themes + "/" + result.site->config.theme))},
                                    {"Insyn-Build-Time", utc_time(epoch)},
                                    {"Source-Date-Epoch", std::to_string(epoch)}});
  fs::create_directories(content + "/" + kArchiveDir);
  if (std::string err = write_site(bag, out, "", /*keep_staging=*/false); !err.empty()) {
    std::cerr << "error: " << err << '\n';
    return kExitFailure;
  }
  std::cerr << "archived plan year " << year << ": " << pages << " files in " << out
            << "/ (commit it; the next build publishes it under arkiv/" << year << "/)\n";
  return kExitOk;
}

int run_verify(const std::string& dir) {
  std::string root = trim_slashes(dir);
  if (!fs::is_directory(root)) {
    std::cerr << root << ": error: not a folder\nhint: pass the folder of an archived year, e.g. public/arkiv/2019\n";
    return kExitFailure;
  }
  std::vector<BagProblem> problems = verify_bag(DiskFileSystem(root));
  for (const BagProblem& p : problems) {
    // A bag's file names and manifest lines are untrusted: escaped, they cannot forge a line.
    std::cerr << escape_for_terminal(root + "/" + p.path) << ": error: " << escape_for_terminal(p.what) << "\n";
  }
  if (!problems.empty()) {
    std::cerr << problems.size() << " problem" << (problems.size() == 1 ? "" : "s")
              << ": the snapshot differs from its manifest\n";
    return kExitContentErrors;
  }
  size_t files = DiskFileSystem(root).list_files("data").size();
  std::cout << root << ": ok, " << files << " files match the manifest\n";
  return kExitOk;
}

int run_serve(const CommonOptions& options, const std::string& bind, int port, const std::string& out) {
  std::string content = trim_slashes(options.content);
  if (!fs::is_directory(content)) {
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
