#include <doctest/doctest.h>

#include <string>

#include "secaction/io/output_names.hpp"

using namespace secaction;
using io::safe_file_stem;

TEST_CASE("file stems keep ordinary names, Japanese included") {
  CHECK(safe_file_stem("Acme") == "Acme");
  CHECK(safe_file_stem("株式会社サンプル") == "株式会社サンプル");
  CHECK(safe_file_stem("Acme-Ltd.2026") == "Acme-Ltd.2026");
  CHECK(safe_file_stem("=HYPERLINK(\"http://x\")") == "=HYPERLINK(_http_x_)");
}

TEST_CASE("file stems cannot leave the output directory or name a hidden file") {
  CHECK(safe_file_stem("../../x") == "x");
  CHECK(safe_file_stem("a/b") == "a_b");
  CHECK(safe_file_stem("a\\b") == "a_b");
  CHECK(safe_file_stem("/etc/passwd") == "etc_passwd");
  CHECK(safe_file_stem(".hidden") == "hidden");
  CHECK(safe_file_stem("..") == "");
  CHECK(safe_file_stem(".") == "");
  CHECK(safe_file_stem("") == "");
  CHECK(safe_file_stem("   ") == "");
  CHECK(safe_file_stem(" . name . ") == "name");
}

TEST_CASE("file stems hold no characters that Windows or a shell would trip over") {
  CHECK(safe_file_stem("<script>alert(1)</script>") == "script_alert(1)_script");
  CHECK(safe_file_stem("a:b*c?d|e\"f") == "a_b_c_d_e_f");
  CHECK(safe_file_stem("line1\nline2") == "line1_line2");
  CHECK(safe_file_stem("tab\there\r\n") == "tab_here");
  CHECK(safe_file_stem(std::string("nul\0byte", 8)) == "nul_byte");
  CHECK(safe_file_stem("del\x7F") == "del");
  CHECK(safe_file_stem("c1\xC2\x85") == "c1");          // U+0085 next line
  CHECK(safe_file_stem("ls\xE2\x80\xA8x") == "ls_x");   // U+2028 line separator
  CHECK(safe_file_stem("bad\xFF\xFEutf8") == "bad_utf8");
  CHECK(safe_file_stem("Acme  Ltd") == "Acme_Ltd");
}

TEST_CASE("Windows device names are changed, in any case and with an extension") {
  CHECK(safe_file_stem("CON") == "CON_");
  CHECK(safe_file_stem("nul") == "nul_");
  CHECK(safe_file_stem("Com1") == "Com1_");
  CHECK(safe_file_stem("LPT9") == "LPT9_");
  CHECK(safe_file_stem("con.report") == "con_.report");
  CHECK(safe_file_stem("COM0") == "COM0_"); // reserved too (Microsoft's naming rules list COM0 and LPT0)
  CHECK(safe_file_stem("CONSOLE") == "CONSOLE");
  CHECK(safe_file_stem("AUXILIARY") == "AUXILIARY");
}

TEST_CASE("long names are cut at a character boundary") {
  std::string japanese;
  for (int i = 0; i < 100; ++i) japanese += "あ"; // 300 bytes
  const auto stem = safe_file_stem(japanese);
  CHECK(stem.size() <= io::k_max_stem_bytes);
  CHECK(stem.size() == 78); // 26 characters of 3 bytes
  CHECK(stem == japanese.substr(0, 78));
  CHECK(safe_file_stem(std::string(300, 'a')).size() == io::k_max_stem_bytes);
  // A cut that would end on a trimmed character trims it.
  CHECK(safe_file_stem(std::string(79, 'a') + ". b") == std::string(79, 'a'));
}

TEST_CASE("the fallback is used when the preferred name leaves nothing") {
  CHECK(safe_file_stem("Acme", "answers") == "Acme");
  CHECK(safe_file_stem("", "answers") == "answers");
  CHECK(safe_file_stem("../..", "client-7") == "client-7");
  CHECK(safe_file_stem("", "..") == "report");
}

TEST_CASE("claimed names are unique, also ignoring case and normalisation, in the order asked") {
  io::OutputNames names;
  CHECK(names.claim("Acme") == "Acme");
  CHECK(names.claim("Acme") == "Acme-2");
  CHECK(names.claim("ACME") == "ACME-3");
  CHECK(names.claim("acme-2") == "acme-2-2");
  CHECK(names.claim("Beta") == "Beta");
  // が as one code point and as か + combining dakuten are the same name on macOS.
  CHECK(names.claim("\xE3\x81\x8C") == "\xE3\x81\x8C");
  CHECK(names.claim("\xE3\x81\x8B\xE3\x82\x99") == "\xE3\x81\x8B\xE3\x82\x99-2");
}

TEST_CASE("a suffix keeps a long name within the length limit") {
  io::OutputNames names;
  const std::string longest(io::k_max_stem_bytes, 'x');
  CHECK(names.claim(longest) == longest);
  const auto second = names.claim(longest);
  CHECK(second.size() == io::k_max_stem_bytes);
  CHECK(second.substr(second.size() - 2) == "-2");
}

TEST_CASE("file stems never start with a dash, so a shell does not read them as options") {
  CHECK(safe_file_stem("-rf") == "rf");
  CHECK(safe_file_stem("--help") == "help");
  CHECK(safe_file_stem("- . -x") == "x");
  CHECK(safe_file_stem("a-b-") == "a-b-"); // inside and at the end a dash is harmless
  CHECK(safe_file_stem("---") == "");
}

TEST_CASE("file stems hold no invisible or direction-changing characters") {
  CHECK(safe_file_stem("evil\xE2\x80\xAEgpj.exe") == "evil_gpj.exe"); // U+202E right-to-left override
  CHECK(safe_file_stem("a\xE2\x80\xAB" "b") == "a_b");                // U+202B right-to-left embedding
  CHECK(safe_file_stem("a\xE2\x81\xA6" "b\xE2\x81\xA9") == "a_b");   // U+2066 isolate … U+2069 pop
  CHECK(safe_file_stem("a\xE2\x80\x8F" "b") == "a_b");                // U+200F right-to-left mark
  CHECK(safe_file_stem("zero\xE2\x80\x8Bwidth") == "zero_width");     // U+200B zero-width space
  CHECK(safe_file_stem("join\xE2\x80\x8D" "er") == "join_er");        // U+200D zero-width joiner
  CHECK(safe_file_stem("\xEF\xBB\xBF" "bom") == "bom");               // U+FEFF byte order mark
  CHECK(safe_file_stem("soft\xC2\xAD" "hyphen") == "soft_hyphen");    // U+00AD
  CHECK(safe_file_stem("word\xE2\x81\xA0joiner") == "word_joiner");   // U+2060
  CHECK(safe_file_stem("\x1B[31mred") == "[31mred");                  // ESC
  CHECK(safe_file_stem("株式会社　サンプル") == "株式会社　サンプル");      // U+3000 is ordinary Japanese text
}

TEST_CASE("every Windows device name is changed: superscript digits, CONIN$ and CONOUT$ too") {
  CHECK(safe_file_stem("COM\xC2\xB9") == "COM\xC2\xB9_"); // COM¹
  CHECK(safe_file_stem("lpt\xC2\xB3.txt") == "lpt\xC2\xB3_.txt");
  CHECK(safe_file_stem("CONIN$") == "CONIN$_");
  CHECK(safe_file_stem("conout$") == "conout$_");
  CHECK(safe_file_stem("LPT0") == "LPT0_");
  CHECK(safe_file_stem("COM\xC2\xB9" "0") == "COM\xC2\xB9" "0"); // not a device
  CHECK(safe_file_stem("CONIN") == "CONIN");
}

TEST_CASE("reserved file names are avoided with the extensions a report writes") {
  io::OutputNames names;
  names.reserve_file("summary.csv");
  names.reserve_file("Org1.md");
  CHECK(names.claim("summary", {".md", ".svg"}) == "summary"); // summary.md is free
  CHECK(names.claim("summary", {".csv"}) == "summary-2");       // "summary" is taken by the first claim
  CHECK(names.claim("org1", {".md", ".svg"}) == "org1-2");      // Org1.md is the summary's (case folded)
  CHECK(names.claim("Org1", {".csv"}) == "Org1");            // Org1.csv is free
}

TEST_CASE("claiming one name thousands of times tries each candidate once (no quadratic cost)") {
  io::OutputNames names;
  constexpr int k_claims = 5000;
  for (int i = 1; i <= k_claims; ++i) {
    const std::string expected = i == 1 ? std::string("report") : "report-" + std::to_string(i);
    REQUIRE(names.claim("report", {".md"}) == expected);
  }
  // At most two candidates per claim (the name itself, then the next number); the old loop tried
  // 1 + 2 + … + 5000 = 12.5 million.
  CHECK(names.candidates_tried() <= 2 * k_claims);
  // A name that looks like a generated one still finds a free number at once.
  const std::size_t before = names.candidates_tried();
  CHECK(names.claim("report-2", {".md"}) == "report-2-2");
  CHECK(names.candidates_tried() - before == 2);
}
