// The board's procurement over time (<org>/upphandling/): every year's planned procurements in one
// list per contract type, with their values on the same logarithmic axis as the years' own pages.
#include "render/renderer.h"
#include "render/view_common.h"
#include "render/view_procurement.h"

namespace insyn {

void Renderer::render_procurement_over_time(Sink& sink, const Organisation& org) const {
  std::string path = org.slug + "/upphandling/index.html";
  nlohmann::json v =
      page_view(site_, theme_, path, t().value("procurement_over_time", ""), &org, nullptr, "");
  v["over_time"] = procurement_over_time_view(org, t(), relative_root(path));
  page(sink, path, "upphandling_over_tid", std::move(v));
}

}  // namespace insyn
