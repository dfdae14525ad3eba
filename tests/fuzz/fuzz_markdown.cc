// Fuzz target: front matter splitting and Markdown rendering, with the checks that output never
// carries script: raw HTML is dropped and unsafe link targets are removed.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "content/front_matter.h"
#include "content/markdown.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string text(reinterpret_cast<const char*>(data), size);
  insyn::Diagnostics diags;
  std::optional<insyn::MarkdownSource> source = insyn::split_front_matter(text, "page.md", diags);
  if (!source) return 0;
  std::string html = insyn::render_markdown(source->body, {"page.md", source->body_line, 1}, {}, diags);
  for (const char* forbidden : {"<script", "<SCRIPT", "href=\"javascript:", "href=\"JAVASCRIPT:", "src=\"javascript:"}) {
    if (html.find(forbidden) != std::string::npos) std::abort();
  }
  return 0;
}
