/* Managed (array, offset, count) segments to pointers; the rule is documented in enco_segment.h. */
#include "enco_segment.h"

#include <stddef.h>

#include "enco.h"

int32_t enco_segment_resolve(uint8_t *array, int32_t array_length, int32_t offset, int32_t count,
                             uint8_t **segment)
{
    if (offset < 0 || count < 0)
    {
        return ENCO_ERR_BAD_LENGTH;
    }

    if (array == NULL)
    {
        if (offset != 0 || count != 0)
        {
            return ENCO_ERR_NULL_POINTER;
        }

        *segment = NULL;
        return ENCO_OK;
    }

    /* Written as a subtraction so that offset + count cannot overflow. */
    if (array_length != ENCO_SEGMENT_LENGTH_UNKNOWN &&
        (array_length < 0 || offset > array_length || count > array_length - offset))
    {
        return ENCO_ERR_BAD_LENGTH;
    }

    *segment = array + offset;
    return ENCO_OK;
}
