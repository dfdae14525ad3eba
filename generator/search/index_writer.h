#pragma once
// The search index as script files that work from file:// (no fetch, no modules, no WebAssembly):
// each file calls the page's global insynSearch(name, data). Layout (all below `dir`):
//   meta.js        fold table, record groups (board, year, document, kind, first record, count), the
//                  keys of the term files with their sizes in KiB, and the split keys that have a "="
//                  file
//   r<N>.js        records N·kChunk … as [page, anchor, code, title, excerpt]
//   t<key>.js      the terms that begin with <key> (encoded; two characters, more where a file would
//                  exceed kShardBytes), with their stems and the records they occur in (title and text
//                  apart, delta-coded), plus compound parts; t<key>=.js: the term equal to a split key
// A query loads meta.js, one term file per word and the record files of the results it shows.

#include <string>
#include <vector>

#include "core/output_file.h"
#include "search/records.h"

namespace insyn::search {

/// Records per record file.
inline constexpr size_t kChunk = 16;
/// A term file is split by the next character when its entries exceed this many bytes ...
inline constexpr size_t kShardBytes = 40 * 1024;
/// ... unless its key has this many characters.
inline constexpr size_t kMaxKeyChars = 8;
/// Characters of a record's text kept for its excerpt.
inline constexpr size_t kExcerptChars = 300;

/// The index files for `records` (in the order collect_records() gives), paths below `dir`.
/// Deterministic: the same records give the same bytes.
OutputFiles write_search_index(const std::vector<SearchRecord>& records, const std::string& dir);

/// The file-name form of a shard key: a–z and 0–9 as they are, every other character as "_" and its
/// code point in four hex digits ("ö" → "_00f6"; "-" and six digits beyond U+FFFF).
std::string shard_file_key(std::string_view key);

/// `json` as a JavaScript expression safe inside any HTML or script context: "<" as \u003c (no
/// "</script" or "<!--"), U+2028 and U+2029 escaped.
std::string js_safe_json(std::string json);

}  // namespace insyn::search
