/* SHA-256 (FIPS 180-4) for the hash family, over mbedTLS: ESP-IDF routes it to the SHA accelerator. */
#include <mbedtls/sha256.h>

#include "enco_hash_ops.h"
#include "enco_mbedtls_compat.h"

_Static_assert(sizeof(mbedtls_sha256_context) <= ENCO_HASH_STATE_MAX,
               "mbedtls_sha256_context no longer fits in ENCO_HASH_CONTEXT_SIZE");

static int sha256_start(void *state)
{
    mbedtls_sha256_init((mbedtls_sha256_context *)state);
    return enco_mbedtls_sha256_starts((mbedtls_sha256_context *)state, 0 /* SHA-256, not SHA-224 */);
}

static int sha256_update(void *state, const uint8_t *input, size_t length)
{
    return enco_mbedtls_sha256_update((mbedtls_sha256_context *)state, input, length);
}

static int sha256_finish(void *state, uint8_t *digest)
{
    return enco_mbedtls_sha256_finish((mbedtls_sha256_context *)state, digest);
}

static void sha256_clone(void *destination, const void *source)
{
    /* mbedtls_sha256_clone, not a struct copy: on the ESP32 a live stream may keep its state in
       the accelerator, and the clone must read it out into the copy. */
    mbedtls_sha256_init((mbedtls_sha256_context *)destination);
    mbedtls_sha256_clone((mbedtls_sha256_context *)destination, (const mbedtls_sha256_context *)source);
}

static void sha256_release(void *state)
{
    mbedtls_sha256_free((mbedtls_sha256_context *)state);
}

const enco_hash_ops enco_hash_sha256 = {
    ENCO_HASH_SHA256, ENCO_SHA256_DIGEST_SIZE, 64, sizeof(mbedtls_sha256_context),
    sha256_start,     sha256_update,           sha256_finish,
    sha256_clone,     sha256_release,
};
