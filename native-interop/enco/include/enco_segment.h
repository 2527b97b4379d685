/*
 * Managed buffer segments: the (byte[] array, int offset, int count) triple every managed call
 * passes, turned into a pointer and a length. The P/Invoke entry points and the nanoCLR glue
 * share this one rule, so the host and the device refuse the same segments with the same codes.
 */
#ifndef ENCO_SEGMENT_H
#define ENCO_SEGMENT_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Length to pass when the caller cannot know the array's length (P/Invoke hands over a bare
 * pointer); the managed facade has then already checked the segment against the array. */
#define ENCO_SEGMENT_LENGTH_UNKNOWN (-1)

/*
 * Resolves array[offset .. offset + count) into *segment.
 *  - offset or count negative: ENCO_ERR_BAD_LENGTH;
 *  - array NULL: only offset 0 and count 0 pass (as a NULL segment), else ENCO_ERR_NULL_POINTER;
 *  - array_length known (>= 0) and the segment does not fit in it: ENCO_ERR_BAD_LENGTH
 *    (checked without overflow, so offset + count past INT32_MAX is refused too).
 * *segment is written only on success.
 */
int32_t enco_segment_resolve(uint8_t *array, int32_t array_length, int32_t offset, int32_t count,
                             uint8_t **segment);

#ifdef __cplusplus
}
#endif

#endif /* ENCO_SEGMENT_H */
