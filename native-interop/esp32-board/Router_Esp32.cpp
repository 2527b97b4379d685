//
// The nanoCLR native assembly table of Router.Esp32. As for Router.Enco (see
// ../enco/nanoclr/Router_Enco.cpp), the slot order and the checksum must be the ones the
// MetadataProcessor writes for the built assembly: replace the table and the checksum with
// those of Router.Esp32.nfproj's generated stubs before flashing. Checksum 0 never matches, so
// a stale table is refused at load instead of calling the wrong handler.
//

#include "Router_Esp32.h"

// clang-format off

static const CLR_RT_MethodHandler method_lookup[] =
{
    Library_Router_Esp32_Router_Esp32_PartitionFlash::NativeOpen___STATIC__I4,
    Library_Router_Esp32_Router_Esp32_PartitionFlash::NativeRead___STATIC__I4__I4__SZARRAY_U1__I4__I4,
    Library_Router_Esp32_Router_Esp32_PartitionFlash::NativeErase___STATIC__I4__I4__I4,
    Library_Router_Esp32_Router_Esp32_PartitionFlash::NativeWrite___STATIC__I4__I4__SZARRAY_U1__I4__I4,
};

const CLR_RT_NativeAssemblyData g_CLR_AssemblyNative_Router_Esp32 =
{
    "Router.Esp32",
    0x00000000,
    method_lookup,
    // Must equal [assembly: AssemblyNativeVersion] in board-support/esp32/Properties/AssemblyInfo.cs.
    { 1, 0, 0, 0 }
};

// clang-format on
