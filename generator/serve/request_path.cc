#include "serve/request_path.h"

#include "core/utf8.h"

namespace insyn {

namespace {

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

std::optional<std::string> percent_decode(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] != '%') {
      out += text[i];
      continue;
    }
    if (i + 2 >= text.size()) return std::nullopt;
    int hi = hex_value(text[i + 1]), lo = hex_value(text[i + 2]);
    if (hi < 0 || lo < 0) return std::nullopt;
    out += static_cast<char>(hi * 16 + lo);
    i += 2;
  }
  return out;
}

}  // namespace

std::string folder_location(std::string_view path) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out = "/";
  for (unsigned char c : path) {
    bool plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
                 c == '.' || c == '_' || c == '~' || c == '/';
    // A slash that would follow another one (or lead) is encoded too: the result never holds "//".
    if (c == '/' && out.back() == '/') plain = false;
    if (plain) {
      out += static_cast<char>(c);
    } else {
      out += '%';
      out += kHex[c >> 4];
      out += kHex[c & 15];
    }
  }
  if (out.back() != '/') out += '/';
  return out;
}

std::optional<std::string> resolve_request_path(std::string_view target) {
  target = target.substr(0, target.find_first_of("?#"));
  if (target.empty() || target[0] != '/') return std::nullopt;
  std::optional<std::string> decoded = percent_decode(target);
  if (!decoded || find_invalid_utf8(*decoded)) return std::nullopt;
  for (unsigned char c : *decoded) {
    if (c < 0x20 || c == 0x7f || c == '\\') return std::nullopt;
  }
  // Check every segment after decoding, so "%2e%2e" and "..%2f" are caught like "..".
  std::string path;
  size_t start = 1;
  while (start <= decoded->size()) {
    size_t end = decoded->find('/', start);
    if (end == std::string::npos) end = decoded->size();
    std::string_view segment(decoded->data() + start, end - start);
    if (segment == "." || segment == "..") return std::nullopt;
    if (!segment.empty()) path += (path.empty() ? "" : "/") + std::string(segment);
    start = end + 1;
  }
  if (path.empty() || decoded->back() == '/') return path.empty() ? "index.html" : path + "/index.html";
  return path;
}

}  // namespace insyn
