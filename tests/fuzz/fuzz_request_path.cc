// Fuzz target: the preview server's request-path mapping. Whatever comes in, a path that is accepted
// stays inside the site root, and the Location of a folder's redirect can only name this origin.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "serve/request_path.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string target(reinterpret_cast<const char*>(data), size);
  std::optional<std::string> path = insyn::resolve_request_path(target);
  if (!path) return 0;
  const std::string& p = *path;
  if (p.empty() || p.front() == '/' || p.find('\\') != std::string::npos || p.find('\0') != std::string::npos)
    std::abort();
  std::string segment;
  for (size_t i = 0; i <= p.size(); ++i) {
    if (i == p.size() || p[i] == '/') {
      if (segment.empty() || segment == "." || segment == "..") std::abort();
      segment.clear();
    } else {
      segment += p[i];
    }
  }
  // "/x..." with x neither "/" nor "\\": a browser cannot read it as "//host"; and it leads back here.
  std::string location = insyn::folder_location(p);
  if (location.size() < 3 || location[0] != '/' || location[1] == '/' || location.back() != '/') std::abort();
  for (unsigned char c : location) {
    if (c == '\\' || c < 0x21 || c >= 0x7f || c == '?' || c == '#') std::abort();
  }
  if (location.find("//") != std::string::npos) std::abort();
  if (insyn::resolve_request_path(location) != p + "/index.html") std::abort();
  return 0;
}
