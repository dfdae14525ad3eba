#pragma once
// The adapter to Snowball's stemmers (libstemmer): the only file that includes libstemmer.h is
// stemmer.cc.

#include <memory>
#include <string>
#include <string_view>

namespace insyn::search {

/// Snowball's Swedish stemmer. Not thread-safe: use one per thread.
class SwedishStemmer {
 public:
  /// Throws std::runtime_error when libstemmer has no Swedish stemmer (a broken installation).
  SwedishStemmer();
  ~SwedishStemmer();
  SwedishStemmer(const SwedishStemmer&) = delete;
  SwedishStemmer& operator=(const SwedishStemmer&) = delete;
  /// The stem of a folded, lower-case word ("rehabiliteringen" → "rehabiliter"). Words holding a
  /// digit (codes, numbers) are returned as they are.
  std::string stem(std::string_view word);

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace insyn::search
