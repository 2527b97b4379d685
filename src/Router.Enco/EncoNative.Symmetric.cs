using System.Runtime.CompilerServices;
#if HOST_BOARD
using System.Runtime.InteropServices;
#endif

namespace Router.Enco
{
    /// <summary>
    /// The symmetric part of the engine's native entry points (native-interop/enco/include/
    /// enco_symmetric.h): HMAC, HKDF, the TLS 1.2 PRF, block ciphers, AEAD, random bytes, DEFLATE.
    /// Same rules as <c>EncoNative.cs</c>: one extern per native function, (byte[], offset, count)
    /// per buffer, an <see cref="EncoStatus"/> code back; InternalCalls into
    /// nanoclr/Router_Enco_Router_Enco_EncoNative.Symmetric.cpp on the device, P/Invokes into
    /// enco_pinvoke_symmetric.c on the host. The facades check segments before calling.
    /// </summary>
    internal static partial class EncoNative
    {
#if HOST_BOARD
        [DllImport(Library, EntryPoint = "enco_hmac_context_size")]
#else
        [MethodImpl(MethodImplOptions.InternalCall)]
#endif
        internal static extern int HmacContextSize(int hash);

#if HOST_BOARD
        [DllImport(Library, EntryPoint = "enco_pinvoke_hmac")]
#else
        [MethodImpl(MethodImplOptions.InternalCall)]
#endif
        internal static extern int Hmac(int hash, byte[] key, int keyOffset, int keyCount,
            byte[] input, int inputOffset, int inputCount, byte[] mac, int macOffset, int macCount);

#if HOST_BOARD
        [DllImport(Library, EntryPoint = "enco_pinvoke_hmac_init")]
#else
        [MethodImpl(MethodImplOptions.InternalCall)]
#endif
        internal static extern int HmacInit(int hash, byte[] key, int keyOffset, int keyCount,
            byte[] context, int contextOffset, int contextCount);

#if HOST_BOARD
        [DllImport(Library, EntryPoint = "enco_pinvoke_hmac_update")]
#else
        [MethodImpl(MethodImplOptions.InternalCall)]
#endif
        internal static extern int HmacUpdate(byte[] context, int contextOffset, int contextCount,
            byte[] input, int inputOffset, int inputCount);

#if HOST_BOARD
        [DllImport(Library, EntryPoint = "enco_pinvoke_hmac_final")]
#else
        [MethodImpl(MethodImplOptions.InternalCall)]
#endif
        internal static extern int HmacFinal(byte[] context, int contextOffset, int contextCount,
            byte[] mac, int macOffset, int macCount);

#if HOST_BOARD
        [DllImport(Library, EntryPoint = "enco_pinvoke_hmac_free")]
#else
        [MethodImpl(MethodImplOptions.InternalCall)]
#endif
        internal static extern int HmacFree(byte[] context, int contextOffset, int contextCount);

#if HOST_BOARD
        [DllImport(Library, EntryPoint = "enco_pinvoke_hkdf_extract")]
#else
        [MethodImpl(MethodImplOptions.InternalCall)]
#endif
        internal static extern int HkdfExtract(int hash, byte[] salt, int saltOffset, int saltCount,
            byte[] ikm, int ikmOffset, int ikmCount, byte[] prk, int prkOffset, int prkCount);

#if HOST_BOARD
        [DllImport(Library, EntryPoint = "enco_pinvoke_hkdf_expand")]
#else
        [MethodImpl(MethodImplOptions.InternalCall)]
#endif
        internal static extern int HkdfExpand(int hash, byte[] prk, int prkOffset, int prkCount,
            byte[] info, int infoOffset, int infoCount, byte[] okm, int okmOffset, int okmCount);

#if HOST_BOARD
        [DllImport(Library, EntryPoint = "enco_pinvoke_tls12_prf")]
#else
        [MethodImpl(MethodImplOptions.InternalCall)]
#endif
        internal static extern int Tls12Prf(int hash, byte[] secret, int secretOffset, int secretCount,
            byte[] label, int labelOffset, int labelCount, byte[] seed, int seedOffset, int seedCount,
            byte[] output, int outputOffset, int outputCount);

#if HOST_BOARD
        [DllImport(Library, EntryPoint = "enco_cipher_context_size")]
#else
        [MethodImpl(MethodImplOptions.InternalCall)]
#endif
        internal static extern int CipherContextSize(int algorithm);

#if HOST_BOARD
        [DllImport(Library, EntryPoint = "enco_pinvoke_cipher_init")]
#else
        [MethodImpl(MethodImplOptions.InternalCall)]
#endif
        internal static extern int CipherInit(int algorithm, byte[] key, int keyOffset, int keyCount,
            byte[] context, int contextOffset, int contextCount);

#if HOST_BOARD
        [DllImport(Library, EntryPoint = "enco_pinvoke_cipher_crypt")]
#else
        [MethodImpl(MethodImplOptions.InternalCall)]
#endif
        internal static extern int CipherCrypt(byte[] context, int contextOffset, int contextCount,
            int mode, int direction, byte[] iv, int ivOffset, int ivCount,
            byte[] input, int inputOffset, int inputCount, byte[] output, int outputOffset, int outputCount);

#if HOST_BOARD
        [DllImport(Library, EntryPoint = "enco_pinvoke_cipher_free")]
#else
        [MethodImpl(MethodImplOptions.InternalCall)]
#endif
        internal static extern int CipherFree(byte[] context, int contextOffset, int contextCount);

#if HOST_BOARD
        [DllImport(Library, EntryPoint = "enco_aead_context_size")]
#else
        [MethodImpl(MethodImplOptions.InternalCall)]
#endif
        internal static extern int AeadContextSize(int algorithm);

#if HOST_BOARD
        [DllImport(Library, EntryPoint = "enco_pinvoke_aead_init")]
#else
        [MethodImpl(MethodImplOptions.InternalCall)]
#endif
        internal static extern int AeadInit(int algorithm, byte[] key, int keyOffset, int keyCount,
            byte[] context, int contextOffset, int contextCount);

#if HOST_BOARD
        [DllImport(Library, EntryPoint = "enco_pinvoke_aead_seal")]
#else
        [MethodImpl(MethodImplOptions.InternalCall)]
#endif
        internal static extern int AeadSeal(byte[] context, int contextOffset, int contextCount,
            byte[] nonce, int nonceOffset, int nonceCount, byte[] aad, int aadOffset, int aadCount,
            byte[] input, int inputOffset, int inputCount, byte[] output, int outputOffset, int outputCount);

#if HOST_BOARD
        [DllImport(Library, EntryPoint = "enco_pinvoke_aead_open")]
#else
        [MethodImpl(MethodImplOptions.InternalCall)]
#endif
        internal static extern int AeadOpen(byte[] context, int contextOffset, int contextCount,
            byte[] nonce, int nonceOffset, int nonceCount, byte[] aad, int aadOffset, int aadCount,
            byte[] input, int inputOffset, int inputCount, byte[] output, int outputOffset, int outputCount);

#if HOST_BOARD
        [DllImport(Library, EntryPoint = "enco_pinvoke_aead_free")]
#else
        [MethodImpl(MethodImplOptions.InternalCall)]
#endif
        internal static extern int AeadFree(byte[] context, int contextOffset, int contextCount);

#if HOST_BOARD
        [DllImport(Library, EntryPoint = "enco_aead_preference")]
#else
        [MethodImpl(MethodImplOptions.InternalCall)]
#endif
        internal static extern int AeadPreference(int rank);

#if HOST_BOARD
        [DllImport(Library, EntryPoint = "enco_pinvoke_random")]
#else
        [MethodImpl(MethodImplOptions.InternalCall)]
#endif
        internal static extern int RandomFill(byte[] output, int outputOffset, int outputCount);

#if HOST_BOARD
        [DllImport(Library, EntryPoint = "enco_pinvoke_random_reseed")]
#else
        [MethodImpl(MethodImplOptions.InternalCall)]
#endif
        internal static extern int RandomReseed(byte[] additional, int additionalOffset, int additionalCount);

#if HOST_BOARD
        [DllImport(Library, EntryPoint = "enco_deflate_workspace_size")]
#else
        [MethodImpl(MethodImplOptions.InternalCall)]
#endif
        internal static extern int DeflateWorkspaceSize(int operation);

#if HOST_BOARD
        [DllImport(Library, EntryPoint = "enco_pinvoke_deflate")]
#else
        [MethodImpl(MethodImplOptions.InternalCall)]
#endif
        internal static extern int Deflate(int level, byte[] input, int inputOffset, int inputCount,
            byte[] output, int outputOffset, int outputCount,
            byte[] workspace, int workspaceOffset, int workspaceCount);

#if HOST_BOARD
        [DllImport(Library, EntryPoint = "enco_pinvoke_inflate")]
#else
        [MethodImpl(MethodImplOptions.InternalCall)]
#endif
        internal static extern int Inflate(byte[] input, int inputOffset, int inputCount,
            byte[] output, int outputOffset, int outputCount,
            byte[] workspace, int workspaceOffset, int workspaceCount);
    }
}
