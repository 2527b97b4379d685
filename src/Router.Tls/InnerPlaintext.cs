namespace Router.Tls
{
    /// <summary>
    /// TLSInnerPlaintext (RFC 8446 5.4) of an opened TLS 1.3 record: content, then the real content type, then zero
    /// padding. Shared by the client and server engines; works in place, allocates nothing.
    /// </summary>
    internal static class InnerPlaintext
    {
        /// <summary>
        /// The offset of the content type octet (the last non-zero octet) in <paramref name="buffer"/>[start..start+length),
        /// or -1 when every octet is zero (no content type: unexpected_message).
        /// </summary>
        public static int TypeOffset(byte[] buffer, int start, int length)
        {
            int at = start + length - 1;
            while (at >= start && buffer[at] == 0)
            {
                at--;
            }

            return at < start ? -1 : at;
        }
    }
}
