#include <regex>

#include "model/decode.h"
#include "model/object_reader.h"

namespace insyn {

namespace {

Scale decode_scale(const JsonValue& value, const std::string& file, Diagnostics& diags,
                   const std::string& what) {
  Scale scale;
  ObjectReader r(value, file, diags, what);
  scale.name = r.string("name", true).value_or("");
  if (const JsonValue* levels = r.array("levels", true)) {
    for (const JsonValue& item : levels->items) {
      ObjectReader lr(item, file, diags, "scale level");
      auto v = lr.integer("value", true, 1, 5);
      auto label = lr.string("label", true);
      if (v && label) scale.levels.push_back({*v, *label});
    }
    for (int v = 1; v <= 5; ++v) {
      if (scale.label_for(v).empty()) {
        diags.error(r.loc_of("levels"), "scale", what + " has no level " + std::to_string(v),
                    "give each value 1–5 exactly one label");
      }
    }
  }
  return scale;
}

void decode_bands(const JsonValue& bands, const std::string& file, Diagnostics& diags, RiskModel& model) {
  static const std::regex kColor("#[0-9a-fA-F]{6}");
  for (const JsonValue& item : bands.items) {
    ObjectReader br(item, file, diags, "band");
    Band band;
    band.id = br.string("id", true).value_or("");
    band.label = br.string("label", true).value_or("");
    band.min = br.integer("min", true, 1, 25).value_or(1);
    band.max = br.integer("max", true, 1, 25).value_or(25);
    if (band.min > band.max) {
      diags.error(br.loc_of("min"), "band-order",
                  "band \"min\" (" + std::to_string(band.min) + ") is above its \"max\" (" +
                      std::to_string(band.max) + ")",
                  "write the lower risk value as \"min\", e.g. {\"min\": 9, \"max\": 11}");
    } else if (!model.bands.empty() && band.min <= model.bands.back().max) {
      diags.error(br.loc_of("min"), "band-order",
                  "band \"" + band.id + "\" starts at " + std::to_string(band.min) +
                      ", not after the band before it (which ends at " + std::to_string(model.bands.back().max) + ")",
                  "list the bands from the lowest risk values to the highest, without overlapping");
    }
    if (!band.id.empty() && !std::regex_match(band.id, std::regex("[a-z][a-z0-9-]*"))) {
      diags.error(br.loc_of("id"), "band",
                  "band id \"" + band.id + "\" must be lower-case letters, digits and -",
                  "the id becomes a CSS class (band-<id>), e.g. \"high\"");
    }
    band.color = br.string("color", true).value_or("#ffffff");
    if (!std::regex_match(band.color, kColor)) {
      diags.error(br.loc_of("color"), "band", "band colour must be written #rrggbb", "e.g. \"#f0a3a3\"");
    }
    model.bands.push_back(band);
  }
  // Every possible risk value must fall in exactly one band, or the matrix would have blank cells.
  for (int rv = 1; rv <= 25; ++rv) {
    int hits = 0;
    for (const auto& b : model.bands) hits += (rv >= b.min && rv <= b.max);
    if (hits != 1) {
      diags.error(
          {file, bands.line, bands.column}, "band",
          "risk value " + std::to_string(rv) + (hits ? " falls in more than one band" : " falls in no band"),
          "make the bands' min–max ranges cover 1–25 without overlapping");
      break;
    }
  }
}

// A configured name (language, theme) picks a file or folder, so it must stay a name: no "/", no
// "..", nothing that could lead outside the theme and content folders.
bool is_plain_name(const std::string& name) {
  static const std::regex kName("[a-z0-9_-]+");
  return name.size() <= 64 && std::regex_match(name, kName);
}

void check_name(ObjectReader& r, std::string_view key, const std::string& name, SourceLoc loc) {
  if (is_plain_name(name)) return;
  r.diags().error(std::move(loc), "name",
                  "\"" + std::string(key) + "\" must be a plain name, not \"" + name + "\"",
                  "use lower-case letters a-z, digits, _ and - (e.g. \"sv\", \"default\"); a path is not allowed");
}

// The base path is written into href attributes as it is: keep it to an absolute URL path of plain
// segments, so it can neither leave the site's host nor break out of the attribute.
void check_base_path(ObjectReader& r, const std::string& path, SourceLoc loc) {
  static const std::regex kPath("/([A-Za-z0-9_~-][A-Za-z0-9._~-]*/)*");
  bool dots = path.find("/./") != std::string::npos || path.find("/../") != std::string::npos;
  if (path.size() <= 256 && std::regex_match(path, kPath) && !dots) return;
  r.diags().error(std::move(loc), "base_path",
                  "\"base_path\" must be the URL path the site is served from, not \"" + path + "\"",
                  "start and end with \"/\" and use letters, digits, . _ ~ - between them (e.g. \"/\" or "
                  "\"/amn/\"); no host, no query");
}

}  // namespace

SiteConfig decode_site_config(const JsonValue& root, const std::string& file, Diagnostics& diags) {
  SiteConfig config;
  ObjectReader r(root, file, diags, "site configuration");
  config.title = r.string("title", true).value_or("");
  config.default_language = r.string("default_language", false).value_or("sv");
  check_name(r, "default_language", config.default_language, r.loc_of("default_language"));
  if (const JsonValue* languages = r.array("languages", false)) {
    config.languages = r.strings("languages", false);
    for (const JsonValue& item : languages->items) {
      if (item.is_string()) check_name(r, "languages", item.text, {file, item.line, item.column});
    }
  }
  config.theme = r.string("theme", false).value_or("default");
  check_name(r, "theme", config.theme, r.loc_of("theme"));
  if (const JsonValue* md = r.object("markdown", false)) {
    ObjectReader mdr(*md, file, diags, "markdown settings");
    config.allow_raw_html = mdr.boolean("allow_raw_html", false).value_or(false);
  }
  if (const JsonValue* a = r.object("accessibility", false)) {
    ObjectReader ar(*a, file, diags, "accessibility statement");
    config.accessibility.contact_name = ar.string("contact_name", false).value_or("");
    config.accessibility.contact_email = ar.string("contact_email", false).value_or("");
    config.accessibility.contact_phone = ar.string("contact_phone", false).value_or("");
    config.accessibility.assessed = ar.string("assessed", false).value_or("");
  }
  if (auto base = r.string("base_path", false)) {
    config.base_path = *base;
    check_base_path(r, config.base_path, r.loc_of("base_path"));
  }
  const JsonValue* rm = r.object("risk_model", true);
  if (!rm) return config;
  ObjectReader mr(*rm, file, diags, "risk model");
  RiskModel& model = config.risk_model;
  if (const JsonValue* p = mr.object("probability", true))
    model.probability = decode_scale(*p, file, diags, "probability scale");
  if (const JsonValue* c = mr.object("consequence", true))
    model.consequence = decode_scale(*c, file, diags, "consequence scale");
  model.formula = mr.text("formula");
  model.measures_threshold = mr.integer("measures_threshold", true, 1, 25).value_or(9);
  model.control_plan_threshold = mr.integer("control_plan_threshold", true, 1, 25).value_or(12);
  if (model.measures_threshold > model.control_plan_threshold) {
    diags.error(mr.loc_of("measures_threshold"), "threshold-order",
                "\"measures_threshold\" (" + std::to_string(model.measures_threshold) +
                    ") is above \"control_plan_threshold\" (" + std::to_string(model.control_plan_threshold) + ")",
                "measures are required from a lower risk value than a place in the control plan, e.g. 9 and 12");
  }
  model.rules_since =
      mr.integer("rules_since", false, 1900, 2999, "the first plan year that states the rules, e.g. 2019")
          .value_or(0);
  if (const JsonValue* bands = mr.array("bands", true)) decode_bands(*bands, file, diags, model);
  if (const JsonValue* matrix = mr.object("matrix", false)) {
    ObjectReader xr(*matrix, file, diags, "matrix");
    if (auto rows = xr.string("rows", false)) {
      if (*rows != "probability" && *rows != "consequence") {
        diags.error(xr.loc_of("rows"), "enum", "matrix \"rows\" must be \"probability\" or \"consequence\"");
      }
      model.probability_on_rows = *rows != "consequence";
    }
  }
  return config;
}

void decode_organisation(const JsonValue& root, const std::string& file, Diagnostics& diags,
                         Organisation& org) {
  ObjectReader r(root, file, diags, "organisation");
  org.name = r.string("name", true).value_or(org.slug);
  org.short_name = r.text("short_name");
  org.administration = r.text("administration");
  org.city = r.text("city");
}

void decode_plan(const JsonValue& root, const std::string& file, Diagnostics& diags, PlanYear& year) {
  static const std::regex kGoalId("[0-9]+(\\.[0-9]+)*");
  ObjectReader r(root, file, diags, "plan");
  if (auto y = r.integer("year", true, 1900, 2999)) {
    if (*y != year.year) {
      diags.error(r.loc_of("year"), "plan-year",
                  "\"year\" is " + std::to_string(*y) + " but the folder is " + std::to_string(year.year),
                  "a plan year's folder is named after its year");
    }
  }
  year.title = r.string("title", true).value_or("");
  year.decided = r.text("decided");
  r.skip("source");
  if (const JsonValue* goals = r.array("goals", true)) {
    for (const JsonValue& item : goals->items) {
      ObjectReader gr(item, file, diags, "goal");
      Goal g;
      g.loc = gr.loc();
      g.id = gr.string("id", true).value_or("");
      if (!g.id.empty() && !std::regex_match(g.id, kGoalId)) {
        diags.error(
            gr.loc_of("id"), "goal-id", "goal id \"" + g.id + "\" is not a dotted number",
            "write it like \"1.1\" or \"3.2.2\", without a trailing dot (keep the printed form in \"raw\")");
      }
      g.raw = gr.text("raw");
      g.text = gr.string("text", true).value_or("");
      g.kind = gr.string("kind", true).value_or("kf");
      if (g.kind != "kf" && g.kind != "vp") {
        diags.error(gr.loc_of("kind"), "enum", "goal \"kind\" must be \"kf\" or \"vp\"");
      }
      g.parent = gr.text("parent");
      g.note = gr.text("note");
      gr.skip("source_line");
      for (const Goal& other : year.goals) {
        if (!g.id.empty() && other.id == g.id) {
          diags.error(
              gr.loc_of("id"), "duplicate-id",
              "goal " + g.id + " is defined twice (first at line " + std::to_string(other.loc.line) + ")",
              "each goal number appears once per plan year");
        }
      }
      year.goals.push_back(std::move(g));
    }
  }
}

}  // namespace insyn
