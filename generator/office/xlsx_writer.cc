// The only file that includes libxlsxwriter. libxlsxwriter 1.1.4 (Debian 12) writes to a named file
// only, so the workbook goes to a private temporary file that is read back and removed.
#include "office/xlsx_writer.h"

#include <unistd.h>
#include <xlsxwriter.h>

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <iterator>
#include <mutex>
#include <sstream>

namespace insyn {

namespace {

// Excel caps a cell at 32 767 characters; longer text is cut (at a UTF-8 boundary) rather than refused.
constexpr size_t kMaxCellBytes = 32767;
constexpr double kMinWidth = 6, kMaxWidth = 60;

size_t utf8_length(const std::string& s) {
  return static_cast<size_t>(std::count_if(s.begin(), s.end(), [](char c) { return (c & 0xC0) != 0x80; }));
}

std::string cell_text(const std::string& s) {
  if (s.size() <= kMaxCellBytes) return s;
  size_t end = kMaxCellBytes;
  while (end > 0 && (static_cast<unsigned char>(s[end]) & 0xC0) == 0x80) --end;
  return s.substr(0, end);
}

// Sheet names: at most 31 characters and none of []:*?/\ (Excel's rules).
std::string sheet_name(const std::string& name) {
  std::string out;
  for (char c : name) out += std::string("[]:*?/\\").find(c) == std::string::npos ? c : '_';
  while (utf8_length(out) > 31) {
    do out.pop_back();
    while (!out.empty() && (static_cast<unsigned char>(out.back()) & 0xC0) == 0x80);
    if (!out.empty() && (static_cast<unsigned char>(out.back()) & 0xC0) == 0xC0) out.pop_back();
  }
  return out;
}

struct Formats {
  lxw_format* header;
  lxw_format* date;
  lxw_format* integer;
  lxw_format* number;
  lxw_format* text;
};

lxw_error write_cell(lxw_worksheet* ws, lxw_row_t r, lxw_col_t c, CellKind kind, const Cell& cell,
                     const Formats& f) {
  if (cell.text.empty()) return LXW_NO_ERROR;
  if (cell.numeric && kind == CellKind::Date) {
    lxw_datetime dt{std::atoi(cell.text.substr(0, 4).c_str()),
                    std::atoi(cell.text.substr(5, 2).c_str()),
                    std::atoi(cell.text.substr(8, 2).c_str()),
                    0,
                    0,
                    0};
    return worksheet_write_datetime(ws, r, c, &dt, f.date);
  }
  if (cell.numeric)
    return worksheet_write_number(ws, r, c, cell.number, kind == CellKind::Integer ? f.integer : f.number);
  // A string cell is stored as text in sharedStrings.xml: Excel never evaluates it, even "=HYPERLINK(…)".
  return worksheet_write_string(ws, r, c, cell_text(cell.text).c_str(), f.text);
}

lxw_error write_sheet(lxw_workbook* wb, const Sheet& sheet, const Formats& f) {
  lxw_worksheet* ws = workbook_add_worksheet(wb, sheet_name(sheet.name).c_str());
  if (!ws) return LXW_ERROR_PARAMETER_VALIDATION;
  auto ncols = static_cast<lxw_col_t>(sheet.columns.size());
  for (lxw_col_t c = 0; c < ncols; ++c) {
    const SheetColumn& col = sheet.columns[c];
    if (lxw_error e = worksheet_write_string(ws, 0, c, col.header.c_str(), f.header)) return e;
    size_t width = utf8_length(col.header) + 3;  // room for the filter button
    for (const auto& row : sheet.rows) {
      if (c < row.size())
        width = std::max(width, col.kind == CellKind::Date ? 10 : utf8_length(row[c].text) + 1);
    }
    worksheet_set_column(ws, c, c, std::clamp(static_cast<double>(width), kMinWidth, kMaxWidth), nullptr);
  }
  for (size_t r = 0; r < sheet.rows.size(); ++r) {
    for (lxw_col_t c = 0; c < ncols && c < sheet.rows[r].size(); ++c) {
      if (lxw_error e =
              write_cell(ws, static_cast<lxw_row_t>(r + 1), c, sheet.columns[c].kind, sheet.rows[r][c], f))
        return e;
    }
  }
  worksheet_freeze_panes(ws, 1, 0);
  if (ncols > 0) worksheet_autofilter(ws, 0, 0, static_cast<lxw_row_t>(sheet.rows.size()), ncols - 1);
  return LXW_NO_ERROR;
}

// Removes the temporary file however the function is left.
struct TempFile {
  std::string path;
  ~TempFile() {
    if (!path.empty()) unlink(path.c_str());
  }
};

}  // namespace

std::optional<std::string> write_xlsx(const Workbook& workbook, std::string& error) {
  // libxlsxwriter formats the creation time with gmtime(), whose buffer is shared by all threads; the
  // renderer writes the years' workbooks in parallel, so one at a time (each takes milliseconds).
  static std::mutex one_at_a_time;
  std::lock_guard<std::mutex> lock(one_at_a_time);
  const char* tmp = std::getenv("TMPDIR");
  std::string pattern = std::string(tmp && *tmp ? tmp : "/tmp") + "/insyn-xlsx-XXXXXX";
  int fd = mkstemp(pattern.data());
  if (fd < 0) {
    error = "cannot create a temporary file in " + pattern.substr(0, pattern.rfind('/'));
    return std::nullopt;
  }
  close(fd);
  TempFile temp{pattern};

  lxw_workbook_options options{};
  lxw_workbook* wb = workbook_new_opt(temp.path.c_str(), &options);
  if (!wb) {
    error = "libxlsxwriter could not start a workbook";
    return std::nullopt;
  }
  // The creation time is the caller's (never the clock), so the same workbook gives the same bytes.
  std::string title = workbook.title;
  lxw_doc_properties props{};
  props.title = title.data();
  props.created = static_cast<time_t>(workbook.created);
  workbook_set_properties(wb, &props);

  Formats f{workbook_add_format(wb), workbook_add_format(wb), workbook_add_format(wb),
            workbook_add_format(wb), workbook_add_format(wb)};
  format_set_bold(f.header);
  format_set_text_wrap(f.header);
  format_set_num_format(f.date, "yyyy-mm-dd");
  format_set_num_format(f.integer, "0");
  format_set_num_format(f.number, "#,##0.##");
  format_set_num_format(f.text, "@");

  lxw_error err = LXW_NO_ERROR;
  for (const Sheet& sheet : workbook.sheets) {
    if ((err = write_sheet(wb, sheet, f))) break;
  }
  lxw_error closed = workbook_close(wb);  // frees the workbook whatever happened before
  if (err || closed) {
    error = std::string("libxlsxwriter: ") + lxw_strerror(err ? err : closed);
    return std::nullopt;
  }
  std::ifstream in(temp.path, std::ios::binary);
  std::ostringstream bytes;
  bytes << in.rdbuf();
  if (!in) {
    error = "cannot read back the workbook from " + temp.path;
    return std::nullopt;
  }
  return bytes.str();
}

}  // namespace insyn
