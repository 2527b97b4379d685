/*
 * Hostile arguments: every function refuses NULL buffers, negative lengths, short buffers,
 * unknown algorithms and blobs that hold no stream, with its ENCO_ERR_* code, and changes
 * nothing when it refuses.
 */
#include "enco.h"
#include "enco_test.h"

#define CTX ENCO_HASH_CONTEXT_SIZE
#define DIGEST ENCO_SHA256_DIGEST_SIZE

static const uint8_t abc[] = {'a', 'b', 'c'};

static int all_bytes_are(const uint8_t *buffer, size_t length, uint8_t value)
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

static void version_and_sizes(void)
{
    CHECK_EQ(0x01010000, enco_abi_version());
    CHECK_EQ(ENCO_ABI_VERSION, enco_abi_version());
    CHECK_EQ(32, enco_hash_digest_size(ENCO_HASH_SHA256));
    CHECK_EQ(256, enco_hash_context_size(ENCO_HASH_SHA256));
    CHECK_EQ(ENCO_ERR_UNSUPPORTED, enco_hash_digest_size(0));
    CHECK_EQ(ENCO_ERR_UNSUPPORTED, enco_hash_context_size(-1));
}

static void one_shot_refusals(void)
{
    uint8_t digest[64];
    memset(digest, 0xEE, sizeof(digest));

    CHECK_EQ(ENCO_ERR_NULL_POINTER, enco_hash(ENCO_HASH_SHA256, NULL, 3, digest, DIGEST));
    CHECK_EQ(ENCO_ERR_BAD_LENGTH, enco_hash(ENCO_HASH_SHA256, abc, -1, digest, DIGEST));
    CHECK_EQ(ENCO_ERR_BAD_LENGTH, enco_hash(ENCO_HASH_SHA256, abc, INT32_MIN, digest, DIGEST));
    CHECK_EQ(ENCO_ERR_NULL_POINTER, enco_hash(ENCO_HASH_SHA256, abc, 3, NULL, DIGEST));
    CHECK_EQ(ENCO_ERR_BUFFER_TOO_SMALL, enco_hash(ENCO_HASH_SHA256, abc, 3, NULL, 0));
    CHECK_EQ(ENCO_ERR_BAD_LENGTH, enco_hash(ENCO_HASH_SHA256, abc, 3, digest, -32));
    CHECK_EQ(ENCO_ERR_BUFFER_TOO_SMALL, enco_hash(ENCO_HASH_SHA256, abc, 3, digest, DIGEST - 1));
    CHECK_EQ(ENCO_ERR_UNSUPPORTED, enco_hash(0, abc, 3, digest, DIGEST));
    CHECK_EQ(ENCO_ERR_UNSUPPORTED, enco_hash(99, abc, 3, digest, DIGEST));
    CHECK_EQ(ENCO_ERR_UNSUPPORTED, enco_hash(-1, abc, 3, digest, DIGEST));
    CHECK(all_bytes_are(digest, sizeof(digest), 0xEE));

    /* A larger output buffer is fine; exactly the digest is written. */
    CHECK_EQ(ENCO_OK, enco_hash(ENCO_HASH_SHA256, abc, 3, digest, (int32_t)sizeof(digest)));
    CHECK(all_bytes_are(digest + DIGEST, sizeof(digest) - DIGEST, 0xEE));
}

static void context_size_and_pointer_refusals(void)
{
    uint8_t context[CTX];
    uint8_t digest[DIGEST];
    memset(context, 0x5A, sizeof(context));

    CHECK_EQ(ENCO_ERR_BUFFER_TOO_SMALL, enco_hash_init(ENCO_HASH_SHA256, context, CTX - 1));
    CHECK_EQ(ENCO_ERR_BUFFER_TOO_SMALL, enco_hash_init(ENCO_HASH_SHA256, NULL, 0));
    CHECK_EQ(ENCO_ERR_NULL_POINTER, enco_hash_init(ENCO_HASH_SHA256, NULL, CTX));
    CHECK_EQ(ENCO_ERR_BAD_LENGTH, enco_hash_init(ENCO_HASH_SHA256, context, -CTX));
    CHECK_EQ(ENCO_ERR_UNSUPPORTED, enco_hash_init(7, context, CTX));
    CHECK(all_bytes_are(context, sizeof(context), 0x5A));

    CHECK_EQ(ENCO_ERR_BUFFER_TOO_SMALL, enco_hash_update(context, CTX - 1, abc, 3));
    CHECK_EQ(ENCO_ERR_NULL_POINTER, enco_hash_update(NULL, CTX, abc, 3));
    CHECK_EQ(ENCO_ERR_BUFFER_TOO_SMALL, enco_hash_final(context, 16, digest, DIGEST));
    CHECK_EQ(ENCO_ERR_BUFFER_TOO_SMALL, enco_hash_clone(context, CTX, context, CTX - 1));
    CHECK_EQ(ENCO_ERR_BUFFER_TOO_SMALL, enco_hash_clone(context, CTX - 1, context, CTX));
    CHECK_EQ(ENCO_ERR_BUFFER_TOO_SMALL, enco_hash_free(context, CTX - 1));
    CHECK_EQ(ENCO_ERR_NULL_POINTER, enco_hash_free(NULL, CTX));
    CHECK(all_bytes_are(context, sizeof(context), 0x5A));
}

/* A zeroed buffer (a fresh managed byte[]) or random bytes hold no stream. */
static void blobs_that_hold_no_stream(void)
{
    uint8_t context[CTX];
    uint8_t other[CTX];
    uint8_t digest[DIGEST];

    memset(context, 0, sizeof(context));
    CHECK_EQ(ENCO_ERR_BAD_CONTEXT, enco_hash_update(context, CTX, abc, 3));
    CHECK_EQ(ENCO_ERR_BAD_CONTEXT, enco_hash_final(context, CTX, digest, DIGEST));
    CHECK_EQ(ENCO_ERR_BAD_CONTEXT, enco_hash_clone(other, CTX, context, CTX));
    CHECK(all_bytes_are(context, sizeof(context), 0));

    enco_test_fill(context, sizeof(context), 9);
    CHECK_EQ(ENCO_ERR_BAD_CONTEXT, enco_hash_update(context, CTX, abc, 3));

    /* A live blob whose algorithm field was altered is refused too. */
    CHECK_EQ(ENCO_OK, enco_hash_init(ENCO_HASH_SHA256, context, CTX));
    context[4] ^= 0x40;
    CHECK_EQ(ENCO_ERR_BAD_CONTEXT, enco_hash_update(context, CTX, abc, 3));

    /* free accepts any blob of the right size and leaves it empty. */
    CHECK_EQ(ENCO_OK, enco_hash_free(context, CTX));
    CHECK(all_bytes_are(context, sizeof(context), 0));
}

static void finished_stream_refuses_until_init(void)
{
    uint8_t context[CTX];
    uint8_t fork[CTX];
    uint8_t digest[DIGEST];

    CHECK_EQ(ENCO_OK, enco_hash_init(ENCO_HASH_SHA256, context, CTX));
    CHECK_EQ(ENCO_OK, enco_hash_final(context, CTX, digest, DIGEST));
    CHECK_EQ(ENCO_ERR_BAD_STATE, enco_hash_update(context, CTX, abc, 3));
    CHECK_EQ(ENCO_ERR_BAD_STATE, enco_hash_final(context, CTX, digest, DIGEST));
    CHECK_EQ(ENCO_ERR_BAD_STATE, enco_hash_clone(fork, CTX, context, CTX));
    CHECK_EQ(ENCO_OK, enco_hash_init(ENCO_HASH_SHA256, context, CTX));
    CHECK_EQ(ENCO_OK, enco_hash_update(context, CTX, abc, 3));
    CHECK_EQ(ENCO_OK, enco_hash_free(context, CTX));
    CHECK_EQ(ENCO_ERR_BAD_CONTEXT, enco_hash_update(context, CTX, abc, 3));
}

/* Refusals on a live stream leave it byte for byte as it was, and usable. */
static void refusals_leave_a_live_stream_intact(void)
{
    uint8_t context[CTX];
    uint8_t before[CTX];
    uint8_t digest[DIGEST];

    CHECK_EQ(ENCO_OK, enco_hash_init(ENCO_HASH_SHA256, context, CTX));
    CHECK_EQ(ENCO_OK, enco_hash_update(context, CTX, abc, 2));
    memcpy(before, context, CTX);

    memset(digest, 0xEE, sizeof(digest));
    CHECK_EQ(ENCO_ERR_BUFFER_TOO_SMALL, enco_hash_final(context, CTX, digest, DIGEST - 1));
    CHECK_EQ(ENCO_ERR_NULL_POINTER, enco_hash_final(context, CTX, NULL, DIGEST));
    CHECK_EQ(ENCO_ERR_BAD_LENGTH, enco_hash_final(context, CTX, digest, -1));
    CHECK_EQ(ENCO_ERR_NULL_POINTER, enco_hash_update(context, CTX, NULL, 1));
    CHECK_EQ(ENCO_ERR_BAD_LENGTH, enco_hash_update(context, CTX, abc, -1));
    CHECK(memcmp(before, context, CTX) == 0);
    CHECK(all_bytes_are(digest, sizeof(digest), 0xEE));

    /* Empty updates are accepted and change nothing. */
    CHECK_EQ(ENCO_OK, enco_hash_update(context, CTX, NULL, 0));
    CHECK_EQ(ENCO_OK, enco_hash_update(context, CTX, abc, 0));
    CHECK(memcmp(before, context, CTX) == 0);

    CHECK_EQ(ENCO_OK, enco_hash_update(context, CTX, abc + 2, 1));
    CHECK_EQ(ENCO_OK, enco_hash_final(context, CTX, digest, DIGEST));
    CHECK_HEX("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", digest, DIGEST);
}

int main(void)
{
    RUN_TEST(version_and_sizes);
    RUN_TEST(one_shot_refusals);
    RUN_TEST(context_size_and_pointer_refusals);
    RUN_TEST(blobs_that_hold_no_stream);
    RUN_TEST(finished_stream_refuses_until_init);
    RUN_TEST(refusals_leave_a_live_stream_intact);
    return enco_test_summary();
}
