//
// The one place the Router.Enco glue turns a (byte[], offset, count) argument triple into a
// pointer and a length, checked against the managed array's real length. Defined in
// Router_Enco_Router_Enco_EncoNative.cpp; every handler file uses it.
//

#ifndef ROUTER_ENCO_SEGMENT_H
#define ROUTER_ENCO_SEGMENT_H

#include <stdint.h>

#include "Router_Enco.h"

// One managed buffer segment, resolved.
struct EncoSegment
{
    uint8_t *data;
    int32_t count;
};

// The segment described by arguments first, first + 1 (offset) and first + 2 (count): ENCO_OK,
// or the ENCO status that refuses it (the data pointer is then NULL).
int32_t EncoArgumentSegment(CLR_RT_StackFrame &stack, int first, EncoSegment &segment);

#endif // ROUTER_ENCO_SEGMENT_H
