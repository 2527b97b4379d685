using System;
using Router.Core;

namespace Router.Storage.HostTests
{
    /// <summary>A flash chip a power-cut test can copy, cut and power up again.</summary>
    public interface ITestFlash : IFlash, IDisposable
    {
        /// <summary>Bytes programmed since the chip was made (erases not counted).</summary>
        long BytesWritten { get; }

        /// <summary>Another chip with the same content.</summary>
        ITestFlash Clone();

        /// <summary>Lets exactly <paramref name="bytes"/> more bytes be programmed, then every call throws PowerCutException.</summary>
        void CutPowerAfter(long bytes);

        /// <summary>The board boots again: power back, no cut planned.</summary>
        void RestorePower();

        /// <summary>A copy of the whole image, as a scan of the chip would read it.</summary>
        byte[] Snapshot();
    }
}
