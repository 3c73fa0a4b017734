# secaction_embed_files(OUT_CPP BASE_DIR HEADER NAMESPACE FUNCTION SUBDIRS...)
# Generates a C++ source holding every file under BASE_DIR/SUBDIR as a byte array, so the binary
# works with no content installed. HEADER declares `std::span<const EmbeddedFile> FUNCTION()` in
# NAMESPACE. Regenerated whenever one of those files changes.
function(secaction_embed_files out_cpp base_dir header namespace function)
  set(files "")
  foreach(sub IN LISTS ARGN)
    file(GLOB_RECURSE found CONFIGURE_DEPENDS RELATIVE "${base_dir}" "${base_dir}/${sub}/*")
    list(APPEND files ${found})
  endforeach()
  list(SORT files)
  list(TRANSFORM files PREPEND "${base_dir}/" OUTPUT_VARIABLE absolute_files)
  add_custom_command(
    OUTPUT "${out_cpp}"
    COMMAND ${CMAKE_COMMAND} -DBASE_DIR=${base_dir} "-DFILES=${files}" -DOUT=${out_cpp} -DHEADER=${header}
            -DNAMESPACE=${namespace} -DFUNCTION=${function}
            -P "${PROJECT_SOURCE_DIR}/cmake/embed.cmake"
    DEPENDS "${PROJECT_SOURCE_DIR}/cmake/embed.cmake" ${absolute_files}
    WORKING_DIRECTORY "${base_dir}"
    COMMENT "Embedding ${ARGN}"
    VERBATIM)
endfunction()
