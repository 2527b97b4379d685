/*
 * The 4-bit GHASH of enco_ghash.c against the bit-at-a-time multiplication of NIST SP 800-38D
 * (section 6.3, Algorithm 1) on many random blocks, and its reduction table against its
 * definition.
 */
#include "enco_ghash.h"
#include "enco_test.h"

typedef struct block128
{
    uint64_t hi;
    uint64_t lo;
} block128;

/* V * x in GCM's bit-reflected field: shift right, fold the lost bit back in as R = 0xE1 || 0^120. */
static block128 times_x(block128 v)
{
    uint64_t carry = v.lo & 1;
    v.lo = (v.lo >> 1) | (v.hi << 63);
    v.hi = (v.hi >> 1) ^ (carry ? 0xE1ull << 56 : 0);
    return v;
}

/* Algorithm 1: Z = X . Y, one bit of X at a time from bit 0 (the top bit of the first byte). */
static block128 multiply_reference(block128 x, block128 y)
{
    block128 z = {0, 0};
    block128 v = y;
    int i;

    for (i = 0; i < 128; i++)
    {
        uint64_t bit = i < 64 ? (x.hi >> (63 - i)) & 1 : (x.lo >> (127 - i)) & 1;
        if (bit)
        {
            z.hi ^= v.hi;
            z.lo ^= v.lo;
        }

        v = times_x(v);
    }

    return z;
}

static void store_block(uint8_t out[16], block128 b)
{
    int i;
    for (i = 0; i < 8; i++)
    {
        out[i] = (uint8_t)(b.hi >> (56 - 8 * i));
        out[8 + i] = (uint8_t)(b.lo >> (56 - 8 * i));
    }
}

static void reduction_table_is_four_shifts(void)
{
    unsigned r;
    for (r = 0; r < 16; r++)
    {
        block128 v = {0, r};
        int k;
        for (k = 0; k < 4; k++)
        {
            v = times_x(v);
        }

        CHECK_EQ(0, (long)v.lo);
        CHECK_EQ((long)((uint64_t)enco_ghash_reduce4[r] << 48), (long)v.hi);
    }
}

static void table_multiplication_matches_algorithm_1(void)
{
    uint8_t random_bytes[32];
    int round;

    for (round = 0; round < 2000; round++)
    {
        enco_ghash_table table;
        enco_ghash_state state = {0, 0};
        block128 h;
        block128 x;
        block128 expected;
        uint8_t h_bytes[16];
        uint8_t x_bytes[16];

        enco_test_fill(random_bytes, sizeof(random_bytes), (uint32_t)round + 1);
        memcpy(&h, random_bytes, 16);
        memcpy(&x, random_bytes + 16, 16);
        if (round < 4)
        {
            /* the edges: H = 1 (bit 0), X = bit 127 only, all ones */
            h.hi = round == 0 ? 1ull << 63 : h.hi;
            x.lo = round == 1 ? 1 : x.lo;
            h.hi = round == 2 ? ~0ull : h.hi;
            h.lo = round == 2 ? ~0ull : h.lo;
        }

        store_block(h_bytes, h);
        store_block(x_bytes, x);
        enco_ghash_table_init(&table, h_bytes);
        enco_ghash_update(&table, &state, x_bytes, 16); /* (0 ^ X) * H */
        expected = multiply_reference(x, h);
        CHECK(state.hi == expected.hi && state.lo == expected.lo);
    }
}

int main(void)
{
    RUN_TEST(reduction_table_is_four_shifts);
    RUN_TEST(table_multiplication_matches_algorithm_1);
    return enco_test_summary();
}
