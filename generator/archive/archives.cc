#include "archive/archives.h"

#include <ctime>
#include <map>

#include "archive/bag.h"
#include "core/sha256.h"

namespace insyn {

namespace {

bool is_hidden(const std::string& rel) { return rel.front() == '.' || rel.find("/.") != std::string::npos; }

bool is_year(const std::string& s) {
  return s.size() == 4 && s.find_first_not_of("0123456789") == std::string::npos;
}


}  // namespace

std::vector<ArchivedYear> load_archives(const FileSystem& content, const std::string& display_root,
                                        Diagnostics& diags) {
  std::string prefix = display_root.empty() ? "" : display_root + "/";
  std::map<std::string, bool> roots;  // arkiv/<name> folders, in order
  for (const std::string& rel : content.list_files(kArchiveDir)) {
    if (is_hidden(rel)) continue;
    size_t slash = rel.find('/', std::string(kArchiveDir).size() + 1);
    if (slash == std::string::npos) {
      diags.warning({prefix + rel, 0, 0}, "unknown-file", "file ignored: arkiv/ holds one folder per archived year",
                    "archive a year with `insyn archive YEAR`");
      continue;
    }
    roots[rel.substr(0, slash)] = true;
  }
  std::vector<ArchivedYear> out;
  for (const auto& [root, unused] : roots) {
    std::string name = root.substr(root.rfind('/') + 1);
    if (!is_year(name)) {
      diags.warning({prefix + root, 0, 0}, "unknown-file", "folder ignored: archived years are named by the year",
                    "archive a year with `insyn archive YEAR`");
      continue;
    }
    SubFileSystem bag(content, root);
    std::vector<BagProblem> problems = verify_bag(bag);
    for (const BagProblem& p : problems) {
      diags.error({prefix + root + "/" + p.path, 0, 0}, "archive-" + p.what.substr(0, p.what.find(' ')),
                  "archived file " + p.what + " since the year was archived",
                  "an archived year is frozen: restore it from version control, or archive the year again with "
                  "`insyn archive " + name + " --replace`");
    }
    if (!problems.empty()) continue;
    ArchivedYear year;
    year.year = std::stoi(name);
    year.info = parse_bag_info(bag.read("bag-info.txt").value_or(""));
    for (const std::string& path : bag.list_files("")) {
      if (!is_hidden(path)) year.files.push_back({path, *bag.read(path)});  // not insyn's marker file
    }
    out.push_back(std::move(year));
  }
  return out;
}

std::string tree_hash(const FileSystem& tree) {
  std::string lines;
  for (const std::string& path : tree.list_files("")) {
    if (is_hidden(path) || path.rfind(std::string(kArchiveDir) + "/", 0) == 0) continue;
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
