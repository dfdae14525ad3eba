#include "render/contents.h"

#include <vector>

namespace insyn {

namespace {

struct Entry {
  int level;
  std::string id;
  std::string text;  // already escaped HTML, tags removed
};

// The text of a heading's inner HTML without its tags (the entities stay escaped), whitespace folded.
std::string plain_text(std::string_view inner) {
  std::string out;
  bool in_tag = false, space = false;
  for (char c : inner) {
    if (c == '<')
      in_tag = true;
    else if (c == '>')
      in_tag = false;
    else if (!in_tag) {
      if (c == ' ' || c == '\n' || c == '\t')
        space = !out.empty();
      else {
        if (space) out += ' ';
        space = false;
        out += c;
      }
    }
  }
  return out;
}

// The value of attribute `name` in an opening tag, or "" when absent.
std::string attribute(std::string_view tag, std::string_view name) {
  std::string key = " " + std::string(name) + "=\"";
  size_t at = tag.find(key);
  if (at == std::string_view::npos) return "";
  size_t start = at + key.size(), end = tag.find('"', start);
  return end == std::string_view::npos ? "" : std::string(tag.substr(start, end - start));
}

}  // namespace

std::string add_contents(std::string_view html, std::string_view heading, size_t max_entries) {
  std::string out;
  std::vector<Entry> entries;
  size_t pos = 0, generated = 0, h2s = 0;
  while (true) {
    size_t open = html.find("<h", pos);
    if (open == std::string_view::npos || open + 3 >= html.size()) break;
    char digit = html[open + 2], after = html[open + 3];
    size_t close_tag = html.find('>', open);
    if ((digit != '2' && digit != '3') || (after != '>' && after != ' ') ||
        close_tag == std::string_view::npos) {
      out.append(html.substr(pos, open + 2 - pos));
      pos = open + 2;
      continue;
    }
    const std::string end_tag = std::string("</h") + digit + ">";
    size_t end = html.find(end_tag, close_tag);
    if (end == std::string_view::npos) break;
    std::string_view tag = html.substr(open, close_tag + 1 - open);
    std::string id = attribute(tag, "id");
    std::string text = plain_text(html.substr(close_tag + 1, end - close_tag - 1));
    bool listed = tag.find(" data-no-toc") == std::string_view::npos && !text.empty();
    out.append(html.substr(pos, open - pos));
    if (listed && id.empty()) {
      id = "avsnitt-" + std::to_string(++generated);
      out += "<h" + std::string(1, digit) + " id=\"" + id + "\"" + std::string(tag.substr(3));
    } else {
      out.append(tag);
    }
    pos = close_tag + 1;
    if (listed) {
      entries.push_back({digit - '0', id, text});
      if (digit == '2') ++h2s;
    }
  }
  out.append(html.substr(pos));
  if (h2s < 2 || entries.size() < 5) return std::string(html);
  const bool with_h3 = entries.size() <= max_entries;
  std::string nav = "<nav class=\"toc\" aria-labelledby=\"toc-heading\">\n<h2 id=\"toc-heading\">" +
                    std::string(heading) + "</h2>\n<ol>";
  bool open_item = false, open_sub = false;
  for (const Entry& e : entries) {
    if (e.level == 3 && (!with_h3 || !open_item)) continue;
    if (e.level == 2) {
      if (open_sub) nav += "</ol>";
      if (open_item) nav += "</li>\n";
      open_sub = false;
      nav += "<li><a href=\"#" + e.id + "\">" + e.text + "</a>";
      open_item = true;
    } else {
      if (!open_sub) nav += "<ol>";
      open_sub = true;
      nav += "<li><a href=\"#" + e.id + "\">" + e.text + "</a></li>";
    }
  }
  if (open_sub) nav += "</ol>";
  if (open_item) nav += "</li>\n";
  nav += "</ol>\n</nav>\n";
  return nav + out;
}

}  // namespace insyn
