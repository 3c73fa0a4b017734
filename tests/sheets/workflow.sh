#!/usr/bin/env bash
# The whole content-pack workflow from the real binary, on workbooks written now by an independent
# writer (tests/sheets/make_workbooks.py: openpyxl and zipfile): import two editions of a ★3-shaped
# requirements sheet and a maturity sheet into packs, validate them, print a template, fill it in,
# score it, migrate the answers to the second edition, fill in the new item, score it, compare the
# two editions; and refuse every hostile workbook without leaving an output file behind.
#   workflow.sh SECACTION SOURCE_DIR WORK_DIR
set -euo pipefail
unset LANG LC_ALL LC_MESSAGES SOURCE_DATE_EPOCH SECACTION_CONTENT SECACTION_PACKS # reports in Japanese, built-in content
secaction=$1
source_dir=$2
work=$3
rm -rf "$work"
mkdir -p "$work"
cd "$work"

fail() { echo "workflow: $*" >&2; exit 1; }
expect() { # FILE TEXT: FILE contains TEXT (fixed string)
  grep -qF -- "$2" "$1" || { cat "$1" >&2; fail "$1 does not contain: $2"; }
}

/usr/bin/python3 "$source_dir/tests/sheets/make_workbooks.py" wb
maps=$source_dir/tests/fixtures/sheets

# 1. Import: each workbook into a pack of its own (-o makes PACK/instruments/).
"$secaction" import-sheet wb/star3-2025.xlsx --map "$maps/star3-2025.map.yaml" -o packs/star3-2025/instruments/supply-chain-star3.yaml
"$secaction" import-sheet wb/star3-2026.xlsx --map "$maps/star3-2026.map.yaml" -o packs/star3-2026/instruments/supply-chain-star3.yaml
"$secaction" import-sheet wb/maturity.xlsx --map "$maps/maturity.map.yaml" -o packs/maturity/instruments/maturity-check.yaml
sha=$(sha256sum wb/star3-2025.xlsx | cut -d' ' -f1)
expect packs/star3-2025/instruments/supply-chain-star3.yaml "sha256: \"$sha\""
expect packs/star3-2025/instruments/supply-chain-star3.yaml 'ja: "（試験用）方針を従業員に周知している。"'
# A map that names another file's SHA-256 is refused.
sed "s/^  edition: \"2025\"/  edition: \"2025\"\n  sha256: \"$(printf '0%.0s' {1..64})\"/" "$maps/star3-2025.map.yaml" > wrong-sha.map.yaml
if "$secaction" import-sheet wb/star3-2025.xlsx --map wrong-sha.map.yaml -o wrong.yaml 2> wrong-sha.err; then fail "a wrong SHA-256 was accepted"; fi
expect wrong-sha.err "but wb/star3-2025.xlsx has SHA-256 $sha"
[ ! -e wrong.yaml ] || fail "a refused import left wrong.yaml"

export SECACTION_PACKS=packs/star3-2025:packs/star3-2026:packs/maturity
"$secaction" validate > validate.out
expect validate.out "pack star3-2026 (packs/star3-2026): ok (1 instrument)"
"$secaction" checklist list --format csv > list.csv
expect list.csv ",2025,star3-2025"
expect list.csv ",2026,star3-2026"

# 2. Template -> fill -> report (the older edition).
"$secaction" checklist supply-chain-star3@2025 --template --as-of 2025-06-01 > answers-2025.yaml
expect answers-2025.yaml 'edition: "2025"'
sed -i 's/^  name: ""/  name: "Workflow Co"/; s/^  "1-1-1-1":$/  "1-1-1-1": met/; s/^  "1-1-1-2":$/  "1-1-1-2": unmet/;
        s/^  "1-2-1-1":$/  "1-2-1-1": met/; s/^  "2-1-1-1":$/  "2-1-1-1": 満たしている/; s/^  "2-1-1-2":$/  "2-1-1-2": ×/' answers-2025.yaml
"$secaction" checklist answers-2025.yaml > report-2025.md
expect report-2025.md "満たしていない評価基準が2件あります"
expect report-2025.md "### 1-1-1 （試験用）方針を定めること"
expect report-2025.md "SHA-256**: $sha"
"$secaction" checklist answers-2025.yaml --format json > result-2025.json
expect result-2025.json '"edition_id": "2025"'
expect result-2025.json '"unmet_requirements": ['

# 3. Migrate to the second edition, answer the new item, score it.
"$secaction" migrate answers-2025.yaml --to 2026 -o answers-2026.yaml
expect answers-2026.yaml 'edition: "2026"'
expect answers-2026.yaml "なくなった項目 1件（No. 1-2-1-1）"
expect answers-2026.yaml "設問文が変わりました。版 2025 の No.1-1-1-2"
expect answers-2026.yaml "  2-1-1-3: unmet"
if "$secaction" checklist answers-2026.yaml > /dev/null 2> unanswered.err; then fail "the new item was not reported as unanswered"; fi
expect unanswered.err "no answer for item 2-1-2-1"
sed -i 's/^  2-1-2-1:$/  2-1-2-1: met/; s/^  1-1-1-2: unmet/  1-1-1-2: met/; s/^assessed_on: .*/assessed_on: 2026-06-01/' answers-2026.yaml
"$secaction" checklist answers-2026.yaml --format json > result-2026.json
expect result-2026.json '"edition_id": "2026"'

# 4. Compare the editions (answer file with JSON result).
"$secaction" compare answers-2025.yaml result-2026.json --format json > compare.json
/usr/bin/python3 - <<'EOF'
import json
c = json.load(open("compare.json"))
e = c["editions"]
assert (e["before"], e["after"]) == ("2025", "2026"), e
assert e["added"] == ["2-1-2-1"] and e["removed"] == ["1-2-1-1"], e
assert {"number": "2-1-1-3", "before_number": "2-1-1-2", "question_changed": False} in e["mapped"], e
assert c["improved"] == ["1-1-1-2"], c["improved"]
EOF

# 5. The maturity sheet: targets per item.
"$secaction" checklist maturity-check --template --as-of 2025-06-01 > maturity.yaml
expect maturity.yaml "目標：レベル4"
sed -i 's/^  1:$/  1: 3/; s/^  2:$/  2: 3/; s/^  3:$/  3: 2/; s/^  4:$/  4: 3/' maturity.yaml
"$secaction" checklist maturity.yaml --format json > maturity.json
expect maturity.json '"goals_met": 3'
expect maturity.json '"open_items": [
    3
  ]'

# 6. Hostile workbooks: exit 3, a message naming the file, and no output file.
for book in legacy.xls sheet.csv bomb-size.xlsx bomb-ratio.xlsx traversal.xlsx traversal-target.xlsx doctype.xlsx bad-index.xlsx \
            puzzle-merged-id.xlsx puzzle-hidden.xlsx duplicate-ids.xlsx not-a-workbook.zip encrypted-entry.xlsx; do
  status=0
  "$secaction" import-sheet "wb/$book" --map "$maps/simple.map.yaml" -o out/instruments/simple.yaml 2> hostile.err || status=$?
  [ "$status" -eq 3 ] || fail "$book: exit $status, not 3"
  expect hostile.err "wb/$book"
  [ ! -e out/instruments/simple.yaml ] || fail "$book left an output file"
done
echo "workflow: ok"
