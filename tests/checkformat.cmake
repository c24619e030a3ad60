# Fails when a C++ file of app/, ui/ or tests/ is not formatted as .clang-format says.
#   cmake -DSOURCE_DIR=… -DCLANG_FORMAT=… -P checkformat.cmake
# Fix with: packaging/devenv.sh sh -c 'git ls-files "*.cpp" "*.h" | xargs clang-format -i'
if(NOT CLANG_FORMAT)
    message(FATAL_ERROR "clang-format is not installed (packaging/build-deps.txt lists it)")
endif()
file(GLOB_RECURSE sources LIST_DIRECTORIES false
    ${SOURCE_DIR}/app/*.cpp ${SOURCE_DIR}/app/*.h
    ${SOURCE_DIR}/ui/*.cpp ${SOURCE_DIR}/ui/*.h
    ${SOURCE_DIR}/tests/*.cpp ${SOURCE_DIR}/tests/*.h)
list(LENGTH sources count)
execute_process(COMMAND ${CLANG_FORMAT} --dry-run -Werror ${sources}
    RESULT_VARIABLE result ERROR_VARIABLE output)
if(NOT result EQUAL 0)
    string(REGEX MATCHALL "[^\n]*: error: [^\n]*" problems "${output}")
    list(JOIN problems "\n" listed)
    message(FATAL_ERROR "Not formatted as .clang-format says:\n${listed}")
endif()
message(STATUS "${count} files formatted")
