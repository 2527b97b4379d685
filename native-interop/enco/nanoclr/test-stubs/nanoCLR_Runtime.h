/*
 * Test stub, not nanoCLR: the stack frame and heap block members the Router.Enco glue uses,
 * named as in nf-interpreter's src/CLR/Include/nanoCLR_Runtime.h. The storage behind them is
 * simplified (an array here holds a pointer to its elements; in nanoCLR they follow the header)
 * so that tests can build a fake frame.
 */
#ifndef NANOCLR_RUNTIME_H
#define NANOCLR_RUNTIME_H

#include "nanoCLR_Interop.h"

struct CLR_RT_HeapBlock_Array
{
    CLR_UINT32 m_numOfElements;
    CLR_UINT8 *m_stubElements; /* stub only */

    CLR_UINT8 *GetFirstElement()
    {
        return m_stubElements;
    }
};

struct CLR_RT_HeapBlock
{
    union Numeric {
        CLR_INT32 s4;
        CLR_UINT32 u4;
    };

    Numeric m_stubNumeric;                /* stub only */
    CLR_RT_HeapBlock_Array *m_stubArray; /* stub only: NULL is a null reference */

    Numeric &NumericByRef()
    {
        return m_stubNumeric;
    }

    CLR_RT_HeapBlock_Array *DereferenceArray()
    {
        return m_stubArray;
    }

    void SetInteger(CLR_INT32 value)
    {
        m_stubNumeric.s4 = value;
        m_stubArray = 0;
    }
};

struct CLR_RT_StackFrame
{
    CLR_RT_HeapBlock m_stubArguments[16]; /* stub only */
    CLR_RT_HeapBlock m_stubResult;        /* stub only */

    CLR_RT_HeapBlock &Arg0()
    {
        return m_stubArguments[0];
    }

    CLR_RT_HeapBlock &Arg1()
    {
        return m_stubArguments[1];
    }

    CLR_RT_HeapBlock &Arg2()
    {
        return m_stubArguments[2];
    }

    CLR_RT_HeapBlock &Arg3()
    {
        return m_stubArguments[3];
    }

    CLR_RT_HeapBlock &ArgN(CLR_INT32 index)
    {
        return m_stubArguments[index];
    }

    void SetResult_I4(CLR_INT32 value)
    {
        m_stubResult.SetInteger(value);
    }
};

#endif /* NANOCLR_RUNTIME_H */
