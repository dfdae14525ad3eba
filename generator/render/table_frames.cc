// Wraps tables in keyboard-reachable, labelled scroll frames (see table_frames.h). Works on the
// rendered body as text: the templates and the Markdown renderer both produce plain `<table>` markup,
// and one pass here covers them all.
#include "render/table_frames.h"

#include <string.h>  // memmem

#include <string>

namespace insyn {

namespace {

// html.find(text, from), with glibc's memmem: string_view::find stops at every '<' of the page to
// compare, and HTML is mostly '<' (a tenth of rendering a free-standing page went there).
size_t find(std::string_view html, std::string_view text, size_t from) {
  if (from > html.size()) return std::string_view::npos;
  const void* at = ::memmem(html.data() + from, html.size() - from, text.data(), text.size());
  return at ? static_cast<size_t>(static_cast<const char*>(at) - html.data()) : std::string_view::npos;
}

// The position of the next `<table` or `</table` tag (by its name, so `<tables>` or `<tablet` do not
// count) at or after `from`; npos when none.
size_t next_tag(std::string_view html, std::string_view tag, size_t from) {
  for (size_t at = find(html, tag, from); at != std::string_view::npos; at = find(html, tag, at + 1)) {
    const size_t after = at + tag.size();
    if (after < html.size() && (html[after] == '>' || html[after] == ' ' || html[after] == '\n')) return at;
  }
  return std::string_view::npos;
}

// The end (one past '>') of the table starting at `start`, counting nested tables; npos if unclosed.
size_t table_end(std::string_view html, size_t start) {
  int depth = 0;
  size_t at = start;
  while (true) {
    const size_t open = next_tag(html, "<table", at);
    const size_t close = next_tag(html, "</table", at);
    if (close == std::string_view::npos) return std::string_view::npos;
    if (open < close) {
      ++depth;
      at = open + 1;
      continue;
    }
    if (--depth == 0) {
      const size_t gt = html.find('>', close);
      return gt == std::string_view::npos ? gt : gt + 1;
    }
    at = close + 1;
  }
}

// Gives the table's caption an id (keeping one it has) and returns the frame's labelling attribute.
std::string label_table(std::string& table, int number, std::string_view fallback_label) {
  const size_t first_row = table.find("<tr");
  const size_t caption = next_tag(table, "<caption", 0);
  if (caption == std::string::npos || (first_row != std::string::npos && caption > first_row)) {
    return "aria-label=\"" + std::string(fallback_label) + " " + std::to_string(number) + "\"";
  }
  const size_t gt = table.find('>', caption);
  const std::string_view tag = std::string_view(table).substr(caption, gt - caption);
  const size_t id_at = tag.find(" id=\"");
  if (id_at != std::string_view::npos) {
    const size_t value = id_at + 5;
    return "aria-labelledby=\"" + std::string(tag.substr(value, tag.find('"', value) - value)) + "\"";
  }
  const std::string id = "tabell-" + std::to_string(number);
  table.insert(caption + 8, " id=\"" + id + "\"");
  return "aria-labelledby=\"" + id + "\"";
}

// Markdown tables head their columns with bare `<th>` (or `<th align=…>`); a header cell in the head
// row heads its column, which WCAG's technique H63 wants said with `scope`.
void add_column_scopes(std::string& table) {
  const size_t head = table.find("<thead>");
  if (head == std::string::npos) return;
  for (size_t at = head; (at = table.find("<th", at)) != std::string::npos;) {
    const size_t head_end = table.find("</thead>", head);
    if (head_end == std::string::npos || at > head_end) break;
    const char next = at + 3 < table.size() ? table[at + 3] : '\0';
    if ((next == '>' || next == ' ') && table.compare(at, 7, "<thead>") != 0 &&
        table.find("scope=", at) > table.find('>', at)) {
      table.insert(at + 3, " scope=\"col\"");
    }
    at += 3;
  }
}

}  // namespace

std::string frame_tables(std::string html_text, std::string_view fallback_label) {
  const std::string_view html = html_text;
  // Most pages have no table: they are returned as they are, without a copy.
  if (next_tag(html, "<table", 0) == std::string_view::npos) return html_text;
  std::string out;
  out.reserve(html.size() + 1024);
  int number = 0;
  size_t at = 0;
  while (true) {
    const size_t start = next_tag(html, "<table", at);
    const size_t end = start == std::string_view::npos ? start : table_end(html, start);
    if (end == std::string_view::npos) break;
    std::string table(html.substr(start, end - start));
    // An empty corner header (as Markdown tables have) heads nothing: it is a data cell.
    for (size_t th = table.find("<th></th>"); th != std::string::npos; th = table.find("<th></th>", th)) {
      table.replace(th, 9, "<td></td>");
    }
    add_column_scopes(table);
    const std::string label = label_table(table, ++number, fallback_label);
    out.append(html.substr(at, start - at));
    out += "<div class=\"table-frame\" role=\"group\" tabindex=\"0\" " + label + ">" + table + "</div>";
    at = end;
  }
  out.append(html.substr(at));
  return out;
}

}  // namespace insyn
