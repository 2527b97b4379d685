using System.Threading;

namespace Router.Enco.Channels
{
    /// <summary>
    /// The ENCO counters (<see cref="EncoCounter"/>), shared by the channel pool, the TLS engine,
    /// IPsec and whoever fetches keys. They start at 0 when the router starts, count with
    /// Interlocked (any thread, no allocation) and wrap after 2^32 events.
    /// </summary>
    public sealed class EncoCounters
    {
        private readonly int[] _values = new int[EncoCounter.Count];

        public void Increment(int counter)
        {
            Interlocked.Increment(ref _values[counter]);
        }

        public int Get(int counter)
        {
            return _values[counter];
        }

        /// <summary>A record to protect: encode, then encoded or encodeFail.</summary>
        public void CountEncode(bool succeeded)
        {
            Increment(EncoCounter.Encode);
            Increment(succeeded ? EncoCounter.Encoded : EncoCounter.EncodeFail);
        }

        /// <summary>A record to unprotect: decode, then decoded or decodeFail.</summary>
        public void CountDecode(bool succeeded)
        {
            Increment(EncoCounter.Decode);
            Increment(succeeded ? EncoCounter.Decoded : EncoCounter.DecodeFail);
        }

        /// <summary>A handshake operation (a signature, a key agreement): handshake, then handshakeOK or handshakeFail.</summary>
        public void CountHandshake(bool succeeded)
        {
            Increment(EncoCounter.Handshake);
            Increment(succeeded ? EncoCounter.HandshakeOk : EncoCounter.HandshakeFail);
        }

        /// <summary>A private key fetched by key number: getKeyOk or getKeyFail.</summary>
        public void CountGetKey(bool succeeded)
        {
            Increment(succeeded ? EncoCounter.GetKeyOk : EncoCounter.GetKeyFail);
        }
    }
}
