using System;
using Router.Core;

namespace Router.Pki.Der
{
    /// <summary>
    /// Reads the PEM blocks of a text one after the other (a file may hold a certificate and
    /// its chain). Parsing is the lax form of RFC 7468 section 3: text outside the blocks is
    /// ignored, and whitespace may appear anywhere in the base64; anything else inside a block
    /// (headers of encrypted PEM, stray characters, bad padding) fails with
    /// <see cref="MalformedInputException"/>.
    /// </summary>
    public sealed class PemReader
    {
        private const string BeginPrefix = "-----BEGIN ";
        private const string EndPrefix = "-----END ";
        private const string Dashes = "-----";

        /// <summary>Longest label accepted (the ones we know are under 20 characters).</summary>
        private const int MaxLabelLength = 40;

        private readonly byte[] _data;
        private readonly int _end;
        private int _position;

        public PemReader(byte[] data, int offset, int count)
        {
            if (data == null || offset < 0 || count < 0 || offset > data.Length - count)
            {
                throw new ArgumentOutOfRangeException("count");
            }

            _data = data;
            _position = offset;
            _end = offset + count;
        }

        /// <summary>
        /// The DER of the next block, with its label in <paramref name="label"/>; null when no
        /// block is left.
        /// </summary>
        public byte[] Next(out string label)
        {
            label = null;
            int begin = Pem.IndexOf(_data, _position, _end, BeginPrefix);
            if (begin < 0)
            {
                _position = _end;
                return null;
            }

            int labelStart = begin + BeginPrefix.Length;
            int labelEnd = Pem.IndexOf(_data, labelStart, _end, Dashes);
            if (labelEnd < 0 || labelEnd - labelStart > MaxLabelLength)
            {
                throw new MalformedInputException("PEM begin line not terminated");
            }

            for (int i = labelStart; i < labelEnd; i++)
            {
                int c = _data[i];
                if (c < 0x20 || c > 0x7E)
                {
                    throw new MalformedInputException("PEM label character");
                }
            }

            label = System.Text.Encoding.UTF8.GetString(_data, labelStart, labelEnd - labelStart);
            int bodyStart = labelEnd + Dashes.Length;
            string endLine = EndPrefix + label + Dashes;
            int bodyEnd = Pem.IndexOf(_data, bodyStart, _end, endLine);
            if (bodyEnd < 0)
            {
                throw new MalformedInputException("PEM end line missing");
            }

            _position = bodyEnd + endLine.Length;
            return DecodeBase64(bodyStart, bodyEnd);
        }

        private byte[] DecodeBase64(int start, int end)
        {
            char[] characters = new char[end - start];
            int count = 0;
            int padding = 0;
            for (int i = start; i < end; i++)
            {
                int c = _data[i];
                if (c == ' ' || c == '\t' || c == '\r' || c == '\n')
                {
                    continue;
                }

                bool isAlphabet = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+' || c == '/';
                if (c == '=')
                {
                    padding++;
                }
                else if (!isAlphabet || padding > 0)
                {
                    // A character outside the alphabet, or data after the padding.
                    throw new MalformedInputException("PEM body is not base64");
                }

                characters[count++] = (char)c;
            }

            if (count == 0 || count % 4 != 0 || padding > 2)
            {
                throw new MalformedInputException("PEM body length");
            }

            try
            {
                return Convert.FromBase64CharArray(characters, 0, count);
            }
            catch (Exception)
            {
                // Checked above; the framework's own refusal is reported the same way.
                throw new MalformedInputException("PEM body is not base64");
            }
        }
    }
}
