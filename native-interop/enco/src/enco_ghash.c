/*
 * GHASH with Shoup's 4-bit tables (see enco_ghash.h).
 *
 * GCM's field GF(2^128) is bit-reflected: bit 0 of a block (the top bit of its first byte) is the
 * coefficient of x^0. Multiplying by x is therefore a right shift of the 128-bit big-endian value,
 * folding a bit shifted out of x^127 back in as R = 11100001 || 0^120 (SP 800-38D, Algorithm 1).
 * X * H is evaluated by Horner's rule over X's 32 nibbles, last nibble first:
 *   Z = (Z * x^4) ^ M[nibble]
 */
#include "enco_ghash.h"

#include <mbedtls/platform_util.h>

/* When Z * x^4 shifts out the four low bits r, the reductions of those bits land in the top 16
 * bits: reduce4[r] << 48. Derived bit by bit in tests/test_ghash.c. */
const uint16_t enco_ghash_reduce4[16] = {
    0x0000, 0x1C20, 0x3840, 0x2460, 0x7080, 0x6CA0, 0x48C0, 0x54E0,
    0xE100, 0xFD20, 0xD940, 0xC560, 0x9180, 0x8DA0, 0xA9C0, 0xB5E0,
};

static uint64_t load_be64(const uint8_t *p)
{
    return ((uint64_t)p[0] << 56) | ((uint64_t)p[1] << 48) | ((uint64_t)p[2] << 40) | ((uint64_t)p[3] << 32) |
           ((uint64_t)p[4] << 24) | ((uint64_t)p[5] << 16) | ((uint64_t)p[6] << 8) | (uint64_t)p[7];
}

static void store_be64(uint8_t *p, uint64_t v)
{
    int i;
    for (i = 7; i >= 0; i--)
    {
        p[i] = (uint8_t)v;
        v >>= 8;
    }
}

void enco_ghash_table_init(enco_ghash_table *table, const uint8_t h[16])
{
    uint64_t hi = load_be64(h);
    uint64_t lo = load_be64(h + 8);
    int i;
    int j;

    /* A nibble's top bit (8) is the lowest power of x: M[8] = H, M[4] = H*x, M[2] = H*x^2, M[1] = H*x^3. */
    table->hi[0] = 0;
    table->lo[0] = 0;
    for (i = 8; i > 0; i >>= 1)
    {
        uint64_t carry = lo & 1;
        table->hi[i] = hi;
        table->lo[i] = lo;

        lo = (lo >> 1) | (hi << 63);
        hi = (hi >> 1) ^ ((0xE1ull << 56) & (0 - carry)); /* no branch on the key */
    }

    /* Multiplication distributes over XOR: M[a ^ b] = M[a] ^ M[b]. */
    for (i = 2; i < 16; i <<= 1)
    {
        for (j = 1; j < i; j++)
        {
            table->hi[i + j] = table->hi[i] ^ table->hi[j];
            table->lo[i + j] = table->lo[i] ^ table->lo[j];
        }
    }
}

/* x = x * H */
static void multiply(const enco_ghash_table *table, enco_ghash_state *x)
{
    uint8_t bytes[16];
    uint64_t zh = 0;
    uint64_t zl = 0;
    int i;

    store_be64(bytes, x->hi);
    store_be64(bytes + 8, x->lo);

    for (i = 15; i >= 0; i--)
    {
        unsigned nibbles[2];
        int k;

        nibbles[0] = bytes[i] & 0x0Fu; /* the higher powers of x come first */
        nibbles[1] = bytes[i] >> 4;
        for (k = 0; k < 2; k++)
        {
            unsigned r = (unsigned)(zl & 0x0F);
            zl = (zl >> 4) | (zh << 60);
            zh = (zh >> 4) ^ ((uint64_t)enco_ghash_reduce4[r] << 48);
            zh ^= table->hi[nibbles[k]];
            zl ^= table->lo[nibbles[k]];
        }
    }

    x->hi = zh;
    x->lo = zl;
    mbedtls_platform_zeroize(bytes, sizeof(bytes));
}

void enco_ghash_update(const enco_ghash_table *table, enco_ghash_state *x, const uint8_t *data, size_t length)
{
    while (length >= 16)
    {
        x->hi ^= load_be64(data);
        x->lo ^= load_be64(data + 8);
        multiply(table, x);
        data += 16;
        length -= 16;
    }

    if (length > 0)
    {
        uint8_t last[16] = {0};
        size_t i;
        for (i = 0; i < length; i++)
        {
            last[i] = data[i];
        }

        x->hi ^= load_be64(last);
        x->lo ^= load_be64(last + 8);
        multiply(table, x);
        mbedtls_platform_zeroize(last, sizeof(last));
    }
}

void enco_ghash_finish(const enco_ghash_table *table, enco_ghash_state *x, uint64_t aad_bytes, uint64_t text_bytes,
                       uint8_t out[16])
{
    x->hi ^= aad_bytes * 8;
    x->lo ^= text_bytes * 8;
    multiply(table, x);
    store_be64(out, x->hi);
    store_be64(out + 8, x->lo);
}
