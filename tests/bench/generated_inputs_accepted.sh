#!/usr/bin/env bash
# bench/'s generated files are valid: for COUNT organisations, diagnose, checklist, benchmark and risk each
# accept every file (exit 0, one report and one summary row per file); `validate` accepts the
# answer files;
# generating again gives the same bytes; --malformed files are refused.
#   generated_inputs_accepted.sh GENERATOR SECACTION WORK_DIR COUNT
set -euo pipefail
generate=$1
secaction=$2
work=$3
count=$4
fail() { echo "FAIL: $*" >&2; exit 1; }
rm -rf "$work"
"$generate" "$work/a" "$count"
"$generate" "$work/b" "$count"
diff -r "$work/a" "$work/b" > /dev/null || fail "two runs of the generator differ"
for command in diagnose checklist benchmark risk; do
  files=$(find "$work/a/$command" -name '*.yaml' | wc -l)
  [[ $files == "$count" ]] || fail "$command: $files files generated, expected $count"
  status=0
  "$secaction" "$command" "$work/a/$command" --out-dir "$work/out-$command" --summary "$work/$command.csv" -j 2 \
    2> "$work/$command.stderr" || status=$?
  [[ $status == 0 ]] || { cat "$work/$command.stderr" >&2; fail "$command: exit status $status, expected 0"; }
  reports=$(find "$work/out-$command" -name '*.md' | wc -l)
  [[ $reports == "$count" ]] || fail "$command: $reports reports, expected $count"
  rows=$(($(wc -l < "$work/$command.csv") - 1))
  [[ $rows == "$count" ]] || fail "$command: $rows summary rows, expected $count"
done
# The checklist files are a mix of the shipped checklists: at least three different ones in 20 files.
kinds=$(grep -h '^instrument: ' "$work"/a/checklist/*.yaml | sort -u | wc -l)
[[ $kinds -ge 3 || $count -lt 20 ]] || fail "checklist: $kinds different checklists in $count files, expected a mix"
for file in "$work"/a/diagnose/org-000001.yaml "$work"/a/checklist/org-000001.yaml "$work"/a/benchmark/org-000001.yaml; do # validate does not read registers
  "$secaction" validate "$file" > /dev/null || fail "validate $file"
done
# Every 97th file of each kind is broken with --malformed: the batch says so (exit 3).
"$generate" "$work/bad" 100 --malformed
for command in diagnose checklist benchmark risk; do
  status=0
  "$secaction" "$command" "$work/bad/$command" --summary "$work/bad-$command.csv" 2> "$work/bad-$command.stderr" || status=$?
  [[ $status == 3 ]] || fail "$command --malformed: exit status $status, expected 3"
  errors=$(grep -c ': error: ' "$work/bad-$command.stderr" || true)
  [[ $errors == 1 ]] || fail "$command --malformed: $errors error lines, expected 1"
done
echo "ok: $count organisations × 4 commands accepted; generator deterministic; malformed files refused"
