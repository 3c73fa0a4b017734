#pragma once
// Shared by the chart tests: a minimal check that an SVG's tags close and nest.
#include <string>
#include <vector>

namespace secaction::test {

// A minimal well-formedness check: every '<' opens a tag that closes, and start and end tags nest.
inline bool tags_balanced(const std::string& svg) {
  std::vector<std::string> open;
  std::size_t pos = 0;
  while ((pos = svg.find('<', pos)) != std::string::npos) {
    const std::size_t end = svg.find('>', pos);
    if (end == std::string::npos) return false;
    const std::string tag = svg.substr(pos + 1, end - pos - 1);
    pos = end + 1;
    if (tag.empty() || tag[0] == '?' || tag[0] == '!') continue;
    if (tag.back() == '/') continue;
    const std::string name = tag.substr(tag[0] == '/' ? 1 : 0, tag.find_first_of(" /", 1) - (tag[0] == '/' ? 1 : 0));
    if (tag[0] == '/') {
      if (open.empty() || open.back() != name) return false;
      open.pop_back();
    } else {
      open.push_back(name.substr(0, name.find(' ')));
    }
  }
  return open.empty();
}

} // namespace secaction::test
