#include "content/url_policy.h"

#include <algorithm>
#include <array>
#include <cctype>

namespace insyn {

namespace {

// Attributes whose value a browser follows or loads (HTML, SVG and MathML, old and new).
constexpr std::array<std::string_view, 24> kUrlAttributes = {
    "href",   "src",     "action",   "formaction", "xlink:href", "poster",   "data",     "background",
    "cite",   "longdesc", "ping",    "manifest",   "codebase",   "lowsrc",   "dynsrc",   "usemap",
    "profile", "classid", "archive", "icon",       "srcset",     "to",       "from",     "values"};

char lower(char c) { return static_cast<char>(std::tolower(static_cast<unsigned char>(c))); }

// Decodes the character references that can hide a scheme (&#x09;, &#58;, &colon;, &Tab;, …).
// An unknown named reference stays as it is; is_allowed_url then refuses a scheme holding '&'.
std::string decode_references(std::string_view v) {
  static const std::array<std::pair<std::string_view, char>, 9> kNamed = {{{"colon;", ':'},
                                                                            {"tab;", '\t'},
                                                                            {"newline;", '\n'},
                                                                            {"amp;", '&'},
                                                                            {"sol;", '/'},
                                                                            {"quest;", '?'},
                                                                            {"num;", '#'},
                                                                            {"period;", '.'},
                                                                            {"plus;", '+'}}};
  std::string out;
  for (size_t i = 0; i < v.size(); ++i) {
    if (v[i] != '&') {
      out += v[i];
      continue;
    }
    size_t j = i + 1;
    if (j < v.size() && v[j] == '#') {
      bool hex = j + 1 < v.size() && (v[j + 1] == 'x' || v[j + 1] == 'X');
      size_t k = j + (hex ? 2 : 1);
      unsigned long code = 0;
      size_t digits = 0;
      while (k < v.size() && (hex ? std::isxdigit(static_cast<unsigned char>(v[k]))
                                  : std::isdigit(static_cast<unsigned char>(v[k])))) {
        if (code < 0x110000) code = code * (hex ? 16 : 10) + std::stoul(std::string(1, v[k]), nullptr, 16);
        ++k, ++digits;
      }
      if (digits > 0) {
        // Only ASCII matters for a scheme; anything else becomes a character no scheme holds.
        out += code < 0x80 ? static_cast<char>(code) : '\x01';
        i = (k < v.size() && v[k] == ';') ? k : k - 1;
        continue;
      }
    } else {
      std::string rest;
      for (size_t k = j; k < v.size() && k < j + 10; ++k) rest += lower(v[k]);
      auto named = std::find_if(kNamed.begin(), kNamed.end(), [&](const auto& n) { return rest.rfind(n.first, 0) == 0; });
      if (named != kNamed.end()) {
        out += named->second;
        i = j + named->first.size() - 1;
        continue;
      }
    }
    out += '&';
  }
  return out;
}

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

bool starts_with_lower(const std::string& s, std::string_view prefix) { return s.rfind(prefix, 0) == 0; }

}  // namespace

bool is_allowed_url(std::string_view url) {
  // Browsers strip leading C0 controls and spaces, and remove tabs and line breaks everywhere.
  size_t start = 0;
  while (start < url.size() && static_cast<unsigned char>(url[start]) <= 0x20) ++start;
  std::string scheme;
  for (size_t i = start; i < url.size(); ++i) {
    char c = url[i];
    if (c == '\t' || c == '\n' || c == '\r') continue;
    if (c == '/' || c == '?' || c == '#') return true;  // a path, query or fragment: within the site
    if (c == ':') {
      return scheme == "http" || scheme == "https" || scheme == "mailto" || scheme == "tel";
    }
    scheme += lower(c);
  }
  return true;  // no scheme at all: a relative link
}

std::vector<UnsafeAttribute> find_unsafe_attributes(std::string_view html) {
  std::vector<UnsafeAttribute> found;
  size_t i = 0;
  while ((i = html.find('<', i)) != std::string_view::npos) {
    ++i;
    if (i >= html.size() || !std::isalpha(static_cast<unsigned char>(html[i]))) continue;
    while (i < html.size() && !is_space(html[i]) && html[i] != '>' && html[i] != '/') ++i;  // tag name
    // Attributes up to the end of the tag.
    while (i < html.size() && html[i] != '>') {
      if (is_space(html[i]) || html[i] == '/') {
        ++i;
        continue;
      }
      size_t name_start = i;
      while (i < html.size() && !is_space(html[i]) && html[i] != '>' && html[i] != '/' && html[i] != '=') ++i;
      if (i == name_start) {  // a stray '=' or quote: skip it so the scan always advances
        ++i;
        continue;
      }
      std::string name;
      for (size_t k = name_start; k < i; ++k) name += lower(html[k]);
      while (i < html.size() && is_space(html[i])) ++i;
      std::string value;
      if (i < html.size() && html[i] == '=') {
        ++i;
        while (i < html.size() && is_space(html[i])) ++i;
        if (i < html.size() && (html[i] == '"' || html[i] == '\'')) {
          char quote = html[i++];
          size_t end = html.find(quote, i);
          if (end == std::string_view::npos) end = html.size();
          value = std::string(html.substr(i, end - i));
          i = std::min(end + 1, html.size());
        } else {
          size_t v = i;
          while (i < html.size() && !is_space(html[i]) && html[i] != '>') ++i;
          value = std::string(html.substr(v, i - v));
        }
      }
      std::string decoded = decode_references(value);
      bool unsafe = starts_with_lower(name, "on") || name == "http-equiv";
      if (!unsafe && std::find(kUrlAttributes.begin(), kUrlAttributes.end(), name) != kUrlAttributes.end()) {
        if (name == "srcset") {
          // A list of "url width" candidates separated by commas: every URL must pass.
          size_t at = 0;
          while (at <= decoded.size() && !unsafe) {
            size_t comma = decoded.find(',', at);
            std::string candidate = decoded.substr(at, comma == std::string::npos ? std::string::npos : comma - at);
            size_t b = candidate.find_first_not_of(" \t\n\r\f");
            if (b != std::string::npos) candidate = candidate.substr(b, candidate.find_first_of(" \t\n\r\f", b) - b);
            unsafe = !is_allowed_url(candidate);
            if (comma == std::string::npos) break;
            at = comma + 1;
          }
        } else {
          unsafe = !is_allowed_url(decoded);
        }
      }
      if (unsafe) found.push_back({name_start, name, decoded});
    }
  }
  return found;
}

}  // namespace insyn
