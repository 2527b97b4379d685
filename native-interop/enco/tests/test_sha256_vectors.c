/*
 * SHA-256 known answers: the examples of FIPS 180-4 (NIST "Cryptographic Standards and
 * Guidelines: Examples with Intermediate Values", SHA256.pdf and SHA2_Additional.pdf), one-shot
 * and streamed.
 */
#include "enco.h"
#include "enco_test.h"

#define ABC_DIGEST "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
#define EMPTY_DIGEST "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
#define MSG448 "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"
#define MSG448_DIGEST "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"
#define MSG896                                                                                    \
    "abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnop" \
    "qrsmnopqrstnopqrstu"
#define MSG896_DIGEST "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1"
#define MILLION_A_DIGEST "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0"

static void hash_text(const char *text, const char *expected_hex)
{
    uint8_t digest[ENCO_SHA256_DIGEST_SIZE];
    CHECK_EQ(ENCO_OK, enco_hash(ENCO_HASH_SHA256, (const uint8_t *)text, (int32_t)strlen(text), digest,
                                sizeof(digest)));
    CHECK_HEX(expected_hex, digest, sizeof(digest));
}

static void abc(void)
{
    hash_text("abc", ABC_DIGEST);
}

static void empty_message(void)
{
    uint8_t digest[ENCO_SHA256_DIGEST_SIZE];
    hash_text("", EMPTY_DIGEST);

    /* The C convention for "no bytes": a NULL buffer of length 0. */
    CHECK_EQ(ENCO_OK, enco_hash(ENCO_HASH_SHA256, NULL, 0, digest, sizeof(digest)));
    CHECK_HEX(EMPTY_DIGEST, digest, sizeof(digest));
}

static void message_448_bits(void)
{
    CHECK_EQ(448 / 8, strlen(MSG448));
    hash_text(MSG448, MSG448_DIGEST);
}

static void message_896_bits(void)
{
    CHECK_EQ(896 / 8, strlen(MSG896));
    hash_text(MSG896, MSG896_DIGEST);
}

static void million_a_one_shot(void)
{
    static uint8_t message[1000000];
    uint8_t digest[ENCO_SHA256_DIGEST_SIZE];
    memset(message, 'a', sizeof(message));
    CHECK_EQ(ENCO_OK, enco_hash(ENCO_HASH_SHA256, message, (int32_t)sizeof(message), digest, sizeof(digest)));
    CHECK_HEX(MILLION_A_DIGEST, digest, sizeof(digest));
}

/* One million 'a' fed in chunks; 997 is prime, so chunks straddle the 64-byte blocks. */
static void million_a_streamed(size_t chunk)
{
    uint8_t block[1000];
    uint8_t context[ENCO_HASH_CONTEXT_SIZE];
    uint8_t digest[ENCO_SHA256_DIGEST_SIZE];
    size_t done = 0;

    memset(block, 'a', sizeof(block));
    CHECK_EQ(ENCO_OK, enco_hash_init(ENCO_HASH_SHA256, context, sizeof(context)));
    while (done < 1000000)
    {
        size_t n = 1000000 - done < chunk ? 1000000 - done : chunk;
        CHECK_EQ(ENCO_OK, enco_hash_update(context, sizeof(context), block, (int32_t)n));
        done += n;
    }

    CHECK_EQ(ENCO_OK, enco_hash_final(context, sizeof(context), digest, sizeof(digest)));
    CHECK_HEX(MILLION_A_DIGEST, digest, sizeof(digest));
}

static void million_a_in_1000_byte_chunks(void)
{
    million_a_streamed(1000);
}

static void million_a_in_997_byte_chunks(void)
{
    million_a_streamed(997);
}

static void million_a_in_1_byte_chunks(void)
{
    million_a_streamed(1);
}

int main(void)
{
    RUN_TEST(abc);
    RUN_TEST(empty_message);
    RUN_TEST(message_448_bits);
    RUN_TEST(message_896_bits);
    RUN_TEST(million_a_one_shot);
    RUN_TEST(million_a_in_1000_byte_chunks);
    RUN_TEST(million_a_in_997_byte_chunks);
    RUN_TEST(million_a_in_1_byte_chunks);
    return enco_test_summary();
}
