#include "archive/archives.h"

#include <ctime>
#include <set>

#include "archive/bag.h"
#include "core/sha256.h"
#include "model/load.h"

namespace insyn {

std::vector<ArchivedYear> load_archives(const FileSystem& content, const std::string& display_root,
                                        Diagnostics& diags) {
  std::string prefix = display_root.empty() ? "" : display_root + "/";
  std::set<std::string> roots;  // arkiv/<name> folders, in order
  for (const std::string& rel : content.list_files(kArchiveDir)) {
    if (is_hidden_path(rel)) continue;
    size_t slash = rel.find('/', std::string(kArchiveDir).size() + 1);
    if (slash == std::string::npos) {
      diags.warning({prefix + rel, 0, 0}, "unknown-file", "file ignored: arkiv/ holds one folder per archived year",
                    "archive a year with `insyn archive YEAR`");
      continue;
    }
    roots.insert(rel.substr(0, slash));
  }
  std::vector<ArchivedYear> out;
  for (const std::string& root : roots) {
    std::string name = root.substr(root.rfind('/') + 1);
    if (!is_year_name(name)) {
      diags.warning({prefix + root, 0, 0}, "unknown-file", "folder ignored: archived years are named by the year",
                    "archive a year with `insyn archive YEAR`");
      continue;
    }
    // Each file is read once: the bag is checked and published from the same bytes.
    SubFileSystem folder(content, root);
    MemoryFileSystem bag;
    for (const std::string& path : folder.list_files("")) {
      // insyn's marker file sits beside the bag's files; anything hidden in data/ is checked like the rest.
      if (path.front() != '.') bag.write(path, folder.read(path).value_or(""));
    }
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
    for (const std::string& path : bag.list_files("")) year.files.push_back({path, *bag.read(path)});
    out.push_back(std::move(year));
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
