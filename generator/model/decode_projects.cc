#include <algorithm>

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
