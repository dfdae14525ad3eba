// Decodes ordlista.json, the plan's glossary, and checks what a glossary must hold: every term
// once, every looked-for word belonging to one term.
#include <map>

#include "core/heading_ids.h"
#include "model/decode.h"
#include "model/object_reader.h"

namespace insyn {

namespace {

// A slug for the anchor: heading_ids' anchor_id keeps ASCII only, so å, ä, ö are folded first to keep
// "Hållbar etablering" readable as term-hallbar-etablering.
std::string term_slug(const std::string& term) {
  std::string out;
  for (size_t i = 0; i < term.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(term[i]);
    if (c == 0xC3 && i + 1 < term.size()) {
      unsigned char d = static_cast<unsigned char>(term[i + 1]);
      if (d == 0xA5 || d == 0xA4 || d == 0x85 || d == 0x84)
        out += 'a';
      else if (d == 0xB6 || d == 0x96)
        out += 'o';
      else if (d == 0xA9 || d == 0x89)
        out += 'e';
      else
        out += '-';
      ++i;
    } else if (c >= 'A' && c <= 'Z') {
      out += static_cast<char>(c - 'A' + 'a');
    } else {
      out += static_cast<char>(c);
    }
  }
  std::string id = anchor_id("term", out);
  // Runs of "-" from spaces and brackets collapse, and none trails, so anchors stay short.
  std::string clean;
  for (char c : id) {
    if (c == '-' && !clean.empty() && clean.back() == '-') continue;
    clean += c;
  }
  while (!clean.empty() && clean.back() == '-') clean.pop_back();
  return clean;
}

}  // namespace

Glossary decode_glossary(const JsonValue& root, const std::string& file, Diagnostics& diags) {
  Glossary g;
  g.path = file;
  ObjectReader r(root, file, diags, "glossary");
  g.title = r.string("title", true).value_or("");
  r.skip("source");
  const JsonValue* terms = r.array("terms", true, "add \"terms\": [{\"term\": …, \"definition\": …}]");
  if (!terms) return g;
  std::map<std::string, std::string> anchors;  // anchor -> the term that has it
  std::map<std::string, std::string> forms;    // looked-for word -> the term that has it
  for (const JsonValue& item : terms->items) {
    ObjectReader tr(item, file, diags, "term");
    if (!tr.ok()) continue;
    GlossaryTerm t;
    t.loc = tr.loc();
    t.term = tr.string("term", true, "add \"term\": the word as printed").value_or("");
    t.definition = tr.string("definition", true, "add \"definition\": the text after the dash").value_or("");
    t.list = tr.strings("list", false);
    t.forms = tr.strings("forms", false);
    if (t.forms.empty()) t.forms = {t.term};  // the printed term is the word looked for
    t.source_line = tr.integer("source_line", false, 1, 100000000).value_or(0);
    if (t.term.empty()) continue;
    t.anchor = term_slug(t.term);
    if (auto [it, fresh] = anchors.emplace(t.anchor, t.term); !fresh) {
      diags.error(tr.loc_of("term"), "duplicate-term",
                  "term \"" + t.term + "\" has the same anchor (" + t.anchor + ") as \"" + it->second + "\"",
                  "each term appears once; merge the two definitions or tell them apart");
    }
    for (const std::string& form : t.forms) {
      if (form.size() < 2) {
        diags.error(tr.loc_of("forms"), "short-form",
                    "form \"" + form + "\" of term \"" + t.term + "\" is shorter than 2 bytes",
                    "a one-letter form would link every such letter in the year's documents");
        continue;
      }
      if (auto [it, fresh] = forms.emplace(form, t.term); !fresh && it->second != t.term) {
        diags.error(tr.loc_of("forms"), "duplicate-form",
                    "\"" + form + "\" is looked for as term \"" + t.term + "\" and as \"" + it->second + "\"",
                    "a word can explain one term only; drop it from one of the two \"forms\"");
      }
    }
    g.terms.push_back(std::move(t));
  }
  return g;
}

}  // namespace insyn
