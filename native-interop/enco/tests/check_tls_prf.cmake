# The TLS 1.2 PRF (RFC 5246 section 5) against OpenSSL 3's TLS1-PRF KDF, computed now on the same
# inputs: P_SHA256 and P_SHA384, short and long outputs (one and many HMAC blocks), empty seed.
# Usage: cmake -DTOOL=tls_prf_tool -DOPENSSL=openssl -P check_tls_prf.cmake
set(cases
    "sha256|0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b|master secret|a0ba9f936cda311827a6f796ffd5198c|48"
    "sha256|9bbe436ba940f017b17652849a71db35|test label|a0ba9f936cda311827a6f796ffd5198c|100"
    "sha384|b80b733d6ceefcdc71566ea48e5567df|test label|cd665cf6a8447dd6ff8b27555edb7465|148"
    "sha256|00|key expansion|00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff|136"
    "sha384|f00dface|client finished|-|12") # "-": no seed

set(failed 0)
foreach(case ${cases})
    string(REPLACE "|" ";" fields "${case}")
    list(GET fields 0 digest)
    list(GET fields 1 secret)
    list(GET fields 2 label)
    list(GET fields 3 seed)
    list(GET fields 4 length)

    # TLS1-PRF takes label || seed as its seed: the label as hex, then the seed.
    string(HEX "${label}" label_hex)
    set(seed_args -kdfopt "hexseed:${label_hex}")
    if(seed STREQUAL "-")
        set(seed "")
    else()
        list(APPEND seed_args -kdfopt "hexseed:${seed}")
    endif()
    execute_process(COMMAND ${OPENSSL} kdf -keylen ${length} -kdfopt digest:${digest} -kdfopt hexsecret:${secret}
                            ${seed_args} TLS1-PRF
                    OUTPUT_VARIABLE expected RESULT_VARIABLE openssl_result OUTPUT_STRIP_TRAILING_WHITESPACE)
    execute_process(COMMAND ${TOOL} ${digest} ${secret} "${label}" "${seed}" ${length}
                    OUTPUT_VARIABLE actual RESULT_VARIABLE tool_result OUTPUT_STRIP_TRAILING_WHITESPACE)
    string(REPLACE ":" "" expected "${expected}")
    string(TOUPPER "${expected}" expected)

    if(NOT openssl_result EQUAL 0 OR NOT tool_result EQUAL 0 OR NOT expected STREQUAL actual OR expected STREQUAL "")
        message("FAIL ${digest} '${label}' ${length} bytes\n  openssl: ${expected}\n  enco:    ${actual}")
        math(EXPR failed "${failed} + 1")
    else()
        message("PASS ${digest} '${label}' ${length} bytes")
    endif()
endforeach()

if(failed GREATER 0)
    message(FATAL_ERROR "${failed} TLS PRF case(s) differ from OpenSSL")
endif()
