/*
 * RSA signatures (RFC 8017 section 8: RSASSA-PKCS1-v1_5 and RSASSA-PSS) and RSAES-PKCS1-v1_5
 * encryption. Decryption is in enco_rsa_decrypt.c.
 */
#include <string.h>

#include <mbedtls/platform_util.h>
#include <mbedtls/rsa.h>

#include "enco_pk_compat.h"
#include "enco_args.h"
#include "enco_pk_internal.h"
#include "enco_pk_rng.h"

#define MAX_MODULUS_SIZE (ENCO_RSA_MAX_BITS / 8)
#define PKCS1_V15_OVERHEAD 11 /* 00 || 01-or-02 || at least 8 padding bytes || 00 (RFC 8017 7.2.1, 9.2) */

/* Checks padding, hash and digest length together: ENCO_OK and the mbedTLS hash, or an error. */
static int32_t check_scheme(int32_t padding, int32_t hash, int32_t digest_len, mbedtls_md_type_t *md)
{
    size_t size = 0;

    if ((padding != ENCO_RSA_PKCS1_V15 && padding != ENCO_RSA_PSS) || enco_pk_hash(hash, md, &size) != 0 ||
        (padding == ENCO_RSA_PSS && *md == MBEDTLS_MD_NONE))
    {
        return ENCO_ERR_UNSUPPORTED;
    }

    /* A named hash takes exactly its digest; NONE takes 1 .. k - 11 bytes (checked with k). */
    if (*md != MBEDTLS_MD_NONE ? (size_t)digest_len != size : digest_len == 0)
    {
        return ENCO_ERR_BAD_LENGTH;
    }

    return ENCO_OK;
}

/* Whether the scheme fits the modulus: PKCS#1 v1.5 raw input at most k - 11 bytes; PSS needs
 * emLen >= hLen + sLen + 2 with sLen = hLen (RFC 8017 9.1.1 step 3). */
static int scheme_fits(const mbedtls_rsa_context *rsa, int32_t padding, mbedtls_md_type_t md, int32_t digest_len)
{
    size_t k = mbedtls_rsa_get_len(rsa);

    if (padding == ENCO_RSA_PSS)
    {
        return k >= 2 * (size_t)digest_len + 2 + 1; /* + 1: emLen may be k - 1 when modBits - 1 is a multiple of 8 */
    }

    return md != MBEDTLS_MD_NONE || (size_t)digest_len + PKCS1_V15_OVERHEAD <= k;
}

int32_t enco_rsa_sign(const uint8_t *blob, int32_t blob_len, int32_t padding, int32_t hash, const uint8_t *digest,
                      int32_t digest_len, uint8_t *signature, int32_t signature_len)
{
    uint8_t produced[MAX_MODULUS_SIZE];
    mbedtls_rsa_context rsa;
    mbedtls_md_type_t md = MBEDTLS_MD_NONE;
    enco_key_view key;
    int32_t status;
    size_t k;
    int backend;

    if ((status = enco_check_buffer(digest, digest_len)) != ENCO_OK ||
        (status = enco_check_buffer(signature, signature_len)) != ENCO_OK ||
        (status = check_scheme(padding, hash, digest_len, &md)) != ENCO_OK ||
        (status = enco_key_open(blob, blob_len, &key)) != ENCO_OK)
    {
        return status;
    }

    enco_rsa_init(&rsa);
    status = enco_rsa_load_private(&key, &rsa);
    k = mbedtls_rsa_get_len(&rsa);

    if (status == ENCO_OK && !scheme_fits(&rsa, padding, md, digest_len))
    {
        status = md == MBEDTLS_MD_NONE ? ENCO_ERR_BAD_LENGTH : ENCO_ERR_KEY_SIZE;
    }

    if (status == ENCO_OK && (size_t)signature_len < k)
    {
        status = ENCO_ERR_BUFFER_TOO_SMALL;
    }

    if (status == ENCO_OK)
    {
        if (padding == ENCO_RSA_PSS)
        {
            /* mbedTLS 2.x takes the MGF1 hash from the context. */
            (void)mbedtls_rsa_set_padding(&rsa, MBEDTLS_RSA_PKCS_V21, md);
            backend = mbedtls_rsa_rsassa_pss_sign_ext(&rsa, enco_pk_rng, NULL, md, (unsigned int)digest_len, digest,
                                                      digest_len, produced);
        }
        else
        {
            backend = enco_rsa_pkcs1_v15_sign(&rsa, md, (unsigned int)digest_len, digest, produced);
        }

        status = backend == 0 ? enco_pk_deliver(produced, k, signature, signature_len) : enco_pk_backend(backend);
    }

    mbedtls_platform_zeroize(produced, sizeof(produced));
    mbedtls_rsa_free(&rsa);
    return status;
}

int32_t enco_rsa_verify(const uint8_t *public_key, int32_t public_key_len, int32_t format, int32_t padding,
                        int32_t hash, const uint8_t *digest, int32_t digest_len, const uint8_t *signature,
                        int32_t signature_len)
{
    mbedtls_rsa_context rsa;
    mbedtls_md_type_t md = MBEDTLS_MD_NONE;
    int32_t status;
    int backend;

    if ((status = enco_check_buffer(public_key, public_key_len)) != ENCO_OK ||
        (status = enco_check_buffer(digest, digest_len)) != ENCO_OK ||
        (status = enco_check_buffer(signature, signature_len)) != ENCO_OK ||
        (status = check_scheme(padding, hash, digest_len, &md)) != ENCO_OK)
    {
        return status;
    }

    enco_rsa_init(&rsa);
    status = enco_rsa_load_public(public_key, (size_t)public_key_len, format, &rsa);

    if (status == ENCO_OK && !scheme_fits(&rsa, padding, md, digest_len))
    {
        status = md == MBEDTLS_MD_NONE ? ENCO_ERR_BAD_LENGTH : ENCO_ERR_KEY_SIZE;
    }

    if (status == ENCO_OK)
    {
        if ((size_t)signature_len != mbedtls_rsa_get_len(&rsa))
        {
            status = ENCO_ERR_BAD_SIGNATURE; /* RFC 8017 8.1.2 / 8.2.2 step 1 */
        }
        else
        {
            /* Every failure, a representative >= n included, is a signature that does not verify. */
            backend = padding == ENCO_RSA_PSS
                          ? enco_rsa_pss_verify(&rsa, md, (unsigned int)digest_len, digest, digest_len, signature)
                          : enco_rsa_pkcs1_v15_verify(&rsa, md, (unsigned int)digest_len, digest, signature);
            status = backend == 0 ? ENCO_OK : ENCO_ERR_BAD_SIGNATURE;
        }
    }

    mbedtls_rsa_free(&rsa);
    return status;
}

int32_t enco_rsa_encrypt(const uint8_t *public_key, int32_t public_key_len, int32_t format, const uint8_t *message,
                         int32_t message_len, uint8_t *ciphertext, int32_t ciphertext_len)
{
    uint8_t produced[MAX_MODULUS_SIZE];
    mbedtls_rsa_context rsa;
    int32_t status;
    size_t k;

    if ((status = enco_check_buffer(public_key, public_key_len)) != ENCO_OK ||
        (status = enco_check_buffer(message, message_len)) != ENCO_OK ||
        (status = enco_check_buffer(ciphertext, ciphertext_len)) != ENCO_OK)
    {
        return status;
    }

    enco_rsa_init(&rsa);
    status = enco_rsa_load_public(public_key, (size_t)public_key_len, format, &rsa);
    k = mbedtls_rsa_get_len(&rsa);

    if (status == ENCO_OK && (size_t)message_len + PKCS1_V15_OVERHEAD > k)
    {
        status = ENCO_ERR_BAD_LENGTH; /* "message too long", RFC 8017 7.2.1 step 1 */
    }

    if (status == ENCO_OK && (size_t)ciphertext_len < k)
    {
        status = ENCO_ERR_BUFFER_TOO_SMALL;
    }

    if (status == ENCO_OK)
    {
        int backend = enco_rsa_pkcs1_v15_encrypt(&rsa, (size_t)message_len, message, produced);
        status = backend == 0 ? enco_pk_deliver(produced, k, ciphertext, ciphertext_len) : enco_pk_backend(backend);
    }

    mbedtls_rsa_free(&rsa);
    return status;
}
