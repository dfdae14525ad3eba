#include "archive/bag.h"

#include <algorithm>
#include <map>
#include <sstream>

#include "core/sha256.h"

namespace insyn {

namespace {

constexpr const char* kManifest = "manifest-sha256.txt";
// The output writer's marker, which sits beside the bag's files in content/arkiv/YEAR/.
constexpr const char* kWriterMarker = ".insyn-output";

bool by_path(const OutputFile& a, const OutputFile& b) { return a.path < b.path; }

std::string manifest(const OutputFiles& files) {
  std::string out;
  for (const auto& [path, bytes] : files) out += sha256_hex(bytes) + "  " + path + "\n";
  return out;
}

// A manifest path must name a file inside the bag, plainly: relative, '/'-separated, no "." or ".."
// parts, no backslash or control character (a path that could leave the bag is never opened).
std::string path_problem(const std::string& path, bool payload) {
  if (path.empty()) return "an empty path";
  if (path.front() == '/') return "an absolute path";
  for (unsigned char c : path) {
    if (c == '\\') return "a backslash";
    if (c < 0x20 || c == 0x7f) return "a control character";
  }
  size_t start = 0;
  while (start <= path.size()) {
    size_t end = path.find('/', start);
    if (end == std::string::npos) end = path.size();
    std::string part = path.substr(start, end - start);
    if (part.empty() || part == "." || part == "..") return "an empty, \".\" or \"..\" part";
    start = end + 1;
  }
  if (payload && path.rfind("data/", 0) != 0) return "a path outside data/";
  if (!payload && path.find('/') != std::string::npos) return "a path below the bag's top folder";
  return "";
}

// "digest  path" lines; a malformed line, a path that is not plain or a duplicate is reported and
// skipped, so nothing outside the bag is ever read.
std::map<std::string, std::string> parse_manifest(const std::string& name, const std::string& text,
                                                  bool payload, std::vector<BagProblem>& problems) {
  std::map<std::string, std::string> entries;
  size_t number = 0, begin = 0;
  while (begin < text.size()) {
    size_t newline = text.find('\n', begin);
    std::string line = text.substr(begin, newline == std::string::npos ? std::string::npos : newline - begin);
    begin = newline == std::string::npos ? text.size() : newline + 1;
    ++number;
    std::string where = "malformed line " + std::to_string(number) + ": ";
    size_t space = line.find(' ');
    size_t start = line.find_first_not_of(' ', space);
    bool hex = space == 64 && line.find_first_not_of("0123456789abcdef") >= 64;
    if (!hex || start == std::string::npos) {
      problems.push_back(
          {name, where + "expected a SHA-256 digest (64 lowercase hex digits), two spaces and a path"});
      continue;
    }
    std::string path = line.substr(start);
    if (std::string why = path_problem(path, payload); !why.empty()) {
      problems.push_back({name, where + "the path has " + why});
    } else if (!entries.emplace(path, line.substr(0, 64)).second) {
      problems.push_back({name, where + "the path is listed twice"});
    }
  }
  return entries;
}

void check_entries(const FileSystem& bag, const std::map<std::string, std::string>& entries,
                   std::vector<BagProblem>& problems) {
  for (const auto& [path, digest] : entries) {
    auto bytes = bag.read(path);
    if (!bytes) {
      problems.push_back({path, "missing"});
    } else if (sha256_hex(*bytes) != digest) {
      problems.push_back({path, "changed"});
    }
  }
}

}  // namespace

OutputFiles make_bag(const OutputFiles& payload, BagInfo info) {
  OutputFiles data;
  size_t bytes = 0;
  for (const auto& [path, content] : payload) {
    data.push_back({"data/" + path, content});
    bytes += content.size();
  }
  std::sort(data.begin(), data.end(), by_path);
  info.push_back({"Payload-Oxum", std::to_string(bytes) + "." + std::to_string(data.size())});
  std::string info_text;
  for (const auto& [name, value] : info) info_text += name + ": " + value + "\n";
  OutputFiles tags = {{"bag-info.txt", info_text},
                   {"bagit.txt", "BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n"},
                   {kManifest, manifest(data)}};
  OutputFiles bag = tags;
  bag.push_back({kTagManifest, manifest(tags)});
  bag.insert(bag.end(), data.begin(), data.end());
  std::sort(bag.begin(), bag.end(), by_path);
  return bag;
}

BagInfo parse_bag_info(const std::string& text) {
  BagInfo info;
  std::istringstream in(text);
  std::string line;
  while (std::getline(in, line)) {
    if (!line.empty() && (line[0] == ' ' || line[0] == '\t')) {
      if (!info.empty()) info.back().second += " " + line.substr(line.find_first_not_of(" \t"));
      continue;
    }
    size_t colon = line.find(": ");
    if (colon != std::string::npos) info.push_back({line.substr(0, colon), line.substr(colon + 2)});
  }
  return info;
}

std::vector<BagProblem> verify_bag(const FileSystem& bag) {
  std::vector<BagProblem> problems;
  // insyn's bags always have all four tag files; without the tag manifest a rewrite of a payload file
  // and its manifest line would go unnoticed.
  for (const char* required : {"bagit.txt", "bag-info.txt", kManifest, kTagManifest}) {
    if (!bag.read(required)) problems.push_back({required, "missing"});
  }
  if (!problems.empty()) return problems;
  auto payload = parse_manifest(kManifest, *bag.read(kManifest), true, problems);
  auto tags = parse_manifest(kTagManifest, *bag.read(kTagManifest), false, problems);
  for (const char* listed : {"bagit.txt", "bag-info.txt", kManifest}) {
    if (!tags.count(listed))
      problems.push_back({kTagManifest, std::string("malformed: does not list ") + listed});
  }
  if (tags.count(kTagManifest)) problems.push_back({kTagManifest, "malformed: lists itself"});
  tags.erase(kTagManifest);
  check_entries(bag, tags, problems);
  check_entries(bag, payload, problems);
  if (payload.empty()) problems.push_back({kManifest, "the bag holds no files", "empty"});
  // Nothing but the payload, the tag files and the signature beside the tag manifest.
  for (const std::string& path : bag.list_files("")) {
    if (path == kTagManifest || path == kSignature || path == kWriterMarker || payload.count(path) ||
        tags.count(path)) {
      continue;
    }
    problems.push_back({path, "extra"});
  }
  std::sort(problems.begin(), problems.end(),
            [](const BagProblem& a, const BagProblem& b) { return a.path < b.path; });
  return problems;
}

}  // namespace insyn
