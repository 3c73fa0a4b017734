# Sourced by the build scripts (test, fuzz, quickstart): ccache serves every build when installed
# (CI starts from an empty cache, so nothing counts on it), unless CMAKE_CXX_COMPILER_LAUNCHER is
# already set; cmake --build runs 2 jobs (the machine's cores) unless CMAKE_BUILD_PARALLEL_LEVEL
# says otherwise. Both apply when a build directory is first configured or built.
if [[ -z ${CMAKE_CXX_COMPILER_LAUNCHER:-} ]] && command -v ccache > /dev/null; then
  export CMAKE_CXX_COMPILER_LAUNCHER=ccache
fi
export CMAKE_BUILD_PARALLEL_LEVEL=${CMAKE_BUILD_PARALLEL_LEVEL:-2}
mkdir -p build
