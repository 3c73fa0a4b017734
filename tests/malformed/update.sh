#!/usr/bin/env bash
# Fills in the exit status and first error line of every case in cases.tsv from the binary given
# as $1 (e.g. build/dev/cmd/secaction). Read the diff before committing it.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
secaction=$(realpath "$1")
tmp=$(mktemp)
while IFS= read -r line; do
  if [[ "$line" == \#* || -z "$line" ]]; then printf '%s\n' "$line" >> "$tmp"; continue; fi
  IFS=$'\t' read -r name _ args _ <<< "$line"
  result=$(SECACTION_PRINT_CASE=1 cmake -DSECACTION="$secaction" -DINPUTS="$here/inputs" -DWORK_DIR="$(mktemp -d)" \
           "-DARGS=${args// /;}" -P "$here/run_case.cmake" 2>&1 | grep -m1 $'^RESULT\t' || true)
  if [ -z "$result" ]; then printf '%s\n' "$line" >> "$tmp"; continue; fi
  IFS=$'\t' read -r _ code first <<< "$result"
  printf '%s\t%s\t%s\t%s\n' "$name" "$code" "$args" "$first" >> "$tmp"
done < "$here/cases.tsv"
mv "$tmp" "$here/cases.tsv"
