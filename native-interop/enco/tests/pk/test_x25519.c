/*
 * X25519 (RFC 7748): the section 5.2 test vectors, the iterated test to 1000 iterations, the
 * section 6.1 Diffie-Hellman example, and the refusal of low-order peers (all-zero secret).
 */
#include "pk_test_util.h"

#define SIZE 32

/* X25519(k, u) through the blob API: import k, agree with u. */
static int32_t x25519(const uint8_t *k, const uint8_t *u, uint8_t *out)
{
    uint8_t blob[128];
    int32_t used = enco_key_import(ENCO_KEY_X25519, 0, ENCO_KEY_FORMAT_PRIVATE_RAW, k, SIZE, blob, sizeof(blob));
    return used > 0 ? enco_key_agree(blob, used, ENCO_KEY_FORMAT_PUBLIC_RAW, u, SIZE, out, SIZE) : used;
}

static void vector(const char *k_hex, const char *u_hex, const char *expected)
{
    uint8_t k[SIZE];
    uint8_t u[SIZE];
    uint8_t out[SIZE];
    pk_unhex(k_hex, k, SIZE);
    pk_unhex(u_hex, u, SIZE);
    CHECK_EQ(SIZE, x25519(k, u, out));
    CHECK_BYTES(expected, out, SIZE);
}

/* RFC 7748 section 5.2, the two single-call vectors (the second u has its top bit set). */
static void rfc7748_vectors(void)
{
    vector("a546e36bf0527c9d3b16154b82465edd62144c0ac1fc5a18506a2244ba449ac4",
           "e6db6867583030db3594c1a424b15f7c726624ec26b3353b10a903a6d0ab1c4c",
           "c3da55379de9c6908e94ea4df28d084f32eccf03491c71f754b4075577a28552");
    vector("4b66e9d4d1b4673c5ad22691957d6af5c11b6421e0ea01d42ca4169e7918ba0d",
           "e5210f12786811d3f4b7959d0538ae2c31dbe7106fc03c3efc4cd549c715a493",
           "95cbde9476e8907d7aade45cb4b873f88b595a68799fa152e6f8f7647aac7957");
}

/* RFC 7748 section 5.2: k = u = 9, then k, u = X25519(k, u), k. */
static void rfc7748_iterated(void)
{
    uint8_t k[SIZE] = {9};
    uint8_t u[SIZE] = {9};
    uint8_t next[SIZE];
    int i;

    for (i = 1; i <= 1000; i++)
    {
        CHECK_EQ(SIZE, x25519(k, u, next));
        memcpy(u, k, SIZE);
        memcpy(k, next, SIZE);
        if (i == 1)
        {
            CHECK_BYTES("422c8e7a6227d7bca1350b3e2bb7279f7897b87bb6854b783c60e80311ae3079", k, SIZE);
        }
    }

    CHECK_BYTES("684cf59ba83309552800ef566f2f4d3c1c3887c49360e3875f2eb94d99532c51", k, SIZE);
}

/* RFC 7748 section 6.1: public keys from generated blobs' export, and the shared secret. */
static void rfc7748_diffie_hellman(void)
{
    uint8_t alice_k[SIZE];
    uint8_t bob_k[SIZE];
    uint8_t alice[128];
    uint8_t bob[128];
    uint8_t alice_public[SIZE];
    uint8_t bob_public[SIZE];
    uint8_t shared_a[SIZE];
    uint8_t shared_b[SIZE];
    int32_t alice_len;
    int32_t bob_len;

    pk_unhex("77076d0a7318a57d3c16c17251b26645df4c2f87ebc0992ab177fba51db92c2a", alice_k, SIZE);
    pk_unhex("5dab087e624a8a4b79e17f8b83800ee66f3bb1292618b6fd1c2f8b27ff88e0eb", bob_k, SIZE);
    alice_len = enco_key_import(ENCO_KEY_X25519, 0, ENCO_KEY_FORMAT_PRIVATE_RAW, alice_k, SIZE, alice, sizeof(alice));
    bob_len = enco_key_import(ENCO_KEY_X25519, 0, ENCO_KEY_FORMAT_PRIVATE_RAW, bob_k, SIZE, bob, sizeof(bob));
    CHECK_EQ(ENCO_KEY_HEADER_SIZE + 64, alice_len);
    CHECK_EQ(enco_key_blob_size(ENCO_KEY_X25519, 0), bob_len);

    CHECK_EQ(SIZE, enco_key_export(alice, alice_len, ENCO_KEY_FORMAT_PUBLIC_RAW, alice_public, SIZE));
    CHECK_EQ(SIZE, enco_key_export(bob, bob_len, ENCO_KEY_FORMAT_PUBLIC_RAW, bob_public, SIZE));
    CHECK_BYTES("8520f0098930a754748b7ddcb43ef75a0dbf3a0d26381af4eba4a98eaa9b4e6a", alice_public, SIZE);
    CHECK_BYTES("de9edb7d7b7dc1b4d35b61c2ece435373f8343c85b78674dadfc7e146f882b4f", bob_public, SIZE);

    CHECK_EQ(SIZE, enco_key_agree(alice, alice_len, ENCO_KEY_FORMAT_PUBLIC_RAW, bob_public, SIZE, shared_a, SIZE));
    CHECK_EQ(SIZE, enco_key_agree(bob, bob_len, ENCO_KEY_FORMAT_PUBLIC_RAW, alice_public, SIZE, shared_b, SIZE));
    CHECK_BYTES("4a5d9d5ba4ce2de1728e3bf480350f25e07e21c947d19e3376f09b3c1e161742", shared_a, SIZE);
    CHECK(memcmp(shared_a, shared_b, SIZE) == 0);
    CHECK_EQ(ENCO_KEY_HEADER_SIZE + 64, enco_key_check(alice, alice_len));
}

/* Generated keys agree; the SPKI export (RFC 8410) is accepted as a peer; PKCS#8 round trips. */
static void generated_keys_agree(void)
{
    uint8_t a[128];
    uint8_t b[128];
    uint8_t restored[128];
    uint8_t spki[64];
    uint8_t pkcs8[64];
    uint8_t public_b[SIZE];
    uint8_t s1[SIZE];
    uint8_t s2[SIZE];
    int32_t a_len = enco_key_generate(ENCO_KEY_X25519, 0, a, sizeof(a));
    int32_t b_len = enco_key_generate(ENCO_KEY_X25519, 255, b, sizeof(b));
    int32_t spki_len;
    int32_t pkcs8_len;
    int32_t restored_len;

    CHECK_EQ(80, a_len);
    CHECK_EQ(80, b_len);
    CHECK(memcmp(a + ENCO_KEY_HEADER_SIZE, b + ENCO_KEY_HEADER_SIZE, SIZE) != 0);

    spki_len = enco_key_export(a, a_len, ENCO_KEY_FORMAT_PUBLIC_SPKI, spki, sizeof(spki));
    CHECK_EQ(44, spki_len); /* 30 2a 30 05 06 03 2b 65 6e 03 21 00 || u */
    CHECK_EQ(SIZE, enco_key_export(b, b_len, ENCO_KEY_FORMAT_PUBLIC_RAW, public_b, SIZE));
    CHECK_EQ(SIZE, enco_key_agree(b, b_len, ENCO_KEY_FORMAT_PUBLIC_SPKI, spki, spki_len, s1, SIZE));
    CHECK_EQ(SIZE, enco_key_agree(a, a_len, ENCO_KEY_FORMAT_PUBLIC_RAW, public_b, SIZE, s2, SIZE));
    CHECK(memcmp(s1, s2, SIZE) == 0);

    pkcs8_len = enco_key_export(a, a_len, ENCO_KEY_FORMAT_PRIVATE_PKCS8, pkcs8, sizeof(pkcs8));
    CHECK_EQ(48, pkcs8_len); /* RFC 8410 section 10.3's layout */
    restored_len = enco_key_import(ENCO_KEY_X25519, 0, ENCO_KEY_FORMAT_PRIVATE_PKCS8, pkcs8, pkcs8_len, restored,
                                   sizeof(restored));
    CHECK_EQ(a_len, restored_len);
    CHECK(memcmp(a, restored, (size_t)a_len) == 0);
}

/* Low-order points give the all-zero secret: refused (RFC 7748 section 6.1). u = 0, 1, and
 * p - 1 and p + 1 (non-canonical forms of low-order points). Wrong lengths are refused too. */
static void low_order_peers_are_refused(void)
{
    static const char *const low_order[] = {
        "0000000000000000000000000000000000000000000000000000000000000000",
        "0100000000000000000000000000000000000000000000000000000000000000",
        "ecffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f",
        "eeffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f",
        "e0eb7a7c3b41b8ae1656e3faf19fc46ada098deb9c32b1fd866205165f49b800",
    };
    uint8_t blob[128];
    uint8_t u[SIZE + 1];
    uint8_t out[SIZE];
    int32_t used = enco_key_generate(ENCO_KEY_X25519, 0, blob, sizeof(blob));
    size_t i;

    for (i = 0; i < sizeof(low_order) / sizeof(low_order[0]); i++)
    {
        memset(out, 0xEE, sizeof(out));
        pk_unhex(low_order[i], u, SIZE);
        CHECK_EQ(ENCO_ERR_BAD_PEER_KEY, enco_key_agree(blob, used, ENCO_KEY_FORMAT_PUBLIC_RAW, u, SIZE, out, SIZE));
        CHECK(out[0] == 0xEE && out[SIZE - 1] == 0xEE);
    }

    CHECK_EQ(ENCO_ERR_BAD_PEER_KEY, enco_key_agree(blob, used, ENCO_KEY_FORMAT_PUBLIC_RAW, u, SIZE - 1, out, SIZE));
    CHECK_EQ(ENCO_ERR_BAD_PEER_KEY, enco_key_agree(blob, used, ENCO_KEY_FORMAT_PUBLIC_RAW, u, SIZE + 1, out, SIZE));
    CHECK_EQ(ENCO_ERR_BAD_PEER_KEY, enco_key_agree(blob, used, ENCO_KEY_FORMAT_PUBLIC_SPKI, u, SIZE, out, SIZE));
}

/* u and u + p (non-canonical, u < 19) and u with the top bit set give the same secret. */
static void non_canonical_u_is_reduced(void)
{
    uint8_t blob[128];
    uint8_t canonical[SIZE] = {9};
    uint8_t plus_p[SIZE];
    uint8_t top_bit[SIZE] = {9};
    uint8_t s1[SIZE];
    uint8_t s2[SIZE];
    uint8_t s3[SIZE];
    int32_t used = enco_key_generate(ENCO_KEY_X25519, 0, blob, sizeof(blob));

    memset(plus_p, 0xFF, SIZE);
    plus_p[0] = 0xED + 9; /* 2^255 - 19 + 9 */
    plus_p[31] = 0x7F;
    top_bit[31] = 0x80;

    CHECK_EQ(SIZE, enco_key_agree(blob, used, ENCO_KEY_FORMAT_PUBLIC_RAW, canonical, SIZE, s1, SIZE));
    CHECK_EQ(SIZE, enco_key_agree(blob, used, ENCO_KEY_FORMAT_PUBLIC_RAW, plus_p, SIZE, s2, SIZE));
    CHECK_EQ(SIZE, enco_key_agree(blob, used, ENCO_KEY_FORMAT_PUBLIC_RAW, top_bit, SIZE, s3, SIZE));
    CHECK(memcmp(s1, s2, SIZE) == 0);
    CHECK(memcmp(s1, s3, SIZE) == 0);
}

int main(void)
{
    RUN_TEST(rfc7748_vectors);
    RUN_TEST(rfc7748_iterated);
    RUN_TEST(rfc7748_diffie_hellman);
    RUN_TEST(generated_keys_agree);
    RUN_TEST(low_order_peers_are_refused);
    RUN_TEST(non_canonical_u_is_reduced);
    return enco_test_summary();
}
