//
// nanoCLR handlers of Router.Enco.EncoNative: each reads its arguments from the stack frame,
// turns every (byte[], offset, count) triple into a pointer and a length checked against the
// array's real length, calls enco.h and returns the ENCO status as the method's int result.
//
// Refusals are results, not exceptions, so the managed facade maps the same codes on the device
// as on the host (where libenco's P/Invoke entry points return them).
//

#include <stddef.h>
#include <stdint.h>

#include "Router_Enco.h"
#include "Router_Enco_Segment.h"

#include "enco.h"
#include "enco_segment.h"

int32_t EncoArgumentSegment(CLR_RT_StackFrame &stack, int first, EncoSegment &segment)
{
    CLR_RT_HeapBlock_Array *array = stack.ArgN(first).DereferenceArray();
    int32_t offset = stack.ArgN(first + 1).NumericByRef().s4;
    uint8_t *elements = NULL;
    int32_t length = 0;

    segment.data = NULL;
    segment.count = stack.ArgN(first + 2).NumericByRef().s4;

    if (array != NULL)
    {
        if (array->m_numOfElements > (CLR_UINT32)INT32_MAX)
        {
            return ENCO_ERR_BAD_LENGTH;
        }

        elements = array->GetFirstElement();
        length = (int32_t)array->m_numOfElements;
    }

    return enco_segment_resolve(elements, length, offset, segment.count, &segment.data);
}

// The hash handlers below keep the pointer and the length in separate locals.
static int32_t ArgumentSegment(CLR_RT_StackFrame &stack, int first, uint8_t *&data, int32_t &count)
{
    EncoSegment segment;
    int32_t status = EncoArgumentSegment(stack, first, segment);
    data = segment.data;
    count = segment.count;
    return status;
}

HRESULT Library_Router_Enco_Router_Enco_EncoNative::AbiVersion___STATIC__I4(CLR_RT_StackFrame &stack)
{
    NANOCLR_HEADER();

    stack.SetResult_I4(enco_abi_version());

    NANOCLR_NOCLEANUP_NOLABEL();
}

HRESULT Library_Router_Enco_Router_Enco_EncoNative::HashDigestSize___STATIC__I4__I4(CLR_RT_StackFrame &stack)
{
    NANOCLR_HEADER();

    stack.SetResult_I4(enco_hash_digest_size(stack.Arg0().NumericByRef().s4));

    NANOCLR_NOCLEANUP_NOLABEL();
}

HRESULT Library_Router_Enco_Router_Enco_EncoNative::HashContextSize___STATIC__I4__I4(CLR_RT_StackFrame &stack)
{
    NANOCLR_HEADER();

    stack.SetResult_I4(enco_hash_context_size(stack.Arg0().NumericByRef().s4));

    NANOCLR_NOCLEANUP_NOLABEL();
}

// int Hash(int algorithm, byte[] input, int inputOffset, int inputCount,
//          byte[] digest, int digestOffset, int digestCount)
HRESULT Library_Router_Enco_Router_Enco_EncoNative::Hash___STATIC__I4__I4__SZARRAY_U1__I4__I4__SZARRAY_U1__I4__I4(CLR_RT_StackFrame &stack)
{
    NANOCLR_HEADER();

    int32_t status;
    uint8_t *input = NULL;
    uint8_t *digest = NULL;
    int32_t inputCount = 0;
    int32_t digestCount = 0;

    status = ArgumentSegment(stack, 1, input, inputCount);
    if (status == ENCO_OK)
    {
        status = ArgumentSegment(stack, 4, digest, digestCount);
    }

    if (status == ENCO_OK)
    {
        status = enco_hash(stack.Arg0().NumericByRef().s4, input, inputCount, digest, digestCount);
    }

    stack.SetResult_I4(status);

    NANOCLR_NOCLEANUP_NOLABEL();
}

// int HashInit(int algorithm, byte[] context, int contextOffset, int contextCount)
HRESULT Library_Router_Enco_Router_Enco_EncoNative::HashInit___STATIC__I4__I4__SZARRAY_U1__I4__I4(CLR_RT_StackFrame &stack)
{
    NANOCLR_HEADER();

    int32_t status;
    uint8_t *context = NULL;
    int32_t contextCount = 0;

    status = ArgumentSegment(stack, 1, context, contextCount);
    if (status == ENCO_OK)
    {
        status = enco_hash_init(stack.Arg0().NumericByRef().s4, context, contextCount);
    }

    stack.SetResult_I4(status);

    NANOCLR_NOCLEANUP_NOLABEL();
}

// int HashUpdate(byte[] context, int contextOffset, int contextCount,
//                byte[] input, int inputOffset, int inputCount)
HRESULT Library_Router_Enco_Router_Enco_EncoNative::HashUpdate___STATIC__I4__SZARRAY_U1__I4__I4__SZARRAY_U1__I4__I4(CLR_RT_StackFrame &stack)
{
    NANOCLR_HEADER();

    int32_t status;
    uint8_t *context = NULL;
    uint8_t *input = NULL;
    int32_t contextCount = 0;
    int32_t inputCount = 0;

    status = ArgumentSegment(stack, 0, context, contextCount);
    if (status == ENCO_OK)
    {
        status = ArgumentSegment(stack, 3, input, inputCount);
    }

    if (status == ENCO_OK)
    {
        status = enco_hash_update(context, contextCount, input, inputCount);
    }

    stack.SetResult_I4(status);

    NANOCLR_NOCLEANUP_NOLABEL();
}

// int HashFinal(byte[] context, int contextOffset, int contextCount,
//               byte[] digest, int digestOffset, int digestCount)
HRESULT Library_Router_Enco_Router_Enco_EncoNative::HashFinal___STATIC__I4__SZARRAY_U1__I4__I4__SZARRAY_U1__I4__I4(CLR_RT_StackFrame &stack)
{
    NANOCLR_HEADER();

    int32_t status;
    uint8_t *context = NULL;
    uint8_t *digest = NULL;
    int32_t contextCount = 0;
    int32_t digestCount = 0;

    status = ArgumentSegment(stack, 0, context, contextCount);
    if (status == ENCO_OK)
    {
        status = ArgumentSegment(stack, 3, digest, digestCount);
    }

    if (status == ENCO_OK)
    {
        status = enco_hash_final(context, contextCount, digest, digestCount);
    }

    stack.SetResult_I4(status);

    NANOCLR_NOCLEANUP_NOLABEL();
}

// int HashClone(byte[] destination, int destinationOffset, int destinationCount,
//               byte[] source, int sourceOffset, int sourceCount)
HRESULT Library_Router_Enco_Router_Enco_EncoNative::HashClone___STATIC__I4__SZARRAY_U1__I4__I4__SZARRAY_U1__I4__I4(CLR_RT_StackFrame &stack)
{
    NANOCLR_HEADER();

    int32_t status;
    uint8_t *destination = NULL;
    uint8_t *source = NULL;
    int32_t destinationCount = 0;
    int32_t sourceCount = 0;

    status = ArgumentSegment(stack, 0, destination, destinationCount);
    if (status == ENCO_OK)
    {
        status = ArgumentSegment(stack, 3, source, sourceCount);
    }

    if (status == ENCO_OK)
    {
        status = enco_hash_clone(destination, destinationCount, source, sourceCount);
    }

    stack.SetResult_I4(status);

    NANOCLR_NOCLEANUP_NOLABEL();
}

// int HashFree(byte[] context, int contextOffset, int contextCount)
HRESULT Library_Router_Enco_Router_Enco_EncoNative::HashFree___STATIC__I4__SZARRAY_U1__I4__I4(CLR_RT_StackFrame &stack)
{
    NANOCLR_HEADER();

    int32_t status;
    uint8_t *context = NULL;
    int32_t contextCount = 0;

    status = ArgumentSegment(stack, 0, context, contextCount);
    if (status == ENCO_OK)
    {
        status = enco_hash_free(context, contextCount);
    }

    stack.SetResult_I4(status);

    NANOCLR_NOCLEANUP_NOLABEL();
}
