//
// nanoCLR handler of Router.Enco.EncoNative.Pbkdf2 (src/Router.Enco/EncoNative.Pbkdf2.cs), in the
// shape of the other handler files: read the arguments, check each (byte[], offset, count) triple
// against its array's real length (enco_segment_resolve), call enco_pbkdf2.h, return the ENCO
// status as the method's int.
//

#include <stddef.h>
#include <stdint.h>

#include "Router_Enco.h"
#include "Router_Enco_Segment.h"

#include "enco.h"
#include "enco_pbkdf2.h"
#include "enco_segment.h"

// int Pbkdf2(int hash, byte[] password, int passwordOffset, int passwordCount,
//            byte[] salt, int saltOffset, int saltCount, int iterations,
//            byte[] output, int outputOffset, int outputCount)
HRESULT Library_Router_Enco_Router_Enco_EncoNative::Pbkdf2___STATIC__I4__I4__SZARRAY_U1__I4__I4__SZARRAY_U1__I4__I4__I4__SZARRAY_U1__I4__I4(CLR_RT_StackFrame &stack)
{
    NANOCLR_HEADER();

    EncoSegment password, salt, output;
    int32_t status = EncoArgumentSegment(stack, 1, password);

    if (status == ENCO_OK)
    {
        status = EncoArgumentSegment(stack, 4, salt);
    }

    if (status == ENCO_OK)
    {
        status = EncoArgumentSegment(stack, 8, output);
    }

    if (status == ENCO_OK)
    {
        // The loop runs in this one native call: the iteration ceiling of enco_pbkdf2 bounds how
        // long the interpreter waits.
        status = enco_pbkdf2(stack.ArgN(0).NumericByRef().s4, password.data, password.count, salt.data, salt.count,
                             stack.ArgN(7).NumericByRef().s4, output.data, output.count);
    }

    stack.SetResult_I4(status);

    NANOCLR_NOCLEANUP_NOLABEL();
}
