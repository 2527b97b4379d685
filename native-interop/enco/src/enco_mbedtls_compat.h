/*
 * Internal: mbedTLS 2.28 (Debian 12, the host) and 3.x (ESP-IDF 5, the device) name the
 * status-returning hash calls differently; 2.x's unsuffixed names return void and are deprecated.
 */
#ifndef ENCO_MBEDTLS_COMPAT_H
#define ENCO_MBEDTLS_COMPAT_H

#include <mbedtls/version.h>

#if MBEDTLS_VERSION_NUMBER >= 0x03000000
#define ENCO_MBEDTLS_HASH_CALL(name) name
#else
#define ENCO_MBEDTLS_HASH_CALL(name) name##_ret
#endif

#define enco_mbedtls_sha256_starts ENCO_MBEDTLS_HASH_CALL(mbedtls_sha256_starts)
#define enco_mbedtls_sha256_update ENCO_MBEDTLS_HASH_CALL(mbedtls_sha256_update)
#define enco_mbedtls_sha256_finish ENCO_MBEDTLS_HASH_CALL(mbedtls_sha256_finish)
#define enco_mbedtls_sha512_starts ENCO_MBEDTLS_HASH_CALL(mbedtls_sha512_starts)
#define enco_mbedtls_sha512_update ENCO_MBEDTLS_HASH_CALL(mbedtls_sha512_update)
#define enco_mbedtls_sha512_finish ENCO_MBEDTLS_HASH_CALL(mbedtls_sha512_finish)
#define enco_mbedtls_sha1_starts ENCO_MBEDTLS_HASH_CALL(mbedtls_sha1_starts)
#define enco_mbedtls_sha1_update ENCO_MBEDTLS_HASH_CALL(mbedtls_sha1_update)
#define enco_mbedtls_sha1_finish ENCO_MBEDTLS_HASH_CALL(mbedtls_sha1_finish)
#define enco_mbedtls_md5_starts ENCO_MBEDTLS_HASH_CALL(mbedtls_md5_starts)
#define enco_mbedtls_md5_update ENCO_MBEDTLS_HASH_CALL(mbedtls_md5_update)
#define enco_mbedtls_md5_finish ENCO_MBEDTLS_HASH_CALL(mbedtls_md5_finish)

#endif /* ENCO_MBEDTLS_COMPAT_H */
