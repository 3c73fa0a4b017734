#!/bin/bash
# SIGKILL in the middle of a scripted session leaves a valid answer file that resumes.
# Answers go through a FIFO one at a time; after the third is saved, the process is killed.
#   kill_during_session.sh SECACTION WORK_DIR
set -euo pipefail
secaction=$1 work=$2
rm -rf "$work" && mkdir -p "$work" && cd "$work"
unset LANG LC_ALL SOURCE_DATE_EPOCH SECACTION_CONTENT SECACTION_PACKS
export NO_COLOR=1
fail() { echo "FAIL: $*" >&2; exit 1; }

mkfifo answers.fifo
"$secaction" diagnose --interactive --save killed.yaml < answers.fifo > run.out 2> run.err &
pid=$!
exec 3> answers.fifo
wait_for() { # a line to appear in killed.yaml
  for _ in $(seq 1 100); do grep -qx "$1" killed.yaml 2>/dev/null && return 0; sleep 0.05; done
  fail "never saved: $1"
}
printf 'Acme\n2026-11-20\n\n' >&3; wait_for 'assessed_on: 2026-11-20' # organisation, date, assessor
printf 'yes\n' >&3; wait_for '  1: yes'
printf 'n\nmemo: "kill" # test\npartial\n' >&3; wait_for '  2: {answer: partial, note: "memo: \\"kill\\" # test"}'
printf 'no\n' >&3; wait_for '  3: no'
kill -9 "$pid"
wait "$pid" 2>/dev/null || true
exec 3>&-

"$secaction" validate --allow-missing killed.yaml > validate.out || fail "killed file does not validate: $(cat validate.out)"
grep -q 'answers to self-diagnosis, 3 items, 22 unanswered' validate.out || fail "unexpected validate output: $(cat validate.out)"

# Resume: answers 4–25 from a pipe; the report is printed and the note survived.
for _ in $(seq 4 25); do echo 1; done | "$secaction" diagnose --save killed.yaml > report.md 2> resume.err || fail "resume exited $?"
grep -q '再開します（回答済み 3/25）' resume.err || fail "did not resume from 3/25"
grep -qF 'memo: "kill" \# test' report.md || fail "note lost"
"$secaction" validate killed.yaml > /dev/null || fail "finished file does not validate"
echo "kill -9 ok"
