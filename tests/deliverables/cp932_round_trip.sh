#!/usr/bin/env bash
# --encoding cp932 (CSV for Excel on Japanese Windows), end to end:
#   1. a risk register saved as CP932 is read with --encoding cp932 and gives the same report as
#      the UTF-8 register (JSON), and without it is refused with a hint naming --encoding cp932;
#   2. the CSV written with --encoding cp932 is CP932 (iconv reads it) and, converted back, is
#      byte for byte the UTF-8 CSV;
#   3. a character CP932 cannot hold (ñ, an emoji) is refused (exit 3) naming the row and column,
#      and nothing is written; --encoding cp932 with Markdown is a usage error.
#   cp932_round_trip.sh SECACTION FIXTURES_DIR WORK_DIR
set -uo pipefail
secaction=$1
fixtures=$2
work=$3
rm -rf "$work"
mkdir -p "$work/utf8" "$work/cp932"
cd "$work" || exit 1
passed=0
failed=0
check() { # check NAME CONDITION-EXIT-STATUS
  if [[ $2 -eq 0 ]]; then passed=$((passed + 1)); echo "ok   $1"; else failed=$((failed + 1)); echo "FAIL $1"; fi
}

cp "$fixtures/risk-register.csv" utf8/register.csv
iconv -f UTF-8 -t CP932 "$fixtures/risk-register.csv" > cp932/register.csv
! cmp -s utf8/register.csv cp932/register.csv
check "the CP932 register differs from the UTF-8 one" $?

(cd utf8 && "$secaction" risk register.csv -f json > ../utf8.json)
(cd cp932 && "$secaction" risk register.csv --encoding cp932 -f json > ../cp932.json)
cmp -s utf8.json cp932.json
check "a CP932 register read with --encoding cp932 gives the UTF-8 register's result" $?

(cd cp932 && "$secaction" risk register.csv -f json > /dev/null 2> ../refused.txt)
status=$?
[[ $status -eq 3 ]] && grep -q -- "--encoding cp932" refused.txt
check "without --encoding a CP932 register is refused with the hint (exit $status)" $?

(cd utf8 && "$secaction" risk register.csv -f csv > ../utf8.csv)
(cd cp932 && "$secaction" risk register.csv --encoding cp932 -f csv -o ../cp932.csv)
iconv -f CP932 -t UTF-8 cp932.csv > back.csv 2> /dev/null
check "the CSV written with --encoding cp932 is CP932" $?
cmp -s utf8.csv back.csv
check "CP932 CSV converted back is byte for byte the UTF-8 CSV" $?
! cmp -s utf8.csv cp932.csv
check "the CP932 CSV is not UTF-8" $?

sed -e 's/共有PCのパスワードが短い/Peña さんの PC/' "$fixtures/self-diagnosis.yaml" > latin.yaml
"$secaction" diagnose latin.yaml -f csv --encoding cp932 -o latin.csv 2> latin.txt
status=$?
[[ $status -eq 3 ]] && grep -q "row 4, column note: 'ñ' (U+00F1) cannot be written in CP932" latin.txt && [[ ! -e latin.csv ]]
check "ñ is refused naming row 4, column note, and nothing is written (exit $status)" $?

sed -e 's/PC棚卸し表 2026-11/PC棚卸し表 🍣/' "$fixtures/self-diagnosis.yaml" > emoji.yaml
"$secaction" diagnose emoji.yaml -f csv --encoding cp932 > /dev/null 2> emoji.txt
status=$?
[[ $status -eq 3 ]] && grep -q "column evidence: '🍣' (U+1F363)" emoji.txt
check "an emoji is refused naming its column (exit $status)" $?

"$secaction" diagnose "$fixtures/self-diagnosis.yaml" --encoding cp932 > /dev/null 2> markdown.txt
status=$?
[[ $status -eq 2 ]] && grep -q "for CSV output" markdown.txt
check "--encoding cp932 with Markdown is a usage error (exit $status)" $?

"$secaction" diagnose "$fixtures/self-diagnosis.yaml" -f csv --excel --encoding cp932 > /dev/null 2> both.txt
status=$?
[[ $status -eq 2 ]]
check "--excel and --encoding cp932 together are a usage error (exit $status)" $?

echo "$passed passed, $failed failed"
[[ $failed -eq 0 ]]
