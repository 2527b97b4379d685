using System.Text;

namespace Router.Pki.X509
{
    /// <summary>Hexadecimal display of byte strings: "3A:0F:..." (fingerprints, key identifiers) or "3a0f...".</summary>
    public static class HexText
    {
        private const string Digits = "0123456789ABCDEF";

        public static string Of(byte[] buffer, int offset, int length, bool colons)
        {
            StringBuilder text = new StringBuilder(length * 3);
            for (int i = 0; i < length; i++)
            {
                if (colons && i > 0)
                {
                    text.Append(':');
                }

                int b = buffer[offset + i];
                text.Append(Digits[b >> 4]);
                text.Append(Digits[b & 0x0F]);
            }

            return text.ToString();
        }
    }
}
