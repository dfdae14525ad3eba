#include "model/decode.h"
#include "model/object_reader.h"

namespace insyn {

void decode_page_front_matter(const JsonValue& root, const std::string& file, Diagnostics& diags, Page& page) {
  ObjectReader r(root, file, diags, "front matter");
  page.loc = r.loc();
  page.title = r.string("title", true, "every page has a title").value_or("");
  page.date = r.text("date");
  page.risk_id = r.text("risk_id");
  page.probability = r.integer("probability", false, 1, 5, "probability is rated 1 to 5");
  page.consequence = r.integer("consequence", false, 1, 5, "consequence is rated 1 to 5");
  page.score_stated = r.integer("score", false, 1, 25, "the score is probability × consequence");
  page.score_loc = r.loc_of("score");
  page.level = r.text("level");
  page.owner = r.text("owner");
  page.categories = r.strings("categories", false);
  page.tags = r.strings("tags", false);
  if (const JsonValue* draft = root.find("draft")) {
    r.skip("draft");
    page.draft = draft->kind == JsonValue::Kind::Bool && draft->boolean;
  }
  r.skip("source");
}

}  // namespace insyn
