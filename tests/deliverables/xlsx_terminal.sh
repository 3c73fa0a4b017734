#!/usr/bin/env bash
# A workbook is bytes: on a terminal (a pseudo-terminal from util-linux `script`) `--format xlsx`
# without -o is refused with a usage error (exit 2) that says what to do, and nothing is printed;
# with -o, and with standard output redirected to a file, the same command writes the workbook.
#   xlsx_terminal.sh SECACTION FIXTURES_DIR WORK_DIR
set -uo pipefail
secaction=$1
fixtures=$2
work=$3
rm -rf "$work"
mkdir -p "$work"
cd "$work" || exit 1
cp "$fixtures/self-diagnosis.yaml" answers.yaml
: > empty
passed=0
failed=0
check() { if [[ $2 -eq 0 ]]; then passed=$((passed + 1)); echo "ok   $1"; else failed=$((failed + 1)); echo "FAIL $1"; fi; }

script -qfec "$secaction diagnose answers.yaml -f xlsx" typescript > terminal.out 2>&1 < empty
status=$?
[[ $status -eq 2 ]] && grep -q "writes a binary workbook; give -o FILE.xlsx" terminal.out && ! grep -q "PK" terminal.out
check "refused on a terminal (exit $status): $(tr -d '\r' < terminal.out | head -n 1)" $?

script -qfec "$secaction diagnose answers.yaml -o report.xlsx" typescript > with-o.out 2>&1 < empty
[[ $? -eq 0 ]] && [[ $(head -c 2 report.xlsx) == PK ]]
check "written with -o on a terminal" $?

"$secaction" diagnose answers.yaml -f xlsx > redirected.xlsx
[[ $? -eq 0 ]] && cmp -s report.xlsx redirected.xlsx
check "written to redirected standard output, the same bytes" $?

echo "$passed passed, $failed failed"
[[ $failed -eq 0 ]]
