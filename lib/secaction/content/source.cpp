#include "secaction/content/source.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "secaction/content/embedded.hpp"
#include "secaction/core/error.hpp"
#include "secaction/io/files.hpp"

namespace secaction::content {
namespace {

class EmbeddedSource final : public ContentSource {
public:
  std::optional<SourceFile> read(const std::string& relative) const override {
    const std::string wanted = "content/" + relative;
    for (const auto& file : embedded_files()) {
      if (file.path == wanted) return SourceFile{wanted, std::string(file.data), true, packed(wanted)};
    }
    return std::nullopt;
  }

  std::vector<std::string> list(const std::string& subdir, const std::string& suffix) const override {
    const std::string prefix = "content/" + subdir + "/";
    std::vector<std::string> names;
    for (const auto& file : embedded_files()) {
      const std::string path(file.path);
      if (path.starts_with(prefix) && path.find('/', prefix.size()) == std::string::npos && path.ends_with(suffix)) {
        names.push_back(path.substr(std::string("content/").size()));
      }
    }
    std::sort(names.begin(), names.end());
    return names;
  }

  std::string describe() const override { return "content embedded in the binary"; }

private:
  static std::string_view packed(const std::string& path) {
    const std::string wanted = path + ".msgpack";
    for (const auto& file : embedded_packed_files()) {
      if (file.path == wanted) return file.data;
    }
    return {};
  }
};

class DirectorySource final : public ContentSource {
public:
  DirectorySource(std::filesystem::path root, std::string prefix) : m_root(std::move(root)), m_prefix(std::move(prefix)) {}

  std::optional<SourceFile> read(const std::string& relative) const override {
    const auto path = m_root / relative;
    std::error_code ec;
    if (!std::filesystem::exists(path, ec)) return std::nullopt;
    return SourceFile{path.string(), io::read_file(path), false, {}};
  }

  std::vector<std::string> list(const std::string& subdir, const std::string& suffix) const override {
    std::vector<std::string> names;
    std::error_code ec;
    for (const auto& entry : std::filesystem::directory_iterator(m_root / subdir, ec)) {
      const auto name = entry.path().filename().string();
      if (entry.is_regular_file() && name.ends_with(suffix)) names.push_back(subdir + "/" + name);
    }
    std::sort(names.begin(), names.end());
    return names;
  }

  std::string describe() const override { return m_prefix + m_root.string(); }

private:
  std::filesystem::path m_root;
  std::string m_prefix;
};

} // namespace

std::unique_ptr<ContentSource> embedded_content() { return std::make_unique<EmbeddedSource>(); }

std::unique_ptr<ContentSource> directory_content(std::filesystem::path root, std::string_view kind) {
  std::error_code ec;
  if (!std::filesystem::is_directory(root, ec)) {
    throw IoError(root.string(), kind == "pack" ? "pack directory not found (from --pack or SECACTION_PACKS)"
                                                : "content directory not found (from --content or SECACTION_CONTENT)");
  }
  const std::string name = root.string();
  auto source = std::make_unique<DirectorySource>(std::move(root), kind == "pack" ? "pack " : "content from ");
  // An empty or wrong --content directory (the repository's root, a typo's sibling) would
  // otherwise fail later with "no instrument 'self-diagnosis'" or list no checklists at all. (A
  // pack may hold templates only.)
  if (kind != "pack" && source->list("instruments", ".yaml").empty()) {
    Diagnostics diagnostics;
    diagnostics.error({name}, fmt::format("{} holds no secaction content (no instruments/*.yaml); point --content or "
                                          "SECACTION_CONTENT at a copy of the content directory",
                                          name));
    throw InputError(std::move(diagnostics));
  }
  return source;
}

} // namespace secaction::content
