#pragma once

#include <string>

#include "core/output_file.h"

namespace insyn {

/// A POSIX ustar archive of `files`, each stored as `prefix` + path, in the order given,
/// with mode 0644, owner 0:0 and modification time `mtime` (seconds since 1970): the same files give
/// the same bytes. Paths longer than the ustar limits (155 + 100 bytes)
/// and files of 8 GiB or more are not supported (std::length_error).
std::string make_tar(const OutputFiles& files, const std::string& prefix,
                     long long mtime);

}  // namespace insyn
