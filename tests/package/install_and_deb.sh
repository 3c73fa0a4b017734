#!/usr/bin/env bash
# Distribution: `cmake --install` puts the binary, man pages, completions, examples and docs in the
# usual places under a prefix, and `cpack -G DEB` builds a package that declares its runtime
# libraries and runs once unpacked into a scratch root (no container, nothing installed on this
# machine; `apt-get install -s` only simulates the install to check the dependencies resolve).
#   install_and_deb.sh BUILD_DIR WORK_DIR
set -euo pipefail
build=$(realpath "$1") work=$2
rm -rf "$work" && mkdir -p "$work" && cd "$work" && work=$(pwd)
unset LANG LC_ALL LC_MESSAGES SOURCE_DATE_EPOCH SECACTION_CONTENT
fail() { echo "FAIL: $*" >&2; exit 1; }

# Runs the installed tree under ROOT/PREFIX: --version, one report, and every file in place.
check_tree() {
  local root=$1 label=$2 bin="$1/usr/bin/secaction" doc="$1/usr/share/doc/secaction"
  [ -x "$bin" ] || fail "$label: no $bin"
  "$bin" --version | grep -q '^secaction 0\.' || fail "$label: --version: $("$bin" --version)"
  "$bin" diagnose "$doc/examples/self-diagnosis.yaml" -o "$work/$label-report.md" \
    || fail "$label: diagnose of the installed example failed"
  grep -q '5分でできる！情報セキュリティ自社診断' "$work/$label-report.md" || fail "$label: no report"
  for file in share/man/man1/secaction.1 share/man/man1/secaction-diagnose.1 \
              share/bash-completion/completions/secaction share/zsh/vendor-completions/_secaction \
              share/fish/vendor_completions.d/secaction.fish \
              share/doc/secaction/LICENSE share/doc/secaction/NOTICE share/doc/secaction/README.md \
              share/doc/secaction/CONTENT.md share/doc/secaction/examples/risk-register.csv \
              share/secaction/content/instruments/self-diagnosis.yaml; do
    [ -s "$root/usr/$file" ] || fail "$label: $file not installed"
  done
  # The installed bash completion is the binary's own (generated from the command table).
  cmp -s "$root/usr/share/bash-completion/completions/secaction" <("$bin" completion bash) \
    || fail "$label: installed bash completion differs from 'secaction completion bash'"
}

# cmake --install into a prefix.
cmake --install "$build" --prefix "$work/prefix/usr" > install.log
check_tree "$work/prefix" install

# cpack -G DEB, then the package's metadata and its files unpacked into a scratch root.
cpack --config "$build/CPackConfig.cmake" -G DEB -B "$work/deb" > cpack.log 2>&1 || fail "cpack: $(tail -5 cpack.log)"
deb=$(ls "$work"/deb/secaction_*_*.deb)
[ "$(dpkg-deb -f "$deb" Package)" = secaction ] || fail "package name"
depends=$(dpkg-deb -f "$deb" Depends)
for library in libyaml-cpp0.7 libfmt9 libspdlog libutf8proc2 libstdc++6; do
  [[ "$depends" == *"$library"* ]] || fail "Depends lacks $library: $depends"
done
dpkg-deb -x "$deb" "$work/root"
check_tree "$work/root" deb
if command -v apt-get > /dev/null; then
  apt-get install -s "$deb" > apt.log 2>&1 || fail "apt-get install -s: $(tail -5 apt.log)"
  grep -q '^Inst secaction ' apt.log || fail "apt-get would not install the package: $(tail -5 apt.log)"
fi
echo "install and package ok"
