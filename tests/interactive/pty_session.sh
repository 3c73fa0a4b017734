#!/bin/bash
# Drives the real binary through a pseudo-terminal (util-linux `script`): with no FILE and a
# terminal on stdin and stdout, diagnose starts interactively on its own. Answer, go back, quit,
# resume, finish; colours on the terminal, none with NO_COLOR.
#   pty_session.sh SECACTION WORK_DIR
set -euo pipefail
secaction=$1 work=$2
rm -rf "$work" && mkdir -p "$work" && cd "$work"
unset LANG LC_ALL SOURCE_DATE_EPOCH SECACTION_CONTENT SECACTION_PACKS
fail() { echo "FAIL: $*" >&2; exit 1; }

# Lines are fed slowly so each one arrives while the program waits at its prompt.
feed() { for line in "$@"; do sleep 0.2; printf '%s\n' "$line"; done; sleep 0.5; }

# 1. Organisation, today's date (Enter), assessor; answer 1 and 2, go back to 2, change it, quit.
today=$(date +%F)
feed 'Acme Ltd' '' 'Sato' 1 2 b yes q | NO_COLOR=1 script -qfec "$secaction diagnose" /dev/null > first.out || fail "first run exited $?"
grep -q 'self-diagnosis-answers.yaml' first.out || fail "default save name not printed"
grep -q "診断日 YYYY-MM-DD（Enter で $today）" first.out || fail "the date prompt does not offer today ($today)"
grep -qx '  name: Acme Ltd' self-diagnosis-answers.yaml || grep -qx '  name: "Acme Ltd"' self-diagnosis-answers.yaml \
  || fail "organisation not saved"
grep -qx "assessed_on: $today" self-diagnosis-answers.yaml || fail "date not saved as today"
grep -qx 'assessor: Sato' self-diagnosis-answers.yaml || grep -qx 'assessor: "Sato"' self-diagnosis-answers.yaml \
  || fail "assessor not saved"
grep -q '\[1/25\]' first.out || fail "no progress shown"
grep -q '現在の回答: 一部実施している' first.out || fail "going back did not show the earlier answer"
grep -q $'\x1b\\[' first.out && fail "colour despite NO_COLOR"
grep -qx '  1: yes' self-diagnosis-answers.yaml || fail "item 1 not saved"
grep -qx '  2: yes' self-diagnosis-answers.yaml || fail "item 2 not changed to yes"
grep -qx '  3:' self-diagnosis-answers.yaml || fail "item 3 should be blank"

# 2. Resume at item 3 (with colours, since NO_COLOR is unset; no second date prompt) and finish:
# on a terminal a short summary and how to see the report, not the ~200 lines of the report.
answers=()
for _ in $(seq 3 25); do answers+=(1); done
feed "${answers[@]}" | script -qfec "$secaction diagnose" /dev/null > second.out || fail "second run exited $?"
grep -q '再開します（回答済み 2/25）' second.out || fail "did not resume"
grep -q '診断日' second.out && fail "asked the date again"
grep -q '\[3/25\]' second.out || fail "did not start at the first unanswered item"
grep -q $'\x1b\\[' second.out || fail "no colour on a terminal"
grep -q '結果: 100 / 100 点（入門レベルのセキュリティ対策は達成）' second.out || fail "no summary at the end"
grep -q 'レポートを見るには: secaction diagnose self-diagnosis-answers.yaml' second.out || fail "no way to the report"
grep -q '^## ' second.out && fail "the whole report was printed on the terminal"
"$secaction" validate self-diagnosis-answers.yaml > validate.out || fail "finished file does not validate"

# 3. The finished file goes straight to the end; with -o the report is written and named.
feed | script -qfec "$secaction diagnose --save self-diagnosis-answers.yaml -o report.md" /dev/null > third.out \
  || fail "third run exited $?"
grep -q '\[1/25\]' third.out && fail "a finished file asked questions again"
grep -q 'レポート: report.md' third.out || fail "the report file is not named"
grep -q '^## ' report.md || fail "no report in report.md"
echo "pty session ok"
