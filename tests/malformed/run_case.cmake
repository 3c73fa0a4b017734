# Runs one malformed-input case: the real binary, in a scratch copy of inputs/, must exit with
# EXPECT_EXIT and print EXPECT_LINE as the first line of standard error (no crash, no sanitizer
# report: either would change the exit status or the output).
#   cmake -DSECACTION=… -DINPUTS=… -DWORK_DIR=… -DARGS="a;b" -DEXPECT_EXIT=3 -DEXPECT_LINE=… -P run_case.cmake
cmake_minimum_required(VERSION 3.25)
string(REPLACE "<semicolon>" ";" EXPECT_LINE "${EXPECT_LINE}")
file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}/a-directory.yaml")
file(COPY "${INPUTS}/" DESTINATION "${WORK_DIR}")
# Generated here rather than kept in the repository: a 17 MiB file, an unreadable one.
if("${ARGS}" MATCHES "huge.yaml")
  string(REPEAT "x" 1048576 mebibyte)
  string(REPEAT "${mebibyte}" 17 body)
  file(WRITE "${WORK_DIR}/huge.yaml" "instrument: self-diagnosis\nanswers:\n  1: {answer: yes, note: \"${body}\"}\n")
endif()
# Resource-exhaustion shapes (issue 15), each bounded by counting before anything is expanded.
if("${ARGS}" MATCHES "scalar-alias-bomb.yaml") # 1 MiB of text, aliased 3,000 times: 3 GB expanded
  string(REPEAT "x" 1048576 mebibyte)
  string(REPEAT "*b, " 2999 aliases)
  file(WRITE "${WORK_DIR}/scalar-alias-bomb.yaml" "instrument: self-diagnosis\nbig: &b \"${mebibyte}\"\nanswers: {1: yes}\nextra: [${aliases}*b]\n")
endif()
if("${ARGS}" MATCHES "plain-values.yaml") # no alias at all, 205,000 list entries
  string(REPEAT "1," 204999 entries)
  file(WRITE "${WORK_DIR}/plain-values.yaml" "instrument: self-diagnosis\nanswers: {1: yes}\nextra: [${entries}1]\n")
endif()
if("${ARGS}" MATCHES "register-many-rows.csv") # 250,000 rows (6 MB): refused at the first row past 20,000
  string(REPEAT "顧客名簿,書類,3,3,2\n" 250000 rows)
  file(WRITE "${WORK_DIR}/register-many-rows.csv" "情報資産名称,媒体・保存先,機密性,完全性,可用性\n${rows}")
endif()
if("${ARGS}" MATCHES "register-many-assets.yaml") # 20,001 assets, each too small to reach the value limit
  string(REPEAT "{}, " 20000 assets)
  file(WRITE "${WORK_DIR}/register-many-assets.yaml" "assets: [${assets}{}]\n")
endif()
if("${ARGS}" MATCHES "deep-block.yaml") # 600 levels of block mappings, past yaml-cpp's own limit
  set(body "instrument: self-diagnosis\nanswers:\n")
  foreach(level RANGE 1 600)
    string(REPEAT " " ${level} indent)
    string(APPEND body "${indent}a:\n")
  endforeach()
  file(WRITE "${WORK_DIR}/deep-block.yaml" "${body}")
endif()
if("${ARGS}" MATCHES "unreadable.yaml")
  file(WRITE "${WORK_DIR}/unreadable.yaml" "instrument: self-diagnosis\n")
  file(CHMOD "${WORK_DIR}/unreadable.yaml" PERMISSIONS OWNER_WRITE)
  execute_process(COMMAND id -u OUTPUT_VARIABLE uid OUTPUT_STRIP_TRAILING_WHITESPACE)
  if(uid STREQUAL "0")
    message(STATUS "skipped: root can read any file")
    return()
  endif()
endif()
foreach(var LANG LC_ALL LC_MESSAGES SOURCE_DATE_EPOCH SECACTION_CONTENT SECACTION_PACKS)
  unset(ENV{${var}})
endforeach()
execute_process(COMMAND "${SECACTION}" ${ARGS} WORKING_DIRECTORY "${WORK_DIR}" INPUT_FILE /dev/null
  OUTPUT_QUIET ERROR_VARIABLE err RESULT_VARIABLE code)
string(REGEX REPLACE "\n.*" "" first_line "${err}")
if(DEFINED ENV{SECACTION_PRINT_CASE})
  message("RESULT\t${code}\t${first_line}")
  return()
endif()
if(NOT code STREQUAL "${EXPECT_EXIT}" OR NOT first_line STREQUAL "${EXPECT_LINE}")
  message(FATAL_ERROR "expected exit ${EXPECT_EXIT} and\n  ${EXPECT_LINE}\ngot exit ${code} and\n  ${first_line}\n(whole stderr:\n${err})")
endif()
# MAX_CPU_MS (the alias bombs): the refusal must also be quick. What is limited is the CPU time
# (user + system, so a busy machine does not make the test flaky) the bomb adds to the same command
# on a tiny answer file: starting the process and loading the content are the same for both, and
# under ASan they alone take several hundred milliseconds. Each is the least of three runs.
function(least_cpu_ms out_var)
  set(least "")
  foreach(run 1 2 3)
    execute_process(COMMAND bash -c "TIMEFORMAT='%3U %3S'; { time \"$@\" >/dev/null 2>&1; } 2>&1" time "${SECACTION}" ${ARGN}
      WORKING_DIRECTORY "${WORK_DIR}" INPUT_FILE /dev/null OUTPUT_VARIABLE times OUTPUT_STRIP_TRAILING_WHITESPACE)
    if(NOT times MATCHES "^([0-9]+)\\.([0-9]+) ([0-9]+)\\.([0-9]+)$")
      message(FATAL_ERROR "could not time the run: '${times}'")
    endif()
    math(EXPR ms "${CMAKE_MATCH_1} * 1000 + ${CMAKE_MATCH_2} + ${CMAKE_MATCH_3} * 1000 + ${CMAKE_MATCH_4}")
    if(least STREQUAL "" OR ms LESS least)
      set(least ${ms})
    endif()
  endforeach()
  set(${out_var} ${least} PARENT_SCOPE)
endfunction()
if(DEFINED MAX_CPU_MS)
  file(WRITE "${WORK_DIR}/baseline.yaml" "instrument: self-diagnosis\nanswers:\n  1: {answer: yes}\n")
  string(REGEX REPLACE "[^;]*alias-bomb[^;]*\\.yaml" "baseline.yaml" baseline_args "${ARGS}")
  least_cpu_ms(bomb_ms ${ARGS})
  least_cpu_ms(baseline_ms ${baseline_args})
  math(EXPR added_ms "${bomb_ms} - ${baseline_ms}")
  if(added_ms GREATER MAX_CPU_MS)
    message(FATAL_ERROR "refused correctly, but took ${bomb_ms} ms of CPU, ${added_ms} ms more than a tiny file "
                        "(${baseline_ms} ms); the limit is ${MAX_CPU_MS} ms more")
  endif()
  message(STATUS "${bomb_ms} ms of CPU; a tiny file ${baseline_ms} ms (limit: ${MAX_CPU_MS} ms more)")
endif()
