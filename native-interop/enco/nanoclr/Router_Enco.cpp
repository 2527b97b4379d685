//
// The nanoCLR native assembly table of Router.Enco: what the firmware registers under the
// assembly's name (NF_INTEROP_ASSEMBLIES adds &g_CLR_AssemblyNative_Router_Enco to the interop
// assemblies table).
//
// THIS TABLE MUST MATCH THE MANAGED ASSEMBLY, and only the MetadataProcessor can produce it:
//  - method_lookup has one slot per method of the assembly, in the processor's metadata order,
//    NULL for managed methods; the CLR calls slot N for method N;
//  - the checksum is a CRC over that layout, compared at load with the .pe's
//    nativeMethodsChecksum.
// After any change to Router.Enco's methods, build Router.Enco.nfproj and replace this file by
// its Stubs/Router_Enco.cpp (keep the version line). The list below names every native
// handler; the checksum 0 can never match a PE with native methods, so a stale table is refused
// at load ("Firmware version does not match managed code version") instead of calling the wrong
// handler. See README.md.
//

#include "Router_Enco.h"

#include "enco.h"

// clang-format off

static const CLR_RT_MethodHandler method_lookup[] =
{
    Library_Router_Enco_Router_Enco_EncoNative::AbiVersion___STATIC__I4,
    Library_Router_Enco_Router_Enco_EncoNative::HashDigestSize___STATIC__I4__I4,
    Library_Router_Enco_Router_Enco_EncoNative::HashContextSize___STATIC__I4__I4,
    Library_Router_Enco_Router_Enco_EncoNative::Hash___STATIC__I4__I4__SZARRAY_U1__I4__I4__SZARRAY_U1__I4__I4,
    Library_Router_Enco_Router_Enco_EncoNative::HashInit___STATIC__I4__I4__SZARRAY_U1__I4__I4,
    Library_Router_Enco_Router_Enco_EncoNative::HashUpdate___STATIC__I4__SZARRAY_U1__I4__I4__SZARRAY_U1__I4__I4,
    Library_Router_Enco_Router_Enco_EncoNative::HashFinal___STATIC__I4__SZARRAY_U1__I4__I4__SZARRAY_U1__I4__I4,
    Library_Router_Enco_Router_Enco_EncoNative::HashClone___STATIC__I4__SZARRAY_U1__I4__I4__SZARRAY_U1__I4__I4,
    Library_Router_Enco_Router_Enco_EncoNative::HashFree___STATIC__I4__SZARRAY_U1__I4__I4,
    Library_Router_Enco_Router_Enco_EncoNative::HmacContextSize___STATIC__I4__I4,
    Library_Router_Enco_Router_Enco_EncoNative::Hmac___STATIC__I4__I4__SZARRAY_U1__I4__I4__SZARRAY_U1__I4__I4__SZARRAY_U1__I4__I4,
    Library_Router_Enco_Router_Enco_EncoNative::HmacInit___STATIC__I4__I4__SZARRAY_U1__I4__I4__SZARRAY_U1__I4__I4,
    Library_Router_Enco_Router_Enco_EncoNative::HmacUpdate___STATIC__I4__SZARRAY_U1__I4__I4__SZARRAY_U1__I4__I4,
    Library_Router_Enco_Router_Enco_EncoNative::HmacFinal___STATIC__I4__SZARRAY_U1__I4__I4__SZARRAY_U1__I4__I4,
    Library_Router_Enco_Router_Enco_EncoNative::HmacFree___STATIC__I4__SZARRAY_U1__I4__I4,
    Library_Router_Enco_Router_Enco_EncoNative::HkdfExtract___STATIC__I4__I4__SZARRAY_U1__I4__I4__SZARRAY_U1__I4__I4__SZARRAY_U1__I4__I4,
    Library_Router_Enco_Router_Enco_EncoNative::HkdfExpand___STATIC__I4__I4__SZARRAY_U1__I4__I4__SZARRAY_U1__I4__I4__SZARRAY_U1__I4__I4,
    Library_Router_Enco_Router_Enco_EncoNative::Tls12Prf___STATIC__I4__I4__SZARRAY_U1__I4__I4__SZARRAY_U1__I4__I4__SZARRAY_U1__I4__I4__SZARRAY_U1__I4__I4,
    Library_Router_Enco_Router_Enco_EncoNative::CipherContextSize___STATIC__I4__I4,
    Library_Router_Enco_Router_Enco_EncoNative::CipherInit___STATIC__I4__I4__SZARRAY_U1__I4__I4__SZARRAY_U1__I4__I4,
    Library_Router_Enco_Router_Enco_EncoNative::CipherCrypt___STATIC__I4__SZARRAY_U1__I4__I4__I4__I4__SZARRAY_U1__I4__I4__SZARRAY_U1__I4__I4__SZARRAY_U1__I4__I4,
    Library_Router_Enco_Router_Enco_EncoNative::CipherFree___STATIC__I4__SZARRAY_U1__I4__I4,
    Library_Router_Enco_Router_Enco_EncoNative::AeadContextSize___STATIC__I4__I4,
    Library_Router_Enco_Router_Enco_EncoNative::AeadInit___STATIC__I4__I4__SZARRAY_U1__I4__I4__SZARRAY_U1__I4__I4,
    Library_Router_Enco_Router_Enco_EncoNative::AeadSeal___STATIC__I4__SZARRAY_U1__I4__I4__SZARRAY_U1__I4__I4__SZARRAY_U1__I4__I4__SZARRAY_U1__I4__I4__SZARRAY_U1__I4__I4,
    Library_Router_Enco_Router_Enco_EncoNative::AeadOpen___STATIC__I4__SZARRAY_U1__I4__I4__SZARRAY_U1__I4__I4__SZARRAY_U1__I4__I4__SZARRAY_U1__I4__I4__SZARRAY_U1__I4__I4,
    Library_Router_Enco_Router_Enco_EncoNative::AeadFree___STATIC__I4__SZARRAY_U1__I4__I4,
    Library_Router_Enco_Router_Enco_EncoNative::AeadPreference___STATIC__I4__I4,
    Library_Router_Enco_Router_Enco_EncoNative::RandomFill___STATIC__I4__SZARRAY_U1__I4__I4,
    Library_Router_Enco_Router_Enco_EncoNative::RandomReseed___STATIC__I4__SZARRAY_U1__I4__I4,
    Library_Router_Enco_Router_Enco_EncoNative::DeflateWorkspaceSize___STATIC__I4__I4,
    Library_Router_Enco_Router_Enco_EncoNative::Deflate___STATIC__I4__I4__SZARRAY_U1__I4__I4__SZARRAY_U1__I4__I4__SZARRAY_U1__I4__I4,
    Library_Router_Enco_Router_Enco_EncoNative::Inflate___STATIC__I4__SZARRAY_U1__I4__I4__SZARRAY_U1__I4__I4__SZARRAY_U1__I4__I4,
    Library_Router_Enco_Router_Enco_EncoNative::Pbkdf2___STATIC__I4__I4__SZARRAY_U1__I4__I4__SZARRAY_U1__I4__I4__I4__SZARRAY_U1__I4__I4,
    Library_Router_Enco_Router_Enco_EncoNative::KeyBlobSize___STATIC__I4__I4__I4,
    Library_Router_Enco_Router_Enco_EncoNative::KeyGenerate___STATIC__I4__I4__I4__SZARRAY_U1__I4__I4,
    Library_Router_Enco_Router_Enco_EncoNative::KeyImport___STATIC__I4__I4__I4__I4__SZARRAY_U1__I4__I4__SZARRAY_U1__I4__I4,
    Library_Router_Enco_Router_Enco_EncoNative::KeyCheck___STATIC__I4__SZARRAY_U1__I4__I4,
    Library_Router_Enco_Router_Enco_EncoNative::KeyExport___STATIC__I4__SZARRAY_U1__I4__I4__I4__SZARRAY_U1__I4__I4,
    Library_Router_Enco_Router_Enco_EncoNative::RsaSign___STATIC__I4__SZARRAY_U1__I4__I4__I4__I4__SZARRAY_U1__I4__I4__SZARRAY_U1__I4__I4,
    Library_Router_Enco_Router_Enco_EncoNative::RsaVerify___STATIC__I4__SZARRAY_U1__I4__I4__I4__I4__I4__SZARRAY_U1__I4__I4__SZARRAY_U1__I4__I4,
    Library_Router_Enco_Router_Enco_EncoNative::RsaEncrypt___STATIC__I4__SZARRAY_U1__I4__I4__I4__SZARRAY_U1__I4__I4__SZARRAY_U1__I4__I4,
    Library_Router_Enco_Router_Enco_EncoNative::RsaDecrypt___STATIC__I4__SZARRAY_U1__I4__I4__SZARRAY_U1__I4__I4__SZARRAY_U1__I4__I4,
    Library_Router_Enco_Router_Enco_EncoNative::RsaDecryptImplicit___STATIC__I4__SZARRAY_U1__I4__I4__SZARRAY_U1__I4__I4__SZARRAY_U1__I4__I4,
    Library_Router_Enco_Router_Enco_EncoNative::EcdsaSign___STATIC__I4__SZARRAY_U1__I4__I4__I4__SZARRAY_U1__I4__I4__I4__SZARRAY_U1__I4__I4,
    Library_Router_Enco_Router_Enco_EncoNative::EcdsaVerify___STATIC__I4__I4__SZARRAY_U1__I4__I4__I4__SZARRAY_U1__I4__I4__I4__SZARRAY_U1__I4__I4,
    Library_Router_Enco_Router_Enco_EncoNative::KeyAgree___STATIC__I4__SZARRAY_U1__I4__I4__I4__SZARRAY_U1__I4__I4__SZARRAY_U1__I4__I4,
};

const CLR_RT_NativeAssemblyData g_CLR_AssemblyNative_Router_Enco =
{
    "Router.Enco",
    0x00000000,
    method_lookup,
    // Must equal [assembly: AssemblyNativeVersion] in src/Router.Enco/Properties/AssemblyInfo.cs.
    { ENCO_VERSION_MAJOR, ENCO_VERSION_MINOR, ENCO_VERSION_BUILD, ENCO_VERSION_REVISION }
};

// clang-format on
