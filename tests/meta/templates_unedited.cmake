# A template used as printed must not pass for a finished file: `risk --template` (its sample
# asset is High) fails --fail-on high, since the sample's treatment is left blank; `policy
# --template` drafts with a warning per placeholder. In ja and en.
#   cmake -DSECACTION=path -DWORK_DIR=dir -P templates_unedited.cmake
cmake_minimum_required(VERSION 3.25)
file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}")
foreach(var LANG LC_ALL LC_MESSAGES SOURCE_DATE_EPOCH SECACTION_CONTENT)
  unset(ENV{${var}})
endforeach()
set(failures "")
foreach(lang ja en)
  execute_process(COMMAND "${SECACTION}" --lang ${lang} risk --template -o register-${lang}.yaml WORKING_DIRECTORY "${WORK_DIR}"
                  RESULT_VARIABLE rc)
  execute_process(COMMAND "${SECACTION}" --lang ${lang} risk register-${lang}.yaml --fail-on high -f json WORKING_DIRECTORY "${WORK_DIR}"
                  RESULT_VARIABLE rc OUTPUT_QUIET ERROR_VARIABLE err)
  if(NOT rc EQUAL 1 OR NOT err MATCHES "(no treatment decided|対策が決まっていない)")
    string(APPEND failures "${lang}: the unedited risk template gave exit ${rc} under --fail-on high (expected 1): ${err}\n")
  endif()
  execute_process(COMMAND "${SECACTION}" --lang ${lang} policy --template -o profile-${lang}.yaml WORKING_DIRECTORY "${WORK_DIR}"
                  RESULT_VARIABLE rc)
  execute_process(COMMAND "${SECACTION}" --lang ${lang} policy profile-${lang}.yaml --out-dir drafts-${lang} WORKING_DIRECTORY "${WORK_DIR}"
                  RESULT_VARIABLE rc ERROR_VARIABLE err)
  string(REGEX MATCHALL "warning: [^\n]*(placeholder|仮の値)" warnings "${err}")
  list(LENGTH warnings count)
  if(NOT rc EQUAL 0 OR count LESS 12)
    string(APPEND failures "${lang}: the unedited policy template gave exit ${rc} and ${count} placeholder warnings (expected 0 and 12): ${err}\n")
  endif()
endforeach()
if(failures)
  message(FATAL_ERROR "${failures}")
endif()
