using System.Runtime.CompilerServices;
#if HOST_BOARD
using System.Runtime.InteropServices;
#endif

namespace Router.Enco
{
    /// <summary>
    /// The ENCO engine's native entry points, one per function of native-interop/enco/include/enco.h.
    /// Every buffer travels as a (byte[], offset, count) triple and every call returns an
    /// <see cref="EncoStatus"/> code (or, for the size queries, a size).
    /// <para>
    /// On the device these are InternalCalls bound by the nanoCLR glue
    /// (native-interop/enco/nanoclr; its handler names are derived from these signatures). On the
    /// host they are P/Invokes into libenco.so (enco_pinvoke.h). Only the attributes differ.
    /// Changing a signature here means changing the glue, the C entry point and the
    /// AssemblyNativeVersion together.
    /// </para>
    /// <para>
    /// The device glue checks each segment against its array; the P/Invoke path cannot see array
    /// lengths, so callers must pass segments they have checked (the facades do).
    /// </para>
    /// </summary>
    internal static partial class EncoNative
    {
#if HOST_BOARD
        private const string Library = "enco";
#endif

#if HOST_BOARD
        [DllImport(Library, EntryPoint = "enco_abi_version")]
#else
        [MethodImpl(MethodImplOptions.InternalCall)]
#endif
        internal static extern int AbiVersion();

#if HOST_BOARD
        [DllImport(Library, EntryPoint = "enco_hash_digest_size")]
#else
        [MethodImpl(MethodImplOptions.InternalCall)]
#endif
        internal static extern int HashDigestSize(int algorithm);

#if HOST_BOARD
        [DllImport(Library, EntryPoint = "enco_hash_context_size")]
#else
        [MethodImpl(MethodImplOptions.InternalCall)]
#endif
        internal static extern int HashContextSize(int algorithm);

#if HOST_BOARD
        [DllImport(Library, EntryPoint = "enco_pinvoke_hash")]
#else
        [MethodImpl(MethodImplOptions.InternalCall)]
#endif
        internal static extern int Hash(int algorithm, byte[] input, int inputOffset, int inputCount,
            byte[] digest, int digestOffset, int digestCount);

#if HOST_BOARD
        [DllImport(Library, EntryPoint = "enco_pinvoke_hash_init")]
#else
        [MethodImpl(MethodImplOptions.InternalCall)]
#endif
        internal static extern int HashInit(int algorithm, byte[] context, int contextOffset, int contextCount);

#if HOST_BOARD
        [DllImport(Library, EntryPoint = "enco_pinvoke_hash_update")]
#else
        [MethodImpl(MethodImplOptions.InternalCall)]
#endif
        internal static extern int HashUpdate(byte[] context, int contextOffset, int contextCount,
            byte[] input, int inputOffset, int inputCount);

#if HOST_BOARD
        [DllImport(Library, EntryPoint = "enco_pinvoke_hash_final")]
#else
        [MethodImpl(MethodImplOptions.InternalCall)]
#endif
        internal static extern int HashFinal(byte[] context, int contextOffset, int contextCount,
            byte[] digest, int digestOffset, int digestCount);

#if HOST_BOARD
        [DllImport(Library, EntryPoint = "enco_pinvoke_hash_clone")]
#else
        [MethodImpl(MethodImplOptions.InternalCall)]
#endif
        internal static extern int HashClone(byte[] destination, int destinationOffset, int destinationCount,
            byte[] source, int sourceOffset, int sourceCount);

#if HOST_BOARD
        [DllImport(Library, EntryPoint = "enco_pinvoke_hash_free")]
#else
        [MethodImpl(MethodImplOptions.InternalCall)]
#endif
        internal static extern int HashFree(byte[] context, int contextOffset, int contextCount);
    }
}
