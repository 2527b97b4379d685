/*
 * Internal: the argument rules of enco.h for the symmetric families, in one place. Every
 * function checks its arguments with these before it writes anything.
 */
#ifndef ENCO_ARGS_H
#define ENCO_ARGS_H

#include <stddef.h>
#include <stdint.h>

#include <mbedtls/platform_util.h>

#include "enco.h"

/* A caller buffer: NULL only with length 0, never a negative length. */
static inline int32_t enco_check_buffer(const uint8_t *buffer, int32_t length)
{
    if (length < 0)
    {
        return ENCO_ERR_BAD_LENGTH;
    }

    return buffer == NULL && length != 0 ? ENCO_ERR_NULL_POINTER : ENCO_OK;
}

/* A buffer that must hold at least `needed` bytes. */
static inline int32_t enco_check_room(const uint8_t *buffer, int32_t length, int32_t needed)
{
    int32_t status = enco_check_buffer(buffer, length);
    if (status != ENCO_OK)
    {
        return status;
    }

    return length < needed ? ENCO_ERR_BUFFER_TOO_SMALL : ENCO_OK;
}

/*
 * The overlap rule of enco_symmetric.h: output may be the input, start before it (data moved
 * towards the front while it is processed front to back), or not overlap it at all.
 */
static inline int32_t enco_check_overlap(const uint8_t *input, int32_t input_len, const uint8_t *output,
                                         int32_t output_len)
{
    uintptr_t in = (uintptr_t)input;
    uintptr_t out = (uintptr_t)output;

    if (input == NULL || output == NULL || input_len == 0 || output_len == 0 || out <= in)
    {
        return ENCO_OK;
    }

    /* out > in: fine only when output begins past the end of input. */
    return out - in >= (uintptr_t)input_len ? ENCO_OK : ENCO_ERR_BAD_LENGTH;
}

/* Two buffers that must not share a byte. */
static inline int32_t enco_check_disjoint(const uint8_t *a, int32_t a_len, const uint8_t *b, int32_t b_len)
{
    uintptr_t pa = (uintptr_t)a;
    uintptr_t pb = (uintptr_t)b;

    if (a == NULL || b == NULL || a_len == 0 || b_len == 0)
    {
        return ENCO_OK;
    }

    return (pa + (uintptr_t)a_len <= pb || pb + (uintptr_t)b_len <= pa) ? ENCO_OK : ENCO_ERR_BAD_LENGTH;
}

/* Compares without a data-dependent branch or early exit (tags, MACs). Returns 1 when equal. */
static inline int enco_equal_constant_time(const uint8_t *a, const uint8_t *b, size_t length)
{
    volatile uint8_t difference = 0;
    size_t i;

    for (i = 0; i < length; i++)
    {
        difference = (uint8_t)(difference | (a[i] ^ b[i]));
    }

    return difference == 0;
}

static inline void enco_wipe(void *buffer, size_t length)
{
    mbedtls_platform_zeroize(buffer, length);
}

#endif /* ENCO_ARGS_H */
