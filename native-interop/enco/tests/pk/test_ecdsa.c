/*
 * ECDSA P-256/P-384: RFC 6979 deterministic signatures (A.2.5 and A.2.6, messages "sample" and
 * "test"), sign/verify round trips in both encodings, tampering, strict signature encodings,
 * and key import/export (raw scalar, PKCS#8, SPKI).
 */
#include "pk_test_util.h"

#define BLOB 256

typedef struct rfc6979_key
{
    int type;
    int hash;
    size_t size;
    const char *x;
    const char *point; /* 04 || Ux || Uy */
    const char *sample_rs;
    const char *test_rs;
} rfc6979_key;

static const rfc6979_key p256 = {
    ENCO_KEY_EC_P256, ENCO_HASH_SHA256, 32,
    "c9afa9d845ba75166b5c215767b1d6934e50c3db36e89b127b8a622b120f6721",
    "0460fed4ba255a9d31c961eb74c6356d68c049b8923b61fa6ce669622e60f29fb6"
    "7903fe1008b8bc99a41ae9e95628bc64f2f1b20c2d7e9f5177a3c294d4462299",
    "efd48b2aacb6a8fd1140dd9cd45e81d69d2c877b56aaf991c34d0ea84eaf3716"
    "f7cb1c942d657c41d436c7a1b6e29f65f3e900dbb9aff4064dc4ab2f843acda8",
    "f1abb023518351cd71d881567b1ea663ed3efcf6c5132b354f28d3b0b7d38367"
    "019f4113742a2b14bd25926b49c649155f267e60d3814b4c0cc84250e46f0083",
};

static const rfc6979_key p384 = {
    ENCO_KEY_EC_P384, ENCO_HASH_SHA384, 48,
    "6b9d3dad2e1b8c1c05b19875b6659f4de23c3b667bf297ba9aa47740787137d896d5724e4c70a825f872c9ea60d2edf5",
    "04ec3a4e415b4e19a4568618029f427fa5da9a8bc4ae92e02e06aae5286b300c64def8f0ea9055866064a254515480bc13"
    "8015d9b72d7d57244ea8ef9ac0c621896708a59367f9dfb9f54ca84b3f1c9db1288b231c3ae0d4fe7344fd2533264720",
    "94edbb92a5ecb8aad4736e56c691916b3f88140666ce9fa73d64c4ea95ad133c81a648152e44acf96e36dd1e80fabe46"
    "99ef4aeb15f178cea1fe40db2603138f130e740a19624526203b6351d0a3a94fa329c145786e679e7b82c71a38628ac8",
    "8203b63d3c853e8d77227fb377bcf7b7b772e97892a80f36ab775d509d7a5feb0542a7f0812998da8f1dd3ca3cf023db"
    "ddd0760448d42d8a43af45af836fce4de8be06b485e9b61b827c2f13173923e06a739f040649a667bf3b828246baa5a5",
};

static void digest_of(const rfc6979_key *key, const char *text, uint8_t *digest)
{
    enco_hash(key->hash, (const uint8_t *)text, (int32_t)strlen(text), digest, 64);
}

static void rfc6979_known_answers(const rfc6979_key *key)
{
    uint8_t x[48];
    uint8_t blob[BLOB];
    uint8_t point[97];
    uint8_t digest[64];
    uint8_t sig[ENCO_ECDSA_MAX_SIGNATURE_SIZE];
    int32_t used;

    pk_unhex(key->x, x, sizeof(x));
    used = enco_key_import(key->type, 0, ENCO_KEY_FORMAT_PRIVATE_RAW, x, (int32_t)key->size, blob, sizeof(blob));
    CHECK_EQ(ENCO_KEY_HEADER_SIZE + 3 * (int32_t)key->size + 1, used); /* d || 04 X Y */
    CHECK_EQ((int32_t)(2 * key->size + 1), enco_key_export(blob, used, ENCO_KEY_FORMAT_PUBLIC_RAW, point, sizeof(point)));
    CHECK_BYTES(key->point, point, 2 * key->size + 1);

    digest_of(key, "sample", digest);
    CHECK_EQ((int32_t)(2 * key->size), enco_ecdsa_sign(blob, used, key->hash, digest, (int32_t)key->size,
                                                        ENCO_ECDSA_RAW, sig, sizeof(sig)));
    CHECK_BYTES(key->sample_rs, sig, 2 * key->size);
    CHECK_EQ(ENCO_OK, enco_ecdsa_verify(key->type, point, (int32_t)(2 * key->size + 1), ENCO_KEY_FORMAT_PUBLIC_RAW,
                                        digest, (int32_t)key->size, ENCO_ECDSA_RAW, sig, (int32_t)(2 * key->size)));

    digest_of(key, "test", digest);
    CHECK_EQ((int32_t)(2 * key->size), enco_ecdsa_sign(blob, used, key->hash, digest, (int32_t)key->size,
                                                        ENCO_ECDSA_RAW, sig, sizeof(sig)));
    CHECK_BYTES(key->test_rs, sig, 2 * key->size);
}

static void rfc6979_p256(void)
{
    rfc6979_known_answers(&p256);
}

static void rfc6979_p384(void)
{
    rfc6979_known_answers(&p384);
}

/* Generated keys, many digests, both encodings, through SPKI and raw keys; flipped bits fail. */
static void round_trips(int type, int hash, size_t digest_size)
{
    uint8_t blob[BLOB];
    uint8_t spki[160];
    uint8_t point[97];
    uint8_t digest[64];
    uint8_t der[ENCO_ECDSA_MAX_SIGNATURE_SIZE];
    uint8_t raw[96];
    int32_t used = enco_key_generate(type, 0, blob, sizeof(blob));
    int32_t spki_len = enco_key_export(blob, used, ENCO_KEY_FORMAT_PUBLIC_SPKI, spki, sizeof(spki));
    int32_t point_len = enco_key_export(blob, used, ENCO_KEY_FORMAT_PUBLIC_RAW, point, sizeof(point));
    int i;

    CHECK_EQ(enco_key_blob_size(type, 0), used);
    CHECK(spki_len > point_len && point_len == (int32_t)(2 * (type == ENCO_KEY_EC_P256 ? 32 : 48) + 1));

    for (i = 0; i < 20; i++)
    {
        int32_t der_len;
        int32_t raw_len;

        enco_test_fill(digest, sizeof(digest), (uint32_t)i);
        der_len = enco_ecdsa_sign(blob, used, hash, digest, (int32_t)digest_size, ENCO_ECDSA_DER, der, sizeof(der));
        raw_len = enco_ecdsa_sign(blob, used, hash, digest, (int32_t)digest_size, ENCO_ECDSA_RAW, raw, sizeof(raw));
        CHECK(der_len > 8 && der_len <= ENCO_ECDSA_MAX_SIGNATURE_SIZE);
        CHECK_EQ(point_len - 1, raw_len);

        CHECK_EQ(ENCO_OK, enco_ecdsa_verify(type, spki, spki_len, ENCO_KEY_FORMAT_PUBLIC_SPKI, digest,
                                            (int32_t)digest_size, ENCO_ECDSA_DER, der, der_len));
        CHECK_EQ(ENCO_OK, enco_ecdsa_verify(type, point, point_len, ENCO_KEY_FORMAT_PUBLIC_RAW, digest,
                                            (int32_t)digest_size, ENCO_ECDSA_RAW, raw, raw_len));

        /* RFC 6979: the same key and digest give the same signature. */
        CHECK_EQ(raw_len, enco_ecdsa_sign(blob, used, hash, digest, (int32_t)digest_size, ENCO_ECDSA_RAW, raw, sizeof(raw)));

        raw[i % raw_len] ^= 0x01;
        CHECK_EQ(ENCO_ERR_BAD_SIGNATURE, enco_ecdsa_verify(type, point, point_len, ENCO_KEY_FORMAT_PUBLIC_RAW, digest,
                                                           (int32_t)digest_size, ENCO_ECDSA_RAW, raw, raw_len));
        digest[0] ^= 0x80;
        CHECK_EQ(ENCO_ERR_BAD_SIGNATURE, enco_ecdsa_verify(type, spki, spki_len, ENCO_KEY_FORMAT_PUBLIC_SPKI, digest,
                                                           (int32_t)digest_size, ENCO_ECDSA_DER, der, der_len));
    }
}

static void round_trips_p256(void)
{
    round_trips(ENCO_KEY_EC_P256, ENCO_HASH_SHA256, 32);
}

static void round_trips_p384(void)
{
    round_trips(ENCO_KEY_EC_P384, ENCO_HASH_SHA384, 48);
    round_trips(ENCO_KEY_EC_P384, ENCO_HASH_SHA256, 32); /* a shorter digest is fine */
}

/* Equivalent BER forms of a valid DER signature are refused: one encoding per signature. */
static void signature_encodings_are_strict(void)
{
    uint8_t blob[BLOB];
    uint8_t point[65];
    uint8_t digest[32];
    uint8_t der[ENCO_ECDSA_MAX_SIGNATURE_SIZE];
    uint8_t ber[ENCO_ECDSA_MAX_SIGNATURE_SIZE + 4];
    int32_t used = enco_key_generate(ENCO_KEY_EC_P256, 0, blob, sizeof(blob));
    int32_t der_len;

    pk_sha256("strict", digest);
    enco_key_export(blob, used, ENCO_KEY_FORMAT_PUBLIC_RAW, point, sizeof(point));
    der_len = enco_ecdsa_sign(blob, used, ENCO_HASH_SHA256, digest, 32, ENCO_ECDSA_DER, der, sizeof(der));
    CHECK_EQ(ENCO_OK, enco_ecdsa_verify(ENCO_KEY_EC_P256, point, 65, ENCO_KEY_FORMAT_PUBLIC_RAW, digest, 32,
                                        ENCO_ECDSA_DER, der, der_len));

    /* Long-form sequence length: 30 81 len ... */
    ber[0] = 0x30;
    ber[1] = 0x81;
    memcpy(ber + 2, der + 1, (size_t)der_len - 1);
    CHECK_EQ(ENCO_ERR_BAD_SIGNATURE, enco_ecdsa_verify(ENCO_KEY_EC_P256, point, 65, ENCO_KEY_FORMAT_PUBLIC_RAW, digest,
                                                       32, ENCO_ECDSA_DER, ber, der_len + 1));

    /* A trailing byte after the sequence. */
    memcpy(ber, der, (size_t)der_len);
    ber[der_len] = 0;
    CHECK_EQ(ENCO_ERR_BAD_SIGNATURE, enco_ecdsa_verify(ENCO_KEY_EC_P256, point, 65, ENCO_KEY_FORMAT_PUBLIC_RAW, digest,
                                                       32, ENCO_ECDSA_DER, ber, der_len + 1));

    /* The raw form with a wrong length. */
    CHECK_EQ(ENCO_ERR_BAD_SIGNATURE, enco_ecdsa_verify(ENCO_KEY_EC_P256, point, 65, ENCO_KEY_FORMAT_PUBLIC_RAW, digest,
                                                       32, ENCO_ECDSA_RAW, der, 63));
}

/* Raw scalar and PKCS#8 imports give the same blob; PKCS#8 export round trips; a key of one curve
 * is refused by the other's verify (SPKI names its curve). */
static void import_export(void)
{
    uint8_t x[32];
    uint8_t a[BLOB];
    uint8_t b[BLOB];
    uint8_t pkcs8[256];
    uint8_t spki[128];
    uint8_t digest[32] = {1};
    uint8_t sig[80];
    int32_t a_len;
    int32_t b_len;
    int32_t pkcs8_len;
    int32_t spki_len;
    int32_t sig_len;

    pk_unhex(p256.x, x, sizeof(x));
    a_len = enco_key_import(ENCO_KEY_EC_P256, 0, ENCO_KEY_FORMAT_PRIVATE_RAW, x, 32, a, sizeof(a));
    pkcs8_len = enco_key_export(a, a_len, ENCO_KEY_FORMAT_PRIVATE_PKCS8, pkcs8, sizeof(pkcs8));
    CHECK(pkcs8_len > 100);
    b_len = enco_key_import(ENCO_KEY_EC_P256, 0, ENCO_KEY_FORMAT_PRIVATE_PKCS8, pkcs8, pkcs8_len, b, sizeof(b));
    CHECK_EQ(a_len, b_len);
    CHECK(memcmp(a, b, (size_t)a_len) == 0);
    CHECK_EQ(a_len, enco_key_check(b, b_len));

    /* The P-256 PKCS#8 is not a P-384 key. */
    CHECK_EQ(ENCO_ERR_KEY_FORMAT, enco_key_import(ENCO_KEY_EC_P384, 0, ENCO_KEY_FORMAT_PRIVATE_PKCS8, pkcs8, pkcs8_len,
                                                  b, sizeof(b)));

    spki_len = enco_key_export(a, a_len, ENCO_KEY_FORMAT_PUBLIC_SPKI, spki, sizeof(spki));
    CHECK_EQ(91, spki_len);
    sig_len = enco_ecdsa_sign(a, a_len, ENCO_HASH_SHA256, digest, 32, ENCO_ECDSA_DER, sig, sizeof(sig));
    CHECK_EQ(ENCO_OK, enco_ecdsa_verify(ENCO_KEY_EC_P256, spki, spki_len, ENCO_KEY_FORMAT_PUBLIC_SPKI, digest, 32,
                                        ENCO_ECDSA_DER, sig, sig_len));
    CHECK_EQ(ENCO_ERR_KEY_FORMAT, enco_ecdsa_verify(ENCO_KEY_EC_P384, spki, spki_len, ENCO_KEY_FORMAT_PUBLIC_SPKI,
                                                    digest, 32, ENCO_ECDSA_DER, sig, sig_len));

    /* Scalars 0 and n are not keys. */
    memset(x, 0, sizeof(x));
    CHECK_EQ(ENCO_ERR_KEY_FORMAT, enco_key_import(ENCO_KEY_EC_P256, 0, ENCO_KEY_FORMAT_PRIVATE_RAW, x, 32, b, sizeof(b)));
    pk_unhex("ffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551", x, sizeof(x));
    CHECK_EQ(ENCO_ERR_KEY_FORMAT, enco_key_import(ENCO_KEY_EC_P256, 0, ENCO_KEY_FORMAT_PRIVATE_RAW, x, 32, b, sizeof(b)));

    /* A tampered public point in the blob is caught by enco_key_check. */
    a[ENCO_KEY_HEADER_SIZE + 40] ^= 1;
    CHECK_EQ(ENCO_ERR_KEY_FORMAT, enco_key_check(a, a_len));
}

int main(void)
{
    RUN_TEST(rfc6979_p256);
    RUN_TEST(rfc6979_p384);
    RUN_TEST(round_trips_p256);
    RUN_TEST(round_trips_p384);
    RUN_TEST(signature_encodings_are_strict);
    RUN_TEST(import_export);
    return enco_test_summary();
}
