/*
 * Managed segments: enco_segment_resolve, shared by the nanoCLR glue and the P/Invoke entry
 * points, and those entry points applying offsets the way the managed facade passes them.
 */
#include "enco.h"
#include "enco_pinvoke.h"
#include "enco_segment.h"
#include "enco_test.h"

static void resolve_accepts_segments_inside_the_array(void)
{
    uint8_t array[10];
    uint8_t *segment = NULL;

    CHECK_EQ(ENCO_OK, enco_segment_resolve(array, 10, 0, 10, &segment));
    CHECK(segment == array);
    CHECK_EQ(ENCO_OK, enco_segment_resolve(array, 10, 3, 7, &segment));
    CHECK(segment == array + 3);
    CHECK_EQ(ENCO_OK, enco_segment_resolve(array, 10, 10, 0, &segment));
    CHECK(segment == array + 10);
    CHECK_EQ(ENCO_OK, enco_segment_resolve(array, ENCO_SEGMENT_LENGTH_UNKNOWN, 4, 2, &segment));
    CHECK(segment == array + 4);
    CHECK_EQ(ENCO_OK, enco_segment_resolve(NULL, 0, 0, 0, &segment));
    CHECK(segment == NULL);
}

static void resolve_refuses_segments_outside_the_array(void)
{
    uint8_t array[10];
    uint8_t *segment = array;

    CHECK_EQ(ENCO_ERR_BAD_LENGTH, enco_segment_resolve(array, 10, 0, 11, &segment));
    CHECK_EQ(ENCO_ERR_BAD_LENGTH, enco_segment_resolve(array, 10, 11, 0, &segment));
    CHECK_EQ(ENCO_ERR_BAD_LENGTH, enco_segment_resolve(array, 10, 5, 6, &segment));
    CHECK_EQ(ENCO_ERR_BAD_LENGTH, enco_segment_resolve(array, 10, -1, 2, &segment));
    CHECK_EQ(ENCO_ERR_BAD_LENGTH, enco_segment_resolve(array, 10, 2, -1, &segment));
    /* offset + count wraps past INT32_MAX */
    CHECK_EQ(ENCO_ERR_BAD_LENGTH, enco_segment_resolve(array, 10, 5, INT32_MAX, &segment));
    CHECK_EQ(ENCO_ERR_BAD_LENGTH, enco_segment_resolve(array, 10, INT32_MAX, 5, &segment));
    CHECK_EQ(ENCO_ERR_BAD_LENGTH, enco_segment_resolve(array, -5, 0, 0, &segment));
    CHECK_EQ(ENCO_ERR_NULL_POINTER, enco_segment_resolve(NULL, 0, 0, 1, &segment));
    CHECK_EQ(ENCO_ERR_NULL_POINTER, enco_segment_resolve(NULL, 0, 1, 0, &segment));
    CHECK_EQ(ENCO_ERR_BAD_LENGTH, enco_segment_resolve(NULL, 0, -1, 0, &segment));
    CHECK(segment == array);
}

static void pinvoke_applies_offsets(void)
{
    uint8_t input[] = {'x', 'x', 'a', 'b', 'c', 'x'};
    uint8_t digest[40];
    uint8_t context[8 + ENCO_HASH_CONTEXT_SIZE];

    memset(digest, 0, sizeof(digest));
    CHECK_EQ(ENCO_OK, enco_pinvoke_hash(ENCO_HASH_SHA256, input, 2, 3, digest, 8, 32));
    CHECK_HEX("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", digest + 8, 32);

    CHECK_EQ(ENCO_OK, enco_pinvoke_hash_init(ENCO_HASH_SHA256, context, 8, ENCO_HASH_CONTEXT_SIZE));
    CHECK_EQ(ENCO_OK, enco_pinvoke_hash_update(context, 8, ENCO_HASH_CONTEXT_SIZE, input, 2, 2));
    CHECK_EQ(ENCO_OK, enco_pinvoke_hash_update(context, 8, ENCO_HASH_CONTEXT_SIZE, input, 4, 1));
    CHECK_EQ(ENCO_OK, enco_pinvoke_hash_clone(context, 8, ENCO_HASH_CONTEXT_SIZE, context, 8,
                                              ENCO_HASH_CONTEXT_SIZE));
    CHECK_EQ(ENCO_OK, enco_pinvoke_hash_final(context, 8, ENCO_HASH_CONTEXT_SIZE, digest, 0, 32));
    CHECK_HEX("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", digest, 32);
    CHECK_EQ(ENCO_OK, enco_pinvoke_hash_free(context, 8, ENCO_HASH_CONTEXT_SIZE));
}

static void pinvoke_refuses_bad_segments(void)
{
    uint8_t input[3] = {'a', 'b', 'c'};
    uint8_t digest[32];
    uint8_t context[ENCO_HASH_CONTEXT_SIZE];

    /* A null managed array arrives as NULL. */
    CHECK_EQ(ENCO_ERR_NULL_POINTER, enco_pinvoke_hash(ENCO_HASH_SHA256, NULL, 0, 3, digest, 0, 32));
    CHECK_EQ(ENCO_ERR_NULL_POINTER, enco_pinvoke_hash(ENCO_HASH_SHA256, input, 0, 3, NULL, 0, 32));
    CHECK_EQ(ENCO_ERR_BAD_LENGTH, enco_pinvoke_hash(ENCO_HASH_SHA256, input, -1, 3, digest, 0, 32));
    CHECK_EQ(ENCO_ERR_BAD_LENGTH, enco_pinvoke_hash(ENCO_HASH_SHA256, input, 0, -3, digest, 0, 32));
    CHECK_EQ(ENCO_ERR_BAD_LENGTH, enco_pinvoke_hash(ENCO_HASH_SHA256, input, 0, 3, digest, -1, 32));
    CHECK_EQ(ENCO_ERR_BUFFER_TOO_SMALL, enco_pinvoke_hash(ENCO_HASH_SHA256, input, 0, 3, digest, 0, 31));
    CHECK_EQ(ENCO_ERR_BAD_LENGTH, enco_pinvoke_hash_init(ENCO_HASH_SHA256, context, -8, ENCO_HASH_CONTEXT_SIZE));
    CHECK_EQ(ENCO_ERR_NULL_POINTER, enco_pinvoke_hash_init(ENCO_HASH_SHA256, NULL, 0, ENCO_HASH_CONTEXT_SIZE));
    CHECK_EQ(ENCO_ERR_BUFFER_TOO_SMALL, enco_pinvoke_hash_free(context, 0, 10));
}

int main(void)
{
    RUN_TEST(resolve_accepts_segments_inside_the_array);
    RUN_TEST(resolve_refuses_segments_outside_the_array);
    RUN_TEST(pinvoke_applies_offsets);
    RUN_TEST(pinvoke_refuses_bad_segments);
    return enco_test_summary();
}
