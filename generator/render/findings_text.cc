#include "render/findings_text.h"

namespace insyn {

std::string fill_placeholders(const std::string& pattern, const std::map<std::string, std::string>& args) {
  std::string out;
  for (size_t i = 0; i < pattern.size(); ++i) {
    if (pattern[i] == '{') {
      size_t close = pattern.find('}', i);
      if (close != std::string::npos) {
        auto it = args.find(pattern.substr(i + 1, close - i - 1));
        if (it != args.end()) {
          out += it->second;
          i = close;
          continue;
        }
      }
    }
    out += pattern[i];
  }
  return out;
}

std::string finding_text(const Diagnostic& finding, const nlohmann::json& strings) {
  std::string key = "finding." + finding.code;
  auto variant = finding.args.find("variant");
  for (const std::string& k : {variant != finding.args.end() ? key + "." + variant->second : key, key}) {
    auto it = strings.find(k);
    if (it != strings.end() && it->is_string()) return fill_placeholders(it->get<std::string>(), finding.args);
  }
  return finding.message;
}

}  // namespace insyn
