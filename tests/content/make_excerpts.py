#!/usr/bin/python3
"""Writes tests/content/seed-excerpts/*.txt: verbatim copies of the source lines that content quotes.

Run from the repository root with the shared documents beside it (../shared/seeds, ../shared/reference):
    /usr/bin/python3 tests/content/make_excerpts.py
The verbatim content test (tests/unit/content/verbatim_test.cpp) reads these files; when ../shared is
present it also checks that every excerpt still equals the lines it names.
Line numbers are 1-based, as `sed -n` and `cat -n` count them. An excerpt may name OCR misreadings
that content corrects ("# ocr: CIS0 => CISO"); the test applies them before comparing, and nothing else.
"""
import os

# (file name, source path under shared/, lines ("a-b,c": ranges in copy order), content files it is for, what it is)
EXCERPTS = [
    ("001-L075-101-principles-and-key-actions.txt", "seeds/001_adac8b6506b3a395.txt", "75-101",
     "instruments/executive-7.yaml instruments/outsourcing.yaml",
     "IPA 中小企業の情報セキュリティ対策ガイドライン 第3.1版（概要）第1部 3.(1) 3原則, 3.(2) 重要7項目の取組"),
    ("001-L105-129-steps.txt", "seeds/001_adac8b6506b3a395.txt", "105-129",
     "lib/secaction/steps/guide.cpp",
     "IPA 中小企業の情報セキュリティ対策ガイドライン 第3.1版（概要）第2部 実践編「本ガイドラインの活用方法」Step1-4 (L107 runs the page's two columns together: the ocr lines put each column heading back outside the sentence it interrupts)",
     [("「情報セキュ まず始めましょう リティ5か条」", "まず始めましょう 「情報セキュリティ5か条」"),
      ("「5分 現状を知り改善しましょう でできる!", "現状を知り改善しましょう 「5分でできる!"),
      ("改善を図ってくだ 本格的に取り組みましょう さい。", "改善を図ってください。 本格的に取り組みましょう"),
      ("自社に Step4 必要な対策", "Step4 自社に必要な対策"),
      ("Step1 や Step2 に取り 改善を続けましょう 組んで", "改善を続けましょう Step1 や Step2 に取り組んで")]),
    ("001-L132-159-five-principles.txt", "seeds/001_adac8b6506b3a395.txt", "132-159",
     "instruments/five-principles.yaml",
     "IPA 中小企業の情報セキュリティ対策ガイドライン 第3.1版（概要）Step1 (1) 情報セキュリティ5か条（付録1）"),
    ("001-L174-basic-policy.txt", "seeds/001_adac8b6506b3a395.txt", "174-176",
     "policy/basic-policy.ja.md.mustache",
     "IPA 中小企業の情報セキュリティ対策ガイドライン 第3.1版（概要）付録2 情報セキュリティ基本方針（サンプル）"),
    ("001-L195-211-self-diagnosis.txt", "seeds/001_adac8b6506b3a395.txt", "195-211,195",
     "instruments/self-diagnosis.yaml",
     "IPA 中小企業の情報セキュリティ対策ガイドライン 第3.1版（概要）付録3 5分でできる！情報セキュリティ自社診断 (the table is scrambled: item 13 runs from L211 on to L195, so L195 is copied again after L211)"),
    ("001-L299-313-regulations-chapters.txt", "seeds/001_adac8b6506b3a395.txt", "299-313",
     "lib/secaction/policy/chapters.cpp",
     "IPA 中小企業の情報セキュリティ対策ガイドライン 第3.1版（概要）付録5 情報セキュリティ関連規程（サンプル）の章"),
    ("001-L413-429-cloud.txt", "seeds/001_adac8b6506b3a395.txt", "413-429",
     "instruments/cloud.yaml",
     "IPA 中小企業の情報セキュリティ対策ガイドライン 第3.1版（概要）付録6 中小企業のためのクラウドサービス安全利用の手引き"),
    ("001-L503-539-risk-treatment.txt", "seeds/001_adac8b6506b3a395.txt", "503-539",
     "risk/rules.yaml",
     "IPA 中小企業の情報セキュリティ対策ガイドライン 第3.1版（概要）第2部 5.(8) 詳細リスク分析の実施方法（対策の決定）"),
    ("004-L643-657-security-action.txt", "seeds/004_2dbad41cd63a908d.txt", "643-657",
     "lib/secaction/readiness/present.cpp",
     "IPA 中小企業におけるサイバーセキュリティ対策普及に向けた国等の支援事業について 3. SECURITY ACTION 制度概要（一つ星・二つ星）"),
    ("003-L194-239-principles-decisions-questions.txt", "seeds/003_bb839b9474589432.txt", "194-239",
     "instruments/management.yaml",
     "IPA サイバーセキュリティ経営ガイドライン 解説書 Ver1.0 0-3 原則, 0-4 経営者が決定すべき事項, 0-5 経営者への問い"),
    ("003-L2308-2795-check-sheet.txt", "seeds/003_bb839b9474589432.txt", "2308-2795",
     "instruments/management.yaml",
     "IPA サイバーセキュリティ経営ガイドライン 解説書 Ver1.0 付録3 チェックシートの実施の目安と確認事項 (the seed ends at L2795)",
     [("CIS0", "CISO")]),
    ("004-L053-063-top-threats-2020.txt", "seeds/004_2dbad41cd63a908d.txt", "53-63",
     "threats/top10-2020.yaml",
     "IPA 情報セキュリティ10大脅威2020 「個人」および「組織」向けの脅威の順位 (the table of 経済産業省・IPA サイバーセキュリティお助け隊 説明会資料, 令和2年9月)"),
    ("001-L342-389-sharing-and-website.txt", "seeds/001_adac8b6506b3a395.txt", "342-389",
     "instruments/website.yaml lib/secaction/steps/guide.cpp",
     "IPA 中小企業の情報セキュリティ対策ガイドライン 第3.1版（概要）第2部 5.(1) 情報収集と共有, 5.(2) ウェブサイトの情報セキュリティ (underline markup, a Markdown escape and one OCR misreading put right)",
     [("<u>自社の状態に見合っ</u>た", "自社の状態に見合った"), ("<u>技術的な脆弱</u>性", "技術的な脆弱性"), ("ウェスサイト", "ウェブサイト"), ("ISAC\\*", "ISAC*")]),
    ("000-L273-434-posture.txt", "seeds/000_6e657f192056dd29.txt", "273-313,372-434",
     "instruments/posture.yaml",
     "「中小企業向けサイバーセキュリティ対策の極意」（東京都の電子書籍）の改訂案 (Sec01-01-02, 2020) 【コラム】組織の姿勢3分類 (after NISC 2016) and ITおよびサイバーセキュリティに関する組織の視点6分類"),
    ("000-L1300-1346-laws-and-jnsa.txt", "seeds/000_6e657f192056dd29.txt", "1300-1346",
     "incident/laws.yaml incident/contacts.yaml",
     "「中小企業向けサイバーセキュリティ対策の極意」（東京都の電子書籍）の改訂案 (Sec01-01-02, 2020) 【参考】サイバーインシデント緊急対応企業一覧【JNSA】 and 6-X 関係法令"),
    ("003-L1596-2234-information-sharing.txt", "seeds/003_bb839b9474589432.txt", "1596,1812,2205-2234",
     "incident/contacts.yaml",
     "IPA サイバーセキュリティ経営ガイドライン 解説書 Ver1.0 (2016年12月) 3.10 情報提供の相手先, 3.7 社外の連絡先, 付録 8 情報収集と情報共有"),
    ("004-L262-381-support.txt", "seeds/004_2dbad41cd63a908d.txt", "262-381,520-522,1095-1101",
     "incident/contacts.yaml",
     "経済産業省・IPA サイバーセキュリティお助け隊 説明会資料 (令和2年9月): お助け隊実証事業とチームリスト (2020年度), 情報セキュリティサービス審査登録制度, 情報セキュリティ安心相談窓口"),
    ("001-L476-485-security-services.txt", "seeds/001_adac8b6506b3a395.txt", "476-485",
     "incident/contacts.yaml",
     "IPA 中小企業の情報セキュリティ対策ガイドライン 第3.1版（概要）第2部 5.(6) セキュリティサービス例と活用"),
    ("002-L006-365-procedures.txt", "seeds/002_232df47c182598c0.txt", "6-8,31-102,183-187,365",
     "policy/procedures.yaml",
     "「セキュリティの部屋」ナレッジベース2023【本編07】中小企業が組織として実施すべきサイバーセキュリティ対策【実施手順・実務者マニュアルレベル】 §7.1-7.6: the audiences, the areas and the candidate procedure documents"),
    # Secondary sources, as recorded in the project's reference notes: for official-secondary texts.
    ("ipa-rules-L118-procedure.txt", "reference/ipa-rules.md", "118",
     "instruments/self-diagnosis.yaml lib/secaction/readiness/present.cpp",
     "東京都 実践ハンドブック 令和5年度 3-3-3 (自社診断の記入方法), as quoted in ipa-rules.md §1.2"),
    ("ipa-rules-L335-336-security-action-faq.txt", "reference/ipa-rules.md", "335-336",
     "lib/secaction/readiness/present.cpp",
     "IPA SECURITY ACTION よくある質問 (https://www.ipa.go.jp/security/security-action/faq/), as quoted in ipa-rules.md §5"),
    ("ipa-rules-L123-132-bands.txt", "reference/ipa-rules.md", "123-132",
     "instruments/self-diagnosis.yaml",
     "東京都 実践ハンドブック 令和5年度 3-3-3 (自社診断の点数と状況の表), as quoted in ipa-rules.md §1.3"),
    ("ipa-rules-L224-289-risk-criteria.txt", "reference/ipa-rules.md", "224-289",
     "risk/rules.yaml",
     "東京都 実践ハンドブック 11-2-2〜11-2-4 と極意 339 (リスク分析の基準), guideline 4.0 p.47 bands, as quoted in ipa-rules.md §3.3-3.5"),
    ("ipa-rules-L195-197-benchmark.txt", "reference/ipa-rules.md", "195-197",
     "instruments/benchmark.yaml",
     "IPA 情報セキュリティ対策ベンチマーク ver3.1 の特徴のページ (偏差値の式), as quoted in ipa-rules.md §2.4"),
    ("ipa-rules-L343-351-five-principles.txt", "reference/ipa-rules.md", "343-351",
     "instruments/five-principles.yaml",
     "東京都 実践ハンドブック 令和5年度 3-3-2 (情報セキュリティ5か条の対策), as quoted in ipa-rules.md §5.1"),
    ("ipa-rules-L355-372-basic-policy.txt", "reference/ipa-rules.md", "355-372",
     "policy/basic-policy.ja.md.mustache",
     "東京都 実践ハンドブック 令和5年度 3-3-4 (情報セキュリティ基本方針（サンプル）), as quoted in ipa-rules.md §6.1"),
    ("ipa-rules-L396-416-cloud.txt", "reference/ipa-rules.md", "396-416",
     "instruments/cloud.yaml",
     "東京都 極意 327 (クラウドサービス安全利用チェックシートと注記), as quoted in ipa-rules.md §6.4"),
]

def main():
    root = os.path.dirname(os.path.abspath(__file__))
    shared = os.path.join(root, "..", "..", "..", "shared")
    out = os.path.join(root, "seed-excerpts")
    for name, source, ranges, content, what, *ocr in EXCERPTS:
        with open(os.path.join(shared, source), encoding="utf-8") as f:
            lines = f.read().split("\n")
        body = []
        for part in ranges.split(","):
            first, _, last = part.partition("-")
            body += lines[int(first) - 1:int(last or first)]
        with open(os.path.join(out, name), "w", encoding="utf-8") as f:
            f.write(f"# source: {source}\n# lines: {ranges}\n# for: {content}\n# what: {what}\n")
            for wrong, right in (ocr[0] if ocr else []):
                f.write(f"# ocr: {wrong} => {right}\n")
            f.write("#\n")
            f.write("".join(line + "\n" for line in body))

if __name__ == "__main__":
    main()
