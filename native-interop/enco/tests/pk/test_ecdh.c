/*
 * ECDH on P-256 and P-384 (SEC 1 3.3.1): both sides agree through raw points and SPKI, and
 * every invalid peer encoding is refused with ENCO_ERR_BAD_PEER_KEY: off the curve, infinity,
 * compressed, wrong length, the other curve's SPKI, coordinates >= p.
 */
#include "pk_test_util.h"

#define BLOB 256

static void agree_both_ways(int type, int32_t size)
{
    uint8_t a[BLOB];
    uint8_t b[BLOB];
    uint8_t a_point[97];
    uint8_t b_spki[160];
    uint8_t s1[48];
    uint8_t s2[48];
    int i;

    for (i = 0; i < 10; i++)
    {
        int32_t a_len = enco_key_generate(type, 0, a, sizeof(a));
        int32_t b_len = enco_key_generate(type, 0, b, sizeof(b));
        int32_t point_len = enco_key_export(a, a_len, ENCO_KEY_FORMAT_PUBLIC_RAW, a_point, sizeof(a_point));
        int32_t spki_len = enco_key_export(b, b_len, ENCO_KEY_FORMAT_PUBLIC_SPKI, b_spki, sizeof(b_spki));

        CHECK_EQ(2 * size + 1, point_len);
        CHECK_EQ(size, enco_key_agree(b, b_len, ENCO_KEY_FORMAT_PUBLIC_RAW, a_point, point_len, s1, sizeof(s1)));
        CHECK_EQ(size, enco_key_agree(a, a_len, ENCO_KEY_FORMAT_PUBLIC_SPKI, b_spki, spki_len, s2, sizeof(s2)));
        CHECK(memcmp(s1, s2, (size_t)size) == 0);
    }
}

static void p256_agrees(void)
{
    agree_both_ways(ENCO_KEY_EC_P256, 32);
}

static void p384_agrees(void)
{
    agree_both_ways(ENCO_KEY_EC_P384, 48);
}

static void invalid_peers_are_refused(void)
{
    uint8_t a[BLOB];
    uint8_t other[BLOB];
    uint8_t point[65];
    uint8_t bad[66];
    uint8_t spki384[160];
    uint8_t out[32];
    int32_t a_len = enco_key_generate(ENCO_KEY_EC_P256, 0, a, sizeof(a));
    int32_t other_len = enco_key_generate(ENCO_KEY_EC_P384, 0, other, sizeof(other));
    int32_t spki384_len = enco_key_export(other, other_len, ENCO_KEY_FORMAT_PUBLIC_SPKI, spki384, sizeof(spki384));
    static const uint8_t infinity[1] = {0x00};

    enco_key_export(a, a_len, ENCO_KEY_FORMAT_PUBLIC_RAW, point, sizeof(point));
    memset(out, 0xEE, sizeof(out));

    /* Off the curve: y + 1. */
    memcpy(bad, point, 65);
    bad[64] ^= 1;
    CHECK_EQ(ENCO_ERR_BAD_PEER_KEY, enco_key_agree(a, a_len, ENCO_KEY_FORMAT_PUBLIC_RAW, bad, 65, out, 32));

    /* Infinity, as SEC 1 encodes it. */
    CHECK_EQ(ENCO_ERR_BAD_PEER_KEY, enco_key_agree(a, a_len, ENCO_KEY_FORMAT_PUBLIC_RAW, infinity, 1, out, 32));

    /* Compressed (02/03 || X): refused by design. */
    memcpy(bad, point, 33);
    bad[0] = (uint8_t)(0x02 | (point[64] & 1));
    CHECK_EQ(ENCO_ERR_BAD_PEER_KEY, enco_key_agree(a, a_len, ENCO_KEY_FORMAT_PUBLIC_RAW, bad, 33, out, 32));

    /* Hybrid prefix 06/07, raw X || Y without a prefix, truncated, one byte too long. */
    memcpy(bad, point, 65);
    bad[0] = 0x06;
    CHECK_EQ(ENCO_ERR_BAD_PEER_KEY, enco_key_agree(a, a_len, ENCO_KEY_FORMAT_PUBLIC_RAW, bad, 65, out, 32));
    CHECK_EQ(ENCO_ERR_BAD_PEER_KEY, enco_key_agree(a, a_len, ENCO_KEY_FORMAT_PUBLIC_RAW, point + 1, 64, out, 32));
    CHECK_EQ(ENCO_ERR_BAD_PEER_KEY, enco_key_agree(a, a_len, ENCO_KEY_FORMAT_PUBLIC_RAW, point, 64, out, 32));
    memcpy(bad, point, 65);
    bad[65] = 0;
    CHECK_EQ(ENCO_ERR_BAD_PEER_KEY, enco_key_agree(a, a_len, ENCO_KEY_FORMAT_PUBLIC_RAW, bad, 66, out, 32));

    /* X = p (not reduced), Y anything. */
    pk_unhex("04ffffffff00000001000000000000000000000000ffffffffffffffffffffffff", bad, sizeof(bad));
    memcpy(bad + 33, point + 33, 32);
    CHECK_EQ(ENCO_ERR_BAD_PEER_KEY, enco_key_agree(a, a_len, ENCO_KEY_FORMAT_PUBLIC_RAW, bad, 65, out, 32));

    /* A P-384 key where a P-256 key is expected. */
    CHECK_EQ(ENCO_ERR_BAD_PEER_KEY, enco_key_agree(a, a_len, ENCO_KEY_FORMAT_PUBLIC_SPKI, spki384, spki384_len, out, 32));

    /* The raw point given as SPKI and the reverse. */
    CHECK_EQ(ENCO_ERR_BAD_PEER_KEY, enco_key_agree(a, a_len, ENCO_KEY_FORMAT_PUBLIC_SPKI, point, 65, out, 32));

    CHECK(out[0] == 0xEE && out[31] == 0xEE);

    /* The own point is a valid peer. */
    CHECK_EQ(32, enco_key_agree(a, a_len, ENCO_KEY_FORMAT_PUBLIC_RAW, point, 65, out, 32));
}

/* A secret buffer one byte short changes nothing; unknown formats are refused. */
static void wrong_types_and_sizes(void)
{
    uint8_t a[BLOB];
    uint8_t point[65];
    uint8_t out[32];
    int32_t a_len = enco_key_generate(ENCO_KEY_EC_P256, 0, a, sizeof(a));

    enco_key_export(a, a_len, ENCO_KEY_FORMAT_PUBLIC_RAW, point, sizeof(point));
    memset(out, 0xEE, sizeof(out));
    CHECK_EQ(ENCO_ERR_BUFFER_TOO_SMALL, enco_key_agree(a, a_len, ENCO_KEY_FORMAT_PUBLIC_RAW, point, 65, out, 31));
    CHECK(out[0] == 0xEE);
    CHECK_EQ(ENCO_ERR_UNSUPPORTED, enco_key_agree(a, a_len, 99, point, 65, out, 32));
    CHECK_EQ(ENCO_ERR_UNSUPPORTED, enco_ecdsa_sign(a, a_len, ENCO_HASH_SHA256, out, 32, 99, out, 32));
}

int main(void)
{
    RUN_TEST(p256_agrees);
    RUN_TEST(p384_agrees);
    RUN_TEST(invalid_peers_are_refused);
    RUN_TEST(wrong_types_and_sizes);
    return enco_test_summary();
}
