/* MD5 (RFC 1321) for the hash family, over mbedTLS. Only for HMAC-MD5 (RFC 2403) with legacy IPsec
 * and ISAKMP peers: MD5 is broken for collision resistance and never a default. */
#include <mbedtls/md5.h>

#include "enco_hash_ops.h"
#include "enco_mbedtls_compat.h"
#include "enco_symmetric.h"

_Static_assert(sizeof(mbedtls_md5_context) <= ENCO_HASH_STATE_MAX,
               "mbedtls_md5_context no longer fits in ENCO_HASH_CONTEXT_SIZE");

static int md5_start(void *state)
{
    mbedtls_md5_init((mbedtls_md5_context *)state);
    return enco_mbedtls_md5_starts((mbedtls_md5_context *)state);
}

static int md5_update(void *state, const uint8_t *input, size_t length)
{
    return enco_mbedtls_md5_update((mbedtls_md5_context *)state, input, length);
}

static int md5_finish(void *state, uint8_t *digest)
{
    return enco_mbedtls_md5_finish((mbedtls_md5_context *)state, digest);
}

static void md5_clone(void *destination, const void *source)
{
    mbedtls_md5_init((mbedtls_md5_context *)destination);
    mbedtls_md5_clone((mbedtls_md5_context *)destination, (const mbedtls_md5_context *)source);
}

static void md5_release(void *state)
{
    mbedtls_md5_free((mbedtls_md5_context *)state);
}

const enco_hash_ops enco_hash_md5 = {
    ENCO_HASH_MD5, ENCO_MD5_DIGEST_SIZE, 64, sizeof(mbedtls_md5_context),
    md5_start,     md5_update,          md5_finish,
    md5_clone,     md5_release,
};
