#pragma once
// The chapters of the 情報セキュリティ関連規程 (付録5 plus テレワーク) and which of them a profile needs.
#include <vector>

#include "secaction/core/lang.hpp"
#include "secaction/policy/profile.hpp"

namespace secaction::policy {

struct ChapterChoice {
  int number = 0;    // 付録5's chapter number; テレワーク is 12
  LocalText title;   // 付録5's official chapter title (ja) and our English rendering
  bool included = true;
  LocalText reason;  // why it is in or out, naming the profile switches
};

/// All twelve chapters in order. Chapters 1–7 and 10 apply to every company; 8 needs own system
/// development or a website, 9 outsourcing, 11 My Number handling, 12 telework.
std::vector<ChapterChoice> select_chapters(const Practices& practices);

} // namespace secaction::policy
