/*
 * Internal: what the public-key files share: argument checks, the key blob header, output
 * staging, hash identifiers, and one enco_key_ops per key type (the way enco_hash_ops serves the
 * hash family), so that enco_key.c can generate, import, check, export and agree for any type.
 */
#ifndef ENCO_PK_INTERNAL_H
#define ENCO_PK_INTERNAL_H

#include <stddef.h>
#include <stdint.h>

#include <mbedtls/ecp.h>
#include <mbedtls/md.h>
#include <mbedtls/rsa.h>

#include "enco.h"

/* ---- common (enco_pk_common.c) ---- */

/* Outputs whose length is known only once computed are produced in a heap scratch buffer of
 * this size, then copied to the caller when they fit (so a refused call writes nothing). */
#define ENCO_PK_SCRATCH_SIZE (ENCO_KEY_HEADER_SIZE + ENCO_KEY_MAX_DER_SIZE)

uint8_t *enco_pk_scratch_alloc(void);
void enco_pk_scratch_free(uint8_t *scratch); /* wipes it first; NULL is fine */

/* Copies `length` produced bytes to output: returns length, or ENCO_ERR_BUFFER_TOO_SMALL and
 * writes nothing. */
int32_t enco_pk_deliver(const uint8_t *produced, size_t length, uint8_t *output, int32_t output_len);

/* The ENCO status for an mbedTLS error from an operation on valid inputs. */
int32_t enco_pk_backend(int mbedtls_error);

/* A signature hash identifier (ENCO_HASH_* or ENCO_PK_HASH_NONE): its mbedTLS type and digest
 * size (0 for NONE). Returns 0, or -1 for an identifier the signatures do not take. */
int enco_pk_hash(int32_t hash, mbedtls_md_type_t *md, size_t *size);

/* ---- key blobs (enco_key.c) ---- */

typedef struct enco_key_view
{
    int32_t type;
    int32_t parameter;
    const uint8_t *body;
    size_t body_length;
} enco_key_view;

/* Reads and checks a blob's header (magic, type, zeros, body inside the buffer). Returns ENCO_OK,
 * a buffer error, or ENCO_ERR_KEY_FORMAT. The body itself is checked by whoever parses it. */
int32_t enco_key_open(const uint8_t *blob, int32_t blob_len, enco_key_view *key);

/* What a key type provides. Bodies are written to `body` (room bytes available); every function
 * returns a length (>= 0) or an ENCO_ERR_* code. */
typedef struct enco_key_ops
{
    int32_t type;

    /* Body size of a generated key with this parameter, or ENCO_ERR_UNSUPPORTED/KEY_SIZE. */
    int32_t (*body_size)(int32_t type, int32_t parameter);

    /* Writes a new key's body; *parameter_out is the blob's parameter. */
    int32_t (*generate)(int32_t type, int32_t parameter, uint8_t *body, size_t room, int32_t *parameter_out);

    int32_t (*import)(int32_t type, int32_t parameter, int32_t format, const uint8_t *input, size_t input_length,
                      uint8_t *body, size_t room, int32_t *parameter_out);

    /* ENCO_OK when the body parses and is consistent with the header. */
    int32_t (*check)(const enco_key_view *key);

    int32_t (*export_key)(const enco_key_view *key, int32_t format, uint8_t *output, size_t room);

    /* NULL for types that do not agree (RSA). */
    int32_t (*agree)(const enco_key_view *key, int32_t peer_format, const uint8_t *peer, size_t peer_length,
                     uint8_t *secret, size_t room);
} enco_key_ops;

extern const enco_key_ops enco_key_rsa;
extern const enco_key_ops enco_key_ec;
extern const enco_key_ops enco_key_x25519;
extern const enco_key_ops enco_key_dh;

/* ---- RSA (enco_key_rsa.c) ---- */

/* Loads a blob's RSA private key into an initialised context. */
int32_t enco_rsa_load_private(const enco_key_view *key, mbedtls_rsa_context *rsa);

/* Loads a public key (PUBLIC_RAW = PKCS#1 RSAPublicKey, or PUBLIC_SPKI); ENCO_ERR_KEY_FORMAT
 * for anything else, including moduli outside ENCO_RSA_MIN_BITS..MAX_BITS. */
int32_t enco_rsa_load_public(const uint8_t *der, size_t length, int32_t format, mbedtls_rsa_context *rsa);

/* ---- P-256 / P-384 (enco_key_ec.c) ---- */

typedef struct enco_ec_curve
{
    int32_t type;
    int32_t bits;
    mbedtls_ecp_group_id group;
    size_t size; /* bytes of a coordinate or a scalar */
    const uint8_t *oid;
    size_t oid_length;
} enco_ec_curve;

/* NULL unless type is ENCO_KEY_EC_P256 or _P384. */
const enco_ec_curve *enco_ec_curve_of(int32_t type);

/* The curve's shared group (enco_ec_groups.c): never freed, only read by its users; NULL when it
 * could not be loaded. */
mbedtls_ecp_group *enco_ec_group(const enco_ec_curve *curve);

/* Points *group at the blob's curve group and loads the private scalar (d initialised by the
 * caller). */
int32_t enco_ec_load_private(const enco_key_view *key, mbedtls_ecp_group **group, mbedtls_mpi *d);

/* Reads a public point (PUBLIC_RAW X9.62 uncompressed, or PUBLIC_SPKI naming this curve) and
 * checks it is on the curve and not infinity (SEC 1 3.2.2.1). Returns 0 or -1. */
int enco_ec_read_public(const enco_ec_curve *curve, const mbedtls_ecp_group *group, int32_t format,
                        const uint8_t *input, size_t length, mbedtls_ecp_point *q);

#endif /* ENCO_PK_INTERNAL_H */
