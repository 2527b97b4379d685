/*
 * Hostile arguments to every public-key function: NULL buffers, negative lengths, unknown
 * identifiers, keys of the wrong type, short outputs. Each is refused with its code and leaves
 * every output byte as it was.
 */
#include "pk_test_util.h"

static uint8_t rsa[ENCO_KEY_HEADER_SIZE + ENCO_KEY_MAX_DER_SIZE];
static uint8_t ec[256];
static uint8_t x25519[128];
static uint8_t dh[16 + 256];
static int32_t rsa_len;
static int32_t ec_len;
static int32_t x25519_len;
static int32_t dh_len;

static int untouched(const uint8_t *buffer, size_t length)
{
    size_t i;
    for (i = 0; i < length; i++)
    {
        if (buffer[i] != 0xEE)
        {
            return 0;
        }
    }

    return 1;
}

static void sizes(void)
{
    CHECK_EQ(16 + 97, enco_key_blob_size(ENCO_KEY_EC_P256, 0));
    CHECK_EQ(16 + 145, enco_key_blob_size(ENCO_KEY_EC_P384, 384));
    CHECK_EQ(16 + 64, enco_key_blob_size(ENCO_KEY_X25519, 0));
    CHECK_EQ(16 + 512, enco_key_blob_size(ENCO_KEY_DH, 14));
    CHECK(enco_key_blob_size(ENCO_KEY_RSA, 4096) <= ENCO_KEY_HEADER_SIZE + ENCO_KEY_MAX_DER_SIZE);
    CHECK_EQ(ENCO_ERR_UNSUPPORTED, enco_key_blob_size(0, 0));
    CHECK_EQ(ENCO_ERR_UNSUPPORTED, enco_key_blob_size(6, 0));
    CHECK_EQ(ENCO_ERR_UNSUPPORTED, enco_key_blob_size(ENCO_KEY_EC_P256, 384));
}

static void buffer_rules(void)
{
    uint8_t out[600];
    uint8_t digest[32] = {0};

    memset(out, 0xEE, sizeof(out));
    CHECK_EQ(ENCO_ERR_NULL_POINTER, enco_key_generate(ENCO_KEY_EC_P256, 0, NULL, 200));
    CHECK_EQ(ENCO_ERR_BAD_LENGTH, enco_key_generate(ENCO_KEY_EC_P256, 0, out, -1));
    CHECK_EQ(ENCO_ERR_BUFFER_TOO_SMALL, enco_key_generate(ENCO_KEY_EC_P256, 0, out, 112));
    CHECK_EQ(ENCO_ERR_UNSUPPORTED, enco_key_generate(9, 0, out, sizeof(out)));
    CHECK_EQ(ENCO_ERR_NULL_POINTER, enco_key_import(ENCO_KEY_EC_P256, 0, ENCO_KEY_FORMAT_PRIVATE_RAW, NULL, 32, out, 200));
    CHECK_EQ(ENCO_ERR_BAD_LENGTH, enco_key_import(ENCO_KEY_EC_P256, 0, ENCO_KEY_FORMAT_PRIVATE_RAW, digest, -32, out, 200));
    CHECK_EQ(ENCO_ERR_UNSUPPORTED, enco_key_import(ENCO_KEY_EC_P256, 0, ENCO_KEY_FORMAT_PUBLIC_RAW, digest, 32, out, 200));
    CHECK_EQ(ENCO_ERR_BUFFER_TOO_SMALL, enco_key_import(ENCO_KEY_X25519, 0, ENCO_KEY_FORMAT_PRIVATE_RAW, digest, 32, out, 79));
    CHECK(untouched(out, sizeof(out)));

    CHECK_EQ(ENCO_ERR_NULL_POINTER, enco_key_export(NULL, 100, ENCO_KEY_FORMAT_PUBLIC_RAW, out, 100));
    CHECK_EQ(ENCO_ERR_NULL_POINTER, enco_key_export(ec, ec_len, ENCO_KEY_FORMAT_PUBLIC_RAW, NULL, 100));
    CHECK_EQ(ENCO_ERR_BUFFER_TOO_SMALL, enco_key_export(ec, ec_len, ENCO_KEY_FORMAT_PUBLIC_RAW, out, 64));
    CHECK_EQ(ENCO_ERR_BUFFER_TOO_SMALL, enco_key_export(rsa, rsa_len, ENCO_KEY_FORMAT_PUBLIC_SPKI, out, 100));
    CHECK_EQ(ENCO_ERR_UNSUPPORTED, enco_key_export(ec, ec_len, ENCO_KEY_FORMAT_PRIVATE_PKCS1, out, sizeof(out)));
    CHECK_EQ(ENCO_ERR_UNSUPPORTED, enco_key_export(dh, dh_len, ENCO_KEY_FORMAT_PUBLIC_SPKI, out, sizeof(out)));
    CHECK_EQ(ENCO_ERR_UNSUPPORTED, enco_key_export(x25519, x25519_len, ENCO_KEY_FORMAT_PRIVATE_RAW, out, sizeof(out)));
    CHECK(untouched(out, sizeof(out)));

    CHECK_EQ(ENCO_ERR_NULL_POINTER, enco_rsa_sign(rsa, rsa_len, ENCO_RSA_PKCS1_V15, ENCO_HASH_SHA256, NULL, 32, out, 256));
    CHECK_EQ(ENCO_ERR_BAD_LENGTH, enco_rsa_sign(rsa, rsa_len, ENCO_RSA_PKCS1_V15, ENCO_HASH_SHA256, digest, -1, out, 256));
    CHECK_EQ(ENCO_ERR_UNSUPPORTED, enco_rsa_sign(rsa, rsa_len, 3, ENCO_HASH_SHA256, digest, 32, out, 256));
    CHECK_EQ(ENCO_ERR_UNSUPPORTED, enco_rsa_sign(rsa, rsa_len, ENCO_RSA_PKCS1_V15, 5 /* MD5 */, digest, 16, out, 256));
    CHECK_EQ(ENCO_ERR_UNSUPPORTED, enco_rsa_verify(rsa, rsa_len, 7, ENCO_RSA_PSS, ENCO_HASH_SHA256, digest, 32, out, 256));
    CHECK_EQ(ENCO_ERR_KEY_FORMAT, enco_rsa_verify(digest, 32, ENCO_KEY_FORMAT_PUBLIC_SPKI, ENCO_RSA_PSS,
                                                  ENCO_HASH_SHA256, digest, 32, out, 256));
    CHECK_EQ(ENCO_ERR_NULL_POINTER, enco_ecdsa_verify(ENCO_KEY_EC_P256, NULL, 65, ENCO_KEY_FORMAT_PUBLIC_RAW, digest, 32,
                                                      ENCO_ECDSA_RAW, out, 64));
    CHECK_EQ(ENCO_ERR_UNSUPPORTED, enco_ecdsa_verify(ENCO_KEY_X25519, out, 32, ENCO_KEY_FORMAT_PUBLIC_RAW, digest, 32,
                                                     ENCO_ECDSA_RAW, out, 64));
    CHECK_EQ(ENCO_ERR_KEY_FORMAT, enco_ecdsa_verify(ENCO_KEY_EC_P256, out, 65, ENCO_KEY_FORMAT_PUBLIC_RAW, digest, 32,
                                                    ENCO_ECDSA_RAW, out, 64));
    CHECK_EQ(ENCO_ERR_NULL_POINTER, enco_key_agree(ec, ec_len, ENCO_KEY_FORMAT_PUBLIC_RAW, NULL, 65, out, 32));
    CHECK_EQ(ENCO_ERR_BAD_LENGTH, enco_key_agree(ec, ec_len, ENCO_KEY_FORMAT_PUBLIC_RAW, out, 65, out, -32));
    CHECK(untouched(out, sizeof(out)));
}

/* Every operation refuses keys of the wrong type. */
static void wrong_key_types(void)
{
    uint8_t out[600];
    uint8_t digest[32] = {0};
    uint8_t ct[256] = {0};

    memset(out, 0xEE, sizeof(out));
    CHECK_EQ(ENCO_ERR_WRONG_KEY_TYPE, enco_rsa_sign(ec, ec_len, ENCO_RSA_PKCS1_V15, ENCO_HASH_SHA256, digest, 32, out, 512));
    CHECK_EQ(ENCO_ERR_WRONG_KEY_TYPE, enco_rsa_decrypt(x25519, x25519_len, ct, 256, out, 512));
    CHECK_EQ(ENCO_ERR_WRONG_KEY_TYPE, enco_rsa_decrypt_implicit(dh, dh_len, ct, 256, out, 48));
    CHECK_EQ(ENCO_ERR_WRONG_KEY_TYPE, enco_ecdsa_sign(rsa, rsa_len, ENCO_HASH_SHA256, digest, 32, ENCO_ECDSA_DER, out, 512));
    CHECK_EQ(ENCO_ERR_WRONG_KEY_TYPE, enco_ecdsa_sign(x25519, x25519_len, ENCO_HASH_SHA256, digest, 32, ENCO_ECDSA_DER, out, 512));
    CHECK_EQ(ENCO_ERR_WRONG_KEY_TYPE, enco_ecdsa_sign(dh, dh_len, ENCO_HASH_SHA256, digest, 32, ENCO_ECDSA_RAW, out, 512));
    CHECK_EQ(ENCO_ERR_WRONG_KEY_TYPE, enco_key_agree(rsa, rsa_len, ENCO_KEY_FORMAT_PUBLIC_RAW, digest, 32, out, 512));
    CHECK(untouched(out, sizeof(out)));
}

/* A refused signing call on a good key leaves the signature buffer as it was. */
static void short_outputs_write_nothing(void)
{
    uint8_t out[600];
    uint8_t digest[48] = {0};

    memset(out, 0xEE, sizeof(out));
    CHECK_EQ(ENCO_ERR_BUFFER_TOO_SMALL, enco_rsa_sign(rsa, rsa_len, ENCO_RSA_PSS, ENCO_HASH_SHA256, digest, 32, out, 255));
    CHECK_EQ(ENCO_ERR_BUFFER_TOO_SMALL, enco_ecdsa_sign(ec, ec_len, ENCO_HASH_SHA256, digest, 32, ENCO_ECDSA_RAW, out, 63));
    CHECK_EQ(ENCO_ERR_BUFFER_TOO_SMALL, enco_ecdsa_sign(ec, ec_len, ENCO_HASH_SHA256, digest, 32, ENCO_ECDSA_DER, out, 8));
    CHECK_EQ(ENCO_ERR_BAD_LENGTH, enco_ecdsa_sign(ec, ec_len, ENCO_HASH_SHA384, digest, 32, ENCO_ECDSA_DER, out, 200));
    CHECK_EQ(ENCO_ERR_UNSUPPORTED, enco_ecdsa_sign(ec, ec_len, ENCO_PK_HASH_NONE, digest, 32, ENCO_ECDSA_DER, out, 200));
    digest[31] = 2; /* y = 2, a valid peer value */
    CHECK_EQ(ENCO_ERR_BUFFER_TOO_SMALL, enco_key_agree(dh, dh_len, ENCO_KEY_FORMAT_PUBLIC_RAW, digest, 32, out, 95));
    CHECK(untouched(out, sizeof(out)));
}

int main(void)
{
    rsa_len = enco_key_generate(ENCO_KEY_RSA, 2048, rsa, sizeof(rsa));
    ec_len = enco_key_generate(ENCO_KEY_EC_P256, 0, ec, sizeof(ec));
    x25519_len = enco_key_generate(ENCO_KEY_X25519, 0, x25519, sizeof(x25519));
    dh_len = enco_key_generate(ENCO_KEY_DH, 1, dh, sizeof(dh));

    RUN_TEST(sizes);
    RUN_TEST(buffer_rules);
    RUN_TEST(wrong_key_types);
    RUN_TEST(short_outputs_write_nothing);
    return enco_test_summary();
}
