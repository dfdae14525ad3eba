#pragma once

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/source_loc.h"

namespace insyn {

/// How bad a finding is. Errors stop a build; warnings and infos are reported and published.
enum class Severity { Error, Warning, Info };

/// The lower-case English word for a severity ("error", "warning", "info").
std::string_view severity_name(Severity severity);

/// One finding about the content: where, how bad, what is wrong and how to fix it.
struct Diagnostic {
  Severity severity = Severity::Error;
  SourceLoc loc;
  std::string message;
  std::string hint;
  /// Stable id of the rule that produced it (e.g. "rv-mismatch"), used by the published findings.
  std::string code;
  /// Named values of the finding (nr, rv, process, …) so it can be retold in the site's language;
  /// "variant" refines the code, "doc" and "anchor" say which page and item it is about.
  std::map<std::string, std::string> args;
};

/// An ordered collection of diagnostics from one or more stages.
class Diagnostics {
 public:
  /// Adds a finding.
  void add(Diagnostic diagnostic);
  /// Shorthands for add() with the given severity.
  void error(SourceLoc loc, std::string code, std::string message, std::string hint = {});
  void warning(SourceLoc loc, std::string code, std::string message, std::string hint = {});
  void info(SourceLoc loc, std::string code, std::string message, std::string hint = {});

  /// Appends all findings of another collection.
  void append(const Diagnostics& other);
  /// Number of findings with the given severity.
  size_t count(Severity severity) const;
  bool has_errors() const { return count(Severity::Error) > 0; }
  bool empty() const { return items_.empty(); }
  size_t size() const { return items_.size(); }
  const std::vector<Diagnostic>& items() const { return items_; }
  /// The same findings without the info level: what a reader sees unless they ask for more.
  Diagnostics without_infos() const;
  /// Sorts by file, line, column, then severity and message, so output does not depend on rule order.
  void sort();

 private:
  std::vector<Diagnostic> items_;
};

/// Looks up the text of a content file by its display path; nullopt when unknown.
using SourceLookup = std::function<std::optional<std::string_view>(const std::string& file)>;

/// Text with control characters written as visible escapes (\n, \x1b, \u009b, \u202e), safe to
/// print to a terminal; tabs are escaped too. Used for every diagnostic field and for file names.
std::string escape_for_terminal(std::string_view text);

/// Formats one diagnostic the way compilers do:
///   file:line:col: error: message
///     12 |     "probability": 7,
///        |                    ^
///   hint: ...
std::string format_diagnostic(const Diagnostic& diagnostic, const SourceLookup& lookup);

/// Formats all diagnostics followed by a summary line ("2 errors, 5 warnings").
std::string format_diagnostics(const Diagnostics& diagnostics, const SourceLookup& lookup);

}  // namespace insyn
