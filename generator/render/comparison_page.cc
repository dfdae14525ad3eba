// The year-over-year comparison of a board (<org>/jamforelse/): the trend of risks per band and of
// controls per year, one small matrix per year, and for each pair of consecutive years every risk
// that is new, gone, moved or changed RV, with how it was matched and why.
#include <algorithm>

#include "core/format.h"
#include "model/compare.h"
#include "render/charts_view.h"
#include "render/findings_text.h"
#include "render/renderer.h"
#include "render/view_common.h"

namespace insyn {

namespace {

std::string str(int n) { return std::to_string(n); }

std::string score_text(double score) { return format_decimal(score, 2); }

const char* kind_key(ChangeKind kind) {
  switch (kind) {
    case ChangeKind::New: return "new";
    case ChangeKind::Gone: return "gone";
    case ChangeKind::Moved: return "moved";
    case ChangeKind::RvChanged: return "rv_changed";
    case ChangeKind::Unchanged: return "unchanged";
  }
  return "";
}

const char* match_key(MatchKind kind) {
  switch (kind) {
    case MatchKind::Exact: return "exact";
    case MatchKind::Normalised: return "normalised";
    case MatchKind::Fuzzy: return "fuzzy";
  }
  return "";
}

}  // namespace

nlohmann::json Renderer::compared_risk_view(const Organisation& org, const ComparedRisk& r,
                                            const std::string& root) const {
  std::string vor = root + org.slug + "/" + str(r.year) + "/vor/index.html";
  bool scored = r.probability && r.consequence;
  std::string scores = scored ? t().value("probability_short", "") + " " + str(*r.probability) + " × " +
                                    t().value("consequence_short", "") + " " + str(*r.consequence) + " = " +
                                    t().value("rv", "") + " " + str(r.rv)
                              : t().value("rv", "") + " " + str(r.rv) + " (" + t().value("rv_only", "") + ")";
  const Band* band = model().band_for(r.rv);
  return {{"label", r.nr ? t().value("risk", "") + " " + str(r.nr) + " (" + str(r.year) + ")"
                         : t().value("selection_row", "") + " " + str(static_cast<int>(r.selection_index) + 1) +
                               " (" + str(r.year) + ")"},
          {"href", vor + (r.nr ? "#risk-" + str(r.nr) : "#urval-" + str(static_cast<int>(r.selection_index) + 1))},
          {"process", r.process},
          {"event", r.event},
          {"scores", scores},
          {"band", band ? band->id : ""},
          {"band_label", band ? band->label : ""}};
}

// One sentence per change saying what changed, so the page explains every line it lists.
std::string Renderer::change_explanation(const RiskChange& c) const {
  auto fill = [&](const std::string& key, const std::map<std::string, std::string>& args) {
    return fill_placeholders(t().value(key, ""), args);
  };
  std::string why;
  if (c.match) {
    why = fill(std::string("match_explain_") + match_key(*c.match),
               {{"score", score_text(c.score)}, {"threshold", score_text(kFuzzyThreshold)}});
  }
  switch (c.kind) {
    case ChangeKind::New: return fill("change_explain_new", {});
    case ChangeKind::Gone: return fill("change_explain_gone", {});
    case ChangeKind::Moved:
      return why + " " + fill("change_explain_moved",
                              {{"p1", str(*c.before->probability)}, {"k1", str(*c.before->consequence)},
                               {"p2", str(*c.after->probability)}, {"k2", str(*c.after->consequence)},
                               {"rv1", str(c.before->rv)}, {"rv2", str(c.after->rv)}});
    case ChangeKind::RvChanged:
      return why + " " + fill("change_explain_rv", {{"rv1", str(c.before->rv)}, {"rv2", str(c.after->rv)}});
    case ChangeKind::Unchanged: return why;
  }
  return why;
}

nlohmann::json Renderer::comparison_pair_view(const Organisation& org, const YearComparison& cmp,
                                              const std::string& root) const {
  nlohmann::json changes = nlohmann::json::array();
  nlohmann::json unchanged = nlohmann::json::array();
  for (const RiskChange& c : cmp.changes) {
    nlohmann::json row = {{"kind", kind_key(c.kind)},
                          {"kind_label", t().value(std::string("change_") + kind_key(c.kind), "")},
                          {"match", c.match ? t().value(std::string("match_") + match_key(*c.match), "") : ""},
                          {"score", c.match ? score_text(c.score) : ""},
                          {"explanation", change_explanation(c)}};
    if (c.before) row["before"] = compared_risk_view(org, *c.before, root);
    if (c.after) row["after"] = compared_risk_view(org, *c.after, root);
    (c.kind == ChangeKind::Unchanged ? unchanged : changes).push_back(std::move(row));
  }
  nlohmann::json summary = nlohmann::json::array();
  for (ChangeKind kind : {ChangeKind::New, ChangeKind::Gone, ChangeKind::Moved, ChangeKind::RvChanged, ChangeKind::Unchanged}) {
    summary.push_back({{"label", t().value(std::string("change_") + kind_key(kind), "")},
                       {"count", format_integer(static_cast<long long>(cmp.count(kind)))}});
  }
  nlohmann::json matches = nlohmann::json::array();
  for (MatchKind kind : {MatchKind::Exact, MatchKind::Normalised, MatchKind::Fuzzy}) {
    matches.push_back({{"label", t().value(std::string("match_") + match_key(kind), "")},
                       {"count", format_integer(static_cast<long long>(cmp.count(kind)))}});
  }
  // Risks `insyn new-year` carried over keep "review": "carried-over" until an editor reviews them:
  // say how many of the later year's risks are reviewed and how many are still only copied.
  nlohmann::json review = nlohmann::json::array();
  for (const PlanYear& y : org.years) {
    if (y.year != cmp.to || !y.vor) continue;
    long long carried = std::count_if(y.vor->risks.begin(), y.vor->risks.end(),
                                      [](const Risk& r) { return r.review == "carried-over"; });
    if (carried == 0) continue;
    long long total = static_cast<long long>(y.vor->risks.size());
    review.push_back({{"text", fill_placeholders(t().value("review_summary", ""),
                                                 {{"carried", format_integer(carried)},
                                                  {"reviewed", format_integer(total - carried)},
                                                  {"from", str(cmp.from)},
                                                  {"to", str(cmp.to)}})}});
  }
  return {{"review", std::move(review)},
          {"id", "jamforelse-" + str(cmp.from) + "-" + str(cmp.to)},
          {"from", str(cmp.from)},
          {"to", str(cmp.to)},
          {"summary", std::move(summary)},
          {"matches", std::move(matches)},
          {"changes", std::move(changes)},
          // Counted before the list is moved: an initializer list is evaluated in order.
          {"unchanged_count", format_integer(static_cast<long long>(unchanged.size()))},
          {"unchanged", std::move(unchanged)}};
}

void Renderer::render_comparison(Sink& sink, const Organisation& org) const {
  std::string path = org.slug + "/jamforelse/index.html";
  std::string root = relative_root(path);
  nlohmann::json v = page_view(site_, theme_, path, t().value("comparison_title", ""), &org, nullptr, "");
  v["threshold"] = score_text(kFuzzyThreshold);

  // The trend: risks per band and controls, one bar per year.
  svg::BarChartSpec bands = risks_per_band_by_year_spec(org, model(), t(), "trend-risker");
  svg::BarChartSpec controls = controls_by_year_spec(org, t(), "trend-kontroller");
  // Each year's bar links to that year's document; the specs give paths from the site root.
  for (svg::BarChartSpec* spec : {&bands, &controls}) {
    for (svg::BarCategory& c : spec->categories) {
      if (!c.href.empty()) c.href = root + c.href;
    }
  }
  v["trend_risks"] = {{"svg", svg::bar_chart(bands)}, {"table", bar_table(bands)}, {"id", bands.id}};
  v["trend_controls"] = {{"svg", svg::bar_chart(controls)}, {"table", bar_table(controls)}, {"id", controls.id}};

  nlohmann::json multiples = nlohmann::json::array();
  for (const PlanYear& year : org.years) {
    if (!year.vor) continue;
    std::string href = root + year.dir + "/vor/index.html";
    svg::HeatMatrixSpec spec = risk_matrix_spec(year, model(), t(), "matris-" + str(year.year), href);
    // Counts only, in narrow cells: the band shows by colour, pattern and the RV in the corner; the
    // table twin and the year's own matrix name it in words.
    spec.show_items = false;
    spec.cell_width = 58;
    spec.count_suffix = "";
    for (auto& row : spec.cells) {
      for (svg::MatrixCell& cell : row) cell.level_word.clear();
    }
    multiples.push_back({{"svg", svg::heat_matrix(spec)}, {"table", risk_matrix_table(spec, t())}, {"id", spec.id},
                         {"year", str(year.year)}});
  }
  v["multiples"] = std::move(multiples);

  nlohmann::json pairs = nlohmann::json::array();
  for (size_t i = 1; i < org.years.size(); ++i) {
    if (!org.years[i - 1].vor || !org.years[i].vor) continue;
    pairs.push_back(comparison_pair_view(org, compare_years(org.years[i - 1], org.years[i]), root));
  }
  v["pairs"] = std::move(pairs);
  page(sink, path, "comparison", std::move(v));
}

}  // namespace insyn
