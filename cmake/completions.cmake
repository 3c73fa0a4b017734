# Writes the shell completions by asking the binary itself (`secaction completion SHELL`), so they
# are generated from the command table and cannot drift from it.
#   cmake -DSECACTION=path/to/secaction -DOUT_DIR=dir -P completions.cmake
foreach(pair "bash;secaction" "zsh;_secaction" "fish;secaction.fish")
  list(GET pair 0 shell)
  list(GET pair 1 name)
  execute_process(COMMAND "${SECACTION}" completion ${shell} OUTPUT_FILE "${OUT_DIR}/${name}" RESULT_VARIABLE code)
  if(NOT code EQUAL 0)
    message(FATAL_ERROR "secaction completion ${shell} failed (${code})")
  endif()
endforeach()
