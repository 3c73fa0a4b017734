#include "secaction/core/messages_ja.hpp"

namespace secaction {

std::span<const MessageEntry> japanese_messages() {
  static constexpr MessageEntry entries[] = {
      {"file is empty", "ファイルが空です"},
  };
  return entries;
}

std::span<const MessageEntry> japanese_terms() {
  static constexpr MessageEntry terms[] = {
      {"No such file or directory", "そのようなファイルやディレクトリはありません"},
  };
  return terms;
}

} // namespace secaction
