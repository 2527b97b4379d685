using System;
using System.Collections.Generic;

namespace Router.Storage.HostTests
{
    /// <summary>
    /// Tells whether any 8-byte window of past file contents is still in a flash image. Contents
    /// are random, so a window found in the image is that content's bytes and not a coincidence.
    /// </summary>
    public sealed class StaleContentScanner
    {
        private const int Window = 8;

        public static HashSet<ulong> WindowsOf(byte[] image)
        {
            var windows = new HashSet<ulong>();
            for (int i = 0; i + Window <= image.Length; i++)
            {
                windows.Add(BitConverter.ToUInt64(image, i));
            }

            return windows;
        }

        /// <summary>True when any window of <paramref name="content"/> (checked at several positions) is in the image.</summary>
        public static bool Contains(HashSet<ulong> imageWindows, byte[] content)
        {
            if (content.Length < Window)
            {
                return false;
            }

            for (int i = 0; i + Window <= content.Length; i += Math.Max(1, (content.Length - Window) / 7))
            {
                if (imageWindows.Contains(BitConverter.ToUInt64(content, i)))
                {
                    return true;
                }
            }

            return imageWindows.Contains(BitConverter.ToUInt64(content, content.Length - Window));
        }
    }
}
