# Compares the functions a shared library exports with a list (one name per line, sorted).
# Usage: cmake -DLIBRARY=libenco.so -DNM=nm -DEXPECTED=exported_symbols.txt -P check_exports.cmake
execute_process(COMMAND ${NM} -D --defined-only ${LIBRARY}
                OUTPUT_VARIABLE symbols RESULT_VARIABLE result)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "${NM} failed on ${LIBRARY}")
endif()

string(REGEX MATCHALL "[0-9a-f]+ T [A-Za-z_][A-Za-z0-9_]*" lines "${symbols}")
set(actual "")
foreach(line ${lines})
    string(REGEX REPLACE ".* T " "" name "${line}")
    # Loader and toolchain symbols are not part of the API.
    if(NOT name MATCHES "^_")
        list(APPEND actual ${name})
    endif()
endforeach()
list(SORT actual)

file(STRINGS ${EXPECTED} expected)
list(SORT expected)
if(NOT actual STREQUAL expected)
    message(FATAL_ERROR "exported functions differ\n  expected: ${expected}\n  actual:   ${actual}")
endif()
message(STATUS "1 passed, 0 failed: ${LIBRARY} exports exactly the ${EXPECTED} list")
