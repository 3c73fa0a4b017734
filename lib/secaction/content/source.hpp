#pragma once
// Where content comes from: the copy embedded in the binary, or a directory (--content DIR).
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace secaction::content {

struct SourceFile {
  std::string display_name; // what messages call it: "content/instruments/x.yaml" or a real path
  std::string text;
  bool embedded = false; // the copy compiled into the binary, which the build validated
  /// For an embedded YAML file, the JSON tree read_yaml makes of it as MessagePack, written by the
  /// build (secaction-pack-content), so a run need not parse the YAML; empty when there is none.
  std::string_view packed;
};

class ContentSource {
public:
  virtual ~ContentSource() = default;
  /// `relative` is relative to the content root, e.g. "instruments/self-diagnosis.yaml".
  [[nodiscard]] virtual std::optional<SourceFile> read(const std::string& relative) const = 0;
  /// Relative names of the files directly in `subdir` ending in `suffix`, sorted.
  [[nodiscard]] virtual std::vector<std::string> list(const std::string& subdir, const std::string& suffix) const = 0;
  /// Says where content comes from, for --verbose and error messages.
  [[nodiscard]] virtual std::string describe() const = 0;
};

std::unique_ptr<ContentSource> embedded_content();
/// `kind` names the directory in messages: "content" (--content, SECACTION_CONTENT) or "pack" (--pack, SECACTION_PACKS).
std::unique_ptr<ContentSource> directory_content(std::filesystem::path root, std::string_view kind = "content");

} // namespace secaction::content
