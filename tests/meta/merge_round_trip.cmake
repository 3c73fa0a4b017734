# A merged answer file is an ordinary answer file: `secaction merge` then `secaction diagnose`.
#   cmake -DSECACTION=path -DCASE_DIR=tests/golden/merge/no-wins -DWORK_DIR=dir -P merge_round_trip.cmake
cmake_minimum_required(VERSION 3.25)
file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}")
foreach(var LANG LC_ALL LC_MESSAGES SOURCE_DATE_EPOCH SECACTION_CONTENT SECACTION_PACKS)
  unset(ENV{${var}})
endforeach()
execute_process(COMMAND "${SECACTION}" merge "${CASE_DIR}/sales.yaml" "${CASE_DIR}/admin.yaml" "${CASE_DIR}/factory.yaml"
                        -o "${WORK_DIR}/merged.yaml"
                RESULT_VARIABLE rc ERROR_VARIABLE errors)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "merge exited ${rc}: ${errors}")
endif()
execute_process(COMMAND "${SECACTION}" diagnose "${WORK_DIR}/merged.yaml" --format json
                RESULT_VARIABLE rc OUTPUT_VARIABLE result ERROR_VARIABLE errors)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "diagnose of the merged file exited ${rc}: ${errors}")
endif()
# Items 1-3 merge to `no` (0 points), the other 22 are `yes` (4 points each).
string(JSON total GET "${result}" score total)
if(NOT total EQUAL 88)
  message(FATAL_ERROR "merged total ${total}, expected 88")
endif()
