# The build's check of the shipped content (cmake/check_content.cmake, run on every binary it links)
# must pass on the content as shipped and fail, naming the file, when a content file breaks its
# schema: runs trust the embedded content only because this check stands between it and a release.
cmake_minimum_required(VERSION 3.25)
set(failures "")
execute_process(COMMAND ${CMAKE_COMMAND} -DSECACTION=${SECACTION} -P ${ROOT}/cmake/check_content.cmake
                RESULT_VARIABLE code OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT code EQUAL 0)
  set(failures "${failures}the embedded content fails the build check (${code}): ${err}\n")
endif()
# An instrument with a key its schema does not allow: only the schema catches it (the converter
# ignores keys it does not read), which is the check a run of the built binary skips.
set(copy "${WORK_DIR}/content")
file(REMOVE_RECURSE "${copy}")
file(COPY "${ROOT}/content/" DESTINATION "${copy}")
file(APPEND "${copy}/instruments/cloud.yaml" "not_in_the_schema: true\n")
execute_process(COMMAND ${CMAKE_COMMAND} -DSECACTION=${SECACTION} -DCONTENT=${copy} -P ${ROOT}/cmake/check_content.cmake
                RESULT_VARIABLE code OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(code EQUAL 0 OR NOT err MATCHES "instruments/cloud.yaml:[0-9]+:[0-9]+: error: ")
  set(failures "${failures}a schema-invalid instrument passed the build check or was not named (${code}): ${err}\n")
endif()
if(failures)
  message(FATAL_ERROR "${failures}")
endif()
