// Writes N synthetic organisations' answer files for the benchmark in bench/run:
//   secaction-bench-generate OUT_DIR N [--malformed]
// OUT_DIR/diagnose/org-NNNNNN.yaml   the 5-minute self-diagnosis (25 items)
// OUT_DIR/benchmark/org-NNNNNN.yaml  the information security benchmark (profile + 27 items)
// OUT_DIR/risk/org-NNNNNN.yaml       a risk register (countermeasures + 8 to 40 assets)
// OUT_DIR/checklist/org-NNNNNN.yaml  one of the shipped checklists (a weighted mix of the nine of
//                                    `secaction checklist list`), every item answered on its scale
// The same N always gives the same bytes: a splitmix64 generator seeded from the file number,
// no std::random distributions (their output differs between standard libraries).
// The checklist files draw from their own generator (another seed), so the other kinds' bytes are
// the same as before the checklists were added.
// --malformed makes every 97th file of each kind invalid (a syntax error or a wrong answer),
// so the timed runs also pay for error reporting, as a real batch would.
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <string_view>
#include <vector>

#include <fmt/format.h>

namespace {
namespace fs = std::filesystem;

class SplitMix64 {
public:
  explicit SplitMix64(std::uint64_t seed) : m_state(seed) {}
  std::uint64_t next() {
    std::uint64_t z = (m_state += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30U)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27U)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31U);
  }
  /// A number in [0, bound); the tiny modulo bias does not matter here.
  std::size_t below(std::size_t bound) { return static_cast<std::size_t>(next() % bound); }
  template <typename T, std::size_t Size> const T& pick(const T (&choices)[Size]) { return choices[below(Size)]; }

private:
  std::uint64_t m_state;
};

constexpr const char* k_industries[] = {"製造業", "卸売業", "小売業", "建設業", "情報通信業", "医療・福祉", "運輸業", "サービス業"};
constexpr const char* k_name_heads[] = {"株式会社", "有限会社", "合同会社"};
constexpr const char* k_name_words[] = {"山田", "青葉", "東西", "みなと", "北斗", "さくら", "中央", "光洋", "大和", "新星"};
constexpr const char* k_name_tails[] = {"製作所", "商事", "工業", "建設", "システム", "運輸", "薬局", "設計事務所"};
constexpr const char* k_assessors[] = {"山田 太郎（総務部）", "佐藤 花子（情報システム担当）", "鈴木 一郎（社長）", "田中 美咲（経理部）"};
constexpr const char* k_diagnose_answers[] = {"yes", "yes", "partial", "no", "unknown", "na"};
constexpr const char* k_notes[] = {"共有PCのパスワードが短い", "サーバーは週1回バックアップ。PCは未実施", "就業規則で禁止している",
                                   "来期に予算化する予定", "外部業者に確認中"};

struct Profile {
  const char* key;
  std::vector<const char*> values;
};
const std::vector<Profile> k_profile = {
    {"employees", {"up-to-20", "21-50", "51-100", "101-300", "over-300"}},
    {"revenue", {"under-100m", "100m-1b", "1b-5b", "5b-or-more"}},
    {"important_information", {"none", "some", "much", "core"}},
    {"personal_information", {"none", "under-1000", "1000-to-9999", "10000-or-more"}},
    {"it_dependence", {"low", "medium", "high", "essential"}},
    {"outsourcing", {"none", "some", "core"}},
};

// The register's media and the countermeasure ids of each (examples/risk-register.yaml).
struct Medium {
  const char* name;
  std::vector<const char*> measures;
};
const std::vector<Medium> k_media = {
    {"書類", {"paper-locked-storage", "paper-clear-desk", "paper-take-out-rule", "paper-shred", "paper-send-check"}},
    {"可搬電子媒体", {"portable-encrypted", "portable-register", "portable-scan", "portable-erase"}},
    {"事務所PC", {"pc-updates", "pc-antivirus", "pc-accounts", "pc-backup", "pc-mail-training"}},
    {"モバイル機器", {"mobile-lock", "mobile-encryption", "mobile-remote-wipe", "mobile-app-rule", "mobile-network-rule"}},
    {"社内サーバー", {"server-access-control", "server-updates", "server-backup", "server-admin-accounts", "server-ups"}},
    {"社外サーバー/クラウド", {"cloud-mfa", "cloud-sharing-review", "cloud-selection", "cloud-export", "cloud-offboarding"}},
};
constexpr const char* k_units[] = {"人事", "営業", "設計", "製造", "経理", "総務"};
constexpr const char* k_assets[] = {"社員名簿", "顧客台帳", "見積書", "製品図面", "会計データ", "取引先の口座情報", "受注データ",
                                    "加工プログラム", "ホームページ掲載情報", "契約書"};
constexpr const char* k_personal[] = {"個人情報", "特定個人情報", "要配慮個人情報"};
constexpr const char* k_retention[] = {"5年", "7年", "10年", "退職後7年", "契約終了まで"};
constexpr const char* k_treatments[] = {"低減", "回避", "移転", "受容"};

// The shipped checklists and their item ids (`secaction checklist ID --template`), weighted by how
// often a consultant's clients would fill each in: the five principles and the cloud and telework
// checklists most, the 32-item management sheet and the narrower ones less.
struct Checklist {
  const char* id;
  std::vector<std::string> items;
  std::size_t weight;
};
std::vector<std::string> numbered(int count) {
  std::vector<std::string> items;
  for (int item = 1; item <= count; ++item) items.push_back(std::to_string(item));
  return items;
}
const std::vector<Checklist> k_checklists = {
    {"five-principles", numbered(5), 25},
    {"cloud", numbered(15), 15},
    {"telework", numbered(15), 15},
    {"executive-7", numbered(7), 10},
    {"management",
     {"1-1", "1-2", "2-1", "2-2", "2-3", "3-1", "3-2", "3-3", "3-4", "3-5", "3-6", "4-1", "4-2", "4-3", "4-4", "5-1",
      "6-1", "6-2", "6-3", "6-4", "6-5", "7-1", "7-2", "8-1", "8-2", "9-1", "9-2", "9-3", "9-4", "10-1", "10-2", "10-3"},
     10},
    {"incident-response", numbered(15), 8},
    {"outsourcing", numbered(14), 7},
    {"website", numbered(13), 6},
    {"posture", numbered(8), 4},
};
// The checklists' scale (yes, partial, no, na) with the Japanese aliases some people type.
constexpr const char* k_checklist_answers[] = {"yes", "yes", "yes", "partial", "partial", "no", "no", "na", "はい", "いいえ"};
constexpr const char* k_evidence[] = {"棚卸し表 2026-11", "就業規則 第12条", "バックアップ記録簿", "委託契約書 第8条", "クラウド利用規程"};

std::string organization(SplitMix64& random, std::size_t number) {
  return fmt::format("organization:\n  name: {}{}{} {}号\n  industry: {}\n  employees: {}\nassessed_on: 2026-{:02}-{:02}\nassessor: {}\n",
                     random.pick(k_name_heads), random.pick(k_name_words), random.pick(k_name_tails), number,
                     random.pick(k_industries), 3 + random.below(300), 1 + random.below(11), 1 + random.below(28),
                     random.pick(k_assessors));
}

std::string diagnose_file(SplitMix64& random, std::size_t number, bool malformed) {
  std::string text = "# Synthetic self-diagnosis for bench/run (secaction-bench-generate)\ninstrument: self-diagnosis\n";
  text += organization(random, number);
  text += "answers:\n";
  for (int item = 1; item <= 25; ++item) {
    const char* answer = random.pick(k_diagnose_answers);
    if (malformed && item == 7) answer = "sometimes";
    if (random.below(6) == 0) {
      text += fmt::format("  {}: {{answer: {}, note: \"{}\"}}\n", item, answer, random.pick(k_notes));
    } else {
      text += fmt::format("  {}: {}\n", item, answer);
    }
  }
  return text;
}

std::string benchmark_file(SplitMix64& random, std::size_t number, bool malformed) {
  std::string text = "# Synthetic benchmark answers for bench/run (secaction-bench-generate)\ninstrument: benchmark\n";
  text += organization(random, number);
  text += "profile:\n";
  for (const auto& field : k_profile) text += fmt::format("  {}: {}\n", field.key, field.values[random.below(field.values.size())]);
  text += "answers:\n";
  for (int item = 1; item <= 27; ++item) {
    const std::size_t level = malformed && item == 9 ? 9 : 1 + random.below(5);
    if (random.below(8) == 0) {
      text += fmt::format("  {}: {{answer: {}, note: \"{}\"}}\n", item, level, random.pick(k_notes));
    } else {
      text += fmt::format("  {}: {}\n", item, level);
    }
  }
  return text;
}

std::string risk_file(SplitMix64& random, std::size_t number, bool malformed) {
  std::string text = "# Synthetic risk register for bench/run (secaction-bench-generate)\nschema: secaction.risk-register/v1\n";
  text += organization(random, number);
  text += "countermeasures:\n";
  for (const auto& medium : k_media) {
    text += fmt::format("  {}:\n", medium.name);
    for (const char* measure : medium.measures) {
      const std::size_t roll = random.below(5);
      text += fmt::format("    {}:{}\n", measure, roll == 0 ? "" : roll <= 2 ? " yes" : " no");
    }
  }
  text += "assets:\n";
  const std::size_t assets = 8 + random.below(33);
  for (std::size_t asset = 1; asset <= assets; ++asset) {
    const char* unit = random.pick(k_units);
    text += fmt::format("  - 業務分類: {}\n    情報資産名称: {}（{}）\n    利用者範囲: {}部\n    管理部署: {}部\n    媒体・保存先: {}\n", unit,
                        random.pick(k_assets), asset, unit, unit, k_media[random.below(k_media.size())].name);
    if (random.below(3) == 0) text += fmt::format("    個人情報の種類: [{}]\n", random.pick(k_personal));
    const std::size_t confidentiality = malformed && asset == 2 ? 7 : 1 + random.below(3);
    text += fmt::format("    機密性: {}\n    完全性: {}\n    可用性: {}\n", confidentiality, 1 + random.below(3), 1 + random.below(3));
    if (random.below(10) == 0) text += "    企業の存続を左右しかねない: yes\n";
    if (random.below(2) == 0) text += fmt::format("    保存期限: {}\n", random.pick(k_retention));
    text += fmt::format("    登録日: 2026-{:02}-01\n", 1 + random.below(11));
    if (random.below(4) == 0) {
      text += fmt::format("    対策:\n      種類: {}\n      理由: {}\n", random.pick(k_treatments), random.pick(k_notes));
    }
  }
  return text;
}

std::string checklist_file(SplitMix64& random, std::size_t number, bool malformed) {
  std::size_t total = 0;
  for (const auto& checklist : k_checklists) total += checklist.weight;
  std::size_t roll = random.below(total);
  const Checklist* chosen = &k_checklists.front();
  for (const auto& checklist : k_checklists) {
    if (roll < checklist.weight) {
      chosen = &checklist;
      break;
    }
    roll -= checklist.weight;
  }
  std::string text = fmt::format("# Synthetic checklist answers for bench/run (secaction-bench-generate)\ninstrument: {}\n", chosen->id);
  text += organization(random, number);
  text += "answers:\n";
  for (std::size_t index = 0; index < chosen->items.size(); ++index) {
    const std::string& item = chosen->items[index];
    const std::string key = item.find('-') == std::string::npos ? item : fmt::format("\"{}\"", item);
    const char* answer = malformed && index == 2 ? "sometimes" : random.pick(k_checklist_answers);
    const std::size_t extra = random.below(10);
    if (extra == 0) {
      text += fmt::format("  {}: {{answer: {}, note: \"{}\", evidence: \"{}\"}}\n", key, answer, random.pick(k_notes), random.pick(k_evidence));
    } else if (extra == 1) {
      text += fmt::format("  {}: {{answer: {}, note: \"{}\"}}\n", key, answer, random.pick(k_notes));
    } else {
      text += fmt::format("  {}: {}\n", key, answer);
    }
  }
  return text;
}

void write(const fs::path& path, const std::string& text) {
  std::ofstream out(path, std::ios::binary);
  out << text;
  if (!out) {
    std::fprintf(stderr, "secaction-bench-generate: cannot write %s\n", path.string().c_str());
    std::exit(4);
  }
}

} // namespace

int main(int argc, char** argv) {
  if (argc < 3) {
    std::fprintf(stderr, "usage: secaction-bench-generate OUT_DIR N [--malformed]\n");
    return 2;
  }
  const fs::path out = argv[1];
  const std::size_t count = std::strtoull(argv[2], nullptr, 10);
  const bool with_malformed = argc > 3 && std::string_view(argv[3]) == "--malformed";
  for (const char* kind : {"diagnose", "checklist", "benchmark", "risk"}) fs::create_directories(out / kind);
  for (std::size_t number = 1; number <= count; ++number) {
    const bool malformed = with_malformed && number % 97 == 0;
    const std::string name = fmt::format("org-{:06}.yaml", number);
    SplitMix64 random(number * 0x2545f4914f6cdd1dULL);
    write(out / "diagnose" / name, diagnose_file(random, number, malformed));
    write(out / "benchmark" / name, benchmark_file(random, number, malformed));
    if (malformed && number % 2 == 0) {
      write(out / "risk" / name, "schema: secaction.risk-register/v1\nassets: [unclosed\n"); // a YAML syntax error
    } else {
      write(out / "risk" / name, risk_file(random, number, malformed));
    }
    SplitMix64 checklist_random(number * 0x9fb21c651e98df25ULL);
    write(out / "checklist" / name, checklist_file(checklist_random, number, malformed));
  }
  return 0;
}
