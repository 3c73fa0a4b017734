# Sourced by scripts/test and .ci/run: runs stages (long commands) side by side, each with its output
# in build/STAGE.log, and reports each stage's time and result when it ends.
#   stage_start NAME COMMAND...   starts COMMAND in the background
#   stage_wait_all                waits for every started stage; shows the log tail of a failed one
#                                 and the closing lines (ctest's summary) of a passed one; fails if
#                                 any stage failed
# Also sets up ccache and the build jobs (scripts/build-env.sh).
source "$(dirname "${BASH_SOURCE[0]}")/build-env.sh"

stage_names=()
stage_pids=()

stage_start() {
  local name=$1
  shift
  echo "$name: started: $*" >&2
  (
    start=$SECONDS
    if "$@" > "build/$name.log" 2>&1 < /dev/null; then status=0; else status=$?; fi
    echo "$((SECONDS - start)) s (ended at $SECONDS s)" > "build/$name.time"
    exit "$status"
  ) &
  stage_pids+=($!)
  stage_names+=("$name")
}

stage_wait_all() {
  local i failed=0 log
  for i in "${!stage_pids[@]}"; do
    log=build/${stage_names[i]}.log
    if wait "${stage_pids[i]}"; then
      echo "${stage_names[i]}: passed in $(cat "build/${stage_names[i]}.time"); $log" >&2
      # ctest's closing lines, or else the stage's own last lines, say what ran.
      grep -A3 -E '^[0-9]+% tests passed' "$log" || tail -n 20 "$log"
    else
      echo "${stage_names[i]}: FAILED after $(cat "build/${stage_names[i]}.time"); the end of $log:" >&2
      tail -n 80 "$log" >&2
      failed=1
    fi
  done
  stage_names=()
  stage_pids=()
  return "$failed"
}
