using System;
using Router.Enco;

namespace Router.Tls
{
    /// <summary>
    /// TLS 1.2 secrets on the ENCO engine's PRF (RFC 5246 5, <see cref="Tls12Prf"/>): the master secret, plain
    /// (8.1) or extended (RFC 7627 4), the key block (6.3) and Finished verify_data (7.4.9). One per connection;
    /// its seed buffer is allocated once and wiped by <see cref="Clear"/>.
    /// </summary>
    public sealed class Tls12KeyDerivation
    {
        /// <summary>Bytes of the master secret (8.1).</summary>
        public const int MasterSecretSize = 48;

        /// <summary>Bytes of Finished.verify_data (7.4.9).</summary>
        public const int VerifyDataSize = 12;

        /// <summary>The largest AEAD key block: two 32-byte keys and two 12-byte IVs (RFC 7905).</summary>
        public const int MaxKeyBlock = 2 * 32 + 2 * 12;

        public static readonly byte[] LabelMasterSecret = KeySchedule.Ascii("master secret");
        public static readonly byte[] LabelExtendedMasterSecret = KeySchedule.Ascii("extended master secret");
        public static readonly byte[] LabelKeyExpansion = KeySchedule.Ascii("key expansion");
        public static readonly byte[] LabelClientFinished = KeySchedule.Ascii("client finished");
        public static readonly byte[] LabelServerFinished = KeySchedule.Ascii("server finished");

        private readonly byte[] _seed = new byte[64];

        /// <summary>
        /// master_secret = PRF(pre_master_secret, "master secret", ClientHello.random + ServerHello.random)[0..47] (8.1).
        /// </summary>
        public void MasterSecret(int hash, byte[] preMaster, int preMasterOffset, int preMasterCount,
            byte[] clientRandom, byte[] serverRandom, byte[] output, int outputOffset)
        {
            Array.Copy(clientRandom, 0, _seed, 0, 32);
            Array.Copy(serverRandom, 0, _seed, 32, 32);
            Tls12Prf.Derive(hash, preMaster, preMasterOffset, preMasterCount, LabelMasterSecret, 0, LabelMasterSecret.Length,
                _seed, 0, 64, output, outputOffset, MasterSecretSize);
        }

        /// <summary>
        /// master_secret = PRF(pre_master_secret, "extended master secret", session_hash)[0..47], session_hash being
        /// the hash of the handshake messages up to and including ClientKeyExchange (RFC 7627 4).
        /// </summary>
        public void ExtendedMasterSecret(int hash, byte[] preMaster, int preMasterOffset, int preMasterCount,
            byte[] sessionHash, int sessionHashOffset, byte[] output, int outputOffset)
        {
            Tls12Prf.Derive(hash, preMaster, preMasterOffset, preMasterCount, LabelExtendedMasterSecret, 0, LabelExtendedMasterSecret.Length,
                sessionHash, sessionHashOffset, EncoHashAlgorithm.DigestSize(hash), output, outputOffset, MasterSecretSize);
        }

        /// <summary>key_block = PRF(master_secret, "key expansion", server_random + client_random) (6.3).</summary>
        public void KeyBlock(int hash, byte[] masterSecret, byte[] clientRandom, byte[] serverRandom, byte[] output, int outputOffset, int count)
        {
            Array.Copy(serverRandom, 0, _seed, 0, 32);
            Array.Copy(clientRandom, 0, _seed, 32, 32);
            Tls12Prf.Derive(hash, masterSecret, 0, MasterSecretSize, LabelKeyExpansion, 0, LabelKeyExpansion.Length,
                _seed, 0, 64, output, outputOffset, count);
        }

        /// <summary>verify_data = PRF(master_secret, finished_label, Hash(handshake_messages))[0..11] (7.4.9).</summary>
        public static void VerifyData(int hash, byte[] masterSecret, byte[] label, byte[] transcriptHash, int hashOffset,
            byte[] output, int outputOffset)
        {
            Tls12Prf.Derive(hash, masterSecret, 0, MasterSecretSize, label, 0, label.Length,
                transcriptHash, hashOffset, EncoHashAlgorithm.DigestSize(hash), output, outputOffset, VerifyDataSize);
        }

        /// <summary>Bytes of the key block of a suite: two keys and two IVs.</summary>
        public static int KeyBlockSize(int suite)
        {
            return 2 * CipherSuite.KeySize(suite) + 2 * RecordCipher.Tls12IvSize(suite);
        }

        public void Clear()
        {
            Array.Clear(_seed, 0, _seed.Length);
        }
    }
}
