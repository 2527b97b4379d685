/*
 * MODP Diffie-Hellman groups 1, 2, 5, 14: each prime is recomputed from the RFCs' defining
 * formula p = 2^n - 2^(n-64) - 1 + 2^64 * ([2^(n-130) pi] + k) with pi from Machin's formula,
 * p and q = (p-1)/2 are checked prime (Miller-Rabin), group 14 is compared with mbedTLS's own
 * copy of RFC 3526; then agreement, exponent sizes and peer validation.
 */
#include <mbedtls/bignum.h>
#include <mbedtls/dhm.h>

#include "enco_dh_groups.h"
#include "enco_pk_rng.h"
#include "pk_test_util.h"

static const int32_t group_ids[] = {1, 2, 5, 14};

/* floor(atan(1/x) * 2^bits) by its Taylor series, in integers. */
static void atan_inverse(mbedtls_mpi *result, int x, size_t bits)
{
    mbedtls_mpi term;
    mbedtls_mpi quotient;
    int n = 1;
    int add = 1;

    mbedtls_mpi_init(&term);
    mbedtls_mpi_init(&quotient);
    mbedtls_mpi_lset(result, 0);
    mbedtls_mpi_lset(&term, 1);
    mbedtls_mpi_shift_l(&term, bits);
    mbedtls_mpi_div_int(&term, NULL, &term, x);

    while (mbedtls_mpi_cmp_int(&term, 0) != 0)
    {
        mbedtls_mpi_div_int(&quotient, NULL, &term, n);
        if (add)
        {
            mbedtls_mpi_add_mpi(result, result, &quotient);
        }
        else
        {
            mbedtls_mpi_sub_mpi(result, result, &quotient);
        }

        mbedtls_mpi_div_int(&term, NULL, &term, (mbedtls_mpi_sint)x * x);
        n += 2;
        add = !add;
    }

    mbedtls_mpi_free(&term);
    mbedtls_mpi_free(&quotient);
}

/* floor(pi * 2^bits) = 16 atan(1/5) - 4 atan(1/239), with 64 guard bits. */
static void pi_fixed(mbedtls_mpi *pi, size_t bits)
{
    mbedtls_mpi a;
    mbedtls_mpi b;

    mbedtls_mpi_init(&a);
    mbedtls_mpi_init(&b);
    atan_inverse(&a, 5, bits + 64);
    atan_inverse(&b, 239, bits + 64);
    mbedtls_mpi_mul_int(&a, &a, 16);
    mbedtls_mpi_mul_int(&b, &b, 4);
    mbedtls_mpi_sub_mpi(pi, &a, &b);
    mbedtls_mpi_shift_r(pi, 64);
    mbedtls_mpi_free(&a);
    mbedtls_mpi_free(&b);
}

static void primes_follow_the_rfc_formula(void)
{
    size_t i;

    for (i = 0; i < sizeof(group_ids) / sizeof(group_ids[0]); i++)
    {
        const enco_dh_group *group = enco_dh_group_of(group_ids[i]);
        size_t n = group->size * 8;
        mbedtls_mpi p;
        mbedtls_mpi formula;
        mbedtls_mpi term;

        mbedtls_mpi_init(&p);
        mbedtls_mpi_init(&formula);
        mbedtls_mpi_init(&term);

        /* 2^n - 2^(n-64) - 1 + 2^64 * (floor(2^(n-130) pi) + k) */
        pi_fixed(&term, n - 130);
        mbedtls_mpi_add_int(&term, &term, group->pi_offset);
        mbedtls_mpi_shift_l(&term, 64);
        mbedtls_mpi_lset(&formula, 1);
        mbedtls_mpi_shift_l(&formula, n);
        mbedtls_mpi_add_mpi(&formula, &formula, &term);
        mbedtls_mpi_lset(&term, 1);
        mbedtls_mpi_shift_l(&term, n - 64);
        mbedtls_mpi_sub_mpi(&formula, &formula, &term);
        mbedtls_mpi_sub_int(&formula, &formula, 1);

        mbedtls_mpi_read_binary(&p, group->prime, group->size);
        CHECK_EQ(0, mbedtls_mpi_cmp_mpi(&p, &formula));
        CHECK_EQ(n, mbedtls_mpi_bitlen(&p));

        mbedtls_mpi_free(&p);
        mbedtls_mpi_free(&formula);
        mbedtls_mpi_free(&term);
    }
}

/* p and (p-1)/2 prime: 2 generates the subgroup of prime order q (p = 7 mod 8). */
static void primes_are_safe(void)
{
    size_t i;

    for (i = 0; i < sizeof(group_ids) / sizeof(group_ids[0]); i++)
    {
        const enco_dh_group *group = enco_dh_group_of(group_ids[i]);
        mbedtls_mpi p;
        mbedtls_mpi q;
        mbedtls_mpi_uint r = 0;

        mbedtls_mpi_init(&p);
        mbedtls_mpi_init(&q);
        mbedtls_mpi_read_binary(&p, group->prime, group->size);
        mbedtls_mpi_copy(&q, &p);
        mbedtls_mpi_shift_r(&q, 1);
        CHECK_EQ(0, mbedtls_mpi_is_prime_ext(&p, 40, enco_pk_rng, NULL));
        CHECK_EQ(0, mbedtls_mpi_is_prime_ext(&q, 40, enco_pk_rng, NULL));
        mbedtls_mpi_mod_int(&r, &p, 8);
        CHECK_EQ(7, r);

        mbedtls_mpi_free(&p);
        mbedtls_mpi_free(&q);
    }
}

/* RFC 3526 group 14 as mbedTLS ships it (an independent transcription). */
static void group14_matches_mbedtls(void)
{
    static const uint8_t mbedtls_p[] = MBEDTLS_DHM_RFC3526_MODP_2048_P_BIN;
    const enco_dh_group *group = enco_dh_group_of(14);
    CHECK_EQ(sizeof(mbedtls_p), group->size);
    CHECK(memcmp(mbedtls_p, group->prime, sizeof(mbedtls_p)) == 0);
    CHECK(enco_dh_group_of(3) == NULL && enco_dh_group_of(15) == NULL);
}

static void agreement_per_group(void)
{
    size_t i;

    for (i = 0; i < sizeof(group_ids) / sizeof(group_ids[0]); i++)
    {
        const enco_dh_group *group = enco_dh_group_of(group_ids[i]);
        int32_t size = (int32_t)group->size;
        uint8_t a[16 + 512];
        uint8_t b[16 + 512];
        uint8_t ya[256];
        uint8_t yb[256];
        uint8_t s1[256];
        uint8_t s2[256];
        int32_t a_len = enco_key_generate(ENCO_KEY_DH, group_ids[i], a, sizeof(a));
        int32_t b_len = enco_key_generate(ENCO_KEY_DH, group_ids[i], b, sizeof(b));
        mbedtls_mpi x;

        CHECK_EQ(16 + 2 * size, a_len);
        CHECK_EQ(enco_key_blob_size(ENCO_KEY_DH, group_ids[i]), b_len);
        CHECK_EQ(size, enco_key_export(a, a_len, ENCO_KEY_FORMAT_PUBLIC_RAW, ya, sizeof(ya)));
        CHECK_EQ(size, enco_key_export(b, b_len, ENCO_KEY_FORMAT_PUBLIC_RAW, yb, sizeof(yb)));
        CHECK_EQ(size, enco_key_agree(a, a_len, ENCO_KEY_FORMAT_PUBLIC_RAW, yb, size, s1, sizeof(s1)));
        CHECK_EQ(size, enco_key_agree(b, b_len, ENCO_KEY_FORMAT_PUBLIC_RAW, ya, size, s2, sizeof(s2)));
        CHECK(memcmp(s1, s2, (size_t)size) == 0);
        CHECK_EQ(a_len, enco_key_check(a, a_len));

        /* The private exponent has exactly the group's exponent size. */
        mbedtls_mpi_init(&x);
        mbedtls_mpi_read_binary(&x, a + ENCO_KEY_HEADER_SIZE, group->size);
        CHECK_EQ(group->exponent_bits, mbedtls_mpi_bitlen(&x));
        mbedtls_mpi_free(&x);
    }
}

/* x = 2 gives y = 4 and, with the peer y = 3, Z = 9: a known answer through import. */
static void known_answer_with_small_exponent(void)
{
    static const uint8_t two[1] = {2};
    static const uint8_t three[1] = {3};
    uint8_t blob[16 + 512];
    uint8_t y[256];
    uint8_t z[256];
    int32_t used = enco_key_import(ENCO_KEY_DH, 14, ENCO_KEY_FORMAT_PRIVATE_RAW, two, 1, blob, sizeof(blob));

    CHECK_EQ(16 + 512, used);
    CHECK_EQ(256, enco_key_export(blob, used, ENCO_KEY_FORMAT_PUBLIC_RAW, y, sizeof(y)));
    CHECK(y[255] == 4 && y[0] == 0 && y[254] == 0);
    CHECK_EQ(256, enco_key_agree(blob, used, ENCO_KEY_FORMAT_PUBLIC_RAW, three, 1, z, sizeof(z)));
    CHECK(z[255] == 9 && z[0] == 0);
}

/* 1 < y < p-1 (RFC 2631 2.1.5, SP 800-56A 5.6.2.3.1); at most the modulus size. */
static void peer_values_are_validated(void)
{
    const enco_dh_group *group = enco_dh_group_of(2);
    uint8_t blob[16 + 256];
    uint8_t y[130];
    uint8_t z[128];
    int32_t used = enco_key_generate(ENCO_KEY_DH, 2, blob, sizeof(blob));

    memset(y, 0, sizeof(y));
    CHECK_EQ(ENCO_ERR_BAD_PEER_KEY, enco_key_agree(blob, used, ENCO_KEY_FORMAT_PUBLIC_RAW, y, 128, z, 128)); /* 0 */
    y[127] = 1;
    CHECK_EQ(ENCO_ERR_BAD_PEER_KEY, enco_key_agree(blob, used, ENCO_KEY_FORMAT_PUBLIC_RAW, y, 128, z, 128)); /* 1 */
    y[127] = 2;
    CHECK_EQ(128, enco_key_agree(blob, used, ENCO_KEY_FORMAT_PUBLIC_RAW, y, 128, z, 128)); /* 2 */

    memcpy(y, group->prime, 128);
    CHECK_EQ(ENCO_ERR_BAD_PEER_KEY, enco_key_agree(blob, used, ENCO_KEY_FORMAT_PUBLIC_RAW, y, 128, z, 128)); /* p */
    y[127] -= 1;
    CHECK_EQ(ENCO_ERR_BAD_PEER_KEY, enco_key_agree(blob, used, ENCO_KEY_FORMAT_PUBLIC_RAW, y, 128, z, 128)); /* p-1 */
    y[127] -= 1;
    CHECK_EQ(128, enco_key_agree(blob, used, ENCO_KEY_FORMAT_PUBLIC_RAW, y, 128, z, 128)); /* p-2 */

    memset(y, 0xFF, sizeof(y));
    CHECK_EQ(ENCO_ERR_BAD_PEER_KEY, enco_key_agree(blob, used, ENCO_KEY_FORMAT_PUBLIC_RAW, y, 128, z, 128)); /* > p */
    CHECK_EQ(ENCO_ERR_BAD_PEER_KEY, enco_key_agree(blob, used, ENCO_KEY_FORMAT_PUBLIC_RAW, y, 129, z, 128));
    CHECK_EQ(ENCO_ERR_BAD_PEER_KEY, enco_key_agree(blob, used, ENCO_KEY_FORMAT_PUBLIC_RAW, y, 0, z, 128));
    CHECK_EQ(ENCO_ERR_UNSUPPORTED, enco_key_agree(blob, used, ENCO_KEY_FORMAT_PUBLIC_SPKI, y, 128, z, 128));
    CHECK_EQ(ENCO_ERR_UNSUPPORTED, enco_key_generate(ENCO_KEY_DH, 3, blob, sizeof(blob)));
    CHECK_EQ(ENCO_ERR_UNSUPPORTED, enco_key_blob_size(ENCO_KEY_DH, 0));
}

int main(void)
{
    RUN_TEST(primes_follow_the_rfc_formula);
    RUN_TEST(primes_are_safe);
    RUN_TEST(group14_matches_mbedtls);
    RUN_TEST(agreement_per_group);
    RUN_TEST(known_answer_with_small_exponent);
    RUN_TEST(peer_values_are_validated);
    return enco_test_summary();
}
