#include "cli/commands.h"

#include <csignal>
#include <filesystem>
#include <iostream>

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

std::string default_themes(const std::string& content) {
  fs::path parent = fs::path(content).parent_path();
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

BuildResult run(const CommonOptions& options, bool render, int& exit_code) {
  std::string content = trim_slashes(options.content);
  std::string themes = trim_slashes(options.themes.empty() ? default_themes(content) : options.themes);
  BuildResult result;
  if (!fs::is_directory(content)) {
    std::cerr << content << ": error: the content folder does not exist\nhint: pass --content DIR\n";
    exit_code = kExitFailure;
    return result;
  }
  DiskFileSystem content_fs(content);
  DiskFileSystem themes_fs(themes);
  BuildInputs inputs{&content_fs, content, &themes_fs, themes};
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
  int exit_code = kExitOk;
  BuildResult result = run(options, true, exit_code);
  if (exit_code != kExitOk) {
    std::cerr << "build failed: " << out << "/ was left as it was\n";
    return exit_code;
  }
  if (std::string err = write_site(result.files, trim_slashes(out), trim_slashes(options.content)); !err.empty()) {
    std::cerr << "error: " << err << '\n';
    return kExitFailure;
  }
  std::cerr << "wrote " << result.files.size() << " files to " << out << "/\n";
  return kExitOk;
}

int run_serve(const CommonOptions& options, const std::string& bind, int port) {
  std::string content = trim_slashes(options.content);
  if (!fs::is_directory(content)) {
    std::cerr << content << ": error: the content folder does not exist\nhint: pass --content DIR\n";
    return kExitFailure;
  }
  PreviewOptions preview;
  preview.content = content;
  preview.themes = trim_slashes(options.themes.empty() ? default_themes(content) : options.themes);
  preview.bind = bind;
  preview.port = port;
  PreviewServer server(preview);
  server.on_build([](const Snapshot& s) {
    std::cerr << "build " << s.generation << (s.ok ? ": ok" : ": FAILED, serving the last good build") << "\n"
              << s.diagnostics;
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
