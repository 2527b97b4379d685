using System;

namespace Router.Enco.Tests
{
    /// <summary>The <see cref="EncoException"/> code a call raises, or Ok.</summary>
    internal static class Refusal
    {
        public static int CodeOf(Action call)
        {
            try
            {
                call();
            }
            catch (EncoException e)
            {
                return e.Code;
            }

            return EncoStatus.Ok;
        }

        /// <summary>bytes[offset .. +count) as a new array.</summary>
        public static byte[] Slice(byte[] bytes, int offset, int count)
        {
            byte[] slice = new byte[count];
            Array.Copy(bytes, offset, slice, 0, count);
            return slice;
        }
    }
}
