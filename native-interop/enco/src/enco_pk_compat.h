/*
 * Internal: the RSA calls whose signatures differ between mbedTLS 2.28 (Debian 12, the host)
 * and 3.x (ESP-IDF 5, the device): 3.x dropped the `mode` argument (and, for verification, the
 * random generator) and the padding arguments of mbedtls_rsa_init. The 3.x branch has not been
 * compiled here (no ESP-IDF on this machine).
 */
#ifndef ENCO_PK_COMPAT_H
#define ENCO_PK_COMPAT_H

#include <mbedtls/rsa.h>
#include <mbedtls/version.h>

#include "enco_pk_rng.h"

#if MBEDTLS_VERSION_NUMBER >= 0x03000000

static inline void enco_rsa_init(mbedtls_rsa_context *rsa)
{
    mbedtls_rsa_init(rsa);
}

static inline int enco_rsa_pkcs1_v15_sign(mbedtls_rsa_context *rsa, mbedtls_md_type_t md, unsigned int hash_length,
                                          const unsigned char *hash, unsigned char *signature)
{
    return mbedtls_rsa_rsassa_pkcs1_v15_sign(rsa, enco_pk_rng, NULL, md, hash_length, hash, signature);
}

static inline int enco_rsa_pkcs1_v15_verify(mbedtls_rsa_context *rsa, mbedtls_md_type_t md, unsigned int hash_length,
                                            const unsigned char *hash, const unsigned char *signature)
{
    return mbedtls_rsa_rsassa_pkcs1_v15_verify(rsa, md, hash_length, hash, signature);
}

static inline int enco_rsa_pss_verify(mbedtls_rsa_context *rsa, mbedtls_md_type_t md, unsigned int hash_length,
                                      const unsigned char *hash, int salt_length, const unsigned char *signature)
{
    return mbedtls_rsa_rsassa_pss_verify_ext(rsa, md, hash_length, hash, md, salt_length, signature);
}

static inline int enco_rsa_pkcs1_v15_encrypt(mbedtls_rsa_context *rsa, size_t length, const unsigned char *message,
                                             unsigned char *ciphertext)
{
    return mbedtls_rsa_rsaes_pkcs1_v15_encrypt(rsa, enco_pk_rng, NULL, length, message, ciphertext);
}

#else

static inline void enco_rsa_init(mbedtls_rsa_context *rsa)
{
    mbedtls_rsa_init(rsa, MBEDTLS_RSA_PKCS_V15, 0);
}

static inline int enco_rsa_pkcs1_v15_sign(mbedtls_rsa_context *rsa, mbedtls_md_type_t md, unsigned int hash_length,
                                          const unsigned char *hash, unsigned char *signature)
{
    return mbedtls_rsa_rsassa_pkcs1_v15_sign(rsa, enco_pk_rng, NULL, MBEDTLS_RSA_PRIVATE, md, hash_length, hash,
                                             signature);
}

static inline int enco_rsa_pkcs1_v15_verify(mbedtls_rsa_context *rsa, mbedtls_md_type_t md, unsigned int hash_length,
                                            const unsigned char *hash, const unsigned char *signature)
{
    return mbedtls_rsa_rsassa_pkcs1_v15_verify(rsa, NULL, NULL, MBEDTLS_RSA_PUBLIC, md, hash_length, hash, signature);
}

static inline int enco_rsa_pss_verify(mbedtls_rsa_context *rsa, mbedtls_md_type_t md, unsigned int hash_length,
                                      const unsigned char *hash, int salt_length, const unsigned char *signature)
{
    return mbedtls_rsa_rsassa_pss_verify_ext(rsa, NULL, NULL, MBEDTLS_RSA_PUBLIC, md, hash_length, hash, md, salt_length,
                                             signature);
}

static inline int enco_rsa_pkcs1_v15_encrypt(mbedtls_rsa_context *rsa, size_t length, const unsigned char *message,
                                             unsigned char *ciphertext)
{
    return mbedtls_rsa_rsaes_pkcs1_v15_encrypt(rsa, enco_pk_rng, NULL, MBEDTLS_RSA_PUBLIC, length, message, ciphertext);
}

#endif

#endif /* ENCO_PK_COMPAT_H */
