/* Helpers shared by the public-key files (enco_pk_internal.h). */
#include "enco_pk_internal.h"

#include <string.h>

#include <mbedtls/ecp.h>
#include <mbedtls/platform.h>
#include <mbedtls/platform_util.h>
#include <mbedtls/rsa.h>

uint8_t *enco_pk_scratch_alloc(void)
{
    return (uint8_t *)mbedtls_calloc(1, ENCO_PK_SCRATCH_SIZE);
}

void enco_pk_scratch_free(uint8_t *scratch)
{
    if (scratch != NULL)
    {
        mbedtls_platform_zeroize(scratch, ENCO_PK_SCRATCH_SIZE);
        mbedtls_free(scratch);
    }
}

int32_t enco_pk_deliver(const uint8_t *produced, size_t length, uint8_t *output, int32_t output_len)
{
    if (length > (size_t)output_len)
    {
        return ENCO_ERR_BUFFER_TOO_SMALL;
    }

    /* memmove: a caller may pass an output that overlaps an input read earlier. */
    memmove(output, produced, length);
    return (int32_t)length;
}

int32_t enco_pk_backend(int mbedtls_error)
{
    if (mbedtls_error == MBEDTLS_ERR_ECP_RANDOM_FAILED ||
        (mbedtls_error <= MBEDTLS_ERR_RSA_RNG_FAILED && mbedtls_error > MBEDTLS_ERR_RSA_RNG_FAILED - 0x80))
    {
        return ENCO_ERR_ENTROPY;
    }

    return mbedtls_error == 0 ? ENCO_OK : ENCO_ERR_BACKEND;
}

int enco_pk_hash(int32_t hash, mbedtls_md_type_t *md, size_t *size)
{
    switch (hash)
    {
    case ENCO_PK_HASH_NONE:
        *md = MBEDTLS_MD_NONE;
        *size = 0;
        return 0;
    case ENCO_HASH_SHA256:
        *md = MBEDTLS_MD_SHA256;
        *size = 32;
        return 0;
    case ENCO_HASH_SHA1: /* legacy IKEv1 and TLS 1.2 peers only */
        *md = MBEDTLS_MD_SHA1;
        *size = 20;
        return 0;
    case ENCO_HASH_SHA384:
        *md = MBEDTLS_MD_SHA384;
        *size = 48;
        return 0;
    case ENCO_HASH_SHA512:
        *md = MBEDTLS_MD_SHA512;
        *size = 64;
        return 0;
    default:
        return -1;
    }
}
