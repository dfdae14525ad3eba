#pragma once

#include <string>
#include <string_view>

namespace insyn {

/// The SHA-256 digest of `bytes` as 64 lowercase hex digits.
std::string sha256_hex(std::string_view bytes);

}  // namespace insyn
