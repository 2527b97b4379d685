/*
 * Internal: HMAC (RFC 2104, FIPS 198-1) over an enco_hash_ops, with no allocation (mbedTLS's
 * mbedtls_md_hmac_* would calloc a context). Used by the HMAC blobs, HKDF and the TLS PRF.
 *
 *   HMAC(K, m) = H((K0 ^ opad) || H((K0 ^ ipad) || m))
 * where K0 is K zero-padded to the hash's block size, or H(K) padded when K is longer.
 */
#ifndef ENCO_HMAC_CORE_H
#define ENCO_HMAC_CORE_H

#include <stddef.h>
#include <stdint.h>

#include "enco_hash_ops.h"

/* An aligned home for one hash state (the blobs are not aligned). */
typedef union enco_hash_state_buffer
{
    max_align_t align;
    unsigned char bytes[ENCO_HASH_STATE_MAX];
} enco_hash_state_buffer;

/* An HMAC computation in progress, on the stack. */
typedef struct enco_hmac_core
{
    const enco_hash_ops *ops;
    uint8_t key_block[ENCO_HASH_MAX_BLOCK_SIZE]; /* K0 */
    enco_hash_state_buffer inner;
} enco_hmac_core;

/* Sets ops and K0 from key. Returns 0 or a backend error. */
int enco_hmac_core_key(enco_hmac_core *core, const enco_hash_ops *ops, const uint8_t *key, size_t key_len);

/* Starts the inner hash over K0 ^ ipad. On failure the inner state has been released. */
int enco_hmac_core_start(enco_hmac_core *core);

/* Ends the inner hash and writes HMAC into mac (digest_size bytes; mac may be anywhere). The
 * inner state is released whatever happens. */
int enco_hmac_core_finish(enco_hmac_core *core, uint8_t *mac);

/* One-shot over up to three pieces (the PRF and HKDF hash A(i) || seed, T(i-1) || info || i). */
int enco_hmac_core_compute(enco_hmac_core *core, const uint8_t *a, size_t a_len, const uint8_t *b, size_t b_len,
                           const uint8_t *c, size_t c_len, uint8_t *mac);

#endif /* ENCO_HMAC_CORE_H */
