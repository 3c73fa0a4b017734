#!/usr/bin/env bash
# A batch of COUNT generated answer files (some malformed, some with colliding names) gives a
# report and a summary row per good file, one stderr line per bad file and exit 3 (issue 7's
# "done when"); with several JOBS values, byte-identical reports, summaries and messages.
#   same_output_any_jobs.sh SECACTION WORK_DIR COUNT JOBS...
set -euo pipefail
secaction=$1
work=$2
count=$3
shift 3
jobs_list=("$@")
rm -rf "$work"
mkdir -p "$work/in"
choices=(yes partial no unknown)
bad=0
for ((i = 1; i <= count; i++)); do
  file=$(printf '%s/in/client-%05d.yaml' "$work" "$i")
  if ((i % 37 == 0)); then
    printf 'instrument: self-diagnosis\nanswers: [unclosed\n' > "$file" # YAML syntax error
    bad=$((bad + 1))
    continue
  fi
  name="Client $i"
  ((i % 50 == 0)) && name="Same Name Co" # colliding report names
  {
    printf 'instrument: self-diagnosis\norganization:\n  name: "%s"\nassessed_on: 2026-11-20\nanswers:\n' "$name"
    for ((q = 1; q <= 25; q++)); do
      if ((i % 53 == 0 && q == 7)); then
        printf '  %d: sometimes\n' "$q" # not a valid answer
      else
        printf '  %d: %s\n' "$q" "${choices[$(((i * q + q) % 4))]}"
      fi
    done
  } > "$file"
  ((i % 53 == 0)) && bad=$((bad + 1))
done

run() {
  local jobs=$1
  set +e
  "$secaction" diagnose "$work/in" --out-dir "$work/out-$jobs" --summary "$work/summary-$jobs.csv" -j "$jobs" 2> "$work/stderr-$jobs"
  echo $? > "$work/exit-$jobs"
  set -e
}
fail() { echo "FAIL: $*" >&2; exit 1; }
good=$((count - bad))
first=${jobs_list[0]}
for jobs in "${jobs_list[@]}"; do
  start=$(date +%s)
  run "$jobs"
  echo "-j $jobs: $count files in $(($(date +%s) - start)) s; $(tail -n 1 "$work/stderr-$jobs")"
  [[ $(cat "$work/exit-$jobs") == 3 ]] || fail "-j $jobs: exit status $(cat "$work/exit-$jobs"), expected 3"
  reports=$(find "$work/out-$jobs" -type f -name '*.md' | wc -l)
  [[ $reports == "$good" ]] || fail "-j $jobs: $reports reports, expected $good"
  rows=$(($(wc -l < "$work/summary-$jobs.csv") - 1))
  [[ $rows == "$good" ]] || fail "-j $jobs: $rows summary rows, expected $good"
  errors=$(grep -c ': error: ' "$work/stderr-$jobs" || true)
  [[ $errors == "$bad" ]] || fail "-j $jobs: $errors error lines, expected $bad"
  lines=$(wc -l < "$work/stderr-$jobs")
  [[ $lines == $((bad + 1)) ]] || fail "-j $jobs: $lines stderr lines, expected one per bad file and a last line"
  [[ -f "$work/out-$jobs/Same_Name_Co-2.md" ]] || fail "-j $jobs: colliding names were not numbered"
  if [[ $jobs != "$first" ]]; then
    diff -r "$work/out-$first" "$work/out-$jobs" > /dev/null || fail "reports differ between -j $first and -j $jobs"
    cmp "$work/summary-$first.csv" "$work/summary-$jobs.csv" || fail "summaries differ between -j $first and -j $jobs"
    # The last line names the output directory, which differs.
    cmp <(sed '$d' "$work/stderr-$first") <(sed '$d' "$work/stderr-$jobs") || fail "messages differ between -j $first and -j $jobs"
  fi
done
[[ -z $(find "$work" -name '.*tmp*') ]] || fail "temporary files left behind"
echo "ok: $count inputs, $good reports, $bad errors"
