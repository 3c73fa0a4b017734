#!/usr/bin/env bash
# bench/'s start-up launcher (bench/run's figures for issue 19's targets 1 and 2) runs each command
# the number of times asked, interleaved, and prints one line per command: its index, the wall times
# in microseconds and the page-fault counts, one per run. A failing run stops it (exit 1, naming the
# command): a start-up figure of a run that failed would mean nothing.
#   startup_launcher.sh LAUNCHER SECACTION WORK_DIR
set -euo pipefail
launcher=$1
secaction=$2
work=$3
fail() { echo "FAIL: $*" >&2; exit 1; }
rm -rf "$work"
mkdir -p "$work"
# Each run appends a line to a log, so the order of the runs shows.
cat > "$work/note.sh" <<'SCRIPT'
#!/bin/sh
echo "$1" >> "$2"
SCRIPT
chmod +x "$work/note.sh"
"$launcher" 3 "$work/output" "$work/note.sh" a "$work/log" -- "$work/note.sh" b "$work/log" -- "$secaction" --version > "$work/samples"
[[ $(tr '\n' ' ' < "$work/log") == "a b a b a b " ]] || fail "runs not interleaved: $(tr '\n' ' ' < "$work/log")"
[[ $(wc -l < "$work/samples") == 3 ]] || fail "expected a line per command: $(cat "$work/samples")"
awk -F'\t' 'NF != 3 || $1 != NR - 1 || split($2, w, " ") != 3 || split($3, f, " ") != 3 { bad = 1 }
  { for (i in w) if (w[i] !~ /^[0-9]+$/ || w[i] == 0) bad = 1; for (i in f) if (f[i] !~ /^[0-9]+$/ || f[i] == 0) bad = 1 }
  END { exit bad }' "$work/samples" || fail "malformed samples: $(cat "$work/samples")"
grep -q '^secaction ' "$work/output" || fail "the command's output did not go to the output file: $(cat "$work/output")"
# A failing run stops the launcher and names the command.
status=0
"$launcher" 2 "$work/output" "$secaction" --no-such-option > "$work/fail.stdout" 2> "$work/fail.stderr" || status=$?
[[ $status == 1 ]] || fail "a failing command: exit status $status, expected 1"
grep -q -- "--no-such-option\` failed (status 2)" "$work/fail.stderr" || fail "a failing command: $(cat "$work/fail.stderr")"
# Usage errors.
status=0
"$launcher" 0 "$work/output" "$secaction" --version 2> "$work/usage.stderr" || status=$?
[[ $status == 2 ]] || fail "RUNS 0: exit status $status, expected 2"
status=0
"$launcher" 1 "$work/output" "$secaction" --version -- 2> "$work/usage.stderr" || status=$?
[[ $status == 2 ]] || fail "a trailing --: exit status $status, expected 2"
echo "ok: the start-up launcher interleaves, times and counts each run, and stops on a failing one"
