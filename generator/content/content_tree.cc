#include "content/content_tree.h"

#include "content/front_matter.h"
#include "core/parallel.h"

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

// One content file read and parsed on its own, before it joins the tree.
struct LoadedFile {
  Diagnostics diags;
  std::optional<std::string> source;  // set when the file was read and is not empty
  std::optional<JsonValue> json;
  std::optional<MarkdownDocument> markdown;
};

LoadedFile load_file(const FileSystem& fs, const std::string& rel, const std::string& display) {
  LoadedFile out;
  Diagnostics& diags = out.diags;
  bool is_json = ends_with(rel, ".json");
  if (!is_json && !ends_with(rel, ".md")) {
    diags.warning({display, 0, 0}, "unknown-file", "file ignored: content files end in .json or .md",
                  "move images and other assets to the theme's static/ folder");
    return out;
  }
  auto size = fs.size(rel);
  if (size && *size > kMaxContentFileBytes) {
    diags.error({display, 0, 0}, "file-too-large",
                "file is too large (" + std::to_string(*size / (1024 * 1024)) + " MiB; the limit is " +
                    std::to_string(kMaxContentFileBytes / (1024 * 1024)) + " MiB)",
                "split it into smaller files, one per plan year and document");
    return out;
  }
  auto text = fs.read(rel);
  if (!text) {
    diags.error({display, 0, 0}, "unreadable", "cannot read the file", "check its permissions");
    return out;
  }
  if (text->find_first_not_of(" \t\r\n") == std::string::npos) {
    diags.error({display, 0, 0}, "empty-file", "the file is empty",
                is_json ? "a JSON content file holds an object: start from the README's example"
                        : "write some text or delete the file");
    return out;
  }
  const std::string& source = out.source.emplace(std::move(*text));
  if (is_json) {
    out.json = parse_json(source, display, diags);
  } else if (auto split = split_front_matter(source, display, diags)) {
    // The body is copied here, while the source it points into is still this one.
    out.markdown = MarkdownDocument{display, std::move(split->front_matter), std::string(split->body), split->body_line};
  }
  return out;
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
  // schemas/ serves editors, templates/ overrides the theme and arkiv/ holds frozen snapshots
  // (published as they are): none of them is content.
  std::erase_if(files, [](const std::string& rel) {
    return rel.rfind("schemas/", 0) == 0 || rel.rfind("templates/", 0) == 0 || rel.rfind("arkiv/", 0) == 0 ||
           is_hidden_path(rel);
  });
  // Files are independent: read and parse them on all cores, then add them in listing order, so the
  // tree and the order of the diagnostics do not depend on scheduling.
  std::vector<LoadedFile> loaded(files.size());
  parallel_for(files.size(), [&](size_t i) { loaded[i] = load_file(fs, files[i], prefix + files[i]); });
  for (size_t i = 0; i < files.size(); ++i) {
    const std::string& rel = files[i];
    LoadedFile& file = loaded[i];
    for (const Diagnostic& item : file.diags.items()) diags.add(item);
    bool content = ends_with(rel, ".json") || ends_with(rel, ".md");
    if (content && !file.json && !file.markdown) tree.failed.insert(rel);
    if (file.source) tree.sources.emplace(prefix + rel, std::move(*file.source));
    if (file.json) tree.json.emplace(rel, JsonDocument{prefix + rel, std::move(*file.json)});
    if (file.markdown) tree.markdown.emplace(rel, std::move(*file.markdown));
  }
  return tree;
}

}  // namespace insyn
