#include "archive/bag.h"

#include <algorithm>
#include <map>
#include <sstream>

#include "core/sha256.h"

namespace insyn {

namespace {

constexpr const char* kManifest = "manifest-sha256.txt";
constexpr const char* kTagManifest = "tagmanifest-sha256.txt";

bool by_path(const OutputFile& a, const OutputFile& b) { return a.path < b.path; }

std::string manifest(const OutputFiles& files) {
  std::string out;
  for (const auto& [path, bytes] : files) out += sha256_hex(bytes) + "  " + path + "\n";
  return out;
}

// "digest  path" lines; a malformed line is reported and skipped.
std::map<std::string, std::string> parse_manifest(const std::string& name, const std::string& text,
                                                  std::vector<BagProblem>& problems) {
  std::map<std::string, std::string> entries;
  std::istringstream in(text);
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty()) continue;
    size_t space = line.find(' ');
    size_t start = line.find_first_not_of(' ', space);
    if (space != 64 || start == std::string::npos) {
      problems.push_back({name, "malformed line: " + line});
      continue;
    }
    entries[line.substr(start)] = line.substr(0, 64);
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
  for (const char* required : {"bagit.txt", kManifest}) {
    if (!bag.read(required)) problems.push_back({required, "missing"});
  }
  if (!problems.empty()) return problems;
  auto payload = parse_manifest(kManifest, *bag.read(kManifest), problems);
  if (auto tags = bag.read(kTagManifest)) check_entries(bag, parse_manifest(kTagManifest, *tags, problems), problems);
  check_entries(bag, payload, problems);
  for (const std::string& path : bag.list_files("data")) {
    if (!payload.count(path)) problems.push_back({path, "extra"});
  }
  std::sort(problems.begin(), problems.end(),
            [](const BagProblem& a, const BagProblem& b) { return a.path < b.path; });
  return problems;
}

}  // namespace insyn
