// The only file that includes cmark-gfm headers.
#include "content/markdown.h"
#include "content/url_policy.h"

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>

#include <algorithm>
#include <cstdlib>
#include <memory>
#include <vector>
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

// cmark-gfm gives an autolink (<scheme:…>) on a later line of a paragraph the right line but a
// column counted from the start of the paragraph (column 152 on a line of 14 bytes after a line of
// 150). When the column does not fit its line, take away the lengths of the lines before it, as
// cmark counted them, so the position is a real one.
SourceLoc loc_of(cmark_node* node, const SourceLoc& origin, std::string_view body) {
  int line = std::max(cmark_node_get_start_line(node), 1);
  long column = std::max(cmark_node_get_start_column(node), 1);
  std::vector<size_t> lengths;  // of the body's lines up to and including `line`
  for (size_t start = 0; lengths.size() < static_cast<size_t>(line) && start <= body.size();) {
    size_t nl = body.find('\n', start);
    size_t end = nl == std::string_view::npos ? body.size() : nl;
    lengths.push_back(end - start);
    start = end + 1;
  }
  if (lengths.size() == static_cast<size_t>(line)) {
    for (size_t before = lengths.size() - 1;
         column > static_cast<long>(lengths.back()) + 1 && before > 0 &&
         column > static_cast<long>(lengths[before - 1]) + 1;
         --before) {
      column -= static_cast<long>(lengths[before - 1]) + 1;
    }
  }
  return {origin.file, origin.line + line - 1, static_cast<int>(column)};
}

constexpr const char* kLinkRule =
    "link target removed: only http:, https:, mailto: and tel: links and links within the site are published";

void report_unsafe_nodes(cmark_node* root, std::string_view body, const SourceLoc& origin,
                         const MarkdownOptions& options, Diagnostics& diags) {
  std::unique_ptr<cmark_iter, IterDeleter> iter(cmark_iter_new(root));
  cmark_event_type ev;
  while ((ev = cmark_iter_next(iter.get())) != CMARK_EVENT_DONE) {
    if (ev != CMARK_EVENT_ENTER) continue;
    cmark_node* node = cmark_iter_get_node(iter.get());
    cmark_node_type type = cmark_node_get_type(node);
    bool html = type == CMARK_NODE_HTML_BLOCK || type == CMARK_NODE_HTML_INLINE;
    if (!options.allow_raw_html && html) {
      diags.warning(loc_of(node, origin, body), "raw-html", "raw HTML in Markdown is not published",
                    "write it as Markdown (**bold**, *italic*, lists, tables) instead");
    }
    if (options.allow_raw_html && html) {
      // Raw HTML is trusted with markup, not with script: a link filter that raw HTML could step
      // around would not be one. Refused rather than rewritten, so what is published is what was written.
      const char* literal = cmark_node_get_literal(node);
      for (const UnsafeAttribute& a : find_unsafe_attributes(literal ? literal : "")) {
        bool handler = a.name.rfind("on", 0) == 0 || a.name == "http-equiv";
        diags.error(loc_of(node, origin, body), "unsafe-html",
                    handler ? "raw HTML attribute " + a.name + "= is not published: it runs script"
                            : "raw HTML attribute " + a.name + "=\"" + a.value + "\" is not published: " +
                                  "only http:, https:, mailto: and tel: targets and links within the site are",
                    handler ? "remove the attribute; pages work without script"
                            : "link to an https:// address or a page of the site");
      }
    }
    if (type == CMARK_NODE_LINK || type == CMARK_NODE_IMAGE) {
      const char* url = cmark_node_get_url(node);
      if (url && !is_allowed_url(url)) {
        diags.warning(loc_of(node, origin, body), "unsafe-link", kLinkRule,
                      "link to an https:// address or a page of the site");
        // Removed here, not left to cmark-gfm: its own filter knows fewer schemes and is off when
        // raw HTML is allowed.
        cmark_node_set_url(node, "");
      }
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
  report_unsafe_nodes(doc.get(), body, origin, options, diags);

  // Without CMARK_OPT_UNSAFE, cmark-gfm drops raw HTML and blanks unsafe link targets itself.
  int render_options = CMARK_OPT_DEFAULT | (options.allow_raw_html ? CMARK_OPT_UNSAFE : 0);
  std::unique_ptr<char, CharDeleter> html(
      cmark_render_html(doc.get(), render_options, cmark_parser_get_syntax_extensions(parser.get())));
  return html ? table_alignment_as_classes(html.get()) : std::string();
}

}  // namespace insyn
