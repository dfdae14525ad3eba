#pragma once
// The renderer shared by the site's page kinds: it queues one job per page, runs the jobs on all
// cores and merges their files and findings in queue order. Its methods live with what they render:
// site_renderer.cc (the frame: home, boards, accessibility), year_pages.cc (a board's plan year) and
// free_pages.cc (free-standing Markdown pages). Internal to the render module.

#include <atomic>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <set>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/output_file.h"
#include "model/compare.h"
#include "model/types.h"
#include "render/pages_view.h"
#include "render/render_memo.h"
#include "render/theme.h"
#include "render/view_documents.h"
#include "search/records.h"

namespace insyn {

/// Renders a loaded, checked site with a theme into output files.
class Renderer {
 public:
  /// With `emit`, files are handed over as their jobs finish and run() returns none.
  Renderer(const Site& site, const Theme& theme, Diagnostics& diags, FileEmitter emit = {})
      : site_(site), theme_(theme), diags_(diags), emit_(std::move(emit)) {}
  OutputFiles run();
  /// Leaves out the pages of plan years whose folder is not in `year_dirs` (set before run()).
  void only_years(const std::set<std::string>* year_dirs) { only_years_ = year_dirs; }
  /// Leaves out the board pages (board, comparison, procurement) of organisations whose slug is not
  /// in `slugs` (set before run()).
  void only_boards(const std::set<std::string>* slugs) { only_boards_ = slugs; }
  /// Takes pages whose inputs are unchanged from `memo` and remembers the ones rendered (the preview).
  void use_memo(RenderMemo* memo) { memo_ = memo; }
  /// Renders just these free-standing pages.
  OutputFiles run_pages(const std::vector<const Page*>& pages);

 private:
  /// What one job produces.
  struct Sink {
    OutputFiles files;
    Diagnostics diags;
  };
  using Job = std::function<void(Sink&)>;
  void queue(Job job) { jobs_.push_back(std::move(job)); }
  /// Queues a long job that is started before the others (its output still goes in queue order), so
  /// it does not end the build alone on one core.
  void queue_early(Job job) {
    early_.push_back(jobs_.size());
    queue(std::move(job));
  }

  /// Runs the queued jobs and collects their files (unless emitted) and diagnostics into out_ and diags_.
  void run_jobs();
  const nlohmann::json& t() const { return theme_.strings; }
  const RiskModel& model() const { return site_.config.risk_model; }

  // site_renderer.cc: the frame.
  /// Renders the page body with template `kind`, then wraps it in the base layout.
  /// `filter`, when given, rewrites the body first (the glossary's term links).
  void page(Sink& sink, const std::string& path, const std::string& kind, nlohmann::json view,
            const std::function<std::string(const std::string&)>& filter = {}) const;
  nlohmann::json organisation_entry(const Organisation& org, const std::string& root) const;
  void render_home(Sink& sink) const;
  void render_accessibility(Sink& sink) const;
  void render_organisation(Sink& sink, const Organisation& org) const;

  // free_pages.cc: free-standing Markdown pages, one job per page, section and taxonomy term.
  void queue_pages();
  /// A page view for a free-standing page: sections as the navigation, the section in the breadcrumbs.
  nlohmann::json free_page_view(const std::string& path, const std::string& title,
                                const std::string& section) const;
  static std::string section_title(const Section& s) { return s.index ? s.index->title : s.name; }
  void add_page_home(nlohmann::json& v) const;
  void render_free_page(Sink& sink, const Page& p) const;
  /// Renders the matrix figure of each cell that some page sits in, once, with the page title left as
  /// a placeholder: 10 000 pages share 25 figures.
  void prepare_page_matrices();
  /// The matrix figure of a scored page, from the prepared ones.
  std::string page_matrix_html(const Page& p) const;
  void render_section(Sink& sink, const Section& section) const;
  void render_terms(Sink& sink, const std::string& kind) const;
  void render_term(Sink& sink, const std::string& kind, const std::string& slug, const Term& term) const;
  /// Fills in a list page's pages and their count.
  void add_page_list(nlohmann::json& v, const std::vector<const Page*>& pages, const std::string& path) const;

  // archive_pages.cc: archived years, published as they were frozen, and the page that lists them.
  void queue_archives();
  /// The archived years for a list: year, link to the snapshot and to its tar file, provenance.
  nlohmann::json archive_entries(const std::string& root) const;
  void render_archive_index(Sink& sink) const;

  // search_pages.cc: the search index, the search page and the A–Ö register.
  void queue_search();
  void render_search_page(Sink& sink) const;
  void render_register(Sink& sink) const;

  // comparison_page.cc: the year-over-year comparison of a board.
  void render_comparison(Sink& sink, const Organisation& org) const;
  nlohmann::json comparison_pair_view(const Organisation& org, const YearComparison& cmp, const std::string& root) const;
  nlohmann::json compared_risk_view(const Organisation& org, const ComparedRisk& r, const std::string& root) const;
  std::string change_explanation(const RiskChange& c) const;

  // procurement_page.cc: the board's procurement plans of every year, per contract type.
  void render_procurement_over_time(Sink& sink, const Organisation& org) const;

  // year_pages.cc: a plan year.
  /// The findings for the board, most severe first. Many findings of one kind (2021 names no manager
  // for any of its 30 processes) become one line with a count and the list folded under it.
  nlohmann::json findings(const PlanYear& year, const std::string& root) const;
  static std::string kind_of(const Diagnostic& d);
  nlohmann::json finding_item(const Diagnostic& d, const PlanYear& year, const std::string& root) const;
  nlohmann::json key_figures(const PlanYear& year) const;
  nlohmann::json matrix(const PlanYear& year, const std::string& id, const std::string& risk_href) const;
  nlohmann::json legend() const;
  nlohmann::json exports(const PlanYear& year, const std::string& doc, const std::string& prefix) const;
  /// Adds the view of document `key` to `v`; `links` and `prefix` differ between its own page and the
  // print view, where all documents share one page.
  void add_document(nlohmann::json& v, const PlanYear& year, const std::string& key, const DocLinks& links,
                    const std::string& prefix, Diagnostics& sink_diags) const;
  nlohmann::json vor_filters(const PlanYear& year) const;
  void queue_year(const Organisation& org, const PlanYear& year);
  void render_dashboard(Sink& sink, const Organisation& org, const PlanYear& year) const;
  void render_document(Sink& sink, const Organisation& org, const PlanYear& year,
                       const std::string& key) const;
  /// The register as static lists by band ("niva") or by responsible manager ("chef").
  /// `row_html` holds every risk's row already rendered (risk_list_rows), in source order.
  void render_risk_list(Sink& sink, const Organisation& org, const PlanYear& year, const std::string& by,
                        const std::vector<std::string>& row_html) const;

  void render_print(Sink& sink, const Organisation& org, const PlanYear& year) const;

  // shared_fragments.cc: what several pages of a plan year show alike, rendered once (the VoR register
  // for its page and the print view; the rows of the two static risk lists).
  /// A register rendered once and shared by the jobs that show it; `users` counts the uses left, the
  /// last one frees the HTML.
  struct SharedRegister {
    std::once_flag once;
    std::string html;  ///< rendered with the print view's links (DocLinks{"", ""})
    Diagnostics diags;
    std::atomic<int> users{0};
  };
  /// Prepares the shared register of `year` for `users` jobs (called while queueing, before run_jobs).
  void share_register(const PlanYear& year, int users);
  /// The register of `year` as HTML with `links`, rendered by the first job that asks; its findings
  /// go to `diags` on every use, as when each page rendered it.
  std::string vor_register(const PlanYear& year, const DocLinks& links, Diagnostics& diags) const;
  /// Both static lists of a plan year, sharing the rendered rows.
  void render_risk_lists(Sink& sink, const Organisation& org, const PlanYear& year) const;

  const Site& site_;
  const Theme& theme_;
  Diagnostics& diags_;
  FileEmitter emit_;
  const std::set<std::string>* only_years_ = nullptr;
  const std::set<std::string>* only_boards_ = nullptr;
  RenderMemo* memo_ = nullptr;
  OutputFiles out_;
  std::vector<Job> jobs_;
  std::vector<size_t> early_;  // jobs_ indices started first, in this order
  std::vector<Section> sections_;  // free-standing pages by folder; read by jobs
  std::map<std::string, Taxonomy> taxonomies_;
  std::map<std::pair<int, int>, std::string> page_matrices_;  // (P, K) -> figure HTML; read by jobs
  std::map<const PlanYear*, std::unique_ptr<SharedRegister>> registers_;  // filled while queueing
  std::vector<search::SearchRecord> search_records_;  // read by the search jobs
  std::atomic<int> search_readers_{0};                // search jobs still to read search_records_
};

}  // namespace insyn
