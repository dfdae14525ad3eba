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

/// The Location for redirecting to the folder `path` (a result of resolve_request_path without its
/// "/index.html"): "/" + the path percent-encoded + "/". Built from the resolved path, never from the
/// request, so it always starts with exactly one slash followed by a byte that is neither "/" nor "\\":
/// a browser cannot read it as another host ("//evil/") whatever the request was ("//evil",
/// "/%2F%2Fevil").
std::string folder_location(std::string_view path);

}  // namespace insyn
