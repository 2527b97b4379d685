/*
 * Randomness for the public-key code: the engine-wide CTR_DRBG (enco_random, enco_symmetric.h),
 * in the shape mbedTLS takes it.
 */
#include "enco_pk_rng.h"

#include <stdint.h>

#include "enco.h"

#define CHUNK 1024 /* enco_random takes an int32_t length; mbedTLS asks for at most a modulus */

int enco_pk_rng(void *p_rng, unsigned char *output, size_t length)
{
    (void)p_rng;

    while (length > 0)
    {
        size_t take = length < CHUNK ? length : CHUNK;
        if (enco_random(output, (int32_t)take) != ENCO_OK)
        {
            return -1;
        }

        output += take;
        length -= take;
    }

    return 0;
}
