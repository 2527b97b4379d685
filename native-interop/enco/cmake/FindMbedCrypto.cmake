# Finds mbedTLS's crypto library (libmbedcrypto) and defines MbedCrypto::mbedcrypto.
# pkg-config first (mbedTLS 3.x ships mbedcrypto.pc), then the usual paths (Debian 12's
# libmbedtls-dev 2.28 ships no .pc file).

find_package(PkgConfig QUIET)
if(PkgConfig_FOUND)
    pkg_check_modules(PC_MBEDCRYPTO QUIET mbedcrypto)
endif()

find_path(MbedCrypto_INCLUDE_DIR NAMES mbedtls/sha256.h HINTS ${PC_MBEDCRYPTO_INCLUDE_DIRS})
find_library(MbedCrypto_LIBRARY NAMES mbedcrypto HINTS ${PC_MBEDCRYPTO_LIBRARY_DIRS})

# 2.x defines the version in version.h, 3.x in build_info.h.
foreach(header mbedtls/build_info.h mbedtls/version.h)
    if(MbedCrypto_INCLUDE_DIR AND NOT MbedCrypto_VERSION AND EXISTS "${MbedCrypto_INCLUDE_DIR}/${header}")
        file(STRINGS "${MbedCrypto_INCLUDE_DIR}/${header}" version_line
             REGEX "^#define[ \t]+MBEDTLS_VERSION_STRING[ \t]+\"[0-9.]+\"")
        if(version_line)
            string(REGEX REPLACE ".*\"([0-9.]+)\".*" "\\1" MbedCrypto_VERSION "${version_line}")
        endif()
    endif()
endforeach()

include(FindPackageHandleStandardArgs)
find_package_handle_standard_args(MbedCrypto
    REQUIRED_VARS MbedCrypto_LIBRARY MbedCrypto_INCLUDE_DIR
    VERSION_VAR MbedCrypto_VERSION
    REASON_FAILURE_MESSAGE "install libmbedtls-dev (native-interop/enco/build.sh does it)")

if(MbedCrypto_FOUND AND NOT TARGET MbedCrypto::mbedcrypto)
    add_library(MbedCrypto::mbedcrypto UNKNOWN IMPORTED)
    set_target_properties(MbedCrypto::mbedcrypto PROPERTIES
        IMPORTED_LOCATION "${MbedCrypto_LIBRARY}"
        INTERFACE_INCLUDE_DIRECTORIES "${MbedCrypto_INCLUDE_DIR}")
endif()

mark_as_advanced(MbedCrypto_INCLUDE_DIR MbedCrypto_LIBRARY)
