/*
 * Internal: GHASH (NIST SP 800-38D section 6.4) with Shoup's 4-bit tables, for the engine's own
 * GCM. On the ESP32 only the AES block is in hardware; GHASH is software, and this is it.
 *
 * Why 4-bit tables: per key they take 16 x 16 = 256 bytes (8-bit tables take 4 KiB, plus a 512-byte
 * reduction table), which keeps an AEAD blob at 576 bytes per direction of every TLS connection
 * and ESP SA on a board with a few hundred KiB of RAM, and keeps the per-call copy of the blob to
 * an aligned stack variable cheap. 8-bit tables would halve the table lookups per block (16
 * instead of 32) at 16 times the memory.
 */
#ifndef ENCO_GHASH_H
#define ENCO_GHASH_H

#include <stddef.h>
#include <stdint.h>

/* M[n] = n * H for every 4-bit n, each element as two big-endian 64-bit halves. */
typedef struct enco_ghash_table
{
    uint64_t hi[16];
    uint64_t lo[16];
} enco_ghash_table;

/* A GHASH accumulator X, as two big-endian 64-bit halves. */
typedef struct enco_ghash_state
{
    uint64_t hi;
    uint64_t lo;
} enco_ghash_state;

/* The reduction table of a 4-bit shift (exposed for the test that derives it bit by bit). */
extern const uint16_t enco_ghash_reduce4[16];

void enco_ghash_table_init(enco_ghash_table *table, const uint8_t h[16]);

/* X = (X ^ B) * H for each 16-byte block B of data, the last one zero-padded (section 6.4). */
void enco_ghash_update(const enco_ghash_table *table, enco_ghash_state *x, const uint8_t *data, size_t length);

/* Absorbs the final block [len(A)]64 || [len(C)]64 (lengths in bits) and writes X. */
void enco_ghash_finish(const enco_ghash_table *table, enco_ghash_state *x, uint64_t aad_bytes, uint64_t text_bytes,
                       uint8_t out[16]);

#endif /* ENCO_GHASH_H */
