#include "render/output_paths.h"

#include <map>
#include <set>

#include "core/html.h"
#include "render/view_procurement.h"

namespace insyn {

namespace {

// The planned outputs: each file path, and each folder claimed as a whole (a plan year's pages, the
// archive), with the source that makes it, as shown in messages.
class OutputPlan {
 public:
  OutputPlan(std::string content_root, Diagnostics& diags)
      : content_(content_root.empty() ? "" : content_root + "/"), diags_(diags) {}

  std::string content(const std::string& rel) const { return content_ + rel; }

  void folder(const std::string& dir, const std::string& source) { folders_.emplace(dir + "/", source); }

  /// Adds a file; `report_at` is where a clash is reported (the file that should change).
  void file(const std::string& path, const std::string& source, const std::string& report_at = {}) {
    std::string at = report_at.empty() ? source : report_at;
    if (path.find("..") != std::string::npos) {
      error(at, "output path \"" + path + "\" holds \"..\", which the site cannot have",
            "rename it without \"..\" (letters, digits and - are safe)");
      return;
    }
    auto [it, inserted] = files_.emplace(path, source);
    if (!inserted) {
      if (it->second != source) {
        error(at, "both " + it->second + " and " + source + " would be published as " + path,
              "rename one of them: a site has one file per path");
      }
      return;
    }
    // A file inside a folder claimed by another source, or inside what is another file's path.
    for (size_t slash = path.find('/'); slash != std::string::npos; slash = path.find('/', slash + 1)) {
      std::string dir = path.substr(0, slash + 1);
      if (auto f = folders_.find(dir); f != folders_.end() && f->second != source) {
        error(at, source + " would be published as " + path + ", inside " + dir + " which belongs to " + f->second,
              "rename it: that folder holds generated pages");
        return;
      }
      if (auto other = files_.find(path.substr(0, slash)); other != files_.end()) {
        error(at, source + " would be published as " + path + ", but " + other->first + " is a file (from " +
                      other->second + ")",
              "rename it: one path cannot be a file and a folder");
        return;
      }
    }
    // The reverse: a file whose path is another file's folder.
    if (auto below = files_.lower_bound(path + "/"); below != files_.end() && below->first.rfind(path + "/", 0) == 0) {
      error(at, source + " would be published as " + path + ", but that is the folder of " + below->first +
                    " (from " + below->second + ")",
            "rename it: one path cannot be a file and a folder");
    }
  }

 private:
  void error(const std::string& at, std::string message, std::string hint) {
    diags_.error({at, 0, 0}, "output-path", std::move(message), std::move(hint));
  }

  std::string content_;
  Diagnostics& diags_;
  std::map<std::string, std::string> files_;
  std::map<std::string, std::string> folders_;
};

}  // namespace

void check_output_paths(const Site& site, const Theme& theme, const std::string& content_root,
                        const std::string& theme_root, Diagnostics& diags) {
  OutputPlan plan(content_root, diags);
  // Generated first, so a clash is reported at the content file that makes the second one.
  plan.file("index.html", "the home page");
  plan.file("404.html", "the page-not-found page");
  plan.file("tillganglighet/index.html", "the accessibility statement");
  plan.file("css/bands.css", plan.content("site.json") + " (the risk bands' colours)");
  for (const auto& [path, bytes] : theme.static_files) plan.file(path, theme_root + "/static/" + path);
  for (const Organisation& org : site.organisations) {
    std::string source = plan.content(org.slug + "/organisation.json");
    plan.file(org.slug + "/index.html", source);
    if (org.years.size() > 1) plan.folder(org.slug + "/jamforelse", source);
    if (has_procurement(org)) plan.folder(org.slug + "/upphandling", source);
    for (const PlanYear& year : org.years) plan.folder(year.dir, plan.content(year.dir + "/plan.json"));
  }
  if (!site.archives.empty()) {
    plan.folder("arkiv", plan.content("arkiv"));
    plan.file("arkiv/index.html", plan.content("arkiv"));
  }
  std::set<std::string> sections;
  for (const Page& page : site.pages) {
    std::string source = plan.content(page.source);
    if (!page.section.empty() && page.is_index) {
      plan.file(page.url, source);
      sections.insert(page.section);
    }
  }
  for (const Page& page : site.pages) {
    std::string source = plan.content(page.source);
    if (!page.section.empty() && !sections.count(page.section)) {
      // A section without _index.md still gets an index page, made from its folder.
      plan.file(page.section + "/index.html", plan.content(page.section + "/"), source);
      sections.insert(page.section);
    }
    if (!page.is_index) plan.file(page.url, source);
    for (const auto& [kind, names] : {std::pair{"tags", &page.tags}, std::pair{"categories", &page.categories}}) {
      for (const std::string& name : *names) {
        plan.file(std::string(kind) + "/index.html", "the list of " + std::string(kind), source);
        plan.file(std::string(kind) + "/" + slugify(name) + "/index.html",
                  "the " + std::string(kind) + " \"" + name + "\"", source);
      }
    }
  }
}

}  // namespace insyn
