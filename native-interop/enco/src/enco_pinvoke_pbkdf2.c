/* P/Invoke entry point of PBKDF2: apply managed offsets, then call the engine (enco_pinvoke_pbkdf2.h). */
#include "enco_pinvoke_pbkdf2.h"

#include <stddef.h>

#include "enco_pbkdf2.h"
#include "enco_segment.h"

int32_t enco_pinvoke_pbkdf2(int32_t hash, uint8_t *password, int32_t password_offset, int32_t password_count,
                            uint8_t *salt, int32_t salt_offset, int32_t salt_count, int32_t iterations,
                            uint8_t *output, int32_t output_offset, int32_t output_count)
{
    uint8_t *password_at = NULL;
    uint8_t *salt_at = NULL;
    uint8_t *output_at = NULL;
    int32_t status;

    /* P/Invoke hands over bare pointers: the managed facade has checked each segment. */
    if ((status = enco_segment_resolve(password, ENCO_SEGMENT_LENGTH_UNKNOWN, password_offset, password_count,
                                       &password_at)) != ENCO_OK ||
        (status = enco_segment_resolve(salt, ENCO_SEGMENT_LENGTH_UNKNOWN, salt_offset, salt_count, &salt_at)) !=
            ENCO_OK ||
        (status = enco_segment_resolve(output, ENCO_SEGMENT_LENGTH_UNKNOWN, output_offset, output_count,
                                       &output_at)) != ENCO_OK)
    {
        return status;
    }

    return enco_pbkdf2(hash, password_at, password_count, salt_at, salt_count, iterations, output_at, output_count);
}
