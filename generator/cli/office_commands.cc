#include "cli/office_commands.h"

#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>
#include <set>

#include "core/filesystem.h"
#include "office/control_sheet.h"
#include "office/import_controls.h"
#include "office/import_projects.h"
#include "office/import_risks.h"
#include "office/project_sheet.h"
#include "office/risk_sheet.h"
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

namespace {

// The sheets an import reads, by what they hold.
struct ImportSheets {
  const ReadSheet* risks = nullptr;
  const ReadSheet* controls = nullptr;
  const ReadSheet* projects = nullptr;
};

// A workbook's sheets by name (Risker, Kontroller, Projekt); a CSV file's one sheet by its columns: a
// control plan has "Systematisk kontroll", a project list "Rubrik", anything else is a risk register.
ImportSheets pick_sheets(const ReadResult& read, bool xlsx) {
  ImportSheets found;
  for (const ReadSheet& s : read.sheets) {
    std::string name = header_key(s.name);
    if (xlsx) {
      if (name == header_key(kRiskSheetName)) found.risks = &s;
      if (name == header_key(kControlSheetName)) found.controls = &s;
      if (name == header_key(kProjectSheetName)) found.projects = &s;
    } else if (!s.rows.empty() && find_columns(s.rows.front(), {"Systematisk kontroll"})[0] >= 0) {
      found.controls = &s;
    } else if (!s.rows.empty() && find_columns(s.rows.front(), {"Rubrik"})[0] >= 0) {
      found.projects = &s;
    } else {
      found.risks = &s;
    }
  }
  return found;
}

// The content JSON at `rel`, or `fresh` when the year does not have the file yet.
ojson content_json(const DiskFileSystem& disk, const std::string& rel, ojson fresh) {
  if (auto text = disk.read(rel)) {
    ojson j = ojson::parse(*text, nullptr, false);
    return j.is_discarded() ? ojson::object() : j;
  }
  return fresh;
}

}  // namespace

int run_import(const CommonOptions& options, const std::string& file, const std::string& org, int year) {
  std::string content = trim_slashes(options.content);
  const ReadLimits limits;
  auto read_bytes = read_named_file(file, limits.max_total_bytes);
  if (!read_bytes) {
    std::cerr << file << ": error: cannot read the file, or it is larger than "
              << (limits.max_total_bytes >> 20) << " MB\nhint: name an .xlsx workbook or a CSV file\n";
    return kExitFailure;
  }
  const std::string& bytes = *read_bytes;
  std::string label = fs::path(file).filename().string();
  bool xlsx = bytes.rfind("PK", 0) == 0 || fs::path(file).extension() == ".xlsx";
  ReadResult read = xlsx ? read_xlsx(bytes, limits) : read_csv(bytes, fs::path(file).stem().string(), limits);
  if (!read.ok()) {
    std::cerr
        << label << (read.where.empty() ? "" : ":" + read.where) << ": error: " << read.error
        << "\nhint: nothing was imported; save the workbook again from Excel as .xlsx with values only\n";
    return kExitContentErrors;
  }
  ImportSheets sheets = pick_sheets(read, xlsx);
  if (!sheets.risks && !sheets.controls && !sheets.projects) {
    std::cerr << label << ": error: the workbook has no sheet named \"" << kRiskSheetName << "\", \""
              << kControlSheetName << "\" or \"" << kProjectSheetName << "\"\n"
              << "hint: the risk register is the sheet \"" << kRiskSheetName << "\", the control plan \""
              << kControlSheetName << "\" and the project list \"" << kProjectSheetName
              << "\", as in the workbook `insyn build` writes\n";
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
  std::string dir = org + "/" + std::to_string(year) + "/";
  MemoryFileSystem changed;
  Diagnostics errors;
  std::string summary;
  if (sheets.risks) {
    ojson vor = content_json(disk, dir + "vor.json",
                             {{"$schema", "../../schemas/vor.schema.json"},
                              {"title", "Väsentlighets- och riskanalys"},
                              {"goals", ojson::array()}});
    Vor empty;
    RiskImport r = import_risks(*sheets.risks, label, target->vor ? *target->vor : empty,
                                before.site->config.risk_model, std::move(vor));
    for (const Diagnostic& d : r.diags.items()) errors.add(d);
    if (!r.diags.has_errors() && r.any()) changed.write(dir + "vor.json", json_text(r.vor));
    summary += "  " + dir + "vor.json: " + std::to_string(r.changed) + " changed, " +
               std::to_string(r.added) + " added, " + std::to_string(r.removed) + " removed, " +
               std::to_string(r.moved) + " moved\n";
  }
  if (sheets.controls) {
    ojson plan = content_json(disk, dir + "kontrollplan.json",
                              {{"$schema", "../../schemas/kontrollplan.schema.json"},
                               {"title", "Internkontrollplan"},
                               {"controls", ojson::array()}});
    ControlImport c = import_controls(
        *sheets.controls, label, target->control_plan ? &*target->control_plan : nullptr, std::move(plan));
    for (const Diagnostic& d : c.diags.items()) errors.add(d);
    if (!c.diags.has_errors() && c.any()) changed.write(dir + "kontrollplan.json", json_text(c.plan));
    summary += "  " + dir + "kontrollplan.json: " + std::to_string(c.changed) + " changed, " +
               std::to_string(c.added) + " added, " + std::to_string(c.removed) + " removed\n";
  }
  if (sheets.projects) {
    ojson appendix = content_json(disk, dir + "projekt.json",
                                  {{"$schema", "../../schemas/projekt.schema.json"},
                                   {"title", "Projektbilaga"},
                                   {"groups", ojson::array()}});
    ProjectImport p = import_projects(*sheets.projects, label,
                                      target->projects ? &*target->projects : nullptr, std::move(appendix));
    for (const Diagnostic& d : p.diags.items()) errors.add(d);
    if (!p.diags.has_errors() && p.any()) changed.write(dir + "projekt.json", json_text(p.appendix));
    summary += "  " + dir + "projekt.json: " + std::to_string(p.changed) + " changed, " +
               std::to_string(p.added) + " added, " + std::to_string(p.removed) + " removed, " +
               std::to_string(p.moved) + " moved\n";
  }
  if (errors.has_errors()) {
    std::cerr << format_cell_diagnostics(errors) << "import failed: nothing was written\n";
    return kExitContentErrors;
  }
  if (changed.list_files("").empty()) {
    std::cerr << label << ": the sheets are the same as " << content << "/" << dir << "; nothing to write\n";
    return kExitOk;
  }
  if (!check_and_write(options, changed, "import")) return kExitContentErrors;
  std::cerr << "imported " << label << " into " << content << "/" << dir << ":\n" << summary;
  return kExitOk;
}

}  // namespace insyn
