/*
 * Streaming: any split of a message gives the one-shot digest; the context blob works at any
 * alignment and after being moved (the nanoCLR heap compacts); clone forks a stream; nothing
 * past the blob's published size is touched; buffers may overlap the blob.
 */
#include "enco.h"
#include "enco_test.h"

#define CTX ENCO_HASH_CONTEXT_SIZE
#define DIGEST ENCO_SHA256_DIGEST_SIZE

static void one_shot(const uint8_t *message, size_t length, uint8_t *digest)
{
    CHECK_EQ(ENCO_OK, enco_hash(ENCO_HASH_SHA256, message, (int32_t)length, digest, DIGEST));
}

/* Two pieces, split at every offset of messages around one and two blocks long. */
static void every_two_way_split_matches_one_shot(void)
{
    uint8_t message[200];
    uint8_t context[CTX];
    uint8_t expected[DIGEST];
    uint8_t actual[DIGEST];
    size_t length;
    size_t split;

    enco_test_fill(message, sizeof(message), 1);
    for (length = 0; length <= sizeof(message); length += (length < 130 ? 1 : 35))
    {
        one_shot(message, length, expected);
        for (split = 0; split <= length; split++)
        {
            CHECK_EQ(ENCO_OK, enco_hash_init(ENCO_HASH_SHA256, context, CTX));
            CHECK_EQ(ENCO_OK, enco_hash_update(context, CTX, message, (int32_t)split));
            CHECK_EQ(ENCO_OK, enco_hash_update(context, CTX, message + split, (int32_t)(length - split)));
            CHECK_EQ(ENCO_OK, enco_hash_final(context, CTX, actual, DIGEST));
            CHECK(memcmp(expected, actual, DIGEST) == 0);
        }
    }
}

/* Three pieces at every pair of offsets of a 130-byte message (crosses two block edges). */
static void every_three_way_split_matches_one_shot(void)
{
    uint8_t message[130];
    uint8_t context[CTX];
    uint8_t expected[DIGEST];
    uint8_t actual[DIGEST];
    size_t a;
    size_t b;

    enco_test_fill(message, sizeof(message), 2);
    one_shot(message, sizeof(message), expected);
    for (a = 0; a <= sizeof(message); a++)
    {
        for (b = a; b <= sizeof(message); b++)
        {
            CHECK_EQ(ENCO_OK, enco_hash_init(ENCO_HASH_SHA256, context, CTX));
            CHECK_EQ(ENCO_OK, enco_hash_update(context, CTX, message, (int32_t)a));
            CHECK_EQ(ENCO_OK, enco_hash_update(context, CTX, message + a, (int32_t)(b - a)));
            CHECK_EQ(ENCO_OK, enco_hash_update(context, CTX, message + b, (int32_t)(sizeof(message) - b)));
            CHECK_EQ(ENCO_OK, enco_hash_final(context, CTX, actual, DIGEST));
            CHECK(memcmp(expected, actual, DIGEST) == 0);
        }
    }
}

/* The blob lives at odd offsets of a byte buffer and moves between calls, as a managed
   byte[] may; the sanitizer build would flag any misaligned access. */
static void blob_at_any_offset_survives_moves(void)
{
    uint8_t message[300];
    uint8_t arena[CTX + 64];
    uint8_t expected[DIGEST];
    uint8_t actual[DIGEST];
    size_t at = 1;
    size_t piece;

    enco_test_fill(message, sizeof(message), 3);
    one_shot(message, sizeof(message), expected);

    CHECK_EQ(ENCO_OK, enco_hash_init(ENCO_HASH_SHA256, arena + at, CTX));
    for (piece = 0; piece < 3; piece++)
    {
        size_t next = (at * 7 + 3) % 64;
        CHECK_EQ(ENCO_OK, enco_hash_update(arena + at, CTX, message + piece * 100, 100));
        memmove(arena + next, arena + at, CTX);
        at = next;
    }

    CHECK_EQ(ENCO_OK, enco_hash_final(arena + at, CTX, actual, DIGEST));
    CHECK(memcmp(expected, actual, DIGEST) == 0);
}

static void clone_forks_a_stream(void)
{
    static const char prefix[] = "ClientHello|ServerHello|";
    uint8_t context[CTX];
    uint8_t fork[CTX];
    uint8_t actual[DIGEST];
    uint8_t expected[DIGEST];

    CHECK_EQ(ENCO_OK, enco_hash_init(ENCO_HASH_SHA256, context, CTX));
    CHECK_EQ(ENCO_OK, enco_hash_update(context, CTX, (const uint8_t *)prefix, (int32_t)strlen(prefix)));
    CHECK_EQ(ENCO_OK, enco_hash_clone(fork, CTX, context, CTX));

    /* The fork ends now (a TLS transcript snapshot); the original goes on. */
    CHECK_EQ(ENCO_OK, enco_hash_final(fork, CTX, actual, DIGEST));
    one_shot((const uint8_t *)prefix, strlen(prefix), expected);
    CHECK(memcmp(expected, actual, DIGEST) == 0);

    CHECK_EQ(ENCO_OK, enco_hash_update(context, CTX, (const uint8_t *)"Finished", 8));
    CHECK_EQ(ENCO_OK, enco_hash_final(context, CTX, actual, DIGEST));
    one_shot((const uint8_t *)"ClientHello|ServerHello|Finished", 32, expected);
    CHECK(memcmp(expected, actual, DIGEST) == 0);
}

static void clone_onto_itself_and_onto_a_live_stream(void)
{
    uint8_t context[CTX];
    uint8_t other[CTX];
    uint8_t actual[DIGEST];
    uint8_t expected[DIGEST];

    CHECK_EQ(ENCO_OK, enco_hash_init(ENCO_HASH_SHA256, context, CTX));
    CHECK_EQ(ENCO_OK, enco_hash_update(context, CTX, (const uint8_t *)"ab", 2));
    CHECK_EQ(ENCO_OK, enco_hash_clone(context, CTX, context, CTX));

    CHECK_EQ(ENCO_OK, enco_hash_init(ENCO_HASH_SHA256, other, CTX));
    CHECK_EQ(ENCO_OK, enco_hash_update(other, CTX, (const uint8_t *)"unrelated", 9));
    CHECK_EQ(ENCO_OK, enco_hash_clone(other, CTX, context, CTX));

    CHECK_EQ(ENCO_OK, enco_hash_update(other, CTX, (const uint8_t *)"c", 1));
    CHECK_EQ(ENCO_OK, enco_hash_final(other, CTX, actual, DIGEST));
    one_shot((const uint8_t *)"abc", 3, expected);
    CHECK(memcmp(expected, actual, DIGEST) == 0);

    CHECK_EQ(ENCO_OK, enco_hash_update(context, CTX, (const uint8_t *)"c", 1));
    CHECK_EQ(ENCO_OK, enco_hash_final(context, CTX, actual, DIGEST));
    CHECK(memcmp(expected, actual, DIGEST) == 0);
}

static void init_restarts_a_live_or_finished_stream(void)
{
    uint8_t context[CTX];
    uint8_t actual[DIGEST];
    uint8_t expected[DIGEST];

    one_shot((const uint8_t *)"abc", 3, expected);
    CHECK_EQ(ENCO_OK, enco_hash_init(ENCO_HASH_SHA256, context, CTX));
    CHECK_EQ(ENCO_OK, enco_hash_update(context, CTX, (const uint8_t *)"garbage", 7));
    CHECK_EQ(ENCO_OK, enco_hash_init(ENCO_HASH_SHA256, context, CTX));
    CHECK_EQ(ENCO_OK, enco_hash_update(context, CTX, (const uint8_t *)"abc", 3));
    CHECK_EQ(ENCO_OK, enco_hash_final(context, CTX, actual, DIGEST));
    CHECK(memcmp(expected, actual, DIGEST) == 0);

    CHECK_EQ(ENCO_OK, enco_hash_init(ENCO_HASH_SHA256, context, CTX));
    CHECK_EQ(ENCO_OK, enco_hash_update(context, CTX, (const uint8_t *)"abc", 3));
    CHECK_EQ(ENCO_OK, enco_hash_final(context, CTX, actual, DIGEST));
    CHECK(memcmp(expected, actual, DIGEST) == 0);
}

/* A context handed a larger slice of a channel buffer uses only its published size. */
static void bytes_past_the_blob_are_never_touched(void)
{
    uint8_t buffer[CTX + 32];
    uint8_t digest[DIGEST];
    size_t i;
    int untouched = 1;

    memset(buffer, 0xA5, sizeof(buffer));
    CHECK_EQ(ENCO_OK, enco_hash_init(ENCO_HASH_SHA256, buffer, (int32_t)sizeof(buffer)));
    CHECK_EQ(ENCO_OK, enco_hash_update(buffer, (int32_t)sizeof(buffer), (const uint8_t *)"abc", 3));
    CHECK_EQ(ENCO_OK, enco_hash_final(buffer, (int32_t)sizeof(buffer), digest, DIGEST));
    CHECK_EQ(ENCO_OK, enco_hash_free(buffer, (int32_t)sizeof(buffer)));
    for (i = CTX; i < sizeof(buffer); i++)
    {
        untouched &= buffer[i] == 0xA5;
    }

    CHECK(untouched);
}

/* Input and digest may overlap the blob: the input is read before the blob is written, the
   digest is written after it. The sanitizer build checks the memory side of this. */
static void buffers_overlapping_the_blob(void)
{
    uint8_t context[CTX];
    uint8_t copy[64];
    uint8_t expected[DIGEST];

    CHECK_EQ(ENCO_OK, enco_hash_init(ENCO_HASH_SHA256, context, CTX));
    memcpy(copy, context, sizeof(copy));
    CHECK_EQ(ENCO_OK, enco_hash_update(context, CTX, context, 64));
    CHECK_EQ(ENCO_OK, enco_hash_final(context, CTX, context, CTX));
    one_shot(copy, sizeof(copy), expected);
    CHECK(memcmp(expected, context, DIGEST) == 0);
}

static void final_wipes_the_state(void)
{
    uint8_t context[CTX];
    uint8_t digest[DIGEST];
    size_t i;
    int wiped = 1;

    CHECK_EQ(ENCO_OK, enco_hash_init(ENCO_HASH_SHA256, context, CTX));
    CHECK_EQ(ENCO_OK, enco_hash_update(context, CTX, (const uint8_t *)"secret", 6));
    CHECK_EQ(ENCO_OK, enco_hash_final(context, CTX, digest, DIGEST));
    for (i = 16; i < CTX; i++)
    {
        wiped &= context[i] == 0;
    }

    CHECK(wiped);

    CHECK_EQ(ENCO_OK, enco_hash_free(context, CTX));
    for (i = 0; i < CTX; i++)
    {
        wiped &= context[i] == 0;
    }

    CHECK(wiped);
}

int main(void)
{
    RUN_TEST(every_two_way_split_matches_one_shot);
    RUN_TEST(every_three_way_split_matches_one_shot);
    RUN_TEST(blob_at_any_offset_survives_moves);
    RUN_TEST(clone_forks_a_stream);
    RUN_TEST(clone_onto_itself_and_onto_a_live_stream);
    RUN_TEST(init_restarts_a_live_or_finished_stream);
    RUN_TEST(bytes_past_the_blob_are_never_touched);
    RUN_TEST(buffers_overlapping_the_blob);
    RUN_TEST(final_wipes_the_state);
    return enco_test_summary();
}
