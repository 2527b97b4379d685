namespace Router.Tls
{
    /// <summary>
    /// Opens a protected record in place and counts it (Decode, then Decoded or DecodeFail), for both engines:
    /// TLS 1.3 (RFC 8446 5.2) or TLS 1.2 AES-GCM (RFC 5246 6.2.3.3). Allocates nothing.
    /// </summary>
    internal static class CountedRecordOpen
    {
        /// <summary>The opened length (TLS 1.3: of the inner plaintext; TLS 1.2: of the content), or -1 when the record does not authenticate.</summary>
        public static int Open(RecordCipher cipher, byte[] buffer, int recordStart, bool tls12, TlsCounters counters)
        {
            counters.Increment(TlsCounter.Decode);
            int length = tls12 ? cipher.OpenTls12(buffer, recordStart) : cipher.Open(buffer, recordStart);
            counters.Increment(length < 0 ? TlsCounter.DecodeFail : TlsCounter.Decoded);
            return length;
        }
    }
}
