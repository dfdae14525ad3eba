#include "archive/archives.h"

#include <ctime>
#include <set>

#include "archive/bag.h"
#include "archive/tar.h"
#include "core/sha256.h"
#include "model/load.h"

namespace insyn {

std::optional<long long> parse_epoch(const std::string& text) {
  if (text.empty() || text.size() > 11 || text.find_first_not_of("0123456789") != std::string::npos)
    return {};
  long long epoch = std::stoll(text);
  if (epoch > kTarMaxTime) return {};
  return epoch;
}

std::vector<BagProblem> check_claims(const FileSystem& bag, int folder_year, const Pins& pins, int& year) {
  std::vector<BagProblem> problems;
  year = 0;
  BagInfo info = parse_bag_info(bag.read("bag-info.txt").value_or(""));
  auto field = [&](const std::string& name) -> std::optional<std::string> {
    for (const auto& [key, value] : info) {
      if (key == name) return value;
    }
    return {};
  };
  // The year is what the bag says, not what its folder is called: a renamed folder must not
  // publish one year's plans as another's.
  std::optional<std::string> stated = field("Insyn-Plan-Year");
  if (!stated || !is_year_name(*stated)) {
    problems.push_back({"bag-info.txt",
                        "Insyn-Plan-Year is " + (stated ? "\"" + *stated + "\"" : "missing") +
                            "; it must be the plan year the bag holds",
                        "year"});
    return problems;
  }
  year = std::stoi(*stated);
  if (folder_year != 0 && folder_year != year) {
    problems.push_back(
        {"bag-info.txt",
         "the bag holds plan year " + *stated + " but its folder is named " + std::to_string(folder_year),
         "year"});
  }
  std::optional<std::string> epoch = field("Source-Date-Epoch");
  if (!epoch || !parse_epoch(*epoch)) {
    problems.push_back({"bag-info.txt",
                        "Source-Date-Epoch is " + (epoch ? "\"" + *epoch + "\"" : "missing") +
                            "; it must be seconds since 1970 from 0 to " + std::to_string(kTarMaxTime) +
                            " (" + utc_time(kTarMaxTime) + ", the latest time a tar header holds)",
                        "time"});
  }
  auto pin = pins.find(year);
  std::string digest = pin_of(bag.read(kTagManifest).value_or(""));
  if (pin == pins.end()) {
    problems.push_back({kTagManifest,
                        "plan year " + *stated + " has no pin in the register (" + kPinsFile +
                            "); its tag manifest's SHA-256 is " + digest,
                        "unpinned"});
  } else if (pin->second != digest) {
    problems.push_back({kTagManifest,
                        "the tag manifest's SHA-256 is " + digest + " but plan year " + *stated +
                            " is pinned to " + pin->second,
                        "pin"});
  }
  return problems;
}

std::vector<ArchivedYear> load_archives(const FileSystem& content, const std::string& display_root,
                                        Diagnostics& diags) {
  std::string prefix = display_root.empty() ? "" : display_root + "/";
  const std::string pins_path = std::string(kArchiveDir) + "/" + kPinsFile;
  std::set<std::string> roots;  // arkiv/<name> folders, in order
  for (const std::string& rel : content.list_files(kArchiveDir)) {
    if (is_hidden_path(rel) || rel == pins_path) continue;
    size_t slash = rel.find('/', std::string(kArchiveDir).size() + 1);
    if (slash == std::string::npos) {
      diags.warning({prefix + rel, 0, 0}, "unknown-file", "file ignored: arkiv/ holds one folder per archived year",
                    "archive a year with `insyn archive YEAR`");
      continue;
    }
    roots.insert(rel.substr(0, slash));
  }
  Pins pins;
  if (auto text = content.read(pins_path)) pins = parse_pins(*text, prefix + pins_path, diags);
  std::set<int> bagged;
  std::vector<ArchivedYear> out;
  for (const std::string& root : roots) {
    std::string name = root.substr(root.rfind('/') + 1);
    if (!is_year_name(name)) {
      diags.warning({prefix + root, 0, 0}, "unknown-file", "folder ignored: archived years are named by the year",
                    "archive a year with `insyn archive YEAR`");
      continue;
    }
    bagged.insert(std::stoi(name));
    // Each file is read once: the bag is checked and published from the same bytes.
    SubFileSystem folder(content, root);
    MemoryFileSystem bag;
    for (const std::string& path : folder.list_files("")) {
      // insyn's marker file sits beside the bag's files; anything hidden in data/ is checked like the rest.
      if (path.front() != '.') bag.write(path, folder.read(path).value_or(""));
    }
    std::vector<BagProblem> problems = verify_bag(bag);
    int year = 0;
    if (problems.empty()) problems = check_claims(bag, std::stoi(name), pins, year);
    for (const BagProblem& p : problems) {
      std::string code = p.code.empty() ? p.what.substr(0, p.what.find_first_of(" :")) : p.code;
      bool file_level = code == "changed" || code == "missing" || code == "extra";
      diags.error({prefix + root + "/" + p.path, 0, 0}, "archive-" + code,
                  file_level ? "archived file " + p.what + " since the year was archived" : p.what,
                  "an archived year is frozen: restore it and " + pins_path +
                      " from version control, or archive the year again with `insyn archive " + name +
                      " --replace`");
    }
    if (!problems.empty()) continue;
    ArchivedYear archived;
    archived.year = year;
    archived.info = parse_bag_info(bag.read("bag-info.txt").value_or(""));
    for (const std::string& path : bag.list_files("")) archived.files.push_back({path, *bag.read(path)});
    out.push_back(std::move(archived));
  }
  // A pin without its bag: a whole archived year was deleted.
  for (const auto& [year, digest] : pins) {
    if (bagged.count(year)) continue;
    diags.error({prefix + pins_path, 0, 0}, "archive-missing",
                "plan year " + std::to_string(year) + " is pinned but its bag " + kArchiveDir + "/" +
                    std::to_string(year) + "/ is missing",
                "restore the bag from version control; an archived year is never removed");
  }
  return out;
}

std::string tree_hash(const FileSystem& tree) {
  std::string lines;
  for (const std::string& path : tree.list_files("")) {
    if (is_hidden_path(path) || path.rfind(std::string(kArchiveDir) + "/", 0) == 0) continue;
    lines += sha256_hex(tree.read(path).value_or("")) + "  " + path + "\n";
  }
  return sha256_hex(lines);
}

std::string utc_time(long long epoch) {
  std::time_t t = static_cast<std::time_t>(epoch);
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buf;
}

}  // namespace insyn
