#include "archive/tar.h"

#include <algorithm>
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

// One header block; `name` and `prefix` must fit their fields (100 and 155 bytes).
void header_block(std::string& out, const std::string& name, const std::string& prefix, char type,
                  size_t size, long long mtime) {
  char h[kBlock] = {};
  std::memcpy(h, name.data(), std::min<size_t>(name.size(), 100));
  octal(h + 100, 8, 0644);
  octal(h + 108, 8, 0);
  octal(h + 116, 8, 0);
  octal(h + 124, 12, size);
  octal(h + 136, 12, static_cast<unsigned long long>(mtime < 0 ? 0 : mtime));
  h[156] = type;
  std::memcpy(h + 257, "ustar", 6);
  std::memcpy(h + 263, "00", 2);
  std::memcpy(h + 345, prefix.data(), std::min<size_t>(prefix.size(), 155));
  // The checksum is computed with its own field read as eight spaces.
  std::memset(h + 148, ' ', 8);
  unsigned sum = 0;
  for (unsigned char c : h) sum += c;
  std::snprintf(h + 148, 8, "%06o", sum);
  out.append(h, kBlock);
}

void pad(std::string& out) {
  out.append((kBlock - out.size() % kBlock) % kBlock, '\0');
}

// A POSIX.1-2001 (pax) record "LEN key=value\n", where LEN counts the whole record, its own digits too.
std::string pax_record(const std::string& key, const std::string& value) {
  size_t body = 1 + key.size() + 1 + value.size() + 1;
  size_t len = body + 1;
  while (std::to_string(len).size() + body != len) len = std::to_string(len).size() + body;
  return std::to_string(len) + " " + key + "=" + value + "\n";
}

void header(std::string& out, const std::string& path, size_t size, long long mtime) {
  // ustar splits long paths into a prefix (up to 155 bytes) and a name (up to 100), at a '/'.
  std::string name = path, prefix;
  if (name.size() > 100) {
    size_t cut = path.rfind('/', 155);
    if (cut != std::string::npos && path.size() - cut - 1 <= 100) {
      prefix = path.substr(0, cut);
      name = path.substr(cut + 1);
    } else {
      // A path no split fits (a file name over 100 bytes, or over 255 in all) goes into a pax
      // extended header, which POSIX tar readers (GNU tar, bsdtar, Python) apply to the next entry;
      // the ustar name keeps the path's first 100 bytes for readers that only know ustar.
      std::string record = pax_record("path", path);
      header_block(out, "PaxHeaders/" + path.substr(path.rfind('/') + 1).substr(0, 80), "", 'x',
                   record.size(), mtime);
      out += record;
      pad(out);
      name = path.substr(0, 100);
    }
  }
  header_block(out, name, prefix, '0', size, mtime);
}

}  // namespace

std::string make_tar(const OutputFiles& files, const std::string& prefix,
                     long long mtime) {
  std::string out;
  for (const auto& [path, bytes] : files) {
    header(out, prefix + path, bytes.size(), mtime);
    out += bytes;
    pad(out);
  }
  out.append(2 * kBlock, '\0');  // the end-of-archive marker
  return out;
}

}  // namespace insyn
