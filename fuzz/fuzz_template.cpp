// Template rendering (kainjow-mustache). First byte even: the rest is a company profile, and every
// accepted one is drafted at one level in one language, picked by the first byte (bit 1 the
// language, bits 2-3 the level): drafting all six took most of a second per input in the -O0
// sanitizer build, where the fuzzers now run. The seeds carry every combination (scripts/fuzz).
// Odd: the rest is a template text, as a third-party content pack (--content) may supply; it
// replaces one policy template (picked by the first byte) and the answer-file template. A broken
// template must end in InputError (a diagnostic naming the template), nothing worse.
#include <algorithm>
#include <stdexcept>

#include "fuzz_support.hpp"
#include "secaction/core/error.hpp"
#include "secaction/load/policy_loader.hpp"
#include "secaction/policy/generate.hpp"
#include "secaction/questionnaire/answer_template.hpp"

namespace {

using namespace secaction;

policy::Templates shipped_templates(Lang lang) {
  policy::Templates templates;
  for (const auto& path : policy::template_paths(lang)) templates.emplace(path, fuzz::library().read_text(path).text);
  return templates;
}

const policy::Profile& fixture_profile() {
  static const policy::Profile profile = [] {
    Diagnostics d;
    const std::string text = "schema: secaction.policy-profile/v1\n"
                             "company: {name: 株式会社サンプル, representative: {name: 山田 太郎, title: 代表取締役}}\n"
                             "established_on: 2024-04-01\n"
                             "scope: customer-information\n"
                             "roles:\n"
                             "  security_officer: {name: 山田 太郎, title: 代表取締役}\n"
                             "  department_manager: {name: 佐藤 花子, title: 管理部長}\n"
                             "  system_administrator: {name: 鈴木 一郎, title: 管理部}\n"
                             "  education_officer: {name: 高橋 次郎, title: 総務課長}\n"
                             "  inspection_officer: {name: 田中 三郎, title: 営業部長}\n"
                             "emergency_contacts:\n"
                             "  - {role: 警察署, name: 〇〇警察署, phone: \"110\"}\n"
                             "uses: {cloud: true, telework: true, system_development: true, outsourcing: true, my_number: true, "
                             "website: true, byod: true}\n";
    auto loaded = load::load_policy_profile(text, "fixture.yaml", d);
    if (!loaded) throw std::logic_error("the fuzz fixture profile no longer loads");
    return *loaded;
  }();
  return profile;
}

constexpr policy::Level k_levels[] = {policy::Level::five_principles, policy::Level::policy_and_handbook, policy::Level::regulations};

void draft(const policy::Profile& profile, const std::string& profile_text, const policy::Templates& templates, Lang lang,
           policy::Level level) {
  policy::Request request{
      profile, {"profile.yaml", profile_text}, templates, std::nullopt, std::nullopt, level, lang, "0.0.0", std::nullopt};
  (void)policy::generate(request);
}

void draft_every_level(const policy::Profile& profile, const std::string& profile_text, const policy::Templates& templates, Lang lang) {
  for (const auto level : k_levels) draft(profile, profile_text, templates, lang, level);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const policy::Templates ja = shipped_templates(Lang::ja);
  static const policy::Templates en = shipped_templates(Lang::en);
  if (size == 0) return 0;
  const std::string text(fuzz::as_text(data + 1, size - 1));
  if ((data[0] & 1) == 0) {
    Diagnostics diagnostics;
    auto profile = load::load_policy_profile(text, "profile.yaml", diagnostics);
    if (!profile) return 0;
    const bool english = (data[0] & 2) != 0;
    draft(*profile, text, english ? en : ja, english ? Lang::en : Lang::ja, k_levels[std::min<std::size_t>((data[0] >> 2) & 3, 2)]);
    return 0;
  }
  const Lang lang = (data[0] & 2) != 0 ? Lang::en : Lang::ja;
  policy::Templates templates = lang == Lang::ja ? ja : en;
  const auto paths = policy::template_paths(lang);
  templates[paths[(data[0] >> 2) % paths.size()]] = text;
  try {
    draft_every_level(fixture_profile(), "fixture", templates, lang);
  } catch (const InputError&) {
    // a broken template: reported by the command as a diagnostic naming it
  }
  static Diagnostics ignored;
  static const auto* instrument = fuzz::library().get("self-diagnosis", ignored);
  try {
    (void)questionnaire::render_answer_template(text, *instrument, lang, std::nullopt);
  } catch (const InputError&) {
  }
  return 0;
}
