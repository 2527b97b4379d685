/* SHA-384 and SHA-512 (FIPS 180-4) for the hash family: one mbedTLS context, two initial values. */
#include <string.h>

#include <mbedtls/platform_util.h>
#include <mbedtls/sha512.h>

#include "enco_hash_ops.h"
#include "enco_mbedtls_compat.h"
#include "enco_symmetric.h"

_Static_assert(sizeof(mbedtls_sha512_context) <= ENCO_HASH_STATE_MAX,
               "mbedtls_sha512_context no longer fits in ENCO_HASH_CONTEXT_SIZE");

static int sha384_start(void *state)
{
    mbedtls_sha512_init((mbedtls_sha512_context *)state);
    return enco_mbedtls_sha512_starts((mbedtls_sha512_context *)state, 1 /* SHA-384 */);
}

static int sha512_start(void *state)
{
    mbedtls_sha512_init((mbedtls_sha512_context *)state);
    return enco_mbedtls_sha512_starts((mbedtls_sha512_context *)state, 0 /* SHA-512 */);
}

static int sha512_update(void *state, const uint8_t *input, size_t length)
{
    return enco_mbedtls_sha512_update((mbedtls_sha512_context *)state, input, length);
}

/* mbedTLS writes 64 bytes even for SHA-384, so the digest goes through a full-size buffer. */
static int sha512_finish_into(void *state, uint8_t *digest, size_t length)
{
    uint8_t full[ENCO_SHA512_DIGEST_SIZE];
    int status = enco_mbedtls_sha512_finish((mbedtls_sha512_context *)state, full);
    memcpy(digest, full, length);
    mbedtls_platform_zeroize(full, sizeof(full));
    return status;
}

static int sha384_finish(void *state, uint8_t *digest)
{
    return sha512_finish_into(state, digest, ENCO_SHA384_DIGEST_SIZE);
}

static int sha512_finish(void *state, uint8_t *digest)
{
    return sha512_finish_into(state, digest, ENCO_SHA512_DIGEST_SIZE);
}

static void sha512_clone(void *destination, const void *source)
{
    mbedtls_sha512_init((mbedtls_sha512_context *)destination);
    mbedtls_sha512_clone((mbedtls_sha512_context *)destination, (const mbedtls_sha512_context *)source);
}

static void sha512_release(void *state)
{
    mbedtls_sha512_free((mbedtls_sha512_context *)state);
}

const enco_hash_ops enco_hash_sha384 = {
    ENCO_HASH_SHA384, ENCO_SHA384_DIGEST_SIZE, 128, sizeof(mbedtls_sha512_context),
    sha384_start,     sha512_update,           sha384_finish,
    sha512_clone,     sha512_release,
};

const enco_hash_ops enco_hash_sha512 = {
    ENCO_HASH_SHA512, ENCO_SHA512_DIGEST_SIZE, 128, sizeof(mbedtls_sha512_context),
    sha512_start,     sha512_update,           sha512_finish,
    sha512_clone,     sha512_release,
};
