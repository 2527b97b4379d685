/*
 * RSAES-PKCS1-v1_5 decryption, explicit and with implicit rejection. Ciphertexts are built
 * from chosen encoded messages with the raw public operation, so every padding fault is
 * covered: wrong first bytes, block type 1, a short PS, no separator, a wrong length.
 */
#include <mbedtls/pk.h>
#include <mbedtls/rsa.h>

#include "pk_test_util.h"

#define BITS 2048
#define K (BITS / 8)

static uint8_t blob[ENCO_KEY_HEADER_SIZE + ENCO_KEY_MAX_DER_SIZE];
static int32_t blob_len;
static mbedtls_pk_context public_key;

/* A well-formed EM = 00 02 PS 00 M with |M| = message_len. */
static void make_em(uint8_t em[K], size_t message_len)
{
    size_t i;
    enco_test_fill(em, K, (uint32_t)message_len);
    em[0] = 0x00;
    em[1] = 0x02;
    for (i = 2; i < K - message_len - 1; i++)
    {
        em[i] |= 0x01; /* non-zero padding */
    }
    em[K - message_len - 1] = 0x00;
}

static void encrypt_raw(const uint8_t em[K], uint8_t ct[K])
{
    CHECK_EQ(0, mbedtls_rsa_public(mbedtls_pk_rsa(public_key), em, ct));
}

static void setup(void)
{
    uint8_t spki[512];
    int32_t spki_len;

    blob_len = enco_key_generate(ENCO_KEY_RSA, BITS, blob, sizeof(blob));
    spki_len = enco_key_export(blob, blob_len, ENCO_KEY_FORMAT_PUBLIC_SPKI, spki, sizeof(spki));
    mbedtls_pk_init(&public_key);
    CHECK_EQ(0, mbedtls_pk_parse_public_key(&public_key, spki, (size_t)spki_len));
}

static void well_formed_ciphertexts(void)
{
    uint8_t em[K];
    uint8_t ct[K];
    uint8_t out[K];
    uint8_t other[K];

    make_em(em, 48);
    encrypt_raw(em, ct);
    CHECK_EQ(48, enco_rsa_decrypt(blob, blob_len, ct, K, out, sizeof(out)));
    CHECK(memcmp(out, em + K - 48, 48) == 0);
    CHECK_EQ(ENCO_OK, enco_rsa_decrypt_implicit(blob, blob_len, ct, K, out, 48));
    CHECK(memcmp(out, em + K - 48, 48) == 0);

    /* The right padding but another length than expected: synthetic bytes, stable. */
    CHECK_EQ(ENCO_OK, enco_rsa_decrypt_implicit(blob, blob_len, ct, K, out, 47));
    CHECK_EQ(ENCO_OK, enco_rsa_decrypt_implicit(blob, blob_len, ct, K, other, 47));
    CHECK(memcmp(out, other, 47) == 0);
    CHECK(memcmp(out, em + K - 47, 47) != 0);

    /* An empty message, and the longest one (PS of exactly 8 bytes). */
    make_em(em, 0);
    encrypt_raw(em, ct);
    CHECK_EQ(0, enco_rsa_decrypt(blob, blob_len, ct, K, out, 0));
    make_em(em, K - 11);
    encrypt_raw(em, ct);
    CHECK_EQ(K - 11, enco_rsa_decrypt(blob, blob_len, ct, K, out, sizeof(out)));
    CHECK_EQ(ENCO_OK, enco_rsa_decrypt_implicit(blob, blob_len, ct, K, out, K - 11));
    CHECK(memcmp(out, em + 11, K - 11) == 0);

    /* Explicit: too small an output is refused and writes nothing. */
    memset(out, 0xEE, sizeof(out));
    CHECK_EQ(ENCO_ERR_BUFFER_TOO_SMALL, enco_rsa_decrypt(blob, blob_len, ct, K, out, K - 12));
    CHECK(out[0] == 0xEE && out[K - 13] == 0xEE);
}

/* Each fault: explicit refuses; implicit answers 48 stable bytes that depend on the ciphertext. */
static void check_fault(const uint8_t em[K])
{
    uint8_t ct[K];
    uint8_t out[K];
    uint8_t again[K];
    uint8_t message[K];

    encrypt_raw(em, ct);
    memset(message, 0xEE, sizeof(message));
    CHECK_EQ(ENCO_ERR_DECRYPT_FAILED, enco_rsa_decrypt(blob, blob_len, ct, K, message, sizeof(message)));
    CHECK(message[0] == 0xEE);

    CHECK_EQ(ENCO_OK, enco_rsa_decrypt_implicit(blob, blob_len, ct, K, out, 48));
    CHECK_EQ(ENCO_OK, enco_rsa_decrypt_implicit(blob, blob_len, ct, K, again, 48));
    CHECK(memcmp(out, again, 48) == 0);
    CHECK(memcmp(out, em + K - 48, 48) != 0);

    /* A longer request starts differently: the length is an input of the derivation. */
    CHECK_EQ(ENCO_OK, enco_rsa_decrypt_implicit(blob, blob_len, ct, K, again, 64));
    CHECK(memcmp(out, again, 48) != 0);

    /* Another ciphertext, another answer. */
    ct[K - 1] ^= 1;
    CHECK_EQ(ENCO_OK, enco_rsa_decrypt_implicit(blob, blob_len, ct, K, again, 48));
    CHECK(memcmp(out, again, 48) != 0);
}

static void padding_faults(void)
{
    uint8_t em[K];

    make_em(em, 48);
    em[1] = 0x01; /* block type 1 (signature padding) */
    check_fault(em);

    make_em(em, 48);
    em[0] = 0x01; /* leading byte not zero (still below n) */
    check_fault(em);

    make_em(em, 48);
    em[2 + 7] = 0x00; /* separator inside the first 8 bytes of PS */
    memset(em + 10, 0x55, K - 10);
    check_fault(em);

    make_em(em, 48);
    em[K - 49] = 0x7A; /* no separator at all */
    check_fault(em);
}

/* Faults visible from the public key alone are reported by both functions. */
static void public_faults(void)
{
    uint8_t ct[K + 1];
    uint8_t out[K];
    int32_t spki_len;
    uint8_t spki[512];

    memset(ct, 0xFF, sizeof(ct)); /* >= n */
    CHECK_EQ(ENCO_ERR_DECRYPT_FAILED, enco_rsa_decrypt(blob, blob_len, ct, K, out, sizeof(out)));
    CHECK_EQ(ENCO_ERR_DECRYPT_FAILED, enco_rsa_decrypt_implicit(blob, blob_len, ct, K, out, 48));
    ct[0] = 0;
    CHECK_EQ(ENCO_ERR_DECRYPT_FAILED, enco_rsa_decrypt(blob, blob_len, ct, K + 1, out, sizeof(out)));
    CHECK_EQ(ENCO_ERR_DECRYPT_FAILED, enco_rsa_decrypt_implicit(blob, blob_len, ct, K - 1, out, 48));
    CHECK_EQ(ENCO_ERR_BAD_LENGTH, enco_rsa_decrypt_implicit(blob, blob_len, ct + 1, K, out, K - 10));

    /* An EC key cannot decrypt. */
    spki_len = enco_key_generate(ENCO_KEY_EC_P256, 0, spki, sizeof(spki));
    CHECK_EQ(ENCO_ERR_WRONG_KEY_TYPE, enco_rsa_decrypt_implicit(spki, spki_len, ct + 1, K, out, 48));
}

int main(void)
{
    setup();
    RUN_TEST(well_formed_ciphertexts);
    RUN_TEST(padding_faults);
    RUN_TEST(public_faults);
    mbedtls_pk_free(&public_key);
    return enco_test_summary();
}
