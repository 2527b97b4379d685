using System.Runtime.CompilerServices;
#if HOST_BOARD
using System.Runtime.InteropServices;
#endif

namespace Router.Enco
{
    /// <summary>
    /// PBKDF2's native entry point (native-interop/enco/include/enco_pbkdf2.h), with the rules of
    /// <c>EncoNative.cs</c>: (byte[], offset, count) per buffer, an <see cref="EncoStatus"/> code back;
    /// an InternalCall into nanoclr/Router_Enco_Router_Enco_EncoNative.Pbkdf2.cpp on the device, a
    /// P/Invoke into enco_pinvoke_pbkdf2.c on the host. <see cref="Pbkdf2"/> checks segments first.
    /// </summary>
    internal static partial class EncoNative
    {
#if HOST_BOARD
        [DllImport(Library, EntryPoint = "enco_pinvoke_pbkdf2")]
#else
        [MethodImpl(MethodImplOptions.InternalCall)]
#endif
        internal static extern int Pbkdf2(int hash, byte[] password, int passwordOffset, int passwordCount,
            byte[] salt, int saltOffset, int saltCount, int iterations, byte[] output, int outputOffset, int outputCount);
    }
}
