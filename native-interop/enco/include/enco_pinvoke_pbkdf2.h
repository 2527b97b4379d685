/*
 * P/Invoke entry point of libenco.so for PBKDF2 (enco_pbkdf2.h), in the shape of enco_pinvoke.h:
 * the exact parameter list of the extern in Router.Enco's EncoNative.Pbkdf2.cs, (byte[], offset,
 * count) per buffer, offsets applied with enco_segment_resolve before the engine is called.
 */
#ifndef ENCO_PINVOKE_PBKDF2_H
#define ENCO_PINVOKE_PBKDF2_H

#include "enco.h"

#ifdef __cplusplus
extern "C" {
#endif

ENCO_API int32_t enco_pinvoke_pbkdf2(int32_t hash, uint8_t *password, int32_t password_offset,
                                     int32_t password_count, uint8_t *salt, int32_t salt_offset, int32_t salt_count,
                                     int32_t iterations, uint8_t *output, int32_t output_offset,
                                     int32_t output_count);

#ifdef __cplusplus
}
#endif

#endif /* ENCO_PINVOKE_PBKDF2_H */
