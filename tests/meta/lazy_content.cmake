# A single run loads only the content it uses (issue 19): with a copy of the content whose website
# checklist is broken, scoring a cloud answer file succeeds, while `checklist list` (which loads
# every checklist) still reports the broken file. Fails if a single-file run loads every instrument.
cmake_minimum_required(VERSION 3.25)
set(failures "")
set(copy "${WORK_DIR}/content")
file(REMOVE_RECURSE "${copy}")
file(COPY "${ROOT}/content/" DESTINATION "${copy}")
file(APPEND "${copy}/instruments/website.yaml" "not_in_the_schema: true\n")
execute_process(COMMAND "${SECACTION}" --lang en --content "${copy}" checklist "${ROOT}/tests/fixtures/checklist/cloud.yaml"
                RESULT_VARIABLE code OUTPUT_QUIET ERROR_VARIABLE err)
if(NOT code EQUAL 0)
  set(failures "${failures}checklist cloud.yaml loaded the unrelated, broken website checklist (${code}): ${err}\n")
endif()
execute_process(COMMAND "${SECACTION}" --lang en --content "${copy}" checklist list
                RESULT_VARIABLE code OUTPUT_QUIET ERROR_VARIABLE err)
if(NOT code EQUAL 3 OR NOT err MATCHES "instruments/website.yaml:[0-9]+:[0-9]+: error: ")
  set(failures "${failures}checklist list did not report the broken website checklist (${code}): ${err}\n")
endif()
execute_process(COMMAND "${SECACTION}" --lang en --content "${copy}" diagnose "${ROOT}/examples/self-diagnosis.yaml"
                RESULT_VARIABLE code OUTPUT_QUIET ERROR_VARIABLE err)
if(NOT code EQUAL 0)
  set(failures "${failures}diagnose loaded the unrelated, broken website checklist (${code}): ${err}\n")
endif()
if(failures)
  message(FATAL_ERROR "${failures}")
endif()
