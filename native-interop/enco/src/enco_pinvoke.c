/* P/Invoke entry points: apply managed offsets, then call enco.h (see enco_pinvoke.h). */
#include "enco_pinvoke.h"

#include <stddef.h>

#include "enco_segment.h"

/* Resolves one managed segment whose array length P/Invoke does not pass. */
#define ENCO_RESOLVE(array, offset, count, out)                                                  \
    do                                                                                           \
    {                                                                                            \
        int32_t resolved_status = enco_segment_resolve((array), ENCO_SEGMENT_LENGTH_UNKNOWN,     \
                                                       (offset), (count), &(out));               \
        if (resolved_status != ENCO_OK)                                                          \
        {                                                                                        \
            return resolved_status;                                                              \
        }                                                                                        \
    } while (0)

int32_t enco_pinvoke_hash(int32_t algorithm, uint8_t *input, int32_t input_offset, int32_t input_count,
                          uint8_t *digest, int32_t digest_offset, int32_t digest_count)
{
    uint8_t *in = NULL;
    uint8_t *out = NULL;
    ENCO_RESOLVE(input, input_offset, input_count, in);
    ENCO_RESOLVE(digest, digest_offset, digest_count, out);
    return enco_hash(algorithm, in, input_count, out, digest_count);
}

int32_t enco_pinvoke_hash_init(int32_t algorithm, uint8_t *context, int32_t context_offset,
                               int32_t context_count)
{
    uint8_t *ctx = NULL;
    ENCO_RESOLVE(context, context_offset, context_count, ctx);
    return enco_hash_init(algorithm, ctx, context_count);
}

int32_t enco_pinvoke_hash_update(uint8_t *context, int32_t context_offset, int32_t context_count,
                                 uint8_t *input, int32_t input_offset, int32_t input_count)
{
    uint8_t *ctx = NULL;
    uint8_t *in = NULL;
    ENCO_RESOLVE(context, context_offset, context_count, ctx);
    ENCO_RESOLVE(input, input_offset, input_count, in);
    return enco_hash_update(ctx, context_count, in, input_count);
}

int32_t enco_pinvoke_hash_final(uint8_t *context, int32_t context_offset, int32_t context_count,
                                uint8_t *digest, int32_t digest_offset, int32_t digest_count)
{
    uint8_t *ctx = NULL;
    uint8_t *out = NULL;
    ENCO_RESOLVE(context, context_offset, context_count, ctx);
    ENCO_RESOLVE(digest, digest_offset, digest_count, out);
    return enco_hash_final(ctx, context_count, out, digest_count);
}

int32_t enco_pinvoke_hash_clone(uint8_t *destination, int32_t destination_offset, int32_t destination_count,
                                uint8_t *source, int32_t source_offset, int32_t source_count)
{
    uint8_t *dst = NULL;
    uint8_t *src = NULL;
    ENCO_RESOLVE(destination, destination_offset, destination_count, dst);
    ENCO_RESOLVE(source, source_offset, source_count, src);
    return enco_hash_clone(dst, destination_count, src, source_count);
}

int32_t enco_pinvoke_hash_free(uint8_t *context, int32_t context_offset, int32_t context_count)
{
    uint8_t *ctx = NULL;
    ENCO_RESOLVE(context, context_offset, context_count, ctx);
    return enco_hash_free(ctx, context_count);
}
