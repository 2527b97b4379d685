/*
 * ENCO engine: the router's crypto engine, a C library over mbedTLS.
 *
 * On the ESP32 it is compiled into the nanoCLR image (ESP-IDF's mbedTLS drives the SHA/AES/RSA
 * accelerators) and reached through the nanoCLR glue in ../nanoclr; on the host it is libenco.so,
 * reached through the P/Invoke entry points of enco_pinvoke.h. Both call this API.
 *
 * Conventions every function follows, so that later algorithms look like the hash family:
 *  - Buffers are caller-owned: a pointer plus an int32_t length, the shape of a managed
 *    byte[] segment. NULL is accepted only with length 0. Nothing is allocated.
 *  - The return value is a status: ENCO_OK (0) or a negative ENCO_ERR_* code. Size queries
 *    return a positive size instead of ENCO_OK.
 *  - Checks run before any write: on error no output byte and no context byte has changed.
 *  - Streaming state lives in a caller-provided context blob of a published size
 *    (ENCO_HASH_CONTEXT_SIZE for the hash family). The blob is position independent: it may be
 *    moved (the nanoCLR heap compacts) and need not be aligned. It must not be duplicated with
 *    memcpy/Array.Copy while live; enco_hash_clone forks a stream.
 *  - Secrets and intermediate state are wiped from the stack before returning.
 */
#ifndef ENCO_H
#define ENCO_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Symbols exported from libenco.so; everything else is built with hidden visibility. */
#if defined(__GNUC__)
#define ENCO_API __attribute__((visibility("default")))
#else
#define ENCO_API
#endif

/* Native interface version. It must equal [assembly: AssemblyNativeVersion] of Router.Enco and
 * the version in the nanoCLR assembly table (nanoclr/Router_Enco.cpp). Bump it whenever a
 * function, a code or a size below changes. */
#define ENCO_VERSION_MAJOR 1
#define ENCO_VERSION_MINOR 1
#define ENCO_VERSION_BUILD 0
#define ENCO_VERSION_REVISION 0
#define ENCO_ABI_VERSION                                                                      \
    ((ENCO_VERSION_MAJOR << 24) | (ENCO_VERSION_MINOR << 16) | (ENCO_VERSION_BUILD << 8) | \
     ENCO_VERSION_REVISION)

/* Status codes. Router.Enco's EncoStatus mirrors these values. */
#define ENCO_OK 0
#define ENCO_ERR_NULL_POINTER (-1)     /* a NULL buffer with a non-zero length */
#define ENCO_ERR_BAD_LENGTH (-2)       /* a negative length or offset, or a segment outside its array */
#define ENCO_ERR_BUFFER_TOO_SMALL (-3) /* an output or context buffer shorter than required */
#define ENCO_ERR_UNSUPPORTED (-4)      /* an unknown algorithm identifier */
#define ENCO_ERR_BAD_CONTEXT (-5)      /* a context blob that holds no stream of this family */
#define ENCO_ERR_BAD_STATE (-6)        /* a finished stream: initialise the context again */
#define ENCO_ERR_BACKEND (-7)          /* mbedTLS or the accelerator reported a failure */
/* -8..-15: symmetric algorithms (enco_symmetric.h) */
#define ENCO_ERR_AUTH_FAILED (-8)      /* an AEAD tag or a MAC did not verify; no plaintext was written */
#define ENCO_ERR_BAD_KEY (-9)          /* a key length the algorithm does not take */
#define ENCO_ERR_BAD_NONCE (-10)       /* a nonce or IV length the mode does not take (GCM: 12 bytes only) */
#define ENCO_ERR_BLOCK_SIZE (-11)      /* ECB/CBC input that is not a whole number of blocks */
#define ENCO_ERR_LIMIT (-12)           /* a size limit: decompressed output too large, HKDF/PRF length, message length */
#define ENCO_ERR_BAD_DATA (-13)        /* malformed input, such as a corrupt DEFLATE stream */
#define ENCO_ERR_ENTROPY (-14)         /* the entropy source failed; the random generator is not seeded */

/* Returns ENCO_ABI_VERSION of the library actually loaded, to catch a stale libenco.so. */
ENCO_API int32_t enco_abi_version(void);

/* ---- Hash family ------------------------------------------------------------------------- */

/* Algorithm identifiers. SHA-1 (2), SHA-384 (3), SHA-512 (4) and MD5 (5) are in enco_symmetric.h. */
#define ENCO_HASH_SHA256 1

#define ENCO_SHA256_DIGEST_SIZE 32     /* FIPS 180-4 section 6.2 */
#define ENCO_HASH_MAX_DIGEST_SIZE 64   /* SHA-512, the largest member planned */
#define ENCO_HASH_CONTEXT_SIZE 256     /* one blob size for every hash algorithm */

/* Digest size of `algorithm` in bytes, or ENCO_ERR_UNSUPPORTED. */
ENCO_API int32_t enco_hash_digest_size(int32_t algorithm);

/* Context blob size `algorithm` needs (ENCO_HASH_CONTEXT_SIZE), or ENCO_ERR_UNSUPPORTED. */
ENCO_API int32_t enco_hash_context_size(int32_t algorithm);

/* One-shot: digest of input[0..input_len) into digest[0..digest_size). digest_len is the room
 * available and must be at least the digest size; exactly the digest size is written. */
ENCO_API int32_t enco_hash(int32_t algorithm, const uint8_t *input, int32_t input_len, uint8_t *digest,
                           int32_t digest_len);

/* Starts a stream in the blob. A stream still live in the blob is released first. */
ENCO_API int32_t enco_hash_init(int32_t algorithm, uint8_t *context, int32_t context_len);

/* Adds input to the stream. input may overlap the blob (it is read before the blob is written). */
ENCO_API int32_t enco_hash_update(uint8_t *context, int32_t context_len, const uint8_t *input, int32_t input_len);

/* Writes the digest and ends the stream; the blob is wiped and marked finished, so a further
 * update or final returns ENCO_ERR_BAD_STATE until the next init. A too small digest buffer
 * leaves the stream untouched. */
ENCO_API int32_t enco_hash_final(uint8_t *context, int32_t context_len, uint8_t *digest, int32_t digest_len);

/* Forks the live stream in `source` into `destination` (TLS transcript snapshots). A stream
 * still live in the destination is released first; the two blobs may be the same. */
ENCO_API int32_t enco_hash_clone(uint8_t *destination, int32_t destination_len, const uint8_t *source,
                                 int32_t source_len);

/* Abandons the stream: releases the accelerator it may hold and wipes the whole blob. Safe on
 * any blob of the right size, live, finished or never used. */
ENCO_API int32_t enco_hash_free(uint8_t *context, int32_t context_len);

#ifdef __cplusplus
}
#endif

#include "enco_symmetric.h" /* HMAC, HKDF, TLS PRF, AES/DES, AEAD, random, DEFLATE */
#include "enco_pk.h"        /* RSA, ECDSA, ECDH, X25519, MODP Diffie-Hellman, key blobs */

#endif /* ENCO_H */
