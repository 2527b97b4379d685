namespace Router.Enco
{
    /// <summary>HKDF (RFC 5869) on the ENCO engine, over HMAC with any hash of <see cref="EncoHashAlgorithm"/>.</summary>
    public static class Hkdf
    {
        /// <summary>
        /// HKDF-Extract: PRK = HMAC(salt, IKM), <see cref="EncoHashAlgorithm.DigestSize"/> bytes written at
        /// <paramref name="prkOffset"/>. An empty salt stands for HashLen zero bytes.
        /// </summary>
        public static void Extract(int hashAlgorithm, byte[] salt, int saltOffset, int saltCount,
            byte[] ikm, int ikmOffset, int ikmCount, byte[] prk, int prkOffset)
        {
            BufferSegment.CheckInput(salt, saltOffset, saltCount);
            BufferSegment.CheckInput(ikm, ikmOffset, ikmCount);
            BufferSegment.CheckOutput(prk, prkOffset, EncoHashAlgorithm.DigestSize(hashAlgorithm));
            EncoException.ThrowIfFailed(EncoNative.HkdfExtract(hashAlgorithm, salt, saltOffset, saltCount,
                ikm, ikmOffset, ikmCount, prk, prkOffset, prk.Length - prkOffset));
        }

        /// <summary>
        /// HKDF-Expand: exactly <paramref name="okmCount"/> bytes of OKM. The PRK must be at least HashLen
        /// bytes (BadKey) and okmCount at most 255 * HashLen (Limit). OKM must not overlap PRK or info.
        /// </summary>
        public static void Expand(int hashAlgorithm, byte[] prk, int prkOffset, int prkCount,
            byte[] info, int infoOffset, int infoCount, byte[] okm, int okmOffset, int okmCount)
        {
            BufferSegment.CheckInput(prk, prkOffset, prkCount);
            BufferSegment.CheckInput(info, infoOffset, infoCount);
            BufferSegment.CheckInput(okm, okmOffset, okmCount);
            EncoException.ThrowIfFailed(EncoNative.HkdfExpand(hashAlgorithm, prk, prkOffset, prkCount,
                info, infoOffset, infoCount, okm, okmOffset, okmCount));
        }
    }
}
