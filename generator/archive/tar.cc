#include "archive/tar.h"

#include <charconv>
#include <cstdio>
#include <cstring>
#include <stdexcept>

namespace insyn {

namespace {

constexpr size_t kBlock = 512;

// Writes `value` as a zero-padded octal number filling `width - 1` digits plus a NUL.
void octal(char* field, size_t width, unsigned long long value) {
  char digits[24];
  auto [end, ec] = std::to_chars(digits, digits + sizeof digits, value, 8);
  size_t n = static_cast<size_t>(end - digits);
  if (n > width - 1)
    throw std::length_error("value too large for a tar header field: " + std::to_string(value));
  std::memset(field, '0', width - 1 - n);
  std::memcpy(field + width - 1 - n, digits, n);
  field[width - 1] = '\0';
}

void header(std::string& out, const std::string& path, size_t size, long long mtime) {
  char h[kBlock] = {};
  // ustar splits long paths into a prefix (up to 155 bytes) and a name (up to 100), at a '/'.
  std::string name = path, prefix;
  if (name.size() > 100) {
    size_t cut = path.rfind('/', 155);
    if (cut == std::string::npos || path.size() - cut - 1 > 100) throw std::length_error("path too long for tar: " + path);
    prefix = path.substr(0, cut);
    name = path.substr(cut + 1);
  }
  std::memcpy(h, name.data(), name.size());
  octal(h + 100, 8, 0644);
  octal(h + 108, 8, 0);
  octal(h + 116, 8, 0);
  octal(h + 124, 12, size);
  octal(h + 136, 12, static_cast<unsigned long long>(mtime < 0 ? 0 : mtime));
  h[156] = '0';
  std::memcpy(h + 257, "ustar", 6);
  std::memcpy(h + 263, "00", 2);
  std::memcpy(h + 345, prefix.data(), prefix.size());
  // The checksum is computed with its own field read as eight spaces.
  std::memset(h + 148, ' ', 8);
  unsigned sum = 0;
  for (unsigned char c : h) sum += c;
  std::snprintf(h + 148, 8, "%06o", sum);
  out.append(h, kBlock);
}

}  // namespace

std::string make_tar(const OutputFiles& files, const std::string& prefix,
                     long long mtime) {
  std::string out;
  for (const auto& [path, bytes] : files) {
    header(out, prefix + path, bytes.size(), mtime);
    out += bytes;
    out.append((kBlock - bytes.size() % kBlock) % kBlock, '\0');
  }
  out.append(2 * kBlock, '\0');  // the end-of-archive marker
  return out;
}

}  // namespace insyn
