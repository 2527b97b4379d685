namespace Router.Enco
{
    /// <summary>
    /// PBKDF2 (RFC 8018 section 5.2) with HMAC over any hash of <see cref="EncoHashAlgorithm"/>, on the
    /// ENCO engine: the whole iteration loop is one native call. The console's user database stores
    /// PBKDF2-HMAC-SHA256 password hashes with a random salt and their own iteration count.
    /// <para>
    /// Cost, and the iteration count the firmware chooses (<see cref="PasswordIterations"/>): an
    /// iteration is two SHA-256 compressions (the engine keys the HMAC pads once per call).
    /// Host (x86-64, mbedTLS 2.28, measured by native-interop/enco/tests/test_pbkdf2): about
    /// 0.45 us per iteration. ESP32 at 240 MHz, estimated: a compression costs about 12-15 us in
    /// software and about 5 us on the SHA accelerator (register writes dominate one block); on the
    /// original ESP32 a cloned SHA state continues in software, so about 30 us per iteration, and
    /// about 10 us on chips that reload state into the accelerator (S2, S3, C3). 10 000 iterations
    /// are therefore about 0.3 s per login on an ESP32 (about 5 ms on the host): slow enough to make
    /// every offline guess cost 20 000 compressions, short enough not to stall the single nanoCLR
    /// thread noticeably. A stored hash keeps its own count, so raising the default later only
    /// affects new passwords.
    /// </para>
    /// </summary>
    public static class Pbkdf2
    {
        /// <summary>Iterations for new password hashes (see the figures above).</summary>
        public const int PasswordIterations = 10000;

        /// <summary>Largest iteration count the engine accepts in one call (ENCO_PBKDF2_MAX_ITERATIONS).</summary>
        public const int MaxIterations = 1000000;

        /// <summary>Largest derived key (ENCO_PBKDF2_MAX_OUTPUT).</summary>
        public const int MaxOutput = 256;

        /// <summary>
        /// Writes <paramref name="outputCount"/> bytes of PBKDF2(password, salt, iterations) at
        /// <paramref name="outputOffset"/>. Iterations are 1..<see cref="MaxIterations"/>, the output
        /// 1..<see cref="MaxOutput"/> bytes (Limit otherwise); the output must not overlap the
        /// password or the salt (BadLength).
        /// </summary>
        public static void DeriveKey(int hashAlgorithm, byte[] password, int passwordOffset, int passwordCount,
            byte[] salt, int saltOffset, int saltCount, int iterations, byte[] output, int outputOffset, int outputCount)
        {
            BufferSegment.CheckInput(password, passwordOffset, passwordCount);
            BufferSegment.CheckInput(salt, saltOffset, saltCount);
            BufferSegment.CheckInput(output, outputOffset, outputCount);
            EncoException.ThrowIfFailed(EncoNative.Pbkdf2(hashAlgorithm, password, passwordOffset, passwordCount,
                salt, saltOffset, saltCount, iterations, output, outputOffset, outputCount));
        }
    }
}
