/*
 * RSA at every supported size (1024, 2048, 3072, 4096 bits): key generation, PKCS#1 v1.5 and
 * PSS signatures round trips (SHA-256, SHA-384, and raw for IKEv1), encryption round trips,
 * PKCS#1/PKCS#8/SPKI import and export, tampering, and the key checks of import.
 */
#include <mbedtls/pk.h>
#include <mbedtls/rsa.h>

#include "enco_pk_rng.h"
#include "pk_test_util.h"

#define BLOB_ROOM (ENCO_KEY_HEADER_SIZE + ENCO_KEY_MAX_DER_SIZE)

static uint8_t blob[BLOB_ROOM];
static uint8_t other[BLOB_ROOM];
static uint8_t der[ENCO_KEY_MAX_DER_SIZE];
static uint8_t spki[1024];
static uint8_t pkcs1_public[1024];

static void sign_verify(const uint8_t *key, int32_t key_len, const uint8_t *public_key, int32_t public_len,
                        int32_t format, int padding, int hash, int32_t digest_len, int32_t k)
{
    uint8_t digest[64];
    uint8_t sig[512];
    uint8_t again[512];
    int32_t sig_len;

    enco_test_fill(digest, sizeof(digest), (uint32_t)(padding * 100 + hash));
    sig_len = enco_rsa_sign(key, key_len, padding, hash, digest, digest_len, sig, sizeof(sig));
    CHECK_EQ(k, sig_len);
    CHECK_EQ(ENCO_OK, enco_rsa_verify(public_key, public_len, format, padding, hash, digest, digest_len, sig, sig_len));

    /* PKCS#1 v1.5 is deterministic, PSS is salted. */
    CHECK_EQ(k, enco_rsa_sign(key, key_len, padding, hash, digest, digest_len, again, sizeof(again)));
    CHECK_EQ(padding == ENCO_RSA_PKCS1_V15, memcmp(sig, again, (size_t)k) == 0);

    sig[k / 2] ^= 0x10;
    CHECK_EQ(ENCO_ERR_BAD_SIGNATURE,
             enco_rsa_verify(public_key, public_len, format, padding, hash, digest, digest_len, sig, sig_len));
    sig[k / 2] ^= 0x10;
    digest[digest_len - 1] ^= 1;
    CHECK_EQ(ENCO_ERR_BAD_SIGNATURE,
             enco_rsa_verify(public_key, public_len, format, padding, hash, digest, digest_len, sig, sig_len));
    CHECK_EQ(ENCO_ERR_BAD_SIGNATURE,
             enco_rsa_verify(public_key, public_len, format, padding, hash, digest, digest_len, sig, sig_len - 1));

    /* The other padding does not accept it. */
    digest[digest_len - 1] ^= 1;
    if (hash != ENCO_PK_HASH_NONE)
    {
        CHECK_EQ(ENCO_ERR_BAD_SIGNATURE,
                 enco_rsa_verify(public_key, public_len, format, padding == ENCO_RSA_PSS ? ENCO_RSA_PKCS1_V15 : ENCO_RSA_PSS,
                                 hash, digest, digest_len, sig, sig_len));
    }
}

static void encrypt_decrypt(const uint8_t *key, int32_t key_len, const uint8_t *public_key, int32_t public_len, int32_t k)
{
    uint8_t message[48];
    uint8_t ct[512];
    uint8_t out[512];
    uint8_t longest[512];

    enco_test_fill(message, sizeof(message), 7);
    CHECK_EQ(k, enco_rsa_encrypt(public_key, public_len, ENCO_KEY_FORMAT_PUBLIC_SPKI, message, 48, ct, sizeof(ct)));
    CHECK_EQ(48, enco_rsa_decrypt(key, key_len, ct, k, out, sizeof(out)));
    CHECK(memcmp(out, message, 48) == 0);
    CHECK_EQ(ENCO_OK, enco_rsa_decrypt_implicit(key, key_len, ct, k, out, 48));
    CHECK(memcmp(out, message, 48) == 0);

    /* k - 11 is the longest message; k - 10 is refused before anything is computed. */
    enco_test_fill(longest, sizeof(longest), 8);
    CHECK_EQ(k, enco_rsa_encrypt(public_key, public_len, ENCO_KEY_FORMAT_PUBLIC_SPKI, longest, k - 11, ct, sizeof(ct)));
    CHECK_EQ(k - 11, enco_rsa_decrypt(key, key_len, ct, k, out, sizeof(out)));
    CHECK(memcmp(out, longest, (size_t)(k - 11)) == 0);
    CHECK_EQ(ENCO_ERR_BAD_LENGTH,
             enco_rsa_encrypt(public_key, public_len, ENCO_KEY_FORMAT_PUBLIC_SPKI, longest, k - 10, ct, sizeof(ct)));
    CHECK_EQ(ENCO_ERR_BUFFER_TOO_SMALL,
             enco_rsa_encrypt(public_key, public_len, ENCO_KEY_FORMAT_PUBLIC_SPKI, message, 48, ct, k - 1));
}

static void one_size(int32_t bits)
{
    int32_t k = bits / 8;
    int32_t used = enco_key_generate(ENCO_KEY_RSA, bits, blob, sizeof(blob));
    int32_t spki_len;
    int32_t raw_len;
    int32_t der_len;
    int32_t other_len;

    CHECK(used > 0 && used <= enco_key_blob_size(ENCO_KEY_RSA, bits));
    CHECK_EQ(used, enco_key_check(blob, used));
    spki_len = enco_key_export(blob, used, ENCO_KEY_FORMAT_PUBLIC_SPKI, spki, sizeof(spki));
    raw_len = enco_key_export(blob, used, ENCO_KEY_FORMAT_PUBLIC_RAW, pkcs1_public, sizeof(pkcs1_public));
    CHECK(spki_len > raw_len && raw_len > k);

    sign_verify(blob, used, spki, spki_len, ENCO_KEY_FORMAT_PUBLIC_SPKI, ENCO_RSA_PKCS1_V15, ENCO_HASH_SHA256, 32, k);
    sign_verify(blob, used, pkcs1_public, raw_len, ENCO_KEY_FORMAT_PUBLIC_RAW, ENCO_RSA_PKCS1_V15, ENCO_HASH_SHA384, 48, k);
    sign_verify(blob, used, spki, spki_len, ENCO_KEY_FORMAT_PUBLIC_SPKI, ENCO_RSA_PKCS1_V15, ENCO_PK_HASH_NONE, 36, k);
    sign_verify(blob, used, spki, spki_len, ENCO_KEY_FORMAT_PUBLIC_SPKI, ENCO_RSA_PSS, ENCO_HASH_SHA256, 32, k);
    sign_verify(blob, used, pkcs1_public, raw_len, ENCO_KEY_FORMAT_PUBLIC_RAW, ENCO_RSA_PSS, ENCO_HASH_SHA384, 48, k);
    encrypt_decrypt(blob, used, spki, spki_len, k);

    /* PKCS#1 and PKCS#8 exports import back to the same blob. */
    der_len = enco_key_export(blob, used, ENCO_KEY_FORMAT_PRIVATE_PKCS1, der, sizeof(der));
    CHECK_EQ(used - ENCO_KEY_HEADER_SIZE, der_len);
    other_len = enco_key_import(ENCO_KEY_RSA, 0, ENCO_KEY_FORMAT_PRIVATE_PKCS1, der, der_len, other, sizeof(other));
    CHECK_EQ(used, other_len);
    CHECK(memcmp(blob, other, (size_t)used) == 0);

    der_len = enco_key_export(blob, used, ENCO_KEY_FORMAT_PRIVATE_PKCS8, der, sizeof(der));
    CHECK(der_len > used - ENCO_KEY_HEADER_SIZE);
    other_len = enco_key_import(ENCO_KEY_RSA, 0, ENCO_KEY_FORMAT_PRIVATE_PKCS8, der, der_len, other, sizeof(other));
    CHECK_EQ(used, other_len);
    CHECK(memcmp(blob, other, (size_t)used) == 0);
    CHECK_EQ(ENCO_ERR_KEY_FORMAT, enco_key_import(ENCO_KEY_RSA, 0, ENCO_KEY_FORMAT_PRIVATE_PKCS1, der, der_len, other,
                                                  sizeof(other)));

    /* A blob for another key does not verify with this public key. */
    other_len = enco_key_generate(ENCO_KEY_RSA, 1024, other, sizeof(other));
    {
        uint8_t digest[32] = {0};
        uint8_t sig[128];
        CHECK_EQ(128, enco_rsa_sign(other, other_len, ENCO_RSA_PKCS1_V15, ENCO_HASH_SHA256, digest, 32, sig, sizeof(sig)));
        CHECK_EQ(ENCO_ERR_BAD_SIGNATURE, enco_rsa_verify(spki, spki_len, ENCO_KEY_FORMAT_PUBLIC_SPKI, ENCO_RSA_PKCS1_V15,
                                                         ENCO_HASH_SHA256, digest, 32, sig, 128));
    }
    printf("  rsa-%d: blob %d bytes (bound %d), SPKI %d bytes\n", bits, used, enco_key_blob_size(ENCO_KEY_RSA, bits),
           spki_len);
}

static void rsa_1024(void)
{
    one_size(1024);
}

static void rsa_2048(void)
{
    one_size(2048);
}

static void rsa_3072(void)
{
    one_size(3072);
}

static void rsa_4096(void)
{
    one_size(4096);
}

static void sizes_outside_the_range(void)
{
    uint8_t digest[64] = {0};
    uint8_t sig[512];
    int32_t used;

    CHECK_EQ(ENCO_ERR_KEY_SIZE, enco_key_blob_size(ENCO_KEY_RSA, 512));
    CHECK_EQ(ENCO_ERR_KEY_SIZE, enco_key_generate(ENCO_KEY_RSA, 1000, blob, sizeof(blob)));
    CHECK_EQ(ENCO_ERR_KEY_SIZE, enco_key_generate(ENCO_KEY_RSA, 4104, blob, sizeof(blob)));
    CHECK_EQ(ENCO_ERR_KEY_SIZE, enco_key_generate(ENCO_KEY_RSA, 2047, blob, sizeof(blob)));
    CHECK_EQ(ENCO_ERR_BUFFER_TOO_SMALL, enco_key_generate(ENCO_KEY_RSA, 2048, blob, enco_key_blob_size(ENCO_KEY_RSA, 2048) - 1));

    /* PSS with SHA-512 needs emLen >= 2 * 64 + 2: not on a 1024-bit key. */
    used = enco_key_generate(ENCO_KEY_RSA, 1024, blob, sizeof(blob));
    CHECK_EQ(ENCO_ERR_KEY_SIZE, enco_rsa_sign(blob, used, ENCO_RSA_PSS, ENCO_HASH_SHA512, digest, 64, sig, sizeof(sig)));
    CHECK_EQ(ENCO_ERR_UNSUPPORTED, enco_rsa_sign(blob, used, ENCO_RSA_PSS, ENCO_PK_HASH_NONE, digest, 32, sig, sizeof(sig)));
    CHECK_EQ(ENCO_ERR_BAD_LENGTH, enco_rsa_sign(blob, used, ENCO_RSA_PKCS1_V15, ENCO_HASH_SHA256, digest, 31, sig, sizeof(sig)));
    CHECK_EQ(ENCO_ERR_BAD_LENGTH, enco_rsa_sign(blob, used, ENCO_RSA_PKCS1_V15, ENCO_PK_HASH_NONE, digest, 118, sig, sizeof(sig)));
    CHECK_EQ(ENCO_ERR_BUFFER_TOO_SMALL, enco_rsa_sign(blob, used, ENCO_RSA_PKCS1_V15, ENCO_HASH_SHA256, digest, 32, sig, 127));
}

/* A 768-bit key (made with mbedTLS directly) and an inconsistent key are refused on import. */
static void import_refuses_bad_keys(void)
{
    mbedtls_pk_context pk;
    unsigned char buffer[2048];
    int written;
    int32_t used;

    mbedtls_pk_init(&pk);
    mbedtls_pk_setup(&pk, mbedtls_pk_info_from_type(MBEDTLS_PK_RSA));
    CHECK_EQ(0, mbedtls_rsa_gen_key(mbedtls_pk_rsa(pk), enco_pk_rng, NULL, 768, 65537));
    written = mbedtls_pk_write_key_der(&pk, buffer, sizeof(buffer));
    CHECK(written > 0);
    CHECK_EQ(ENCO_ERR_KEY_FORMAT, enco_key_import(ENCO_KEY_RSA, 0, ENCO_KEY_FORMAT_PRIVATE_PKCS1,
                                                  buffer + sizeof(buffer) - written, written, blob, sizeof(blob)));
    mbedtls_pk_free(&pk);

    used = enco_key_generate(ENCO_KEY_RSA, 1024, blob, sizeof(blob));
    written = enco_key_export(blob, used, ENCO_KEY_FORMAT_PRIVATE_PKCS1, der, sizeof(der));
    CHECK_EQ(used - ENCO_KEY_HEADER_SIZE, written);
    /* The private exponent is the 4th INTEGER; flip a bit in the middle of the structure. */
    der[written / 2] ^= 0x01;
    CHECK_EQ(ENCO_ERR_KEY_FORMAT, enco_key_import(ENCO_KEY_RSA, 0, ENCO_KEY_FORMAT_PRIVATE_PKCS1, der, written, other,
                                                  sizeof(other)));
    der[written / 2] ^= 0x01;
    CHECK_EQ(ENCO_ERR_KEY_FORMAT, enco_key_import(ENCO_KEY_RSA, 0, ENCO_KEY_FORMAT_PRIVATE_PKCS1, der, written - 1, other,
                                                  sizeof(other)));
    CHECK_EQ(ENCO_ERR_UNSUPPORTED, enco_key_import(ENCO_KEY_RSA, 0, ENCO_KEY_FORMAT_PRIVATE_RAW, der, written, other,
                                                   sizeof(other)));

    /* The same bit flipped inside a blob is caught when the blob is used or checked. */
    blob[ENCO_KEY_HEADER_SIZE + written / 2] ^= 0x01;
    CHECK_EQ(ENCO_ERR_KEY_FORMAT, enco_key_check(blob, used));
}

int main(void)
{
    RUN_TEST(rsa_1024);
    RUN_TEST(rsa_2048);
    RUN_TEST(rsa_3072);
    RUN_TEST(rsa_4096);
    RUN_TEST(sizes_outside_the_range);
    RUN_TEST(import_refuses_bad_keys);
    return enco_test_summary();
}
