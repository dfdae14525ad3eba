// The only file that includes libzip and expat: reading .xlsx workbooks for `insyn import`.
// A workbook is untrusted input: every size is capped before it is allocated, DTDs (and so entity
// declarations, the "billion laughs") are refused, and formulas are refused rather than evaluated.
#include "office/xlsx_reader.h"

#include <expat.h>
#include <zip.h>

#include <functional>
#include <map>
#include <memory>
#include <optional>

namespace insyn {

namespace {

struct ZipCloser {
  void operator()(zip_t* z) const { zip_discard(z); }
};
struct FileCloser {
  void operator()(zip_file_t* f) const { zip_fclose(f); }
};
struct ParserFree {
  void operator()(XML_Parser p) const { XML_ParserFree(p); }
};

class Archive {
 public:
  Archive(std::string_view bytes, const ReadLimits& limits, std::string& error)
      : limits_(limits), error_(error) {
    zip_error_t zerr;
    zip_error_init(&zerr);
    zip_source_t* src = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &zerr);
    if (src) {
      zip_.reset(zip_open_from_source(src, ZIP_RDONLY, &zerr));
      if (!zip_) zip_source_free(src);
    }
    if (!zip_)
      error_ = "not an .xlsx workbook (it is not a zip file: " + std::string(zip_error_strerror(&zerr)) + ")";
    zip_error_fini(&zerr);
  }
  bool ok() const { return zip_ != nullptr; }

  // The entry's bytes; nullopt when it is missing (error_ stays empty) or too large (error_ set).
  std::optional<std::string> read(const std::string& name) {
    zip_int64_t index = zip_name_locate(zip_.get(), name.c_str(), 0);
    if (index < 0) return std::nullopt;
    std::unique_ptr<zip_file_t, FileCloser> file(
        zip_fopen_index(zip_.get(), static_cast<zip_uint64_t>(index), 0));
    if (!file) {
      error_ = name + ": cannot be read from the workbook (" + zip_strerror(zip_.get()) + ")";
      return std::nullopt;
    }
    // The declared size may lie: count what actually comes out and stop at the cap.
    std::string out;
    char buf[65536];
    for (;;) {
      zip_int64_t n = zip_fread(file.get(), buf, sizeof buf);
      if (n < 0) {
        error_ = name + ": the workbook is damaged (" + std::string(zip_file_strerror(file.get())) + ")";
        return std::nullopt;
      }
      if (n == 0) break;
      total_ += static_cast<size_t>(n);
      if (out.size() + static_cast<size_t>(n) > limits_.max_entry_bytes || total_ > limits_.max_total_bytes) {
        error_ = name + ": expands to more than " + std::to_string(limits_.max_entry_bytes >> 20) +
                 " MB; the workbook is refused (a zip bomb?)";
        return std::nullopt;
      }
      out.append(buf, static_cast<size_t>(n));
    }
    return out;
  }

 private:
  std::unique_ptr<zip_t, ZipCloser> zip_;
  const ReadLimits& limits_;
  std::string& error_;
  size_t total_ = 0;
};

std::string local_name(const char* name) {
  std::string n(name);
  size_t colon = n.rfind(':');
  return colon == std::string::npos ? n : n.substr(colon + 1);
}

std::string attribute(const char** attrs, const char* wanted) {
  for (size_t i = 0; attrs[i]; i += 2) {
    if (local_name(attrs[i]) == wanted) return attrs[i + 1];
  }
  return "";
}

// SAX callbacks; `stop` set by a callback aborts the parse with its message.
struct XmlHandler {
  std::function<void(const std::string&, const char**)> start;
  std::function<void(const std::string&)> end;
  std::function<void(std::string_view)> text;
  std::string stop;
  XML_Parser parser = nullptr;
  /// Records the first error and stops the parser (no more callbacks, XML_Parse returns an error).
  void halt(std::string message) {
    if (!stop.empty()) return;
    stop = std::move(message);
    if (parser) XML_StopParser(parser, XML_FALSE);
  }
};

void XMLCALL on_start(void* data, const char* name, const char** attrs) {
  auto* h = static_cast<XmlHandler*>(data);
  if (h->start && h->stop.empty()) h->start(local_name(name), attrs);
}
void XMLCALL on_end(void* data, const char* name) {
  auto* h = static_cast<XmlHandler*>(data);
  if (h->end && h->stop.empty()) h->end(local_name(name));
}
void XMLCALL on_text(void* data, const char* s, int len) {
  auto* h = static_cast<XmlHandler*>(data);
  if (h->text && h->stop.empty()) h->text(std::string_view(s, static_cast<size_t>(len)));
}

// Parses one part; returns "" or an error. A DOCTYPE is refused before any entity can be declared.
std::string parse_xml(const std::string& part, const std::string& xml, XmlHandler& handler) {
  std::unique_ptr<std::remove_pointer_t<XML_Parser>, ParserFree> parser(XML_ParserCreate("UTF-8"));
  if (!parser) return part + ": out of memory";
  XML_Parser p = parser.get();
  handler.parser = p;
  XML_SetUserData(p, &handler);
  XML_SetElementHandler(p, on_start, on_end);
  XML_SetCharacterDataHandler(p, on_text);
  XML_SetStartDoctypeDeclHandler(p, [](void* data, const char*, const char*, const char*, int) {
    static_cast<XmlHandler*>(data)->halt("declares a DTD; workbooks never do, so it is refused");
  });
  XML_SetEntityDeclHandler(p, [](void* data, const XML_Char*, int, const XML_Char*, int, const XML_Char*,
                                 const XML_Char*, const XML_Char*, const XML_Char*) {
    static_cast<XmlHandler*>(data)->halt("declares an XML entity; it is refused");
  });
  XML_SetParamEntityParsing(p, XML_PARAM_ENTITY_PARSING_NEVER);
  // Parse in slices so a DTD is noticed (and the parse stopped) before the rest is looked at.
  constexpr size_t kSlice = 1 << 16;
  for (size_t at = 0; at <= xml.size(); at += kSlice) {
    size_t n = std::min(kSlice, xml.size() - std::min(at, xml.size()));
    bool last = at + kSlice >= xml.size();
    if (XML_Parse(p, xml.data() + at, static_cast<int>(n), last) == XML_STATUS_ERROR) {
      if (!handler.stop.empty()) return part + ": " + handler.stop;
      return part + ":" + std::to_string(XML_GetCurrentLineNumber(p)) + ": not well-formed XML (" +
             XML_ErrorString(XML_GetErrorCode(p)) + ")";
    }
    if (!handler.stop.empty()) return part + ": " + handler.stop;
    if (last) break;
  }
  return "";
}

// "D14" → column 3, row 14; false when it is not a cell reference.
bool parse_ref(const std::string& ref, int& column, int& row) {
  size_t i = 0;
  long col = 0;
  while (i < ref.size() && ref[i] >= 'A' && ref[i] <= 'Z' && col < 100000)
    col = col * 26 + (ref[i++] - 'A' + 1);
  long r = 0;
  size_t digits = i;
  while (i < ref.size() && ref[i] >= '0' && ref[i] <= '9' && r < 100000000) r = r * 10 + (ref[i++] - '0');
  if (col == 0 || i == digits || i != ref.size()) return false;
  column = static_cast<int>(col - 1);
  row = static_cast<int>(r);
  return true;
}

std::string read_shared_strings(Archive& zip, std::vector<std::string>& strings, std::string& zip_error) {
  std::optional<std::string> xml = zip.read("xl/sharedStrings.xml");
  if (!xml) return zip_error;
  std::string current;
  int in_t = 0, in_phonetic = 0;
  XmlHandler h;
  h.start = [&](const std::string& n, const char**) {
    if (n == "si") current.clear();
    if (n == "t") ++in_t;
    if (n == "rPh") ++in_phonetic;  // furigana: not part of the text
  };
  h.end = [&](const std::string& n) {
    if (n == "t") --in_t;
    if (n == "rPh") --in_phonetic;
    if (n == "si") strings.push_back(current);
  };
  h.text = [&](std::string_view s) {
    if (in_t > 0 && in_phonetic == 0) current += s;
  };
  return parse_xml("xl/sharedStrings.xml", *xml, h);
}

std::string read_sheet(const std::string& part, const std::string& xml,
                       const std::vector<std::string>& strings, const ReadLimits& limits, ReadSheet& sheet) {
  XmlHandler h;
  int row_number = 0, next_column = 0;
  ReadRow row;
  std::string type, value, ref;
  bool in_cell = false, in_value = false, in_inline = false, has_formula = false;
  auto fail = [&](const std::string& what) { h.halt("\x01" + sheet.name + "!" + ref + ": " + what); };
  h.start = [&](const std::string& n, const char** attrs) {
    if (n == "row") {
      std::string r = attribute(attrs, "r");
      row_number = r.empty() ? row_number + 1 : std::atoi(r.substr(0, 9).c_str());
      if (row_number < 1 || row_number > limits.max_rows) {
        ref = "A" + std::to_string(row_number);
        return fail("row " + std::to_string(row_number) + " is beyond the " +
                    std::to_string(limits.max_rows) + " rows a register may have");
      }
      row = ReadRow{row_number, {}};
      next_column = 0;
    } else if (n == "c") {
      int column = next_column, r = row_number;
      ref = attribute(attrs, "r");
      if (!ref.empty() && !parse_ref(ref, column, r)) return fail("\"" + ref + "\" is not a cell reference");
      if (ref.empty()) ref = column_letters(column) + std::to_string(r);
      if (column >= limits.max_columns)
        return fail("column " + column_letters(column) + " is beyond the " +
                    std::to_string(limits.max_columns) + " columns a register may have");
      next_column = column + 1;
      if (static_cast<int>(row.cells.size()) <= column) row.cells.resize(static_cast<size_t>(column) + 1);
      type = attribute(attrs, "t");
      value.clear();
      in_cell = true;
      has_formula = false;
    } else if (in_cell && n == "f") {
      has_formula = true;
    } else if (in_cell && n == "v") {
      in_value = true;
    } else if (in_cell && n == "is") {
      in_inline = true;
    }
  };
  h.end = [&](const std::string& n) {
    if (n == "v") in_value = false;
    if (n == "is") in_inline = false;
    if (n == "row" && !row.cells.empty()) sheet.rows.push_back(std::move(row));
    if (n != "c" || !in_cell) return;
    in_cell = false;
    if (has_formula)
      return fail("the cell holds a formula; formulas are not imported (paste the values instead)");
    ReadCell& cell = row.cells[static_cast<size_t>(next_column - 1)];
    if (type == "s") {
      char* end = nullptr;
      unsigned long index = std::strtoul(value.c_str(), &end, 10);
      if (value.empty() || *end || index >= strings.size())
        return fail("the shared string " + value + " does not exist (the workbook has " +
                    std::to_string(strings.size()) + ")");
      cell = {strings[index], false};
    } else if (type == "inlineStr" || type == "str") {
      cell = {value, false};
    } else if (type == "b") {
      cell = {value == "1" ? "TRUE" : "FALSE", false};
    } else if (type == "e") {
      fail("the cell holds the error value " + value);
    } else {
      cell = {value, !value.empty()};
    }
  };
  h.text = [&](std::string_view s) {
    if (in_value || in_inline) {
      if (value.size() + s.size() > 32767 * 4) return fail("the cell holds more text than Excel allows");
      value += s;
    }
  };
  std::string err = parse_xml(part, xml, h);
  if (!err.empty() && err.find('\x01') != std::string::npos) return err.substr(err.find('\x01') + 1);
  return err;
}

}  // namespace

void split_where(const std::string& error, ReadResult& result) {
  size_t colon = error.find(": ");
  size_t bang = error.find('!');
  if (bang < colon && colon != std::string::npos) {
    result.where = error.substr(0, colon);
    result.error = error.substr(colon + 2);
  } else {
    result.error = error;
  }
}

std::string column_letters(int column) {
  std::string out;
  for (int c = column + 1; c > 0; c = (c - 1) / 26)
    out.insert(out.begin(), static_cast<char>('A' + (c - 1) % 26));
  return out;
}

ReadResult read_xlsx(std::string_view bytes, const ReadLimits& limits) {
  ReadResult result;
  std::string& error = result.error;
  Archive zip(bytes, limits, error);
  if (!zip.ok()) return result;
  std::optional<std::string> workbook = zip.read("xl/workbook.xml");
  if (!workbook) {
    if (error.empty()) error = "not an .xlsx workbook (it has no xl/workbook.xml)";
    return result;
  }
  std::vector<std::pair<std::string, std::string>> sheets;  // name, relationship id
  XmlHandler wh;
  wh.start = [&](const std::string& n, const char** attrs) {
    if (n == "sheet") sheets.emplace_back(attribute(attrs, "name"), attribute(attrs, "id"));
  };
  if (std::string e = parse_xml("xl/workbook.xml", *workbook, wh); !e.empty()) return error = e, result;
  std::map<std::string, std::string> targets;
  if (std::optional<std::string> rels = zip.read("xl/_rels/workbook.xml.rels")) {
    XmlHandler rh;
    rh.start = [&](const std::string& n, const char** attrs) {
      if (n == "Relationship") targets[attribute(attrs, "Id")] = attribute(attrs, "Target");
    };
    if (std::string e = parse_xml("xl/_rels/workbook.xml.rels", *rels, rh); !e.empty())
      return error = e, result;
  }
  if (!error.empty()) return result;
  std::vector<std::string> strings;
  if (std::string e = read_shared_strings(zip, strings, error); !e.empty()) return error = e, result;
  for (const auto& [name, id] : sheets) {
    std::string target = targets[id];
    std::string part = target.rfind("/", 0) == 0 ? target.substr(1) : "xl/" + target;
    if (target.empty() || part.find("..") != std::string::npos) continue;  // chart sheets and the like
    std::optional<std::string> xml = zip.read(part);
    if (!xml) {
      if (error.empty()) error = name + ": the sheet's part " + part + " is missing";
      return result;
    }
    ReadSheet sheet{name, {}};
    if (std::string e = read_sheet(part, *xml, strings, limits, sheet); !e.empty()) {
      split_where(e, result);
      return result;
    }
    result.sheets.push_back(std::move(sheet));
  }
  return result;
}

}  // namespace insyn
