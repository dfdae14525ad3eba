// The printed risk matrix beside the computed one: the same grid (probability down from 5,
// consequence across from 1), each cell with the numbers as printed, linked to the register row the
// recorded numbering reads them as, and the stated totals next to the counts of both.
#include <map>

#include "core/format.h"
#include "render/view_more.h"

namespace insyn {

nlohmann::json printed_matrix_view(const PlanYear& year, const RiskModel& model,
                                   const std::string& vor_href) {
  const PrintedMatrix& m = *year.printed_matrix;
  std::map<std::pair<int, int>, const PrintedCell*> cells;
  for (const PrintedCell& c : m.cells) cells.emplace(std::make_pair(c.probability, c.consequence), &c);
  std::map<int, const Risk*> by_nr;
  if (year.vor) {
    for (const Risk& r : year.vor->risks) by_nr.emplace(r.nr, &r);
  }
  // As the rules read it: renumbered numbers claim their register row first (rules_printed_matrix.cc).
  std::map<int, int> claims;
  for (const PrintedCell& c : m.cells) {
    for (int printed : c.risks) {
      if (m.register_nr(printed) != printed) claims.emplace(m.register_nr(printed), printed);
    }
  }
  nlohmann::json header = nlohmann::json::array();
  for (int k = 1; k <= 5; ++k) header.push_back(std::to_string(k) + " " + model.consequence.label_for(k));
  nlohmann::json rows = nlohmann::json::array();
  int printed_count = 0;
  for (int p = 5; p >= 1; --p) {
    nlohmann::json row_cells = nlohmann::json::array();
    for (int k = 1; k <= 5; ++k) {
      const Band* band = model.band_for(p * k);
      nlohmann::json items = nlohmann::json::array();
      auto it = cells.find({p, k});
      if (it != cells.end()) {
        for (int printed : it->second->risks) {
          ++printed_count;
          int nr = m.register_nr(printed);
          auto r = by_nr.find(nr);
          int claimed_by = claims.emplace(nr, printed).first->second;
          bool in_register = r != by_nr.end() && claimed_by == printed;
          bool same_cell = in_register && r->second->probability == p && r->second->consequence == k;
          items.push_back({{"printed", std::to_string(printed)},
                           {"href", in_register ? vor_href + "#risk-" + std::to_string(nr) : ""},
                           {"renumbered", in_register && nr != printed},
                           {"nr", std::to_string(nr)},
                           {"problem", !in_register || !same_cell}});
        }
      }
      row_cells.push_back(
          {{"band", band ? band->id : ""}, {"level", band ? band->label : ""}, {"items", std::move(items)}});
    }
    rows.push_back(
        {{"label", std::to_string(p) + " " + model.probability.label_for(p)}, {"cells", std::move(row_cells)}});
  }
  nlohmann::json zones = nlohmann::json::array();
  for (const PrintedCount& z : m.zone_totals) {
    const Band* band = nullptr;
    for (const Band& b : model.bands) {
      if (b.id == z.band) band = &b;
    }
    int in_printed = 0, in_register = 0;
    if (band) {
      for (const PrintedCell& c : m.cells) {
        if (c.probability * c.consequence >= band->min && c.probability * c.consequence <= band->max) {
          in_printed += static_cast<int>(c.risks.size());
        }
      }
      if (year.vor) {
        for (const Risk& r : year.vor->risks) in_register += r.rv() >= band->min && r.rv() <= band->max;
      }
    }
    zones.push_back({{"label", z.label},
                     {"raw", z.raw},
                     {"band", band ? band->label : z.band},
                     {"printed", std::to_string(in_printed)},
                     {"register", std::to_string(in_register)},
                     {"differs", z.value != in_printed || z.value != in_register}});
  }
  return {{"title", m.title},
          {"header", std::move(header)},
          {"rows", std::move(rows)},
          {"zones", std::move(zones)},
          {"stated_total", m.stated_total ? m.stated_total->raw : ""},
          {"printed_count", std::to_string(printed_count)},
          {"register_count", std::to_string(year.vor ? year.vor->risks.size() : 0)},
          {"numbering_note", m.numbering_note},
          {"row_axis", model.probability.name},
          {"column_axis", model.consequence.name}};
}

}  // namespace insyn
