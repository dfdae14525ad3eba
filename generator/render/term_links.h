#pragma once

#include <string>
#include <string_view>

#include "model/glossary.h"

namespace insyn {

/// Marks the first use of each glossary term in rendered HTML as a link to its definition:
/// <a class="term" href="`glossary_href`#term-…" title="definition">word</a>. Only text between tags
/// is searched, never inside links, headings, captions, table headers, code, SVG, form controls or
/// <summary>, so the markup stays valid. A form is matched as a whole word, with its first letter in
/// either case (abbreviations such as "SIG" exactly) and a Swedish ending allowed ("Stockholmsjobben").
std::string link_terms(std::string_view html, const Glossary& glossary, const std::string& glossary_href);

}  // namespace insyn
