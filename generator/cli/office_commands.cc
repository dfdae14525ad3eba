#include "cli/office_commands.h"

#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>

#include "core/filesystem.h"
#include "office/import_risks.h"
#include "office/xlsx_reader.h"
#include "render/pipeline.h"

namespace fs = std::filesystem;

namespace insyn {

namespace {

using ojson = nlohmann::ordered_json;

// The content folder with some files replaced or added in memory: what a command would write,
// checked before anything touches the disk.
class OverlayFileSystem : public FileSystem {
 public:
  OverlayFileSystem(const FileSystem& base, const MemoryFileSystem& over) : base_(base), over_(over) {}
  std::optional<std::string> read(const std::string& path) const override {
    if (auto b = over_.read(path)) return b;
    return base_.read(path);
  }
  std::optional<std::uintmax_t> size(const std::string& path) const override {
    if (auto s = over_.size(path)) return s;
    return base_.size(path);
  }
  std::vector<std::string> list_files(const std::string& dir) const override {
    std::set<std::string> all;
    for (auto& f : base_.list_files(dir)) all.insert(f);
    for (auto& f : over_.list_files(dir)) all.insert(f);
    return {all.begin(), all.end()};
  }

 private:
  const FileSystem& base_;
  const MemoryFileSystem& over_;
};

std::string trim_slashes(std::string path) {
  while (path.size() > 1 && path.back() == '/') path.pop_back();
  return path;
}

std::string themes_of(const CommonOptions& options) {
  if (!options.themes.empty()) return trim_slashes(options.themes);
  fs::path parent = fs::path(trim_slashes(options.content)).parent_path();
  return parent.empty() ? "themes" : (parent / "themes").string();
}

BuildResult load(const CommonOptions& options, const FileSystem& content) {
  DiskFileSystem themes(themes_of(options));
  BuildInputs inputs{&content, trim_slashes(options.content), &themes, themes_of(options), {}, {}};
  return run_pipeline(inputs, false);
}

// Prints the errors of a check (warnings are the content's own business and stay quiet here).
bool report_errors(const BuildResult& result) {
  if (!result.diagnostics.has_errors()) return false;
  Diagnostics errors;
  for (const Diagnostic& d : result.diagnostics.items())
    if (d.severity == Severity::Error) errors.add(d);
  std::cerr << format_diagnostics(errors, result.tree.source_lookup());
  return true;
}

const PlanYear* find_year(const Site& site, const std::string& org, int year) {
  for (const Organisation& o : site.organisations)
    if (o.slug == org)
      for (const PlanYear& y : o.years)
        if (y.year == year) return &y;
  return nullptr;
}

// Writes the files (relative to the content folder) each through a temporary file and a rename.
bool write_files(const std::string& content, const MemoryFileSystem& files) {
  for (const std::string& rel : files.list_files("")) {
    fs::path path = fs::path(content) / rel;
    std::error_code ec;
    fs::create_directories(path.parent_path(), ec);
    fs::path temp = path;
    temp += ".insyn-tmp";
    {
      std::ofstream out(temp, std::ios::binary);
      out << *files.read(rel);
      if (!out.flush()) {
        std::cerr << path.string() << ": error: cannot write the file\n";
        fs::remove(temp, ec);
        return false;
      }
    }
    fs::rename(temp, path, ec);
    if (ec) {
      std::cerr << path.string() << ": error: cannot write the file (" << ec.message() << ")\n";
      return false;
    }
  }
  return true;
}

std::string json_text(const ojson& j) {
  return j.dump(2) + "\n";
}

}  // namespace

// Checks the content with `files` laid over it; writes them when it has no error (else prints them).
bool check_and_write(const CommonOptions& options, const MemoryFileSystem& files, const std::string& what) {
  std::string content = trim_slashes(options.content);
  DiskFileSystem disk(content);
  BuildResult after = load(options, OverlayFileSystem(disk, files));
  if (report_errors(after)) {
    std::cerr << what << " failed: the result does not check; nothing was written\n";
    return false;
  }
  return write_files(content, files);
}

int run_import(const CommonOptions& options, const std::string& file, const std::string& org, int year) {
  std::string content = trim_slashes(options.content);
  std::ifstream in(file, std::ios::binary);
  if (!in) {
    std::cerr << file << ": error: cannot read the file\nhint: name an .xlsx workbook or a CSV file\n";
    return kExitFailure;
  }
  std::ostringstream buf;
  buf << in.rdbuf();
  std::string bytes = buf.str();
  std::string label = fs::path(file).filename().string();
  bool xlsx = bytes.rfind("PK", 0) == 0 || fs::path(file).extension() == ".xlsx";
  ReadResult read = xlsx ? read_xlsx(bytes) : read_csv(bytes, fs::path(file).stem().string());
  if (!read.ok()) {
    std::cerr
        << label << (read.where.empty() ? "" : ":" + read.where) << ": error: " << read.error
        << "\nhint: nothing was imported; save the workbook again from Excel as .xlsx with values only\n";
    return kExitContentErrors;
  }
  const ReadSheet* sheet = nullptr;
  for (const ReadSheet& s : read.sheets) {
    std::string name = s.name;
    std::transform(name.begin(), name.end(), name.begin(), [](unsigned char c) { return std::tolower(c); });
    if (!xlsx || name == "risker") sheet = &s;
  }
  if (!sheet) {
    std::cerr << label << ": error: the workbook has no sheet named \"Risker\"\n"
              << "hint: the risk register is the sheet \"Risker\", as in the workbook `insyn build` writes\n";
    return kExitContentErrors;
  }
  if (!fs::is_directory(content)) {
    std::cerr << content << ": error: the content folder does not exist\nhint: pass --content DIR\n";
    return kExitFailure;
  }
  DiskFileSystem disk(content);
  BuildResult before = load(options, disk);
  if (report_errors(before)) {
    std::cerr << "import stopped: fix the content first; nothing was written\n";
    return kExitContentErrors;
  }
  const PlanYear* target = find_year(*before.site, org, year);
  if (!target) {
    std::cerr << content << "/" << org << "/" << year << ": error: there is no plan year " << year << " of "
              << org << "\nhint: start it with `insyn new-year " << org << " " << year << "`\n";
    return kExitFailure;
  }
  std::string rel = org + "/" + std::to_string(year) + "/vor.json";
  ojson vor = {{"$schema", "../../schemas/vor.schema.json"},
               {"title", "Väsentlighets- och riskanalys"},
               {"goals", ojson::array()}};
  if (auto text = disk.read(rel)) vor = ojson::parse(*text, nullptr, false);
  if (vor.is_discarded()) vor = ojson::object();
  Vor empty;
  RiskImport result = import_risks(*sheet, label, target->vor ? *target->vor : empty,
                                   before.site->config.risk_model, std::move(vor));
  if (result.diags.has_errors()) {
    std::cerr << format_cell_diagnostics(result.diags) << "import failed: nothing was written\n";
    return kExitContentErrors;
  }
  if (!result.any()) {
    std::cerr << label << ": the register is the same as " << content << "/" << rel << "; nothing to write\n";
    return kExitOk;
  }
  MemoryFileSystem changed;
  changed.write(rel, json_text(result.vor));
  if (!check_and_write(options, changed, "import")) return kExitContentErrors;
  std::cerr << "imported " << label << " into " << content << "/" << rel << ": " << result.changed
            << " changed, " << result.added << " added, " << result.removed << " removed, " << result.moved
            << " moved\n";
  return kExitOk;
}

}  // namespace insyn
