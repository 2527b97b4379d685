namespace Router.Tls
{
    /// <summary>The one application protocol this server speaks over TLS (RFC 7301).</summary>
    public static class Alpn
    {
        public static readonly byte[] Http11 = KeySchedule.Ascii("http/1.1");

        public static bool IsHttp11(byte[] buffer, int offset, int count)
        {
            if (count != Http11.Length)
            {
                return false;
            }

            for (int i = 0; i < count; i++)
            {
                if (buffer[offset + i] != Http11[i])
                {
                    return false;
                }
            }

            return true;
        }
    }
}
