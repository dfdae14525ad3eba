#include "model/load.h"

#include <algorithm>
#include <set>

#include "content/markdown.h"
#include "core/parallel.h"
#include "model/decode.h"
#include "model/object_reader.h"

namespace insyn {

namespace {

// The files a plan-year folder may hold: the ONE list. Anything else is reported so a typo in a name
// is noticed, and the report's hint is built from this list so it names every file (it drifted when
// the list was spread over several sets and the hint was written out by hand).
const std::vector<std::string> kYearFiles = {
    // The plan's four documents, their narratives and the follow-up.
    "plan.json", "vor.json", "kontrollplan.json", "projekt.json", "kompetens.json",
    "verksamhetsberattelse.json", "internkontroll.md", "vor.md", "kontrollplan.md", "projekt.md",
    "kompetens.md", "verksamhetsberattelse.md",
    // The rest of each plan (issue 14): procurement, budget, glossary (ordlista), the printed matrix.
    "upphandling.json", "budget.json", "ordlista.json", "riskmatris.json",
    // The appendices of forms and tables (kAppendixJson), and the narrative against harassment.
    "informationssakerhet.json", "lokalavveckling.json", "digitalisering.json", "jamstalldhet.json",
    "trakasserier.md"};
// The appendices among them: forms and tables read by one decoder (model/appendix.h).
const std::set<std::string> kAppendixJson = {"informationssakerhet.json", "lokalavveckling.json",
                                             "digitalisering.json", "jamstalldhet.json"};

bool is_year_file(const std::string& name) {
  return std::find(kYearFiles.begin(), kYearFiles.end(), name) != kYearFiles.end();
}

// "a plan-year folder holds plan.json, vor.json, … and trakasserier.md", from kYearFiles.
std::string year_files_hint() {
  std::string hint = "a plan-year folder holds ";
  for (size_t i = 0; i < kYearFiles.size(); ++i) {
    if (i > 0) hint += i + 1 == kYearFiles.size() ? " and " : ", ";
    hint += kYearFiles[i];
  }
  return hint;
}

std::vector<std::string> split_path(const std::string& rel) {
  std::vector<std::string> parts;
  size_t start = 0;
  while (true) {
    size_t slash = rel.find('/', start);
    parts.push_back(rel.substr(start, slash == std::string::npos ? std::string::npos : slash - start));
    if (slash == std::string::npos) return parts;
    start = slash + 1;
  }
}

Narrative load_narrative(const MarkdownDocument& doc, const MarkdownOptions& options, Diagnostics& diags) {
  Narrative n;
  n.path = doc.path;
  if (doc.front_matter) {
    ObjectReader r(*doc.front_matter, doc.path, diags, "front matter");
    n.title = r.text("title");
    r.skip("source");
  }
  n.html = render_markdown(doc.body, {doc.path, doc.body_line, 1}, options, diags);
  return n;
}

// The goal texts are Markdown inside JSON strings: rendered here, where the site's Markdown options are.
// Their positions inside the string are not tracked, so problems point at the file.
void render_followup_texts(FollowUp& f, const MarkdownOptions& md, Diagnostics& diags) {
  for (FollowUpGoal& g : f.goals) {
    g.description_html = render_markdown(g.description, {f.path, g.loc.line, g.loc.column}, md, diags);
    g.expected_result_html = render_markdown(g.expected_result, {f.path, g.loc.line, g.loc.column}, md, diags);
    g.analysis_html = render_markdown(g.analysis, {f.path, g.loc.line, g.loc.column}, md, diags);
  }
}

// The ATX headings of a Markdown body, each with whether any text (or a deeper heading with text)
// follows before the next heading of its level or above. Fenced code is not headings.
std::vector<ReportHeading> scan_headings(const MarkdownDocument& doc) {
  std::vector<ReportHeading> out;
  std::vector<size_t> open;  // headings still collecting content, innermost last
  bool fenced = false;
  size_t start = 0;
  int line = doc.body_line;
  const std::string& body = doc.body;
  while (start <= body.size()) {
    size_t end = body.find('\n', start);
    std::string text = body.substr(start, end == std::string::npos ? std::string::npos : end - start);
    size_t level = 0;
    while (level < text.size() && level < 7 && text[level] == '#') ++level;
    if (text.rfind("```", 0) == 0) fenced = !fenced;
    bool heading = !fenced && level >= 1 && level <= 6 && (level == text.size() || text[level] == ' ');
    if (heading) {
      while (!open.empty() && out[open.back()].level >= static_cast<int>(level)) open.pop_back();
      std::string title = text.substr(level);
      size_t a = title.find_first_not_of(" *"), b = title.find_last_not_of(" *#");
      out.push_back({a == std::string::npos ? "" : title.substr(a, b - a + 1), static_cast<int>(level), false,
                     {doc.path, line, 1}});
      open.push_back(out.size() - 1);
    } else if (text.find_first_not_of(" \t\r") != std::string::npos) {
      for (size_t i : open) out[i].has_content = true;
    }
    if (end == std::string::npos) break;
    start = end + 1;
    ++line;
  }
  return out;
}

void load_year(const ContentTree& tree, const std::string& dir, const MarkdownOptions& md, PlanYear& year,
               Diagnostics& diags) {
  auto json = [&](const char* name) { return tree.find_json(dir + "/" + name); };
  if (const JsonDocument* d = json("plan.json")) decode_plan(d->root, d->path, diags, year);
  if (const JsonDocument* d = json("vor.json")) year.vor = decode_vor(d->root, d->path, diags);
  if (const JsonDocument* d = json("kontrollplan.json")) year.control_plan = decode_control_plan(d->root, d->path, diags);
  if (const JsonDocument* d = json("projekt.json")) year.projects = decode_projects(d->root, d->path, diags);
  if (const JsonDocument* d = json("kompetens.json")) year.competence = decode_competence(d->root, d->path, diags);
  if (const JsonDocument* d = json("ordlista.json")) year.glossary = decode_glossary(d->root, d->path, diags);
  if (const JsonDocument* d = json("riskmatris.json")) year.printed_matrix = decode_printed_matrix(d->root, d->path, diags);
  for (const std::string& name : kAppendixJson) {
    const JsonDocument* d = json(name.c_str());
    if (!d) continue;
    std::string key = name.substr(0, name.size() - 5);
    Appendix a = decode_appendix(d->root, d->path, key, diags);
    for (AppendixSection& s : a.sections) {
      s.text_html = render_markdown(s.text, {d->path, s.loc.line, s.loc.column}, md, diags);
    }
    year.appendices.emplace(key, std::move(a));
  }
  if (const JsonDocument* d = json("verksamhetsberattelse.json")) {
    year.followup = decode_followup(d->root, d->path, diags);
    render_followup_texts(*year.followup, md, diags);
    if (const MarkdownDocument* m = tree.find_markdown(dir + "/verksamhetsberattelse.md")) {
      year.followup->headings = scan_headings(*m);
    }
  }
  if (const JsonDocument* d = json("upphandling.json")) year.procurement = decode_procurement(d->root, d->path, diags);
  if (const JsonDocument* d = json("budget.json")) year.budget = decode_budget(d->root, d->path, diags);
  std::set<std::string> markdown;  // sorted, as before: the narratives load in name order
  for (const std::string& name : kYearFiles) {
    if (name.size() > 3 && name.compare(name.size() - 3, 3, ".md") == 0) markdown.insert(name);
  }
  for (const std::string& name : markdown) {
    if (const MarkdownDocument* d = tree.find_markdown(dir + "/" + name)) {
      year.narratives[name.substr(0, name.size() - 3)] = load_narrative(*d, md, diags);
    }
  }
}

}  // namespace

std::optional<Page> load_page(const MarkdownDocument& doc, const std::string& rel, const MarkdownOptions& options,
                              Diagnostics& diags) {
  Page page;
  page.source = rel;
  size_t slash = rel.rfind('/');
  page.section = slash == std::string::npos ? "" : rel.substr(0, slash);
  std::string name = rel.substr(slash == std::string::npos ? 0 : slash + 1);
  name.resize(name.size() - 3);
  page.is_index = name == "_index";
  std::string dir = page.section.empty() ? "" : page.section + "/";
  page.url = page.is_index ? dir + "index.html" : dir + name + "/index.html";
  if (!doc.front_matter) {
    diags.error({doc.path, 1, 1}, "missing-front-matter", "page has no front matter",
                "start the file with a JSON object: {\"title\": \"…\"}");
    return std::nullopt;
  }
  decode_page_front_matter(*doc.front_matter, doc.path, diags, page);
  page.html = render_markdown(doc.body, {doc.path, doc.body_line, 1}, options, diags);
  return page;
}

std::optional<PlanYear> load_plan_year(const ContentTree& tree, const std::string& dir, int number,
                                       const MarkdownOptions& options, Diagnostics& diags) {
  // Only a folder that load_site() would read without a word: known file names, no sub-folders.
  auto known = [&](const std::string& rel) {
    return rel.rfind(dir + "/", 0) == 0 && is_year_file(rel.substr(dir.size() + 1));
  };
  for (const auto& [rel, doc] : tree.json) {
    if (!known(rel)) return std::nullopt;
  }
  for (const auto& [rel, doc] : tree.markdown) {
    if (!known(rel)) return std::nullopt;
  }
  if (!tree.failed.empty() || !tree.find_json(dir + "/plan.json")) return std::nullopt;
  PlanYear year;
  year.year = number;
  year.dir = dir;
  load_year(tree, dir, options, year, diags);
  return year;
}

bool is_year_name(const std::string& name) {
  return name.size() == 4 && std::all_of(name.begin(), name.end(), [](char c) { return c >= '0' && c <= '9'; });
}

MarkdownOptions markdown_options(const SiteConfig& config) {
  MarkdownOptions md;
  md.allow_raw_html = config.allow_raw_html;
  return md;
}

std::optional<Site> load_site(const ContentTree& tree, const std::string& display_root, Diagnostics& diags) {
  std::string prefix = display_root.empty() ? "" : display_root + "/";
  const JsonDocument* site_doc = tree.find_json("site.json");
  if (!site_doc) {
    if (tree.failed.count("site.json")) return std::nullopt;  // already reported
    diags.error({prefix + "site.json", 0, 0}, "missing-file", "site.json is missing or unreadable",
                "every content folder starts with site.json: the title and the risk model (see the README)");
    return std::nullopt;
  }
  Site site;
  site.config = decode_site_config(site_doc->root, site_doc->path, diags);
  MarkdownOptions md = markdown_options(site.config);

  // Organisations first, then their years, so a year folder without organisation.json is noticed.
  std::map<std::string, Organisation> orgs;
  std::map<std::string, std::map<int, PlanYear>> years;
  auto unknown = [&](const std::string& path, const std::string& hint) {
    diags.warning({path, 0, 0}, "unknown-file", "file is not part of any document and is ignored", hint);
  };
  std::vector<std::string> page_files;
  auto visit = [&](const std::string& rel, const std::string& display) {
    std::vector<std::string> parts = split_path(rel);
    bool markdown = rel.size() > 3 && rel.compare(rel.size() - 3, 3, ".md") == 0;
    if (markdown && !orgs.count(parts[0])) {
      page_files.push_back(rel);  // a free-standing page: anything outside the organisations' folders
    } else if (parts.size() == 1) {
      if (rel != "site.json") unknown(display, "top-level content is site.json and one folder per organisation");
    } else if (parts.size() == 2 && parts[1] == "organisation.json") {
      Organisation& org = orgs[parts[0]];
      org.slug = parts[0];
      decode_organisation(tree.find_json(rel)->root, display, diags, org);
    } else if (parts.size() == 3 && is_year_name(parts[1]) && is_year_file(parts[2])) {
      PlanYear& y = years[parts[0]][std::stoi(parts[1])];
      y.year = std::stoi(parts[1]);
      y.dir = parts[0] + "/" + parts[1];
    } else {
      unknown(display, year_files_hint());
    }
  };
  for (const auto& [rel, doc] : tree.json) visit(rel, doc.path);
  for (const auto& [rel, doc] : tree.markdown) visit(rel, doc.path);

  // Two organisations with one name would be two identical entries on the start page.
  std::map<std::string, std::string> first_with_name;
  for (const auto& [slug, org] : orgs) {
    auto [it, inserted] = first_with_name.emplace(org.name, slug);
    if (inserted) continue;
    const JsonDocument* doc = tree.find_json(slug + "/organisation.json");
    const JsonValue* name = doc ? doc->root.find("name") : nullptr;
    diags.error({prefix + slug + "/organisation.json", name ? name->line : 0, name ? name->column : 0},
                "duplicate-organisation",
                "organisation name \"" + org.name + "\" is also used by " + prefix + it->second +
                    "/organisation.json",
                "give each organisation its own name");
  }
  for (auto& [slug, by_year] : years) {
    auto org = orgs.find(slug);
    if (org == orgs.end()) {
      if (tree.failed.count(slug + "/organisation.json")) continue;  // already reported
      diags.error({prefix + slug + "/organisation.json", 0, 0}, "missing-file",
                  "folder \"" + slug + "\" has plan years but no organisation.json",
                  "add organisation.json with at least {\"name\": …}");
      continue;
    }
    for (auto& [number, year] : by_year) {
      if (!tree.find_json(year.dir + "/plan.json")) {
        if (tree.failed.count(year.dir + "/plan.json")) continue;  // already reported
        diags.error({prefix + year.dir + "/plan.json", 0, 0}, "missing-file",
                    "plan year " + std::to_string(number) + " has no plan.json",
                    "add plan.json with the year, its title and its goals");
        continue;
      }
      org->second.years.push_back(std::move(year));
    }
  }
  // Years are independent: decode them on all cores, each into its own diagnostics, merged in order.
  std::vector<PlanYear*> to_load;
  for (auto& [slug, org] : orgs) {
    for (PlanYear& year : org.years) to_load.push_back(&year);
  }
  std::vector<Diagnostics> year_diags(to_load.size());
  parallel_for(to_load.size(), [&](size_t i) { load_year(tree, to_load[i]->dir, md, *to_load[i], year_diags[i]); });
  for (const Diagnostics& d : year_diags) {
    for (const Diagnostic& item : d.items()) diags.add(item);
  }
  for (auto& [slug, org] : orgs) site.organisations.push_back(std::move(org));
  // Pages too (rendering their Markdown is most of loading a 10 000-page site).
  std::vector<std::optional<Page>> pages(page_files.size());
  std::vector<Diagnostics> page_diags(page_files.size());
  parallel_for(page_files.size(), [&](size_t i) {
    pages[i] = load_page(*tree.find_markdown(page_files[i]), page_files[i], md, page_diags[i]);
  });
  for (size_t i = 0; i < pages.size(); ++i) {
    for (const Diagnostic& item : page_diags[i].items()) diags.add(item);
    if (pages[i] && !pages[i]->draft) site.pages.push_back(std::move(*pages[i]));
  }
  return site;
}

}  // namespace insyn
