# cmake -DSECACTION=BINARY [-DCONTENT=DIR] [-DSTAMP=FILE] -P cmake/check_content.cmake
# Runs `secaction validate` on the content embedded in BINARY (or on DIR) and fails on any problem;
# touches STAMP when it passes. The build runs it on every binary it links (secaction_content_check
# in CMakeLists.txt): runs of that binary trust its embedded content and skip its schema checks
# (content::EmbeddedCheck), so invalid shipped content fails the build instead of shipping.
cmake_minimum_required(VERSION 3.25)
unset(ENV{SECACTION_CONTENT}) # the embedded copy is what is checked, whatever the environment says
unset(ENV{SECACTION_PACKS})
set(args --lang en)
if(CONTENT)
  list(APPEND args --content "${CONTENT}")
endif()
execute_process(COMMAND "${SECACTION}" ${args} validate RESULT_VARIABLE code OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT code EQUAL 0)
  if(CONTENT)
    set(what "the content in ${CONTENT}")
  else()
    set(what "the content embedded in ${SECACTION}")
  endif()
  message(NOTICE "${err}") # as secaction wrote it, one diagnostic a line (FATAL_ERROR would re-wrap it)
  message(FATAL_ERROR "${what} is invalid (secaction validate exited ${code}); fix it before shipping (above)")
endif()
if(STAMP)
  file(TOUCH "${STAMP}")
endif()
