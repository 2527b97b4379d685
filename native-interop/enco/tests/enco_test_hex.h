/* Test-only: hex strings of the standards' vectors to bytes. */
#ifndef ENCO_TEST_HEX_H
#define ENCO_TEST_HEX_H

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Decodes hex into a malloc'ed buffer (at least one byte, so length 0 still gives a pointer). */
static inline uint8_t *enco_test_unhex(const char *hex, size_t *length)
{
    size_t digits = strlen(hex);
    uint8_t *bytes = (uint8_t *)malloc(digits / 2 + 1);
    size_t i;

    for (i = 0; i < digits / 2; i++)
    {
        unsigned value;
        if (sscanf(hex + 2 * i, "%2x", &value) != 1)
        {
            fprintf(stderr, "bad hex in a test vector\n");
            exit(2);
        }

        bytes[i] = (uint8_t)value;
    }

    *length = digits / 2;
    return bytes;
}

#endif /* ENCO_TEST_HEX_H */
