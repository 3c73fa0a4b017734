#!/usr/bin/env bash
# A batch shows its progress on standard error only when that is a terminal (util-linux `script`
# gives it one) and not with -q; a log or a pipe gets the summary line alone, and -q not even that.
#   progress_on_terminal.sh SECACTION EXAMPLE_ANSWERS WORK_DIR
set -euo pipefail
secaction=$(realpath "$1") example=$(realpath "$2") work=$3
rm -rf "$work" && mkdir -p "$work/in" && cd "$work"
unset LANG LC_ALL LC_MESSAGES SOURCE_DATE_EPOCH SECACTION_CONTENT
for i in $(seq 1 40); do sed "s/^  name: .*/  name: client-$i/" "$example" > "in/c$i.yaml"; done
fail() { echo "FAIL: $*" >&2; exit 1; }

# On a terminal: the count, rewritten in place, then the summary on a clean line.
script -qfec "$secaction diagnose in --out-dir out1 -j 2" /dev/null > terminal.out
grep -q $'\rsecaction: 40/40 inputs' terminal.out || fail "no progress on a terminal: $(cat -v terminal.out)"
grep -q 'secaction: 40 reports written to out1, 0 inputs failed' terminal.out || fail "no summary on a terminal"

# Not a terminal: no progress, the summary line only.
"$secaction" diagnose in --out-dir out2 -j 2 2> log.err
[ "$(cat log.err)" = "secaction: 40 reports written to out2, 0 inputs failed" ] || fail "not a terminal: $(cat -v log.err)"

# -q on a terminal: nothing at all on a successful run.
script -qfec "$secaction -q diagnose in --out-dir out3 -j 2" /dev/null > quiet.out
[ ! -s quiet.out ] || fail "-q printed: $(cat -v quiet.out)"

# A re-run without --force: one line for all the reports that exist, exit 4.
set +e
"$secaction" diagnose in --out-dir out2 2> again.err
code=$?
set -e
[ "$code" = 4 ] || fail "re-run exited $code"
[ "$(head -1 again.err)" = "secaction: 40 reports already exist in out2; use --force to overwrite them" ] || fail "re-run: $(cat again.err)"
[ "$(wc -l < again.err)" = 2 ] || fail "re-run printed more than two lines: $(cat again.err)"
echo "batch progress ok"
