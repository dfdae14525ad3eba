#pragma once

#include <string>

#include "core/output_file.h"

namespace insyn {

/// The latest modification time a ustar header holds (11 octal digits): 2242-03-16T12:56:31Z.
inline constexpr long long kTarMaxTime = 8589934591LL;

/// A POSIX ustar archive of `files`, each stored as `prefix` + path, in the order given,
/// with mode 0644, owner 0:0 and modification time `mtime` (seconds since 1970): the same files give
/// the same bytes. A path that does not fit ustar's prefix and name fields gets a pax extended
/// header. A time after kTarMaxTime and files of 8 GiB or more are not supported (std::length_error;
/// callers check times first, see parse_epoch).
std::string make_tar(const OutputFiles& files, const std::string& prefix,
                     long long mtime);

}  // namespace insyn
