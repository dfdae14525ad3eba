#include "search/stemmer.h"

#include <libstemmer.h>

#include <algorithm>
#include <stdexcept>

namespace insyn::search {

struct SwedishStemmer::Impl {
  sb_stemmer* stemmer = nullptr;
};

SwedishStemmer::SwedishStemmer() : impl_(std::make_unique<Impl>()) {
  impl_->stemmer = sb_stemmer_new("swedish", "UTF_8");
  if (!impl_->stemmer) throw std::runtime_error("libstemmer has no Swedish stemmer");
}

SwedishStemmer::~SwedishStemmer() { sb_stemmer_delete(impl_->stemmer); }

std::string SwedishStemmer::stem(std::string_view word) {
  // Codes and numbers match as typed: "K10" must not lose anything to a suffix rule.
  if (std::any_of(word.begin(), word.end(), [](char c) { return c >= '0' && c <= '9'; })) {
    return std::string(word);
  }
  const sb_symbol* out = sb_stemmer_stem(impl_->stemmer, reinterpret_cast<const sb_symbol*>(word.data()),
                                         static_cast<int>(word.size()));
  // NULL means out of memory; keeping the word is a safe degradation (it still matches as typed).
  if (!out) return std::string(word);
  return std::string(reinterpret_cast<const char*>(out), static_cast<size_t>(sb_stemmer_length(impl_->stemmer)));
}

}  // namespace insyn::search
