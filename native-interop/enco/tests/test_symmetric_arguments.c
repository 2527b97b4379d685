/*
 * Hostile and awkward arguments for the symmetric part: every refusal has its code and writes
 * nothing; keys of the wrong length, nonces other than 96 bits, partial blocks; a forged AEAD
 * record leaves the output untouched; in-place and shifted buffers (an ESP payload decrypted
 * over its IV); context blobs moved between calls, of the wrong family, freed.
 */
#include "enco.h"
#include "enco_test.h"

#define CANARY 0xA5

static int all_equal(const uint8_t *buffer, size_t length, uint8_t value)
{
    size_t i;
    for (i = 0; i < length; i++)
    {
        if (buffer[i] != value)
        {
            return 0;
        }
    }

    return 1;
}

static void hmac_refusals(void)
{
    uint8_t key[20] = {1};
    uint8_t context[ENCO_HMAC_CONTEXT_SIZE];
    uint8_t mac[64];

    memset(mac, CANARY, sizeof(mac));
    CHECK_EQ(ENCO_ERR_UNSUPPORTED, enco_hmac(0, key, 20, key, 20, mac, 64));
    CHECK_EQ(ENCO_ERR_NULL_POINTER, enco_hmac(ENCO_HASH_SHA256, NULL, 3, key, 20, mac, 64));
    CHECK_EQ(ENCO_ERR_BAD_LENGTH, enco_hmac(ENCO_HASH_SHA256, key, -1, key, 20, mac, 64));
    CHECK_EQ(ENCO_ERR_BUFFER_TOO_SMALL, enco_hmac(ENCO_HASH_SHA384, key, 20, key, 20, mac, 47));
    CHECK(all_equal(mac, sizeof(mac), CANARY));

    memset(context, 0, sizeof(context));
    CHECK_EQ(ENCO_ERR_BAD_CONTEXT, enco_hmac_update(context, sizeof(context), key, 20));
    CHECK_EQ(ENCO_ERR_BUFFER_TOO_SMALL, enco_hmac_init(ENCO_HASH_SHA256, key, 20, context, ENCO_HMAC_CONTEXT_SIZE - 1));
    CHECK_EQ(ENCO_OK, enco_hmac_init(ENCO_HASH_SHA512, key, 20, context, sizeof(context)));
    CHECK_EQ(ENCO_OK, enco_hmac_update(context, sizeof(context), key, 20));
    CHECK_EQ(ENCO_ERR_BUFFER_TOO_SMALL, enco_hmac_final(context, sizeof(context), mac, 63));
    CHECK(all_equal(mac, sizeof(mac), CANARY));
    CHECK_EQ(ENCO_OK, enco_hmac_final(context, sizeof(context), mac, 64)); /* still live after the refusal */
    CHECK_EQ(ENCO_OK, enco_hmac_free(context, sizeof(context)));
    CHECK(all_equal(context, sizeof(context), 0));
    CHECK_EQ(ENCO_ERR_BAD_CONTEXT, enco_hmac_final(context, sizeof(context), mac, 64));
}

/* A keyed HMAC blob moved to another address between calls gives the same MAC (nanoCLR compaction). */
static void hmac_blob_moves(void)
{
    uint8_t key[100];
    uint8_t message[300];
    uint8_t area[ENCO_HMAC_CONTEXT_SIZE + 16];
    uint8_t expected[32];
    uint8_t actual[32];

    enco_test_fill(key, sizeof(key), 1);
    enco_test_fill(message, sizeof(message), 2);
    CHECK_EQ(ENCO_OK, enco_hmac(ENCO_HASH_SHA256, key, sizeof(key), message, sizeof(message), expected, 32));

    CHECK_EQ(ENCO_OK, enco_hmac_init(ENCO_HASH_SHA256, key, sizeof(key), area + 1, ENCO_HMAC_CONTEXT_SIZE));
    CHECK_EQ(ENCO_OK, enco_hmac_update(area + 1, ENCO_HMAC_CONTEXT_SIZE, message, 150));
    memmove(area + 13, area + 1, ENCO_HMAC_CONTEXT_SIZE);
    CHECK_EQ(ENCO_OK, enco_hmac_update(area + 13, ENCO_HMAC_CONTEXT_SIZE, message + 150, 150));
    CHECK_EQ(ENCO_OK, enco_hmac_final(area + 13, ENCO_HMAC_CONTEXT_SIZE, actual, 32));
    CHECK(memcmp(expected, actual, 32) == 0);
}

static void kdf_refusals(void)
{
    uint8_t prk[64] = {7};
    uint8_t okm[255 * 32 + 1];

    CHECK_EQ(ENCO_ERR_LIMIT, enco_hkdf_expand(ENCO_HASH_SHA256, prk, 32, NULL, 0, okm, 255 * 32 + 1));
    CHECK_EQ(ENCO_OK, enco_hkdf_expand(ENCO_HASH_SHA256, prk, 32, NULL, 0, okm, 255 * 32));
    CHECK_EQ(ENCO_ERR_BAD_KEY, enco_hkdf_expand(ENCO_HASH_SHA256, prk, 31, NULL, 0, okm, 32));
    CHECK_EQ(ENCO_ERR_BAD_LENGTH, enco_hkdf_expand(ENCO_HASH_SHA256, okm, 32, NULL, 0, okm + 16, 32));
    CHECK_EQ(ENCO_ERR_UNSUPPORTED, enco_tls12_prf(ENCO_HASH_SHA1, prk, 32, NULL, 0, NULL, 0, okm, 12));
    CHECK_EQ(ENCO_ERR_BAD_LENGTH, enco_tls12_prf(ENCO_HASH_SHA256, okm, 32, NULL, 0, NULL, 0, okm + 8, 12));
    CHECK_EQ(ENCO_ERR_BUFFER_TOO_SMALL, enco_hkdf_extract(ENCO_HASH_SHA384, NULL, 0, prk, 8, okm, 47));
}

static void cipher_refusals(void)
{
    uint8_t key[32] = {3};
    uint8_t iv[16] = {4};
    uint8_t context[ENCO_CIPHER_CONTEXT_SIZE];
    uint8_t data[64];
    uint8_t output[64];

    CHECK_EQ(ENCO_ERR_BAD_KEY, enco_cipher_init(ENCO_CIPHER_AES, key, 15, context, sizeof(context)));
    CHECK_EQ(ENCO_ERR_BAD_KEY, enco_cipher_init(ENCO_CIPHER_AES, key, 17, context, sizeof(context)));
    CHECK_EQ(ENCO_ERR_BAD_KEY, enco_cipher_init(ENCO_CIPHER_DES, key, 7, context, sizeof(context)));
    CHECK_EQ(ENCO_ERR_BAD_KEY, enco_cipher_init(ENCO_CIPHER_3DES, key, 8, context, sizeof(context)));
    CHECK_EQ(ENCO_ERR_BAD_KEY, enco_cipher_init(ENCO_CIPHER_3DES, key, 32, context, sizeof(context)));
    CHECK_EQ(ENCO_ERR_UNSUPPORTED, enco_cipher_init(9, key, 16, context, sizeof(context)));
    CHECK_EQ(ENCO_ERR_BUFFER_TOO_SMALL, enco_cipher_init(ENCO_CIPHER_AES, key, 16, context, ENCO_CIPHER_CONTEXT_SIZE - 1));

    memset(context, 0, sizeof(context));
    CHECK_EQ(ENCO_ERR_BAD_CONTEXT,
             enco_cipher_crypt(context, sizeof(context), ENCO_MODE_ECB, ENCO_ENCRYPT, NULL, 0, data, 16, output, 16));

    enco_test_fill(data, sizeof(data), 5);
    memset(output, CANARY, sizeof(output));
    CHECK_EQ(ENCO_OK, enco_cipher_init(ENCO_CIPHER_AES, key, 16, context, sizeof(context)));
    CHECK_EQ(ENCO_ERR_BAD_NONCE,
             enco_cipher_crypt(context, sizeof(context), ENCO_MODE_ECB, ENCO_ENCRYPT, iv, 16, data, 16, output, 16));
    CHECK_EQ(ENCO_ERR_BAD_NONCE,
             enco_cipher_crypt(context, sizeof(context), ENCO_MODE_CBC, ENCO_ENCRYPT, iv, 15, data, 16, output, 16));
    CHECK_EQ(ENCO_ERR_BLOCK_SIZE,
             enco_cipher_crypt(context, sizeof(context), ENCO_MODE_CBC, ENCO_DECRYPT, iv, 16, data, 17, output, 17));
    CHECK_EQ(ENCO_ERR_BUFFER_TOO_SMALL,
             enco_cipher_crypt(context, sizeof(context), ENCO_MODE_CBC, ENCO_ENCRYPT, iv, 16, data, 32, output, 31));
    CHECK_EQ(ENCO_ERR_UNSUPPORTED,
             enco_cipher_crypt(context, sizeof(context), 4, ENCO_ENCRYPT, iv, 16, data, 16, output, 16));
    CHECK_EQ(ENCO_ERR_UNSUPPORTED,
             enco_cipher_crypt(context, sizeof(context), ENCO_MODE_ECB, 2, NULL, 0, data, 16, output, 16));
    /* An output starting inside the input, after its start, would be overwritten before it is read. */
    CHECK_EQ(ENCO_ERR_BAD_LENGTH,
             enco_cipher_crypt(context, sizeof(context), ENCO_MODE_CBC, ENCO_ENCRYPT, iv, 16, data, 32, data + 8, 32));
    CHECK(all_equal(output, sizeof(output), CANARY));

    CHECK_EQ(ENCO_OK, enco_cipher_init(ENCO_CIPHER_DES, key, 8, context, sizeof(context)));
    CHECK_EQ(ENCO_ERR_UNSUPPORTED,
             enco_cipher_crypt(context, sizeof(context), ENCO_MODE_CTR, ENCO_ENCRYPT, iv, 16, data, 16, output, 16));
    CHECK_EQ(ENCO_ERR_BLOCK_SIZE,
             enco_cipher_crypt(context, sizeof(context), ENCO_MODE_ECB, ENCO_ENCRYPT, NULL, 0, data, 12, output, 16));
    CHECK_EQ(ENCO_OK, enco_cipher_free(context, sizeof(context)));
    CHECK(all_equal(context, sizeof(context), 0));
}

/* ESP decrypts the payload over the IV in front of it: output = input - 16 in one buffer. */
static void cbc_decrypts_over_its_iv(void)
{
    uint8_t key[16] = {9};
    uint8_t context[ENCO_CIPHER_CONTEXT_SIZE];
    uint8_t plain[96];
    uint8_t packet[16 + 96];
    uint8_t expected[96];

    enco_test_fill(plain, sizeof(plain), 6);
    enco_test_fill(packet, 16, 7); /* the IV */
    CHECK_EQ(ENCO_OK, enco_cipher_init(ENCO_CIPHER_AES, key, 16, context, sizeof(context)));
    CHECK_EQ(ENCO_OK, enco_cipher_crypt(context, sizeof(context), ENCO_MODE_CBC, ENCO_ENCRYPT, packet, 16, plain, 96,
                                        packet + 16, 96));
    CHECK_EQ(ENCO_OK, enco_cipher_crypt(context, sizeof(context), ENCO_MODE_CBC, ENCO_DECRYPT, packet, 16, packet + 16,
                                        96, expected, 96));
    CHECK(memcmp(expected, plain, 96) == 0);

    CHECK_EQ(ENCO_OK, enco_cipher_crypt(context, sizeof(context), ENCO_MODE_CBC, ENCO_DECRYPT, packet, 16, packet + 16,
                                        96, packet, 96));
    CHECK(memcmp(packet, plain, 96) == 0);
}

static void aead_refusals(void)
{
    uint8_t key[32] = {1};
    uint8_t nonce[13] = {2};
    uint8_t context[ENCO_AEAD_CONTEXT_SIZE];
    uint8_t data[64] = {3};
    uint8_t output[96];

    CHECK_EQ(ENCO_ERR_BAD_KEY, enco_aead_init(ENCO_AEAD_AES_GCM, key, 15, context, sizeof(context)));
    CHECK_EQ(ENCO_ERR_BAD_KEY, enco_aead_init(ENCO_AEAD_CHACHA20_POLY1305, key, 16, context, sizeof(context)));
    CHECK_EQ(ENCO_ERR_UNSUPPORTED, enco_aead_init(3, key, 32, context, sizeof(context)));

    memset(output, CANARY, sizeof(output));
    CHECK_EQ(ENCO_OK, enco_aead_init(ENCO_AEAD_AES_GCM, key, 32, context, sizeof(context)));
    CHECK_EQ(ENCO_ERR_BAD_NONCE, enco_aead_seal(context, sizeof(context), nonce, 13, NULL, 0, data, 64, output, 80));
    CHECK_EQ(ENCO_ERR_BAD_NONCE, enco_aead_seal(context, sizeof(context), nonce, 11, NULL, 0, data, 64, output, 80));
    CHECK_EQ(ENCO_ERR_BAD_NONCE, enco_aead_open(context, sizeof(context), NULL, 0, NULL, 0, data, 64, output, 80));
    CHECK_EQ(ENCO_ERR_BUFFER_TOO_SMALL, enco_aead_seal(context, sizeof(context), nonce, 12, NULL, 0, data, 64, output, 79));
    CHECK_EQ(ENCO_ERR_AUTH_FAILED, enco_aead_open(context, sizeof(context), nonce, 12, NULL, 0, data, 15, output, 80));
    CHECK(all_equal(output, sizeof(output), CANARY));

    /* A cipher blob is not an AEAD blob; a freed blob holds nothing. */
    {
        uint8_t cipher[ENCO_CIPHER_CONTEXT_SIZE];
        CHECK_EQ(ENCO_OK, enco_cipher_init(ENCO_CIPHER_AES, key, 16, cipher, sizeof(cipher)));
        CHECK_EQ(ENCO_ERR_BAD_CONTEXT,
                 enco_aead_seal(cipher, ENCO_AEAD_CONTEXT_SIZE, nonce, 12, NULL, 0, data, 64, output, 80));
    }

    CHECK_EQ(ENCO_OK, enco_aead_free(context, sizeof(context)));
    CHECK(all_equal(context, sizeof(context), 0));
    CHECK_EQ(ENCO_ERR_BAD_CONTEXT, enco_aead_seal(context, sizeof(context), nonce, 12, NULL, 0, data, 64, output, 80));
    CHECK(all_equal(output, sizeof(output), CANARY));
}

/* Flip each byte of the record and of the AAD in turn: every forgery is refused, nothing written. */
static void aead_forgeries_write_nothing(int32_t algorithm)
{
    uint8_t key[32];
    uint8_t nonce[12];
    uint8_t aad[20];
    uint8_t plain[40];
    uint8_t record[56];
    uint8_t output[40];
    uint8_t context[ENCO_AEAD_CONTEXT_SIZE];
    size_t i;

    enco_test_fill(key, sizeof(key), 11);
    enco_test_fill(nonce, sizeof(nonce), 12);
    enco_test_fill(aad, sizeof(aad), 13);
    enco_test_fill(plain, sizeof(plain), 14);
    CHECK_EQ(ENCO_OK, enco_aead_init(algorithm, key, algorithm == ENCO_AEAD_AES_GCM ? 16 : 32, context, sizeof(context)));
    CHECK_EQ(ENCO_OK, enco_aead_seal(context, sizeof(context), nonce, 12, aad, 20, plain, 40, record, 56));

    for (i = 0; i < sizeof(record) + sizeof(aad); i++)
    {
        uint8_t *target = i < sizeof(record) ? &record[i] : &aad[i - sizeof(record)];
        *target ^= 0x01;
        memset(output, CANARY, sizeof(output));
        CHECK_EQ(ENCO_ERR_AUTH_FAILED, enco_aead_open(context, sizeof(context), nonce, 12, aad, 20, record, 56, output, 40));
        CHECK(all_equal(output, sizeof(output), CANARY));
        *target ^= 0x01;
    }

    CHECK_EQ(ENCO_OK, enco_aead_open(context, sizeof(context), nonce, 12, aad, 20, record, 56, output, 40));
    CHECK(memcmp(output, plain, 40) == 0);
}

static void gcm_forgeries_write_nothing(void)
{
    aead_forgeries_write_nothing(ENCO_AEAD_AES_GCM);
}

static void chachapoly_forgeries_write_nothing(void)
{
    aead_forgeries_write_nothing(ENCO_AEAD_CHACHA20_POLY1305);
}

/*
 * One ESP-like buffer: [aad 8][nonce 12][payload]. Seal in place; open over the nonce (output
 * before input); the blob moved between calls; outputs equal those of separate buffers.
 */
static void aead_in_place_shifted_and_moved(int32_t algorithm)
{
    uint8_t key[32];
    uint8_t plain[100];
    uint8_t reference[116];
    uint8_t packet[8 + 12 + 116];
    uint8_t area[ENCO_AEAD_CONTEXT_SIZE + 8];
    uint8_t *aad = packet;
    uint8_t *nonce = packet + 8;
    uint8_t *payload = packet + 20;

    enco_test_fill(key, sizeof(key), 21);
    enco_test_fill(plain, sizeof(plain), 22);
    enco_test_fill(packet, 20, 23);
    CHECK_EQ(ENCO_OK, enco_aead_init(algorithm, key, 32, area + 3, ENCO_AEAD_CONTEXT_SIZE));
    CHECK_EQ(ENCO_OK, enco_aead_seal(area + 3, ENCO_AEAD_CONTEXT_SIZE, nonce, 12, aad, 8, plain, 100, reference, 116));

    memcpy(payload, plain, 100);
    memmove(area + 7, area + 3, ENCO_AEAD_CONTEXT_SIZE);
    CHECK_EQ(ENCO_OK, enco_aead_seal(area + 7, ENCO_AEAD_CONTEXT_SIZE, nonce, 12, aad, 8, payload, 100, payload, 116));
    CHECK(memcmp(payload, reference, 116) == 0);

    /* Open over the nonce: the plaintext lands 12 bytes before the ciphertext it came from. */
    CHECK_EQ(ENCO_OK, enco_aead_open(area + 7, ENCO_AEAD_CONTEXT_SIZE, nonce, 12, aad, 8, payload, 116, nonce, 104));
    CHECK(memcmp(nonce, plain, 100) == 0);
}

static void gcm_in_place_shifted_and_moved(void)
{
    aead_in_place_shifted_and_moved(ENCO_AEAD_AES_GCM);
}

static void chachapoly_in_place_shifted_and_moved(void)
{
    aead_in_place_shifted_and_moved(ENCO_AEAD_CHACHA20_POLY1305);
}

static void aead_preference_names_both(void)
{
    int32_t first = enco_aead_preference(0);
    int32_t second = enco_aead_preference(1);
    CHECK(first == ENCO_AEAD_AES_GCM || first == ENCO_AEAD_CHACHA20_POLY1305);
    CHECK(second == ENCO_AEAD_AES_GCM || second == ENCO_AEAD_CHACHA20_POLY1305);
    CHECK(first != second);
    CHECK_EQ(ENCO_ERR_UNSUPPORTED, enco_aead_preference(2));
    CHECK_EQ(ENCO_ERR_UNSUPPORTED, enco_aead_preference(-1));
}

static void random_bytes(void)
{
    static uint8_t large[5000];
    uint8_t a[32] = {0};
    uint8_t b[32] = {0};
    uint8_t zeros[32] = {0};
    uint8_t seed_input[400];
    size_t i;
    int ones = 0;

    CHECK_EQ(ENCO_OK, enco_random(a, 32));
    CHECK_EQ(ENCO_OK, enco_random(b, 32));
    CHECK(memcmp(a, b, 32) != 0);
    CHECK(memcmp(a, zeros, 32) != 0);
    CHECK_EQ(ENCO_OK, enco_random(large, sizeof(large))); /* more than one DRBG request */
    for (i = 0; i < sizeof(large); i++)
    {
        uint8_t x = large[i];
        while (x)
        {
            ones += x & 1;
            x >>= 1;
        }
    }

    CHECK(ones > 19000 && ones < 21000); /* 40000 bits, about half set */
    CHECK_EQ(ENCO_OK, enco_random(NULL, 0));
    CHECK_EQ(ENCO_ERR_NULL_POINTER, enco_random(NULL, 1));
    CHECK_EQ(ENCO_ERR_BAD_LENGTH, enco_random(a, -1));
    CHECK_EQ(ENCO_OK, enco_random_reseed(a, 32));
    CHECK_EQ(ENCO_OK, enco_random_reseed(NULL, 0));
    CHECK_EQ(ENCO_ERR_LIMIT, enco_random_reseed(seed_input, sizeof(seed_input)));
}

static void deflate_round_trips_and_bombs(void)
{
    static uint8_t compress_space[64 * 1024];
    static uint8_t inflate_space[16 * 1024];
    static uint8_t text[1500];
    static uint8_t packed[2000];
    static uint8_t unpacked[70000];
    static uint8_t zeros[1000000];
    /* Python's zlib, level 9, raw: "IPComp IPComp IPComp IPComp payload" (another implementation's output). */
    static const uint8_t foreign[] = {0xf3, 0x0c, 0x70, 0xce, 0xcf, 0x2d, 0x50, 0xf0, 0xc4, 0x46,
                                      0x15, 0x24, 0x56, 0xe6, 0xe4, 0x27, 0xa6, 0x00, 0x00};
    int32_t compress_size = enco_deflate_workspace_size(ENCO_DEFLATE_COMPRESS);
    int32_t inflate_size = enco_deflate_workspace_size(ENCO_DEFLATE_DECOMPRESS);
    int32_t packed_len;
    int32_t level;
    size_t i;

    CHECK(compress_size > 0 && compress_size <= (int32_t)sizeof(compress_space));
    CHECK(inflate_size > 0 && inflate_size <= (int32_t)sizeof(inflate_space));
    CHECK_EQ(ENCO_ERR_UNSUPPORTED, enco_deflate_workspace_size(0));

    for (i = 0; i < sizeof(text); i++)
    {
        text[i] = (uint8_t)"show ipsec sa detail; "[i % 22]; /* compressible */
    }

    for (level = 1; level <= 9; level += 4)
    {
        packed_len = enco_deflate(level, text, sizeof(text), packed, sizeof(packed), compress_space, compress_size);
        CHECK(packed_len > 0 && packed_len < 200);
        CHECK_EQ((long)sizeof(text), enco_inflate(packed, packed_len, unpacked, sizeof(unpacked), inflate_space,
                                                  inflate_size));
        CHECK(memcmp(unpacked, text, sizeof(text)) == 0);
        /* Exactly the size is enough; one byte less is the limit. */
        CHECK_EQ((long)sizeof(text), enco_inflate(packed, packed_len, unpacked, sizeof(text), inflate_space, inflate_size));
        CHECK_EQ(ENCO_ERR_LIMIT, enco_inflate(packed, packed_len, unpacked, sizeof(text) - 1, inflate_space, inflate_size));
        /* Corrupt, truncated, trailing bytes. */
        CHECK_EQ(ENCO_ERR_BAD_DATA, enco_inflate(packed, packed_len - 1, unpacked, sizeof(unpacked), inflate_space,
                                                 inflate_size));
        packed[packed_len] = 0;
        CHECK_EQ(ENCO_ERR_BAD_DATA, enco_inflate(packed, packed_len + 1, unpacked, sizeof(unpacked), inflate_space,
                                                 inflate_size));
    }

    /* Random data does not fit in its own size: IPComp sends it uncompressed. */
    enco_test_fill(text, sizeof(text), 31);
    CHECK_EQ(ENCO_ERR_LIMIT, enco_deflate(6, text, sizeof(text), packed, sizeof(text), compress_space, compress_size));

    /* A bomb: 1 MB of zeros packs into about a kilobyte; the 64 KiB limit refuses it. */
    packed_len = enco_deflate(9, zeros, sizeof(zeros), packed, sizeof(packed), compress_space, compress_size);
    CHECK(packed_len > 0 && packed_len < 2000);
    CHECK_EQ(ENCO_ERR_LIMIT, enco_inflate(packed, packed_len, unpacked, 65536, inflate_space, inflate_size));

    CHECK_EQ(35, enco_inflate(foreign, sizeof(foreign), unpacked, sizeof(unpacked), inflate_space, inflate_size));
    CHECK(memcmp(unpacked, "IPComp IPComp IPComp IPComp payload", 35) == 0);

    packed[0] = 0xFF; /* reserved block type 3 */
    CHECK_EQ(ENCO_ERR_BAD_DATA, enco_inflate(packed, 10, unpacked, sizeof(unpacked), inflate_space, inflate_size));
    CHECK_EQ(ENCO_ERR_BUFFER_TOO_SMALL, enco_inflate(foreign, sizeof(foreign), unpacked, 100, inflate_space, inflate_size - 1));
    CHECK_EQ(ENCO_ERR_UNSUPPORTED, enco_deflate(0, text, 10, packed, 100, compress_space, compress_size));
    CHECK_EQ(ENCO_ERR_BAD_LENGTH, enco_inflate(packed, 10, packed + 5, 100, inflate_space, inflate_size));
    CHECK_EQ(0, enco_deflate(6, NULL, 0, packed, 10, compress_space, compress_size) > 0 ? 0 : 1);
}

int main(void)
{
    RUN_TEST(hmac_refusals);
    RUN_TEST(hmac_blob_moves);
    RUN_TEST(kdf_refusals);
    RUN_TEST(cipher_refusals);
    RUN_TEST(cbc_decrypts_over_its_iv);
    RUN_TEST(aead_refusals);
    RUN_TEST(gcm_forgeries_write_nothing);
    RUN_TEST(chachapoly_forgeries_write_nothing);
    RUN_TEST(gcm_in_place_shifted_and_moved);
    RUN_TEST(chachapoly_in_place_shifted_and_moved);
    RUN_TEST(aead_preference_names_both);
    RUN_TEST(random_bytes);
    RUN_TEST(deflate_round_trips_and_bombs);
    return enco_test_summary();
}
