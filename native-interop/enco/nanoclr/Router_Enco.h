//
// nanoCLR interop declarations of the Router.Enco assembly, in the shape the nanoFramework
// MetadataProcessor generates (Stubs/Router_Enco.h of the .nfproj build): one struct per class
// with native methods, one handler per [MethodImpl(MethodImplOptions.InternalCall)] extern,
// named <Method>___STATIC__<return>__<parameter types>.
//

#ifndef ROUTER_ENCO_H
#define ROUTER_ENCO_H

#include <nanoCLR_Interop.h>
#include <nanoCLR_Runtime.h>
#include <nanoPackStruct.h>

// Router.Enco.EncoNative (src/Router.Enco/EncoNative.cs)
struct Library_Router_Enco_Router_Enco_EncoNative
{
    NANOCLR_NATIVE_DECLARE(AbiVersion___STATIC__I4);
    NANOCLR_NATIVE_DECLARE(HashDigestSize___STATIC__I4__I4);
    NANOCLR_NATIVE_DECLARE(HashContextSize___STATIC__I4__I4);
    NANOCLR_NATIVE_DECLARE(Hash___STATIC__I4__I4__SZARRAY_U1__I4__I4__SZARRAY_U1__I4__I4);
    NANOCLR_NATIVE_DECLARE(HashInit___STATIC__I4__I4__SZARRAY_U1__I4__I4);
    NANOCLR_NATIVE_DECLARE(HashUpdate___STATIC__I4__SZARRAY_U1__I4__I4__SZARRAY_U1__I4__I4);
    NANOCLR_NATIVE_DECLARE(HashFinal___STATIC__I4__SZARRAY_U1__I4__I4__SZARRAY_U1__I4__I4);
    NANOCLR_NATIVE_DECLARE(HashClone___STATIC__I4__SZARRAY_U1__I4__I4__SZARRAY_U1__I4__I4);
    NANOCLR_NATIVE_DECLARE(HashFree___STATIC__I4__SZARRAY_U1__I4__I4);

    //--//
};

extern const CLR_RT_NativeAssemblyData g_CLR_AssemblyNative_Router_Enco;

#endif // ROUTER_ENCO_H
