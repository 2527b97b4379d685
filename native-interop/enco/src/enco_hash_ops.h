/*
 * Internal: what the generic hash code (enco_hash.c) needs from one algorithm. Adding an
 * algorithm means one enco_hash_<name>.c file with an enco_hash_ops over its mbedTLS context, and
 * one line in the table of enco_hash.c; the public API does not change.
 */
#ifndef ENCO_HASH_OPS_H
#define ENCO_HASH_OPS_H

#include <stddef.h>
#include <stdint.h>

#include "enco.h"

/* A context blob is a header (magic, algorithm, phase) followed by the backend's state. */
#define ENCO_HASH_HEADER_SIZE 16
#define ENCO_HASH_STATE_MAX (ENCO_HASH_CONTEXT_SIZE - ENCO_HASH_HEADER_SIZE)

/*
 * `state` always points to an aligned stack copy of the blob's backend state, never into the
 * blob. Functions returning int return 0 on success and a backend error code otherwise.
 */
typedef struct enco_hash_ops
{
    int32_t algorithm;
    int32_t digest_size;
    int32_t block_size; /* the compression function's input block (HMAC pads keys to it) */
    size_t state_size;  /* sizeof the backend context, at most ENCO_HASH_STATE_MAX */

    int (*start)(void *state); /* initialise and begin a fresh stream */
    int (*update)(void *state, const uint8_t *input, size_t length);
    int (*finish)(void *state, uint8_t *digest);       /* writes digest_size bytes */
    void (*clone)(void *destination, const void *source); /* destination holds nothing live */
    void (*release)(void *state); /* the backend's free: wipes, gives an accelerator back */
} enco_hash_ops;

extern const enco_hash_ops enco_hash_sha256;
extern const enco_hash_ops enco_hash_sha1;
extern const enco_hash_ops enco_hash_sha384;
extern const enco_hash_ops enco_hash_sha512;
extern const enco_hash_ops enco_hash_md5;

/* The ops of `algorithm`, or NULL (enco_hash.c); HMAC, HKDF and the PRF use it too. */
const enco_hash_ops *enco_hash_find(int32_t algorithm);

#define ENCO_HASH_MAX_BLOCK_SIZE 128 /* SHA-384/512 */

#endif /* ENCO_HASH_OPS_H */
