/* SHA-1 (FIPS 180-4) for the hash family, over mbedTLS. Kept for HMAC-SHA1 with legacy IPsec and
 * ISAKMP peers; never for new signatures. */
#include <mbedtls/sha1.h>

#include "enco_hash_ops.h"
#include "enco_mbedtls_compat.h"
#include "enco_symmetric.h"

_Static_assert(sizeof(mbedtls_sha1_context) <= ENCO_HASH_STATE_MAX,
               "mbedtls_sha1_context no longer fits in ENCO_HASH_CONTEXT_SIZE");

static int sha1_start(void *state)
{
    mbedtls_sha1_init((mbedtls_sha1_context *)state);
    return enco_mbedtls_sha1_starts((mbedtls_sha1_context *)state);
}

static int sha1_update(void *state, const uint8_t *input, size_t length)
{
    return enco_mbedtls_sha1_update((mbedtls_sha1_context *)state, input, length);
}

static int sha1_finish(void *state, uint8_t *digest)
{
    return enco_mbedtls_sha1_finish((mbedtls_sha1_context *)state, digest);
}

static void sha1_clone(void *destination, const void *source)
{
    /* mbedtls_sha1_clone: on the ESP32 the state may sit in the accelerator (see SHA-256). */
    mbedtls_sha1_init((mbedtls_sha1_context *)destination);
    mbedtls_sha1_clone((mbedtls_sha1_context *)destination, (const mbedtls_sha1_context *)source);
}

static void sha1_release(void *state)
{
    mbedtls_sha1_free((mbedtls_sha1_context *)state);
}

const enco_hash_ops enco_hash_sha1 = {
    ENCO_HASH_SHA1, ENCO_SHA1_DIGEST_SIZE, 64, sizeof(mbedtls_sha1_context),
    sha1_start,     sha1_update,           sha1_finish,
    sha1_clone,     sha1_release,
};
