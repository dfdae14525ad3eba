#include <algorithm>
#include <regex>

#include "model/decode.h"
#include "model/decode_shared.h"

namespace insyn {

namespace {

std::optional<PartialDate> decode_date(ObjectReader& r, std::string_view key, bool allow_open, bool& open) {
  auto text = r.string(key, false);
  if (!text) return std::nullopt;
  if (allow_open && *text == "open") {
    open = true;
    return std::nullopt;
  }
  auto date = PartialDate::parse(*text);
  if (!date) {
    r.diags().error(r.loc_of(key), "date", "\"" + *text + "\" is not a date",
                    std::string("write YYYY, YYYY-MM or YYYY-MM-DD") + (allow_open ? ", or \"open\" for an open end" : ""));
  }
  return date;
}

std::optional<Period> decode_period(ObjectReader& parent) {
  const JsonValue* v = parent.object("period", false);
  if (!v) return std::nullopt;
  ObjectReader r(*v, parent.file(), parent.diags(), "period");
  Period p;
  p.raw = r.string("raw", true, "add \"raw\": the period exactly as published").value_or("");
  p.label = r.text("label");
  bool unused = false;
  p.start = decode_date(r, "start", false, unused);
  p.end = decode_date(r, "end", true, p.open_end);
  p.start_loc = r.loc_of("start");
  p.end_loc = r.loc_of("end");
  p.note = r.text("note");
  return p;
}

// "name_lang": [{"lang": "en", "text": "Employment through procurement"}], text left out for the whole
// name: each part must occur in the name, so the page can mark exactly those words.
std::vector<ForeignPart> decode_name_lang(ObjectReader& parent, const std::string& name) {
  std::vector<ForeignPart> parts;
  const JsonValue* list = parent.array("name_lang", false);
  if (!list) return parts;
  static const std::regex kTag("[a-z]{2,3}(-[A-Za-z0-9]{1,8})*");
  for (const JsonValue& item : list->items) {
    ObjectReader r(item, parent.file(), parent.diags(), "foreign part of the name");
    if (!r.ok()) continue;
    ForeignPart part;
    part.lang = r.string("lang", true, "add \"lang\": the language of these words, e.g. \"en\"").value_or("");
    part.text = r.text("text");
    if (part.text.empty()) part.text = name;
    if (!part.lang.empty() && !std::regex_match(part.lang, kTag)) {
      parent.diags().error(r.loc_of("lang"), "lang",
                           "\"lang\" must be a language tag, not \"" + part.lang + "\"",
                           "write a BCP 47 tag such as \"en\" or \"de\"");
      continue;
    }
    if (name.find(part.text) == std::string::npos) {
      parent.diags().error(
          r.loc_of("text"), "lang", "\"" + part.text + "\" does not occur in the name \"" + name + "\"",
          "copy the words exactly as the name writes them, or leave \"text\" out for the whole name");
      continue;
    }
    parts.push_back(std::move(part));
  }
  return parts;
}

}  // namespace

ProjectAppendix decode_projects(const JsonValue& root, const std::string& file, Diagnostics& diags) {
  ProjectAppendix appendix;
  appendix.path = file;
  ObjectReader r(root, file, diags, "project appendix");
  appendix.title = r.string("title", true).value_or("");
  r.skip("source");
  const JsonValue* groups = r.array("groups", true);
  if (!groups) return appendix;
  for (const JsonValue& g : groups->items) {
    ObjectReader gr(g, file, diags, "project group");
    if (!gr.ok()) continue;
    ProjectGroup group;
    group.heading = gr.string("heading", true).value_or("");
    group.funder = gr.string("funder", true).value_or("");
    group.programme = gr.text("programme");
    group.role = gr.string("role", true, "add \"role\": \"owner\", \"partner\" or \"unspecified\"").value_or("unspecified");
    if (group.role != "owner" && group.role != "partner" && group.role != "unspecified") {
      diags.error(gr.loc_of("role"), "enum", "\"role\" must be \"owner\", \"partner\" or \"unspecified\"");
    }
    size_t index = appendix.groups.size();
    appendix.groups.push_back(group);
    const JsonValue* projects = gr.array("projects", true);
    if (!projects) continue;
    for (const JsonValue& item : projects->items) {
      ObjectReader pr(item, file, diags, "project");
      if (!pr.ok()) continue;
      Project p;
      p.loc = pr.loc();
      p.group = index;
      p.id = pr.string("id", true, "add \"id\": a short lower-case slug used in links, e.g. \"spangen\"").value_or("");
      p.nr = pr.integer("nr", false, 1, 10000);
      p.name = pr.string("name", true).value_or("");
      p.name_lang = decode_name_lang(pr, p.name);
      p.description = pr.text("description");
      p.budget = decode_money(pr, "budget");
      p.cofinancing = decode_money(pr, "cofinancing");
      p.period = decode_period(pr);
      p.department = pr.text("department");
      p.department_label = pr.text("department_label");
      p.project_owner = pr.text("project_owner");
      p.note = pr.text("note");
      pr.skip("source_line");
      appendix.projects.push_back(std::move(p));
    }
  }
  return appendix;
}

}  // namespace insyn
