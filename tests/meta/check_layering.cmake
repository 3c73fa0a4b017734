# The one-way layering of docs/ARCHITECTURE.md, enforced by looking at #include lines.
cmake_minimum_required(VERSION 3.25)
set(failures "")

function(forbid glob pattern why)
  file(GLOB_RECURSE files "${ROOT}/${glob}")
  foreach(file IN LISTS files)
    file(STRINGS "${file}" hits REGEX "${pattern}")
    if(hits)
      file(RELATIVE_PATH rel "${ROOT}" "${file}")
      set(failures "${failures}${rel}: ${hits} (${why})\n" PARENT_SCOPE)
    endif()
  endforeach()
endfunction()

# yaml-cpp is used in exactly one file.
file(GLOB_RECURSE lib_files "${ROOT}/lib/*.cpp" "${ROOT}/lib/*.hpp" "${ROOT}/cmd/*.cpp" "${ROOT}/cmd/*.hpp")
foreach(file IN LISTS lib_files)
  file(STRINGS "${file}" hits REGEX "#include <yaml-cpp/")
  if(hits AND NOT file MATCHES "lib/secaction/load/yaml_reader.cpp$")
    set(failures "${failures}${file}: includes yaml-cpp (only load/yaml_reader.cpp may)\n")
  endif()
endforeach()
# kainjow-mustache is used in exactly one file too (templates are TemplateData and render_template).
file(GLOB_RECURSE template_users "${ROOT}/lib/*.?pp" "${ROOT}/cmd/*.?pp" "${ROOT}/fuzz/*.?pp" "${ROOT}/bench/*.?pp" "${ROOT}/tests/*.?pp")
foreach(file IN LISTS template_users)
  file(STRINGS "${file}" hits REGEX "#include <kainjow/")
  if(hits AND NOT file MATCHES "lib/secaction/core/text_template.cpp$")
    set(failures "${failures}${file}: includes kainjow-mustache (only core/text_template.cpp may)\n")
  endif()
endforeach()
forbid("lib/*.?pp" "#include <CLI/" "the library knows nothing of the command line")
forbid("lib/*.?pp" "#include \"(cli|context|command_table|commands/)" "the library does not include cmd/")
foreach(engine questionnaire readiness benchmark risk interactive policy report history steps)
  forbid("lib/secaction/${engine}/*.?pp" "#include \"secaction/(content|io|load)/" "engines and renderers take values, not files")
  forbid("lib/secaction/${engine}/*.?pp" "getenv|<chrono>|<fstream>|<filesystem>|system_clock|std::time" "no environment, clock or files")
endforeach()
# Every directory of lib/secaction other than core/ and report/ is a loader or an engine.
forbid("lib/secaction/report/*.?pp" "#include \"secaction/(content|io|load|questionnaire|readiness|benchmark|risk|interactive|policy|history|steps)/"
       "renderers do not know the engines")
forbid("lib/secaction/core/*.?pp" "#include \"secaction/(content|io|load|questionnaire|readiness|benchmark|risk|interactive|policy|report|history|steps)/"
       "core depends on nothing")
# The interactive session is driven by cmd; no loader or engine depends on it, and it uses no terminal.
foreach(layer core io load content questionnaire readiness benchmark risk policy report history steps)
  forbid("lib/secaction/${layer}/*.?pp" "#include \"secaction/interactive/" "only cmd drives a session")
endforeach()
forbid("lib/secaction/interactive/*.?pp" "#include <(unistd|termios|sys/ioctl|csignal|iostream)" "the session engine does no I/O")
# merge and plan (issue 7) are pure engines too: no files, clock or environment; only cmd uses them.
foreach(engine merge plan)
  forbid("lib/secaction/${engine}/*.?pp" "#include \"secaction/(content|io|load|interactive)/" "engines take values, not files")
  forbid("lib/secaction/${engine}/*.?pp" "getenv|<chrono>|<fstream>|<filesystem>|system_clock|std::time" "no environment, clock or files")
endforeach()
# A new directory under lib/secaction must be placed in a layer above before it can be used.
file(GLOB layer_dirs LIST_DIRECTORIES true RELATIVE "${ROOT}/lib/secaction" "${ROOT}/lib/secaction/*")
foreach(dir IN LISTS layer_dirs)
  if(NOT dir MATCHES "^(core|io|load|content|questionnaire|readiness|benchmark|risk|interactive|policy|report|history|merge|plan|steps)$")
    set(failures "${failures}lib/secaction/${dir}: not in any layer; add it to tests/meta/check_layering.cmake and docs/ARCHITECTURE.md\n")
  endif()
endforeach()

if(failures)
  message(FATAL_ERROR "layering violations:\n${failures}")
endif()
