#!/usr/bin/env bash
# The generated completion scripts complete what a user types: commands, options, option values,
# checklist names and files. bash always; zsh and fish when installed (their checks are skipped,
# with a note, on a machine without them).
#   complete.sh SECACTION WORK_DIR
set -euo pipefail
secaction=$(realpath "$1")
work=$2
rm -rf "$work"
mkdir -p "$work/reports"
cd "$work"
touch example-answers.yaml
"$secaction" completion bash > secaction.bash
"$secaction" completion zsh > _secaction
"$secaction" completion fish > secaction.fish
failures=0

# expect SHELL "command line" word...: every word is among the candidates.
check() {
  local shell=$1 line=$2 candidates=$3
  shift 3
  for word in "$@"; do
    if ! grep -qxF -- "$word" <<< "$candidates"; then
      echo "FAIL ($shell): '$line' does not offer '$word'; offered:" $candidates
      failures=$((failures + 1))
    fi
  done
}
refuse() {
  local shell=$1 line=$2 candidates=$3 word=$4
  if grep -qxF -- "$word" <<< "$candidates"; then
    echo "FAIL ($shell): '$line' offers '$word'"
    failures=$((failures + 1))
  fi
}

bash_complete() {
  bash -c 'source ./secaction.bash
    read -ra COMP_WORDS <<< "$1"
    [[ "$1" == *" " ]] && COMP_WORDS+=("")
    COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
    _secaction
    printf "%s\n" "${COMPREPLY[@]}"' bash "$1"
}
b() { local line=$1; shift; check bash "$line" "$(bash_complete "$line")" "$@"; }
b "secaction dia" diagnose
b "secaction " diagnose checklist benchmark risk policy validate compare trend merge plan help completion
b "secaction --" --lang --content --as-of --quiet --verbose --version
b "secaction diagnose --for" --format
b "secaction diagnose --format " md csv json
b "secaction diagnose -f " md csv json
b "secaction diagnose --" --template --fail-under --out-dir --summary --jobs --no-chart --lang --quiet
b "secaction --lang " ja en
b "secaction risk --fail-on " high medium
b "secaction risk --edition " 3.1 3
b "secaction checklist cl" cloud
b "secaction checklist " list security-action cloud executive-7 five-principles incident-response management outsourcing telework
b "secaction checklist ex" executive-7 example-answers.yaml
b "secaction diagnose ex" example-answers.yaml
b "secaction diagnose -o ex" example-answers.yaml
b "secaction diagnose --out-dir re" reports
b "secaction help di" diagnose
b "secaction completion " bash zsh fish
b "secaction --lang en trend --" --chart --no-chart
refuse bash "secaction completion " "$(bash_complete "secaction completion ")" example-answers.yaml

if command -v zsh > /dev/null; then
  zsh -n _secaction || { echo "FAIL (zsh): syntax"; failures=$((failures + 1)); }
  # The completion system's functions are replaced by ones that print their candidates.
  zsh_complete() {
    zsh -c 'compadd() { [[ $1 == -- ]] && shift; print -l -- "$@"; }
      _describe() { local -a list; list=("${(@P)2}"); print -l -- "${list[@]%%:*}"; }
      _files() { print -l -- *(N); }
      compdef() { :; }
      source ./_secaction
      words=(${=1}); [[ $1 == *" " ]] && words+=("")
      CURRENT=${#words}
      _secaction' zsh "$1"
  }
  z() { local line=$1; shift; check zsh "$line" "$(zsh_complete "$line")" "$@"; }
  z "secaction " diagnose checklist completion
  z "secaction diagnose --format " md csv json
  z "secaction diagnose --" --format --template --lang
  z "secaction checklist " list security-action cloud example-answers.yaml
  z "secaction --lang " ja en
  z "secaction risk --fail-on " high medium
else
  echo "note: zsh is not installed; its completion is not checked"
fi

if command -v fish > /dev/null; then
  fish -n secaction.fish || { echo "FAIL (fish): syntax"; failures=$((failures + 1)); }
  fish_complete() { fish --no-config -c "source ./secaction.fish; complete -C '$1'" | cut -f1; }
  f() { local line=$1; shift; check fish "$line" "$(fish_complete "$line")" "$@"; }
  f "secaction dia" diagnose
  f "secaction diagnose --for" --format
  f "secaction diagnose --format " md csv json
  f "secaction checklist " list security-action cloud example-answers.yaml
  f "secaction --lang " ja en
  f "secaction risk --fail-on " high medium
  f "secaction diagnose ex" example-answers.yaml
else
  echo "note: fish is not installed; its completion is not checked"
fi

if [ "$failures" -gt 0 ]; then
  echo "$failures completion check(s) failed"
  exit 1
fi
echo "completion checks passed"
