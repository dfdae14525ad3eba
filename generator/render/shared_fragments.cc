// Fragments that several pages of a plan year show with the same bytes, rendered once. The VoR
// register (goal → process → working method → risks) is the largest part of a plan year's HTML, and
// both the register page and the print view show it: it is rendered once per plan year and both
// pages take the same HTML; only the links to the control plan differ between them. The two static
// risk lists show the same row for each risk.
#include <string_view>
#include <vector>

#include "render/renderer.h"

namespace insyn {

namespace {

// The one link in the register that depends on the page: a risk's controls. The print view's form
// is `href="#kontroll-K1"`; Mustache escapes `"` in every value, so this text can only come from the
// template's own link, never from the content.
constexpr std::string_view kControlLink = "href=\"#kontroll-";

// `html` (the print view's form) with each control link pointing into `kontrollplan` instead.
std::string with_control_links(const std::string& html, const std::string& kontrollplan) {
  if (kontrollplan.empty()) return html;
  std::string out;
  out.reserve(html.size() + html.size() / 16);
  size_t pos = 0;
  for (size_t at = html.find(kControlLink); at != std::string::npos; at = html.find(kControlLink, pos)) {
    out.append(html, pos, at - pos);
    out += "href=\"";
    out += kontrollplan;
    out += "#kontroll-";
    pos = at + kControlLink.size();
  }
  out.append(html, pos, std::string::npos);
  return out;
}

}  // namespace

void Renderer::share_register(const PlanYear& year, int users) {
  auto shared = std::make_unique<SharedRegister>();
  shared->users = users;
  registers_[&year] = std::move(shared);
}

std::string Renderer::vor_register(const PlanYear& year, const DocLinks& links, Diagnostics& diags) const {
  auto render = [&](SharedRegister& into) {
    nlohmann::json view = vor_register_view(year, model(), t(), DocLinks{"", ""});
    into.html = theme_.templates.render("vor_register", view, into.diags);
    // vor.mustache puts the register on a line of its own; its newline ends the last section.
    if (!into.html.empty() && into.html.back() == '\n') into.html.pop_back();
  };
  auto it = registers_.find(&year);
  if (it == registers_.end()) {  // not shared: a page rendered on its own
    SharedRegister own;
    render(own);
    for (const Diagnostic& d : own.diags.items()) diags.add(d);
    return with_control_links(own.html, links.kontrollplan);
  }
  SharedRegister& shared = *it->second;
  std::call_once(shared.once, [&] { render(shared); });
  for (const Diagnostic& d : shared.diags.items()) diags.add(d);
  std::string html = with_control_links(shared.html, links.kontrollplan);
  // The last of its pages frees the HTML: at city scale the registers would otherwise all stay.
  if (shared.users.fetch_sub(1) == 1) std::string().swap(shared.html);
  return html;
}

// Both lists show the same row for a risk, so the rows are rendered once, in one template call, and
// cut apart: a row ends with "</tr>\n", which escaped content can never contain.
void Renderer::render_risk_lists(Sink& sink, const Organisation& org, const PlanYear& year) const {
  DocLinks links{"../index.html", "../../kontrollplan/index.html"};
  nlohmann::json view = risk_rows_view(year, model(), t(), links);
  std::string all = theme_.templates.render("risk_list_rows", view, sink.diags);
  std::vector<std::string> rows;
  rows.reserve(year.vor->risks.size());
  for (size_t pos = 0, end; (end = all.find("</tr>\n", pos)) != std::string::npos; pos = end + 6) {
    rows.push_back(all.substr(pos, end + 5 - pos));
  }
  // A site's own row template that ends its rows otherwise: one template call per row instead.
  if (rows.size() != year.vor->risks.size()) {
    rows.clear();
    for (nlohmann::json& row : view["risks"]) {
      nlohmann::json one = {{"risks", nlohmann::json::array({std::move(row)})}};
      rows.push_back(theme_.templates.render("risk_list_rows", one, sink.diags));
    }
  }
  for (const char* by : {"band", "manager"}) render_risk_list(sink, org, year, by, rows);
}

}  // namespace insyn
