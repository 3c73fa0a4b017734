#pragma once
// A content pack (--pack DIR, SECACTION_PACKS): a directory of instruments, templates and policy
// templates layered over the built-in content, with an optional pack.yaml naming it and the files it
// replaces. docs/CONTENT.md "Content packs".
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "secaction/content/source.hpp"
#include "secaction/core/diagnostic.hpp"
#include "secaction/core/lang.hpp"

namespace secaction::content {

struct Pack {
  std::string name;                        // pack.yaml's name, else the directory's name
  LocalText title;                         // optional
  std::filesystem::path root;
  std::unique_ptr<ContentSource> source;   // the directory
  std::vector<std::string> replaces_files; // "templates/…", "policy/…" it takes the place of
};

/// The subdirectories a pack may hold files in (anything else in a pack is not read).
inline constexpr const char* k_pack_file_dirs[] = {"templates", "policy"};

/// Opens the pack at `root` (IoError when it is not a directory) and reads its pack.yaml, if any;
/// problems with pack.yaml go to `diagnostics`.
Pack open_pack(const std::filesystem::path& root, Diagnostics& diagnostics);

} // namespace secaction::content
