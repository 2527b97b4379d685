/*
 * P/Invoke entry points of libenco.so for the host build of Router.Enco.
 *
 * Each one has the exact parameter list of the matching extern in Router.Enco's EncoNative
 * (byte[] + int offset + int count per buffer): a managed byte[] arrives as a pointer to its
 * first element, so the offset is applied here with the same rule as the nanoCLR glue
 * (enco_segment_resolve), then the call goes to enco.h. The array length is not known here;
 * the managed facade checks segments before calling.
 */
#ifndef ENCO_PINVOKE_H
#define ENCO_PINVOKE_H

#include "enco.h"

#ifdef __cplusplus
extern "C" {
#endif

ENCO_API int32_t enco_pinvoke_hash(int32_t algorithm, uint8_t *input, int32_t input_offset, int32_t input_count,
                                   uint8_t *digest, int32_t digest_offset, int32_t digest_count);

ENCO_API int32_t enco_pinvoke_hash_init(int32_t algorithm, uint8_t *context, int32_t context_offset,
                                        int32_t context_count);

ENCO_API int32_t enco_pinvoke_hash_update(uint8_t *context, int32_t context_offset, int32_t context_count,
                                          uint8_t *input, int32_t input_offset, int32_t input_count);

ENCO_API int32_t enco_pinvoke_hash_final(uint8_t *context, int32_t context_offset, int32_t context_count,
                                         uint8_t *digest, int32_t digest_offset, int32_t digest_count);

ENCO_API int32_t enco_pinvoke_hash_clone(uint8_t *destination, int32_t destination_offset,
                                         int32_t destination_count, uint8_t *source, int32_t source_offset,
                                         int32_t source_count);

ENCO_API int32_t enco_pinvoke_hash_free(uint8_t *context, int32_t context_offset, int32_t context_count);

#ifdef __cplusplus
}
#endif

#endif /* ENCO_PINVOKE_H */
