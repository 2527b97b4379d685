/*
 * Internal: mbedTLS 2.28 (Debian 12, the host) and 3.x (ESP-IDF 5, the device) name the
 * status-returning hash calls differently; 2.x's unsuffixed names return void and are deprecated.
 */
#ifndef ENCO_MBEDTLS_COMPAT_H
#define ENCO_MBEDTLS_COMPAT_H

#include <mbedtls/version.h>

#if MBEDTLS_VERSION_NUMBER >= 0x03000000
#define enco_mbedtls_sha256_starts mbedtls_sha256_starts
#define enco_mbedtls_sha256_update mbedtls_sha256_update
#define enco_mbedtls_sha256_finish mbedtls_sha256_finish
#else
#define enco_mbedtls_sha256_starts mbedtls_sha256_starts_ret
#define enco_mbedtls_sha256_update mbedtls_sha256_update_ret
#define enco_mbedtls_sha256_finish mbedtls_sha256_finish_ret
#endif

#endif /* ENCO_MBEDTLS_COMPAT_H */
