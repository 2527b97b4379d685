#
# nf-interpreter interop module for the Router.Enco assembly (the ENCO engine).
#
# Used by an nf-interpreter ESP32 build configured with
#   -DNF_INTEROP_ASSEMBLIES="Router.Enco"
#   -DROUTER_ENCO_DIR=<this repository>/native-interop/enco
# after copying this file into nf-interpreter/CMake/Modules (find_package("INTEROP-Router.Enco")
# looks for it there). It adds the glue and the ENCO C sources to the NF_NativeAssemblies library;
# mbedTLS is ESP-IDF's component, which runs SHA/AES/RSA on the accelerators.
#

if(NOT ROUTER_ENCO_DIR)
    # Works when the module is used from its place in the repository.
    get_filename_component(ROUTER_ENCO_DIR "${CMAKE_CURRENT_LIST_DIR}/.." ABSOLUTE)
endif()
set(ROUTER_ENCO_DIR "${ROUTER_ENCO_DIR}" CACHE PATH "native-interop/enco of the router firmware repository")

if(NOT EXISTS "${ROUTER_ENCO_DIR}/include/enco.h")
    message(FATAL_ERROR "Router.Enco: set ROUTER_ENCO_DIR to the repository's native-interop/enco folder")
endif()

list(APPEND Router.Enco_INCLUDE_DIRS
    ${PROJECT_SOURCE_DIR}/src/CLR/Core
    ${PROJECT_SOURCE_DIR}/src/CLR/Include
    ${PROJECT_SOURCE_DIR}/src/HAL/Include
    ${PROJECT_SOURCE_DIR}/src/PAL/Include
    ${ROUTER_ENCO_DIR}/include
    ${ROUTER_ENCO_DIR}/src
    ${ROUTER_ENCO_DIR}/nanoclr)

# ESP-IDF's mbedTLS headers, when the IDF component target is visible to this build.
if(TARGET idf::mbedtls)
    list(APPEND Router.Enco_INCLUDE_DIRS $<TARGET_PROPERTY:idf::mbedtls,INTERFACE_INCLUDE_DIRECTORIES>)
endif()

# The nanoCLR glue, then the engine. enco_pinvoke.c is host-only and is not listed.
list(APPEND Router.Enco_SOURCES
    ${ROUTER_ENCO_DIR}/nanoclr/Router_Enco.cpp
    ${ROUTER_ENCO_DIR}/nanoclr/Router_Enco_Router_Enco_EncoNative.cpp
    ${ROUTER_ENCO_DIR}/src/enco_version.c
    ${ROUTER_ENCO_DIR}/src/enco_segment.c
    ${ROUTER_ENCO_DIR}/src/enco_hash.c
    ${ROUTER_ENCO_DIR}/src/enco_hash_sha256.c
    # symmetric part; enco_deflate.c uses the ROM's miniz under ESP-IDF (ESP_PLATFORM)
    ${ROUTER_ENCO_DIR}/nanoclr/Router_Enco_Router_Enco_EncoNative.Symmetric.cpp
    ${ROUTER_ENCO_DIR}/src/enco_hash_sha1.c
    ${ROUTER_ENCO_DIR}/src/enco_hash_sha512.c
    ${ROUTER_ENCO_DIR}/src/enco_hash_md5.c
    ${ROUTER_ENCO_DIR}/src/enco_hmac_core.c
    ${ROUTER_ENCO_DIR}/src/enco_hmac.c
    ${ROUTER_ENCO_DIR}/src/enco_hkdf.c
    ${ROUTER_ENCO_DIR}/src/enco_tls_prf.c
    ${ROUTER_ENCO_DIR}/src/enco_cipher.c
    ${ROUTER_ENCO_DIR}/src/enco_ghash.c
    ${ROUTER_ENCO_DIR}/src/enco_aead.c
    ${ROUTER_ENCO_DIR}/src/enco_aead_gcm.c
    ${ROUTER_ENCO_DIR}/src/enco_aead_chachapoly.c
    ${ROUTER_ENCO_DIR}/src/enco_random.c
    ${ROUTER_ENCO_DIR}/src/enco_deflate.c
    # PBKDF2 (include/enco_pbkdf2.h)
    ${ROUTER_ENCO_DIR}/nanoclr/Router_Enco_Router_Enco_EncoNative.Pbkdf2.cpp
    ${ROUTER_ENCO_DIR}/src/enco_pbkdf2.c
    # public-key part (include/enco_pk.h)
    ${ROUTER_ENCO_DIR}/nanoclr/Router_Enco_Router_Enco_EncoNative.PublicKey.cpp
    ${ROUTER_ENCO_DIR}/src/enco_pk_common.c
    ${ROUTER_ENCO_DIR}/src/enco_pk_rng.c
    ${ROUTER_ENCO_DIR}/src/enco_der.c
    ${ROUTER_ENCO_DIR}/src/enco_key.c
    ${ROUTER_ENCO_DIR}/src/enco_key_rsa.c
    ${ROUTER_ENCO_DIR}/src/enco_key_ec.c
    ${ROUTER_ENCO_DIR}/src/enco_ec_groups.c
    ${ROUTER_ENCO_DIR}/src/enco_key_x25519.c
    ${ROUTER_ENCO_DIR}/src/enco_key_dh.c
    ${ROUTER_ENCO_DIR}/src/enco_dh_groups.c
    ${ROUTER_ENCO_DIR}/src/enco_rsa.c
    ${ROUTER_ENCO_DIR}/src/enco_rsa_decrypt.c
    ${ROUTER_ENCO_DIR}/src/enco_ecdsa.c)

include(FindPackageHandleStandardArgs)

# NAME_MISMATCHED: nf-interpreter reads Router.Enco_* variables while the package is INTEROP-Router.Enco.
find_package_handle_standard_args(Router.Enco REQUIRED_VARS Router.Enco_INCLUDE_DIRS Router.Enco_SOURCES NAME_MISMATCHED)
