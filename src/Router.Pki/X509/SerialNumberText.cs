using System.Text;

namespace Router.Pki.X509
{
    /// <summary>
    /// Serial numbers as text: decimal, as the IPsec certificate view of 002 prints them
    /// ("22314868"), and colon-separated hex for the long random serials of public CAs.
    /// The value is the INTEGER contents, two's complement (RFC 5280 4.1.2.2 allows 20 octets).
    /// </summary>
    public static class SerialNumberText
    {
        /// <summary>Decimal text, with a '-' for the (non-conforming) negative serials some CAs issued.</summary>
        public static string Decimal(byte[] buffer, int offset, int length)
        {
            byte[] magnitude = new byte[length];
            System.Array.Copy(buffer, offset, magnitude, 0, length);
            bool negative = length > 0 && (magnitude[0] & 0x80) != 0;
            if (negative)
            {
                // Two's complement negation: invert and add one.
                int carry = 1;
                for (int i = length - 1; i >= 0; i--)
                {
                    int value = (~magnitude[i] & 0xFF) + carry;
                    magnitude[i] = (byte)value;
                    carry = value >> 8;
                }
            }

            char[] digits = new char[length * 3 + 1];
            int count = 0;
            int start = 0;
            while (true)
            {
                while (start < length && magnitude[start] == 0)
                {
                    start++;
                }

                if (start == length)
                {
                    break;
                }

                // Divide the big-endian magnitude by 10; the remainder is the next digit.
                int remainder = 0;
                for (int i = start; i < length; i++)
                {
                    int value = (remainder << 8) | magnitude[i];
                    magnitude[i] = (byte)(value / 10);
                    remainder = value % 10;
                }

                digits[count++] = (char)('0' + remainder);
            }

            StringBuilder text = new StringBuilder(count + 1);
            if (count == 0)
            {
                return "0";
            }

            if (negative)
            {
                text.Append('-');
            }

            for (int i = count - 1; i >= 0; i--)
            {
                text.Append(digits[i]);
            }

            return text.ToString();
        }

        /// <summary>"12345 (0x3039)" for serials of up to 8 octets, "3A:0F:..." for longer ones.</summary>
        public static string Display(byte[] buffer, int offset, int length)
        {
            int start = offset;
            int count = length;
            if (count > 1 && buffer[start] == 0)
            {
                start++;
                count--;
            }

            if (count <= 8)
            {
                return Decimal(buffer, offset, length) + " (0x" + HexText.Of(buffer, start, count, false) + ")";
            }

            return HexText.Of(buffer, start, count, true);
        }
    }
}
