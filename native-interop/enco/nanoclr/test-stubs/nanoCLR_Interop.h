/*
 * Test stub, not nanoCLR: only the declarations of nf-interpreter's src/CLR/Include/
 * nanoCLR_Interop.h (and the types it pulls in) that the Router.Enco glue uses, with the same
 * names and shapes, so that the glue compiles here exactly as it is compiled in the firmware.
 */
#ifndef NANOCLR_INTEROP_H
#define NANOCLR_INTEROP_H

#include <stdint.h>

typedef int32_t HRESULT;
typedef int32_t CLR_INT32;
typedef uint32_t CLR_UINT32;
typedef uint16_t CLR_UINT16;
typedef uint8_t CLR_UINT8;

#define S_OK ((HRESULT)0x00000000L)
#define SUCCEEDED(status) ((HRESULT)(status) >= 0)
#define FAILED(status) ((HRESULT)(status) < 0)
#define CLR_E_NULL_REFERENCE ((HRESULT)0x80000000L | 0x21000000L)
#define CLR_E_ARGUMENT_NULL ((HRESULT)0x80000000L | 0x26000000L)
#define CLR_E_OUT_OF_RANGE ((HRESULT)0x80000000L | 0x25000000L)

#define NANOCLR_HEADER() HRESULT hr
#define NANOCLR_LEAVE() goto nanoCLR_Cleanup
#define NANOCLR_RETURN() return hr
#define NANOCLR_CHECK_HRESULT(expr)                                                               \
    {                                                                                             \
        if (FAILED(hr = (expr)))                                                                  \
            NANOCLR_LEAVE();                                                                      \
    }
#define NANOCLR_SET_AND_LEAVE(expr)                                                               \
    {                                                                                             \
        hr = (expr);                                                                              \
        NANOCLR_LEAVE();                                                                          \
    }
#define NANOCLR_CLEANUP()                                                                         \
    hr = S_OK;                                                                                    \
    nanoCLR_Cleanup:
#define NANOCLR_CLEANUP_END() NANOCLR_RETURN()
#define NANOCLR_NOCLEANUP()                                                                       \
    NANOCLR_CLEANUP();                                                                            \
    NANOCLR_CLEANUP_END()
#define NANOCLR_NOCLEANUP_NOLABEL()                                                               \
    hr = S_OK;                                                                                    \
    NANOCLR_RETURN()
#define FAULT_ON_NULL(ptr)                                                                        \
    if (!(ptr))                                                                                   \
    NANOCLR_SET_AND_LEAVE(CLR_E_NULL_REFERENCE)
#define FAULT_ON_NULL_ARG(ptr)                                                                    \
    if (!(ptr))                                                                                   \
    NANOCLR_SET_AND_LEAVE(CLR_E_ARGUMENT_NULL)

struct CLR_RT_StackFrame;

#define NANOCLR_NATIVE_DECLARE(mtd) static HRESULT mtd(CLR_RT_StackFrame &stack)

typedef HRESULT (*CLR_RT_MethodHandler)(CLR_RT_StackFrame &stack);

struct CLR_RECORD_VERSION
{
    CLR_UINT16 iMajorVersion;
    CLR_UINT16 iMinorVersion;
    CLR_UINT16 iBuildNumber;
    CLR_UINT16 iRevisionNumber;
};

struct CLR_RT_NativeAssemblyData
{
    const char *m_szAssemblyName;
    CLR_UINT32 m_checkSum;
    const void *m_pNativeMethods;
    CLR_RECORD_VERSION m_Version;
};

#endif /* NANOCLR_INTEROP_H */
