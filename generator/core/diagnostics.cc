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

// Where each line of a file starts, so quoting the source line of each of many findings in one
// file costs a lookup, not a walk from the top of the file (which made `check` quadratic in the
// number of findings).
class LineIndex {
 public:
  explicit LineIndex(std::string_view text) : text_(text) {
    starts_.push_back(0);
    for (size_t i = text.find('\n'); i != std::string_view::npos; i = text.find('\n', i + 1)) {
      starts_.push_back(i + 1);
    }
  }

  /// The given 1-based line without its line terminator; nullopt past the end.
  std::optional<std::string_view> line(int number) const {
    if (number < 1 || static_cast<size_t>(number) > starts_.size()) return std::nullopt;
    size_t start = starts_[static_cast<size_t>(number) - 1];
    if (start > text_.size()) return std::nullopt;
    size_t end = static_cast<size_t>(number) < starts_.size() ? starts_[static_cast<size_t>(number)] - 1 : text_.size();
    std::string_view result = text_.substr(start, end - start);
    if (!result.empty() && result.back() == '\r') result.remove_suffix(1);
    return result;
  }

 private:
  std::string_view text_;
  std::vector<size_t> starts_;
};

// Line indexes of the files quoted so far, by display path.
using LineIndexCache = std::map<std::string, std::optional<LineIndex>, std::less<>>;

std::optional<std::string_view> source_line(const SourceLookup& lookup, const std::string& file, int line,
                                            LineIndexCache& cache) {
  auto it = cache.find(file);
  if (it == cache.end()) {
    std::optional<LineIndex> index;
    if (auto text = lookup(file)) index.emplace(*text);
    it = cache.emplace(file, std::move(index)).first;
  }
  if (!it->second) return std::nullopt;
  return it->second->line(line);
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

// Writes control characters as visible escapes (\n, \x1b, \u009b, \u202e) so that content cannot
// move the cursor, clear the terminal or start a line that looks like a diagnostic of its own.
// Tabs are kept where `keep_tab` (the quoted source line, so the caret lines up).
std::string escape_controls(std::string_view text, bool keep_tab) {
  static const char* kHex = "0123456789abcdef";
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    if (c == '\t' && keep_tab) {
      out += '\t';
    } else if (c == '\n') {
      out += "\\n";
    } else if (c == '\r') {
      out += "\\r";
    } else if (c == '\t') {
      out += "\\t";
    } else if (c < 0x20 || c == 0x7f) {
      out += "\\x";
      out += kHex[c >> 4];
      out += kHex[c & 15];
    } else if (c == 0xC2 && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) >= 0x80 &&
               static_cast<unsigned char>(text[i + 1]) <= 0x9F) {
      // C1 controls (U+0080–U+009F): some terminals read U+009B as the start of an escape sequence.
      unsigned char c1 = static_cast<unsigned char>(text[++i]);
      out += "\\u00";
      out += kHex[c1 >> 4];
      out += kHex[c1 & 15];
    } else if (c == 0xE2 && i + 2 < text.size() &&
               ((text[i + 1] == '\x80' && static_cast<unsigned char>(text[i + 2]) >= 0xAA &&
                 static_cast<unsigned char>(text[i + 2]) <= 0xAE) ||
                (text[i + 1] == '\x81' && static_cast<unsigned char>(text[i + 2]) >= 0xA6 &&
                 static_cast<unsigned char>(text[i + 2]) <= 0xA9))) {
      // Bidirectional overrides and isolates (U+202A–U+202E, U+2066–U+2069) reorder what is shown.
      unsigned cp = 0x2000 + ((static_cast<unsigned char>(text[i + 1]) & 0x3F) << 6) +
                    (static_cast<unsigned char>(text[i + 2]) & 0x3F);
      out += "\\u";
      for (int shift = 12; shift >= 0; shift -= 4) out += kHex[(cp >> shift) & 15];
      i += 2;
    } else {
      out += static_cast<char>(c);
    }
  }
  return out;
}


std::string format_one(const Diagnostic& d, const SourceLookup& lookup, LineIndexCache& cache) {
  std::string out;
  if (!d.loc.file.empty()) {
    out += escape_controls(d.loc.file, false);
    if (d.loc.has_position()) {
      out += ':' + std::to_string(d.loc.line) + ':' + std::to_string(d.loc.column);
    }
    out += ": ";
  }
  out += severity_name(d.severity);
  out += ": ";
  out += escape_controls(d.message, false);
  out += '\n';
  if (d.loc.has_position() && lookup) {
    {
      if (auto line = source_line(lookup, d.loc.file, d.loc.line, cache)) {
        // Very long lines (minified JSON) are shown as a window around the column. A column past
        // the end of the line (a stage's position arithmetic gone wrong) points just after it
        // rather than outside the text.
        size_t col = std::min(static_cast<size_t>(std::max(d.loc.column, 1)) - 1, line->size());
        size_t start = col > kMaxQuotedLine / 2 ? col - kMaxQuotedLine / 2 : 0;
        while (start > 0 && (static_cast<unsigned char>((*line)[start]) & 0xC0) == 0x80) --start;
        size_t end = std::min(line->size(), start + kMaxQuotedLine);
        while (end < line->size() && (static_cast<unsigned char>((*line)[end]) & 0xC0) == 0x80) ++end;
        std::string_view shown = line->substr(start, end - start);
        std::string before = start > 0 ? "…" : "";
        std::string after = end < line->size() ? "…" : "";
        std::string number = std::to_string(d.loc.line);
        std::string prefix = escape_controls(shown.substr(0, std::min(col - start, shown.size())), true);
        out += ' ' + number + " | " + before + escape_controls(shown, true) + after + '\n';
        out += ' ' + std::string(number.size(), ' ') + " | " + (start > 0 ? " " : "") +
               caret_padding(prefix, static_cast<int>(prefix.size()) + 1) + "^\n";
      }
    }
  }
  if (!d.hint.empty()) out += "hint: " + escape_controls(d.hint, false) + '\n';
  return out;
}

}  // namespace

std::string escape_for_terminal(std::string_view text) { return escape_controls(text, false); }

std::string format_diagnostic(const Diagnostic& d, const SourceLookup& lookup) {
  LineIndexCache cache;
  return format_one(d, lookup, cache);
}

std::string format_diagnostics(const Diagnostics& diagnostics, const SourceLookup& lookup) {
  std::string out;
  LineIndexCache cache;
  for (const auto& d : diagnostics.items()) out += format_one(d, lookup, cache);
  auto plural = [](size_t n, const char* word) {
    return std::to_string(n) + ' ' + word + (n == 1 ? "" : "s");
  };
  out += plural(diagnostics.count(Severity::Error), "error") + ", " +
         plural(diagnostics.count(Severity::Warning), "warning") + ", " +
         std::to_string(diagnostics.count(Severity::Info)) + " info\n";
  return out;
}

}  // namespace insyn
