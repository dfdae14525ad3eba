// `insyn new-year`: a plan year started from an earlier one, as the planners do in Excel each autumn.
#include <algorithm>
#include <filesystem>
#include <iostream>
#include <nlohmann/json.hpp>

#include "cli/office_commands.h"
#include "core/filesystem.h"
#include "model/types.h"

namespace fs = std::filesystem;

namespace insyn {

// Defined in office_commands.cc (shared with import).
bool check_and_write(const CommonOptions& options, const MemoryFileSystem& files, const std::string& what);

namespace {

using ojson = nlohmann::ordered_json;

// Source references point into last year's documents; the new year has none yet.
void drop_sources(ojson& j) {
  if (j.is_object()) {
    j.erase("source");
    j.erase("source_line");
    for (auto& [key, value] : j.items()) drop_sources(value);
  } else if (j.is_array()) {
    for (ojson& item : j) drop_sources(item);
  }
}

void replace_year(ojson& j, const char* key, int from, int to) {
  if (!j.contains(key) || !j[key].is_string()) return;
  std::string s = j[key].get<std::string>();
  for (size_t at = s.find(std::to_string(from)); at != std::string::npos;
       at = s.find(std::to_string(from), at + 4))
    s.replace(at, 4, std::to_string(to));
  j[key] = s;
}

void mark_carried_over(ojson& j) {
  if (j.is_object()) {
    for (auto& [key, value] : j.items()) {
      if (key == "risks" && value.is_array()) {
        for (ojson& r : value)
          if (r.is_object() && r.contains("probability")) r["review"] = "carried-over";
      } else {
        mark_carried_over(value);
      }
    }
  } else if (j.is_array()) {
    for (ojson& item : j) mark_carried_over(item);
  }
}

// A project runs into `year` when its end is unknown, open ("löpande") or not before 1 January.
bool runs_into(const ojson& project, int year) {
  if (!project.contains("period") || !project["period"].is_object()) return true;
  const ojson& period = project["period"];
  if (period.value("open_end", false)) return true;
  std::string end = period.value("end", std::string());
  if (end.empty()) return true;
  auto date = PartialDate::parse(end);
  return !date || date->year >= year;
}

bool still_open(const ojson& activity, int year) {
  std::string date = activity.value("target_date", std::string());
  auto parsed = PartialDate::parse(date);
  return date.empty() || !parsed || parsed->year >= year;
}

std::optional<ojson> read_json(const DiskFileSystem& disk, const std::string& rel) {
  auto text = disk.read(rel);
  if (!text) return std::nullopt;
  ojson j = ojson::parse(*text, nullptr, false);
  if (j.is_discarded()) return std::nullopt;
  return j;
}

}  // namespace

int run_new_year(const CommonOptions& options, const std::string& org, int year, std::optional<int> from) {
  std::string content = options.content;
  while (content.size() > 1 && content.back() == '/') content.pop_back();
  fs::path org_dir = fs::path(content) / org;
  if (!fs::is_directory(org_dir)) {
    std::cerr << org_dir.string() << ": error: there is no board " << org
              << "\nhint: the board is a folder of the content folder, e.g. amn\n";
    return kExitFailure;
  }
  if (fs::exists(org_dir / std::to_string(year))) {
    std::cerr
        << (org_dir / std::to_string(year)).string() << ": error: plan year " << year
        << " exists already\nhint: new-year never overwrites; edit the year or remove the folder first\n";
    return kExitFailure;
  }
  if (!from) {
    for (const auto& entry : fs::directory_iterator(org_dir)) {
      std::string name = entry.path().filename().string();
      if (entry.is_directory() && name.size() == 4 && std::all_of(name.begin(), name.end(), ::isdigit)) {
        int y = std::stoi(name);
        if (y < year && (!from || y > *from)) from = y;
      }
    }
  }
  if (!from || !fs::is_directory(org_dir / std::to_string(*from))) {
    std::cerr << org_dir.string() << ": error: there is no plan year to start " << year << " from"
              << "\nhint: pass --from YEAR naming an existing year\n";
    return kExitFailure;
  }
  DiskFileSystem disk(content);
  std::string src = org + "/" + std::to_string(*from) + "/", dst = org + "/" + std::to_string(year) + "/";
  MemoryFileSystem out;
  auto put = [&](const std::string& name, ojson j) { out.write(dst + name, j.dump(2) + "\n"); };
  if (auto plan = read_json(disk, src + "plan.json")) {
    drop_sources(*plan);
    (*plan)["year"] = year;
    replace_year(*plan, "title", *from, year);
    plan->erase("decided");
    put("plan.json", *plan);
  }
  if (auto vor = read_json(disk, src + "vor.json")) {
    drop_sources(*vor);
    mark_carried_over(*vor);
    put("vor.json", *vor);
  }
  if (auto plan = read_json(disk, src + "kontrollplan.json")) {
    drop_sources(*plan);
    put("kontrollplan.json", *plan);
  }
  if (auto projects = read_json(disk, src + "projekt.json")) {
    drop_sources(*projects);
    ojson groups = ojson::array();
    for (ojson g : (*projects)["groups"]) {
      ojson kept = ojson::array();
      for (const ojson& p : g["projects"])
        if (runs_into(p, year)) kept.push_back(p);
      g["projects"] = kept;
      if (!kept.empty()) groups.push_back(g);
    }
    (*projects)["groups"] = groups;
    if (!groups.empty()) put("projekt.json", *projects);
  }
  if (auto competence = read_json(disk, src + "kompetens.json")) {
    drop_sources(*competence);
    ojson open = ojson::array();
    for (ojson a : (*competence)["activities"]) {
      if (!still_open(a, year)) continue;
      if (a.contains("follow_up")) a["follow_up"] = "";  // last year's follow-up is not this year's
      open.push_back(a);
    }
    (*competence)["activities"] = open;
    competence->erase("staff_figures");  // figures are as of a date in last year's plan
    competence->erase("applications");
    replace_year(*competence, "title", *from, year);
    put("kompetens.json", *competence);
  }
  if (out.list_files("").empty()) {
    std::cerr << src << ": error: plan year " << *from << " has no documents to start from\n";
    return kExitFailure;
  }
  if (!check_and_write(options, out, "new-year")) return kExitContentErrors;
  std::cerr << "wrote " << content << "/" << dst << " from " << *from << " (" << out.list_files("").size()
            << " files; risks are marked \"review\": \"carried-over\" until reviewed)\n";
  return kExitOk;
}

}  // namespace insyn
