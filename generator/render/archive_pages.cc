// Archived years: each bag below content/arkiv/<year>/ is published byte for byte under
// arkiv/<year>/, with a tar file of it for the registrar and a page that lists them all.
#include "archive/bag.h"
#include "archive/pins.h"
#include "archive/tar.h"
#include "core/format.h"
#include "render/renderer.h"
#include "render/view_common.h"

namespace insyn {

namespace {

// The bytes of one file of an archived bag, or "".
std::string file_of(const ArchivedYear& archived, const std::string& path) {
  for (const OutputFile& file : archived.files) {
    if (file.path == path) return file.bytes;
  }
  return "";
}

}  // namespace

void Renderer::queue_archives() {
  for (const ArchivedYear& archived : site_.archives) {
    queue([&archived](Sink& sink) {
      std::string dir = "arkiv/" + std::to_string(archived.year) + "/";
      for (const auto& [path, bytes] : archived.files) sink.files.push_back({dir + path, bytes});
      // The tar's times come from the snapshot's own provenance, so rebuilding never changes it.
      long long epoch = std::atoll(archived.field("Source-Date-Epoch").c_str());
      sink.files.push_back({"arkiv/" + std::to_string(archived.year) + ".tar",
                            make_tar(archived.files, std::to_string(archived.year) + "/", epoch)});
    });
  }
  // The register of pins, as content/arkiv/pins.json holds it (the build has checked they agree).
  if (!site_.archives.empty()) {
    Pins pins;
    for (const ArchivedYear& archived : site_.archives)
      pins[archived.year] = pin_of(file_of(archived, kTagManifest));
    queue([pins](Sink& sink) {
      sink.files.push_back({std::string("arkiv/") + kPinsFile, format_pins(pins)});
    });
  }
  queue([this](Sink& sink) { render_archive_index(sink); });
}

namespace {

// "2026-11-25T17:42:44Z" -> "2026-11-25 kl. 17.42 UTC": readers get the date and time the Swedish way,
// the machine value stays in <time datetime>. Anything else is shown as it is.
std::string readable_time(const std::string& iso) {
  if (iso.size() < 16 || iso[10] != 'T' || iso[13] != ':') return iso;
  std::string out = iso.substr(0, 10) + "\xC2\xA0kl.\xC2\xA0" + iso.substr(11, 2) + "." + iso.substr(14, 2);
  return iso.back() == 'Z' ? out + "\xC2\xA0UTC" : out;
}

// BagIt's Payload-Oxum "780257.25" is bytes.files: one part of it, formatted as a number, or the raw
// field when it is not of that form.
std::string oxum_part(const std::string& oxum, bool files) {
  size_t dot = oxum.find('.');
  std::string part = dot == std::string::npos ? std::string()
                     : files                  ? oxum.substr(dot + 1)
                                              : oxum.substr(0, dot);
  if (part.empty() || part.size() > 18 || part.find_first_not_of("0123456789") != std::string::npos)
    return oxum;
  return format_integer(std::stoll(part));
}

}  // namespace

nlohmann::json Renderer::archive_entries(const std::string& root) const {
  nlohmann::json entries = nlohmann::json::array();
  for (auto it = site_.archives.rbegin(); it != site_.archives.rend(); ++it) {
    std::string year = std::to_string(it->year);
    size_t bytes = 0;
    for (const OutputFile& file : it->files) bytes += file.bytes.size();
    entries.push_back(
        {{"year", year},
         {"href", root + "arkiv/" + year + "/data/index.html"},
         {"tar_href", root + "arkiv/" + year + ".tar"},
         {"tar_name", year + ".tar"},
         {"size", format_decimal(static_cast<double>(bytes) / (1024 * 1024), 1) + "\xC2\xA0MiB"},
         {"built", readable_time(it->field("Insyn-Build-Time"))},
         {"built_iso", it->field("Insyn-Build-Time")},
         {"generator", it->field("Insyn-Generator")},
         {"content_hash", it->field("Insyn-Content-SHA256")},
         {"payload_bytes", oxum_part(it->field("Payload-Oxum"), false)},
         {"payload_files", oxum_part(it->field("Payload-Oxum"), true)},
         {"pin", pin_of(file_of(*it, kTagManifest))},
         {"signed", !file_of(*it, kSignature).empty()}});
  }
  return entries;
}

void Renderer::render_archive_index(Sink& sink) const {
  std::string path = "arkiv/index.html";
  nlohmann::json v = page_view(site_, theme_, path, t().value("archive_title", ""), nullptr, nullptr, "");
  v["archives"] = archive_entries(relative_root(path));
  v["has_archives"] = !site_.archives.empty();
  v["pins_href"] = relative_root(path) + "arkiv/" + kPinsFile;
  page(sink, path, "archive", std::move(v));
}

}  // namespace insyn
