#include "core/diagnostics.h"

#include <algorithm>
#include <tuple>

namespace insyn {

std::string_view severity_name(Severity severity) {
  switch (severity) {
    case Severity::Error: return "error";
    case Severity::Warning: return "warning";
    case Severity::Info: return "info";
  }
  return "error";
}

void Diagnostics::add(Diagnostic diagnostic) { items_.push_back(std::move(diagnostic)); }

void Diagnostics::error(SourceLoc loc, std::string code, std::string message, std::string hint) {
  add({Severity::Error, std::move(loc), std::move(message), std::move(hint), std::move(code), {}});
}

void Diagnostics::warning(SourceLoc loc, std::string code, std::string message, std::string hint) {
  add({Severity::Warning, std::move(loc), std::move(message), std::move(hint), std::move(code), {}});
}

void Diagnostics::info(SourceLoc loc, std::string code, std::string message, std::string hint) {
  add({Severity::Info, std::move(loc), std::move(message), std::move(hint), std::move(code), {}});
}

Diagnostics Diagnostics::without_infos() const {
  Diagnostics out;
  for (const Diagnostic& d : items_) {
    if (d.severity != Severity::Info) out.add(d);
  }
  return out;
}

void Diagnostics::append(const Diagnostics& other) {
  items_.insert(items_.end(), other.items_.begin(), other.items_.end());
}

size_t Diagnostics::count(Severity severity) const {
  return static_cast<size_t>(
      std::count_if(items_.begin(), items_.end(), [&](const Diagnostic& d) { return d.severity == severity; }));
}

void Diagnostics::sort() {
  std::stable_sort(items_.begin(), items_.end(), [](const Diagnostic& a, const Diagnostic& b) {
    return std::tie(a.loc.file, a.loc.line, a.loc.column, a.severity, a.message) <
           std::tie(b.loc.file, b.loc.line, b.loc.column, b.severity, b.message);
  });
}

namespace {

// Returns the given 1-based line of text without its line terminator.
std::optional<std::string_view> line_of(std::string_view text, int line) {
  size_t start = 0;
  for (int i = 1; i < line; ++i) {
    size_t nl = text.find('\n', start);
    if (nl == std::string_view::npos) return std::nullopt;
    start = nl + 1;
  }
  if (start > text.size()) return std::nullopt;
  size_t end = text.find('\n', start);
  std::string_view result = text.substr(start, end == std::string_view::npos ? text.size() - start : end - start);
  if (!result.empty() && result.back() == '\r') result.remove_suffix(1);
  return result;
}

// Counts UTF-8 characters (not bytes) in the first `bytes` bytes, so the caret lines up under
// Swedish letters such as å, ä and ö. Tabs are kept so the caret lines up in the terminal too.
std::string caret_padding(std::string_view line, int column) {
  std::string pad;
  size_t limit = std::min(line.size(), static_cast<size_t>(std::max(column - 1, 0)));
  for (size_t i = 0; i < limit; ++i) {
    unsigned char c = static_cast<unsigned char>(line[i]);
    if ((c & 0xC0) == 0x80) continue;  // continuation byte: same character
    pad += (c == '\t') ? '\t' : ' ';
  }
  return pad;
}

constexpr size_t kMaxQuotedLine = 200;

}  // namespace

std::string format_diagnostic(const Diagnostic& d, const SourceLookup& lookup) {
  std::string out;
  if (!d.loc.file.empty()) {
    out += d.loc.file;
    if (d.loc.has_position()) {
      out += ':' + std::to_string(d.loc.line) + ':' + std::to_string(d.loc.column);
    }
    out += ": ";
  }
  out += severity_name(d.severity);
  out += ": ";
  out += d.message;
  out += '\n';
  if (d.loc.has_position() && lookup) {
    if (auto text = lookup(d.loc.file)) {
      if (auto line = line_of(*text, d.loc.line)) {
        // Very long lines (minified JSON) are shown as a window around the column.
        size_t col = static_cast<size_t>(std::max(d.loc.column, 1)) - 1;
        size_t start = col > kMaxQuotedLine / 2 ? col - kMaxQuotedLine / 2 : 0;
        while (start > 0 && (static_cast<unsigned char>((*line)[start]) & 0xC0) == 0x80) --start;
        size_t end = std::min(line->size(), start + kMaxQuotedLine);
        while (end < line->size() && (static_cast<unsigned char>((*line)[end]) & 0xC0) == 0x80) ++end;
        std::string_view shown = line->substr(start, end - start);
        std::string before = start > 0 ? "…" : "";
        std::string after = end < line->size() ? "…" : "";
        std::string number = std::to_string(d.loc.line);
        out += ' ' + number + " | " + before + std::string(shown) + after + '\n';
        out += ' ' + std::string(number.size(), ' ') + " | " + (start > 0 ? " " : "") +
               caret_padding(shown, static_cast<int>(col - start) + 1) + "^\n";
      }
    }
  }
  if (!d.hint.empty()) out += "hint: " + d.hint + '\n';
  return out;
}

std::string format_diagnostics(const Diagnostics& diagnostics, const SourceLookup& lookup) {
  std::string out;
  for (const auto& d : diagnostics.items()) out += format_diagnostic(d, lookup);
  auto plural = [](size_t n, const char* word) {
    return std::to_string(n) + ' ' + word + (n == 1 ? "" : "s");
  };
  out += plural(diagnostics.count(Severity::Error), "error") + ", " +
         plural(diagnostics.count(Severity::Warning), "warning") + ", " +
         std::to_string(diagnostics.count(Severity::Info)) + " info\n";
  return out;
}

}  // namespace insyn
