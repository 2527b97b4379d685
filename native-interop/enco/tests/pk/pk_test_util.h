/*
 * Test-only helpers for the public-key tests: hex decoding and key generation/import shortcuts
 * on top of ../enco_test.h.
 */
#ifndef PK_TEST_UTIL_H
#define PK_TEST_UTIL_H

#include <stdint.h>
#include <string.h>

#include "enco.h"
#include "enco_test.h"

/* Decodes a hex string into out (room bytes); returns the byte count, or -1. */
static inline int32_t pk_unhex(const char *hex, uint8_t *out, size_t room)
{
    size_t length = strlen(hex);
    size_t i;

    if (length % 2 != 0 || length / 2 > room)
    {
        return -1;
    }

    for (i = 0; i < length / 2; i++)
    {
        unsigned int byte;
        if (sscanf(hex + 2 * i, "%2x", &byte) != 1)
        {
            return -1;
        }
        out[i] = (uint8_t)byte;
    }

    return (int32_t)(length / 2);
}

/* CHECK_HEX for any length (enco_test.h's stops at 128 bytes). */
#define CHECK_BYTES(expected_hex, bytes, length) pk_check_bytes(__FILE__, __LINE__, (expected_hex), (bytes), (length))

static inline void pk_check_bytes(const char *file, int line, const char *expected_hex, const uint8_t *bytes,
                                  size_t length)
{
    uint8_t expected[1024];
    int32_t count = pk_unhex(expected_hex, expected, sizeof(expected));
    if (count < 0 || (size_t)count != length || memcmp(expected, bytes, length) != 0)
    {
        fprintf(stderr, "%s:%d: bytes differ from %s\n", file, line, expected_hex);
        enco_test_failures++;
    }
}

/* SHA-256 of a string, for signature tests. */
static inline void pk_sha256(const char *text, uint8_t digest[32])
{
    enco_hash(ENCO_HASH_SHA256, (const uint8_t *)text, (int32_t)strlen(text), digest, 32);
}

#endif /* PK_TEST_UTIL_H */
