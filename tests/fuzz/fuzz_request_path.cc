// Fuzz target: the preview server's request-path mapping. Whatever comes in, a path that is accepted
// stays inside the site root.
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
  if (p.empty() || p.front() == '/' || p.find('\\') != std::string::npos || p.find('\0') != std::string::npos) std::abort();
  std::string segment;
  for (size_t i = 0; i <= p.size(); ++i) {
    if (i == p.size() || p[i] == '/') {
      if (segment.empty() || segment == "." || segment == "..") std::abort();
      segment.clear();
    } else {
      segment += p[i];
    }
  }
  return 0;
}
