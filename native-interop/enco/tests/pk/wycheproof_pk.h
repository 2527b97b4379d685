/*
 * Test-only: runs one public-key Wycheproof file against the engine. Unlike the symmetric files
 * these carry "acceptable" tests (legacy or lenient encodings); each ends in exactly one of the
 * outcomes below, and the acceptable ones are tallied by flag so the log says which way the
 * engine went (vectors README: "log which way the implementation went").
 */
#ifndef WYCHEPROOF_PK_H
#define WYCHEPROOF_PK_H

#include <stddef.h>
#include <stdint.h>

#include "../wycheproof_json.h"

typedef enum pk_outcome
{
    PK_VALID_ACCEPTED,
    PK_INVALID_REJECTED,
    PK_ACCEPTABLE_ACCEPTED,
    PK_ACCEPTABLE_REJECTED,
    PK_FAILED
} pk_outcome;

typedef enum pk_expectation
{
    PK_VALID,
    PK_INVALID,
    PK_ACCEPTABLE
} pk_expectation;

typedef struct pk_case
{
    const json_doc *doc;
    int group;
    int test;
    pk_expectation expected;
} pk_case;

/* Reports a failure with the tcId; returns PK_FAILED. */
pk_outcome pk_fail(const pk_case *c, const char *why);

/* The outcome of a test whose operation was accepted (with a matching output) or refused.
 * `mismatch` is for an accepted operation whose output differs from the vector: always a failure. */
pk_outcome pk_judge(const pk_case *c, int accepted, int mismatch);

/* Hex member of the test (or of the group when the test has none) as malloc'ed bytes. */
uint8_t *pk_hex(const pk_case *c, const char *name, size_t *length);

/* Hashes msg with the group's "sha" (SHA-256 or SHA-384); returns the digest length or 0. */
size_t pk_digest(const pk_case *c, uint8_t *digest, int *hash);

pk_outcome wycheproof_ecdsa(const pk_case *c);
pk_outcome wycheproof_ecdh(const pk_case *c, int spki);
pk_outcome wycheproof_x25519(const pk_case *c);
pk_outcome wycheproof_rsa_signature(const pk_case *c, int padding);
pk_outcome wycheproof_rsa_decrypt(const pk_case *c);

#endif /* WYCHEPROOF_PK_H */
