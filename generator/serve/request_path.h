#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace insyn {

/// Maps the path of an HTTP request ("/amn/2019/vor/", "/css/site.css?v=2") onto a file of the built
/// site ("amn/2019/vor/index.html", "css/site.css"). Percent-escapes are decoded once; the result
/// never leaves the site root: nullopt for "..", encoded dots or slashes that form "..", backslashes,
/// NUL and other control bytes, invalid escapes and invalid UTF-8.
std::optional<std::string> resolve_request_path(std::string_view target);

}  // namespace insyn
