#!/usr/bin/python3
"""Parses every unity batch of a configured unity build (the ci, asan-ubsan and release presets) with
-fsyntax-only, two at a time, and prints the errors of each batch that does not compile: usually two
files of one batch defining the same name in an anonymous namespace (docs/ARCHITECTURE.md, "Tests").

  scripts/unity-check.py build/ci/compile_commands.json

Exit status 1 when a batch fails. Only configuring is needed: the batches are written at configure
time, and parsing takes a few minutes where building takes twenty."""
import concurrent.futures
import json
import re
import subprocess
import sys


def check(entry):
    command = re.sub(r" -o \S+", " ", entry["command"])
    command = re.sub(r" -MD -MT \S+ -MF \S+", " ", command).replace(" -c ", " -fsyntax-only ")
    result = subprocess.run(command, shell=True, cwd=entry["directory"], capture_output=True, text=True)
    errors = [line for line in result.stderr.splitlines() if "error:" in line]
    return entry["file"].split("/CMakeFiles/")[-1], result.returncode, errors


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    with open(sys.argv[1], encoding="utf-8") as file:
        batches = [entry for entry in json.load(file) if "/Unity/" in entry["file"]]
    if not batches:
        sys.exit(f"{sys.argv[1]}: no unity batches: configure with -DCMAKE_UNITY_BUILD=ON (the ci preset does)")
    failed = 0
    with concurrent.futures.ThreadPoolExecutor(2) as pool:
        for name, status, errors in pool.map(check, batches):
            if status != 0:
                failed += 1
                print(name)
                for line in errors[:5]:
                    print("   ", line)
    print(f"{len(batches)} unity batches parsed, {failed} failed")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
