//
// nanoCLR interop declarations of the Router.Esp32 assembly (board-support/esp32), in the shape
// the MetadataProcessor generates: the flash natives of Router.Esp32.PartitionFlash.
//

#ifndef ROUTER_ESP32_H
#define ROUTER_ESP32_H

#include <nanoCLR_Interop.h>
#include <nanoCLR_Runtime.h>
#include <nanoPackStruct.h>

// Router.Esp32.PartitionFlash (board-support/esp32/PartitionFlash.cs)
struct Library_Router_Esp32_Router_Esp32_PartitionFlash
{
    NANOCLR_NATIVE_DECLARE(NativeOpen___STATIC__I4);
    NANOCLR_NATIVE_DECLARE(NativeRead___STATIC__I4__I4__SZARRAY_U1__I4__I4);
    NANOCLR_NATIVE_DECLARE(NativeErase___STATIC__I4__I4__I4);
    NANOCLR_NATIVE_DECLARE(NativeWrite___STATIC__I4__I4__SZARRAY_U1__I4__I4);

    //--//
};

extern const CLR_RT_NativeAssemblyData g_CLR_AssemblyNative_Router_Esp32;

#endif // ROUTER_ESP32_H
