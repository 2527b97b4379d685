namespace Router.Enco
{
    /// <summary>
    /// The TLS 1.2 PRF (RFC 5246 section 5) on the ENCO engine: P_SHA256, or P_SHA384 for the
    /// *_SHA384 suites (RFC 5289). Master secret, key block and Finished verify_data all come from it.
    /// </summary>
    public static class Tls12Prf
    {
        /// <summary>
        /// Writes exactly <paramref name="outputCount"/> bytes of PRF(secret, label, seed). The output must not
        /// overlap the inputs.
        /// </summary>
        public static void Derive(int hashAlgorithm, byte[] secret, int secretOffset, int secretCount,
            byte[] label, int labelOffset, int labelCount, byte[] seed, int seedOffset, int seedCount,
            byte[] output, int outputOffset, int outputCount)
        {
            BufferSegment.CheckInput(secret, secretOffset, secretCount);
            BufferSegment.CheckInput(label, labelOffset, labelCount);
            BufferSegment.CheckInput(seed, seedOffset, seedCount);
            BufferSegment.CheckInput(output, outputOffset, outputCount);
            EncoException.ThrowIfFailed(EncoNative.Tls12Prf(hashAlgorithm, secret, secretOffset, secretCount,
                label, labelOffset, labelCount, seed, seedOffset, seedCount, output, outputOffset, outputCount));
        }
    }
}
