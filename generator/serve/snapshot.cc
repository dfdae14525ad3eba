#include "serve/snapshot.h"

#include "core/sha256.h"

namespace insyn {

std::string etag_for(const std::string& bytes) { return "\"" + sha256_hex(bytes).substr(0, 32) + "\""; }

namespace {

bool ends_with(const std::string& s, const std::string& suffix) {
  return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

}  // namespace

std::string content_type_for(const std::string& path) {
  static const std::pair<const char*, const char*> kTypes[] = {
      {".html", "text/html; charset=utf-8"},       {".css", "text/css; charset=utf-8"},
      {".js", "text/javascript; charset=utf-8"},   {".svg", "image/svg+xml; charset=utf-8"},
      {".csv", "text/csv; charset=utf-8"},         {".json", "application/json; charset=utf-8"},
      {".txt", "text/plain; charset=utf-8"},       {".png", "image/png"},
      {".jpg", "image/jpeg"},                      {".ico", "image/x-icon"},
      {".woff2", "font/woff2"},
  };
  for (const auto& [ext, type] : kTypes) {
    if (ends_with(path, ext)) return type;
  }
  return "application/octet-stream";
}

namespace {
const std::string kScript = "<script src=\"/__insyn/live.js\"></script>\n";
}  // namespace

std::string ServedFile::built_bytes() const {
  if (live_script_at == std::string::npos) return bytes;
  return bytes.substr(0, live_script_at) + bytes.substr(live_script_at + kScript.size());
}

bool ServedFile::has_built_bytes(const std::string& built) const {
  if (live_script_at == std::string::npos) return bytes == built;
  size_t rest = bytes.size() - live_script_at - kScript.size();  // the bytes after the script
  return built.size() == live_script_at + rest && built.compare(0, live_script_at, bytes, 0, live_script_at) == 0 &&
         built.compare(live_script_at, rest, bytes, live_script_at + kScript.size(), rest) == 0;
}

std::shared_ptr<const ServedFile> serve_file(OutputFile file) {
  size_t script_at = std::string::npos;
  if (ends_with(file.path, ".html")) {
    size_t body_end = file.bytes.rfind("</body>");
    script_at = body_end == std::string::npos ? file.bytes.size() : body_end;
    file.bytes.insert(script_at, kScript);
  }
  auto served = std::make_shared<ServedFile>(
      ServedFile{std::move(file.bytes), content_type_for(file.path), "", script_at});
  served->etag = etag_for(served->bytes);
  return served;
}

OutputFiles built_files(const Snapshot& snapshot) {
  OutputFiles out;
  out.reserve(snapshot.files.size());
  for (const auto& [path, file] : snapshot.files) out.push_back({path, file->built_bytes()});
  return out;
}

std::map<std::string, std::shared_ptr<const ServedFile>> serve_files(OutputFiles files) {
  std::map<std::string, std::shared_ptr<const ServedFile>> out;
  for (OutputFile& f : files) {
    std::string path = f.path;
    out.emplace(std::move(path), serve_file(std::move(f)));
  }
  return out;
}

}  // namespace insyn
