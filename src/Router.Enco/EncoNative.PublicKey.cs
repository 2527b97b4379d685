using System.Runtime.CompilerServices;
#if HOST_BOARD
using System.Runtime.InteropServices;
#endif

namespace Router.Enco
{
    /// <summary>
    /// The public-key part of the engine's native entry points (native-interop/enco/include/enco_pk.h):
    /// key blobs, RSA, ECDSA, key agreement. Same rules as <c>EncoNative.cs</c>: one extern per native
    /// function, (byte[], offset, count) per buffer, an <see cref="EncoStatus"/> code or a byte count
    /// back; InternalCalls into nanoclr/Router_Enco_Router_Enco_EncoNative.PublicKey.cpp on the
    /// device, P/Invokes into src/enco_pinvoke_pk.c on the host. The facades (<see cref="EncoKey"/>,
    /// <see cref="Rsa"/>, <see cref="Ecdsa"/>, <see cref="KeyAgreement"/>) check segments first.
    /// </summary>
    internal static partial class EncoNative
    {
#if HOST_BOARD
        [DllImport(Library, EntryPoint = "enco_key_blob_size")]
#else
        [MethodImpl(MethodImplOptions.InternalCall)]
#endif
        internal static extern int KeyBlobSize(int type, int parameter);

#if HOST_BOARD
        [DllImport(Library, EntryPoint = "enco_pinvoke_key_generate")]
#else
        [MethodImpl(MethodImplOptions.InternalCall)]
#endif
        internal static extern int KeyGenerate(int type, int parameter, byte[] blob, int blobOffset, int blobCount);

#if HOST_BOARD
        [DllImport(Library, EntryPoint = "enco_pinvoke_key_import")]
#else
        [MethodImpl(MethodImplOptions.InternalCall)]
#endif
        internal static extern int KeyImport(int type, int parameter, int format,
            byte[] input, int inputOffset, int inputCount, byte[] blob, int blobOffset, int blobCount);

#if HOST_BOARD
        [DllImport(Library, EntryPoint = "enco_pinvoke_key_check")]
#else
        [MethodImpl(MethodImplOptions.InternalCall)]
#endif
        internal static extern int KeyCheck(byte[] blob, int blobOffset, int blobCount);

#if HOST_BOARD
        [DllImport(Library, EntryPoint = "enco_pinvoke_key_export")]
#else
        [MethodImpl(MethodImplOptions.InternalCall)]
#endif
        internal static extern int KeyExport(byte[] blob, int blobOffset, int blobCount, int format,
            byte[] output, int outputOffset, int outputCount);

#if HOST_BOARD
        [DllImport(Library, EntryPoint = "enco_pinvoke_rsa_sign")]
#else
        [MethodImpl(MethodImplOptions.InternalCall)]
#endif
        internal static extern int RsaSign(byte[] blob, int blobOffset, int blobCount, int padding, int hash,
            byte[] digest, int digestOffset, int digestCount, byte[] signature, int signatureOffset, int signatureCount);

#if HOST_BOARD
        [DllImport(Library, EntryPoint = "enco_pinvoke_rsa_verify")]
#else
        [MethodImpl(MethodImplOptions.InternalCall)]
#endif
        internal static extern int RsaVerify(byte[] publicKey, int publicKeyOffset, int publicKeyCount, int format,
            int padding, int hash, byte[] digest, int digestOffset, int digestCount,
            byte[] signature, int signatureOffset, int signatureCount);

#if HOST_BOARD
        [DllImport(Library, EntryPoint = "enco_pinvoke_rsa_encrypt")]
#else
        [MethodImpl(MethodImplOptions.InternalCall)]
#endif
        internal static extern int RsaEncrypt(byte[] publicKey, int publicKeyOffset, int publicKeyCount, int format,
            byte[] message, int messageOffset, int messageCount, byte[] ciphertext, int ciphertextOffset, int ciphertextCount);

#if HOST_BOARD
        [DllImport(Library, EntryPoint = "enco_pinvoke_rsa_decrypt")]
#else
        [MethodImpl(MethodImplOptions.InternalCall)]
#endif
        internal static extern int RsaDecrypt(byte[] blob, int blobOffset, int blobCount,
            byte[] ciphertext, int ciphertextOffset, int ciphertextCount, byte[] message, int messageOffset, int messageCount);

#if HOST_BOARD
        [DllImport(Library, EntryPoint = "enco_pinvoke_rsa_decrypt_implicit")]
#else
        [MethodImpl(MethodImplOptions.InternalCall)]
#endif
        internal static extern int RsaDecryptImplicit(byte[] blob, int blobOffset, int blobCount,
            byte[] ciphertext, int ciphertextOffset, int ciphertextCount, byte[] message, int messageOffset, int messageCount);

#if HOST_BOARD
        [DllImport(Library, EntryPoint = "enco_pinvoke_ecdsa_sign")]
#else
        [MethodImpl(MethodImplOptions.InternalCall)]
#endif
        internal static extern int EcdsaSign(byte[] blob, int blobOffset, int blobCount, int hash,
            byte[] digest, int digestOffset, int digestCount, int signatureFormat,
            byte[] signature, int signatureOffset, int signatureCount);

#if HOST_BOARD
        [DllImport(Library, EntryPoint = "enco_pinvoke_ecdsa_verify")]
#else
        [MethodImpl(MethodImplOptions.InternalCall)]
#endif
        internal static extern int EcdsaVerify(int type, byte[] publicKey, int publicKeyOffset, int publicKeyCount, int format,
            byte[] digest, int digestOffset, int digestCount, int signatureFormat,
            byte[] signature, int signatureOffset, int signatureCount);

#if HOST_BOARD
        [DllImport(Library, EntryPoint = "enco_pinvoke_key_agree")]
#else
        [MethodImpl(MethodImplOptions.InternalCall)]
#endif
        internal static extern int KeyAgree(byte[] blob, int blobOffset, int blobCount, int peerFormat,
            byte[] peer, int peerOffset, int peerCount, byte[] secret, int secretOffset, int secretCount);
    }
}
