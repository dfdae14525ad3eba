#include "content/content_tree.h"

#include "content/front_matter.h"

namespace insyn {

const JsonDocument* ContentTree::find_json(const std::string& rel) const {
  auto it = json.find(rel);
  return it == json.end() ? nullptr : &it->second;
}

const MarkdownDocument* ContentTree::find_markdown(const std::string& rel) const {
  auto it = markdown.find(rel);
  return it == markdown.end() ? nullptr : &it->second;
}

SourceLookup ContentTree::source_lookup() const {
  return [this](const std::string& file) -> std::optional<std::string_view> {
    auto it = sources.find(file);
    if (it == sources.end()) return std::nullopt;
    return std::string_view(it->second);
  };
}

namespace {

bool ends_with(const std::string& s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

}  // namespace

ContentTree load_content_tree(const FileSystem& fs, const std::string& display_root, Diagnostics& diags) {
  ContentTree tree;
  std::string prefix = display_root.empty() ? "" : display_root + "/";
  std::vector<std::string> unreadable;
  std::vector<std::string> files = fs.list_files_reporting("", unreadable);
  for (const std::string& folder : unreadable) {
    std::string display = folder == "." ? display_root : prefix + folder;
    diags.error({display, 0, 0}, "unreadable-folder", "cannot read the folder; the files in it are not checked",
                "check its permissions (the folder must be readable and searchable: chmod u+rx)");
  }
  for (const std::string& rel : files) {
    // schemas/ serves editors, templates/ overrides the theme and arkiv/ holds frozen snapshots
    // (published as they are): none of them is content.
    if (rel.rfind("schemas/", 0) == 0 || rel.rfind("templates/", 0) == 0 || rel.rfind("arkiv/", 0) == 0 ||
        is_hidden_path(rel)) {
      continue;
    }
    std::string display = prefix + rel;
    bool is_json = ends_with(rel, ".json");
    bool is_markdown = ends_with(rel, ".md");
    if (!is_json && !is_markdown) {
      diags.warning({display, 0, 0}, "unknown-file", "file ignored: content files end in .json or .md",
                    "move images and other assets to the theme's static/ folder");
      continue;
    }
    tree.failed.insert(rel);  // until it has parsed
    auto size = fs.size(rel);
    if (size && *size > kMaxContentFileBytes) {
      diags.error({display, 0, 0}, "file-too-large",
                  "file is too large (" + std::to_string(*size / (1024 * 1024)) + " MiB; the limit is " +
                      std::to_string(kMaxContentFileBytes / (1024 * 1024)) + " MiB)",
                  "split it into smaller files, one per plan year and document");
      continue;
    }
    auto text = fs.read(rel);
    if (!text) {
      diags.error({display, 0, 0}, "unreadable", "cannot read the file", "check its permissions");
      continue;
    }
    if (text->find_first_not_of(" \t\r\n") == std::string::npos) {
      diags.error({display, 0, 0}, "empty-file", "the file is empty",
                  is_json ? "a JSON content file holds an object: start from the README's example"
                          : "write some text or delete the file");
      continue;
    }
    const std::string& source = tree.sources.emplace(display, std::move(*text)).first->second;
    if (is_json) {
      if (auto root = parse_json(source, display, diags)) {
        tree.json.emplace(rel, JsonDocument{display, std::move(*root)});
        tree.failed.erase(rel);
      }
    } else if (auto split = split_front_matter(source, display, diags)) {
      tree.markdown.emplace(rel, MarkdownDocument{display, std::move(split->front_matter), std::string(split->body),
                                                  split->body_line});
      tree.failed.erase(rel);
    }
  }
  return tree;
}

}  // namespace insyn
