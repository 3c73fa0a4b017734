#!/usr/bin/env bash
# bench/'s job floor writes what secaction writes: for COUNT generated organisations, secaction
# diagnose and checklist (reports and charts) make an output directory and a summary; the floor,
# given that directory's list of sizes (made as bench/run makes it), writes the same file names
# with the same sizes and a summary of the same size, atomically: no temporary file is left, and
# a temporary name that is already taken stops it (O_EXCL) instead of being overwritten; on two
# threads (--jobs 2) it writes the same.
#   job_floor_like_secaction.sh GENERATOR FLOOR SECACTION WORK_DIR COUNT
set -euo pipefail
generate=$1
floor=$2
secaction=$3
work=$4
count=$5
fail() { echo "FAIL: $*" >&2; exit 1; }
listing() { (cd "$1" && find . -mindepth 1 -printf '%y %s\t%P\n' | LC_ALL=C sort -t $'\t' -k 2); }
rm -rf "$work"
mkdir -p "$work"
"$generate" "$work/in" "$count"
for command in diagnose checklist; do
  "$secaction" "$command" "$work/in/$command" --out-dir "$work/out-$command" --summary "$work/out-$command.csv" -j 2 2> /dev/null
  (cd "$work/out-$command" && find . -type f -printf '%s\t%P\n' | LC_ALL=C sort -t $'\t' -k 2) > "$work/$command.sizes"
  files=$(wc -l < "$work/$command.sizes")
  ((files > count)) || fail "$command: $files output files for $count inputs; expected reports and charts"
  summary_bytes=$(stat -c %s "$work/out-$command.csv")
  "$floor" --job "$work/$command.sizes" "$work/floor-$command" --summary "$summary_bytes" "$work/floor-$command.csv" \
    "$work/in/$command" 2> "$work/floor-$command.stderr" || fail "$command: the job floor failed: $(cat "$work/floor-$command.stderr")"
  grep -q "$count files, $count maps, 0 failed; wrote $files files and a summary" "$work/floor-$command.stderr" ||
    fail "$command: the job floor says: $(cat "$work/floor-$command.stderr")"
  diff <(listing "$work/out-$command") <(listing "$work/floor-$command") > "$work/$command.diff" ||
    fail "$command: the job floor's files differ from secaction's (names, sizes or temporary files left): $(head -n 5 "$work/$command.diff")"
  [[ $(stat -c %s "$work/floor-$command.csv") == "$summary_bytes" ]] || fail "$command: summary of another size"
  leftovers=$(find "$work" -maxdepth 1 -name '.floor-*' | wc -l)
  [[ $leftovers == 0 ]] || fail "$command: the summary's temporary file was left"
  "$floor" --jobs 2 --job "$work/$command.sizes" "$work/floor2-$command" --summary "$summary_bytes" "$work/floor2-$command.csv" \
    "$work/in/$command" 2> "$work/floor2-$command.stderr" || fail "$command: the job floor on 2 threads failed"
  grep -q "$count files, $count maps, 0 failed; wrote $files files and a summary (2 threads)" "$work/floor2-$command.stderr" ||
    fail "$command: the job floor on 2 threads says: $(cat "$work/floor2-$command.stderr")"
  diff <(listing "$work/out-$command") <(listing "$work/floor2-$command") > "$work/$command-2.diff" ||
    fail "$command: the job floor's files on 2 threads differ from secaction's: $(head -n 5 "$work/$command-2.diff")"
  [[ $(stat -c %s "$work/floor2-$command.csv") == "$summary_bytes" ]] || fail "$command: summary of another size on 2 threads"
done
# The parse floor alone reads the same files and writes nothing.
"$floor" "$work/in/diagnose" 2> "$work/parse.stderr"
grep -q "$count files, $count maps, 0 failed$" "$work/parse.stderr" || fail "parse floor says: $(cat "$work/parse.stderr")"
# O_EXCL: a taken temporary name is an error, and the file holding it is left as it was.
mkdir -p "$work/taken"
echo keep > "$work/taken/.floor-0-0.tmp" # worker 0, output 0
status=0
"$floor" --job "$work/diagnose.sizes" "$work/taken" "$work/in/diagnose" 2> "$work/taken.stderr" || status=$?
[[ $status == 4 ]] || fail "a taken temporary name: exit status $status, expected 4"
grep -q 'cannot create .*\.floor-0-0\.tmp: File exists' "$work/taken.stderr" || fail "a taken temporary name: $(cat "$work/taken.stderr")"
[[ $(cat "$work/taken/.floor-0-0.tmp") == keep ]] || fail "the file under the taken temporary name was changed"
echo "ok: the job floor writes secaction's $count-input outputs' names and sizes atomically (diagnose, checklist)"
