// The only file that includes cmark-gfm headers.
#include "content/markdown.h"

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>

#include <cctype>
#include <cstdlib>
#include <memory>
#include <mutex>

namespace insyn {

namespace {

// cmark-gfm writes table alignment as the obsolete align="…" attribute; HTML5 wants CSS, so the
// theme styles these classes instead. Escaped text can never contain the quoted attribute.
std::string table_alignment_as_classes(std::string html) {
  for (const char* side : {"left", "center", "right"}) {
    std::string from = std::string(" align=\"") + side + "\"";
    std::string to = std::string(" class=\"align-") + side + "\"";
    for (size_t at = html.find(from); at != std::string::npos; at = html.find(from, at + to.size())) {
      html.replace(at, from.size(), to);
    }
  }
  return html;
}

struct ParserDeleter {
  void operator()(cmark_parser* p) const { cmark_parser_free(p); }
};
struct NodeDeleter {
  void operator()(cmark_node* n) const { cmark_node_free(n); }
};
struct IterDeleter {
  void operator()(cmark_iter* i) const { cmark_iter_free(i); }
};
struct CharDeleter {
  void operator()(char* s) const { std::free(s); }
};

bool is_unsafe_url(const char* url) {
  if (url == nullptr) return false;
  std::string scheme;
  for (const char* p = url; *p && *p != ':'; ++p) {
    unsigned char c = static_cast<unsigned char>(*p);
    if (std::isspace(c) || c < 0x20) continue;  // browsers ignore these inside a scheme
    scheme += static_cast<char>(std::tolower(c));
  }
  if (std::string_view(url).find(':') == std::string_view::npos) return false;
  return scheme == "javascript" || scheme == "vbscript" || scheme == "data" || scheme == "file";
}

SourceLoc loc_of(cmark_node* node, const SourceLoc& origin) {
  return {origin.file, origin.line + cmark_node_get_start_line(node) - 1, cmark_node_get_start_column(node)};
}

void report_unsafe_nodes(cmark_node* root, const SourceLoc& origin, const MarkdownOptions& options,
                         Diagnostics& diags) {
  std::unique_ptr<cmark_iter, IterDeleter> iter(cmark_iter_new(root));
  cmark_event_type ev;
  while ((ev = cmark_iter_next(iter.get())) != CMARK_EVENT_DONE) {
    if (ev != CMARK_EVENT_ENTER) continue;
    cmark_node* node = cmark_iter_get_node(iter.get());
    cmark_node_type type = cmark_node_get_type(node);
    if (!options.allow_raw_html && (type == CMARK_NODE_HTML_BLOCK || type == CMARK_NODE_HTML_INLINE)) {
      diags.warning(loc_of(node, origin), "raw-html", "raw HTML in Markdown is not published",
                    "write it as Markdown (**bold**, *italic*, lists, tables) instead");
    }
    if ((type == CMARK_NODE_LINK || type == CMARK_NODE_IMAGE) && is_unsafe_url(cmark_node_get_url(node))) {
      diags.warning(loc_of(node, origin), "unsafe-link", "link target removed: javascript:, vbscript:, data: and file: links are not published",
                    "link to an https:// address or a page of the site");
    }
  }
}

}  // namespace

std::string render_markdown(std::string_view body, const SourceLoc& origin, const MarkdownOptions& options,
                            Diagnostics& diags) {
  // Registration touches global state; years are loaded on several threads.
  static std::once_flag registered;
  std::call_once(registered, cmark_gfm_core_extensions_ensure_registered);
  int parse_options = CMARK_OPT_DEFAULT | CMARK_OPT_VALIDATE_UTF8;
  std::unique_ptr<cmark_parser, ParserDeleter> parser(cmark_parser_new(parse_options));
  for (const char* name : {"table", "strikethrough", "autolink", "tagfilter"}) {
    if (cmark_syntax_extension* ext = cmark_find_syntax_extension(name)) {
      cmark_parser_attach_syntax_extension(parser.get(), ext);
    }
  }
  std::unique_ptr<cmark_node, NodeDeleter> doc;
  {
    // Parsing inlines adds the extensions' special characters to a table global to cmark-gfm and
    // clears them afterwards, so two parses at once lose each other's autolinks: one at a time.
    // Rendering the tree to HTML below has no shared state and stays parallel.
    static std::mutex parse_mutex;
    std::lock_guard lock(parse_mutex);
    cmark_parser_feed(parser.get(), body.data(), body.size());
    doc.reset(cmark_parser_finish(parser.get()));
  }
  report_unsafe_nodes(doc.get(), origin, options, diags);

  // Without CMARK_OPT_UNSAFE, cmark-gfm drops raw HTML and blanks unsafe link targets itself.
  int render_options = CMARK_OPT_DEFAULT | (options.allow_raw_html ? CMARK_OPT_UNSAFE : 0);
  std::unique_ptr<char, CharDeleter> html(
      cmark_render_html(doc.get(), render_options, cmark_parser_get_syntax_extensions(parser.get())));
  return html ? table_alignment_as_classes(html.get()) : std::string();
}

}  // namespace insyn
